using System.Globalization;
using Scorecard.Measures.Publishing;
using Scorecard.Reports.Snapshot;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Reports.Benchmarks;

/// <summary>The words the workbook and the board document use for benchmarks, so both say the same.</summary>
public static class BenchmarkText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>A DfE figure as a table shows it: "22.6%", or "not published" where the DfE withholds or lacks it.</summary>
    public static string Figure(double? value) => value is { } v ? v.ToString("0.0", English) + "%" : "not published";

    /// <summary>"22.6% (142,900 of 632,830)": a DfE figure with the counts it divides, as our own percentages are shown.</summary>
    public static string Figure(DfeValue value) => Figure(value.Percent) + Base(value);

    /// <summary>" (142,900 of 632,830)", or nothing where the DfE publishes no counts.</summary>
    public static string Base(DfeValue value) =>
        value is { Percent: not null, Numerator: { } n, Denominator: { } d } && d > 0 ? PackText.OutOf(n, d) : "";

    /// <summary>"20.4% (mean of 10)": the neighbours' average is of rates, so it has no single base.</summary>
    public static string Neighbours(DfeFigure y) => y.Neighbours is { } v ? $"{Figure(v)} (mean of {y.NeighboursPublished})" : Figure(null);

    /// <summary>Our own financial-year figure: the published text with its base, or what stands in for it.</summary>
    public static string Own(PublishedMeasureValue? cell) =>
        cell is null ? "no data" : cell.State == PublishedState.Value ? cell.DisplayValue + PackText.OutOf(cell) : cell.DisplayValue;

    /// <summary>"England 22.6% · North East 20.7% · statistical neighbours 20.4% (2024-25)": one line beside a measure.</summary>
    public static string Beside(MeasureBenchmark b)
    {
        var y = b.Latest;
        var parts = new List<string> { $"England {Figure(y.England.Percent)}" };
        if (y.RegionName is not null) parts.Add($"{y.RegionName} {Figure(y.Region.Percent)}");
        if (y.NeighboursPublished > 0) parts.Add($"statistical neighbours {Figure(y.Neighbours)}");
        return $"DfE {y.Year}: " + string.Join(" · ", parts);
    }

    public static string Heading(PackSnapshot s) =>
        $"How {s.Authority.Name} compares: DfE published figures";

    public static string Explanation(PackSnapshot s, DfeBenchmarks b) =>
        $"{s.Authority.Name}'s own figure for each financial year, from this warehouse by the DfE's definition, beside the DfE's published figures for England" +
        (b.LaName is null
            ? ". Set laNumber in benchmarks.json to compare with the council's region and statistical neighbours as well."
            : $", the region ({b.RegionName}), the average of the ten statistical neighbours the DfE names for {b.LaName} (LA {b.Settings.LaNumber}), and {b.LaName} as the DfE published it.") +
        " The DfE's year runs from April to March, as ours does.";

    /// <summary>Sources and dates, one line each, then the neighbours by name.</summary>
    public static IEnumerable<string> Sources(PackSnapshot s, DfeBenchmarks b)
    {
        foreach (var (m, benchmark) in s.Benchmarked)
        {
            var src = benchmark.Source;
            yield return $"{m.Code}: {src.Source} (data to {src.DataDate}; file {src.File}, column {src.Column})" + (src.Url is null ? "." : $", {src.Url}.");
        }
        if (b.Settings.StatisticalNeighbours is { } sn && b.LaName is not null)
            yield return $"Statistical neighbours of {b.LaName}, closest first: {string.Join(", ", b.NeighbourNames)}. {sn.Source} ({sn.DataDate}). " +
                         "The average is the simple mean of the neighbours' published values; a neighbour whose figure is withheld is left out.";
        yield return "Reference data ship with the application and are read from files when the pack is written; nothing is fetched. `scorecard benchmarks import` brings in a newer DfE file.";
    }
}
