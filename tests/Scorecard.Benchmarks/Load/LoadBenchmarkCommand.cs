using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
    public const double ThroughputTarget = 0.8;
    public const double MemoryTarget = 1.5;
    /// <summary>Peak memory loading a zip with one huge field, over the same zip with a 1 MiB field.</summary>
    public const double FieldTarget = 1.25;
    private const int WarmUpChildren = 300;

    public string Name => "load";
    public string Summary => "Extract load: rows/s against a raw SQLite baseline, and peak memory at 1x and 10x.";

    public IReadOnlyList<BenchmarkOption> Options { get; } =
    [
        new("children", "Children in the throughput extract (default 40000: about 1.1 million rows)."),
        new("small", "Children in the small extract of the memory test (default 4000); the large one has 10 times as many."),
        new("extract", "Use this extract folder for the throughput test instead of generating one."),
        new("seed", "Generator seed (default: the generator's own)."),
        new("runs", "Time each of the two loads this many times, alternating, and keep the fastest of each (default 1)."),
        new("profile", "Also print where the loader's time goes, per phase and table (its own phase timings).", IsFlag: true),
        new("skip-memory", "Skip the peak-memory test.", IsFlag: true),
        new("field-mib", "Size of the one huge field in the single-field zip test, in MiB (default 1024)."),
        new("skip-field", "Skip the single-field zip test.", IsFlag: true),
    ];

    public async Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct)
    {
        var children = args.Int("children", 40_000);
        var small = args.Int("small", 4_000);
        var seed = args.Int("seed", new Scorecard.SampleData.SyntheticCouncilOptions().Seed, minimum: int.MinValue);
        var runs = args.Int("runs", 1);
        var givenExtract = args.String("extract");
        if (givenExtract is not null && !Directory.Exists(givenExtract)) throw new BenchmarkUsageException($"{givenExtract} is not a folder.");
        var total = Stopwatch.StartNew();

        using var scratch = new ScratchFolder();
        Console.WriteLine($"Scorecard load benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {RuntimeInformation.OSDescription}, " +
                          $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, SQLite {SqliteVersion()}");
        Console.WriteLine($"Scratch folder: {scratch.Path} (deleted at the end)");
        var loadBefore = LoadAverage();
        Console.WriteLine($"Load average before: {loadBefore}");
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

        Console.WriteLine($"Foreign key enforcement: Scorecard's connections {OnOff(ForeignKeys.Scorecard)}, baseline's {OnOff(ForeignKeys.Baseline)}.");
        // With --runs N the two loads alternate and the fastest of each counts (other work on the machine only ever slows a run).
        ThroughputRun? scorecard = null, baseline = null;
        for (var run = 1; run <= runs; run++)
        {
            var suffix = runs > 1 ? $" [run {run}/{runs}]" : "";
            Console.Write($"Scorecard load (ExtractLoader.LoadAsync){suffix}... ");
            var s = await RunScorecardAsync(extract, scratch.File("scorecard.db"), ct);
            Console.WriteLine($"{Format.N(s.Rows)} rows in {Format.Seconds(s.Elapsed)} s (CPU {Format.Seconds(s.Cpu)} s), warehouse file {s.DatabaseBytes / 1048576.0:N0} MiB.");
            if (s.Result is { Succeeded: false } failed) throw new InvalidOperationException($"The Scorecard load failed: {failed.Message}");
            if (scorecard is null || s.Elapsed < scorecard.Elapsed) scorecard = s;

            Console.Write($"Raw SQLite baseline (prepared INSERTs){suffix}... ");
            var b = await RunBaselineAsync(extract, scratch.File("baseline.db"), ct);
            Console.WriteLine($"{Format.N(b.Rows)} rows in {Format.Seconds(b.Elapsed)} s (CPU {Format.Seconds(b.Cpu)} s), warehouse file {b.DatabaseBytes / 1048576.0:N0} MiB.");
            if (baseline is null || b.Elapsed < baseline.Elapsed) baseline = b;
        }

        ProfileReport? profile = null;
        if (args.Has("profile"))
        {
            Console.Write("Instrumented copy of the loader (--profile)... ");
            profile = await RunProfileAsync(extract, scratch.File("profile.db"), ct);
            Console.WriteLine($"{Format.N(profile.Result.RowsRead)} rows in {Format.Seconds(profile.Elapsed)} s (CPU {Format.Seconds(profile.Cpu)} s).");
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
            var smallRun = await ChildLoad.RunOnScratchAsync(smallExtract, scratch.File("memory-small.db"), ct);
            Console.WriteLine($"  {small:N0} children: {Format.N(smallRun.Rows)} rows in {smallRun.Seconds:N1} s, peak RSS {Format.Mib(smallRun.PeakKb)} MiB");
            var largeRun = await ChildLoad.RunOnScratchAsync(largeExtract, scratch.File("memory-large.db"), ct);
            Console.WriteLine($"  {large:N0} children: {Format.N(largeRun.Rows)} rows in {largeRun.Seconds:N1} s, peak RSS {Format.Mib(largeRun.PeakKb)} MiB");
            memory = new MemoryReport(small, smallRun, large, largeRun);
        }

        FieldReport? field = null;
        if (!args.Has("skip-field"))
        {
            var mib = args.Int("field-mib", 1024);
            Console.WriteLine();
            Console.WriteLine("Single-field zip (each load in a child process: load-once):");
            var oneZip = scratch.File("field-1.zip");
            var bigZip = scratch.File($"field-{mib}.zip");
            HugeFieldZip.Write(oneZip, 1);
            HugeFieldZip.Write(bigZip, mib);
            var one = await ChildLoad.RunOnScratchAsync(oneZip, scratch.File("field-1.db"), ct);
            Console.WriteLine($"  1 MiB field ({new FileInfo(oneZip).Length / 1024.0:N0} KiB zip): {one.Rows} rows read, {one.Rejected} rejected, {one.Seconds:N1} s, peak RSS {Format.Mib(one.PeakKb)} MiB");
            var big = await ChildLoad.RunOnScratchAsync(bigZip, scratch.File("field-big.db"), ct);
            Console.WriteLine($"  {mib:N0} MiB field ({new FileInfo(bigZip).Length / 1048576.0:N1} MiB zip): {big.Rows} rows read, {big.Rejected} rejected, {big.Seconds:N1} s, peak RSS {Format.Mib(big.PeakKb)} MiB");
            field = new FieldReport(mib, new FileInfo(bigZip).Length, one, big);
        }

        var report = new LoadReport(children, givenExtract is not null, scorecard!, baseline!, memory, profile, field, total.Elapsed, $"{loadBefore} before, {LoadAverage()} after");
        Console.WriteLine();
        report.Print(Console.Out);
        return report.AllPass ? 0 : 1;
    }

    /// <summary>1, 5 and 15 minute load averages: other work on the machine skews wall-clock rates.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

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
        ForeignKeys.Scorecard ??= await ForeignKeysOnAsync(contexts, ct);
        Collect();
        var cpu = Cpu();
        var clock = Stopwatch.StartNew();
        var result = await loader.LoadAsync(extract, ct: ct);
        clock.Stop();
        cpu = Cpu() - cpu;
        SqliteConnection.ClearAllPools();
        var run = new ThroughputRun(result.RowsRead, clock.Elapsed, cpu, Warehouses.FileBytes(database), await Warehouses.CountRowsAsync(contexts, ct),
            result.Tables.Select(t => (t.Table, t.RowsRead)).ToList(), result);
        ScratchFolder.DeleteDatabase(database);
        return run;
    }

    private static async Task<ThroughputRun> RunBaselineAsync(string extract, string database, CancellationToken ct)
    {
        var contexts = await Warehouses.CreateMigratedAsync(database, ct);
        TimeSpan elapsed, cpu;
        List<(string Table, int Rows)> tables;
        int skipped;
        using (var raw = await RawSqliteBaseline.OpenAsync(contexts, database, ct))
        {
            ForeignKeys.Baseline ??= raw.ForeignKeysOn();
            Collect();
            cpu = Cpu();
            var clock = Stopwatch.StartNew();
            try
            {
                raw.Load(extract, ct);
            }
            catch (SqliteException e)
            {
                throw new InvalidOperationException($"The raw baseline could not insert the extract ({e.Message}). It needs a clean extract: no duplicate ids, no dangling references.", e);
            }
            elapsed = clock.Elapsed;
            cpu = Cpu() - cpu;
            tables = raw.Tables.Select(t => (t.Table, t.Rows)).ToList();
            skipped = raw.RowsSkipped;
        }
        SqliteConnection.ClearAllPools();
        if (skipped > 0) Console.Write($"({skipped} rows skipped: unresolved references; is the extract clean?) ");
        var run = new ThroughputRun(tables.Sum(t => t.Rows), elapsed, cpu, Warehouses.FileBytes(database), await Warehouses.CountRowsAsync(contexts, ct), tables, null);
        ScratchFolder.DeleteDatabase(database);
        return run;
    }

    private static async Task<ProfileReport> RunProfileAsync(string extract, string database, CancellationToken ct)
    {
        var contexts = await Warehouses.CreateMigratedAsync(database, ct);
        // The product's own loader, reporting each table's phases through LoadOptions.Phase.
        var phases = new Dictionary<(string Table, string Phase), TimeSpan>();
        var loader = new ExtractLoader(contexts, Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText()));
        Collect();
        var cpu = Cpu();
        var clock = Stopwatch.StartNew();
        var result = await loader.LoadAsync(extract, new LoadOptions
        {
            Phase = (table, phase, time) => phases[(table, phase)] = phases.GetValueOrDefault((table, phase)) + time,
        }, ct);
        clock.Stop();
        cpu = Cpu() - cpu;
        SqliteConnection.ClearAllPools();
        var counts = await Warehouses.CountRowsAsync(contexts, ct);
        ScratchFolder.DeleteDatabase(database);
        var readRow = ReadRowBreakdown.Measure(extract, Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText()));
        return new ProfileReport(result, clock.Elapsed, cpu, phases, counts, readRow);
    }

    /// <summary>CPU time of this process (all threads): less sensitive than wall time to a busy machine.</summary>
    private static TimeSpan Cpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static (bool? Scorecard, bool? Baseline) ForeignKeys;

    private static string OnOff(bool? on) => on switch { true => "on", false => "OFF", null => "unknown" };

    private static async Task<bool> ForeignKeysOnAsync(Scorecard.Warehouse.WarehouseContextFactory contexts, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA foreign_keys";
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) == 1;
    }

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}

internal sealed record ThroughputRun(
    int Rows, TimeSpan Elapsed, TimeSpan Cpu, long DatabaseBytes, SortedDictionary<string, long> WarehouseRows,
    List<(string Table, int Rows)> Tables, LoadResult? Result)
{
    public double RowsPerSecond => Rows / Elapsed.TotalSeconds;
    public double RowsPerCpuSecond => Rows / Cpu.TotalSeconds;
}

internal sealed record MemoryReport(int SmallChildren, ChildLoad Small, int LargeChildren, ChildLoad Large)
{
    public double Ratio => Large.PeakKb / (double)Small.PeakKb;
}

internal sealed record FieldReport(int FieldMib, long ZipBytes, ChildLoad OneMib, ChildLoad Big)
{
    public double Ratio => Big.PeakKb / (double)OneMib.PeakKb;
}

internal sealed record ProfileReport(LoadResult Result, TimeSpan Elapsed, TimeSpan Cpu, Dictionary<(string Table, string Phase), TimeSpan> Phases, SortedDictionary<string, long> WarehouseRows, ReadRowBreakdown.Result ReadRow)
{
    public IEnumerable<string> PhaseNames => Phases.Keys.Select(k => k.Phase).Distinct();
    public TimeSpan Of(string? table, string phase) => Phases.Where(p => p.Key.Phase == phase && (table is null || p.Key.Table == table)).Aggregate(TimeSpan.Zero, (a, p) => a + p.Value);
    // The reading and staging threads' busy times overlap "read, check and stage rows": shown, not added up.
    public TimeSpan Total => Phases.Where(p => !p.Key.Phase.StartsWith(TableLoader.ParallelPhase, StringComparison.Ordinal)).Aggregate(TimeSpan.Zero, (a, b) => a + b.Value);
}

/// <summary>The results as a console table, PASS/FAIL lines and a markdown section for docs/performance.md.</summary>
internal sealed class LoadReport(
    int children, bool givenExtract, ThroughputRun scorecard, ThroughputRun baseline, MemoryReport? memory, ProfileReport? profile, FieldReport? singleField, TimeSpan total, string loadAverage)
{
    private double ThroughputRatio => scorecard.RowsPerSecond / baseline.RowsPerSecond;
    private bool ThroughputPass => ThroughputRatio >= LoadBenchmarkCommand.ThroughputTarget;
    private bool MemoryPass => memory is null || memory.Ratio <= LoadBenchmarkCommand.MemoryTarget;
    // The huge field is skipped (rejected as too long) and the row after it loads: anything else is a failure too.
    private bool FieldPass => singleField is null || (singleField.Ratio <= LoadBenchmarkCommand.FieldTarget && singleField.Big is { Rows: 2, Rejected: 1 });
    public bool AllPass => ThroughputPass && MemoryPass && FieldPass && SameRows;

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
        o.WriteLine($"{"",-34}{"rows",12}{"seconds",10}{"rows/s",12}{"CPU s",10}{"rows/CPU s",12}");
        o.WriteLine($"{"Scorecard ExtractLoader.LoadAsync",-34}{Format.N(scorecard.Rows),12}{Format.Seconds(scorecard.Elapsed),10}{Format.Rate(scorecard.RowsPerSecond),12}{Format.Seconds(scorecard.Cpu),10}{Format.Rate(scorecard.RowsPerCpuSecond),12}");
        o.WriteLine($"{"Raw SQLite baseline",-34}{Format.N(baseline.Rows),12}{Format.Seconds(baseline.Elapsed),10}{Format.Rate(baseline.RowsPerSecond),12}{Format.Seconds(baseline.Cpu),10}{Format.Rate(baseline.RowsPerCpuSecond),12}");
        o.WriteLine($"{"Ratio Scorecard / baseline",-34}{"",12}{"",10}{P(ThroughputRatio),12}{"",10}{P(scorecard.RowsPerCpuSecond / baseline.RowsPerCpuSecond),12}");
        o.WriteLine($"(rows/s is the target's measure; CPU time is shown because other work on the machine skews wall time. Load average: {loadAverage}.)");
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
            var smallGrowth = memory.Small.PeakKb - memory.Small.PeakAfterMigrateKb;
            var largeGrowth = memory.Large.PeakKb - memory.Large.PeakAfterMigrateKb;
            o.WriteLine($"Peak above the post-migration peak: small +{Format.Mib(smallGrowth)} MiB, 10x +{Format.Mib(largeGrowth)} MiB (ratio {P(largeGrowth / (double)Math.Max(1, smallGrowth))}).");
            o.WriteLine("What the peak is made of (the 20 ms sample with the highest RSS; MiB):");
            o.WriteLine($"  {"",-8}{"RSS",8}{"anon",8}{"file",8}{"shmem",8} |{"managed",9}{"GC comm.",9}{"SQLite",8}{"malloc",8}{"m. free",8} |{"max mngd",9}{"max SQLite",11}");
            foreach (var (label, r) in new[] { ("small", memory.Small), ("10x", memory.Large) })
            {
                var a = r.AtPeak;
                o.WriteLine($"  {label,-8}{Format.Mib(a.RssKb),8}{Format.Mib(a.AnonKb),8}{Format.Mib(a.FileKb),8}{Format.Mib(a.ShmemKb),8} |{Format.Mib(a.ManagedBytes / 1024),9}{Format.Mib(a.GcCommittedBytes / 1024),9}" +
                            $"{Format.Mib(a.SqliteBytes / 1024),8}{Format.Mib(a.MallocInUseBytes / 1024),8}{Format.Mib(a.MallocFreeBytes / 1024),8} |{Format.Mib(r.MaxManagedBytes / 1024),9}{Format.Mib(r.MaxSqliteBytes / 1024),11}");
            }
            o.WriteLine("  anon: private memory (GC heap, malloc - SQLite's page caches and sorters among it - and the runtime); file: mapped files (assemblies,");
            o.WriteLine("  libe_sqlite3, SQLite's -shm WAL index); shmem: mostly the runtime's double-mapped JIT code. managed: GC.GetTotalMemory; GC comm.: GC");
            o.WriteLine("  committed at its last collection; SQLite: sqlite3_memory_used; malloc / m. free: glibc mallinfo2 in use / freed but held.");
        }

        if (singleField is not null)
        {
            o.WriteLine();
            o.WriteLine("== Single-field zip: ssd_person.csv with one huge quoted field between two ordinary rows (load-once child processes) ==");
            o.WriteLine($"{"field",-12}{"zip MiB",10}{"rows read",11}{"rejected",10}{"seconds",10}{"peak RSS MiB",14}{"max managed MiB",17}");
            foreach (var (label, zip, r) in new[] { ("1 MiB", 0L, singleField.OneMib), ($"{Format.N(singleField.FieldMib)} MiB", singleField.ZipBytes, singleField.Big) })
                o.WriteLine($"{label,-12}{(zip == 0 ? "" : P(zip / 1048576.0, "N1")),10}{r.Rows,11}{r.Rejected,10}{P(r.Seconds),10}{Format.Mib(r.PeakKb),14}{Format.Mib(r.MaxManagedBytes / 1024),17}");
            o.WriteLine($"{"Ratio",-12}{"",10}{"",11}{"",10}{"",10}{P(singleField.Ratio),14}");
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
        if (singleField is not null)
            yield return $"{(FieldPass ? "PASS" : "FAIL")} single field: peak RSS {Format.Mib(singleField.Big.PeakKb)} MiB with a {Format.N(singleField.FieldMib)} MiB field / {Format.Mib(singleField.OneMib.PeakKb)} MiB with a 1 MiB field = {P(singleField.Ratio)} (target <= {P(LoadBenchmarkCommand.FieldTarget)}; the field's row rejected, the next row loaded)";
        if (!SameRows) yield return $"FAIL row counts: the baseline did not load the same rows ({string.Join("; ", Mismatches)})";
    }

    private void PrintProfile(TextWriter o, ProfileReport p)
    {
        o.WriteLine();
        o.WriteLine($"== Profile: the loader's phases, {Format.N(p.Result.RowsRead)} rows in {Format.Seconds(p.Elapsed)} s ({Format.Rate(p.Result.RowsRead / p.Elapsed.TotalSeconds)} rows/s) ==");
        o.WriteLine($"{"phase (all tables)",-40}{"seconds",10}{"share",8}");
        foreach (var phase in p.PhaseNames)
            o.WriteLine($"{phase,-40}{Format.Seconds(p.Of(null, phase)),10}{P(100 * p.Of(null, phase).TotalSeconds / p.Elapsed.TotalSeconds, "N1") + "%",8}");
        o.WriteLine($"{"(outside the tables: hash, plan, commit)",-40}{Format.Seconds(p.Elapsed - p.Total),10}");
        var readRow = p.Of(null, "read, check and stage rows");
        o.WriteLine();
        o.WriteLine($"Inside reading ({Format.Seconds(readRow)} s: the reading thread and the staging thread side by side), from a separate single-threaded pass over the same files:");
        o.WriteLine($"  {"CsvTokenizer, fetch + trim " + Format.N(p.ReadRow.Fields) + " fields as strings",-60}{Format.Seconds(p.ReadRow.Parse),10}");
        o.WriteLine($"  {"HMAC-SHA256 pseudonymisation of " + Format.N(p.ReadRow.IdentifierCells) + " identifier cells",-60}{Format.Seconds(p.ReadRow.Pseudonymise),10}" +
                    $"   ({P(p.ReadRow.Pseudonymise.TotalMilliseconds * 1000 / Math.Max(1, p.ReadRow.IdentifierCells), "N2")} us each)");
        o.WriteLine();
        o.WriteLine("Per table, seconds:");
        o.WriteLine($"  {"table",-32}{"rows",11}" + string.Concat(p.PhaseNames.Select(n => $"{n.Split(' ')[n.StartsWith(TableLoader.ParallelPhase, StringComparison.Ordinal) ? 1 : 0],12}")) + $"{"total",9}");
        foreach (var table in p.Phases.Keys.Select(k => k.Table).Distinct())
        {
            var rows = p.Result.Tables.FirstOrDefault(r => r.Table == table)?.RowsRead ?? 0;
            o.WriteLine($"  {table,-32}{Format.N(rows),11}" + string.Concat(p.PhaseNames.Select(n => $"{Format.Seconds(p.Of(table, n)),12}")) +
                        $"{Format.Seconds(p.PhaseNames.Where(n => !n.StartsWith(TableLoader.ParallelPhase, StringComparison.Ordinal)).Aggregate(TimeSpan.Zero, (a, n) => a + p.Of(table, n))),9}");
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
        m.AppendLine("| Load | Rows | Seconds | Rows/s | CPU seconds |");
        m.AppendLine("|---|---:|---:|---:|---:|");
        m.AppendLine($"| Scorecard `ExtractLoader.LoadAsync` (pseudonymise, validate, stage, set-based checks, upsert) | {Format.N(scorecard.Rows)} | {Format.Seconds(scorecard.Elapsed)} | {Format.Rate(scorecard.RowsPerSecond)} | {Format.Seconds(scorecard.Cpu)} |");
        m.AppendLine($"| Raw baseline: CsvParser + Microsoft.Data.Sqlite prepared INSERTs, same tables, one transaction | {Format.N(baseline.Rows)} | {Format.Seconds(baseline.Elapsed)} | {Format.Rate(baseline.RowsPerSecond)} | {Format.Seconds(baseline.Cpu)} |");
        m.AppendLine($"| **Ratio Scorecard / baseline** (target >= {P(LoadBenchmarkCommand.ThroughputTarget)}) | | | **{P(ThroughputRatio)}** {(ThroughputPass ? "PASS" : "FAIL")} | {P(scorecard.RowsPerCpuSecond / baseline.RowsPerCpuSecond)} |");
        m.AppendLine();
        m.AppendLine($"Load average during the run: {loadAverage} (wall-clock rates are sensitive to other work on the machine; CPU seconds less so).");
        if (memory is not null)
        {
            m.AppendLine();
            m.AppendLine("| Peak memory (VmHWM of a child process doing one load) | Children | Rows | Peak RSS (MiB) |");
            m.AppendLine("|---|---:|---:|---:|");
            m.AppendLine($"| Small extract | {Format.N(memory.SmallChildren)} | {Format.N(memory.Small.Rows)} | {Format.Mib(memory.Small.PeakKb)} |");
            m.AppendLine($"| 10x extract | {Format.N(memory.LargeChildren)} | {Format.N(memory.Large.Rows)} | {Format.Mib(memory.Large.PeakKb)} |");
            m.AppendLine($"| **Ratio 10x / small** (target <= {P(LoadBenchmarkCommand.MemoryTarget)}) | | | **{P(memory.Ratio)}** {(MemoryPass ? "PASS" : "FAIL")} |");
            m.AppendLine();
            var (sp, lp) = (memory.Small.AtPeak, memory.Large.AtPeak);
            m.AppendLine($"At the peaks (small / 10x): SQLite's heap {Format.Mib(sp.SqliteBytes / 1024)} / {Format.Mib(lp.SqliteBytes / 1024)} MiB, managed heap {Format.Mib(sp.ManagedBytes / 1024)} / {Format.Mib(lp.ManagedBytes / 1024)} MiB, " +
                         $"mapped files and JIT code {Format.Mib(sp.FileKb + sp.ShmemKb)} / {Format.Mib(lp.FileKb + lp.ShmemKb)} MiB; the process peaked at {Format.Mib(memory.Small.PeakAfterMigrateKb)} / {Format.Mib(memory.Large.PeakAfterMigrateKb)} MiB while migrating the empty warehouse, before the load.");
        }
        if (singleField is not null)
        {
            m.AppendLine();
            m.AppendLine("| Single-field zip (ssd_person.csv, one quoted field between two rows) | Zip MiB | Rows read | Rejected | Seconds | Peak RSS (MiB) |");
            m.AppendLine("|---|---:|---:|---:|---:|---:|");
            m.AppendLine($"| 1 MiB field | | {singleField.OneMib.Rows} | {singleField.OneMib.Rejected} | {P(singleField.OneMib.Seconds)} | {Format.Mib(singleField.OneMib.PeakKb)} |");
            m.AppendLine($"| {Format.N(singleField.FieldMib)} MiB field | {P(singleField.ZipBytes / 1048576.0, "N1")} | {singleField.Big.Rows} | {singleField.Big.Rejected} | {P(singleField.Big.Seconds)} | {Format.Mib(singleField.Big.PeakKb)} |");
            m.AppendLine($"| **Ratio** (target <= {P(LoadBenchmarkCommand.FieldTarget)}) | | | | | **{P(singleField.Ratio)}** {(FieldPass ? "PASS" : "FAIL")} |");
        }
        if (profile is not null)
        {
            m.AppendLine();
            m.AppendLine($"Where the load's time goes (`load --profile`, the loader's own phase timings, {Format.Seconds(profile.Elapsed)} s):");
            m.AppendLine();
            m.AppendLine("| Phase (all tables) | Seconds | Share |");
            m.AppendLine("|---|---:|---:|");
            foreach (var phase in profile.PhaseNames)
                m.AppendLine($"| {phase} | {Format.Seconds(profile.Of(null, phase))} | {P(100 * profile.Of(null, phase).TotalSeconds / profile.Elapsed.TotalSeconds, "N1")}% |");
        }
        return m.ToString();
    }
}
