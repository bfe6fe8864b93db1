using System.Data.Common;
using Scorecard.Warehouse;

namespace Scorecard.Etl.Loading;

/// <summary>
/// What differs between providers in the load's SQL. The set-based checks and the merge are the same
/// statements everywhere; only staging (the bulk path) and a few spellings change.
/// </summary>
public abstract class SqlDialect
{
    public abstract string Quote(string identifier);
    public abstract string StagingTableName(string table);
    public abstract string CreateStaging(string name, IEnumerable<(string Column, Type Type)> columns);
    public abstract string TypeOf(Type clr);
    public virtual string CreateStagingIndex(string table, string staging, IEnumerable<string> columns) =>
        $"CREATE INDEX {Quote("ix_stg_" + table)} ON {staging} ({string.Join(", ", columns.Select(Quote))})";
    public virtual string Concat(params string[] parts) => string.Join(" || ", parts);
    public virtual string IsDistinct(string a, string b) => $"{a} IS DISTINCT FROM {b}";
    public virtual string CastToText(string expression) => $"CAST({expression} AS TEXT)";
    /// <summary>The literal for true in a staged boolean column.</summary>
    public virtual string True => "1";
    public virtual string False => "0";

    /// <summary>Writes staged rows; SQLite uses a prepared insert per row inside the load's transaction.</summary>
    public virtual IStagingWriter CreateStagingWriter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<(string Column, Type Type)> columns) =>
        new PreparedInsertStagingWriter(connection, transaction, table, columns, this);

    public static SqlDialect For(WarehouseProvider provider) => provider switch
    {
        WarehouseProvider.Sqlite => new SqliteDialect(),
        WarehouseProvider.PostgreSql => new PostgresDialect(),
        _ => throw new NotSupportedException(
            $"Loading into {provider} is not available in this release: load into SQLite or PostgreSQL. " +
            "(SQL Server is supported for reading the warehouse; its SqlBulkCopy load path is planned.)"),
    };
}

public sealed class SqliteDialect : SqlDialect
{
    public override string Quote(string identifier) => $"\"{identifier}\"";
    public override string StagingTableName(string table) => $"temp.\"stg_{table}\"";

    // SQLite names the schema on the index, not on the table it indexes.
    public override string CreateStagingIndex(string table, string staging, IEnumerable<string> columns) =>
        $"CREATE INDEX temp.{Quote("ix_stg_" + table)} ON {Quote("stg_" + table)} ({string.Join(", ", columns.Select(Quote))})";

    public override string CreateStaging(string name, IEnumerable<(string Column, Type Type)> columns) =>
        $"CREATE TEMP TABLE {name} (line INTEGER NOT NULL, rejected INTEGER NOT NULL DEFAULT 0, {string.Join(", ", columns.Select(c => $"{Quote(c.Column)} {TypeOf(c.Type)}"))})";

    public override string TypeOf(Type clr)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        return t == typeof(int) || t == typeof(long) || t == typeof(bool) ? "INTEGER" : "TEXT";
    }
}

public sealed class PostgresDialect : SqlDialect
{
    public override string True => "TRUE";
    public override string False => "FALSE";

    public override string Quote(string identifier) => $"\"{identifier}\"";
    public override string StagingTableName(string table) => $"\"stg_{table}\"";

    public override string CreateStaging(string name, IEnumerable<(string Column, Type Type)> columns) =>
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

    public override IStagingWriter CreateStagingWriter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<(string Column, Type Type)> columns) =>
        new PostgresCopyStagingWriter((Npgsql.NpgsqlConnection)connection, table, columns, this);
}

/// <summary>Writes rows into a staging table.</summary>
public interface IStagingWriter : IDisposable
{
    void Write(int line, object?[] values);
    void Complete();
}

internal sealed class PreparedInsertStagingWriter : IStagingWriter
{
    private readonly DbCommand _command;
    private readonly DbParameter[] _parameters;

    public PreparedInsertStagingWriter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<(string Column, Type Type)> columns, SqlDialect dialect)
    {
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO {table} (line, {string.Join(", ", columns.Select(c => dialect.Quote(c.Column)))}) VALUES (@p0, {string.Join(", ", columns.Select((_, i) => $"@p{i + 1}"))})";
        _parameters = new DbParameter[columns.Count + 1];
        for (var i = 0; i < _parameters.Length; i++)
        {
            var p = _command.CreateParameter();
            p.ParameterName = $"@p{i}";
            _command.Parameters.Add(p);
            _parameters[i] = p;
        }
        _command.Prepare();
    }

    public void Write(int line, object?[] values)
    {
        _parameters[0].Value = line;
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
        _importer = connection.BeginBinaryImport($"COPY {table} (line, {string.Join(", ", columns.Select(c => dialect.Quote(c.Column)))}) FROM STDIN (FORMAT BINARY)");
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

    public void Write(int line, object?[] values)
    {
        _importer.StartRow();
        _importer.Write(line, NpgsqlTypes.NpgsqlDbType.Integer);
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null) _importer.WriteNull();
            else _importer.Write(values[i], _types[i]);
        }
    }

    public void Complete() => _importer.Complete();

    public void Dispose() => _importer.Dispose();
}
