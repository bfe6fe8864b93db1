using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore.Metadata;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Loading;

/// <summary>
/// Loads one extract table. Reading, checking and pseudonymising rows runs on one thread while the provider's
/// bulk path stages them on another (a bounded queue between them, so memory does not grow with the file);
/// then every cross-row check, the merge and the deletions are set-based SQL. Rejects are staged with their
/// reasons and written in one statement. In a check nothing is merged: the counts say what a load would do.
/// </summary>
internal sealed class TableLoader(LoadSession session, TableSpec spec, CsvTableReader reader)
{
    /// <summary>Phases that run beside others (inside "read, check and stage rows"), so not part of the load's sum.</summary>
    public const string ParallelPhase = "read: ";

    private const int BatchRows = 1024;
    private const int BatchesInFlight = 4;

    private readonly string _staging = session.Dialect.StagingTableName(spec.Name);
    private int _rejectedSetBased;
    private int _otherChanges;

    public string StagingTable => _staging;

    public async Task<(TableLoadResult Result, IReadOnlyList<RejectSummary> Rejects)> LoadAsync(long bytesTotal, Func<long> bytesRead, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        var columns = StagingColumns();
        await session.ExecuteAsync(session.Dialect.CreateStaging(_staging, columns, spec.KeyColumns.Select(k => k.Name).ToList()), ct);
        var staged = await StageAsync(columns, bytesTotal, bytesRead, progress, ct);
        progress?.Report(new LoadProgress(spec.Name, staged.Read, bytesRead(), bytesTotal));
        Lap("read, check and stage rows");

        var target = session.Entity(spec.Entity);
        var empty = await session.ScalarAsync(session.Dialect.AnyRow(target.Name), ct) == 0;
        // What the warehouse held before this file: the mass-deletion guard's measure.
        var held = empty || session.SnapshotOf(spec.Name) is null ? 0 : await session.ScalarAsync($"SELECT COUNT(*) FROM {target.Name}", ct);
        int inserted, updated, fromOtherSources = 0;
        // A table that was empty before this load has nothing that could have been deleted.
        var deletions = empty ? null : new SnapshotDeletions(session, spec, reader, _staging, held);
        // How many records the file no longer has, when counted before the merge (null: counted after it).
        int? missing = null;
        DateOnly? earliest;
        // Null (every property) unless the load only changed values of rows already there.
        IReadOnlyList<string>? changedProperties = null;
        if (empty && spec.Mode == MergeMode.Upsert && !session.DryRun)
        {
            // A first load of a table, the commonest large load: rows go straight in, in file order, skipping
            // those whose references do not resolve and later repeats of a key. Only when some were skipped are
            // they found and rejected with their reasons, so a clean extract pays for no check it does not need.
            await CreateMissingReferencesAsync(ct);
            await ResolveOptionalReferencesAsync(ct);
            Lap("set-based checks");
            inserted = await InsertFirstAsync(ct);
            updated = 0;
            Lap("merge");
            if (inserted < staged.Read - staged.Rejected)
            {
                await session.ExecuteAsync(session.Dialect.CreateStagingIndex(spec.Name, _staging, spec.KeyColumns.Select(c => c.Name)), ct);
                await RejectUnresolvedReferencesAsync(ct);
                await RejectDuplicatesAsync(ct);
            }
            // Every row is new: the reader's earliest dates of the rows it passed say what a refresh must redo
            // (counting rows a set-based check later rejected only makes it earlier).
            earliest = staged.EarliestDate;
        }
        else
        {
            await session.ExecuteAsync(session.Dialect.CreateStagingIndex(spec.Name, _staging, spec.KeyColumns.Select(c => c.Name)), ct);
            // An optional reference that does not resolve loads as unknown; a row whose required reference does not
            // resolve is rejected first; of the rest, the first occurrence of a key loads.
            await ResolveOptionalReferencesAsync(ct);
            await RejectUnresolvedReferencesAsync(ct);
            await RejectDuplicatesAsync(ct);
            if (!session.DryRun) await CreateMissingReferencesAsync(ct);
            Lap("set-based checks");
            var valid = staged.Read - staged.Rejected - _rejectedSetBased;
            // What the file changes in the rows already there, and how many rows are new, in one pass over the rows.
            var holds = deletions?.Holds();
            var comparison = session.DryRun ? null : await CompareWithWarehouseAsync(holds, ct);
            var newRows = spec.Mode != MergeMode.Upsert ? 0 : empty ? valid : comparison?.NewRows ?? await CountNewRowsAsync(ct);
            if (session.DryRun) earliest = null;
            else if (spec.Mode == MergeMode.Upsert && newRows == valid) earliest = staged.EarliestDate;
            else earliest = comparison!.Earliest;
            // Properties only when the load adds no row: a new row is every property of its record.
            if (!session.DryRun && newRows == 0 && earliest is not null) changedProperties = comparison!.Changed;
            // The records the file no longer has: those held, less those the file's rows matched. Counted before the merge,
            // which changes only records the file has, so the count stands after it; and only when no row was rejected,
            // as a rejected row's record is still in the case system. Cheaper than looking for each held record among the
            // staged rows (2.5 s for the 40,000-child council's 604,026 outcome scores on SQLite).
            if (holds is { } h && comparison?.MatchedHeld is { } matched && staged.Rejected + _rejectedSetBased == 0)
                missing = await session.ScalarAsync($"SELECT COUNT(*) FROM {target.Name} t WHERE {h.Condition}", ct, h.Parameters) - matched;
            Lap("earliest affected date");
            fromOtherSources = session.DryRun ? await CountMatchedFromOtherSourcesAsync(ct) : comparison?.FromOtherSources ?? 0;
            if (session.DryRun) (inserted, updated) = (newRows, await CountChangedAsync(ct));
            // The nightly extract repeats most tables unchanged: with no row to add and none whose values moved, the
            // merge would find nothing to write (on PostgreSQL it still probed the key index once a row: 3 s for the
            // 604,026 outcome scores of a 40,000-child council), so it is not sent.
            else if (newRows == 0 && comparison?.Changed is { Count: 0 }) (inserted, updated) = (0, 0);
            else if (spec.Mode == MergeMode.Upsert) (inserted, updated) = (newRows, await UpsertAsync(ct) - newRows);
            else (inserted, updated) = (0, await UpdateExistingAsync(ct));
            Lap("merge");
        }
        IReadOnlyList<RejectSummary> rejects = [];
        if (staged.Rejected + _rejectedSetBased > 0)
        {
            rejects = await SummariseRejectsAsync(ct);
            if (!session.DryRun) await WriteRejectsAsync(ct);
            Lap("set-based checks");
        }
        var loaded = staged.Read - staged.Rejected - _rejectedSetBased;
        var warned = await session.ScalarAsync($"SELECT COUNT(*) FROM {_staging} WHERE rejected = 0 AND {Ident(WarnedColumn)} = {session.Dialect.True}", ct);

        var deleted = deletions is null ? SnapshotDeletions.None : await deletions.ApplyAsync(missing, ct);
        if (deleted.Deleted + deleted.Dependents.Values.Sum() > 0) Lap("deletions");
        if (session.DryRun && spec.Mode == MergeMode.Upsert) session.Staged[spec.Entity] = (_staging, spec.KeyColumns.Select(k => k.Name).ToList());

        // Every row read is loaded or rejected, never silently dropped: a load that cannot say so fails whole.
        if (loaded < inserted + updated || (empty && spec.Mode == MergeMode.Upsert && !session.DryRun && loaded != inserted))
            throw new InvalidOperationException($"{spec.Name}: {inserted + updated:N0} rows were merged where {loaded:N0} passed the checks; the load was stopped so that no row is lost unexplained.");
        var result = new TableLoadResult(spec.Name, reader.FileName, staged.Read, inserted, updated, loaded - inserted - updated, staged.Rejected + _rejectedSetBased,
            reader.IgnoredColumns, LoadSession.Min(earliest, deleted.EarliestDate))
        {
            RowsDeleted = deleted.Deleted,
            RowsMatchedOtherSource = fromOtherSources,
            DependentsDeleted = deleted.Dependents,
            AbsentColumns = reader.AbsentColumns,
            OtherChanges = _otherChanges + deleted.OtherChanges,
            // Deleted rows, rows or references created beside the table's own, and a file that cannot express some
            // property (its rows' lineage then makes measures needing it not available) change more than columns.
            ChangedProperties = deleted.Deleted + deleted.Dependents.Values.Sum() + _otherChanges + deleted.OtherChanges == 0 && reader.NotExpressed().Count == 0
                ? changedProperties : null,
            RowsWithWarnings = warned,
            RenamedColumns = reader.RenamedColumns,
            NotExpressed = reader.NotExpressed(),
            Warnings = reader.Warnings.Summaries(),
        };
        return (result, rejects);
    }

    private System.Diagnostics.Stopwatch _lap = System.Diagnostics.Stopwatch.StartNew();

    private void Lap(string name)
    {
        session.Options.Phase?.Invoke(spec.Name, name, _lap.Elapsed);
        _lap = System.Diagnostics.Stopwatch.StartNew();
    }

    // ---- Reading and staging: two threads, a bounded queue between them.

    private sealed class RowBatch(int columns)
    {
        public readonly int[] Lines = new int[BatchRows];
        public readonly bool[] Rejected = new bool[BatchRows];
        public readonly object?[][] Values = Enumerable.Range(0, BatchRows).Select(_ => new object?[columns]).ToArray();
        public int Count;
    }

    private sealed record Staged(int Read, int Rejected, DateOnly? EarliestDate);

    private async Task<Staged> StageAsync(List<(string Column, Type Type)> columns, long bytesTotal, Func<long> bytesRead, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var full = Channel.CreateBounded<RowBatch>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        var free = Channel.CreateUnbounded<RowBatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        for (var i = 0; i < BatchesInFlight + 2; i++) free.Writer.TryWrite(new RowBatch(columns.Count));

        var producer = Task.Run(() => ProduceAsync(full.Writer, free.Reader, bytesTotal, bytesRead, progress, cancel.Token), cancel.Token);
        try
        {
            using var writer = session.Dialect.CreateStagingWriter(session.Connection, session.Transaction, _staging, columns);
            long busy = 0;
            await foreach (var batch in full.Reader.ReadAllAsync(cancel.Token))
            {
                var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                for (var r = 0; r < batch.Count; r++) writer.Write(batch.Lines[r], batch.Rejected[r], batch.Values[r]);
                busy += System.Diagnostics.Stopwatch.GetTimestamp() - t0;
                free.Writer.TryWrite(batch);
            }
            writer.Complete();
            session.Options.Phase?.Invoke(spec.Name, ParallelPhase + "staging thread busy", System.Diagnostics.Stopwatch.GetElapsedTime(0, busy));
        }
        catch (Exception e)
        {
            await cancel.CancelAsync();
            try
            {
                await producer;
            }
            catch (Exception reading) when (reading is not OperationCanceledException)
            {
                // The reader's failure (a damaged file) is the cause; the writer only stopped because of it.
                ExceptionDispatchInfo.Capture(reading).Throw();
            }
            catch (OperationCanceledException)
            {
            }
            ExceptionDispatchInfo.Capture(e).Throw();
        }
        return await producer;
    }

    private async Task<Staged> ProduceAsync(ChannelWriter<RowBatch> full, ChannelReader<RowBatch> free, long bytesTotal, Func<long> bytesRead, IProgress<LoadProgress>? progress, CancellationToken ct)
    {
        try
        {
            var problems = new List<RowProblem>();
            var dates = spec.Columns.Select((c, i) => (c, i)).Where(x => x.c.Kind == ColumnKind.Date && x.c.Target is not null).Select(x => x.i).ToArray();
            DateOnly? earliest = null;
            int read = 0, rejected = 0;
            var batch = await free.ReadAsync(ct);
            ParsedRow? row;
            long waited = 0;
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            while ((row = reader.ReadRow(problems)) is not null)
            {
                read++;
                var n = batch.Count++;
                batch.Lines[n] = row.LineNumber;
                batch.Rejected[n] = problems.Count > 0;
                Fill(row, batch.Values[n], problems, reader.RowWarned);
                if (problems.Count > 0) rejected++;
                else
                    foreach (var d in dates)
                        if (row[d] is DateOnly date && (earliest is null || date < earliest)) earliest = date;
                if (batch.Count == BatchRows)
                {
                    var t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                    await full.WriteAsync(batch, ct);
                    batch = await free.ReadAsync(ct);
                    batch.Count = 0;
                    waited += System.Diagnostics.Stopwatch.GetTimestamp() - t0;
                }
                if ((read & 0x3FFF) == 0) progress?.Report(new LoadProgress(spec.Name, read, bytesRead(), bytesTotal));
            }
            if (batch.Count > 0) await full.WriteAsync(batch, ct);
            full.Complete();
            session.Options.Phase?.Invoke(spec.Name, ParallelPhase + "reading thread busy",
                System.Diagnostics.Stopwatch.GetElapsedTime(0, System.Diagnostics.Stopwatch.GetTimestamp() - started - waited));
            return new Staged(read, rejected, earliest);
        }
        catch (Exception e)
        {
            full.TryComplete(e);
            throw;
        }
    }

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
            // Only the reason and the key are kept for a bad row: its other values may be half-parsed. The key
            // (a pseudonym) says the record is still at source, so it is not taken as deleted.
            Array.Clear(values);
            for (var c = 0; c < spec.Columns.Count; c++)
                if (spec.Columns[c].IsNaturalKey) values[c] = row[c];
            i = values.Length - 3;
            values[i++] = problems[0].Column;
            values[i++] = Truncate(problems[0].Value, 200);
            values[i] = Truncate(string.Join("; ", problems.Select(p => p.Reason)), 1000);
            return;
        }
        for (; i < spec.Columns.Count; i++) values[i] = row[i];
        for (var c = 0; c < spec.Columns.Count; c++)
            if (spec.Columns[c].DateKeyTarget is not null)
                values[i++] = row[c] is DateOnly d ? Boxes.KeyOf(d) : null;
        foreach (var d in spec.Derived) values[i++] = d.Compute(row);
        values[i++] = Boxes.Of(warned);
        values[i++] = null;
        values[i++] = null;
        values[i] = null;
    }

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];

    // ---- Set-based checks: each marks rows rejected in staging, with the column, the value as shown and the reason.

    private string Ident(string name) => session.Dialect.Quote(name);

    private async Task RejectDuplicatesAsync(CancellationToken ct)
    {
        var keys = spec.KeyColumns.ToList();
        // Most extracts repeat no id: one pass over the staging index says so, and the row-by-row check is skipped.
        var anyRepeated = await session.ScalarAsync($"SELECT COUNT(*) FROM (SELECT 1 AS one FROM {_staging} GROUP BY {string.Join(", ", keys.Select(k => Ident(k.Name)))} HAVING COUNT(*) > 1) d", ct);
        if (anyRepeated == 0) return;
        string SameKey(string other) => string.Join(" AND ", keys.Select(k => $"x.{Ident(k.Name)} = {other}.{Ident(k.Name)}"));
        var keyName = keys[0].Name;
        // Later occurrences are rejected; the first valid occurrence of a key loads.
        await MarkAsync(keyName, $"{_staging}.{Ident(keyName)}",
            session.Dialect.Concat($"'duplicate {keyName}: the same record is on line '", session.Dialect.CastToText($"(SELECT MIN(x.line) FROM {_staging} x WHERE {SameKey(_staging)})")),
            $"EXISTS (SELECT 1 FROM {_staging} x WHERE {SameKey(_staging)} AND x.line < {_staging}.line AND x.rejected = 0)", ct);
    }

    private async Task CreateMissingReferencesAsync(CancellationToken ct)
    {
        foreach (var c in spec.Columns.Where(c => c.Lookup is { Rule: ResolveRule.CreateIfMissing }))
        {
            var dim = session.Entity(c.Lookup!.Entity);
            var nk = dim.Column(c.Lookup.NaturalKeyProperty);
            _otherChanges += await session.ExecuteAsync(
                $"INSERT INTO {dim.Name} ({nk}, {dim.Column("LineageBatchId")}) SELECT DISTINCT s.{Ident(c.Name)}, {session.BatchId} FROM {_staging} s " +
                $"WHERE s.rejected = 0 AND s.{Ident(c.Name)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {dim.Name} d WHERE d.{nk} = s.{Ident(c.Name)})", ct);
        }
    }

    /// <summary>
    /// Teams given by name rather than id (SystemC writes ssd_professionals.prof_professional_department as the
    /// team's name): a value that is no team's id but is one team's name becomes that team's id. Then an optional
    /// reference that resolves to nothing (a team, a referral an assessment follows) loads as unknown, and the value
    /// is counted as a warning; only a required one (the child) rejects the row. In a check the teams are also those
    /// staged earlier from this extract, as a load would have merged them by then.
    /// </summary>
    private async Task ResolveOptionalReferencesAsync(CancellationToken ct)
    {
        foreach (var c in spec.Columns.Where(c => c.Kind == ColumnKind.TeamReference && c.Lookup is not null && !c.IsNaturalKey))
        {
            var org = session.Entity(c.Lookup!.Entity);
            var teams = $"(SELECT o.{org.Column(c.Lookup.NaturalKeyProperty)} AS id, o.{org.Column(nameof(Warehouse.Dimensions.OrganisationUnit.Name))} AS name FROM {org.Name} o" +
                        $"{StagedTeams(c.Lookup.Entity)})";
            var col = $"{_staging}.{Ident(c.Name)}";
            await session.ExecuteAsync(
                $"UPDATE {_staging} SET {Ident(c.Name)} = (SELECT MIN(k.id) FROM {teams} k WHERE LOWER(k.name) = LOWER({col})) " +
                $"WHERE rejected = 0 AND {Ident(c.Name)} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {teams} k WHERE k.id = {col}) " +
                $"AND EXISTS (SELECT 1 FROM {teams} k WHERE LOWER(k.name) = LOWER({col}))", ct);
        }
        foreach (var c in spec.Columns.Where(c => c.Lookup is { Rule: ResolveRule.MustExist } && !c.IsNaturalKey && !c.Required))
        {
            var dim = session.Entity(c.Lookup!.Entity);
            var nk = dim.Column(c.Lookup.NaturalKeyProperty);
            var value = $"{_staging}.{Ident(c.Name)}";
            await WarnUnresolvedAsync(c, $"rejected = 0 AND {value} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {dim.Name} d WHERE d.{nk} = {value}){InThisExtract(c.Lookup.Entity, value)}", ct);
        }
    }

    private async Task WarnUnresolvedAsync(ColumnSpec c, string unresolved, CancellationToken ct)
    {
        var total = 0;
        var firstLine = int.MaxValue;
        await using (var count = session.Command($"SELECT COUNT(*), MIN(line) FROM {_staging} WHERE {unresolved}"))
        await using (var r = await count.ExecuteReaderAsync(ct))
            if (await r.ReadAsync(ct) && !r.IsDBNull(1))
            {
                total = Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
                firstLine = Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
            }
        if (total == 0) return;
        var message = $"{c.Name} not found in {c.Lookup!.Describes} (this extract or the warehouse); the field is loaded as unknown.";
        var listed = 0;
        var warnings = reader.Warnings;
        // Values are pseudonyms or team ids: safe to show. Only the most common few are listed one by one.
        await using (var cmd = session.Command($"SELECT {Ident(c.Name)}, COUNT(*) AS n, MIN(line) AS first FROM {_staging} WHERE {unresolved} GROUP BY {Ident(c.Name)} ORDER BY first LIMIT {TableWarnings.MaxValuesPerColumn}"))
        await using (var r = await cmd.ExecuteReaderAsync(ct))
            while (await r.ReadAsync(ct))
            {
                var n = Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture);
                listed += n;
                warnings.Add(c.Name, WarningKinds.NotFound, c.Kind == ColumnKind.TeamReference ? CouncilTeamList : null, r.GetString(0), n,
                    Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), message);
            }
        if (total > listed) warnings.Add(c.Name, WarningKinds.NotFound, null, TableWarnings.OtherValues, total - listed, firstLine, message);
        await session.ExecuteAsync($"UPDATE {_staging} SET {Ident(WarnedColumn)} = {session.Dialect.True}, {Ident(c.Name)} = NULL WHERE {unresolved}", ct);
    }

    private const string CouncilTeamList = Scorecard.Etl.Mapping.CouncilMapping.TeamList;

    private async Task RejectUnresolvedReferencesAsync(CancellationToken ct)
    {
        foreach (var c in spec.Columns.Where(c => c.Lookup is { Rule: ResolveRule.MustExist } && c.Required))
        {
            // A team id is the key of the department table itself, not a reference there.
            if (c.IsNaturalKey) continue;
            var dim = session.Entity(c.Lookup!.Entity);
            var nk = dim.Column(c.Lookup.NaturalKeyProperty);
            var value = $"{_staging}.{Ident(c.Name)}";
            await MarkAsync(c.Name, value, $"'{c.Name} not found in {c.Lookup.Describes} (this extract or the warehouse)'",
                $"{value} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM {dim.Name} d WHERE d.{nk} = {value}){InThisExtract(c.Lookup.Entity, value)}", ct);
        }
        if (spec.Mode == MergeMode.UpdateExisting)
        {
            var target = session.Entity(spec.Entity);
            var key = spec.KeyColumns.Single();
            var value = $"{_staging}.{Ident(key.Name)}";
            await MarkAsync(key.Name, value, $"'{key.Name} not found in the records this adds to (this extract or the warehouse)'",
                $"NOT EXISTS (SELECT 1 FROM {target.Name} t WHERE t.{target.Column(key.Target!)} = {value}){InThisExtract(spec.Entity, value)}", ct);
        }
    }

    /// <summary>In a check, the teams (id and name) staged earlier from this extract, as a UNION ALL onto the warehouse's.</summary>
    private string StagedTeams(Type entity)
    {
        if (!session.DryRun || !session.Staged.TryGetValue(entity, out var staged) || staged.Keys.Count != 1) return "";
        var name = ExtractContract.Tables.First(t => t.Entity == entity).Columns.First(c => c.Target == nameof(Warehouse.Dimensions.OrganisationUnit.Name)).Name;
        return $" UNION ALL SELECT e.{Ident(staged.Keys[0])}, e.{Ident(name)} FROM {staged.Staging} e WHERE e.rejected = 0";
    }

    /// <summary>In a check nothing is merged, so a reference may also be to a record staged earlier in this extract.</summary>
    private string InThisExtract(Type entity, string value) =>
        session.DryRun && session.Staged.TryGetValue(entity, out var staged) && staged.Keys.Count == 1
            ? $" AND NOT EXISTS (SELECT 1 FROM {staged.Staging} e WHERE e.{Ident(staged.Keys[0])} = {value} AND e.rejected = 0)"
            : "";

    private async Task MarkAsync(string column, string valueExpression, string reasonExpression, string condition, CancellationToken ct) =>
        _rejectedSetBased += await session.ExecuteAsync(
            $"UPDATE {_staging} SET rejected = 1, {Ident(RejectColumn)} = '{column}', {Ident(RejectValue)} = {valueExpression}, {Ident(RejectReason)} = {reasonExpression} " +
            $"WHERE rejected = 0 AND {condition}", ct);

    private async Task<IReadOnlyList<RejectSummary>> SummariseRejectsAsync(CancellationToken ct)
    {
        var list = new List<RejectSummary>();
        await using var cmd = session.Command(
            $"SELECT g.c, g.n, g.first_line, s.{Ident(RejectReason)} FROM (SELECT {Ident(RejectColumn)} AS c, COUNT(*) AS n, MIN(line) AS first_line FROM {_staging} WHERE rejected = 1 GROUP BY {Ident(RejectColumn)}) g " +
            $"JOIN {_staging} s ON s.line = g.first_line ORDER BY g.first_line");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
            list.Add(new RejectSummary(reader.FileName, r.IsDBNull(0) ? null : r.GetString(0), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), r.IsDBNull(3) ? "" : r.GetString(3)));
        return list;
    }

    private async Task WriteRejectsAsync(CancellationToken ct)
    {
        var reject = session.Entity(typeof(Reject));
        await session.ExecuteAsync(
            $"INSERT INTO {reject.Name} ({reject.Column(nameof(Reject.LoadBatchId))}, {reject.Column(nameof(Reject.FileName))}, {reject.Column(nameof(Reject.LineNumber))}, " +
            $"{reject.Column(nameof(Reject.ColumnName))}, {reject.Column(nameof(Reject.Value))}, {reject.Column(nameof(Reject.Reason))}) " +
            $"SELECT {session.BatchId}, @file, s.line, s.{Ident(RejectColumn)}, s.{Ident(RejectValue)}, s.{Ident(RejectReason)} FROM {_staging} s WHERE s.rejected = 1",
            ct, ("@file", reader.FileName));
    }

    // ---- Comparing with the warehouse and merging. Columns the file lacks are never written to existing rows.

    /// <summary>A target column (quoted), the entity property it holds, what the merge writes to it, and whether the file has it.</summary>
    private sealed record Mapped(string Target, string Property, string Value, bool Present);

    private (List<Mapped> Columns, string Joins) Mapping()
    {
        var target = session.Entity(spec.Entity);
        var columns = new List<Mapped>();
        var joins = new System.Text.StringBuilder();
        var n = 0;
        for (var ordinal = 0; ordinal < spec.Columns.Count; ordinal++)
        {
            var c = spec.Columns[ordinal];
            if (c.Target is null) continue;
            var present = reader.HasColumn(ordinal);
            if (c.Lookup is not null && !c.IsNaturalKey)
            {
                var dim = session.Entity(c.Lookup.Entity);
                var alias = $"l{n++}";
                joins.Append($" LEFT JOIN {dim.Name} {alias} ON {alias}.{dim.Column(c.Lookup.NaturalKeyProperty)} = s.{Ident(c.Name)}");
                columns.Add(new Mapped(target.Column(c.Target), c.Target, $"{alias}.{dim.Column(c.Lookup.KeyProperty)}", present));
            }
            else columns.Add(new Mapped(target.Column(c.Target), c.Target, $"s.{Ident(c.Name)}", present));
            if (c.DateKeyTarget is not null) columns.Add(new Mapped(target.Column(c.DateKeyTarget), c.DateKeyTarget, $"s.{Ident("k_" + c.DateKeyTarget)}", present));
        }
        foreach (var d in spec.Derived)
        {
            var present = d.From is null || d.From.All(f => reader.HasColumn(spec.Columns.ToList().FindIndex(c => c.Name == f)));
            columns.Add(new Mapped(target.Column(d.Target), d.Target, $"s.{Ident("d_" + d.Target)}", present));
        }
        return (columns, joins.ToString());
    }

    private List<string> KeyTargets()
    {
        var target = session.Entity(spec.Entity);
        return spec.KeyColumns.Select(k => target.Column(k.Target!)).ToList();
    }

    /// <summary>Valid rows whose key the table does not hold yet: a dry run's count (a load's is <see cref="CompareWithWarehouseAsync"/>'s).</summary>
    private async Task<int> CountNewRowsAsync(CancellationToken ct)
    {
        var target = session.Entity(spec.Entity);
        var keyMatch = string.Join(" AND ", spec.KeyColumns.Select(k => $"t.{target.Column(k.Target!)} = s.{Ident(k.Name)}"));
        return await session.ScalarAsync($"SELECT COUNT(*) FROM {_staging} s WHERE s.rejected = 0 AND NOT EXISTS (SELECT 1 FROM {target.Name} t WHERE {keyMatch})", ct);
    }

    /// <summary>
    /// Valid rows whose record is already in the warehouse, last written by a load of another kind of source (a census
    /// referral an Annex A names again): read before the merge moves their lineage to this batch. A row an earlier load
    /// of the same kind wrote is a re-load, not an overlap. A load counts them in <see cref="CompareWithWarehouseAsync"/>;
    /// a dry run here.
    /// </summary>
    private async Task<int> CountMatchedFromOtherSourcesAsync(CancellationToken ct)
    {
        var target = session.Entity(spec.Entity);
        var batch = session.Entity(typeof(LoadBatch));
        var keyMatch = string.Join(" AND ", spec.KeyColumns.Select(k => $"t.{target.Column(k.Target!)} = s.{Ident(k.Name)}"));
        return await session.ScalarAsync(
            $"SELECT COUNT(*) FROM {_staging} s JOIN {target.Name} t ON {keyMatch} JOIN {batch.Name} b ON b.{batch.Column(nameof(LoadBatch.LoadBatchId))} = t.{target.Column("LineageBatchId")} " +
            $"WHERE s.rejected = 0 AND b.{batch.Column(nameof(LoadBatch.SourceKind))} <> @kind", ct, ("@kind", session.SourceKind));
    }

    /// <summary>The staged rows mapped to target columns, as v0, v1... (for comparing with stored rows).</summary>
    private string SelectMapped(List<Mapped> mapped, string joins) =>
        $"SELECT {string.Join(", ", mapped.Select((m, i) => $"{m.Value} AS {session.Dialect.Quote("v" + i)}"))} FROM {_staging} s{joins} WHERE s.rejected = 0";

    /// <summary>
    /// What a merge writes to column <paramref name="i"/> of an existing row <c>t</c>, given the file's values: the file's
    /// value, except that a value the load worked out itself (its flag set, see <see cref="DerivedColumn.Marks"/>) is
    /// kept where the file has nothing, and its flag with it.
    /// </summary>
    private string Merged(List<Mapped> mapped, int i, Func<int, string> incoming)
    {
        var target = session.Entity(spec.Entity);
        foreach (var d in spec.Derived)
        {
            if (d.Marks is null) continue;
            var (flag, marked) = (target.Column(d.Target), target.Column(d.Marks));
            var m = mapped.FindIndex(x => x.Target == marked);
            if (m < 0 || !mapped[m].Present) continue;
            var isDerived = $"t.{flag} = {session.Dialect.True}";
            if (mapped[i].Target == marked) return $"COALESCE({incoming(i)}, CASE WHEN {isDerived} THEN t.{marked} END)";
            if (mapped[i].Target == flag) return $"CASE WHEN {incoming(m)} IS NULL AND {isDerived} THEN {session.Dialect.True} ELSE {incoming(i)} END";
        }
        return incoming(i);
    }

    /// <summary>
    /// The staged rows joined to the rows already there, and for each column the file has (but the key) the test that
    /// its stored value differs from what a merge writes: what counts as a changed row, in one place.
    /// </summary>
    private (string From, List<(Mapped Column, string Differs)> Compared) ExistingRowsCompared()
    {
        var (mapped, joins) = Mapping();
        var keys = KeyTargets();
        string X(int i) => $"x.{session.Dialect.Quote("v" + i)}";
        var join = string.Join(" AND ", keys.Select(k => $"t.{k} = {X(mapped.FindIndex(m => m.Target == k))}"));
        var compared = mapped.Select((m, i) => (m, i)).Where(p => p.m.Present && !keys.Contains(p.m.Target))
            .Select(p => (p.m, session.Dialect.IsDistinct($"t.{p.m.Target}", Merged(mapped, p.i, X)))).ToList();
        return ($"({SelectMapped(mapped, joins)}) x JOIN {session.Entity(spec.Entity).Name} t ON {join}", compared);
    }

    /// <summary>Existing rows whose stored values differ from the file's, in the columns the file has (what a merge rewrites).</summary>
    private async Task<int> CountChangedAsync(CancellationToken ct)
    {
        var (from, compared) = ExistingRowsCompared();
        if (compared.Count == 0) return 0;
        return await session.ScalarAsync($"SELECT COUNT(*) FROM {from} WHERE {string.Join(" OR ", compared.Select(c => c.Differs))}", ct);
    }

    /// <summary>
    /// The earliest date this table's changes can move a measure from, read off old and new values before
    /// the merge: a new row counts from its earliest date; a changed date from the earlier of old and new;
    /// a changed attribute from the date that dates it. Tables without dates (people, teams) affect every
    /// period when a row changes, and none when rows are only added (their facts carry the dates).
    /// In the same pass over the rows: the properties the load changes in rows already there, as Entity.Property,
    /// with the lineage of the rows it rewrites (none when no stored value differs from what the merge writes; null
    /// when the server gave no answer, which leaves the merge to find out), and the rows last written by another kind
    /// of source (<see cref="CountMatchedFromOtherSourcesAsync"/>), and the rows not there yet (<see cref="CountNewRowsAsync"/>).
    /// </summary>
    /// <param name="holds">The records this source holds in the snapshot's window (<see cref="SnapshotDeletions.Holds"/>): those the rows match are counted.</param>
    private async Task<Comparison> CompareWithWarehouseAsync((string Condition, (string, object?)[] Parameters)? holds, CancellationToken ct)
    {
        var target = session.Entity(spec.Entity);
        var (mapped, joins) = Mapping();
        var targets = mapped.Select(m => m.Target).ToList();
        var keyTargets = KeyTargets();
        var dates = spec.Columns.Where((c, i) => c.Kind == ColumnKind.Date && c.Target is not null && reader.HasColumn(i)).ToList();
        var attributes = spec.Columns.Select((c, i) => (c, i)).Where(x => x.c.Target is not null && !x.c.IsNaturalKey && x.c.Kind != ColumnKind.Date && reader.HasColumn(x.i))
            .Select(x => (Column: target.Column(x.c.Target!), DatedBy: x.c.DatedBy ?? dates.FirstOrDefault()?.Name))
            .Concat(spec.Derived.Where(d => mapped.First(m => m.Target == target.Column(d.Target)).Present).Select(d => (Column: target.Column(d.Target), DatedBy: dates.FirstOrDefault()?.Name)))
            .ToList();
        string X(string targetColumn) => $"x.{session.Dialect.Quote("v" + targets.IndexOf(targetColumn))}";
        string Xi(int i) => X(targets[i]);
        string Written(string targetColumn) => Merged(mapped, targets.IndexOf(targetColumn), Xi);
        string Tc(ColumnSpec c) => target.Column(c.Target!);
        var isNew = $"t.{keyTargets[0]} IS NULL";
        var keyJoin = string.Join(" AND ", keyTargets.Select(k => $"t.{k} = {X(k)}"));

        // Each aggregate over a value worked out a row (MIN of a date, MAX of a flag): the values in a derived table,
        // the aggregates over it, as SQL Server takes no subquery (its IS DISTINCT FROM) inside an aggregate.
        var aggregates = new List<(string Aggregate, string PerRow)>();
        foreach (var d in dates)
        {
            var differs = session.Dialect.IsDistinct($"t.{Tc(d)}", X(Tc(d)));
            aggregates.Add(("MIN", $"CASE WHEN {isNew} OR {differs} THEN {X(Tc(d))} END"));
            aggregates.Add(("MIN", $"CASE WHEN {differs} THEN t.{Tc(d)} END"));
        }
        foreach (var (column, datedBy) in attributes)
        {
            var dc = spec.Columns.FirstOrDefault(c => c.Name == datedBy && dates.Contains(c));
            if (dc is null) continue;
            var differs = $"NOT ({isNew}) AND {session.Dialect.IsDistinct($"t.{column}", Written(column))}";
            aggregates.Add(("MIN", $"CASE WHEN {differs} THEN {X(Tc(dc))} END"));
            aggregates.Add(("MIN", $"CASE WHEN {differs} THEN t.{Tc(dc)} END"));
        }
        // Then one flag a compared column: whether any row already there holds another value than the merge writes.
        var (_, compared) = ExistingRowsCompared();
        var dated = aggregates.Count;
        aggregates.AddRange(compared.Select(c => ("MAX", $"CASE WHEN NOT ({isNew}) AND {c.Differs} THEN 1 ELSE 0 END")));
        // And the rows not there yet, and those last written by another kind of source.
        aggregates.Add(("SUM", $"CASE WHEN {isNew} THEN 1 ELSE 0 END"));
        var batch = session.Entity(typeof(LoadBatch));
        aggregates.Add(("SUM", $"CASE WHEN NOT ({isNew}) AND b.{batch.Column(nameof(LoadBatch.SourceKind))} <> @kind THEN 1 ELSE 0 END"));
        if (holds is not null) aggregates.Add(("SUM", $"CASE WHEN NOT ({isNew}) AND {holds.Value.Condition} THEN 1 ELSE 0 END"));
        string E(int i) => session.Dialect.Quote("e" + i);
        await using var cmd = session.Command(
            $"SELECT {string.Join(", ", aggregates.Select((a, i) => $"{a.Aggregate}(q.{E(i)})"))} FROM (" +
            $"SELECT {string.Join(", ", aggregates.Select((a, i) => $"{a.PerRow} AS {E(i)}"))} FROM ({SelectMapped(mapped, joins)}) x LEFT JOIN {target.Name} t ON {keyJoin} " +
            $"LEFT JOIN {batch.Name} b ON b.{batch.Column(nameof(LoadBatch.LoadBatchId))} = t.{target.Column("LineageBatchId")}) q",
            [.. (holds?.Parameters ?? []).Where(p => p.Item1 != "@kind"), ("@kind", session.SourceKind)]);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return new Comparison(null, null, null, 0, null);
        var changed = compared.Where((_, i) => !r.IsDBNull(dated + i) && Convert.ToInt32(r.GetValue(dated + i), System.Globalization.CultureInfo.InvariantCulture) == 1)
            .Select(c => $"{spec.Entity.Name}.{c.Column.Property}").Distinct().ToList();
        // Without dates only a changed row matters, and it matters to every period.
        var earliest = dates.Count == 0 ? (changed.Count > 0 ? DateOnly.MinValue : null) : LoadSession.EarliestOf(r, dated);
        int Count(int i) => r.IsDBNull(i) ? 0 : Convert.ToInt32(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
        var counts = dated + compared.Count;
        return new Comparison(earliest, changed.Count == 0 ? [] : [.. changed, $"{spec.Entity.Name}.LineageBatchId"], Count(counts), Count(counts + 1),
            holds is null ? null : Count(counts + 2));
    }

    /// <summary>What <see cref="CompareWithWarehouseAsync"/> found (null where the server gave no answer).</summary>
    private sealed record Comparison(DateOnly? Earliest, IReadOnlyList<string>? Changed, int? NewRows, int FromOtherSources, int? MatchedHeld);

    /// <summary>
    /// Into an empty table: rows whose references resolve, in file order; a repeated key keeps its first row.
    /// Returns how many went in.
    /// </summary>
    private async Task<int> InsertFirstAsync(CancellationToken ct)
    {
        var target = session.Entity(spec.Entity);
        var (mapped, joins) = Mapping();
        var resolved = spec.Columns.Where(c => c.Target is not null && c.Lookup is { Rule: ResolveRule.MustExist } && !c.IsNaturalKey)
            .Select(c => $" AND (s.{Ident(c.Name)} IS NULL OR {mapped.First(m => m.Target == target.Column(c.Target!)).Value} IS NOT NULL)");
        return await ExecuteAllAsync(session.Dialect.InsertFirst(Merge(mapped, joins, $"s.rejected = 0{string.Concat(resolved)}")), ct);
    }

    /// <summary>The merge of the staged rows into the target: mapped columns and the lineage, keys, file order.</summary>
    private MergeStatement Merge(List<Mapped> mapped, string joins, string where)
    {
        var target = session.Entity(spec.Entity);
        return new MergeStatement(target.Name,
            [.. mapped.Select(m => m.Target), target.Column("LineageBatchId")],
            [.. mapped.Select(m => m.Value), session.BatchId.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            $"{_staging} s{joins}", where, KeyTargets(), spec.KeyColumns.Select(k => $"s.{Ident(k.Name)}").ToList(), session.Dialect.StagingOrder("s"));
    }

    private async Task<int> ExecuteAllAsync(IEnumerable<string> statements, CancellationToken ct)
    {
        var affected = 0;
        foreach (var sql in statements) affected += await session.ExecuteAsync(sql, ct);
        return affected;
    }

    /// <summary>Inserts new keys and rewrites changed rows; returns how many rows it inserted or changed.</summary>
    private async Task<int> UpsertAsync(CancellationToken ct)
    {
        var target = session.Entity(spec.Entity);
        var keys = KeyTargets();
        var (mapped, joins) = Mapping();
        // Only columns the file has are rewritten, and only rows whose values changed, so an unchanged row
        // keeps the batch that wrote it and a column missing from this extract keeps what an earlier one said.
        var updatable = mapped.Where(m => m.Present && !keys.Contains(m.Target)).Select(m => m.Target).ToList();
        return await ExecuteAllAsync(session.Dialect.Upsert(Merge(mapped, joins, "s.rejected = 0"), updatable, target.Column("LineageBatchId"),
            (column, incoming) => Merged(mapped, mapped.FindIndex(m => m.Target == column), j => incoming(mapped[j].Target))), ct);
    }

    private async Task<int> UpdateExistingAsync(CancellationToken ct)
    {
        var target = session.Entity(spec.Entity);
        var key = spec.KeyColumns.Single();
        var (mapped, joins) = Mapping();
        var keyTarget = target.Column(key.Target!);
        var pairs = mapped.Select((m, i) => (m.Target, m.Present, Merged: Merged(mapped, i, j => $"x.v{j}")))
            .Where(m => m.Target != keyTarget && m.Present).ToList();
        if (pairs.Count == 0) return 0;
        var lineage = target.Column("LineageBatchId");
        var select = string.Join(", ", mapped.Select((m, i) => (m, i)).Where(x => x.m.Present).Select(x => $"{x.m.Value} AS v{x.i}"));
        var sql = session.Dialect.UpdateFrom(target.Name,
            pairs.Select(p => $"{p.Target} = {p.Merged}").Append($"{lineage} = {session.BatchId}"),
            $"SELECT s.{Ident(key.Name)} AS k, {select} FROM {_staging} s{joins} WHERE s.rejected = 0",
            $"t.{keyTarget} = x.k",
            string.Join(" OR ", pairs.Select(p => session.Dialect.IsDistinct($"t.{p.Target}", p.Merged))));
        return await session.ExecuteAsync(sql, ct);
    }

    public async Task DropStagingAsync(CancellationToken ct) => await session.ExecuteAsync($"DROP TABLE IF EXISTS {_staging}", ct);
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
