using Hangfire;

namespace Scorecard.Api.Jobs;

/// <summary>
/// The jobs as Hangfire runs them: one at a time each (a lock held in the job storage, so across processes too),
/// retried as configured (Scorecard:Jobs:Retries, a global filter), and a load that brought anything new is followed
/// by a refresh. `scorecard jobs run` calls the same jobs without Hangfire.
/// </summary>
public sealed class ScheduledJobs(InboxLoadJob load, MeasureRefreshJob refresh, PackPublishJob packs, IBackgroundJobClient client)
{
    public const string Schedule = "schedule", Administrator = "administrator", AfterLoad = "after a load";

    /// <summary>The job names an administrator or a scheduler uses.</summary>
    public static readonly IReadOnlyList<string> Names = [InboxLoadJob.Id, MeasureRefreshJob.Id, PackPublishJob.Id];

    private const int LockSeconds = 60 * 60;

    [DisableConcurrentExecution(LockSeconds)]
    [JobDisplayName("load-extracts ({0})")]
    public async Task LoadExtractsAsync(string trigger, CancellationToken ct)
    {
        var run = await load.RunAsync(trigger, ct);
        if (run.LoadedAny) client.Enqueue<ScheduledJobs>(j => j.RefreshMeasuresAsync(AfterLoad, CancellationToken.None));
    }

    [DisableConcurrentExecution(LockSeconds)]
    [JobDisplayName("refresh-measures ({0})")]
    public Task RefreshMeasuresAsync(string trigger, CancellationToken ct) => refresh.RunAsync(trigger, ct);

    [DisableConcurrentExecution(LockSeconds)]
    [JobDisplayName("build-packs ({0})")]
    public Task BuildPacksAsync(string trigger, CancellationToken ct) => packs.RunAsync(trigger, ct);

    /// <summary>Queues the named job now; null when there is no such job.</summary>
    public static string? Enqueue(IBackgroundJobClient client, string job, string trigger) => job switch
    {
        InboxLoadJob.Id => client.Enqueue<ScheduledJobs>(j => j.LoadExtractsAsync(trigger, CancellationToken.None)),
        MeasureRefreshJob.Id => client.Enqueue<ScheduledJobs>(j => j.RefreshMeasuresAsync(trigger, CancellationToken.None)),
        PackPublishJob.Id => client.Enqueue<ScheduledJobs>(j => j.BuildPacksAsync(trigger, CancellationToken.None)),
        _ => null,
    };
}
