using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Tests.Measures;

/// <summary>Small numbers: counts 1-5 show as "c" (0 stays 0), and so does a percentage built on a numerator or denominator of 1-5.</summary>
public class SuppressionTests
{
    private static readonly MeasureDefinition Eh01 = MeasureCatalogue.Find("EH01")!;
    private static readonly MeasureDefinition Eh05 = MeasureCatalogue.Find("EH05")!;

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Counts_OneToFiveAreSmall_ZeroIsNot(int count, bool small) =>
        Suppression.IsSmallNumber(MeasureUnit.Count, count, null).ShouldBe(small);

    [Theory]
    [InlineData(3, 10, true)]  // numerator 1-5
    [InlineData(6, 5, true)]   // denominator 1-5 (a numerator can't exceed it in practice, but the rule is either)
    [InlineData(0, 4, true)]   // 0 of 4: the denominator is small
    [InlineData(6, 10, false)]
    [InlineData(0, 10, false)] // 0 stays 0: not small
    [InlineData(0, 0, false)]
    public void Percentages_AreSmall_WhenNumeratorOrDenominatorIsOneToFive(int numerator, int denominator, bool small) =>
        Suppression.IsSmallNumber(MeasureUnit.Percentage, numerator, denominator).ShouldBe(small);

    [Fact]
    public void Format_ShowsC_OnlyWhenSuppressing()
    {
        // EH05 3/5 = 60%: small (both 1-5) => "c" when the output suppresses, "60.0%" when it does not.
        var pct = new MeasureValue { MeasureCode = "EH05", Numerator = 3, Denominator = 5, Value = 60, IsSmallNumber = true };
        Suppression.Format(Eh05, pct, suppress: true).ShouldBe("c");
        Suppression.Format(Eh05, pct, suppress: false).ShouldBe("60.0%");
        // EH01 count 1,234: not small => "1,234" either way. Count 0: shown as 0 even when suppressing.
        var big = new MeasureValue { MeasureCode = "EH01", Numerator = 1234, Value = 1234, IsSmallNumber = false };
        Suppression.Format(Eh01, big, suppress: true).ShouldBe("1,234");
        var zero = new MeasureValue { MeasureCode = "EH01", Numerator = 0, Value = 0, IsSmallNumber = Suppression.IsSmallNumber(MeasureUnit.Count, 0, null) };
        Suppression.Format(Eh01, zero, suppress: true).ShouldBe("0");
        // No value (a percentage of nothing) shows "-".
        Suppression.Format(Eh05, new MeasureValue { MeasureCode = "EH05", Value = null }, suppress: true).ShouldBe("-");
    }
}
