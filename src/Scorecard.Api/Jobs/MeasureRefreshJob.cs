using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Api.Jobs;

/// <summary>
/// refresh-measures: recomputes the measure snapshot from whatever has been loaded since the last refresh
/// (incremental). Safe to rerun: the refresh records the batch it reached, so a second run finds nothing to do.
/// </summary>
public sealed class MeasureRefreshJob(WarehouseContextFactory contexts, MeasureOptions options, JobSettings settings, JobRunLog runs, ILogger<MeasureRefreshJob> logger)
{
    public const string Id = "refresh-measures";

    public Task<RefreshResult> RunAsync(string trigger, CancellationToken ct) => runs.RunAsync(Id, trigger, async (progress, ct) =>
    {
        var result = await new MeasureRefresher(contexts, options, settings.Packs.TargetsPath).RefreshAsync(RefreshMode.Incremental, null, ct);
        progress.Message = result.Message;
        logger.LogInformation("Measure refresh: {Message} ({Seconds:N1} s)", result.Message, result.Elapsed.TotalSeconds);
        return result;
    }, ct);
}
