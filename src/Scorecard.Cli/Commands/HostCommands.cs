using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Scorecard.Api.Jobs;
using Scorecard.Api.Warehouse;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

/// <summary>
/// `scorecard worker` (the jobs on their schedules, without the feed) and `scorecard jobs run JOB` (one job once, for a
/// council's own scheduler). Both read the same configuration as `serve`.
/// </summary>
public static class HostCommands
{
    /// <summary>What the command line decided (--provider, --database, the key file) laid over the host's configuration.</summary>
    public static void ApplySettings(IConfigurationBuilder configuration, ScorecardSettings settings) =>
        configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scorecard:Warehouse:Provider"] = settings.Warehouse.Provider.ToString(),
            ["Scorecard:Warehouse:ConnectionString"] = settings.Warehouse.ConnectionString,
            ["Scorecard:PseudonymisationKeyFile"] = Path.GetFullPath(settings.PseudonymisationKeyFile),
        });

    public static Command CreateWorker()
    {
        var command = new Command("worker",
            "Run the scheduled jobs (load-extracts from the inbox, refresh-measures, build-packs) without the feed, until stopped. " +
            "Runs as a Windows service or a systemd unit as well as in a terminal.");
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            using var host = BuildWorker(settings, []);
            await host.PrepareScorecardWarehouseAsync();
            var jobs = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JobOptions>>().Value;
            if (!jobs.Enabled) throw new CliException("Scorecard:Jobs:Enabled is false: this worker would have nothing to do.");
            await host.StartAsync(ct);
            AnsiConsole.MarkupLineInterpolated($"Jobs running: load-extracts {(jobs.Inbox is null ? "(no inbox configured)" : $"'{jobs.LoadCron}' from {jobs.InboxPath}")}, refresh-measures '{jobs.RefreshCron}', build-packs '{jobs.PacksCron}' ({jobs.TimeZone}).");
            AnsiConsole.MarkupLine("[grey]Ctrl+C stops the worker.[/]");
            await host.WaitForShutdownAsync(ct);
            return 0;
        }));
        return command;
    }

    /// <summary>The worker's host: warehouse, jobs and Hangfire, no web server.</summary>
    public static IHost BuildWorker(ScorecardSettings settings, IEnumerable<KeyValuePair<string, string?>> extra)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            // appsettings.json sits beside the executable, not in the folder a service starts in.
            ContentRootPath = AppContext.BaseDirectory,
        });
        ApplySettings(builder.Configuration, settings);
        builder.Configuration.AddInMemoryCollection(extra);
        builder.Services.AddWindowsService(o => o.ServiceName = "Scorecard worker");
        builder.Services.AddSystemd();
        builder.AddScorecardWarehouse();
        builder.AddScorecardJobs();
        return builder.Build();
    }

    public static Command CreateJobs()
    {
        var job = new Argument<string>("job") { Description = $"The job to run: {string.Join(", ", ScheduledJobs.Names)}." };
        job.AcceptOnlyFromAmong([.. ScheduledJobs.Names]);
        var run = new Command("run", "Run one job once, now, and exit (0 when it succeeded): for Windows Task Scheduler or cron, without a resident service. " +
            "load-extracts is followed by refresh-measures when it loaded anything.") { job };
        run.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            // Just the jobs: no Hangfire, no schedule. Each run is recorded in the warehouse like a scheduled one.
            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = AppContext.BaseDirectory });
            ApplySettings(builder.Configuration, settings);
            builder.Logging.ClearProviders();
            builder.AddScorecardWarehouse();
            builder.Services.AddScorecardJobServices(builder.Configuration);
            using var host = builder.Build();
            var services = host.Services;
            const string trigger = "command line";
            switch (parse.GetValue(job))
            {
                case InboxLoadJob.Id:
                    var inbox = await services.GetRequiredService<InboxLoadJob>().RunAsync(trigger, ct);
                    foreach (var item in inbox.Items)
                        AnsiConsole.MarkupLine($"[{(item.Outcome == InboxOutcome.Failed ? "red" : "green")}]{item.Outcome}[/] " +
                            Markup.Escape($"{item.Name}: {item.Reason} (report: {item.MovedTo}.txt)"));
                    foreach (var waiting in inbox.Waiting)
                        AnsiConsole.MarkupLineInterpolated($"[grey]Still arriving, left for the next run: {waiting}[/]");
                    if (inbox.Items.Count == 0 && inbox.Waiting.Count == 0) AnsiConsole.MarkupLine("The inbox was empty.");
                    if (inbox.LoadedAny) Report(await services.GetRequiredService<MeasureRefreshJob>().RunAsync(trigger, ct));
                    return inbox.Items.Any(i => i.Outcome == InboxOutcome.Failed) ? 1 : 0;
                case MeasureRefreshJob.Id:
                    Report(await services.GetRequiredService<MeasureRefreshJob>().RunAsync(trigger, ct));
                    return 0;
                default:
                    var packs = await services.GetRequiredService<PackPublishJob>().RunAsync(trigger, ct);
                    foreach (var p in packs) AnsiConsole.MarkupLineInterpolated($"[green]Published[/] {p.Template} {p.Period} (pack {p.PublishedPackId})");
                    if (packs.Count == 0) AnsiConsole.MarkupLine("Every template's latest complete period was already published.");
                    return 0;
            }
        }));
        return new Command("jobs", "The scheduled jobs, run by hand or by a council's own scheduler.") { run };
    }

    private static void Report(Measures.Snapshot.RefreshResult result) =>
        AnsiConsole.MarkupLineInterpolated($"Measures: {result.Message} ({result.Elapsed.TotalSeconds:N1} s)");
}
