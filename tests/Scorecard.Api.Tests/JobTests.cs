using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Scorecard.Api.Jobs;
using Scorecard.Api.Warehouse;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Reports.Templates;
using Scorecard.SampleData;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Api.Tests;

/// <summary>A clock the test moves: "the file was written two minutes ago" without waiting two minutes.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>
/// The jobs driven directly (no scheduler, no sleeping): an inbox, a warehouse and a packs folder of their own, a
/// small generated council, and a clock the test sets.
/// </summary>
public sealed class JobBench : IDisposable
{
    public JobBench(IDictionary<string, string?>? extra = null)
    {
        Folder = Directory.CreateTempSubdirectory("scorecard-jobs-").FullName;
        Directory.CreateDirectory(Inbox);
        Settings = new Dictionary<string, string?>
        {
            ["Scorecard:Warehouse:Provider"] = "Sqlite",
            ["Scorecard:Warehouse:ConnectionString"] = DatabasePath,
            ["Scorecard:PseudonymisationKey"] = Key,
            ["Scorecard:Jobs:Inbox"] = Inbox,
            ["Scorecard:Jobs:PacksFolder"] = Packs,
            ["Scorecard:Jobs:StableSeconds"] = "120",
        };
        foreach (var (k, v) in extra ?? new Dictionary<string, string?>()) Settings[k] = v;
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], ContentRootPath = Folder });
        builder.Configuration.AddInMemoryCollection(Settings);
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.AddScorecardWarehouse();
        builder.Services.AddScorecardJobServices(builder.Configuration);
        Host = builder.Build();
        Contexts = Host.Services.GetRequiredService<WarehouseContextFactory>();
    }

    public string Folder { get; }
    public string Inbox => Path.Combine(Folder, "inbox");
    public string Packs => Path.Combine(Folder, "packs");
    public string DatabasePath => Path.Combine(Folder, "warehouse.db");
    public string Key { get; } = Pseudonymiser.NewKeyText();
    public Dictionary<string, string?> Settings { get; }
    /// <summary>Starts well after any file the test writes, so everything in the inbox has settled unless a test says otherwise.</summary>
    public TestClock Clock { get; } = new(DateTimeOffset.UtcNow.AddHours(1));
    public IHost Host { get; }
    public WarehouseContextFactory Contexts { get; }

    public T Job<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>
    /// A small generated council written as an extract folder in the inbox (files written now): the generator's last two
    /// years, which have every kind of period and the quarters and months the packs publish, for a third of the periods
    /// a refresh of its five and a half years writes.
    /// </summary>
    public string Arrive(string name, int seed = 5)
    {
        var folder = Path.Combine(Folder, "staging-" + name);
        new SyntheticCouncilGenerator(new SyntheticCouncilOptions { Children = 250, Seed = seed, DirtyShare = 0, From = new DateOnly(2024, 10, 1) }).Write(folder);
        var target = Path.Combine(Inbox, name);
        Directory.Move(folder, target);
        return target;
    }

    public async Task<int> FactRowsAsync()
    {
        await using var db = Contexts.Create();
        return await db.Contacts.CountAsync() + await db.EarlyHelpEpisodes.CountAsync() + await db.People.CountAsync();
    }

    public string[] In(string sub) => Directory.Exists(Path.Combine(Inbox, sub))
        ? Directory.EnumerateFileSystemEntries(Path.Combine(Inbox, sub)).Select(p => Path.GetFileName(p)).Order().ToArray()
        : [];

    public void Dispose()
    {
        Host.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}

[Collection(FeedCollection.Name)]
public class JobTests(FeedFixture feed)
{
    [Fact]
    public async Task TwoOverlappingRuns_LoadAnExtractOnce_AndTheSameExtractAgainIsNotLoadedTwice()
    {
        using var bench = new JobBench();
        bench.Arrive("extract-2026-11-30");

        // Two runs at once (a schedule and an administrator): the item is claimed by a rename, so one run has it.
        var runs = await Task.WhenAll(bench.Job<InboxLoadJob>().RunAsync("a", default), bench.Job<InboxLoadJob>().RunAsync("b", default));
        runs.SelectMany(r => r.Items).Count(i => i.Outcome == InboxOutcome.Loaded).ShouldBe(1);
        await using (var db = bench.Contexts.Create())
            (await db.LoadBatches.CountAsync(b => b.Status == Scorecard.Warehouse.Integration.LoadStatus.Succeeded)).ShouldBe(1);
        bench.In(".").ShouldBe(["loading", "processed"]);
        bench.In("loading").ShouldBeEmpty();
        var processed = bench.In("processed");
        processed.Length.ShouldBe(2);
        processed[1].ShouldEndWith("-extract-2026-11-30.txt");
        File.ReadAllText(Path.Combine(bench.Inbox, "processed", processed[1])).ShouldContain("Succeeded");

        // The same files again under another name: the loader's own rule (same content) keeps them out.
        var rows = await bench.FactRowsAsync();
        bench.Arrive("extract-2026-11-30-resent");
        var again = await bench.Job<InboxLoadJob>().RunAsync("schedule", default);
        again.Items.Single().Outcome.ShouldBe(InboxOutcome.AlreadyLoaded);
        again.LoadedAny.ShouldBeFalse();
        (await bench.FactRowsAsync()).ShouldBe(rows);
    }

    [Fact]
    public async Task ACorruptExtract_EndsInFailedWithItsReason_AndTheWarehouseIsUnchanged()
    {
        using var bench = new JobBench();
        bench.Arrive("good");
        (await bench.Job<InboxLoadJob>().RunAsync("schedule", default)).LoadedAny.ShouldBeTrue();
        var rows = await bench.FactRowsAsync();

        // A zip cut short in transfer: the central directory is missing.
        var zip = Path.Combine(bench.Folder, "whole.zip");
        ZipFile.CreateFromDirectory(Path.Combine(bench.Inbox, "processed", bench.In("processed")[0]), zip);
        var bytes = File.ReadAllBytes(zip);
        File.WriteAllBytes(Path.Combine(bench.Inbox, "extract-2026-12-01.zip"), bytes[..(bytes.Length / 2)]);

        var run = await bench.Job<InboxLoadJob>().RunAsync("schedule", default);
        var item = run.Items.Single();
        item.Outcome.ShouldBe(InboxOutcome.Failed);
        var failed = bench.In("failed");
        failed.Length.ShouldBe(2);
        failed[0].ShouldEndWith("-extract-2026-12-01.zip");
        var report = File.ReadAllText(Path.Combine(bench.Inbox, "failed", failed[1]));
        report.ShouldContain("zip", Case.Insensitive);
        report.ShouldContain("The warehouse was not changed.");
        (await bench.FactRowsAsync()).ShouldBe(rows);

        await using var db = bench.Contexts.Create();
        var last = await db.JobRuns.OrderByDescending(r => r.JobRunId).FirstAsync();
        (last.Job, last.Status, last.ItemsFailed).ShouldBe((InboxLoadJob.Id, JobRunLog.Succeeded, 1));
    }

    [Fact]
    public async Task AFolderMixingSources_LoadsOneBatchPerSource_AndADamagedOneSendsTheItemToFailedWithoutUndoingTheOthers()
    {
        // One SSD file (child S1), one census return (child C1, one referral) and one census cut short. The job loads
        // them as `scorecard load` does: three batches, the SSD one and the good census succeed (two people), the
        // damaged census fails on its own. The item goes to failed/ so somebody looks at it, and the refresh is
        // still queued because two sources brought something new.
        using var bench = new JobBench();
        var staging = Directory.CreateDirectory(Path.Combine(bench.Folder, "staging-mixed")).FullName;
        File.WriteAllText(Path.Combine(staging, "ssd_person.csv"), "pers_person_id,pers_sex,pers_ethnicity,pers_dob\nS1,F,WBRI,2015-01-01\n");
        File.WriteAllText(Path.Combine(staging, "census.xml"), """
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>
            <Children><Child><ChildIdentifiers><LAchildID>C1</LAchildID><Sex>1</Sex></ChildIdentifiers>
            <CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>
            """);
        File.WriteAllText(Path.Combine(staging, "damaged.xml"), "<Message><Children><Child></Children></Message>");
        Directory.Move(staging, Path.Combine(bench.Inbox, "mixed"));

        var run = await bench.Job<InboxLoadJob>().RunAsync("schedule", default);

        var item = run.Items.Single();
        (item.Outcome, item.Changed, run.LoadedAny).ShouldBe((InboxOutcome.Failed, true, true));
        var failed = bench.In("failed");
        failed.Length.ShouldBe(2);
        var report = File.ReadAllText(Path.Combine(bench.Inbox, "failed", failed[1]));
        report.ShouldContain("mixed: census.xml: Succeeded");
        report.ShouldContain("mixed: damaged.xml: Failed");
        report.ShouldContain("is not well-formed XML");
        await using var db = bench.Contexts.Create();
        (await db.People.CountAsync()).ShouldBe(2);
        (await db.LoadBatches.OrderBy(b => b.LoadBatchId).Select(b => new { b.SourceKind, b.Status }).ToListAsync())
            .Select(b => (b.SourceKind, b.Status)).ShouldBe([("SSD extract", LoadStatus.Succeeded), ("CIN census", LoadStatus.Succeeded), ("CIN census", LoadStatus.Failed)]);
    }

    [Fact]
    public async Task AMissingMappingFile_FailsTheRun_BeforeAnythingIsTakenFromTheInbox()
    {
        using var bench = new JobBench(new Dictionary<string, string?> { ["Scorecard:MappingFile"] = "no-such-mapping.csv" });
        bench.Arrive("extract");
        var e = await Should.ThrowAsync<Scorecard.Etl.Mapping.MappingFileException>(() => bench.Job<InboxLoadJob>().RunAsync("schedule", default));
        // Relative to the application, as every configured path is.
        e.Message.ShouldContain(Path.Combine(AppContext.BaseDirectory, "no-such-mapping.csv"));
        bench.In(".").ShouldBe(["extract"]);
        await using var db = bench.Contexts.Create();
        (await db.JobRuns.SingleAsync()).Status.ShouldBe(JobRunLog.Failed);
    }

    [Fact]
    public async Task AFileStillBeingWritten_IsNotPickedUp_UntilItSettlesOrItsMarkerIsThere()
    {
        using var bench = new JobBench();
        var zip = Path.Combine(bench.Inbox, "census.xml");
        File.WriteAllText(zip, "<Message>"); // half a file: its last write is "now"
        bench.Clock.Now = File.GetLastWriteTimeUtc(zip).AddSeconds(30);

        var run = await bench.Job<InboxLoadJob>().RunAsync("schedule", default);
        run.Items.ShouldBeEmpty();
        run.Waiting.ShouldBe(["census.xml"]);
        File.Exists(zip).ShouldBeTrue();

        // Two minutes without a write: it is taken (and, not being an extract the loader reads, fails with a reason).
        bench.Clock.Now = File.GetLastWriteTimeUtc(zip).AddSeconds(121);
        (await bench.Job<InboxLoadJob>().RunAsync("schedule", default)).Items.Single().Name.ShouldBe("census.xml");

        using var marked = new JobBench(new Dictionary<string, string?> { ["Scorecard:Jobs:RequireReadyMarker"] = "true" });
        marked.Arrive("extract");
        (await marked.Job<InboxLoadJob>().RunAsync("schedule", default)).Waiting.ShouldBe(["extract"]);
        File.WriteAllText(Path.Combine(marked.Inbox, "extract.ready"), "");
        (await marked.Job<InboxLoadJob>().RunAsync("schedule", default)).Items.Single().Outcome.ShouldBe(InboxOutcome.Loaded);
        File.Exists(Path.Combine(marked.Inbox, "extract.ready")).ShouldBeFalse();
    }

    [Fact]
    public async Task APackJobAfterPeriodEnd_WritesEachTemplateOnce_AndTheFeedListsAndServesItByRole()
    {
        using var bench = new JobBench();
        bench.Arrive("extract");
        (await bench.Job<InboxLoadJob>().RunAsync("schedule", default)).LoadedAny.ShouldBeTrue();
        await bench.Job<MeasureRefreshJob>().RunAsync("after a load", default);

        var written = await bench.Job<PackPublishJob>().RunAsync("schedule", default);
        written.Select(w => w.Template).Order().ShouldBe(PackTemplateReader.Shipped.Order());
        (await bench.Job<PackPublishJob>().RunAsync("schedule", default)).ShouldBeEmpty();
        await using (var db = bench.Contexts.Create())
        {
            var packs = await db.PublishedPacks.ToListAsync();
            packs.Count.ShouldBe(PackTemplateReader.Shipped.Count);
            foreach (var p in packs)
            {
                File.Exists(Path.Combine(bench.Packs, p.WorkbookFile)).ShouldBeTrue();
                p.WorkbookFile.ShouldStartWith($"{p.TemplateName}/");
            }
        }

        await using var factory = feed.CreateFactory(bench.Settings);
        using var board = factory.CreateClient();
        board.DefaultRequestHeaders.Add("X-Api-Key", FeedFixture.BoardKey);
        using var listed = JsonDocument.Parse(await board.GetStringAsync("/odata/Packs"));
        var rows = listed.RootElement.GetProperty("value").EnumerateArray().ToList();
        // The shipped templates: only the trust pack (suppressed) names the Board.
        rows.Select(r => r.GetProperty("Template").GetString()).ShouldBe(["childrens-trust-quarterly"]);
        var link = rows[0].GetProperty("WorkbookLink").GetString()!;
        link.ShouldNotContain(bench.Folder);
        using var download = await board.GetAsync(new Uri(link).PathAndQuery);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).Take(2).ShouldBe("PK"u8.ToArray());

        int internalPack;
        await using (var db = bench.Contexts.Create())
            internalPack = await db.PublishedPacks.Where(p => p.TemplateName == "early-help-locality-monthly").Select(p => p.PublishedPackId).SingleAsync();
        (await board.GetAsync($"/packs/{internalPack}/workbook")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var analyst = factory.CreateClient();
        analyst.DefaultRequestHeaders.Add("X-Api-Key", FeedFixture.AnalystKey);
        (await analyst.GetAsync($"/packs/{internalPack}/charts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var anonymous = factory.CreateClient();
        (await anonymous.GetAsync($"/packs/{internalPack}/charts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Health_TurnsUnhealthy_WhenTheNightlyLoadIsOverdue()
    {
        using var bench = new JobBench();
        bench.Arrive("extract");
        await bench.Job<InboxLoadJob>().RunAsync("schedule", default);
        DateTime loaded;
        await using (var db = bench.Contexts.Create())
            loaded = (await db.LoadBatches.MaxAsync(b => b.FinishedAtUtc))!.Value;

        async Task<(HttpStatusCode, JsonElement)> HealthAt(DateTime now)
        {
            await using var factory = feed.CreateFactory(bench.Settings, b => b.ConfigureServices(s => s.AddSingleton<TimeProvider>(new TestClock(new DateTimeOffset(now, TimeSpan.Zero)))));
            using var client = factory.CreateClient();
            using var response = await client.GetAsync("/health");
            return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
        }

        var (fresh, body) = await HealthAt(loaded.AddHours(20));
        fresh.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("status").GetString().ShouldBe("Healthy");
        body.GetProperty("jobs").EnumerateArray().Single().GetProperty("job").GetString().ShouldBe(InboxLoadJob.Id);

        // Default: overdue after 36 hours without a successful load.
        var (overdue, late) = await HealthAt(loaded.AddHours(37));
        overdue.ShouldBe(HttpStatusCode.ServiceUnavailable);
        late.GetProperty("status").GetString().ShouldBe("Unhealthy");
        late.GetProperty("reason").GetString()!.ShouldContain("36 hours");
    }

    [Fact]
    public async Task AJobThatThrows_IsRetriedTheConfiguredNumberOfTimes_AndShowsAsFailed()
    {
        using var bench = new JobBench(new Dictionary<string, string?>
        {
            ["Scorecard:Jobs:Enabled"] = "true",
            ["Scorecard:Jobs:Retries"] = "2",
            ["Scorecard:Jobs:RetryDelaySeconds"] = "0",
            // The schedule must not add runs of its own while the test counts them.
            ["Scorecard:Jobs:LoadCron"] = "0 0 1 1 *",
        });
        Directory.Delete(bench.Inbox); // the job throws: the inbox is missing
        await using var factory = feed.CreateFactory(bench.Settings);
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", FeedFixture.AdminKey);
        using var queued = await admin.PostAsync($"/jobs/run/{InboxLoadJob.Id}", null);
        queued.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var jobId = JsonDocument.Parse(await queued.Content.ReadAsStringAsync()).RootElement.GetProperty("jobId").GetString()!;

        // Polled until Hangfire settles it (bounded): no assumption about how long a run takes.
        var monitor = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline && monitor.JobDetails(jobId)?.History.FirstOrDefault()?.StateName != "Failed") await Task.Delay(200);
        monitor.JobDetails(jobId).History.First().StateName.ShouldBe("Failed");

        await using var db = bench.Contexts.Create();
        var runs = await db.JobRuns.Where(r => r.Job == InboxLoadJob.Id).ToListAsync();
        runs.Count.ShouldBe(3); // the first try and two retries
        runs.ShouldAllBe(r => r.Status == JobRunLog.Failed && r.Trigger == ScheduledJobs.Administrator);
        runs[0].Message!.ShouldContain("does not exist");
        using var listed = JsonDocument.Parse(await admin.GetStringAsync("/jobs/runs"));
        listed.RootElement.GetArrayLength().ShouldBe(3);
    }
    [PostgresFact]
    public async Task OneJobRunEndToEnd_InboxToPacks_GivesTheSameResultsOnPostgreSql()
    {
        await using var server = await PostgresTestWarehouse.CreateAsync();
        using var sqlite = new JobBench();
        using var postgres = new JobBench(new Dictionary<string, string?>
        {
            ["Scorecard:Warehouse:Provider"] = "PostgreSql",
            ["Scorecard:Warehouse:ConnectionString"] = server.ConnectionString,
        });
        var results = new List<(string[] Packs, long Numerators, int Values)>();
        foreach (var bench in new[] { sqlite, postgres })
        {
            bench.Arrive("extract-2026-11-30", seed: 21);
            var run = await bench.Job<InboxLoadJob>().RunAsync("schedule", default);
            run.Items.Single().Outcome.ShouldBe(InboxOutcome.Loaded, run.Items.Single().Reason);
            await bench.Job<MeasureRefreshJob>().RunAsync(ScheduledJobs.AfterLoad, default);
            var packs = await bench.Job<PackPublishJob>().RunAsync("schedule", default);
            await using var db = bench.Contexts.Create();
            results.Add((packs.Select(p => $"{p.Template} {p.Period}").Order().ToArray(),
                await db.MeasureValues.SumAsync(v => (long)v.Numerator), await db.MeasureValues.CountAsync()));
            (await db.JobRuns.CountAsync(r => r.Status == JobRunLog.Succeeded)).ShouldBe(3);
            foreach (var p in await db.PublishedPacks.ToListAsync()) File.Exists(Path.Combine(bench.Packs, p.ChartsFile)).ShouldBeTrue();
        }
        results[1].Packs.ShouldBe(results[0].Packs);
        results[1].Numerators.ShouldBe(results[0].Numerators);
        results[1].Values.ShouldBe(results[0].Values);
    }
}
