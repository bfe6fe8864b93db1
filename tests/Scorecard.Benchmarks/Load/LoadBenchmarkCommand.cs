using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// The load benchmark: throughput of <see cref="ExtractLoader"/> on a ~1 million row extract against a raw
/// Microsoft.Data.Sqlite baseline inserting the same rows into the same tables, and the loader's peak memory on
/// a small extract and one ten times its size (each in a child process).
/// </summary>
internal sealed class LoadBenchmarkCommand : IBenchmarkCommand
{
    public const double ThroughputTarget = 0.5;
    public const double MemoryTarget = 1.5;
    private const int WarmUpChildren = 300;

    public string Name => "load";
    public string Summary => "Extract load: rows/s against a raw SQLite baseline, and peak memory at 1x and 10x.";

    public IReadOnlyList<BenchmarkOption> Options { get; } =
    [
        new("children", "Children in the throughput extract (default 40000: about 1.04 million rows)."),
        new("small", "Children in the small extract of the memory test (default 4000); the large one has 10 times as many."),
        new("extract", "Use this extract folder for the throughput test instead of generating one."),
        new("seed", "Generator seed (default: the generator's own)."),
        new("profile", "Also run an instrumented copy of the loader and print where its time goes, per phase and table.", IsFlag: true),
        new("skip-memory", "Skip the peak-memory test.", IsFlag: true),
    ];

    public async Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct)
    {
        var children = args.Int("children", 40_000);
        var small = args.Int("small", 4_000);
        var seed = args.Int("seed", new Scorecard.Etl.SampleData.SyntheticCouncilOptions().Seed, minimum: int.MinValue);
        var givenExtract = args.String("extract");
        if (givenExtract is not null && !Directory.Exists(givenExtract)) throw new BenchmarkUsageException($"{givenExtract} is not a folder.");
        var total = Stopwatch.StartNew();

        using var scratch = new ScratchFolder();
        Console.WriteLine($"Scorecard load benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}, " +
                          $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, SQLite {SqliteVersion()}");
        Console.WriteLine($"Scratch folder: {scratch.Path} (deleted at the end)");
        Console.WriteLine();

        Console.WriteLine("Extracts (generation is not timed):");
        string extract;
        if (givenExtract is not null)
        {
            extract = Path.GetFullPath(givenExtract);
            Console.WriteLine($"  using {extract}: {Extracts.Size(extract) / 1048576.0:N1} MiB");
        }
        else extract = Extracts.Generate(scratch.File($"extract-{children}"), children, seed).Folder;
        var warmUp = Extracts.Generate(scratch.File("extract-warm-up"), WarmUpChildren, seed).Folder;

        // JIT and EF model building happen once per process: pay for them on a tiny extract first.
        Console.WriteLine();
        Console.Write("Warm-up (untimed)... ");
        await RunScorecardAsync(warmUp, scratch.File("warm-up-scorecard.db"), ct);
        await RunBaselineAsync(warmUp, scratch.File("warm-up-baseline.db"), ct);
        Console.WriteLine("done.");

        Console.Write("Scorecard load (ExtractLoader.LoadAsync)... ");
        var scorecard = await RunScorecardAsync(extract, scratch.File("scorecard.db"), ct);
        Console.WriteLine($"{Format.N(scorecard.Rows)} rows in {Format.Seconds(scorecard.Elapsed)} s, warehouse file {scorecard.DatabaseBytes / 1048576.0:N0} MiB.");
        if (scorecard.Result is { Succeeded: false } failed) throw new InvalidOperationException($"The Scorecard load failed: {failed.Message}");

        Console.Write("Raw SQLite baseline (prepared INSERTs)... ");
        var baseline = await RunBaselineAsync(extract, scratch.File("baseline.db"), ct);
        Console.WriteLine($"{Format.N(baseline.Rows)} rows in {Format.Seconds(baseline.Elapsed)} s, warehouse file {baseline.DatabaseBytes / 1048576.0:N0} MiB.");

        ProfileReport? profile = null;
        if (args.Has("profile"))
        {
            Console.Write("Instrumented copy of the loader (--profile)... ");
            profile = await RunProfileAsync(extract, scratch.File("profile.db"), ct);
            Console.WriteLine($"{Format.N(profile.Result.RowsRead)} rows in {Format.Seconds(profile.Elapsed)} s.");
        }

        MemoryReport? memory = null;
        if (!args.Has("skip-memory"))
        {
            Console.WriteLine();
            Console.WriteLine("Peak memory (each load in a child process: load-once):");
            var smallExtract = Extracts.Generate(scratch.File($"extract-{small}"), small, seed).Folder;
            var large = small * 10;
            var largeExtract = givenExtract is null && large == children
                ? extract
                : Extracts.Generate(scratch.File($"extract-{large}"), large, seed).Folder;
            var smallRun = await ChildLoad.RunAsync(smallExtract, scratch.File("memory-small.db"), ct);
            ScratchFolder.DeleteDatabase(scratch.File("memory-small.db"));
            Console.WriteLine($"  {small:N0} children: {Format.N(smallRun.Rows)} rows in {smallRun.Seconds:N1} s, peak RSS {Format.Mib(smallRun.PeakKb)} MiB");
            var largeRun = await ChildLoad.RunAsync(largeExtract, scratch.File("memory-large.db"), ct);
            ScratchFolder.DeleteDatabase(scratch.File("memory-large.db"));
            Console.WriteLine($"  {large:N0} children: {Format.N(largeRun.Rows)} rows in {largeRun.Seconds:N1} s, peak RSS {Format.Mib(largeRun.PeakKb)} MiB");
            memory = new MemoryReport(small, smallRun, large, largeRun);
        }

        var report = new LoadReport(children, givenExtract is not null, scorecard, baseline, memory, profile, total.Elapsed);
        Console.WriteLine();
        report.Print(Console.Out);
        return report.AllPass ? 0 : 1;
    }

    private static string SqliteVersion()
    {
        using var c = new SqliteConnection("Data Source=:memory:");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT sqlite_version()";
        return (string)cmd.ExecuteScalar()!;
    }

    private static async Task<ThroughputRun> RunScorecardAsync(string extract, string database, CancellationToken ct)
    {
        var contexts = await Warehouses.CreateMigratedAsync(database, ct);
        var loader = new ExtractLoader(contexts, Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText()));
        Collect();
        var clock = Stopwatch.StartNew();
        var result = await loader.LoadAsync(extract, ct: ct);
        clock.Stop();
        SqliteConnection.ClearAllPools();
        var run = new ThroughputRun(result.RowsRead, clock.Elapsed, Warehouses.FileBytes(database), await Warehouses.CountRowsAsync(contexts, ct),
            result.Tables.Select(t => (t.Table, t.RowsRead)).ToList(), result);
        ScratchFolder.DeleteDatabase(database);
        return run;
    }

    private static async Task<ThroughputRun> RunBaselineAsync(string extract, string database, CancellationToken ct)
    {
        var contexts = await Warehouses.CreateMigratedAsync(database, ct);
        TimeSpan elapsed;
        List<(string Table, int Rows)> tables;
        int skipped;
        using (var raw = await RawSqliteBaseline.OpenAsync(contexts, database, ct))
        {
            Collect();
            var clock = Stopwatch.StartNew();
            raw.Load(extract);
            elapsed = clock.Elapsed;
            tables = raw.Tables.Select(t => (t.Table, t.Rows)).ToList();
            skipped = raw.RowsSkipped;
        }
        SqliteConnection.ClearAllPools();
        if (skipped > 0) Console.Write($"({skipped} rows skipped: unresolved references; is the extract clean?) ");
        var run = new ThroughputRun(tables.Sum(t => t.Rows), elapsed, Warehouses.FileBytes(database), await Warehouses.CountRowsAsync(contexts, ct), tables, null);
        ScratchFolder.DeleteDatabase(database);
        return run;
    }

    private static async Task<ProfileReport> RunProfileAsync(string extract, string database, CancellationToken ct)
    {
        var contexts = await Warehouses.CreateMigratedAsync(database, ct);
        var timer = new PhaseTimer();
        var loader = new ProfiledExtractLoader(contexts, Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText()), timer);
        Collect();
        var clock = Stopwatch.StartNew();
        var result = await loader.LoadAsync(extract, ct);
        clock.Stop();
        SqliteConnection.ClearAllPools();
        var counts = await Warehouses.CountRowsAsync(contexts, ct);
        ScratchFolder.DeleteDatabase(database);
        return new ProfileReport(result, clock.Elapsed, timer, counts);
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

internal sealed record ThroughputRun(
    int Rows, TimeSpan Elapsed, long DatabaseBytes, SortedDictionary<string, long> WarehouseRows,
    List<(string Table, int Rows)> Tables, LoadResult? Result)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
}

internal sealed record MemoryReport(int SmallChildren, ChildLoad Small, int LargeChildren, ChildLoad Large)
{
    public double Ratio => Large.PeakKb / (double)Small.PeakKb;
}

internal sealed record ProfileReport(LoadResult Result, TimeSpan Elapsed, PhaseTimer Timer, SortedDictionary<string, long> WarehouseRows);

/// <summary>The results as a console table, PASS/FAIL lines and a markdown section for docs/performance.md.</summary>
internal sealed class LoadReport(
    int children, bool givenExtract, ThroughputRun scorecard, ThroughputRun baseline, MemoryReport? memory, ProfileReport? profile, TimeSpan total)
{
    private double ThroughputRatio => scorecard.RowsPerSecond / baseline.RowsPerSecond;
    private bool ThroughputPass => ThroughputRatio >= LoadBenchmarkCommand.ThroughputTarget;
    private bool MemoryPass => memory is null || memory.Ratio <= LoadBenchmarkCommand.MemoryTarget;
    public bool AllPass => ThroughputPass && MemoryPass && SameRows;

    private List<string> Mismatches => scorecard.WarehouseRows.Keys.Union(baseline.WarehouseRows.Keys)
        .Where(t => scorecard.WarehouseRows.GetValueOrDefault(t) != baseline.WarehouseRows.GetValueOrDefault(t))
        .Select(t => $"{t}: Scorecard {Format.N(scorecard.WarehouseRows.GetValueOrDefault(t))}, baseline {Format.N(baseline.WarehouseRows.GetValueOrDefault(t))}")
        .ToList();
    private bool SameRows => Mismatches.Count == 0 && scorecard.Rows == baseline.Rows;

    private static string P(double v, string format = "N2") => v.ToString(format, CultureInfo.InvariantCulture);

    public void Print(TextWriter o)
    {
        var extract = givenExtract ? "the given extract" : $"{Format.N(children)} children";
        o.WriteLine($"== Throughput: {extract}, {Format.N(scorecard.Rows)} source rows ==");
        o.WriteLine($"{"",-34}{"rows",12}{"seconds",10}{"rows/s",12}");
        o.WriteLine($"{"Scorecard ExtractLoader.LoadAsync",-34}{Format.N(scorecard.Rows),12}{Format.Seconds(scorecard.Elapsed),10}{Format.Rate(scorecard.RowsPerSecond),12}");
        o.WriteLine($"{"Raw SQLite baseline",-34}{Format.N(baseline.Rows),12}{Format.Seconds(baseline.Elapsed),10}{Format.Rate(baseline.RowsPerSecond),12}");
        o.WriteLine($"{"Ratio Scorecard / baseline",-34}{"",12}{"",10}{P(ThroughputRatio),12}");
        o.WriteLine();
        o.WriteLine("Rows per source file (read by Scorecard / by the baseline):");
        foreach (var (table, rows) in scorecard.Tables)
            o.WriteLine($"  {table,-32}{Format.N(rows),12}{Format.N(baseline.Tables.FirstOrDefault(t => t.Table == table).Rows),12}");
        o.WriteLine(Mismatches.Count == 0
            ? $"Warehouse row counts match in all {scorecard.WarehouseRows.Count} fact and dimension tables ({Format.N(scorecard.WarehouseRows.Values.Sum())} rows each side)."
            : $"WARNING: warehouse row counts differ: {string.Join("; ", Mismatches)}");

        if (memory is not null)
        {
            o.WriteLine();
            o.WriteLine("== Peak memory: VmHWM of a load-once child process (migrate + ExtractLoader.LoadAsync) ==");
            o.WriteLine($"{"",-22}{"children",10}{"rows",12}{"seconds",10}{"peak RSS MiB",14}{"after migrate",15}{"GC heap MiB",13}");
            foreach (var (label, n, r) in new[] { ("small", memory.SmallChildren, memory.Small), ("10x", memory.LargeChildren, memory.Large) })
                o.WriteLine($"{label,-22}{Format.N(n),10}{Format.N(r.Rows),12}{P(r.Seconds),10}{Format.Mib(r.PeakKb),14}{Format.Mib(r.PeakAfterMigrateKb),15}{P(r.GcHeapBytes / 1048576.0, "N1"),13}");
            o.WriteLine($"{"Ratio 10x / small",-22}{"",10}{"",12}{"",10}{P(memory.Ratio),14}");
        }

        if (profile is not null) PrintProfile(o, profile);

        o.WriteLine();
        o.WriteLine($"Benchmark wall time {total.TotalMinutes:N1} min (generation, warm-up and both loads included).");
        o.WriteLine();
        foreach (var line in TargetLines()) o.WriteLine(line);

        o.WriteLine();
        o.WriteLine("----- markdown for docs/performance.md -----");
        o.Write(Markdown());
        o.WriteLine("----- end of markdown -----");
    }

    private IEnumerable<string> TargetLines()
    {
        yield return $"{(ThroughputPass ? "PASS" : "FAIL")} throughput: Scorecard {Format.Rate(scorecard.RowsPerSecond)} rows/s / raw baseline {Format.Rate(baseline.RowsPerSecond)} rows/s = {P(ThroughputRatio)} (target >= {P(LoadBenchmarkCommand.ThroughputTarget)})";
        if (memory is not null)
            yield return $"{(MemoryPass ? "PASS" : "FAIL")} memory: peak RSS {Format.Mib(memory.Large.PeakKb)} MiB at {Format.N(memory.LargeChildren)} children / {Format.Mib(memory.Small.PeakKb)} MiB at {Format.N(memory.SmallChildren)} children = {P(memory.Ratio)} (target <= {P(LoadBenchmarkCommand.MemoryTarget)})";
        if (!SameRows) yield return $"FAIL row counts: the baseline did not load the same rows ({string.Join("; ", Mismatches)})";
    }

    private void PrintProfile(TextWriter o, ProfileReport p)
    {
        var t = p.Timer;
        o.WriteLine();
        o.WriteLine($"== Profile: instrumented copy of the loader, {Format.N(p.Result.RowsRead)} rows in {Format.Seconds(p.Elapsed)} s ({Format.Rate(p.Result.RowsRead / p.Elapsed.TotalSeconds)} rows/s) ==");
        var same = p.WarehouseRows.SequenceEqual(scorecard.WarehouseRows);
        o.WriteLine(same ? "(its warehouse row counts equal the product loader's)" : "WARNING: its warehouse row counts differ from the product loader's: the copy is stale.");
        o.WriteLine($"{"phase group",-52}{"seconds",10}{"share",8}");
        foreach (var g in PhaseGroups.All)
            o.WriteLine($"{g,-52}{Format.Seconds(t.OfGroup(null, g)),10}{P(100 * t.OfGroup(null, g).TotalSeconds / p.Elapsed.TotalSeconds, "N1") + "%",8}");
        o.WriteLine($"{"(untimed gaps)",-52}{Format.Seconds(p.Elapsed - t.Total),10}");
        o.WriteLine();
        o.WriteLine($"{"phase",-62}{"seconds",10}{"share",8}");
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var s = t.Of(null, phase);
            if (s == TimeSpan.Zero) continue;
            o.WriteLine($"{PhaseGroups.Describe(phase),-62}{Format.Seconds(s),10}{P(100 * s.TotalSeconds / p.Elapsed.TotalSeconds, "N1") + "%",8}");
        }
        o.WriteLine();
        o.WriteLine("Per table, seconds:");
        var header = $"  {"table",-32}{"rows",11}{"read+val",10}{"stage",9}{"checks",9}{"earliest",10}{"new cnt",9}{"upsert",9}{"total",9}";
        o.WriteLine(header);
        foreach (var table in t.Tables.Where(x => x.Length > 0))
        {
            var rows = p.Result.Tables.FirstOrDefault(r => r.Table == table)?.RowsRead ?? 0;
            var all = Enum.GetValues<Phase>().Aggregate(TimeSpan.Zero, (a, ph) => a + t.Of(table, ph));
            o.WriteLine($"  {table,-32}{Format.N(rows),11}{Format.Seconds(t.Of(table, Phase.ReadValidate)),10}{Format.Seconds(t.Of(table, Phase.StageInsert) + t.Of(table, Phase.StagingTable)),9}" +
                        $"{Format.Seconds(t.OfGroup(table, PhaseGroups.Checks)),9}{Format.Seconds(t.Of(table, Phase.EarliestDate)),10}{Format.Seconds(t.Of(table, Phase.NewRowCount)),9}" +
                        $"{Format.Seconds(t.Of(table, Phase.Upsert)),9}{Format.Seconds(all),9}");
        }
    }

    private string Markdown()
    {
        var m = new StringBuilder();
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        m.AppendLine("## Load benchmark");
        m.AppendLine();
        m.AppendLine($"`dotnet run -c Release --project tests/Scorecard.Benchmarks -- load` on {today}: {Environment.ProcessorCount} cores, .NET {Environment.Version}, SQLite warehouse, " +
                     $"synthetic extract of {(givenExtract ? "a given folder" : $"{Format.N(children)} children")} ({Format.N(scorecard.Rows)} source rows). " +
                     "Times exclude generating the extract and migrating the empty warehouse.");
        m.AppendLine();
        m.AppendLine("| Load | Rows | Seconds | Rows/s |");
        m.AppendLine("|---|---:|---:|---:|");
        m.AppendLine($"| Scorecard `ExtractLoader.LoadAsync` (pseudonymise, validate, stage, set-based checks, upsert) | {Format.N(scorecard.Rows)} | {Format.Seconds(scorecard.Elapsed)} | {Format.Rate(scorecard.RowsPerSecond)} |");
        m.AppendLine($"| Raw baseline: CsvParser + Microsoft.Data.Sqlite prepared INSERTs, same tables, one transaction | {Format.N(baseline.Rows)} | {Format.Seconds(baseline.Elapsed)} | {Format.Rate(baseline.RowsPerSecond)} |");
        m.AppendLine($"| **Ratio Scorecard / baseline** (target >= {P(LoadBenchmarkCommand.ThroughputTarget)}) | | | **{P(ThroughputRatio)}** {(ThroughputPass ? "PASS" : "FAIL")} |");
        if (memory is not null)
        {
            m.AppendLine();
            m.AppendLine("| Peak memory (VmHWM of a child process doing one load) | Children | Rows | Peak RSS (MiB) |");
            m.AppendLine("|---|---:|---:|---:|");
            m.AppendLine($"| Small extract | {Format.N(memory.SmallChildren)} | {Format.N(memory.Small.Rows)} | {Format.Mib(memory.Small.PeakKb)} |");
            m.AppendLine($"| 10x extract | {Format.N(memory.LargeChildren)} | {Format.N(memory.Large.Rows)} | {Format.Mib(memory.Large.PeakKb)} |");
            m.AppendLine($"| **Ratio 10x / small** (target <= {P(LoadBenchmarkCommand.MemoryTarget)}) | | | **{P(memory.Ratio)}** {(MemoryPass ? "PASS" : "FAIL")} |");
        }
        if (profile is not null)
        {
            var t = profile.Timer;
            m.AppendLine();
            m.AppendLine($"Where the load's time goes (instrumented copy of the loader, `load --profile`, {Format.Seconds(profile.Elapsed)} s):");
            m.AppendLine();
            m.AppendLine("| Phase | Seconds | Share |");
            m.AppendLine("|---|---:|---:|");
            foreach (var g in PhaseGroups.All)
                m.AppendLine($"| {g} | {Format.Seconds(t.OfGroup(null, g))} | {P(100 * t.OfGroup(null, g).TotalSeconds / profile.Elapsed.TotalSeconds, "N1")}% |");
        }
        return m.ToString();
    }
}
