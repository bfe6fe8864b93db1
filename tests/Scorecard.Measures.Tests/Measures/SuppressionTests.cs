using Scorecard.Measures.Publishing;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Measures.Tests.Measures;

/// <summary>Small numbers: counts 1-5 are withheld as "c" (0 stays 0), and so is a percentage built on a numerator or denominator of 1-5.</summary>
public class SuppressionTests
{
    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    [InlineData(5, true)]
    [InlineData(6, false)]
    public void Counts_OneToFiveAreSmall_ZeroIsNot(int count, bool small) =>
        SmallNumbers.IsSmallNumber(MeasureUnit.Count, count, null).ShouldBe(small);

    [Theory]
    [InlineData(3, 10, true)]  // numerator 1-5
    [InlineData(6, 5, true)]   // denominator 1-5 (a numerator can't exceed it in practice, but the rule is either)
    [InlineData(0, 4, true)]   // 0 of 4: the denominator is small
    [InlineData(6, 10, false)]
    [InlineData(0, 10, false)] // 0 stays 0: not small
    [InlineData(0, 0, false)]
    public void Percentages_AreSmall_WhenNumeratorOrDenominatorIsOneToFive(int numerator, int denominator, bool small) =>
        SmallNumbers.IsSmallNumber(MeasureUnit.Percentage, numerator, denominator).ShouldBe(small);

    [Fact]
    public void DisplayText_IsTheOneFormat_ForEveryState()
    {
        // A percentage to one decimal place, halves away from zero (60.05 shows 60.1), a count with thousands separators.
        DisplayText.Of(PublishedState.Value, MeasureUnit.Percentage, 60).ShouldBe("60.0%");
        DisplayText.Of(PublishedState.Value, MeasureUnit.Percentage, 60.05).ShouldBe("60.1%");
        DisplayText.Of(PublishedState.Value, MeasureUnit.Count, 1234).ShouldBe("1,234");
        DisplayText.Of(PublishedState.Value, MeasureUnit.Count, 0).ShouldBe("0");
        DisplayText.Of(PublishedState.Suppressed, MeasureUnit.Percentage, null).ShouldBe("c");
        DisplayText.Of(PublishedState.NoValue, MeasureUnit.Percentage, null).ShouldBe("-");
        DisplayText.Of(PublishedState.NotAvailable, MeasureUnit.Count, null).ShouldBe("not available");
    }

    [Theory]
    // The arrow is the movement; the word judges it by polarity.
    [InlineData(Direction.Improving, Polarity.HigherIsBetter, "▲", "improving")]
    [InlineData(Direction.Improving, Polarity.LowerIsBetter, "▼", "improving")]
    [InlineData(Direction.Worsening, Polarity.LowerIsBetter, "▲", "worsening")]
    [InlineData(Direction.Worsening, Polarity.HigherIsBetter, "▼", "worsening")]
    [InlineData(Direction.Up, Polarity.Context, "▲", "up")]
    [InlineData(Direction.Down, Polarity.Context, "▼", "down")]
    [InlineData(Direction.NoChange, Polarity.HigherIsBetter, "►", "no change")]
    public void Directions_AreAnArrowForTheMovement_AndAWordForTheJudgement(Direction direction, Polarity polarity, string arrow, string word) =>
        DisplayText.Direction(direction, polarity).ShouldBe((arrow, word));
}
