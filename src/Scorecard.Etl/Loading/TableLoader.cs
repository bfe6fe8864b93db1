using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Loading;

/// <summary>
/// Loads one extract table: stream and type-check rows (rejecting bad ones as they come), stage the good
/// ones through the provider's bulk path, then do every cross-row check and the merge as set-based SQL.
/// Nothing is held in memory per row, so memory does not grow with the file.
/// </summary>
internal sealed class TableLoader(
    WarehouseContext db,
    DbConnection connection,
    DbTransaction transaction,
    SqlDialect dialect,
    TableSpec spec,
    int batchId,
    Action<string, string, TimeSpan>? phase = null)
{
    private readonly string _staging = dialect.StagingTableName(spec.Name);
    private int _rejectedSetBased;

    public string StagingTable => _staging;

    public async Task<TableLoadResult> LoadAsync(CsvTableReader reader, long bytesTotal, Func<long> bytesRead, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        var columns = StagingColumns();
        await ExecuteAsync(dialect.CreateStaging(_staging, columns), ct);

        int read = 0;
        using (var writer = dialect.CreateStagingWriter(connection, transaction, _staging, columns))
        {
            var problems = new List<RowProblem>();
            var values = new object?[columns.Count];
            ParsedRow? row;
            while ((row = reader.ReadRow(problems)) is not null)
            {
                read++;
                // A bad row is staged too, with its reason, so rejects are written set-based after the bulk path
                // (PostgreSQL's COPY holds the connection until it completes) and nothing is held in memory.
                Fill(row, values, problems, reader.RowWarned);
                writer.Write(row.LineNumber, values);
                if ((read & 0x3FFF) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Report(new LoadProgress(spec.Name, read, bytesRead(), bytesTotal));
                }
            }
            writer.Complete();
        }
        var rowRejects = await RejectBadRowsAsync(reader.FileName, ct);
        progress?.Report(new LoadProgress(spec.Name, read, bytesRead(), bytesTotal));
        Lap("read, check and stage rows");

        await ExecuteAsync(dialect.CreateStagingIndex(spec.Name, _staging, spec.KeyColumns.Select(c => c.Name)), ct);
        await RejectDuplicatesAsync(reader.FileName, ct);
        await CreateMissingReferencesAsync(ct);
        await ResolveTeamNamesAsync(ct);
        await RejectUnresolvedReferencesAsync(reader.FileName, reader.Warnings, ct);
        Lap("set-based checks");

        var valid = await ScalarAsync($"SELECT COUNT(*) FROM {_staging} WHERE rejected = 0", ct);
        var warned = await ScalarAsync($"SELECT COUNT(*) FROM {_staging} WHERE rejected = 0 AND {Ident(WarnedColumn)} = {dialect.True}", ct);
        var newRows = spec.Mode == MergeMode.Upsert ? await CountNewRowsAsync(ct) : 0;
        // A first load of a table (every row new) needs no comparison with old values.
        var earliest = spec.Mode == MergeMode.Upsert && newRows == valid ? await EarliestOfNewRowsAsync(ct) : await EarliestAffectedDateAsync(ct);
        Lap("earliest affected date");
        var (inserted, updated) = spec.Mode == MergeMode.Upsert ? (newRows, await UpsertAsync(ct) - newRows) : (0, await UpdateExistingAsync(ct));
        Lap("merge");
        var unchanged = valid - inserted - updated;
        return new TableLoadResult(spec.Name, reader.FileName, read, inserted, updated, unchanged, rowRejects + _rejectedSetBased, reader.IgnoredColumns, earliest)
        {
            RowsWithWarnings = warned,
            RenamedColumns = reader.RenamedColumns,
            NotExpressed = reader.NotExpressed(),
            Warnings = reader.Warnings.Summaries(),
        };
    }

    private System.Diagnostics.Stopwatch _lap = System.Diagnostics.Stopwatch.StartNew();

    private void Lap(string name)
    {
        phase?.Invoke(spec.Name, name, _lap.Elapsed);
        _lap = System.Diagnostics.Stopwatch.StartNew();
    }

    private async Task<int> CountNewRowsAsync(CancellationToken ct)
    {
        var target = Entity(spec.Entity);
        var keyMatch = string.Join(" AND ", spec.KeyColumns.Select(k => $"t.{target.Column(k.Target!)} = s.{Ident(k.Name)}"));
        return await ScalarAsync($"SELECT COUNT(*) FROM {_staging} s WHERE s.rejected = 0 AND NOT EXISTS (SELECT 1 FROM {target.Name} t WHERE {keyMatch})", ct);
    }

    /// <summary>New rows count from their earliest date; a table without dates (people, teams) moves nothing by adding rows.</summary>
    private async Task<DateOnly?> EarliestOfNewRowsAsync(CancellationToken ct)
    {
        var dates = spec.Columns.Where(c => c.Kind == ColumnKind.Date && c.Target is not null).ToList();
        if (dates.Count == 0) return null;
        await using var cmd = Command($"SELECT {string.Join(", ", dates.Select(d => $"MIN({Ident(d.Name)})"))} FROM {_staging} WHERE rejected = 0");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? EarliestOf(r) : null;
    }

    private static DateOnly? EarliestOf(DbDataReader r)
    {
        DateOnly? earliest = null;
        for (var i = 0; i < r.FieldCount; i++)
        {
            if (r.IsDBNull(i)) continue;
            var v = r.GetValue(i) switch
            {
                DateOnly d => d,
                DateTime dt => DateOnly.FromDateTime(dt),
                var o => DateOnly.Parse(Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture)!, System.Globalization.CultureInfo.InvariantCulture),
            };
            if (earliest is null || v < earliest) earliest = v;
        }
        return earliest;
    }

    /// <summary>
    /// The earliest date this table's changes can move a measure from, read off old and new values before
    /// the merge: a new row counts from its earliest date; a changed date from the earlier of old and new;
    /// a changed attribute from the date that dates it. Tables without dates (people, teams) affect every
    /// period when a row changes, and none when rows are only added (their facts carry the dates).
    /// </summary>
    private async Task<DateOnly?> EarliestAffectedDateAsync(CancellationToken ct)
    {
        var target = Entity(spec.Entity);
        var (targets, values, joins) = Mapping();
        var mapped = targets.Zip(values).ToList();
        var keyTargets = spec.KeyColumns.Select(k => target.Column(k.Target!)).ToList();
        var dates = spec.Columns.Where(c => c.Kind == ColumnKind.Date && c.Target is not null).ToList();
        var attributes = spec.Columns.Where(c => c.Target is not null && !c.IsNaturalKey && c.Kind != ColumnKind.Date)
            .Select(c => (Column: target.Column(c.Target!), DatedBy: c.DatedBy ?? dates.FirstOrDefault()?.Name))
            .Concat(spec.Derived.Select(d => (Column: target.Column(d.Target), DatedBy: dates.FirstOrDefault()?.Name)))
            .ToList();
        string X(string targetColumn) => $"x.{dialect.Quote("v" + targets.IndexOf(targetColumn))}";
        string Tc(ColumnSpec c) => target.Column(c.Target!);
        var isNew = $"t.{keyTargets[0]} IS NULL";

        var aggregates = new List<string>();
        if (dates.Count == 0)
        {
            // Only a changed row matters here, and it matters to every period.
            var changed = string.Join(" OR ", attributes.Select(a => dialect.IsDistinct($"t.{a.Column}", X(a.Column))).DefaultIfEmpty("1 = 0"));
            var any = await ScalarAsync($"SELECT COUNT(*) FROM ({SelectMapped(mapped, joins)}) x JOIN {target.Name} t ON {KeyJoin(keyTargets, X)} WHERE {changed}", ct);
            return any > 0 ? DateOnly.MinValue : null;
        }
        foreach (var d in dates)
        {
            var differs = dialect.IsDistinct($"t.{Tc(d)}", X(Tc(d)));
            aggregates.Add($"MIN(CASE WHEN {isNew} OR {differs} THEN {X(Tc(d))} END)");
            aggregates.Add($"MIN(CASE WHEN {differs} THEN t.{Tc(d)} END)");
        }
        foreach (var (column, datedBy) in attributes)
        {
            var dc = Tc(spec.Columns.First(c => c.Name == datedBy));
            var differs = $"NOT ({isNew}) AND {dialect.IsDistinct($"t.{column}", X(column))}";
            aggregates.Add($"MIN(CASE WHEN {differs} THEN {X(dc)} END)");
            aggregates.Add($"MIN(CASE WHEN {differs} THEN t.{dc} END)");
        }
        await using var cmd = Command($"SELECT {string.Join(", ", aggregates)} FROM ({SelectMapped(mapped, joins)}) x LEFT JOIN {target.Name} t ON {KeyJoin(keyTargets, X)}");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? EarliestOf(r) : null;
    }

    private string SelectMapped(List<(string First, string Second)> mapped, string joins) =>
        $"SELECT {string.Join(", ", mapped.Select((m, i) => $"{m.Second} AS {dialect.Quote("v" + i)}"))} FROM {_staging} s{joins} WHERE s.rejected = 0";

    private static string KeyJoin(List<string> keyTargets, Func<string, string> x) =>
        string.Join(" AND ", keyTargets.Select(k => $"t.{k} = {x(k)}"));

    // Column names in staging are the contract's names; derived values and date keys get a prefix.
    private List<(string Column, Type Type)> StagingColumns()
    {
        var list = spec.Columns.Select(c => (c.Name, StagingType(c))).ToList();
        list.AddRange(spec.Columns.Where(c => c.DateKeyTarget is not null).Select(c => ("k_" + c.DateKeyTarget, typeof(int?))));
        list.AddRange(spec.Derived.Select(d => ("d_" + d.Target, d.ClrType)));
        list.Add((WarnedColumn, typeof(bool)));
        list.AddRange([(RejectColumn, typeof(string)), (RejectValue, typeof(string)), (RejectReason, typeof(string))]);
        return list;
    }

    private static Type StagingType(ColumnSpec c) => c.Kind switch
    {
        ColumnKind.Date or ColumnKind.DateOfBirth => typeof(DateOnly?),
        ColumnKind.Integer => typeof(int?),
        ColumnKind.YesNo => typeof(bool?),
        _ => typeof(string),
    };

    /// <summary>Set on a staged row that got a warning (an optional field loaded as unknown).</summary>
    private const string WarnedColumn = "row_warned";
    private const string RejectColumn = "reject_column";
    private const string RejectValue = "reject_value";
    private const string RejectReason = "reject_reason";

    private void Fill(ParsedRow row, object?[] values, List<RowProblem> problems, bool warned)
    {
        var i = 0;
        if (problems.Count > 0)
        {
            // Only the reason is kept for a bad row: its values may be half-parsed.
            Array.Clear(values);
            i = values.Length - 3;
            values[i++] = problems[0].Column;
            values[i++] = Truncate(problems[0].Value, 200);
            values[i] = Truncate(string.Join("; ", problems.Select(p => p.Reason)), 1000);
            return;
        }
        for (; i < spec.Columns.Count; i++) values[i] = row[i];
        for (var c = 0; c < spec.Columns.Count; c++)
            if (spec.Columns[c].DateKeyTarget is not null)
                values[i++] = row[c] is DateOnly d ? CalendarDays.DateKeyOf(d) : null;
        foreach (var d in spec.Derived) values[i++] = d.Compute(row);
        values[i++] = warned;
        values[i++] = null;
        values[i++] = null;
        values[i] = null;
    }

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];

    /// <summary>Rows that failed their own checks go to the reject table and out of the load, in two statements.</summary>
    private async Task<int> RejectBadRowsAsync(string fileName, CancellationToken ct)
    {
        var marked = await ExecuteAsync($"UPDATE {_staging} SET rejected = 2 WHERE {Ident(RejectReason)} IS NOT NULL", ct);
        if (marked == 0) return 0;
        var reject = Entity(typeof(Reject));
        var cmd = Command(
            $"INSERT INTO {reject.Name} ({reject.Column(nameof(Reject.LoadBatchId))}, {reject.Column(nameof(Reject.FileName))}, {reject.Column(nameof(Reject.LineNumber))}, " +
            $"{reject.Column(nameof(Reject.ColumnName))}, {reject.Column(nameof(Reject.Value))}, {reject.Column(nameof(Reject.Reason))}) " +
            $"SELECT {batchId}, @file, s.line, s.{Ident(RejectColumn)}, s.{Ident(RejectValue)}, s.{Ident(RejectReason)} FROM {_staging} s WHERE s.rejected = 2");
        AddParameter(cmd, "@file", fileName);
        await using (cmd) await cmd.ExecuteNonQueryAsync(ct);
        await ExecuteAsync($"UPDATE {_staging} SET rejected = 1 WHERE rejected = 2", ct);
        return marked;
    }

    private async Task RejectDuplicatesAsync(string fileName, CancellationToken ct)
    {
        var keys = spec.KeyColumns.ToList();
        // Most extracts repeat no id: one pass over the staging index says so, and the row-by-row check is skipped.
        var anyRepeated = await ScalarAsync($"SELECT COUNT(*) FROM (SELECT 1 AS one FROM {_staging} GROUP BY {string.Join(", ", keys.Select(k => Ident(k.Name)))} HAVING COUNT(*) > 1) d", ct);
        if (anyRepeated == 0) return;
        string SameKey(string other) => string.Join(" AND ", keys.Select(k => $"x.{Ident(k.Name)} = {other}.{Ident(k.Name)}"));
        // Mark later occurrences (2 = to be rejected); the first occurrence of a key loads.
        var marked = await ExecuteAsync($"UPDATE {_staging} SET rejected = 2 WHERE rejected = 0 AND EXISTS (SELECT 1 FROM {_staging} x WHERE {SameKey(_staging)} AND x.line < {_staging}.line AND x.rejected = 0)", ct);
        var keyName = keys[0].Name;
        if (marked > 0) await RejectMarkedAsync(fileName, keyName, $"s.{Ident(keyName)}",
            dialect.Concat($"'duplicate {keyName}: the same record is on line '", dialect.CastToText($"(SELECT MIN(x.line) FROM {_staging} x WHERE {SameKey("s")})")), ct);
    }

    private async Task CreateMissingReferencesAsync(CancellationToken ct)
    {
        foreach (var c in spec.Columns.Where(c => c.Lookup is { Rule: ResolveRule.CreateIfMissing }))
        {
            var dim = Entity(c.Lookup!.Entity);
            var nk = dim.Column(c.Lookup.NaturalKeyProperty);
            await ExecuteAsync(
                $"INSERT INTO {dim.Name} ({nk}, {dim.Column("LineageBatchId")}) SELECT DISTINCT s.{Ident(c.Name)}, {batchId} FROM {_staging} s " +
                $"WHERE s.rejected = 0 AND s.{Ident(c.Name)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {dim.Name} d WHERE d.{nk} = s.{Ident(c.Name)})", ct);
        }
    }

    /// <summary>
    /// Teams given by name rather than id (SystemC writes ssd_professionals.prof_professional_department as the
    /// team's name): a value that is no team's id but is one team's name becomes that team's id.
    /// </summary>
    private async Task ResolveTeamNamesAsync(CancellationToken ct)
    {
        foreach (var c in spec.Columns.Where(c => c.Kind == ColumnKind.TeamReference && c.Lookup is not null && !c.IsNaturalKey))
        {
            var org = Entity(c.Lookup!.Entity);
            var id = org.Column(c.Lookup.NaturalKeyProperty);
            var name = org.Column(nameof(Warehouse.Dimensions.OrganisationUnit.Name));
            var col = $"{_staging}.{Ident(c.Name)}";
            await ExecuteAsync(
                $"UPDATE {_staging} SET {Ident(c.Name)} = (SELECT MIN(o.{id}) FROM {org.Name} o WHERE LOWER(o.{name}) = LOWER({col})) " +
                $"WHERE rejected = 0 AND {Ident(c.Name)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {org.Name} o WHERE o.{id} = {col}) " +
                $"AND EXISTS (SELECT 1 FROM {org.Name} o WHERE LOWER(o.{name}) = LOWER({col}))", ct);
        }
    }

    /// <summary>
    /// A reference that resolves to nothing: in a required column (the child) the row is rejected; in an optional
    /// one (a team, a referral an assessment follows) the row loads with the field unknown, and the value is counted.
    /// </summary>
    private async Task RejectUnresolvedReferencesAsync(string fileName, TableWarnings warnings, CancellationToken ct)
    {
        foreach (var c in spec.Columns.Where(c => c.Lookup is { Rule: ResolveRule.MustExist }))
        {
            // A team id is the key of the department table itself, not a reference there.
            if (c.IsNaturalKey) continue;
            var dim = Entity(c.Lookup!.Entity);
            var nk = dim.Column(c.Lookup.NaturalKeyProperty);
            var unresolved = $"rejected = 0 AND {Ident(c.Name)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {dim.Name} d WHERE d.{nk} = {_staging}.{Ident(c.Name)})";
            if (!c.Required)
            {
                await WarnUnresolvedAsync(c, unresolved, warnings, ct);
                continue;
            }
            var marked = await ExecuteAsync($"UPDATE {_staging} SET rejected = 2 WHERE {unresolved}", ct);
            if (marked > 0) await RejectMarkedAsync(fileName, c.Name, $"s.{Ident(c.Name)}",
                $"'{c.Name} not found in {c.Lookup.Describes} (this extract or the warehouse)'", ct);
        }
        if (spec.Mode == MergeMode.UpdateExisting)
        {
            var target = Entity(spec.Entity);
            var key = spec.KeyColumns.Single();
            var marked = await ExecuteAsync(
                $"UPDATE {_staging} SET rejected = 2 WHERE rejected = 0 AND NOT EXISTS (SELECT 1 FROM {target.Name} t WHERE t.{target.Column(key.Target!)} = {_staging}.{Ident(key.Name)})", ct);
            if (marked > 0) await RejectMarkedAsync(fileName, key.Name, $"s.{Ident(key.Name)}", $"'{key.Name} not found in the records this adds to (this extract or the warehouse)'", ct);
        }
    }

    private async Task WarnUnresolvedAsync(ColumnSpec c, string unresolved, TableWarnings warnings, CancellationToken ct)
    {
        var total = 0;
        var firstLine = int.MaxValue;
        await using (var count = Command($"SELECT COUNT(*), MIN(line) FROM {_staging} WHERE {unresolved}"))
        await using (var r = await count.ExecuteReaderAsync(ct))
            if (await r.ReadAsync(ct) && !r.IsDBNull(1))
            {
                total = Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
                firstLine = Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            }
        if (total == 0) return;
        var message = $"{c.Name} not found in {c.Lookup!.Describes} (this extract or the warehouse); the field is loaded as unknown.";
        var listed = 0;
        // Values are pseudonyms or team ids: safe to show. Only the most common few are listed one by one.
        await using (var cmd = Command($"SELECT {Ident(c.Name)}, COUNT(*) AS n, MIN(line) AS first FROM {_staging} WHERE {unresolved} GROUP BY {Ident(c.Name)} ORDER BY first LIMIT {TableWarnings.MaxValuesPerColumn}"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                var n = Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
                listed += n;
                warnings.Add(c.Name, WarningKinds.NotFound, c.Kind == ColumnKind.TeamReference ? CouncilTeamList : null, r.GetString(0), n,
                    Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), message);
            }
        if (total > listed) warnings.Add(c.Name, WarningKinds.NotFound, null, TableWarnings.OtherValues, total - listed, firstLine, message);
        await ExecuteAsync($"UPDATE {_staging} SET {Ident(WarnedColumn)} = {dialect.True}, {Ident(c.Name)} = NULL WHERE {unresolved}", ct);
    }

    private const string CouncilTeamList = Scorecard.Etl.Mapping.CouncilMapping.TeamList;

    private async Task RejectMarkedAsync(string fileName, string column, string valueExpression, string reasonExpression, CancellationToken ct)
    {
        var reject = Entity(typeof(Reject));
        var cmd = Command(
            $"INSERT INTO {reject.Name} ({reject.Column(nameof(Reject.LoadBatchId))}, {reject.Column(nameof(Reject.FileName))}, {reject.Column(nameof(Reject.LineNumber))}, " +
            $"{reject.Column(nameof(Reject.ColumnName))}, {reject.Column(nameof(Reject.Value))}, {reject.Column(nameof(Reject.Reason))}) " +
            $"SELECT {batchId}, @file, s.line, '{column}', {valueExpression}, {reasonExpression} FROM {_staging} s WHERE s.rejected = 2");
        AddParameter(cmd, "@file", fileName);
        await using (cmd) _rejectedSetBased += await cmd.ExecuteNonQueryAsync(ct);
        await ExecuteAsync($"UPDATE {_staging} SET rejected = 1 WHERE rejected = 2", ct);
    }

    private (List<string> Targets, List<string> Values, string Joins) Mapping()
    {
        var targets = new List<string>();
        var values = new List<string>();
        var joins = new System.Text.StringBuilder();
        var n = 0;
        foreach (var c in spec.Columns.Where(c => c.Target is not null))
        {
            var target = Entity(spec.Entity);
            if (c.Lookup is not null && !c.IsNaturalKey)
            {
                var dim = Entity(c.Lookup.Entity);
                var alias = $"l{n++}";
                joins.Append($" LEFT JOIN {dim.Name} {alias} ON {alias}.{dim.Column(c.Lookup.NaturalKeyProperty)} = s.{Ident(c.Name)}");
                targets.Add(target.Column(c.Target!));
                values.Add($"{alias}.{dim.Column(c.Lookup.KeyProperty)}");
            }
            else
            {
                targets.Add(target.Column(c.Target!));
                values.Add($"s.{Ident(c.Name)}");
            }
            if (c.DateKeyTarget is not null)
            {
                targets.Add(target.Column(c.DateKeyTarget));
                values.Add($"s.{Ident("k_" + c.DateKeyTarget)}");
            }
        }
        foreach (var d in spec.Derived)
        {
            targets.Add(Entity(spec.Entity).Column(d.Target));
            values.Add($"s.{Ident("d_" + d.Target)}");
        }
        return (targets, values, joins.ToString());
    }

    /// <summary>Inserts new keys and rewrites changed rows; returns how many rows it inserted or changed.</summary>
    private async Task<int> UpsertAsync(CancellationToken ct)
    {
        var target = Entity(spec.Entity);
        var keys = spec.KeyColumns.Select(k => target.Column(k.Target!)).ToList();
        var (targets, values, joins) = Mapping();
        var lineage = target.Column("LineageBatchId");
        var nonKeys = targets.Where(t => !keys.Contains(t)).ToList();
        var set = string.Join(", ", nonKeys.Append(lineage).Select(t => $"{t} = excluded.{t}"));
        // Only rows whose values changed are rewritten, so an unchanged row keeps the batch that wrote it.
        var changed = nonKeys.Count == 0 ? "1 = 0" : string.Join(" OR ", nonKeys.Select(t => dialect.IsDistinct($"t.{t}", $"excluded.{t}")));
        var sql =
            $"INSERT INTO {target.Name} AS t ({string.Join(", ", targets)}, {lineage}) " +
            $"SELECT {string.Join(", ", values)}, {batchId} FROM {_staging} s{joins} WHERE s.rejected = 0 " +
            $"ON CONFLICT ({string.Join(", ", keys)}) DO UPDATE SET {set} WHERE {changed}";
        return await ExecuteAsync(sql, ct);
    }

    private async Task<int> UpdateExistingAsync(CancellationToken ct)
    {
        var target = Entity(spec.Entity);
        var key = spec.KeyColumns.Single();
        var (targets, values, joins) = Mapping();
        var keyTarget = target.Column(key.Target!);
        var pairs = targets.Zip(values).Where(p => p.First != keyTarget).ToList();
        var lineage = target.Column("LineageBatchId");
        var select = string.Join(", ", pairs.Select((p, i) => $"{p.Second} AS v{i}"));
        var sql =
            $"UPDATE {target.Name} AS t SET {string.Join(", ", pairs.Select((p, i) => $"{p.First} = x.v{i}"))}, {lineage} = {batchId} " +
            $"FROM (SELECT s.{Ident(key.Name)} AS k, {select} FROM {_staging} s{joins} WHERE s.rejected = 0) x " +
            $"WHERE t.{keyTarget} = x.k AND ({string.Join(" OR ", pairs.Select((p, i) => dialect.IsDistinct($"t.{p.First}", $"x.v{i}")))})";
        return await ExecuteAsync(sql, ct);
    }

    private string Ident(string name) => dialect.Quote(name);

    private EntityTable Entity(Type type) => new(db.Model.FindEntityType(type)!, dialect);

    private DbCommand Command(string sql)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        return cmd;
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var cmd = Command(sql);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<int> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var cmd = Command(sql);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task DropStagingAsync(CancellationToken ct) => await ExecuteAsync($"DROP TABLE IF EXISTS {_staging}", ct);
}

/// <summary>Table and column names of a warehouse entity as the provider spells them.</summary>
internal sealed class EntityTable(IEntityType entity, SqlDialect dialect)
{
    private readonly StoreObjectIdentifier _table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());

    public string Name => entity.GetSchema() is { } schema
        ? $"{dialect.Quote(schema)}.{dialect.Quote(entity.GetTableName()!)}"
        : dialect.Quote(entity.GetTableName()!);

    public string Column(string property) =>
        dialect.Quote(entity.FindProperty(property)?.GetColumnName(_table)
            ?? throw new InvalidOperationException($"{entity.ClrType.Name} has no property {property}."));
}
