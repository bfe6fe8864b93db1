using Hangfire;
using Hangfire.Dashboard;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Scorecard.Api.Security;
using Scorecard.Warehouse;

namespace Scorecard.Api.Jobs;

public static class JobsRegistration
{
    public const string DashboardPath = "/jobs";

    /// <summary>
    /// The jobs themselves (load-extracts, refresh-measures, build-packs), without any scheduler: what `scorecard jobs
    /// run` needs, and what Hangfire calls.
    /// </summary>
    public static IServiceCollection AddScorecardJobServices(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(JobSettings.From(configuration));
        services.TryAddTransient<JobRunLog>();
        services.TryAddTransient<InboxLoadJob>();
        services.TryAddTransient<MeasureRefreshJob>();
        services.TryAddTransient<PackPublishJob>();
        return services;
    }

    /// <summary>
    /// Hangfire in this host (the feed's, or the worker's), its queue where <see cref="CreateStorage"/> says.
    /// </summary>
    public static IHostApplicationBuilder AddScorecardJobs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScorecardJobServices(builder.Configuration);
        var options = builder.Configuration.GetSection(JobOptions.Section).Get<JobOptions>() ?? new JobOptions();
        if (!options.Enabled) return builder;

        builder.Services.TryAddTransient<ScheduledJobs>();
        builder.Services.AddHangfire((sp, config) =>
        {
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            UseRetries(options);
            config.UseStorage(CreateStorage(sp.GetRequiredService<WarehouseOptions>(), options));
        });
        builder.Services.AddHangfireServer(o =>
        {
            // One worker: the jobs are few and long, and the feed's requests need the cores more.
            o.WorkerCount = 1;
            // A retry is due after its delay; look for due ones at least that often.
            o.SchedulePollingInterval = TimeSpan.FromSeconds(Math.Clamp(options.RetryDelaySeconds, 1, 15));
        });
        builder.Services.AddHostedService<RecurringJobSetup>();
        return builder;
    }

    /// <summary>
    /// Where Hangfire keeps its queue (Scorecard:Jobs:Storage). In memory by default for the embedded SQLite warehouse,
    /// where one process runs everything (a restart forgets Hangfire's own history; the JobRun table keeps it). Shared
    /// when a worker and a feed run apart: the warehouse server for SQL Server and PostgreSQL, and for SQLite a file
    /// beside the warehouse file (<see cref="SqliteJobStorePath"/>), so each process that opens the same warehouse opens
    /// the same queue. Every process of one council must say the same.
    /// </summary>
    public static JobStorage CreateStorage(WarehouseOptions warehouse, JobOptions options)
    {
        if (StorageKind(warehouse, options) == JobStorageKind.Memory) return new InMemoryStorage();
        return warehouse.Provider switch
        {
            WarehouseProvider.SqlServer => new SqlServerStorage(() => new Microsoft.Data.SqlClient.SqlConnection(warehouse.ResolveConnectionString())),
            WarehouseProvider.PostgreSql => new PostgreSqlStorage(new NpgsqlConnectionFactory(warehouse.ResolveConnectionString(), new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions()),
            // Looked at every few seconds (the package's default is 15): a queued job starts soon, and the query is tiny.
            _ => new SQLiteStorage(SqliteJobStoreConnections(SqliteJobStorePath(warehouse)), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(5) }),
        };
    }

    /// <summary>
    /// The SQLite job store's connections, as the package opens them (read-write, created if missing, times as ticks,
    /// a 10 s busy timeout) but serialized (FullMutex) where the package asks for none (NoMutex). Its distributed lock
    /// renews itself from a timer on the connection of the job that holds it, so one connection can be used by two
    /// threads at once; with its mutex that is safe whatever SQLite's mode for the rest of the process
    /// (<see cref="SqliteThreading"/>). Its connections are few and its queries tiny, so the mutex costs nothing.
    /// </summary>
    internal static SQLiteDbConnectionFactory SqliteJobStoreConnections(string path) =>
        new(() => new SQLite.SQLiteConnection(path, SQLite.SQLiteOpenFlags.ReadWrite | SQLite.SQLiteOpenFlags.Create | SQLite.SQLiteOpenFlags.FullMutex, storeDateTimeAsTicks: true)
        {
            BusyTimeout = TimeSpan.FromSeconds(10),
        });

    /// <summary>Scorecard:Jobs:Storage, or when it is not set: in memory with SQLite, shared with a server warehouse.</summary>
    public static JobStorageKind StorageKind(WarehouseOptions warehouse, JobOptions options) =>
        options.Storage ?? (warehouse.Provider == WarehouseProvider.Sqlite ? JobStorageKind.Memory : JobStorageKind.Shared);

    /// <summary>
    /// The SQLite job store of an embedded warehouse: the warehouse file's path with ".jobs.db" added
    /// (data/scorecard.db.jobs.db). Hangfire's tables stay out of the warehouse, whose schema is the migrations'.
    /// </summary>
    public static string SqliteJobStorePath(WarehouseOptions warehouse)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(warehouse.ResolveConnectionString()).DataSource;
        if (string.IsNullOrWhiteSpace(file) || file.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException("Scorecard:Jobs:Storage is Shared, but the SQLite warehouse is not a file: give it a file path, or use Storage=Memory with one process running the jobs.");
        return Path.GetFullPath(file) + ".jobs.db";
    }

    /// <summary>Hangfire's default is ten attempts over hours; a failed council job wants a person after a few.</summary>
    private static void UseRetries(JobOptions options)
    {
        foreach (var existing in GlobalJobFilters.Filters.Where(f => f.Instance is AutomaticRetryAttribute).ToList())
            GlobalJobFilters.Filters.Remove(existing.Instance);
        GlobalJobFilters.Filters.Add(new AutomaticRetryAttribute
        {
            Attempts = Math.Max(0, options.Retries),
            DelaysInSeconds = [Math.Max(0, options.RetryDelaySeconds)],
            OnAttemptsExceeded = AttemptsExceededAction.Fail,
        });
    }

    /// <summary>
    /// The dashboard at /jobs, and POST /jobs/{job} to queue a job now, GET /jobs/runs for the last runs: for
    /// administrators only, from loopback too (Hangfire's own default lets any local request in).
    /// </summary>
    public static IEndpointRouteBuilder MapScorecardJobs(this IEndpointRouteBuilder app)
    {
        // The last runs come from the warehouse, so they are there whichever process ran the jobs.
        app.MapGet($"{DashboardPath}/runs", async (WarehouseContext db, CancellationToken ct) =>
            Results.Json(await db.JobRuns.OrderByDescending(r => r.JobRunId).Take(50).Select(r => new
            {
                r.JobRunId, r.Job, r.Trigger, r.Status, r.StartedAtUtc, r.FinishedAtUtc, r.ItemsLoaded, r.ItemsFailed, r.Message,
            }).ToListAsync(ct))).RequireAuthorization(FeedPolicies.Jobs);

        if (!app.ServiceProvider.GetRequiredService<IOptions<JobOptions>>().Value.Enabled) return app;
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            // Replaces Hangfire's default filter (local requests only) with our roles; the endpoint policy below
            // already challenged anyone without them, this is the same check inside the dashboard.
            AsyncAuthorization = [new AdminOnly()],
            DashboardTitle = "Scorecard jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(FeedPolicies.Jobs);
        app.MapPost($"{DashboardPath}/refresh", (IBackgroundJobClient jobs) => Queue(jobs, MeasureRefreshJob.Id)).RequireAuthorization(FeedPolicies.Jobs);
        app.MapPost($"{DashboardPath}/run/{{job}}", (string job, IBackgroundJobClient jobs) => Queue(jobs, job)).RequireAuthorization(FeedPolicies.Jobs);
        return app;
    }

    private static IResult Queue(IBackgroundJobClient jobs, string job) =>
        ScheduledJobs.Enqueue(jobs, job, ScheduledJobs.Administrator) is { } id
            ? Results.Accepted(value: new { jobId = id, message = $"{job} queued." })
            : Results.NotFound(new { message = $"There is no job '{job}'. Jobs: {string.Join(", ", ScheduledJobs.Names)}." });

    private sealed class AdminOnly : IDashboardAsyncAuthorizationFilter
    {
        public Task<bool> AuthorizeAsync(DashboardContext context) =>
            Task.FromResult(context.GetHttpContext().User.IsInRole(FeedRoles.Admin));
    }

    /// <summary>Registers the recurring jobs once the host has started (their schedules are configuration).</summary>
    private sealed class RecurringJobSetup(IRecurringJobManager jobs, IOptions<JobOptions> options, ILogger<RecurringJobSetup> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            var o = options.Value;
            var zone = new RecurringJobOptions { TimeZone = TimeZone(o.TimeZone) };
            if (string.IsNullOrWhiteSpace(o.Inbox))
            {
                jobs.RemoveIfExists(InboxLoadJob.Id);
                logger.LogInformation("No inbox is configured (Scorecard:Jobs:Inbox): extracts are loaded by hand or by `scorecard jobs run load-extracts`.");
            }
            else
            {
                jobs.AddOrUpdate<ScheduledJobs>(InboxLoadJob.Id, j => j.LoadExtractsAsync(ScheduledJobs.Schedule, CancellationToken.None), o.LoadCron, zone);
                logger.LogInformation("Inbox {Inbox} watched: '{Cron}' ({Zone}).", o.InboxPath, o.LoadCron, o.TimeZone);
            }
            jobs.AddOrUpdate<ScheduledJobs>(MeasureRefreshJob.Id, j => j.RefreshMeasuresAsync(ScheduledJobs.Schedule, CancellationToken.None), o.RefreshCron, zone);
            jobs.AddOrUpdate<ScheduledJobs>(PackPublishJob.Id, j => j.BuildPacksAsync(ScheduledJobs.Schedule, CancellationToken.None), o.PacksCron, zone);
            logger.LogInformation("Measure refresh '{Refresh}', packs '{Packs}' ({Zone}).", o.RefreshCron, o.PacksCron, o.TimeZone);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <summary>Councils work to UK time, so 06:00 stays 06:00 across the clock changes (Windows names it differently).</summary>
        private static TimeZoneInfo TimeZone(string id)
        {
            try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
            catch (TimeZoneNotFoundException) when (id == "Europe/London") { return TimeZoneInfo.FindSystemTimeZoneById("GMT Standard Time"); }
        }
    }
}
