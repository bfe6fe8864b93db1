using Hangfire;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Api.Jobs;

/// <summary>
/// Recomputes the measure snapshot from whatever has been loaded since the last refresh (incremental). Safe to
/// rerun: the refresh records the batch it reached, so a second run finds nothing to do.
/// </summary>
public sealed class MeasureRefreshJob(WarehouseContextFactory contexts, MeasureOptions options, Microsoft.Extensions.Options.IOptions<JobOptions> jobs, ILogger<MeasureRefreshJob> logger)
{
    public const string RecurringId = "refresh-measures";

    // One refresh at a time: two would each rewrite the same periods. Few retries: a refresh that failed
    // twice needs a person to look at the load, not a third try.
    [DisableConcurrentExecution(timeoutInSeconds: 60 * 60)]
    [AutomaticRetry(Attempts = 1)]
    public async Task RunAsync(CancellationToken ct)
    {
        var result = await new MeasureRefresher(contexts, options, jobs.Value.TargetsPath).RefreshAsync(RefreshMode.Incremental, null, ct);
        logger.LogInformation("Measure refresh: {Message} ({Seconds:N1} s)", result.Message, result.Elapsed.TotalSeconds);
    }
}
