using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// Which periods a refresh must recompute: all of them (a full refresh, a first one, or a changed targets file),
/// or those ending on or after the earliest date that loads since the last refresh changed, less the measures'
/// longest backward reach.
/// </summary>
public sealed record RefreshScope(bool Full, DateOnly? ChangedFrom, int UpToBatchId, MeasureRefresh? Last)
{
    /// <summary>Nothing loaded since the last refresh, and nothing asked of it.</summary>
    public bool UpToDate => !Full && ChangedFrom is null && Last is not null && Last.UpToBatchId >= UpToBatchId;

    /// <summary>Periods ending on or after this are recomputed; MaxValue when loads changed nothing a measure counts.</summary>
    public DateOnly From(MeasureOptions options) =>
        Full ? DateOnly.MinValue : ChangedFrom is { } c ? c.AddDays(-BackwardReachDays(options)) : DateOnly.MaxValue;

    /// <summary>
    /// How far before a changed date a measure can move: a TAF meeting counts for an episode started up to
    /// 42 days earlier, a referral for a step-up from an episode ended up to 30 days earlier.
    /// </summary>
    public static int BackwardReachDays(MeasureOptions options) => Math.Max(options.StepWindowDays, options.FirstTafDays);

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
                              select t.EarliestAffectedDate).ToListAsync(ct);
        // A load that cannot say what it changed (DateOnly.MinValue) makes the refresh a full one.
        return affected.Contains(DateOnly.MinValue)
            ? new RefreshScope(true, null, latestBatch.Value, last)
            : new RefreshScope(false, affected.Min(), latestBatch.Value, last);
    }
}
