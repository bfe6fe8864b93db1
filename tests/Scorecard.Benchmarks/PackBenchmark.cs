using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.SampleData;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Reports;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse;

namespace Scorecard.Benchmarks;

/// <summary>
/// `pack`: the Children's Trust pack for a large generated council (40,000 children by default). Generating,
/// loading and refreshing are not timed (or are skipped with --db, reusing a refreshed warehouse); timed is
/// the pack itself, from the refreshed snapshot to finished files, first in a cold process (what
/// `scorecard pack` costs) and then warm. Target: under 5 s on a 2-core machine.
/// </summary>
public static class PackBenchmark
{
    public const double TargetSeconds = 5;

    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options.Parse(args);
        if (options.Help)
        {
            Console.WriteLine("pack [--db FILE] [--children N] [--seed N] [--template NAME] [--period LABEL] [--runs N] [--out DIR]");
            Console.WriteLine("  --db        a refreshed SQLite warehouse to reuse (skips generate, load and refresh)");
            Console.WriteLine("  --children  children in the generated council (default 40000)");
            Console.WriteLine("  --template  pack template in report-templates/ (default childrens-trust-quarterly)");
            Console.WriteLine("  --runs      timed runs; the first is cold (default 3)");
            Console.WriteLine("  --out       keep the pack files here (default: a temp folder, deleted)");
            return 0;
        }

        var root = ScratchFolder.RepositoryRoot();
        var scratch = Directory.CreateTempSubdirectory("scorecard-pack-bench-").FullName;
        try
        {
            var database = options.Database ?? Path.Combine(scratch, "warehouse.db");
            var contexts = new WarehouseContextFactory(new WarehouseOptions { ConnectionString = database });
            Console.WriteLine($"Pack benchmark: {options.Template}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
            if (options.Database is null) await PrepareAsync(contexts, scratch, root, options);
            else Console.WriteLine($"  reusing the refreshed warehouse {Path.GetFullPath(database)}");

            var template = PackTemplateReader.Load(Path.Combine(root, "report-templates"), options.Template);
            var output = options.Output ?? Path.Combine(scratch, "out");
            var runs = new List<(double Seconds, double ReadSeconds, long PeakRssKb, int Files, double CpuSeconds)>();
            BoardPack? last = null;
            for (var run = 1; run <= options.Runs; run++)
            {
                using var sampler = new RssSampler();
                // CPU seconds of the process while the pack is written (the sampler's 5 ms wake-ups included): steadier than wall time on a shared machine.
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                last = await new BoardPackWriter(contexts).WriteAsync(template, options.Period, output);
                clock.Stop();
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
                var files = last.Paths.Count;
                runs.Add((clock.Elapsed.TotalSeconds, last.ReadTime.TotalSeconds, sampler.PeakKb, files, cpu));
                Console.WriteLine($"  run {run}{(run == 1 ? " (cold)" : "")}: {clock.Elapsed.TotalSeconds:N2} s, {cpu:N2} CPU s (snapshot read {last.ReadTime.TotalSeconds:N2} s), " +
                                  $"{files} files, peak RSS during the pack {Mib(sampler.PeakKb)} MiB");
            }

            var cold = runs[0].Seconds;
            var warm = runs.Skip(1).Select(r => r.Seconds).Order().ToList();
            var bytes = last!.Paths.Sum(p => new FileInfo(p).Length);
            Console.WriteLine();
            Console.WriteLine($"Pack {template.Name} {last.PeriodLabel}: workbook {new FileInfo(last.WorkbookPath).Length / 1024.0:N0} KiB, " +
                              $"{last.Charts.PngPaths.Count} charts (PNG + PDF), {bytes / 1048576.0:N1} MiB in all");
            Console.WriteLine($"  cold: {cold:N2} s" + (warm.Count > 0 ? $"; warm median {warm[warm.Count / 2]:N2} s" : ""));
            var warmCpu = runs.Skip(1).Select(r => r.CpuSeconds).Order().ToList();
            Console.WriteLine($"  CPU seconds: cold {runs[0].CpuSeconds:N2}" + (warmCpu.Count > 0 ? $"; warm {string.Join(", ", runs.Skip(1).Select(r => r.CpuSeconds.ToString("N2", CultureInfo.InvariantCulture)))}, median {warmCpu[warmCpu.Count / 2]:N2}" : ""));
            Console.WriteLine($"  peak RSS during a pack {Mib(runs.Max(r => r.PeakRssKb))} MiB; process peak (VmHWM, includes any generate/load/refresh) {Mib(RssSampler.Read("VmHWM:") ?? 0)} MiB");
            Console.WriteLine($"{(cold < TargetSeconds ? "PASS" : "FAIL")} time: {cold:N2} s from the refreshed snapshot to finished files, cold (target < {TargetSeconds:N0} s)");
            return cold < TargetSeconds ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try { Directory.Delete(scratch, recursive: true); }
            catch (IOException e) { Console.Error.WriteLine($"Could not delete {scratch}: {e.Message}"); }
        }
    }

    /// <summary>Generate, load and refresh the council: not timed against the target, but reported.</summary>
    private static async Task PrepareAsync(WarehouseContextFactory contexts, string scratch, string root, Options options)
    {
        var clock = Stopwatch.StartNew();
        var council = new SyntheticCouncilOptions { Children = options.Children, Seed = options.Seed };
        var extract = new SyntheticCouncilGenerator(council).Write(Path.Combine(scratch, "extract"));
        Console.WriteLine($"  generated {options.Children:N0} children ({extract.TotalRows:N0} rows) in {clock.Elapsed.TotalSeconds:N1} s (not timed)");
        clock.Restart();
        var load = await new ExtractLoader(contexts, Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText()))
            .LoadAsync(extract.Folder, new LoadOptions { AuthorityName = council.AuthorityName });
        if (load.Status != Scorecard.Warehouse.Integration.LoadStatus.Succeeded) throw new InvalidOperationException($"The load failed: {load.Message}");
        Console.WriteLine($"  loaded in {clock.Elapsed.TotalSeconds:N1} s (not timed)");
        clock.Restart();
        var targets = Path.Combine(root, "report-templates", "targets.json");
        var refresh = await new MeasureRefresher(contexts, new MeasureOptions(), targets).RefreshAsync(RefreshMode.Full);
        Console.WriteLine($"  refreshed {refresh.ValuesWritten:N0} values in {clock.Elapsed.TotalSeconds:N1} s (not timed)");
    }


    private static string Mib(long kb) => (kb / 1024.0).ToString("N1", CultureInfo.InvariantCulture);

    private sealed record Options(string? Database, int Children, int Seed, string Template, string? Period, int Runs, string? Output, bool Help)
    {
        public static Options Parse(string[] args)
        {
            var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var help = false;
            // The subcommand's own name may come first ("pack --db x").
            for (var i = args.Length > 0 && !args[0].StartsWith('-') ? 1 : 0; i < args.Length; i++)
            {
                if (args[i] is "-h" or "--help") { help = true; continue; }
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                    throw new ArgumentException($"Expected --option value, got '{args[i]}'.");
                values[args[i][2..]] = args[++i];
            }
            int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
            return new Options(values.GetValueOrDefault("db"), Int("children", 40_000), Int("seed", 20240401),
                values.GetValueOrDefault("template") ?? "childrens-trust-quarterly", values.GetValueOrDefault("period"),
                Math.Max(1, Int("runs", 3)), values.GetValueOrDefault("out"), help);
        }
    }

    /// <summary>Samples this process's resident set every 5 ms: the peak while a pack is written.</summary>
    private sealed class RssSampler : IDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _sampling;
        private long _peakKb;

        public RssSampler()
        {
            _peakKb = Read("VmRSS:") ?? 0;
            _sampling = Task.Run(async () =>
            {
                while (!_stop.IsCancellationRequested)
                {
                    if (Read("VmRSS:") is { } kb) Interlocked.Exchange(ref _peakKb, Math.Max(Interlocked.Read(ref _peakKb), kb));
                    try { await Task.Delay(5, _stop.Token); } catch (OperationCanceledException) { }
                }
            });
        }

        public long PeakKb => Interlocked.Read(ref _peakKb);

        /// <summary>A "VmRSS:" / "VmHWM:" line of /proc/self/status in KiB; null off Linux.</summary>
        public static long? Read(string field)
        {
            const string status = "/proc/self/status";
            if (!File.Exists(status)) return null;
            foreach (var line in File.ReadLines(status))
                if (line.StartsWith(field, StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            return null;
        }

        public void Dispose()
        {
            _stop.Cancel();
            _sampling.GetAwaiter().GetResult();
            _stop.Dispose();
        }
    }
}
