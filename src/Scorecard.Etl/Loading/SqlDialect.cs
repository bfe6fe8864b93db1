using System.Data.Common;
using Scorecard.Warehouse;

namespace Scorecard.Etl.Loading;

/// <summary>
/// What differs between providers in the load's SQL. The set-based checks and the merge are the same
/// statements everywhere; only staging (the bulk path) and a few spellings change. The defaults are the
/// PostgreSQL and SQLite spellings (which agree); SQL Server overrides what it spells differently.
/// </summary>
public abstract class SqlDialect
{
    public abstract string Quote(string identifier);
    public abstract string StagingTableName(string table);
    /// <param name="keys">The natural key columns, which are indexed (a server may need a bounded type for them).</param>
    public abstract string CreateStaging(string name, IEnumerable<(string Column, Type Type)> columns, IReadOnlyCollection<string> keys);
    public abstract string TypeOf(Type clr);
    /// <summary>
    /// Whether the count of records a file no longer has is asked as the keys held EXCEPT the keys staged (the same
    /// number: a table's keys are unique) rather than as the held rows with NOT EXISTS a staged row.
    /// </summary>
    public virtual bool CountsMissingByExcept => false;

    public virtual string CreateStagingIndex(string table, string staging, IEnumerable<string> columns) =>
        $"CREATE INDEX {Quote("ix_stg_" + table)} ON {staging} ({string.Join(", ", columns.Select(Quote))})";
    public virtual string Concat(params string[] parts) => string.Join(" || ", parts);
    public virtual string IsDistinct(string a, string b) => $"{a} IS DISTINCT FROM {b}";
    public virtual string CastToText(string expression) => $"CAST({expression} AS TEXT)";
    /// <summary>The literal for true in a staged boolean column.</summary>
    public virtual string True => "1";
    public virtual string False => "0";

    /// <summary>A query giving 1 when the table holds any row and 0 when it is empty, reading at most one row.</summary>
    public virtual string AnyRow(string table) => $"SELECT COUNT(*) FROM (SELECT 1 AS one FROM {table} LIMIT 1) x";

    /// <summary>Staged rows in the order they were read (the file's).</summary>
    public virtual string StagingOrder(string alias) => $"{alias}.line";

    /// <summary>A JSON object of the given keys and values, as text.</summary>
    public abstract string JsonObject(IEnumerable<(string Key, string Expression)> pairs);

    /// <summary>
    /// Rows into an empty table in file order, a repeated key keeping its first row. The statements' affected
    /// counts add up to the rows inserted.
    /// </summary>
    public virtual IReadOnlyList<string> InsertFirst(MergeStatement m) =>
    [
        $"INSERT INTO {m.Target} AS t ({string.Join(", ", m.Columns)}) SELECT {string.Join(", ", m.Values)} FROM {m.From} WHERE {m.Where} " +
        $"ORDER BY {m.Order} ON CONFLICT ({string.Join(", ", m.TargetKeys)}) DO NOTHING",
    ];

    /// <summary>
    /// New keys inserted, and existing rows (alias t) rewritten in <paramref name="updatable"/> (and the lineage)
    /// where one of those differs from what <paramref name="written"/> says goes there. The statements' affected
    /// counts add up to the rows inserted or changed. The staged keys are unique by now (repeats were rejected).
    /// </summary>
    public virtual IReadOnlyList<string> Upsert(MergeStatement m, IReadOnlyList<string> updatable, string lineage, WrittenValue written)
    {
        static string Excluded(string column) => $"excluded.{column}";
        var onConflict = updatable.Count == 0
            ? "DO NOTHING"
            : $"DO UPDATE SET {string.Join(", ", updatable.Select(c => $"{c} = {written(c, Excluded)}").Append($"{lineage} = {Excluded(lineage)}"))} " +
              $"WHERE {string.Join(" OR ", updatable.Select(c => IsDistinct($"t.{c}", written(c, Excluded))))}";
        return
        [
            $"INSERT INTO {m.Target} AS t ({string.Join(", ", m.Columns)}) SELECT {string.Join(", ", m.Values)} FROM {m.From} WHERE {m.Where} " +
            $"ON CONFLICT ({string.Join(", ", m.TargetKeys)}) {onConflict}",
        ];
    }

    /// <summary>The first row's <paramref name="column"/> of a query in the given order, as a scalar subquery.</summary>
    public virtual string FirstOf(string column, string fromWhere, string orderBy) => $"(SELECT {column} FROM {fromWhere} ORDER BY {orderBy} LIMIT 1)";

    /// <summary>A temporary work table holding what <paramref name="select"/> returns.</summary>
    public virtual string CreateTableAs(string name, string select) => $"CREATE TEMP TABLE {name} AS {select}";

    /// <summary>UPDATE of <paramref name="target"/> (alias t) from a derived table (alias x) it matches.</summary>
    public virtual string UpdateFrom(string target, IEnumerable<string> assignments, string source, string match, string where) =>
        $"UPDATE {target} AS t SET {string.Join(", ", assignments)} FROM ({source}) x WHERE {match} AND ({where})";

    /// <summary>Writes staged rows through the provider's bulk path, inside the load's transaction.</summary>
    public virtual IStagingWriter CreateStagingWriter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<(string Column, Type Type)> columns) =>
        new PreparedInsertStagingWriter(connection, transaction, table, columns, this);

    public static SqlDialect For(WarehouseProvider provider) => provider switch
    {
        WarehouseProvider.Sqlite => new SqliteDialect(),
        WarehouseProvider.PostgreSql => new PostgresDialect(),
        WarehouseProvider.SqlServer => new SqlServerDialect(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}

/// <summary>
/// What a merge writes to <paramref name="column"/> of an existing row (alias t), given how the statement names the
/// file's value for each column (<paramref name="incoming"/>, by target column): usually the file's value, but a
/// value the load worked out itself may be kept (see DerivedColumn.Marks).
/// </summary>
public delegate string WrittenValue(string column, Func<string, string> incoming);

/// <summary>
/// A merge from staging into a warehouse table: target columns and the staged values for them (in the same
/// order), the staged rows (FROM and WHERE, staging aliased s), the target's key columns and the staged values
/// of those keys, and the file order.
/// </summary>
public sealed record MergeStatement(
    string Target, IReadOnlyList<string> Columns, IReadOnlyList<string> Values, string From, string Where,
    IReadOnlyList<string> TargetKeys, IReadOnlyList<string> StagedKeys, string Order);

public sealed class SqliteDialect : SqlDialect
{
    public override string Quote(string identifier) => $"\"{identifier}\"";
    public override string StagingTableName(string table) => $"temp.\"stg_{table}\"";

    // SQLite names the schema on the index, not on the table it indexes.
    public override string CreateStagingIndex(string table, string staging, IEnumerable<string> columns) =>
        $"CREATE INDEX temp.{Quote("ix_stg_" + table)} ON {Quote("stg_" + table)} ({string.Join(", ", columns.Select(Quote))})";

    public override string CreateStaging(string name, IEnumerable<(string Column, Type Type)> columns, IReadOnlyCollection<string> keys) =>
        $"CREATE TEMP TABLE {name} (line INTEGER NOT NULL, rejected INTEGER NOT NULL DEFAULT 0, {string.Join(", ", columns.Select(c => $"{Quote(c.Column)} {TypeOf(c.Type)}"))})";

    public override string TypeOf(Type clr)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        return t == typeof(int) || t == typeof(long) || t == typeof(bool) ? "INTEGER" : "TEXT";
    }

    // Rows are staged in file order, so the rowid is that order, and reading by it costs no sort.
    public override string StagingOrder(string alias) => $"{alias}.rowid";

    public override string JsonObject(IEnumerable<(string Key, string Expression)> pairs) =>
        $"json_object({string.Join(", ", pairs.Select(p => $"'{p.Key}', {p.Expression}"))})";

    /// <summary>SQLite's bulk path: one prepared statement stepped per row through the native handle, no per-row ADO.NET work.</summary>
    public override IStagingWriter CreateStagingWriter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<(string Column, Type Type)> columns) =>
        new SqliteStagingWriter((Microsoft.Data.Sqlite.SqliteConnection)connection, table, columns, this);
}

public sealed class PostgresDialect : SqlDialect
{
    public override string True => "TRUE";
    public override string False => "FALSE";

    public override string Quote(string identifier) => $"\"{identifier}\"";
    public override string StagingTableName(string table) => $"\"stg_{table}\"";

    public override string CreateStaging(string name, IEnumerable<(string Column, Type Type)> columns, IReadOnlyCollection<string> keys) =>
        $"CREATE TEMP TABLE {name} (line integer NOT NULL, rejected integer NOT NULL DEFAULT 0, {string.Join(", ", columns.Select(c => $"{Quote(c.Column)} {TypeOf(c.Type)}"))}) ON COMMIT DROP";

    public override string TypeOf(Type clr)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        if (t == typeof(int)) return "integer";
        if (t == typeof(long)) return "bigint";
        if (t == typeof(bool)) return "boolean";
        if (t == typeof(DateOnly)) return "date";
        return "text";
    }

    // PostgreSQL, knowing nothing of the staging table, answered NOT EXISTS with a merge anti-join that read the table
    // and the staging table each through its key index, a heap fetch a row in the pseudonymised keys' random order:
    // 4.0-7.7 s for the 40,000-child council's 604,026 outcome scores, against 1.2-1.5 s sorting both sides for EXCEPT.
    // SQLite probes the staging index once a row, and took longer the other way (3.1-3.2 s against 1.8-2.1 s).
    public override bool CountsMissingByExcept => true;

    public override string JsonObject(IEnumerable<(string Key, string Expression)> pairs) =>
        $"json_build_object({string.Join(", ", pairs.Select(p => $"'{p.Key}', {p.Expression}"))})::text";

    public override IStagingWriter CreateStagingWriter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<(string Column, Type Type)> columns) =>
        new PostgresCopyStagingWriter((Npgsql.NpgsqlConnection)connection, table, columns, this);
}

/// <summary>Writes rows into a staging table.</summary>
public interface IStagingWriter : IDisposable
{
    /// <param name="rejected">The reader found the row bad: it is staged with its reason (and its key), not loaded.</param>
    void Write(int line, bool rejected, object?[] values);
    void Complete();
}

internal sealed class PreparedInsertStagingWriter : IStagingWriter
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;
    private readonly DbParameter _rejected;

    public PreparedInsertStagingWriter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<(string Column, Type Type)> columns, SqlDialect dialect)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO {table} (line, rejected, {string.Join(", ", columns.Select(c => dialect.Quote(c.Column)))}) VALUES (@p0, @r, {string.Join(", ", columns.Select((_, i) => $"@p{i + 1}"))})";
        _parameters = new DbParameter[columns.Count + 1];
        _rejected = _command.CreateParameter();
        _rejected.ParameterName = "@r";
        _command.Parameters.Add(_rejected);
        for (var i = 0; i < _parameters.Length; i++)
        {
            var p = _command.CreateParameter();
            p.ParameterName = $"@p{i}";
            _command.Parameters.Add(p);
            _parameters[i] = p;
        }
        _command.Prepare();
    }

    public void Write(int line, bool rejected, object?[] values)
    {
        _parameters[0].Value = line;
        _rejected.Value = rejected ? 1 : 0;
        for (var i = 0; i < values.Length; i++) _parameters[i + 1].Value = values[i] ?? DBNull.Value;
        _command.ExecuteNonQuery();
    }

    public void Complete() { }

    public void Dispose() => _command.Dispose();
}

/// <summary>PostgreSQL's bulk path: binary COPY into the staging table.</summary>
internal sealed class PostgresCopyStagingWriter : IStagingWriter
{
    private readonly Npgsql.NpgsqlBinaryImporter _importer;
    private readonly NpgsqlTypes.NpgsqlDbType[] _types;

    public PostgresCopyStagingWriter(Npgsql.NpgsqlConnection connection, string table, IReadOnlyList<(string Column, Type Type)> columns, SqlDialect dialect)
    {
        _types = columns.Select(c => TypeOf(c.Type)).ToArray();
        _importer = connection.BeginBinaryImport($"COPY {table} (line, rejected, {string.Join(", ", columns.Select(c => dialect.Quote(c.Column)))}) FROM STDIN (FORMAT BINARY)");
    }

    private static NpgsqlTypes.NpgsqlDbType TypeOf(Type clr)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        if (t == typeof(int)) return NpgsqlTypes.NpgsqlDbType.Integer;
        if (t == typeof(long)) return NpgsqlTypes.NpgsqlDbType.Bigint;
        if (t == typeof(bool)) return NpgsqlTypes.NpgsqlDbType.Boolean;
        if (t == typeof(DateOnly)) return NpgsqlTypes.NpgsqlDbType.Date;
        return NpgsqlTypes.NpgsqlDbType.Text;
    }

    public void Write(int line, bool rejected, object?[] values)
    {
        _importer.StartRow();
        _importer.Write(line, NpgsqlTypes.NpgsqlDbType.Integer);
        _importer.Write(rejected ? 1 : 0, NpgsqlTypes.NpgsqlDbType.Integer);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null) _importer.WriteNull();
            else _importer.Write(values[i], _types[i]);
        }
    }

    public void Complete() => _importer.Complete();

    public void Dispose() => _importer.Dispose();
}

/// <summary>
/// SQLite staging through the native statement: bind by position, step, reset. Dates are bound as the
/// yyyy-MM-dd text EF Core stores them as, formatted on the stack.
/// </summary>
internal sealed class SqliteStagingWriter : IStagingWriter
{
    private readonly SQLitePCL.sqlite3 _db;
    private readonly SQLitePCL.sqlite3_stmt _statement;

    public SqliteStagingWriter(Microsoft.Data.Sqlite.SqliteConnection connection, string table, IReadOnlyList<(string Column, Type Type)> columns, SqlDialect dialect)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The SQLite connection is not open.");
        var sql = $"INSERT INTO {table} (line, rejected, {string.Join(", ", columns.Select(c => dialect.Quote(c.Column)))}) VALUES ({string.Join(", ", Enumerable.Repeat("?", columns.Count + 2))})";
        Check(SQLitePCL.raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public void Write(int line, bool rejected, object?[] values)
    {
        Span<char> date = stackalloc char[10];
        SQLitePCL.raw.sqlite3_bind_int(_statement, 1, line);
        SQLitePCL.raw.sqlite3_bind_int(_statement, 2, rejected ? 1 : 0);
        for (var i = 0; i < values.Length; i++)
        {
            var p = i + 3;
            switch (values[i])
            {
                case null:
                    SQLitePCL.raw.sqlite3_bind_null(_statement, p);
                    break;
                case string s:
                    SQLitePCL.raw.sqlite3_bind_text16(_statement, p, s.AsSpan());
                    break;
                case int n:
                    SQLitePCL.raw.sqlite3_bind_int(_statement, p, n);
                    break;
                case long n:
                    SQLitePCL.raw.sqlite3_bind_int64(_statement, p, n);
                    break;
                case bool b:
                    SQLitePCL.raw.sqlite3_bind_int(_statement, p, b ? 1 : 0);
                    break;
                case DateOnly d:
                    d.TryFormat(date, out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                    SQLitePCL.raw.sqlite3_bind_text16(_statement, p, date);
                    break;
                case var other:
                    SQLitePCL.raw.sqlite3_bind_text16(_statement, p, Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture).AsSpan());
                    break;
            }
        }
        var rc = SQLitePCL.raw.sqlite3_step(_statement);
        SQLitePCL.raw.sqlite3_reset(_statement);
        if (rc != SQLitePCL.raw.SQLITE_DONE) Check(rc);
    }

    private void Check(int rc)
    {
        if (rc is SQLitePCL.raw.SQLITE_OK or SQLitePCL.raw.SQLITE_DONE) return;
        throw new Microsoft.Data.Sqlite.SqliteException(
            $"SQLite Error {rc}: '{SQLitePCL.raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc, SQLitePCL.raw.sqlite3_extended_errcode(_db));
    }

    public void Complete() { }

    public void Dispose() => _statement?.Dispose();
}
