using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using SQLitePCL;

namespace Scorecard.Warehouse;

/// <summary>
/// Inserts many rows of one entity inside the caller's transaction: binary COPY on PostgreSQL, a single prepared
/// statement elsewhere. The fast path for snapshot-sized writes, where change tracking costs more than the insert.
/// Values go through the model's value converters, so an enum is stored as its name, as EF would store it.
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
        var getters = properties.Select(Getter<T>).ToArray();
        if (connection is Npgsql.NpgsqlConnection npgsql) return await CopyAsync(npgsql, sql, table, properties, getters, rows, ct);
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
                     $"VALUES ({string.Join(", ", properties.Select((_, i) => "@p" + i))})";
        if (connection is SqliteConnection sqlite) return InsertSqlite(sqlite, insert, getters, rows, ct);

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
    private static int InsertSqlite<T>(SqliteConnection connection, string insert, Func<T, object?>[] getters, IEnumerable<T> rows, CancellationToken ct)
    {
        var handle = connection.Handle!;
        Check(handle, raw.sqlite3_prepare_v2(handle, insert, out var statement));
        using (statement)
        {
            var count = 0;
            // A binding outlives sqlite3_reset: a column holding the same value as the row before (the period's
            // label, the measure's name, the refresh time) is not bound again.
            var bound = new object?[getters.Length];
            foreach (var row in rows)
            {
                ct.ThrowIfCancellationRequested();
                for (var i = 0; i < getters.Length; i++)
                {
                    var value = getters[i](row);
                    if (count > 0 && Equals(value, bound[i])) continue;
                    Check(handle, Bind(statement, i + 1, value));
                    bound[i] = value;
                }
                var step = raw.sqlite3_step(statement);
                if (step != raw.SQLITE_DONE) Check(handle, step);
                raw.sqlite3_reset(statement);
                count++;
            }
            return count;
        }
    }

    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string s => raw.sqlite3_bind_text(statement, index, s),
        int i => raw.sqlite3_bind_int64(statement, index, i),
        long l => raw.sqlite3_bind_int64(statement, index, l),
        bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
        double d => raw.sqlite3_bind_double(statement, index, d),
        DateOnly d => raw.sqlite3_bind_text(statement, index, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        DateTime t => raw.sqlite3_bind_text(statement, index, t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        _ => throw new NotSupportedException($"BulkInsert cannot write a {value.GetType().Name} to SQLite."),
    };

    private static void Check(sqlite3 handle, int result)
    {
        if (result is not raw.SQLITE_OK and not raw.SQLITE_DONE and not raw.SQLITE_ROW)
            throw new SqliteException($"SQLite Error {result}: '{raw.sqlite3_errmsg(handle).utf8_to_string()}'.", result);
    }

    /// <summary>The property's provider value, read through a compiled delegate (reflection per cell costs more than the insert).</summary>
    private static Func<T, object?> Getter<T>(IProperty property)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var read = Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(row, property.PropertyInfo!), typeof(object)), row).Compile();
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

    /// <summary>
    /// PostgreSQL: binary COPY. One prepared INSERT a row is a round trip a row there (a hundred thousand snapshot
    /// values took 14 s); COPY streams them in one.
    /// </summary>
    private static async Task<int> CopyAsync<T>(Npgsql.NpgsqlConnection connection, ISqlGenerationHelper sql, StoreObjectIdentifier table,
        List<IProperty> properties, Func<T, object?>[] getters, IEnumerable<T> rows, CancellationToken ct)
    {
        var types = properties.Select(p => TypeOf(p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType)).ToArray();
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) FROM STDIN (FORMAT BINARY)", ct);
        var count = 0;
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            for (var i = 0; i < getters.Length; i++)
            {
                if (getters[i](row) is { } value) await importer.WriteAsync(value, types[i], ct);
                else await importer.WriteNullAsync(ct);
            }
            count++;
        }
        await importer.CompleteAsync(ct);
        return count;
    }

    private static NpgsqlTypes.NpgsqlDbType TypeOf(Type clr)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        if (t == typeof(int)) return NpgsqlTypes.NpgsqlDbType.Integer;
        if (t == typeof(long)) return NpgsqlTypes.NpgsqlDbType.Bigint;
        if (t == typeof(short)) return NpgsqlTypes.NpgsqlDbType.Smallint;
        if (t == typeof(bool)) return NpgsqlTypes.NpgsqlDbType.Boolean;
        if (t == typeof(double)) return NpgsqlTypes.NpgsqlDbType.Double;
        if (t == typeof(DateOnly)) return NpgsqlTypes.NpgsqlDbType.Date;
        if (t == typeof(DateTime)) return NpgsqlTypes.NpgsqlDbType.TimestampTz;
        if (t == typeof(string)) return NpgsqlTypes.NpgsqlDbType.Text;
        throw new NotSupportedException($"No COPY type for {clr.Name}.");
    }
}
