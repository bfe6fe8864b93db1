using System.Globalization;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// Small-number suppression as DfE statistics do it: counts 1 to 5 show as "c" (0 stays 0), and so does any
/// percentage whose numerator or denominator is 1 to 5. Applied by outputs; stored values never change.
/// </summary>
public static class Suppression
{
    public const string Symbol = "c";

    public static bool IsSmall(int count) => count is >= 1 and <= 5;

    public static bool IsSmallNumber(MeasureUnit unit, int numerator, int? denominator) =>
        unit == MeasureUnit.Count ? IsSmall(numerator) : IsSmall(numerator) || (denominator is { } d && IsSmall(d));

    /// <summary>The value as a published output shows it.</summary>
    public static string Format(MeasureDefinition measure, MeasureValue value, bool suppress)
    {
        if (suppress && value.IsSmallNumber) return Symbol;
        if (value.Value is null) return "-";
        return measure.Unit == MeasureUnit.Percentage
            ? value.Value.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%"
            : value.Value.Value.ToString("#,##0", CultureInfo.InvariantCulture);
    }
}
