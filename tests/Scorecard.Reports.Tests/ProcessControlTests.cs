using Scorecard.Reports.Spc;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Reports.Tests;

/// <summary>
/// The SPC rules on series worked by hand. XmR: mean x̄, moving ranges |x(i) − x(i−1)|, sigma = average moving
/// range / 1.128, limits x̄ ± 3 sigma, "near a limit" beyond x̄ ± 2 sigma.
/// </summary>
public sealed class ProcessControlTests
{
    private static List<SpcInput> Series(params double?[] values) => values.Select((v, i) => new SpcInput($"P{i + 1}", v)).ToList();

    private static IEnumerable<int> Flagged(SpcResult r, SpcRule rule) => r.Points.Select((p, i) => (p, i)).Where(x => x.p.Rules.HasFlag(rule)).Select(x => x.i);

    [Fact]
    public void Analyse_FlagsOnlyTheLastPoint_WhenItIsBeyondThreeSigma()
    {
        // Sum 155 over 12 points: x̄ = 12.9167. Moving ranges 2,1,2,3,2,1,2,3,2,1,19 sum 38 over 11 = 3.4545;
        // sigma = 3.0625; limits 3.729 to 22.104; near 6.792 to 19.042. Only 30 is outside anything.
        var r = ProcessControl.Analyse(Series(10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 30), MeasureUnit.Count, Polarity.LowerIsBetter, target: null);

        r.Kind.ShouldBe(SpcChartKind.XmR);
        r.Mean.ShouldBe(12.9167, 0.0001);
        r.Points[0].Upper.ShouldBe(22.1043, 0.0001);
        r.Points[0].Lower.ShouldBe(3.7290, 0.0001);
        r.Points[0].UpperNear.ShouldBe(19.0417, 0.0001);
        Flagged(r, SpcRule.BeyondLimits).ShouldBe([11]);
        r.Points.Take(11).ShouldAllBe(p => p.Rules == SpcRule.None);
        // A high point on a lower-is-better measure is bad news.
        r.Variation.ShouldBe(Variation.SpecialCauseConcern);
    }

    [Fact]
    public void Analyse_FlagsTheRun_WhenSevenPointsInARowAreAboveTheMean()
    {
        // Sum 64: x̄ = 5.333. Moving ranges 2,2,2,2,3,1,1,1,1,1,1 = 17/11; sigma 1.370; limits 1.223 to 9.444,
        // near 2.593 to 8.074: nothing near. The last seven (6,7,6,7,6,7,6) are all above 5.333; the first five below.
        var r = ProcessControl.Analyse(Series(3, 5, 3, 5, 3, 6, 7, 6, 7, 6, 7, 6), MeasureUnit.Count, Polarity.HigherIsBetter, target: null);

        r.Mean.ShouldBe(5.3333, 0.0001);
        r.Points[0].Upper.ShouldBe(9.4436, 0.0001);
        Flagged(r, SpcRule.RunOfSeven).ShouldBe([5, 6, 7, 8, 9, 10, 11]);
        r.Points.ShouldAllBe(p => (p.Rules & ~SpcRule.RunOfSeven) == SpcRule.None);
        r.Variation.ShouldBe(Variation.SpecialCauseImprovement);
        r.LatestRules.ShouldBe("a run of 7 or more on one side of the mean");
    }

    [Fact]
    public void Analyse_DoesNotRunAcrossAGap_WhenAWithheldPeriodSplitsTheRun()
    {
        // Thirteen periods, the tenth 7 or withheld. With it: x̄ = 70/13 = 5.385 and the last seven are above (a run).
        // Without it: x̄ = 63/12 = 5.25 and the six above are split three and three by the gap: no run.
        ProcessControl.Analyse(Series(5, 3, 5, 3, 5, 3, 6, 7, 6, 7, 7, 6, 7), MeasureUnit.Count, Polarity.HigherIsBetter, null)
            .Points.Count(p => p.Rules.HasFlag(SpcRule.RunOfSeven)).ShouldBe(7);
        var gapped = ProcessControl.Analyse(Series(5, 3, 5, 3, 5, 3, 6, 7, 6, null, 7, 6, 7), MeasureUnit.Count, Polarity.HigherIsBetter, null);
        gapped.Points.ShouldAllBe(p => !p.Rules.HasFlag(SpcRule.RunOfSeven));
        gapped.Variation.ShouldBe(Variation.CommonCause);
    }

    [Fact]
    public void Analyse_FlagsTheTrend_WhenSixPointsInARowRise()
    {
        // 9,10,11,12,13,14 rise five steps: six points. Sum 135: x̄ = 11.25; moving ranges 2,2,2,2,2,1,1,1,1,1,1 =
        // 16/11; sigma 1.2895; limits 7.38 to 15.12; near 8.67 to 13.83: of 12,13,14 only 14 is near, so no two of three.
        // The side-of-mean stretches are 4 long at most.
        var r = ProcessControl.Analyse(Series(12, 10, 12, 10, 12, 10, 9, 10, 11, 12, 13, 14), MeasureUnit.Count, Polarity.LowerIsBetter, null);

        r.Points[0].UpperNear.ShouldBe(13.8290, 0.0001);
        Flagged(r, SpcRule.TrendOfSix).ShouldBe([6, 7, 8, 9, 10, 11]);
        r.Points.ShouldAllBe(p => (p.Rules & ~SpcRule.TrendOfSix) == SpcRule.None);
        // 9, 10 and 11 are below the mean, yet part of a rise: the whole trend points up.
        r.Points.Skip(6).ShouldAllBe(p => p.SignalIsHigh);
        // Rising on a lower-is-better measure.
        r.Variation.ShouldBe(Variation.SpecialCauseConcern);
    }

    [Fact]
    public void Analyse_FlagsTwoOfThree_WhenTwoOfThreePointsAreNearTheUpperLimit()
    {
        // Sum 168 over 14: x̄ = 12 exactly (the 12s sit on the mean, so no run). Moving ranges ten 1s, then 4,3,3:
        // 20/13; sigma 1.3639; limits 7.908 to 16.092; near above 14.728. Both 15s are near but inside the limits.
        var r = ProcessControl.Analyse(Series(11, 12, 11, 12, 11, 12, 11, 12, 11, 12, 11, 15, 12, 15), MeasureUnit.Count, Polarity.HigherIsBetter, null);

        r.Mean.ShouldBe(12);
        r.Points[0].UpperNear.ShouldBe(14.7278, 0.0001);
        r.Points[0].Upper.ShouldBe(16.0917, 0.0001);
        Flagged(r, SpcRule.TwoOfThreeNearLimit).ShouldBe([11, 13]);
        r.Points.ShouldAllBe(p => (p.Rules & ~SpcRule.TwoOfThreeNearLimit) == SpcRule.None);
        r.Variation.ShouldBe(Variation.SpecialCauseImprovement);
    }

    [Fact]
    public void Analyse_UsesAPChart_WhenPercentagesHaveTheirBases()
    {
        // 255 of 1,200: p̄ = 21.25%; sigma = √(0.2125 × 0.7875 / 100) = 4.09 points; limits 8.98% to 33.52%.
        // Laney's factor: z-scores' average moving range / 1.128 = 0.77, under 1, so the plain p-chart stands.
        int[] numerators = [20, 22, 18, 21, 19, 20, 22, 18, 21, 19, 20, 35];
        var series = numerators.Select((n, i) => new SpcInput($"Q{i + 1}", n, n, 100)).ToList();
        var r = ProcessControl.Analyse(series, MeasureUnit.Percentage, Polarity.HigherIsBetter, target: 40);

        r.Kind.ShouldBe(SpcChartKind.P);
        r.Mean.ShouldBe(21.25, 0.0001);
        r.Points[0].Upper.ShouldBe(33.5223, 0.0001);
        r.Points[0].Lower.ShouldBe(8.9777, 0.0001);
        Flagged(r, SpcRule.BeyondLimits).ShouldBe([11]);
        // 40% is above the upper limit of a higher-is-better measure: not met without a change.
        r.Assurance.ShouldBe(Assurance.ConsistentlyFails);
    }

    [Fact]
    public void Analyse_WidensTheLimits_WhenLargeBasesVaryMoreThanSampling()
    {
        // 19% and 23% of 5,000 in turn: p̄ = 21%, binomial sigma 0.576 points, so each is 3.47 sigma out and a plain
        // p-chart would call every period a signal. The z-scores move 6.94 each period: Laney's factor 6.15 widens the
        // limits to 21 ± 10.6, and alternation is noise.
        var series = Enumerable.Range(0, 12).Select(i => new SpcInput($"M{i + 1}", i % 2 == 0 ? 19 : 23, i % 2 == 0 ? 950 : 1150, 5000)).ToList();
        var r = ProcessControl.Analyse(series, MeasureUnit.Percentage, Polarity.HigherIsBetter, target: 21);

        r.Kind.ShouldBe(SpcChartKind.LaneyP);
        r.Points[0].Upper.ShouldBe(31.64, 0.05);
        r.Points.ShouldAllBe(p => p.Rules == SpcRule.None);
        r.Variation.ShouldBe(Variation.CommonCause);
        r.Assurance.ShouldBe(Assurance.HitAndMiss);
    }

    [Theory]
    // Limits 3.729 to 22.104 (first test's series): a lower-is-better target above the upper limit is always met.
    [InlineData(25, Assurance.ConsistentlyPasses)]
    [InlineData(12, Assurance.HitAndMiss)]
    [InlineData(2, Assurance.ConsistentlyFails)]
    public void Analyse_JudgesAssurance_ByWhereTheTargetSitsAgainstTheLimits(double target, Assurance expected) =>
        ProcessControl.Analyse(Series(10, 12, 11, 13, 10, 12, 11, 13, 10, 12, 11, 30), MeasureUnit.Count, Polarity.LowerIsBetter, target)
            .Assurance.ShouldBe(expected);

    [Fact]
    public void Analyse_GivesNoJudgement_WhenFewerThanTwelvePoints()
    {
        var r = ProcessControl.Analyse(Series(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), MeasureUnit.Count, Polarity.HigherIsBetter, 5);
        r.Variation.ShouldBe(Variation.TooFewPoints);
        r.Assurance.ShouldBe(Assurance.None);
        r.Points.ShouldAllBe(p => p.Rules == SpcRule.None);
    }
}
