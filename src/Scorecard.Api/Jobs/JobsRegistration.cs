using Hangfire;
using Hangfire.Dashboard;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Options;
using Scorecard.Api.Security;
using Scorecard.Warehouse;

namespace Scorecard.Api.Jobs;

public static class JobsRegistration
{
    public const string DashboardPath = "/jobs";

    /// <summary>
    /// Hangfire in the API host. Storage follows the warehouse: in memory for the embedded SQLite default (a restart
    /// forgets job history, which the warehouse's own batch and refresh tables keep anyway), the warehouse server
    /// otherwise.
    /// </summary>
    public static WebApplicationBuilder AddScorecardJobs(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(JobOptions.Section);
        builder.Services.Configure<JobOptions>(section);
        var options = section.Get<JobOptions>() ?? new JobOptions();
        if (!options.Enabled) return builder;

        builder.Services.AddTransient<MeasureRefreshJob>();
        builder.Services.AddHangfire((sp, config) =>
        {
            var warehouse = sp.GetRequiredService<WarehouseOptions>();
            config.SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings();
            switch (warehouse.Provider)
            {
                case WarehouseProvider.SqlServer:
                    config.UseSqlServerStorage(() => new Microsoft.Data.SqlClient.SqlConnection(warehouse.ResolveConnectionString()));
                    break;
                case WarehouseProvider.PostgreSql:
                    config.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(warehouse.ResolveConnectionString()));
                    break;
                default:
                    config.UseInMemoryStorage();
                    break;
            }
        });
        // One worker: the jobs are few and long, and the feed's requests need the cores more.
        builder.Services.AddHangfireServer(o => o.WorkerCount = 1);
        builder.Services.AddHostedService<RecurringJobSetup>();
        return builder;
    }

    /// <summary>The dashboard at /jobs, for administrators only; POST /jobs/refresh queues a refresh now.</summary>
    public static IEndpointRouteBuilder MapScorecardJobs(this IEndpointRouteBuilder app)
    {
        if (!app.ServiceProvider.GetRequiredService<IOptions<JobOptions>>().Value.Enabled) return app;
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            // Replaces Hangfire's default filter (local requests only) with our roles; the endpoint policy below
            // already challenged anyone without them, this is the same check inside the dashboard.
            AsyncAuthorization = [new AdminOnly()],
            DashboardTitle = "Scorecard jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(FeedPolicies.Jobs);
        app.MapPost($"{DashboardPath}/refresh", (IBackgroundJobClient jobs) =>
        {
            var id = jobs.Enqueue<MeasureRefreshJob>(j => j.RunAsync(CancellationToken.None));
            return Results.Accepted(value: new { jobId = id, message = "Measure refresh queued." });
        }).RequireAuthorization(FeedPolicies.Jobs);
        return app;
    }

    private sealed class AdminOnly : IDashboardAsyncAuthorizationFilter
    {
        public Task<bool> AuthorizeAsync(DashboardContext context) =>
            Task.FromResult(context.GetHttpContext().User.IsInRole(FeedRoles.Admin));
    }

    /// <summary>Registers the recurring jobs once the host has started (their schedule is configuration).</summary>
    private sealed class RecurringJobSetup(IRecurringJobManager jobs, IOptions<JobOptions> options, ILogger<RecurringJobSetup> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            jobs.AddOrUpdate<MeasureRefreshJob>(MeasureRefreshJob.RecurringId, j => j.RunAsync(CancellationToken.None), options.Value.RefreshCron,
                new RecurringJobOptions { TimeZone = UkTime() });
            logger.LogInformation("Measure refresh scheduled: '{Cron}' (UK time).", options.Value.RefreshCron);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        /// <summary>Councils work to UK time, so 06:00 stays 06:00 across the clock changes.</summary>
        private static TimeZoneInfo UkTime()
        {
            try { return TimeZoneInfo.FindSystemTimeZoneById("Europe/London"); }
            catch (TimeZoneNotFoundException) { return TimeZoneInfo.FindSystemTimeZoneById("GMT Standard Time"); }
        }
    }
}
