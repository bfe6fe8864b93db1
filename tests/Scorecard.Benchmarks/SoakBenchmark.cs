using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.SampleData;
using Scorecard.Warehouse;

namespace Scorecard.Benchmarks;

/// <summary>
/// `soak`: `scorecard serve` (Release, its own process) with the jobs running, while 16 feed clients read
/// MeasureValues pages for 5 minutes and three extracts arrive in the inbox (at 20%, 45% and 70% of the run). At the end:
/// failed requests (target zero), each extract loaded exactly once, the measure values the jobs left equal to a fresh
/// full refresh of the same warehouse, and the server's resident memory at the end against after a one-minute warm-up
/// (target within 1.5x). Bounded by --seconds; the wait for the last load and refresh afterwards by 10 minutes.
/// </summary>
public static class SoakBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        int children = 5_000, clients = 16, seconds = 300, warmup = 60;
        for (var i = 0; i < args.Length; i++)
        {
            int Number() => int.Parse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--children": children = Number(); break;
                case "--clients": clients = Number(); break;
                case "--seconds": seconds = Number(); break;
                case "--warmup": warmup = Number(); break;
                default:
                    Console.WriteLine("soak [--children 5000] [--clients 16] [--seconds 300] [--warmup 60]");
                    return args[i] is "-h" or "--help" ? 0 : 2;
            }
        }
        if (warmup >= seconds) throw new ArgumentException("--warmup must be shorter than --seconds.");
        var root = ScratchFolder.RepositoryRoot();
        using var scratch = new ScratchFolder("scorecard-soak-");
        Console.WriteLine($"Scorecard soak: {Environment.ProcessorCount} cores, .NET {Environment.Version}; {clients} clients for {seconds} s, three extracts of {children:N0} children arriving");

        // The warehouse before: one council loaded and refreshed (not timed). The three arrivals are later extracts.
        var key = Pseudonymiser.NewKeyText();
        var database = scratch.File("warehouse.db");
        var contexts = await Warehouses.CreateMigratedAsync(database, CancellationToken.None);
        var first = Extracts.Generate(scratch.File("extract-0"), children, 1);
        var load = await new ExtractLoader(contexts, Pseudonymiser.FromKeyText(key)).LoadAsync(first.Folder);
        if (load.Status != Scorecard.Warehouse.Integration.LoadStatus.Succeeded) throw new InvalidOperationException($"The first load failed: {load.Message}");
        await new MeasureRefresher(contexts, new MeasureOptions(), Path.Combine(root, "report-templates", "targets.json")).RefreshAsync(RefreshMode.Full);
        SqliteConnection.ClearAllPools();
        var arrivals = Enumerable.Range(1, 3).Select(n => Extracts.Generate(scratch.File($"arriving-{n}"), children, 1 + n).Folder).ToList();
        var inbox = Directory.CreateDirectory(scratch.File("inbox")).FullName;

        var never = "0 0 1 1 *";
        var server = await ODataBenchmark.ServerProcess.StartAsync(root, database, build: true, new Dictionary<string, string>
        {
            ["Scorecard__Jobs__Enabled"] = "true",
            ["Scorecard__Jobs__Inbox"] = inbox,
            ["Scorecard__Jobs__LoadCron"] = "* * * * *",
            ["Scorecard__Jobs__StableSeconds"] = "10",
            ["Scorecard__Jobs__RefreshCron"] = never,
            ["Scorecard__Jobs__PacksCron"] = never,
            ["Scorecard__Jobs__PacksFolder"] = scratch.File("packs"),
            ["Scorecard__PseudonymisationKey"] = key,
            // Each arrival is another generated council, so it replaces most of the last one's records: the
            // mass-deletion guard (for a real council's truncated extract) would stop it.
            ["Scorecard__Load__Deletions__MassDeleteShare"] = "1",
        });
        long warmKb, endKb;
        ODataBenchmark.Latency reading;
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2 };
            using var http = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(120) };
            http.DefaultRequestHeaders.Add("X-Api-Key", server.Key);
            http.DefaultRequestHeaders.Add("Accept", "application/json;odata.metadata=minimal");
            var (maxKey, pageSize) = await ODataBenchmark.ProbeAsync(http);

            var clock = Stopwatch.StartNew();
            var readers = ODataBenchmark.LatencyAsync(http, maxKey, pageSize, clients, TimeSpan.FromSeconds(seconds), quiet: false);
            var schedule = new[] { 0.20, 0.45, 0.70 };
            warmKb = 0;
            for (var n = 0; n < 3; n++)
            {
                await WaitUntil(clock, TimeSpan.FromSeconds(seconds * schedule[n]), () => { if (warmKb == 0 && clock.Elapsed.TotalSeconds >= warmup) warmKb = Rss(server); });
                // Moved in whole (a rename), as a transfer tool finishing into the folder would leave it.
                Directory.Move(arrivals[n], Path.Combine(inbox, $"extract-{n + 1}"));
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds:N0} s: extract-{n + 1} arrived");
            }
            await WaitUntil(clock, TimeSpan.FromSeconds(warmup), () => { });
            if (warmKb == 0) warmKb = Rss(server);
            reading = await readers;
            endKb = Rss(server);

            // The last extract may still be loading or refreshing: wait for the jobs to catch up (bounded).
            var deadline = Stopwatch.StartNew();
            while (deadline.Elapsed < TimeSpan.FromMinutes(10) && !await CaughtUpAsync(contexts, inbox)) await Task.Delay(2000);
        }
        finally
        {
            server.Stop();
        }

        SqliteConnection.ClearAllPools();
        int batches, processed, failed;
        await using (var db = contexts.Create())
            batches = await db.LoadBatches.CountAsync(b => b.Status == Scorecard.Warehouse.Integration.LoadStatus.Succeeded);
        processed = Directory.Exists(Path.Combine(inbox, "processed")) ? Directory.EnumerateDirectories(Path.Combine(inbox, "processed")).Count() : 0;
        failed = Directory.Exists(Path.Combine(inbox, "failed")) ? Directory.EnumerateFileSystemEntries(Path.Combine(inbox, "failed")).Count() : 0;
        foreach (var report in failed == 0 ? [] : Directory.EnumerateFiles(Path.Combine(inbox, "failed"), "*.txt"))
            Console.WriteLine($"  failed: {File.ReadLines(report).Skip(1).FirstOrDefault()}");
        var jobsLeft = await SnapshotAsync(contexts);
        await new MeasureRefresher(contexts, new MeasureOptions(), Path.Combine(root, "report-templates", "targets.json")).RefreshAsync(RefreshMode.Full);
        var fresh = await SnapshotAsync(contexts);
        var differing = fresh.Count != jobsLeft.Count ? Math.Abs(fresh.Count - jobsLeft.Count) : fresh.Count(f => !jobsLeft.TryGetValue(f.Key, out var v) || v != f.Value);

        var ratio = (double)endKb / warmKb;
        Console.WriteLine();
        Console.WriteLine("| measurement | result |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| MeasureValues pages, {clients} clients, {seconds} s | {reading.Requests:N0} pages ({reading.Requests / reading.Elapsed.TotalSeconds:N1}/s), p50 {reading.P50:N0} ms, p95 {reading.P95:N0} ms, p99 {reading.P99:N0} ms, {reading.Errors} failed |");
        Console.WriteLine($"| Extracts arrived / loaded (batches besides the first) / in processed / in failed | 3 / {batches - 1} / {processed} / {failed} |");
        Console.WriteLine($"| Measure values the jobs left vs a fresh full refresh | {jobsLeft.Count:N0} values, {differing:N0} differing |");
        Console.WriteLine($"| Server resident memory after {warmup} s / at the end | {Format.Mib(warmKb)} MiB / {Format.Mib(endKb)} MiB ({ratio:N2}x) |");
        var ok = reading.Errors == 0 && batches == 4 && processed == 3 && failed == 0 && differing == 0 && ratio <= 1.5;
        Console.WriteLine(ok ? "PASS" : "FAIL: see the table (targets: 0 failed requests; 3 loaded once; 0 differing; memory within 1.5x).");
        return ok ? 0 : 1;
    }

    private static async Task WaitUntil(Stopwatch clock, TimeSpan at, Action meanwhile)
    {
        while (clock.Elapsed < at)
        {
            meanwhile();
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, Math.Max(1, (at - clock.Elapsed).TotalMilliseconds))));
        }
    }

    private static long Rss(ODataBenchmark.ServerProcess server) =>
        ProcStatus.Read($"/proc/{server.Id}/status").CurrentKb ?? throw new InvalidOperationException("No /proc: the soak measures memory on Linux.");

    /// <summary>All three moved on, and the snapshot has reached the last successful load.</summary>
    private static async Task<bool> CaughtUpAsync(WarehouseContextFactory contexts, string inbox)
    {
        if (Directory.EnumerateDirectories(inbox, "extract-*").Any() || (Directory.Exists(Path.Combine(inbox, "loading")) && Directory.EnumerateFileSystemEntries(Path.Combine(inbox, "loading")).Any()))
            return false;
        await using var db = contexts.Create();
        var lastLoad = await db.LoadBatches.Where(b => b.Status == Scorecard.Warehouse.Integration.LoadStatus.Succeeded).MaxAsync(b => b.LoadBatchId);
        var reached = await db.MeasureRefreshes.Where(r => r.FinishedAtUtc != null).MaxAsync(r => (int?)r.UpToBatchId) ?? 0;
        return reached >= lastLoad;
    }

    /// <summary>Every measure value by its natural key, with what a reader sees.</summary>
    private static async Task<Dictionary<string, string>> SnapshotAsync(WarehouseContextFactory contexts)
    {
        await using var db = contexts.Create();
        var rows = await db.MeasureValues.AsNoTracking()
            .Select(v => new { v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Value, v.Rag, v.DirectionVsPrevious, v.DirectionVsLastYear, v.IsSmallNumber, v.IsProvisional })
            .ToListAsync();
        return rows.ToDictionary(
            v => $"{v.MeasureCode}|{v.PeriodKey}|{v.OrgUnitKey}|{v.BreakdownKind}|{v.BreakdownValue}",
            v => string.Create(CultureInfo.InvariantCulture, $"{v.Numerator}|{v.Denominator}|{v.Value:R}|{v.Rag}|{v.DirectionVsPrevious}|{v.DirectionVsLastYear}|{v.IsSmallNumber}|{v.IsProvisional}"));
    }
}
