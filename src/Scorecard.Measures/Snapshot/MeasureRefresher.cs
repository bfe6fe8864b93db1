using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Measures.Targets;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

public enum RefreshMode
{
    /// <summary>Recompute only the periods that loads since the last refresh can have changed.</summary>
    Incremental,
    Full,
}

public sealed record RefreshResult(
    string Kind,
    int PeriodsRecomputed,
    int PeriodsTotal,
    DateOnly? RecomputedFrom,
    int ValuesWritten,
    int UpToBatchId,
    IReadOnlyList<string> UnavailableMeasures,
    string Message,
    TimeSpan Elapsed)
{
    /// <summary>Seconds spent computing each measure (for the benchmark and for finding a slow one).</summary>
    public IReadOnlyDictionary<string, double> SecondsPerMeasure { get; init; } = new Dictionary<string, double>();
    /// <summary>Wall time of the phases: reference rows and scope, computing, writing the snapshot, publishing it.</summary>
    public (double Prepare, double Compute, double Write, double Publish) PhaseSeconds { get; init; }
    /// <summary>Cells written to each audience's published table.</summary>
    public int CellsPublished { get; init; }
    /// <summary>Rows written to the episodes open at period end, and the seconds it took (part of the compute phase: beside the first measures, or before them when SQLite writes the whole table).</summary>
    public (int Rows, double Seconds) OpenAtPeriodEnd { get; init; }
    /// <summary>The measures recomputed (an incremental refresh leaves those whose records no load changed as they were).</summary>
    public IReadOnlyList<string> MeasuresRecomputed { get; init; } = [];
}

/// <summary>Measures recomputed from the same date, and the periods that are then theirs to redo.</summary>
internal sealed record ScopeGroup(IReadOnlyList<MeasureDefinition> Measures, IReadOnlyList<Period> Periods)
{
    public HashSet<int> Keys { get; } = Periods.Select(p => p.PeriodKey).ToHashSet();
}

/// <summary>
/// Refreshes the measure snapshot and what is published from it, in one transaction. Each step is its own piece:
/// which periods to redo (<see cref="RefreshScope"/>), the reference rows (<see cref="PeriodDimension"/>,
/// <see cref="CatalogueSync"/>, <see cref="TargetSync"/>), the queries (<see cref="MeasureComputation"/>), the
/// values with their targets, RAG and direction (<see cref="ValueShaping"/>), provisional flags
/// (<see cref="ProvisionalFlags"/>) and the published tables (<see cref="SnapshotPublisher"/>).
/// </summary>
public sealed class MeasureRefresher(WarehouseContextFactory contexts, MeasureOptions options, string targetsPath)
{
    public async Task<RefreshResult> RefreshAsync(RefreshMode mode = RefreshMode.Incremental, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await using var db = contexts.Create();
        await WarehouseDatabase.MigrateAsync(db, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var targetsHash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(targetsPath, ct)));
        var plan = await RefreshScope.PlanAsync(db, mode, targetsHash, ct);
        if (plan is null)
            return new RefreshResult("None", 0, 0, null, 0, 0, [], "Nothing has been loaded yet: load an extract first.", clock.Elapsed);
        if (plan.UpToDate)
            return new RefreshResult("None", 0, await db.Periods.CountAsync(ct), null, 0, plan.UpToBatchId, [], $"Up to date: nothing loaded since batch {plan.Last!.UpToBatchId}.", clock.Elapsed);
        var targetFile = TargetFile.Read(targetsPath);

        var units = await db.OrganisationUnits.AsNoTracking().ToListAsync(ct);
        var authority = units.FirstOrDefault(u => u.OrgUnitId == OrganisationUnit.AuthorityId)?.OrgUnitKey
            ?? throw new InvalidOperationException("The warehouse has no authority unit: load an extract first.");
        var (firstDate, asOf) = await DataRange.ReadAsync(db, ct);

        // Reference rows first, committed, so the parallel readers below see the periods they compute.
        List<Period> periods;
        HashSet<int> created;
        int dropped;
        CatalogueSync.Result catalogue;
        TargetBook targets;
        await using (var sync = await db.Database.BeginTransactionAsync(ct))
        {
            dropped = await PeriodDimension.DropUnreachedAsync(db, asOf, ct);
            (periods, created) = await PeriodDimension.SyncAsync(db, firstDate, asOf, ct);
            catalogue = await CatalogueSync.SyncAsync(db, options, ct);
            targets = await TargetSync.SyncAsync(db, targetFile, authority, ct);
            await sync.CommitAsync(ct);
        }
        // A measure that became available (or stopped being) is redone in every period, not only those loads touched;
        // new periods are computed for every measure. Periods the data no longer reaches take a full refresh too: only
        // it takes their values and published cells out.
        var full = plan.Full || catalogue.AvailabilityChanged || dropped > 0;
        var createdFrom = created.Count > 0 ? periods.Where(p => created.Contains(p.PeriodKey)).Min(p => p.EndDate) : DateOnly.MaxValue;
        var fromOf = MeasureCatalogue.All.ToDictionary(m => m.Code, m => full ? DateOnly.MinValue
            : new[] { plan.From(m, db.Model, MeasureSources.RecordsRead(db, m), options), createdFrom }.Min());
        var ownFrom = new Dictionary<string, DateOnly>(fromOf);
        RedoneWithTheirCounts(fromOf);
        // Measures redone from the same date share their periods, comparators and "not available" periods.
        var groups = MeasureCatalogue.All.Where(m => fromOf[m.Code] != DateOnly.MaxValue).GroupBy(m => fromOf[m.Code])
            .Select(g => new ScopeGroup(g.ToList(), periods.Where(p => p.EndDate >= g.Key).ToList()))
            .Where(g => g.Periods.Count > 0).ToList();
        var scopeFrom = groups.Count == 0 ? DateOnly.MaxValue : groups.Min(g => fromOf[g.Measures[0].Code]);
        var scope = periods.Where(p => p.EndDate >= scopeFrom).ToList();
        var groupOf = groups.SelectMany(g => g.Measures.Select(m => (m.Code, g))).ToDictionary(x => x.Code, x => x.g);
        var recomputed = groups.SelectMany(g => g.Measures).Select(m => m.Code).ToHashSet();

        // The episodes open at each end date that a measure counted at period end recomputes, written and committed
        // before the readers below count them. A warehouse whose table was never written (made before it existed) has
        // it written whole at its first refresh, whatever that redoes, so that drill-through finds every end date.
        var readsOpen = MeasureCatalogue.All.Where(m => MeasureSources.EntitiesRead(db, m).Contains(typeof(EarlyHelpOpenAtPeriodEnd)))
            .Select(m => m.Code).ToHashSet(StringComparer.Ordinal);
        var openFrom = groups.SelectMany(g => g.Measures).Where(m => readsOpen.Contains(m.Code))
            .Select(m => fromOf[m.Code]).DefaultIfEmpty(DateOnly.MaxValue).Min();
        if (!full && !await PlainSql.AnyAsync<EarlyHelpOpenAtPeriodEnd>(db, ct) && await PlainSql.AnyAsync<Warehouse.Facts.EarlyHelpEpisode>(db, ct)) openFrom = DateOnly.MinValue;
        var prepared = clock.Elapsed;
        var openRows = 0;
        var openSeconds = 0.0;
        async Task WriteOpenAsync()
        {
            var openClock = Stopwatch.StartNew();
            await using (var open = await db.Database.BeginTransactionAsync(ct))
            {
                openRows = await OpenAtPeriodEnd.RebuildAsync(db, openFrom, ct);
                await open.CommitAsync(ct);
            }
            await OpenAtPeriodEnd.TidyAsync(db, openFrom, ct);
            openSeconds = openClock.Elapsed.TotalSeconds;
        }
        // They are written on this refresh's own connection while the measures that do not read them are computed on
        // theirs. On a database server the statement kept one of the server's cores busy and the others idle (2.2 s for
        // the whole table of the 40,000-child council on PostgreSQL); in an incremental refresh it is a wait of a few
        // hundredths of a second before any measure, a tenth of the refresh. SQLite writes the whole table first: its
        // readers run in this process, on the cores the measures already fill, and in alternating runs the full refresh
        // took more CPU seconds with that write beside them (21.4 and 19.4 against 19.3 and 16.9 in two pairs of three)
        // and no less time.
        var openWritten = Task.CompletedTask;
        if (openFrom == DateOnly.MinValue && db.Database.IsSqlite()) await WriteOpenAsync();
        else if (openFrom != DateOnly.MaxValue) openWritten = Task.Run(WriteOpenAsync, CancellationToken.None);
        // What is stored for the periods redone (to compare with, and to find what did not change) is read on this
        // refresh's own connection, once it has written the open episodes, while the measures are computed on theirs:
        // read after them, it kept the writing waiting (half of an incremental refresh's writing phase, 0.5-0.9 s of a
        // full refresh of a refreshed warehouse), and the measures leave a core idle part of the time. Nothing writes
        // the snapshot before the writing phase.
        async Task<Dictionary<ScopeGroup, UnchangedValues.Stored>> ReadStoredAsync()
        {
            await openWritten;
            var read = new Dictionary<ScopeGroup, UnchangedValues.Stored>();
            foreach (var group in groups) read[group] = await UnchangedValues.ReadAsync(db, periods, group, ct);
            return read;
        }
        // On another thread: SQLite's statements run on the caller's, asynchronous or not.
        var storedRead = Task.Run(ReadStoredAsync, CancellationToken.None);
        var available = MeasureCatalogue.All.Where(m => !catalogue.Unavailable.ContainsKey(m.Code) && groupOf.ContainsKey(m.Code)).ToList();
        // A count redone only because a percentage takes its denominators from it (EH02 for EH11 after closures), no load
        // having changed what it reads, is what is stored: its rows are taken from the values read for comparing rather
        // than counted again. Not a count some of whose sources cannot express what it needs (its availability is worked
        // out from the loads, apart from its values).
        var countsAsStored = available.Where(m => ownFrom[m.Code] == DateOnly.MaxValue && m.NeedsFields.Count == 0)
            .ToDictionary(m => m.Code, async m => UnchangedValues.CountRows((await storedRead)[groupOf[m.Code]], groupOf[m.Code], m.Code));
        // A failure of the write is the one the measures waiting for it report.
        var (computed, timings) = await Beside.WhileAsync(storedRead, async () => available.Count > 0
            ? await new MeasureComputation(contexts, options).RunAsync(available, m => (fromOf[m.Code], groupOf[m.Code].Periods.Min(p => p.StartDate)), authority, progress, ct,
                new Prerequisite(openWritten, readsOpen), periods.Select(p => p.PeriodKey).ToHashSet(), countsAsStored)
            : (new ConcurrentDictionary<string, List<MeasureRow>>(), new ConcurrentDictionary<string, double>()));
        await openWritten;
        var storedOf = await storedRead;

        var computedAt = clock.Elapsed;
        var periodByKey = periods.ToDictionary(p => p.PeriodKey);
        var refreshedAt = DateTime.UtcNow;
        var values = new List<MeasureValue>();
        var gaps = new Dictionary<string, Dictionary<int, string>>();
        var stored = new Dictionary<(int, string), HashSet<UnchangedValues.Said>>();
        foreach (var group in groups)
        {
            var read = storedOf[group];
            foreach (var (pair, cells) in read.InScope) stored[pair] = cells;
            var shaping = new ValueShaping(periodByKey, group.Periods, units, targets, read.Comparators, options, asOf);
            // Not available from this source: a measure whose tables were never loaded, in every period; one whose records
            // came, for some periods, from a source that cannot express what it needs, in those periods.
            var groupFrom = fromOf[group.Measures[0].Code];
            foreach (var (code, gap) in await Availability.GapsAsync(db, db.Periods.Where(p => p.EndDate >= groupFrom), group.Measures.Where(m => computed.ContainsKey(m.Code)), ct))
                gaps[code] = gap;
            foreach (var measure in group.Measures.Where(m => computed.ContainsKey(m.Code) || catalogue.Unavailable.ContainsKey(m.Code)))
            {
                var notAvailable = catalogue.Unavailable.TryGetValue(measure.Code, out var why)
                    ? group.Periods.ToDictionary(p => p.PeriodKey, _ => why)
                    : gaps.GetValueOrDefault(measure.Code) ?? [];
                values.AddRange(shaping.Shape(measure, computed.GetValueOrDefault(measure.Code) ?? [], notAvailable, refreshedAt, plan.UpToBatchId));
            }
        }

        // What was recomputed to the values stored is left as it is, in the snapshot and in both published tables, by a
        // full refresh as by an incremental one: one path, whose statements and code a process has compiled by its first
        // incremental refresh, and a full refresh of a refreshed warehouse rewrites only the values that moved.
        var unchanged = UnchangedValues.Find(groups, values, stored);
        List<MeasureValue> asStored = [];
        if (unchanged.Count > 0)
        {
            asStored = values.Where(v => unchanged.Contains((v.PeriodKey, v.MeasureCode))).ToList();
            values = values.Where(v => !unchanged.Contains((v.PeriodKey, v.MeasureCode))).ToList();
        }
        var kept = unchanged.Sum(pair => stored.GetValueOrDefault(pair)?.Count ?? 0);

        // SQLite: the snapshot and both published tables go in one transaction; a 64 MiB page cache keeps their index
        // pages in memory rather than spilling them to the log and reading them back (the default is 2 MiB). The
        // connection goes back to the pool with the default.
        var sqlite = db.Database.IsSqlite();
        if (sqlite)
        {
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536;", ct);
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var written = 0;
        if (groups.Count > 0)
        {
            // A full refresh leaves nothing it did not make or keep: the values of periods the data no longer reaches and
            // of measures no longer in the catalogue go (the statement is a full refresh's alone).
            if (full)
            {
                var inScope = periods.Select(p => p.PeriodKey).ToList();
                var catalogued = MeasureCatalogue.All.Select(m => m.Code).ToList();
                await db.MeasureValues.Where(v => !inScope.Contains(v.PeriodKey) || !catalogued.Contains(v.MeasureCode)).ExecuteDeleteAsync(ct);
            }
            // By the periods' keys, which the snapshot's period index finds (looked up in the period table, every stored
            // value was read to find the few an incremental refresh replaces), and by measure where only some were redone;
            // periods with the same measures redone to new values share a statement.
            foreach (var group in groups)
            {
                var codes = group.Measures.Select(m => m.Code).ToList();
                foreach (var part in group.Periods.Select(p => (p.PeriodKey, Codes: codes.Where(c => !unchanged.Contains((p.PeriodKey, c))).ToList()))
                             .Where(x => x.Codes.Count > 0).GroupBy(x => string.Join(",", x.Codes)))
                {
                    var keys = part.Select(x => (object)x.PeriodKey).ToList();
                    var redo = part.First().Codes;
                    if (redo.Count == MeasureCatalogue.All.Count) await PlainSql.DeleteWhereInAsync<MeasureValue>(db, ct, (nameof(MeasureValue.PeriodKey), keys));
                    else await PlainSql.DeleteWhereInAsync<MeasureValue>(db, ct, (nameof(MeasureValue.PeriodKey), keys), (nameof(MeasureValue.MeasureCode), redo));
                }
            }
            written = await BulkInsert.InsertAsync(db, values, ct);
        }
        // Provisional flags move on with the data in every period and measure, not only those recomputed (a full refresh
        // has just made every one's as of today, and kept only values whose flags were already those). The last refresh
        // left every flag as of its data's date, unless the settling windows have changed since (the catalogue's rows
        // hold them).
        var settling = full ? [] : await ProvisionalFlags.UpdateAsync(db, options, periods, catalogue.Changed ? null : plan.Last?.DataAsOf, asOf, ct);

        var writtenAt = clock.Elapsed;
        // Published cells follow the values recomputed, and the periods whose provisional state or completeness the
        // new data moved, though their values did not change (every measure of those).
        var republish = settling.Union(created)
            .Union(ProvisionalFlags.PeriodsCrossingSettlement(periods, options, plan.Last?.DataAsOf, asOf))
            .Union(PeriodDimension.CompletedBetween(periods, plan.Last?.DataAsOf, asOf)).ToHashSet();
        var redone = groups.SelectMany(g => g.Periods.SelectMany(p => g.Measures.Select(m => (p.PeriodKey, m.Code)))).Where(x => !unchanged.Contains(x))
            .GroupBy(x => x.PeriodKey).ToDictionary(x => x.Key, x => (IReadOnlySet<string>)x.Select(y => y.Code).ToHashSet(StringComparer.Ordinal));
        var published = await new SnapshotPublisher(options).PublishAsync(db,
            new PublishInput(periods, full || catalogue.Changed ? null : republish, values, redone, asStored, asOf, refreshedAt, plan.UpToBatchId), ct);

        var kind = full ? "Full" : "Incremental";
        var message = scope.Count == 0
            ? $"{kind} refresh: batches since {plan.Last?.UpToBatchId} changed nothing a measure counts; no period recomputed."
            : full
                ? $"Full refresh: {scope.Count} periods, {written:N0} values written{(kept > 0 ? $" and {kept:N0} kept as stored" : "")} ({available.Count} measures available{(gaps.Count > 0 ? $"; {string.Join(", ", gaps.Keys.Order())} not available from this source in some periods" : "")})."
                : $"Incremental refresh: {scope.Count} of {periods.Count} periods recomputed (periods ending on or after {scopeFrom:yyyy-MM-dd}) for {recomputed.Count} of {MeasureCatalogue.All.Count} measures " +
                  $"(those reading records that changed{(recomputed.Count < MeasureCatalogue.All.Count ? $"; {string.Join(", ", MeasureCatalogue.All.Where(m => !recomputed.Contains(m.Code)).Select(m => m.Code))} kept as they were" : "")}), " +
                  $"because batches {plan.Last!.UpToBatchId + 1}-{plan.UpToBatchId} changed records dated from {plan.ChangedFrom:yyyy-MM-dd}; {written:N0} values written.";
        db.MeasureRefreshes.Add(new MeasureRefresh
        {
            StartedAtUtc = DateTime.UtcNow - clock.Elapsed, FinishedAtUtc = DateTime.UtcNow, Kind = kind, UpToBatchId = plan.UpToBatchId,
            RecomputedFrom = full ? null : scopeFrom == DateOnly.MaxValue ? null : scopeFrom, PeriodsRecomputed = scope.Count, ValuesWritten = written,
            TargetsHash = targetsHash, DataAsOf = asOf, Message = message,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000;", ct);
        return new RefreshResult(kind, scope.Count, periods.Count, full ? null : scopeFrom, written, plan.UpToBatchId,
            catalogue.Unavailable.Keys.Order().ToList(), message, clock.Elapsed)
        {
            SecondsPerMeasure = new Dictionary<string, double>(timings),
            MeasuresRecomputed = MeasureCatalogue.All.Where(m => recomputed.Contains(m.Code)).Select(m => m.Code).ToList(),
            PhaseSeconds = (prepared.TotalSeconds, (computedAt - prepared).TotalSeconds, (writtenAt - computedAt).TotalSeconds, (clock.Elapsed - writtenAt).TotalSeconds),
            CellsPublished = published,
            OpenAtPeriodEnd = (openRows, openSeconds),
        };
    }

    /// <summary>
    /// A percentage that takes its denominators from the count it names (<see cref="MeasureComputation.NumeratorOnly"/>:
    /// EH11's are EH02's starts, EH17's EH03's closures) is redone with that count, both from the earlier of their two
    /// dates, so it is always counted the one way, numerator only, as a full refresh counts it. Redone apart (a closure
    /// moves EH11 and not EH02), it counted its own denominators, a second query shape that only an incremental refresh
    /// sent and every process compiled at its first one, for the same work as the count's own query. The count's values
    /// come out as stored and are not written again (<see cref="UnchangedValues"/>).
    /// </summary>
    internal static void RedoneWithTheirCounts(Dictionary<string, DateOnly> fromOf)
    {
        var pairs = MeasureCatalogue.All.Where(m => m.DenominatorIs is { } count && MeasureComputation.NumeratorOnly(m, new HashSet<string> { count }))
            .Select(m => (m.Code, Count: m.DenominatorIs!)).ToList();
        // A percentage not redone leaves its count as it is (EH16, with EH02 redone for EH11). Until no pair differs:
        // several percentages name one count (EH05, EH13A and EH13B take EH01's).
        while (pairs.FirstOrDefault(p => fromOf[p.Code] != DateOnly.MaxValue && fromOf[p.Code] != fromOf[p.Count]) is ({ } code, { } count))
            fromOf[code] = fromOf[count] = new[] { fromOf[code], fromOf[count] }.Min();
    }
}
