using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Publishing;

/// <summary>
/// The primary small-number rule, as DfE statistics apply it: a count of 1 to 5 is withheld (0 stays 0), and so
/// is a percentage whose numerator or denominator is 1 to 5. Cells that would let a withheld one be worked out are
/// withheld too (<see cref="SecondarySuppression"/>). Stored values never change; the partnership table hides them.
/// </summary>
public static class SmallNumbers
{
    /// <summary>What a withheld cell shows.</summary>
    public const string Symbol = "c";

    /// <summary>What "c" means, for every output that shows one: the secondary cells are withheld too, so a "c" is not always 1 to 5.</summary>
    public const string Legend =
        "c = suppressed: counts of 1 to 5, percentages whose numerator or denominator is 1 to 5, and any value that would let one of them be worked out, are not shown (as in DfE statistics); 0 is shown as 0.";

    public static bool IsSmall(int count) => count is >= 1 and <= 5;

    public static bool IsSmallNumber(MeasureUnit unit, int numerator, int? denominator) =>
        unit == MeasureUnit.Count ? IsSmall(numerator) : IsSmall(numerator) || (denominator is { } d && IsSmall(d));
}
