using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Scorecard.Warehouse;

/// <summary>
/// Inserts many rows of one entity inside the caller's transaction: binary COPY on PostgreSQL, a single prepared
/// statement on SQLite, SqlBulkCopy on SQL Server. The fast path for snapshot-sized writes, where change tracking costs more than the insert.
/// Values go through the model's value converters, so an enum is stored as its name, as EF would store it. Each row
/// is read before the next is asked for, so a sequence may hand out the same object again, refilled.
/// </summary>
public static class BulkInsert
{
    public static async Task<int> InsertAsync<T>(WarehouseContext db, IEnumerable<T> rows, CancellationToken ct = default) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the warehouse model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey()).ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
                     $"VALUES ({string.Join(", ", properties.Select((_, i) => "@p" + i))})";
        if (connection is SqliteConnection sqlite) return InsertSqlite(sqlite, insert, properties.Select((p, i) => SqliteColumn<T>(p, i + 1)).ToArray(), rows, ct);
        if (connection is Npgsql.NpgsqlConnection npgsql) return await PostgresBinaryCopy.InsertAsync(npgsql, sql, table, properties, rows, ct);
        var getters = properties.Select(Getter<T>).ToArray();
        if (connection is Microsoft.Data.SqlClient.SqlConnection sqlServer) return await SqlServerBulkCopy.InsertAsync(db, sqlServer, rows, ct);

        await using var cmd = connection.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = insert;
        var parameters = new DbParameter[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            parameters[i] = cmd.CreateParameter();
            parameters[i].ParameterName = "@p" + i;
            cmd.Parameters.Add(parameters[i]);
        }
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < getters.Length; i++) parameters[i].Value = getters[i](row) ?? DBNull.Value;
            if (count == 0) await cmd.PrepareAsync(ct);
            await cmd.ExecuteNonQueryAsync(ct);
            count++;
        }
        return count;
    }

    /// <summary>
    /// SQLite's own bulk path: one statement prepared on the connection's handle, each value bound by position.
    /// Microsoft.Data.Sqlite looks every parameter up by name on every row, which cost more than the inserts
    /// themselves for the published tables' forty columns. Values are written in the forms it writes them.
    /// </summary>
    private static int InsertSqlite<T>(SqliteConnection connection, string insert, ColumnBinder<T>[] columns, IEnumerable<T> rows, CancellationToken ct)
    {
        var handle = connection.Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle, insert, out var statement));
        using (statement)
        {
            var count = 0;
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                for (var i = 0; i < columns.Length; i++) Check(handle, columns[i](statement, row));
                var step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE) Check(handle, step);
                raw.sqlite3_reset(statement);
                count++;
            }
            return count;
        }
    }

    /// <summary>Binds one column of a row to its position in the statement.</summary>
    private delegate int ColumnBinder<in T>(sqlite3_stmt statement, T row);

    /// <summary>
    /// A column's binder: the property read, and converted to its provider value, by a compiled delegate with no boxing.
    /// A binding outlives sqlite3_reset, so a column holding the value bound for the row before (the period's label,
    /// the measure's name, the refresh time) is not bound again.
    /// </summary>
    private static ColumnBinder<T> SqliteColumn<T>(IProperty property, int position) =>
        ((Func<int, ColumnBinder<T>>)SqliteColumns.GetOrAdd((typeof(T), property), static k => SqliteColumnFactory<T>(k.Property)))(position);

    /// <summary>
    /// Each property's binder factory, made once a process: compiling a reader is a new method for the JIT each time, and
    /// a refresh writes three tables of 15 to 40 columns, so compiling them for every insert cost an incremental refresh
    /// about a hundred methods jitted (a full refresh the same, a smaller share of it). The model, and so each property,
    /// is built once a process for each provider (keyed by the row type too: a property inherited from a base entity
    /// is read from either of its types). The binder itself is made new for each insert: it remembers the value it bound last.
    /// </summary>
    private static readonly ConcurrentDictionary<(Type Row, IProperty Property), Delegate> SqliteColumns = new();

    private static Func<int, ColumnBinder<T>> SqliteColumnFactory<T>(IProperty property)
    {
        var (getter, type) = ProviderReader<T>(property);
        // Reflection once here, when the factory is made, not at each insert: an invoked method has a stub of its own
        // emitted and compiled from its second call, one for each pair of row and value types, in the refresh that made it.
        var of = typeof(BulkInsert).GetMethod(nameof(SqliteColumnOf), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(typeof(T), type);
        return (Func<int, ColumnBinder<T>>)of.Invoke(null, [getter])!;
    }

    /// <summary>
    /// A compiled reader of the property's value as the provider stores it (a <c>Func&lt;T, TValue&gt;</c>), and TValue:
    /// through the model's value converter where it has one, so an enum is read as its name. Nulls stay null.
    /// </summary>
    internal static (Delegate Getter, Type Type) ProviderReader<T>(IProperty property)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression value = Expression.Property(row, property.PropertyInfo!);
        if (property.GetTypeMapping().Converter is { } converter)
        {
            var convert = converter.ConvertToProviderExpression;
            if (Nullable.GetUnderlyingType(value.Type) is not null)
            {
                // Nulls stay null: converters are written for values.
                var provider = converter.ProviderClrType.IsValueType ? typeof(Nullable<>).MakeGenericType(converter.ProviderClrType) : converter.ProviderClrType;
                value = Expression.Condition(Expression.Property(value, nameof(Nullable<int>.HasValue)),
                    Expression.Convert(Expression.Invoke(convert, Expression.Property(value, nameof(Nullable<int>.Value))), provider),
                    Expression.Default(provider));
            }
            else value = Expression.Invoke(convert, value);
        }
        return (Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(T), value.Type), value, row).Compile(), value.Type);
    }

    private static Func<int, ColumnBinder<T>> SqliteColumnOf<T, TValue>(Func<T, TValue> read)
    {
        var bind = SqliteBind<TValue>();
        var same = EqualityComparer<TValue>.Default;
        return position =>
        {
            var bound = false;
            TValue last = default!;
            return (statement, row) =>
            {
                var value = read(row);
                if (bound && same.Equals(value, last)) return raw.SQLITE_OK;
                (bound, last) = (true, value);
                return bind(statement, position, value);
            };
        };
    }

    private static Func<sqlite3_stmt, int, TValue, int> SqliteBind<TValue>()
    {
        Delegate bind = typeof(TValue) switch
        {
            var t when t == typeof(string) => (sqlite3_stmt s, int i, string? v) => v is null ? raw.sqlite3_bind_null(s, i) : raw.sqlite3_bind_text(s, i, v),
            var t when t == typeof(int) => (sqlite3_stmt s, int i, int v) => raw.sqlite3_bind_int64(s, i, v),
            var t when t == typeof(int?) => (sqlite3_stmt s, int i, int? v) => v is { } x ? raw.sqlite3_bind_int64(s, i, x) : raw.sqlite3_bind_null(s, i),
            var t when t == typeof(long) => (sqlite3_stmt s, int i, long v) => raw.sqlite3_bind_int64(s, i, v),
            var t when t == typeof(long?) => (sqlite3_stmt s, int i, long? v) => v is { } x ? raw.sqlite3_bind_int64(s, i, x) : raw.sqlite3_bind_null(s, i),
            var t when t == typeof(bool) => (sqlite3_stmt s, int i, bool v) => raw.sqlite3_bind_int64(s, i, v ? 1 : 0),
            var t when t == typeof(bool?) => (sqlite3_stmt s, int i, bool? v) => v is { } x ? raw.sqlite3_bind_int64(s, i, x ? 1 : 0) : raw.sqlite3_bind_null(s, i),
            var t when t == typeof(double) => (sqlite3_stmt s, int i, double v) => raw.sqlite3_bind_double(s, i, v),
            var t when t == typeof(double?) => (sqlite3_stmt s, int i, double? v) => v is { } x ? raw.sqlite3_bind_double(s, i, x) : raw.sqlite3_bind_null(s, i),
            var t when t == typeof(DateOnly) => (sqlite3_stmt s, int i, DateOnly v) => raw.sqlite3_bind_text(s, i, Text(v)),
            var t when t == typeof(DateOnly?) => (sqlite3_stmt s, int i, DateOnly? v) => v is { } x ? raw.sqlite3_bind_text(s, i, Text(x)) : raw.sqlite3_bind_null(s, i),
            var t when t == typeof(DateTime) => (sqlite3_stmt s, int i, DateTime v) => raw.sqlite3_bind_text(s, i, Text(v)),
            var t when t == typeof(DateTime?) => (sqlite3_stmt s, int i, DateTime? v) => v is { } x ? raw.sqlite3_bind_text(s, i, Text(x)) : raw.sqlite3_bind_null(s, i),
            _ => throw new NotSupportedException($"BulkInsert cannot write a {typeof(TValue).Name} to SQLite."),
        };
        return (Func<sqlite3_stmt, int, TValue, int>)bind;
    }

    private static string Text(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    private static string Text(DateTime t) => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);

    private static void Check(sqlite3 handle, int result)
    {
        if (result is not raw.SQLITE_OK and not raw.SQLITE_DONE and not raw.SQLITE_ROW)
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(handle).utf8_to_string()}'.", result);
    }

    private static readonly ConcurrentDictionary<(Type Row, IProperty Property), Delegate> Readers = new();

    /// <summary>The property's provider value, read through a compiled delegate (reflection per cell costs more than the insert).</summary>
    private static Func<T, object?> Getter<T>(IProperty property)
    {
        // Compiled once a process for each property, as the SQLite binders are (SqliteColumns).
        var read = (Func<T, object?>)Readers.GetOrAdd((typeof(T), property), static k =>
        {
            var p = k.Property;
            var row = Expression.Parameter(typeof(T), "row");
            return Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(row, p.PropertyInfo!), typeof(object)), row).Compile();
        });
        if (property.GetTypeMapping().Converter is not { } converter) return read;
        // Nulls stay null: converters are written for values.
        var toProvider = converter.ConvertToProvider;
        if (!(Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType).IsEnum) return r => read(r) is { } value ? toProvider(value) : null;
        // An enum has a handful of values: each is converted (to its name) once, not once a row.
        var converted = new Dictionary<object, object?>();
        return r =>
        {
            if (read(r) is not { } value) return null;
            if (!converted.TryGetValue(value, out var provider)) converted[value] = provider = toProvider(value);
            return provider;
        };
    }
}
