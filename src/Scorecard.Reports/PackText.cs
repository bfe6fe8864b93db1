using System.Globalization;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Targets;
using Scorecard.Reports.Snapshot;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Reports;

/// <summary>The words both the workbook and the charts use, so they say the same thing the same way.</summary>
public static class PackText
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", English);

    public static string DateTimeUtc(DateTime utc) => utc.ToString("d MMMM yyyy HH:mm", English) + " UTC";

    /// <summary>"2026-27 Q2 (1 July to 30 September 2026)".</summary>
    public static string PeriodWithDates(Period p) =>
        p.StartDate.Year == p.EndDate.Year
            ? $"{p.Label} ({p.StartDate.ToString("d MMMM", English)} to {Date(p.EndDate)})"
            : $"{p.Label} ({Date(p.StartDate)} to {Date(p.EndDate)})";

    public static string Suppression(bool suppress) => suppress
        ? "c = suppressed: counts of 1 to 5, and any percentage whose numerator or denominator is 1 to 5, are not shown (as in DfE statistics); 0 is shown as 0."
        : "Small numbers are NOT suppressed in this pack: it is for internal use and must not be published or shared outside the council.";

    public static string Polarity(MeasureDefinition m) => m.Polarity switch
    {
        Measures.Catalogue.Polarity.HigherIsBetter => "Higher is better",
        Measures.Catalogue.Polarity.LowerIsBetter => "Lower is better",
        _ => "Context (no better or worse)",
    };

    public static string Unit(MeasureDefinition m) => m.Unit == MeasureUnit.Percentage ? "Percentage" : "Count";

    /// <summary>"load batch 1 of 23 Nov 2026." for a page footer (the cover has the full account).</summary>
    public static string DataAsOfShort(DataQuality quality)
    {
        var batches = quality.Batches.Select(b => $"{b.LoadBatchId} of {(b.FinishedAtUtc ?? b.StartedAtUtc).ToString("d MMM yyyy", English)}").ToList();
        return (batches.Count == 1 ? "load batch " : "load batches ") + string.Join(", ", batches) + ".";
    }

    /// <summary>
    /// The arrow shows which way the value moved; the word says whether that is better or worse by the
    /// measure's polarity (a fall in re-referrals is "▼ improving"). Shown only when both values are shown.
    /// </summary>
    public static (string Arrow, string Word) DirectionOfTravel(MeasureDefinition measure, ShownValue current, ShownValue comparator)
    {
        if (current.Kind == ShownKind.Suppressed || comparator.Kind == ShownKind.Suppressed) return ("", ShownValue.Suppressed.Text(measure.Unit));
        if (!current.IsNumber || !comparator.IsNumber) return ("", "");
        var direction = TargetRules.DirectionFor(measure, current.Number, comparator.Number);
        var arrow = direction == Direction.NoChange ? "►" : current.Number > comparator.Number ? "▲" : "▼";
        return direction switch
        {
            Direction.Improving => (arrow, "improving"),
            Direction.Worsening => (arrow, "worsening"),
            Direction.NoChange => (arrow, "no change"),
            Direction.Up => (arrow, "up"),
            Direction.Down => (arrow, "down"),
            _ => ("", ""),
        };
    }

    public static string AuditGradeName(int grade) => grade switch
    {
        1 => "Outstanding",
        2 => "Good",
        3 => "Requires improvement",
        4 => "Inadequate",
        _ => "Grade " + grade.ToString(English),
    };

    /// <summary>"2026-27 Q2" -> "2026-27-Q2": labels as file names.</summary>
    public static string FileLabel(string periodLabel) => periodLabel.Replace(' ', '-').Replace('/', '-');
}
