using System.Globalization;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Reports.Snapshot;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Reports;

/// <summary>The words both the workbook and the charts use, so they say the same thing the same way.</summary>
public static class PackText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Date(DateOnly date) => DisplayText.Date(date);

    public static string DateTimeUtc(DateTime utc) => utc.ToString("d MMMM yyyy HH:mm", English) + " UTC";

    /// <summary>"2026-27 Q2 (1 July to 30 September 2026)".</summary>
    public static string PeriodWithDates(Period p) =>
        p.StartDate.Year == p.EndDate.Year
            ? $"{p.Label} ({p.StartDate.ToString("d MMMM", English)} to {Date(p.EndDate)})"
            : $"{p.Label} ({Date(p.StartDate)} to {Date(p.EndDate)})";

    public static string Suppression(bool suppress) => suppress
        ? SmallNumbers.Legend
        : "Small numbers are NOT suppressed in this pack: it is for internal use and must not be published or shared outside the council.";

    public static string Polarity(MeasureDefinition m) => m.Polarity switch
    {
        Warehouse.Measures.Polarity.HigherIsBetter => "Higher is better",
        Warehouse.Measures.Polarity.LowerIsBetter => "Lower is better",
        _ => "Context (no better or worse)",
    };

    public static string Unit(MeasureDefinition m) => m.Unit == MeasureUnit.Percentage ? "Percentage" : "Count";

    /// <summary>"load batch 1 of 23 Nov 2026." for a page footer (the cover has the full account).</summary>
    public static string DataAsOfShort(DataQuality quality)
    {
        var batches = quality.Batches.Select(b => $"{b.LoadBatchId} ('{ExtractName(b.SourceName)}') of {(b.FinishedAtUtc ?? b.StartedAtUtc).ToString("d MMM yyyy", English)}").ToList();
        return (batches.Count == 1 ? "load batch " : "load batches ") + string.Join(", ", batches) + ".";
    }

    /// <summary>
    /// What a direction cell says: "c" when the value is withheld; nothing for a provisional value (its RAG cell says
    /// so); "c" when the comparator is withheld; otherwise the published direction as arrow and word ("▼ improving").
    /// </summary>
    public static string DirectionOfTravel(ShownValue current, ShownValue comparator, Direction? direction)
    {
        if (current.Kind == ShownKind.Suppressed) return SmallNumbers.Symbol;
        if (current.IsProvisional) return "";
        if (comparator.Kind == ShownKind.Suppressed) return SmallNumbers.Symbol;
        if (direction is not { } d || current.Row is null) return "";
        var (arrow, word) = DisplayText.Direction(d, current.Row.Polarity);
        return $"{arrow} {word}";
    }

    /// <summary>The footnote for provisional values: what "p" means, and when each settles.</summary>
    public static string? ProvisionalNote(IEnumerable<(MeasureDefinition Measure, DateOnly SettlesOn)> settling)
    {
        var list = settling.GroupBy(x => x.Measure.Code).Select(g => (g.First().Measure, SettlesOn: g.Max(x => x.SettlesOn))).OrderBy(x => x.Measure.Code, StringComparer.Ordinal).ToList();
        if (list.Count == 0) return null;
        return "p = provisional: records dated after the period can still change the value (a referral up to 30 days after an early help closure makes it a step-up; " +
               "a first TAF meeting can follow up to 42 days after a start), so it has no RAG or direction of travel yet. Settles on: " +
               string.Join("; ", list.Select(x => $"{x.Measure.Code} {Date(x.SettlesOn)}")) + ".";
    }

    public static string AuditGradeName(int grade) => grade switch
    {
        1 => "Outstanding",
        2 => "Good",
        3 => "Requires improvement",
        4 => "Inadequate",
        _ => "Grade " + grade.ToString(English),
    };

    /// <summary>" (5 of 8)": the numerator and denominator a visible percentage rests on; nothing when they are not published.</summary>
    public static string OutOf(PublishedMeasureValue? row) =>
        row is { State: PublishedState.Value, Unit: MeasureUnit.Percentage, Numerator: { } n, Denominator: { } d } && d > 0 ? OutOf(n, d) : "";

    public static string OutOf(double numerator, double denominator) =>
        $" ({DisplayText.Number(MeasureUnit.Count, numerator)} of {DisplayText.Number(MeasureUnit.Count, denominator)})";

    /// <summary>
    /// The extract's own name without the folder it was loaded from ("northshire-2026-09.zip"): a pack travels
    /// outside the council, and a server path says nothing to a board and too much to anyone else.
    /// </summary>
    public static string ExtractName(string sourceName)
    {
        var trimmed = sourceName.TrimEnd('/', '\\');
        var cut = trimmed.LastIndexOfAny(['/', '\\']);
        return cut >= 0 ? trimmed[(cut + 1)..] : trimmed;
    }

    /// <summary>
    /// Where a definition comes from, as a pack prints it: the DfE's definitions by name; the rest are the
    /// project's own catalogue, whatever other councils' frameworks it was first modelled on.
    /// </summary>
    public static string DefinitionSource(MeasureDefinition m) =>
        m.Source.StartsWith("DfE", StringComparison.Ordinal) ? m.Source : "Local definition (measure catalogue, version 1)";

    /// <summary>"30 September 2026": the newest record date among the loaded tables, the day the data is as of.</summary>
    public static DateOnly? DataAsOf(DataQuality quality) =>
        quality.Sources.Select(t => t.LatestRecordDate).Max();

    /// <summary>"2026-27 Q2" -> "2026-27-Q2": labels as file names.</summary>
    public static string FileLabel(string periodLabel) => periodLabel.Replace(' ', '-').Replace('/', '-');
}
