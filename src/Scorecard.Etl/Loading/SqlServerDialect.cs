using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Scorecard.Etl.Loading;

/// <summary>
/// The load's SQL as SQL Server spells it, for SQL Server 2017 (14.x) and later: nothing here needs a newer
/// release (no IS DISTINCT FROM, JSON_OBJECT or GREATEST, which came with 2022). Staging tables are session
/// temporary tables (#stg_...) filled by SqlBulkCopy inside the load's transaction, so a rollback takes them
/// away with everything else; their text columns use the warehouse database's collation, not tempdb's, so
/// comparing them with warehouse columns never meets a collation conflict. Every statement this class shapes
/// is captured by a test and parsed with SQL Server 2017's own parser (TSql140Parser).
/// </summary>
public class SqlServerDialect : SqlDialect
{
    /// <summary>The oldest SQL Server the load (and the scripts in warehouse-sql/) is written for.</summary>
    public const string OldestVersion = "SQL Server 2017 (14.x)";

    /// <summary>Key columns are indexed: 450 characters is the most a clustered or unique index key may hold.</summary>
    public const int KeyLength = 450;

    public override string Quote(string identifier) => $"[{identifier.Replace("]", "]]", StringComparison.Ordinal)}]";
    public override string StagingTableName(string table) => $"#stg_{table}";

    public override string CreateStaging(string name, IEnumerable<(string Column, Type Type)> columns, IReadOnlyCollection<string> keys) =>
        $"CREATE TABLE {name} (line int NOT NULL, rejected int NOT NULL DEFAULT 0, " +
        $"{string.Join(", ", columns.Select(c => $"{Quote(c.Column)} {ColumnType(c.Type, keys.Contains(c.Column))}"))})";

    private string ColumnType(Type clr, bool key) =>
        (Nullable.GetUnderlyingType(clr) ?? clr) == typeof(string) ? $"nvarchar({(key ? KeyLength.ToString(System.Globalization.CultureInfo.InvariantCulture) : "max")}) COLLATE DATABASE_DEFAULT" : TypeOf(clr);

    public override string TypeOf(Type clr)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        if (t == typeof(int)) return "int";
        if (t == typeof(long)) return "bigint";
        if (t == typeof(bool)) return "bit";
        if (t == typeof(DateOnly)) return "date";
        return "nvarchar(max)";
    }

    public override string Concat(params string[] parts) => string.Join(" + ", parts);

    // INTERSECT treats two NULLs as equal, which is what IS DISTINCT FROM needs; available since SQL Server 2005.
    public override string IsDistinct(string a, string b) => $"NOT EXISTS (SELECT {a} INTERSECT SELECT {b})";

    public override string CastToText(string expression) => $"CAST({expression} AS nvarchar(max))";

    public override string AnyRow(string table) => $"SELECT COUNT(*) FROM (SELECT TOP (1) 1 AS one FROM {table}) x";

    public override string FirstOf(string column, string fromWhere, string orderBy) => $"(SELECT TOP (1) {column} FROM {fromWhere} ORDER BY {orderBy})";

    public override string CreateTableAs(string name, string select) => $"SELECT * INTO {name} FROM ({select}) AS s";

    // FOR JSON (2016+) rather than JSON_OBJECT (2022+). Dates come out as yyyy-MM-dd and bits as true/false, as
    // PostgreSQL's json_build_object writes them.
    public override string JsonObject(IEnumerable<(string Key, string Expression)> pairs) =>
        $"(SELECT {string.Join(", ", pairs.Select(p => $"{p.Expression} AS {Quote(p.Key)}"))} FOR JSON PATH, WITHOUT_ARRAY_WRAPPER, INCLUDE_NULL_VALUES)";

    // No ON CONFLICT: the first row of each key by line number, inserted in file order (an INSERT ... SELECT with
    // ORDER BY assigns identity values in that order).
    public override IReadOnlyList<string> InsertFirst(MergeStatement m) =>
    [
        $"INSERT INTO {m.Target} ({string.Join(", ", m.Columns)}) SELECT {string.Join(", ", m.Columns.Select((_, i) => V(i)))} FROM (" +
        $"SELECT {string.Join(", ", m.Values.Select((v, i) => $"{v} AS {V(i)}"))}, s.line AS line, " +
        $"ROW_NUMBER() OVER (PARTITION BY {string.Join(", ", m.StagedKeys)} ORDER BY s.line) AS first_of_key FROM {m.From} WHERE {m.Where}) x " +
        "WHERE x.first_of_key = 1 ORDER BY x.line",
    ];

    // No ON CONFLICT: changed rows are updated (with what the merge writes there), then new keys inserted (the staged
    // keys are unique by now).
    public override IReadOnlyList<string> Upsert(MergeStatement m, IReadOnlyList<string> updatable, string lineage, WrittenValue written)
    {
        var statements = new List<string>();
        var index = m.Columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        string Incoming(string column) => $"x.{V(index[column])}";
        if (updatable.Count > 0)
        {
            var lineageValue = m.Values[index[lineage]];
            statements.Add(UpdateFrom(m.Target,
                updatable.Select(c => $"{c} = {written(c, Incoming)}").Append($"{lineage} = {lineageValue}"),
                $"SELECT {string.Join(", ", m.Values.Select((v, i) => $"{v} AS {V(i)}"))} FROM {m.From} WHERE {m.Where}",
                string.Join(" AND ", m.TargetKeys.Select(k => $"t.{k} = {Incoming(k)}")),
                string.Join(" OR ", updatable.Select(c => IsDistinct($"t.{c}", written(c, Incoming))))));
        }
        var keyMatch = string.Join(" AND ", m.TargetKeys.Select((k, i) => $"t.{k} = {m.StagedKeys[i]}"));
        statements.Add(
            $"INSERT INTO {m.Target} ({string.Join(", ", m.Columns)}) SELECT {string.Join(", ", m.Values)} FROM {m.From} " +
            $"WHERE {m.Where} AND NOT EXISTS (SELECT 1 FROM {m.Target} t WHERE {keyMatch}) ORDER BY {m.Order}");
        return statements;
    }

    public override string UpdateFrom(string target, IEnumerable<string> assignments, string source, string match, string where) =>
        $"UPDATE t SET {string.Join(", ", assignments)} FROM {target} AS t JOIN ({source}) AS x ON {match} WHERE {where}";

    private string V(int i) => Quote("v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override IStagingWriter CreateStagingWriter(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<(string Column, Type Type)> columns) =>
        new SqlBulkCopyStagingWriter((SqlConnection)connection, (SqlTransaction)transaction, table, columns);
}

/// <summary>
/// SQL Server's bulk path: rows gather in a table of at most <see cref="FlushRows"/> rows, which SqlBulkCopy
/// sends to the staging table inside the load's transaction; memory stays flat whatever the file's size.
/// </summary>
public sealed class SqlBulkCopyStagingWriter : IStagingWriter
{
    public const int FlushRows = 8192;

    private readonly SqlBulkCopy _copy;
    private readonly DataTable _rows;

    public SqlBulkCopyStagingWriter(SqlConnection connection, SqlTransaction transaction, string table, IReadOnlyList<(string Column, Type Type)> columns)
    {
        _rows = Shape(columns);
        _copy = new SqlBulkCopy(connection, SqlBulkCopyOptions.Default, transaction) { DestinationTableName = table, BulkCopyTimeout = 0 };
        foreach (var mapping in Mappings(columns)) _copy.ColumnMappings.Add(mapping);
    }

    /// <summary>The rows SqlBulkCopy sends: line, rejected, then the staging columns, each as the type the server column takes.</summary>
    public static DataTable Shape(IReadOnlyList<(string Column, Type Type)> columns)
    {
        var table = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        table.Columns.Add("line", typeof(int));
        table.Columns.Add("rejected", typeof(int));
        foreach (var (name, type) in columns) table.Columns.Add(name, SentAs(type));
        return table;
    }

    /// <summary>Each sent column to the staging column of the same name (by name, never by position).</summary>
    public static IReadOnlyList<SqlBulkCopyColumnMapping> Mappings(IReadOnlyList<(string Column, Type Type)> columns) =>
        new[] { "line", "rejected" }.Concat(columns.Select(c => c.Column)).Select(c => new SqlBulkCopyColumnMapping(c, c)).ToList();

    /// <summary>DateOnly is sent as DateTime, which every SqlClient converts to date.</summary>
    public static Type SentAs(Type clr)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        return t == typeof(DateOnly) ? typeof(DateTime) : t;
    }

    public void Write(int line, bool rejected, object?[] values)
    {
        AddRow(_rows, line, rejected, values);
        if (_rows.Rows.Count >= FlushRows) Flush();
    }

    /// <summary>One staged row as SqlBulkCopy sends it (the table refuses a value of the wrong type).</summary>
    public static void AddRow(DataTable rows, int line, bool rejected, object?[] values)
    {
        var row = rows.NewRow();
        row[0] = line;
        row[1] = rejected ? 1 : 0;
        for (var i = 0; i < values.Length; i++)
            row[i + 2] = values[i] switch
            {
                null => DBNull.Value,
                DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                var v => v,
            };
        rows.Rows.Add(row);
    }

    private void Flush()
    {
        if (_rows.Rows.Count == 0) return;
        _copy.WriteToServer(_rows);
        _rows.Clear();
    }

    public void Complete() => Flush();

    public void Dispose()
    {
        ((IDisposable)_copy).Dispose();
        _rows.Dispose();
    }
}
