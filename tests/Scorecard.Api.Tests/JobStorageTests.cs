using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scorecard.Api.Jobs;
using Scorecard.Api.Warehouse;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Api.Tests;

/// <summary>
/// Hangfire's own path with shared job storage: a worker (the Hangfire server and schedules, no feed) and, apart from
/// it, a client with its own storage instance on the same store, as a feed in another process has. A job the client
/// queues is run by the worker, the load is followed by the refresh it queues, and both are in the warehouse's JobRun.
/// In the feed's collection because Hangfire's retry filter is process-wide and the retry test counts attempts.
/// </summary>
[Collection(FeedCollection.Name)]
public class JobStorageTests
{
    private static readonly Dictionary<string, string?> WorkerSettings = new()
    {
        ["Scorecard:Jobs:Enabled"] = "true",
        ["Scorecard:Jobs:Retries"] = "0",
        // Only what the test queues runs while it watches.
        ["Scorecard:Jobs:LoadCron"] = "0 0 1 1 *",
        ["Scorecard:Jobs:RefreshCron"] = "0 0 1 1 *",
        ["Scorecard:Jobs:PacksCron"] = "0 0 1 1 *",
    };

    [Fact]
    public async Task SharedSqliteStorage_AJobQueuedByAClient_IsRunByTheWorker_FromAFileBesideTheWarehouse()
    {
        using var bench = new JobBench(new Dictionary<string, string?>(WorkerSettings) { ["Scorecard:Jobs:Storage"] = "Shared" });
        var warehouse = new WarehouseOptions { Provider = WarehouseProvider.Sqlite, ConnectionString = bench.DatabasePath };
        await RunThroughHangfireAsync(bench, () =>
        {
            File.Exists(bench.DatabasePath + ".jobs.db").ShouldBeTrue("the worker made its store beside the warehouse");
            var client = JobsRegistration.CreateStorage(warehouse, new JobOptions { Storage = JobStorageKind.Shared }).ShouldBeOfType<SQLiteStorage>();
            // The package opens its connections with NoMutex, and its distributed lock renews itself from a timer on
            // the connection of the job holding the lock, so that connection can be used by two threads at once.
            // Scorecard opens them serialized (JobsRegistration.SqliteJobStoreConnections): they keep their mutex in a
            // process in multi-thread mode, as this one is unless its environment says otherwise. (Checked while the
            // worker runs: the package logs through the host's logger factory, so not outside a host.)
            using (var context = client.CreateAndOpenConnection())
                SqliteThreading.ModeOf(context.Database.Handle).ShouldBe(SqliteThreadingMode.Serialized);
            using (var theirs = new SQLiteStorage(bench.DatabasePath + ".theirs.jobs.db", new SQLiteStorageOptions()))
            using (var context = theirs.CreateAndOpenConnection())
                SqliteThreading.ModeOf(context.Database.Handle).ShouldBe(SqliteThreadingMode.MultiThread, "the package's own connections have no mutex");
            return client;
        });
    }

    [Fact]
    public void Storage_IsInMemoryByDefaultWithSqlite_SharedWhenConfiguredOrWithAServer()
    {
        var warehouse = new WarehouseOptions { Provider = WarehouseProvider.Sqlite, ConnectionString = Path.Combine(Path.GetTempPath(), $"scorecard-{Guid.NewGuid():N}.db") };
        JobsRegistration.StorageKind(warehouse, new JobOptions()).ShouldBe(JobStorageKind.Memory);
        JobsRegistration.StorageKind(warehouse, new JobOptions { Storage = JobStorageKind.Shared }).ShouldBe(JobStorageKind.Shared);
        JobsRegistration.StorageKind(new WarehouseOptions { Provider = WarehouseProvider.PostgreSql }, new JobOptions()).ShouldBe(JobStorageKind.Shared);
        JobsRegistration.SqliteJobStorePath(warehouse).ShouldBe(warehouse.ConnectionString + ".jobs.db");
        var memory = new WarehouseOptions { Provider = WarehouseProvider.Sqlite, ConnectionString = "Data Source=:memory:" };
        Should.Throw<InvalidOperationException>(() => JobsRegistration.SqliteJobStorePath(memory)).Message.ShouldContain("Scorecard:Jobs:Storage");
    }

    [PostgresFact]
    public async Task PostgreSqlStorage_AJobQueuedByAClient_IsRunByTheWorker_ThroughHangfire()
    {
        await using var server = await PostgresTestWarehouse.CreateAsync();
        // Storage left unset: with a server warehouse the queue is shared, in that server.
        using var bench = new JobBench(new Dictionary<string, string?>(WorkerSettings)
        {
            ["Scorecard:Warehouse:Provider"] = "PostgreSql",
            ["Scorecard:Warehouse:ConnectionString"] = server.ConnectionString,
        });
        var warehouse = new WarehouseOptions { Provider = WarehouseProvider.PostgreSql, ConnectionString = server.ConnectionString };
        await RunThroughHangfireAsync(bench, () => JobsRegistration.CreateStorage(warehouse, new JobOptions()).ShouldBeOfType<PostgreSqlStorage>());
    }

    /// <summary>
    /// The client's storage is made once the worker runs: Hangfire logs through the last host that configured it (a
    /// process-wide setting), and in this test process earlier hosts have been disposed.
    /// </summary>
    private static async Task RunThroughHangfireAsync(JobBench bench, Func<JobStorage> createClient)
    {
        // Arrived an hour ago, so the worker's real clock sees it settled.
        var extract = bench.Arrive("extract-2026-11-30");
        foreach (var file in Directory.EnumerateFiles(extract)) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        Directory.SetLastWriteTimeUtc(extract, DateTime.UtcNow.AddHours(-1));

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = bench.Folder });
        builder.Configuration.AddInMemoryCollection(bench.Settings);
        builder.AddScorecardWarehouse();
        builder.AddScorecardJobs();
        using var worker = builder.Build();
        // A council's warehouse exists before its worker starts (`scorecard load` made it).
        await using (var db = bench.Contexts.Create()) await WarehouseDatabase.MigrateAsync(db);
        await worker.StartAsync();
        var client = createClient();
        try
        {
            worker.Services.GetRequiredService<JobStorage>().ShouldNotBeSameAs(client);
            var jobId = ScheduledJobs.Enqueue(new BackgroundJobClient(client), InboxLoadJob.Id, ScheduledJobs.Administrator).ShouldNotBeNull();

            // Polled through the client's storage until the job settles and the refresh it queued has run (bounded; no
            // assumed duration).
            var monitor = client.GetMonitoringApi();
            var deadline = DateTime.UtcNow.AddSeconds(180);
            string? state = null;
            List<JobRun> runs = [];
            while (DateTime.UtcNow < deadline && !(state is "Succeeded" or "Failed" && runs.Any(r => r.Job == MeasureRefreshJob.Id && r.FinishedAtUtc != null)))
            {
                await Task.Delay(250);
                state = monitor.JobDetails(jobId)?.History.FirstOrDefault()?.StateName;
                await using var db = bench.Contexts.Create();
                runs = await db.JobRuns.OrderBy(r => r.JobRunId).ToListAsync();
            }
            state.ShouldBe("Succeeded");

            // The client has no server: the one server the store knows is the worker's, and it ran the job.
            var servers = monitor.Servers();
            servers.Count.ShouldBe(1);
            var processing = monitor.JobDetails(jobId).History.Single(h => h.StateName == "Processing");
            processing.Data["ServerId"].ShouldBe(servers[0].Name);

            runs.Select(r => (r.Job, r.Trigger, r.Status)).ShouldBe([
                (InboxLoadJob.Id, ScheduledJobs.Administrator, JobRunLog.Succeeded),
                (MeasureRefreshJob.Id, ScheduledJobs.AfterLoad, JobRunLog.Succeeded),
            ]);
            (runs[0].ItemsLoaded, runs[0].ItemsFailed).ShouldBe((1, 0));
            bench.In("processed").Length.ShouldBe(2); // the extract and its report
            await using (var db = bench.Contexts.Create())
            {
                (await db.LoadBatches.CountAsync(b => b.Status == LoadStatus.Succeeded)).ShouldBe(1);
                (await db.MeasureValues.CountAsync()).ShouldBeGreaterThan(0);
            }
        }
        finally
        {
            await worker.StopAsync();
            (client as IDisposable)?.Dispose();
        }
    }
}
