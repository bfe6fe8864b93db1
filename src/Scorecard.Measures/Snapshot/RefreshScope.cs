using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// What one load since the last refresh changed in one table: from which date, whether it deleted records, and the
/// properties it changed when it only changed values of rows already there (Entity.Property; null: every property).
/// </summary>
public sealed record TableChange(string Table, DateOnly From, bool Deleted, IReadOnlyList<string>? Properties = null);

/// <summary>
/// What a refresh must recompute: everything (a full refresh, a first one, or a changed targets file), or, for each
/// measure, the periods ending on or after the earliest date that loads since the last refresh changed in the
/// records it reads, less its own backward reach. A measure none of whose records changed keeps its stored values.
/// </summary>
public sealed record RefreshScope(bool Full, DateOnly? ChangedFrom, int UpToBatchId, MeasureRefresh? Last)
{
    /// <summary>The tables loads since the last refresh changed, with the earliest date each changed.</summary>
    public IReadOnlyList<TableChange> Changes { get; init; } = [];

    /// <summary>Nothing loaded since the last refresh, and nothing asked of it.</summary>
    public bool UpToDate => !Full && ChangedFrom is null && Last is not null && Last.UpToBatchId >= UpToBatchId;

    /// <summary>
    /// Periods ending on or after this are recomputed for <paramref name="measure"/>: the earliest date changed in
    /// a table whose records it reads, in a property it reads (a table this refresh cannot place changes everything;
    /// a load that added or deleted rows, or could not say which properties it changed, changes every property of the
    /// records it was merged into), less the days after a
    /// period's end during which later records can still change its value (<see cref="MeasureDefinition.SettlesAfter"/>:
    /// a referral makes a step-up of an episode ended up to 30 days before it, a TAF meeting counts for an episode
    /// started up to 42 days before it). MaxValue when no load touched what it reads.
    /// </summary>
    public DateOnly From(MeasureDefinition measure, IModel model, RecordsRead read, MeasureOptions options)
    {
        if (Full) return DateOnly.MinValue;
        // A change dated D moves the periods ending from D on, or, for a measure whose periods reach back from their
        // end, from the first period the record can count in (MeasureDefinition.FirstCountsAfter). Past the last
        // period, the measure keeps its values (the refresh finds no period of it to redo). A plain loop: a process's
        // first incremental refresh compiles this, and written with LINQ over tuples it compiled some fifty methods more.
        DateOnly? earliest = null;
        foreach (var c in Changes)
        {
            var later = 0;
            if (LoadedTables.Changed(model, c.Table, c.Deleted, c.Properties) is { } records)
            {
                later = int.MaxValue;
                foreach (var (record, properties) in records)
                    if (read.Reads(record, properties)) later = Math.Min(later, measure.FirstCountsAfterDays(options, record));
                if (later == int.MaxValue) continue;
            }
            var from = Moved(c.From, -later);
            if (earliest is null || from < earliest) earliest = from;
        }
        return earliest is { } changed ? Moved(changed, measure.SettlesAfterDays(options)) : DateOnly.MaxValue;
    }

    /// <summary><paramref name="date"/> less <paramref name="days"/> (more when negative), within the calendar.</summary>
    private static DateOnly Moved(DateOnly date, int days) =>
        date.DayNumber - days <= 0 ? DateOnly.MinValue
        : date.DayNumber - days >= DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue.AddDays(-1)
        : date.AddDays(-days);

    /// <summary>Null when nothing has been loaded yet.</summary>
    public static async Task<RefreshScope?> PlanAsync(WarehouseContext db, RefreshMode mode, string targetsHash, CancellationToken ct)
    {
        var latestBatch = await db.LoadBatches.Where(b => b.Status == LoadStatus.Succeeded).MaxAsync(b => (int?)b.LoadBatchId, ct);
        if (latestBatch is null) return null;
        var last = await db.MeasureRefreshes.Where(r => r.FinishedAtUtc != null).OrderByDescending(r => r.MeasureRefreshId).FirstOrDefaultAsync(ct);
        if (mode == RefreshMode.Full || last is null || last.TargetsHash != targetsHash)
            return new RefreshScope(true, null, latestBatch.Value, last);
        if (last.UpToBatchId >= latestBatch) return new RefreshScope(false, null, latestBatch.Value, last);
        var affected = await (from t in db.LoadBatchTables
                              join b in db.LoadBatches on t.LoadBatchId equals b.LoadBatchId
                              where b.LoadBatchId > last.UpToBatchId && b.Status == LoadStatus.Succeeded && t.EarliestAffectedDate != null
                              select new { t.TableName, t.EarliestAffectedDate, t.RowsDeleted, t.ChangedProperties }).ToListAsync(ct);
        // A load that cannot say what it changed (DateOnly.MinValue) makes the refresh a full one.
        return affected.Any(a => a.EarliestAffectedDate == DateOnly.MinValue)
            ? new RefreshScope(true, null, latestBatch.Value, last)
            : new RefreshScope(false, affected.Min(a => a.EarliestAffectedDate), latestBatch.Value, last)
            {
                Changes = affected.Select(a => new TableChange(a.TableName, a.EarliestAffectedDate!.Value, a.RowsDeleted > 0,
                    a.ChangedProperties?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))).ToList(),
            };
    }
}
