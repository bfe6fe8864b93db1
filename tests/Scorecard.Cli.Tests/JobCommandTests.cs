using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scorecard.Api.Jobs;
using Scorecard.Api.Warehouse;
using Scorecard.Cli.Commands;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.SampleData;
using Scorecard.Warehouse;

namespace Scorecard.Cli.Tests;

/// <summary>The jobs without a resident service (`scorecard jobs run`), and the worker host without the feed.</summary>
[Collection(nameof(CliRunner))]
public class JobCommandTests
{
    private static readonly string Key = Pseudonymiser.NewKeyText();

    /// <summary>
    /// A generated extract in the inbox, its files dated an hour ago so it has settled: the generator's last two years,
    /// which have the quarters and months the packs publish, for a third of the periods its five and a half years give.
    /// </summary>
    private static void Arrive(string inbox, string name)
    {
        var folder = Path.Combine(inbox, name);
        new SyntheticCouncilGenerator(new SyntheticCouncilOptions { Children = 250, Seed = 9, DirtyShare = 0, From = new DateOnly(2024, 10, 1) }).Write(folder);
        foreach (var file in Directory.EnumerateFiles(folder)) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        Directory.SetLastWriteTimeUtc(folder, DateTime.UtcNow.AddHours(-1));
    }

    private static async Task<T> WithEnvironment<T>(IDictionary<string, string?> variables, Func<Task<T>> body)
    {
        var previous = variables.Keys.ToDictionary(k => k, Environment.GetEnvironmentVariable);
        foreach (var (k, v) in variables) Environment.SetEnvironmentVariable(k, v);
        try { return await body(); }
        finally { foreach (var (k, v) in previous) Environment.SetEnvironmentVariable(k, v); }
    }

    [Fact]
    public async Task JobsRun_LoadsTheInbox_RefreshesAndPublishes_FromAnyFolder_WithoutAService()
    {
        using var cli = new CliRunner();
        var inbox = Directory.CreateDirectory(Path.Combine(cli.Folder, "inbox")).FullName;
        Arrive(inbox, "extract-2026-11-30");
        var elsewhere = Directory.CreateDirectory(Path.Combine(cli.Folder, "somewhere-else")).FullName;
        var previousFolder = Environment.CurrentDirectory;
        // Started in an empty folder, as a scheduled task may be: the shipped templates and targets are found beside the application.
        Environment.CurrentDirectory = elsewhere;
        try
        {
            await WithEnvironment(new Dictionary<string, string?>
            {
                ["Scorecard__Jobs__Inbox"] = inbox,
                ["Scorecard__Jobs__PacksFolder"] = Path.Combine(cli.Folder, "packs"),
            }, async () =>
            {
                var (exit, output) = await cli.RunAsync(Key, "jobs", "run", "load-extracts");
                exit.ShouldBe(0, output);
                output.ShouldContain("Loaded extract-2026-11-30");
                output.ShouldContain("Measures:");
                Directory.EnumerateFileSystemEntries(Path.Combine(inbox, "processed")).Count().ShouldBe(2);

                var (packExit, packs) = await cli.RunAsync(Key, "jobs", "run", "build-packs");
                packExit.ShouldBe(0, packs);
                packs.ShouldContain("Published childrens-trust-quarterly");
                Directory.EnumerateFiles(Path.Combine(cli.Folder, "packs"), "*.xlsx", SearchOption.AllDirectories).Count().ShouldBe(3);
                (await cli.RunAsync(Key, "jobs", "run", "build-packs")).Output.ShouldContain("already published");

                var (empty, again) = await cli.RunAsync(Key, "jobs", "run", "load-extracts");
                (empty, again.Trim()).ShouldBe((0, "The inbox was empty."));

                // Refused by the parser (which names the jobs there are on standard error) before anything runs.
                (await cli.RunAsync(Key, "jobs", "run", "load-everything")).ExitCode.ShouldNotBe(0);
                return 0;
            });
            Directory.EnumerateFileSystemEntries(elsewhere).ShouldBeEmpty("nothing is written where the command was started");
        }
        finally { Environment.CurrentDirectory = previousFolder; }

        await using var db = new WarehouseContextFactory(new WarehouseOptions { ConnectionString = cli.DatabasePath }).Create();
        (await db.JobRuns.Select(r => r.Trigger).Distinct().ToListAsync()).ShouldBe(["command line"]);
        // load, the refresh it brought, two pack runs, the empty inbox.
        (await db.JobRuns.CountAsync(r => r.Status == JobRunLog.Succeeded)).ShouldBe(5);
    }

    [Fact]
    public async Task TheWorker_RunsTheJobs_WithNoFeed()
    {
        using var cli = new CliRunner();
        var inbox = Directory.CreateDirectory(Path.Combine(cli.Folder, "inbox")).FullName;
        Arrive(inbox, "extract");
        var settings = ScorecardSettings.Load(null, cli.DatabasePath);
        using var worker = HostCommands.BuildWorker(settings, new Dictionary<string, string?>
        {
            ["Scorecard:PseudonymisationKey"] = Key,
            ["Scorecard:Jobs:Inbox"] = inbox,
            ["Scorecard:Jobs:PacksFolder"] = Path.Combine(cli.Folder, "packs"),
            // Only what the test queues runs while it watches.
            ["Scorecard:Jobs:LoadCron"] = "0 0 1 1 *",
            ["Scorecard:Jobs:RefreshCron"] = "0 0 1 1 *",
            ["Scorecard:Jobs:PacksCron"] = "0 0 1 1 *",
        });
        await worker.PrepareScorecardWarehouseAsync(); // as `scorecard worker` does
        await worker.StartAsync();
        try
        {
            worker.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>().ShouldBeNull("the worker serves no feed");
            ScheduledJobs.Enqueue(worker.Services.GetRequiredService<IBackgroundJobClient>(), InboxLoadJob.Id, ScheduledJobs.Administrator).ShouldNotBeNull();

            // The load is followed by a refresh; both recorded in the warehouse. Polled, bounded: no assumed duration.
            var contexts = new WarehouseContextFactory(settings.Warehouse);
            var deadline = DateTime.UtcNow.AddSeconds(120);
            List<(string Job, string Status)> runs = [];
            while (DateTime.UtcNow < deadline && !runs.Contains((MeasureRefreshJob.Id, JobRunLog.Succeeded)))
            {
                await Task.Delay(250);
                await using var db = contexts.Create();
                runs = (await db.JobRuns.OrderBy(r => r.JobRunId).Select(r => new { r.Job, r.Status }).ToListAsync()).Select(r => (r.Job, r.Status)).ToList();
            }
            runs.ShouldBe([(InboxLoadJob.Id, JobRunLog.Succeeded), (MeasureRefreshJob.Id, JobRunLog.Succeeded)]);
        }
        finally { await worker.StopAsync(); }
    }
}
