using System.Diagnostics;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// Reads an extract's files with the loader's reader only (CSV, values, mapping, pseudonyms; no database), per table:
/// where reading one shape costs more than another.
/// </summary>
internal sealed class ReadOnlyCommand : IBenchmarkCommand
{
    public string Name => "read";
    public string Summary => "Read an extract's files with the loader's reader only (no database): seconds per table.";

    public IReadOnlyList<BenchmarkOption> Options { get; } =
    [
        new("extract", "The extract folder to read."),
        new("runs", "Read it this many times and keep the fastest per table (default 3)."),
    ];

    public Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct)
    {
        var folder = args.String("extract") ?? throw new BenchmarkUsageException("--extract is required.");
        var runs = args.Int("runs", 3);
        var pseudonymiser = Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText());
        var best = new Dictionary<string, (int Rows, double Seconds)>();
        for (var run = 0; run < runs; run++)
        {
            foreach (var spec in ExtractContract.Tables)
            {
                var file = Path.Combine(folder, spec.FileName);
                if (!File.Exists(file)) continue;
                var clock = Stopwatch.StartNew();
                using var stream = File.OpenRead(file);
                using var reader = new CsvTableReader(spec, stream, spec.FileName, pseudonymiser, CouncilMapping.Default, new SourceEvidence());
                reader.ReadHeader();
                var problems = new List<RowProblem>();
                var rows = 0;
                while (reader.ReadRow(problems) is not null) rows++;
                var seconds = clock.Elapsed.TotalSeconds;
                if (!best.TryGetValue(spec.Name, out var b) || seconds < b.Seconds) best[spec.Name] = (rows, seconds);
            }
        }
        foreach (var (table, (rows, seconds)) in best)
            Console.WriteLine($"{table,-34}{Format.N(rows),12}{seconds,10:N3}{Format.Rate(rows / seconds),12}");
        Console.WriteLine($"{"total",-34}{Format.N(best.Values.Sum(b => b.Rows)),12}{best.Values.Sum(b => b.Seconds),10:N3}");
        return Task.FromResult(0);
    }
}
