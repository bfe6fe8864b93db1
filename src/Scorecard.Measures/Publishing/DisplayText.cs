using System.Globalization;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Measures.Publishing;

/// <summary>
/// How a published value is written, the one format every output uses: counts with thousands separators
/// ("1,234"), percentages to one decimal place ("12.5%"), "-" for nothing to divide by, "c" for withheld and
/// "not available" when the data cannot give the measure. Directions of travel in words and arrows likewise.
/// </summary>
public static class DisplayText
{
    public const string NoValue = "-";
    public const string NotAvailable = "not available";
    public const string Provisional = "provisional";

    /// <summary>Percentages are shown to one decimal place, rounding halves away from zero as a reader would.</summary>
    public static double Shown(MeasureUnit unit, double value) =>
        unit == MeasureUnit.Percentage ? Math.Round(value, 1, MidpointRounding.AwayFromZero) : value;

    public static string Number(MeasureUnit unit, double value) => unit == MeasureUnit.Percentage
        ? Shown(unit, value).ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : value.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Of(PublishedState state, MeasureUnit unit, double? value) => state switch
    {
        PublishedState.Value => Number(unit, value ?? 0),
        PublishedState.NoValue => NoValue,
        PublishedState.Suppressed => SmallNumbers.Symbol,
        _ => NotAvailable,
    };

    /// <summary>
    /// The arrow shows which way the value moved; the word says whether that is better or worse by the measure's
    /// polarity (a fall in re-referrals is "▼ improving"); context measures only go up or down.
    /// </summary>
    public static (string Arrow, string Word) Direction(Direction direction, Polarity polarity)
    {
        var up = direction switch
        {
            Warehouse.Measures.Direction.Up => true,
            Warehouse.Measures.Direction.Down => false,
            Warehouse.Measures.Direction.Improving => polarity != Polarity.LowerIsBetter,
            Warehouse.Measures.Direction.Worsening => polarity == Polarity.LowerIsBetter,
            _ => (bool?)null,
        };
        var arrow = up switch { true => "▲", false => "▼", _ => "►" };
        var word = direction switch
        {
            Warehouse.Measures.Direction.Improving => "improving",
            Warehouse.Measures.Direction.Worsening => "worsening",
            Warehouse.Measures.Direction.NoChange => "no change",
            Warehouse.Measures.Direction.Up => "up",
            _ => "down",
        };
        return (arrow, word);
    }

    /// <summary>"11 November 2026": dates as every output prints them (settling dates, period ranges, footers).</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
