using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Scorecard.Warehouse;

/// <summary>
/// Simple statements on one entity's table written from the model (table and column names as the provider's model has
/// them, values as parameters) rather than as LINQ queries, inside the caller's transaction. For the statements an
/// incremental refresh sends and a full refresh does not, where LINQ buys nothing: EF Core translates and compiles each
/// query shape the first time a process sends it, and the first incremental refresh after a full one paid for a dozen
/// such compilations (docs/performance.md).
/// </summary>
public static class PlainSql
{
    /// <summary>
    /// <c>DELETE FROM t WHERE a IN (...) AND b IN (...)</c>: the rows whose columns each hold one of the values given.
    /// </summary>
    /// <param name="filters">Property names (as the model names them) and the values each may hold; no value deletes nothing.</param>
    public static Task<int> DeleteWhereInAsync<T>(WarehouseContext db, CancellationToken ct, params (string Property, IReadOnlyCollection<object> Values)[] filters) where T : class
    {
        if (filters.Any(f => f.Values.Count == 0)) return Task.FromResult(0);
        var (table, name) = TableOf<T>(db);
        var values = new List<object>();
        // The values go as parameters ({n} placeholders); the names come from the model, never from data.
        var statement = $"DELETE FROM {name} WHERE {WhereIn<T>(db, table, filters, values, n => $"{{{n}}}")}";
        return db.Database.ExecuteSqlRawAsync(statement, values, ct);
    }

    /// <summary>
    /// <c>SELECT x, y FROM t WHERE a IN (...) AND b IN (...)</c> in the caller's transaction, each row handed to
    /// <paramref name="read"/> with the columns in the order of <paramref name="properties"/>. For columns a reader
    /// gives alike on every provider (text, integers); a date or a flag read back is left to EF Core's own mapping.
    /// </summary>
    /// <param name="filters">As <see cref="DeleteWhereInAsync{T}"/>'s: no value reads nothing.</param>
    public static async Task ReadWhereInAsync<T>(WarehouseContext db, IReadOnlyList<string> properties, Action<DbDataReader> read, CancellationToken ct,
        params (string Property, IReadOnlyCollection<object> Values)[] filters) where T : class
    {
        if (filters.Any(f => f.Values.Count == 0)) return;
        var (table, name) = TableOf<T>(db);
        var values = new List<object>();
        var where = WhereIn<T>(db, table, filters, values, n => "@p" + n);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT {string.Join(", ", properties.Select(p => Column<T>(db, table, p)))} FROM {name} WHERE {where}";
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            for (var i = 0; i < values.Count; i++)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p" + i;
                parameter.Value = values[i];
                command.Parameters.Add(parameter);
            }
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) read(reader);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The conditions of <paramref name="filters"/> (<c>a IN (...) AND b IN (...)</c>), their values added to
    /// <paramref name="values"/> and each written where it goes as <paramref name="placeholder"/> of its index there.
    /// </summary>
    private static string WhereIn<T>(WarehouseContext db, StoreObjectIdentifier table, (string Property, IReadOnlyCollection<object> Values)[] filters,
        List<object> values, Func<int, string> placeholder)
    {
        if (filters.Length == 0) throw new ArgumentException("At least one column to filter by.", nameof(filters));
        var conditions = new List<string>();
        foreach (var (property, allowed) in filters)
        {
            var placeholders = new List<string>();
            foreach (var value in allowed)
            {
                placeholders.Add(placeholder(values.Count));
                values.Add(value);
            }
            conditions.Add($"{Column<T>(db, table, property)} IN ({string.Join(", ", placeholders)})");
        }
        return string.Join(" AND ", conditions);
    }

    /// <summary><c>SELECT MAX(column) FROM t</c>: the highest value of an integer column, null for an empty table.</summary>
    public static async Task<long?> HighestAsync<T>(WarehouseContext db, string property, CancellationToken ct) where T : class
    {
        var (table, name) = TableOf<T>(db);
        return await ScalarAsync(db, $"SELECT MAX({Column<T>(db, table, property)}) FROM {name}", ct) is { } max and not DBNull ? Convert.ToInt64(max, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Whether the table holds any row (<c>CASE WHEN EXISTS</c>, which every provider reads from its first row).</summary>
    public static async Task<bool> AnyAsync<T>(WarehouseContext db, CancellationToken ct) where T : class
    {
        var (_, name) = TableOf<T>(db);
        return Convert.ToInt32(await ScalarAsync(db, $"SELECT CASE WHEN EXISTS (SELECT 1 FROM {name}) THEN 1 ELSE 0 END", ct), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }

    private static async Task<object?> ScalarAsync(WarehouseContext db, string statement, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = statement;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return await command.ExecuteScalarAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The entity's table as the provider writes it in SQL: its name and schema from the model, delimited.</summary>
    public static string Table<T>(WarehouseContext db) where T : class => TableOf<T>(db).Name;

    /// <summary>A property's column as the provider writes it in SQL: its name from the model, delimited.</summary>
    public static string Column<T>(WarehouseContext db, string property) where T : class => Column<T>(db, TableOf<T>(db).Table, property);

    private static (StoreObjectIdentifier Table, string Name) TableOf<T>(WarehouseContext db)
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the warehouse model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return (table, db.GetService<ISqlGenerationHelper>().DelimitIdentifier(table.Name, table.Schema));
    }

    private static string Column<T>(WarehouseContext db, StoreObjectIdentifier table, string property) =>
        db.GetService<ISqlGenerationHelper>().DelimitIdentifier(
            db.Model.FindEntityType(typeof(T))!.FindProperty(property)?.GetColumnName(table) ?? throw new ArgumentException($"{typeof(T).Name} has no column {property}.", nameof(property)));
}
