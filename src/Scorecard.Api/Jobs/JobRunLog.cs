using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Api.Jobs;

/// <summary>What a running job reports about itself for its <see cref="JobRun"/> row.</summary>
public sealed class JobRunProgress
{
    public int ItemsLoaded { get; set; }
    public int ItemsFailed { get; set; }
    public string? Message { get; set; }
}

/// <summary>
/// Records each run of a job in the warehouse (Integration.JobRun) as it starts and when it ends, whichever process
/// ran it, so the last runs and /health read one place. A job that throws is recorded as failed and the exception
/// goes on to Hangfire (which retries it) or to the command line.
/// </summary>
public sealed class JobRunLog(WarehouseContextFactory contexts, TimeProvider clock)
{
    public const string Running = "Running", Succeeded = "Succeeded", Failed = "Failed";

    public async Task<T> RunAsync<T>(string job, string trigger, Func<JobRunProgress, CancellationToken, Task<T>> body, CancellationToken ct)
    {
        var run = new JobRun { Job = job, Trigger = trigger, StartedAtUtc = clock.GetUtcNow().UtcDateTime, Status = Running };
        await using (var db = contexts.Create())
        {
            await WarehouseDatabase.MigrateAsync(db, ct);
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }
        var progress = new JobRunProgress();
        try
        {
            var result = await body(progress, ct);
            await FinishAsync(run.JobRunId, Succeeded, progress, progress.Message);
            return result;
        }
        catch (Exception e)
        {
            await FinishAsync(run.JobRunId, Failed, progress, e.Message);
            throw;
        }
    }

    // Not cancellable: a run that was stopped is still recorded as ended.
    private async Task FinishAsync(int id, string status, JobRunProgress progress, string? message)
    {
        var text = message is { Length: > 4000 } ? message[..3997] + "..." : message;
        await using var db = contexts.Create();
        await db.JobRuns.Where(r => r.JobRunId == id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.FinishedAtUtc, clock.GetUtcNow().UtcDateTime)
            .SetProperty(r => r.ItemsLoaded, progress.ItemsLoaded)
            .SetProperty(r => r.ItemsFailed, progress.ItemsFailed)
            .SetProperty(r => r.Message, text), CancellationToken.None);
    }
}
