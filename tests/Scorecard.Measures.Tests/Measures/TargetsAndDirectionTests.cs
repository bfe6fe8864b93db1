using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Targets;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Tests.Measures;

/// <summary>RAG against a target with a tolerance and direction of travel, through a refresh with a targets file.</summary>
public class TargetsAndDirectionTests(TargetsAndDirectionTests.Fixture f) : IClassFixture<TargetsAndDirectionTests.Fixture>
{
    // Targets for 2024-25: EH05 80% with a 5-point tolerance; EH01 (context) 10.
    // E1 P1, E2 P2 from 1 Apr, open, EHA 10 Apr.   E3 P3 1 Apr - 10 Jun, EHA 10 Apr.
    // E4 P4 1 Apr - 15 May, EHA completed 30 Apr.  E5 P5 from 1 Apr, open, EHA completed 1 Jul.   E6 P6 from 1 Aug, open.
    public sealed class Fixture() : MeasureFixture("""
        { "targets": [
            { "measure": "EH05", "financialYear": "2024-25", "value": 80, "tolerance": 5 },
            { "measure": "EH01", "financialYear": "2024-25", "value": 10 }
        ] }
        """)
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-01-01", "P2,M,WBRI,2015-01-01", "P3,F,WBRI,2015-01-01", "P4,M,WBRI,2015-01-01",
                "P5,F,WBRI,2015-01-01", "P6,M,WBRI,2015-01-01"),
            Lines.Episodes(
                "E1,P1,2024-04-01,,",
                "E2,P2,2024-04-01,,",
                "E3,P3,2024-04-01,2024-06-10,OM",
                "E4,P4,2024-04-01,2024-05-15,OM",
                "E5,P5,2024-04-01,,",
                "E6,P6,2024-08-01,,"),
            Lines.Assessments(
                "A1,E1,P1,2024-04-02,2024-04-10",
                "A2,E2,P2,2024-04-02,2024-04-10",
                "A3,E3,P3,2024-04-02,2024-04-10",
                "A4,E4,P4,2024-04-02,2024-04-30",
                "A5,E5,P5,2024-04-02,2024-07-01"),
        ];
    }

    [Fact]
    public async Task EH05_OnTarget_IsGreen()
    {
        // 30 Apr: open P1..P5; EHA by 30 Apr: P1, P2, P3, P4 (A4 on the day) => 4/5 = 80% = target => Green.
        var v = (await f.ValueAsync("EH05", "2024-04")).ShouldNotBeNull();
        (v.Numerator, v.Denominator, v.Value, v.Target, v.Rag).ShouldBe((4, (int?)5, (double?)80, (double?)80, Rag.Green));
        // April is the first period loaded: nothing to compare with, so no direction.
        v.DirectionVsPrevious.ShouldBeNull();
    }

    [Fact]
    public async Task EH05_FivePointsShort_IsAmber_AndWorsening()
    {
        // 31 May: E4 closed 15 May; open P1, P2, P3, P5; EHA: P1, P2, P3 => 3/4 = 75%: 5 points under 80, within the
        // tolerance of 5 => Amber. 75 < 80 in April => Worsening.
        var v = (await f.ValueAsync("EH05", "2024-05")).ShouldNotBeNull();
        (v.Numerator, v.Denominator, v.Rag, v.DirectionVsPrevious).ShouldBe((3, (int?)4, Rag.Amber, Direction.Worsening));
    }

    [Fact]
    public async Task EH05_MoreThanToleranceShort_IsRed()
    {
        // 30 Jun: E3 closed 10 Jun; open P1, P2, P5; EHA: P1, P2 => 2/3 = 66.7%: 13.3 points short => Red; Worsening.
        var v = (await f.ValueAsync("EH05", "2024-06")).ShouldNotBeNull();
        (v.Numerator, v.Denominator, v.Rag, v.DirectionVsPrevious).ShouldBe((2, (int?)3, Rag.Red, Direction.Worsening));
        // Q1 2024-25 ends 30 Jun too: the same 2/3, Red, with the financial year's target.
        var q = (await f.ValueAsync("EH05", "2024-25 Q1")).ShouldNotBeNull();
        (q.Numerator, q.Denominator, q.Target, q.Rag).ShouldBe((2, (int?)3, (double?)80, Rag.Red));
    }

    [Fact]
    public async Task EH05_AboveTarget_IsGreen_AndImproving()
    {
        // 31 Jul: open P1, P2, P5; A5 completed 1 Jul => 3/3 = 100% => Green; 100 > 66.7 => Improving.
        var v = (await f.ValueAsync("EH05", "2024-07")).ShouldNotBeNull();
        (v.Numerator, v.Denominator, v.Rag, v.DirectionVsPrevious).ShouldBe((3, (int?)3, Rag.Green, Direction.Improving));
    }

    [Fact]
    public async Task EH01_ContextMeasure_HasNoRag_AndGoesUpOrDown()
    {
        // EH01: Apr 5, May 4 (P4 closed), Jun 3 (P3 closed), Jul 3, Aug 4 (P6 opened 1 Aug).
        // Context: no RAG although there is a target; direction Down, Down, NoChange, Up.
        var may = (await f.ValueAsync("EH01", "2024-05")).ShouldNotBeNull();
        (may.Value, may.Rag, may.DirectionVsPrevious).ShouldBe(((double?)4, (Rag?)null, Direction.Down));
        (await f.ValueAsync("EH01", "2024-06")).ShouldNotBeNull().DirectionVsPrevious.ShouldBe(Direction.Down);
        (await f.ValueAsync("EH01", "2024-07")).ShouldNotBeNull().DirectionVsPrevious.ShouldBe(Direction.NoChange);
        var aug = (await f.ValueAsync("EH01", "2024-08")).ShouldNotBeNull();
        (aug.Value, aug.DirectionVsPrevious).ShouldBe(((double?)4, Direction.Up));
    }

    [Fact]
    public async Task Breakdown_Rows_HaveNoRag()
    {
        // RAG is for the All row only: EH05 Q1 2024-25 (30 Jun) for girls: P1 and P5 open (P3 closed 10 Jun);
        // P1 has an EHA, P5's comes 1 Jul => 1/2, no RAG (the All row, 2/3, is Red).
        var v = (await f.ValueAsync("EH05", "2024-25 Q1", "AUTHORITY", "Sex", "F")).ShouldNotBeNull();
        (v.Numerator, v.Denominator, v.Rag).ShouldBe((1, (int?)2, (Rag?)null));
    }

    [Fact]
    public async Task SmallNumbers_AreFlaggedInTheSnapshot()
    {
        // EH01 April = 5 (a count 1-5) and EH05 April = 4/5: both flagged.
        (await f.ValueAsync("EH01", "2024-04")).ShouldNotBeNull().IsSmallNumber.ShouldBeTrue();
        (await f.ValueAsync("EH05", "2024-04")).ShouldNotBeNull().IsSmallNumber.ShouldBeTrue();
    }
}

/// <summary>TargetRules on their own: RAG bands by polarity and unit, direction, profiling.</summary>
public class TargetRulesTests
{
    private static readonly MeasureDefinition Eh05 = MeasureCatalogue.Find("EH05")!;   // percentage, higher is better
    private static readonly MeasureDefinition Eh13A = MeasureCatalogue.Find("EH13A")!; // percentage, lower is better
    private static readonly MeasureDefinition Eh04 = MeasureCatalogue.Find("EH04")!;   // count, higher is better
    private static readonly MeasureDefinition Eh01 = MeasureCatalogue.Find("EH01")!;   // count, context
    private static readonly MeasureDefinition Sf01 = MeasureCatalogue.Find("SF01")!;   // count, cumulative in year

    [Theory]
    // Target 80, tolerance 5: 80 and above green; 75 to under 80 amber; under 75 red.
    [InlineData(80, Rag.Green)]
    [InlineData(95, Rag.Green)]
    [InlineData(76, Rag.Amber)]
    [InlineData(75, Rag.Amber)]
    [InlineData(74.9, Rag.Red)]
    [InlineData(70, Rag.Red)]
    public void RagFor_HigherIsBetterPercentage(double value, Rag rag) =>
        TargetRules.RagFor(Eh05, value, 80, 5).ShouldBe(rag);

    [Theory]
    // Lower is better, target 20, tolerance 5: 20 and below green; up to 25 amber; above 25 red.
    [InlineData(10, Rag.Green)]
    [InlineData(20, Rag.Green)]
    [InlineData(24, Rag.Amber)]
    [InlineData(25, Rag.Amber)]
    [InlineData(26, Rag.Red)]
    public void RagFor_LowerIsBetterPercentage(double value, Rag rag) =>
        TargetRules.RagFor(Eh13A, value, 20, 5).ShouldBe(rag);

    [Fact]
    public void RagFor_Percentage_DefaultToleranceIsFivePoints()
    {
        // No tolerance given: 5 points. 75 is 5 short of 80 => Amber; 74 is 6 short => Red.
        TargetRules.RagFor(Eh05, 75, 80, null).ShouldBe(Rag.Amber);
        TargetRules.RagFor(Eh05, 74, 80, null).ShouldBe(Rag.Red);
    }

    [Theory]
    // Count, target 100, default tolerance 10% of the target = 10: 90 to under 100 amber; under 90 red.
    [InlineData(100, Rag.Green)]
    [InlineData(91, Rag.Amber)]
    [InlineData(90, Rag.Amber)]
    [InlineData(89, Rag.Red)]
    public void RagFor_Count_DefaultToleranceIsTenPercentOfTarget(double value, Rag rag) =>
        TargetRules.RagFor(Eh04, value, 100, null).ShouldBe(rag);

    [Fact]
    public void RagFor_None_ForContextMeasures_OrWithoutATargetOrValue()
    {
        TargetRules.RagFor(Eh01, 5, 10, null).ShouldBeNull();
        TargetRules.RagFor(Eh05, 50, null, 5).ShouldBeNull();
        TargetRules.RagFor(Eh05, null, 80, 5).ShouldBeNull();
    }

    [Fact]
    public void DirectionFor_UsesPolarity()
    {
        // Higher is better: 80 after 75 improves; lower is better: 20 after 25 improves, 25 after 20 worsens.
        TargetRules.DirectionFor(Eh05, 80, 75).ShouldBe(Direction.Improving);
        TargetRules.DirectionFor(Eh05, 75, 80).ShouldBe(Direction.Worsening);
        TargetRules.DirectionFor(Eh13A, 20, 25).ShouldBe(Direction.Improving);
        TargetRules.DirectionFor(Eh13A, 25, 20).ShouldBe(Direction.Worsening);
        // Context counts go up or down; an equal count is no change.
        TargetRules.DirectionFor(Eh01, 5, 4).ShouldBe(Direction.Up);
        TargetRules.DirectionFor(Eh01, 4, 5).ShouldBe(Direction.Down);
        TargetRules.DirectionFor(Eh01, 4, 4).ShouldBe(Direction.NoChange);
        // No comparator: no direction.
        TargetRules.DirectionFor(Eh05, 80, null).ShouldBeNull();
    }

    [Fact]
    public void DirectionFor_PercentageChangeTooSmallToShow_IsNoChange()
    {
        // Shown to one decimal place: 66.66...% (2/3) and 66.7% both show as 66.7 => NoChange; 66.8 => Improving.
        TargetRules.DirectionFor(Eh05, 100.0 * 2 / 3, 66.7).ShouldBe(Direction.NoChange);
        TargetRules.DirectionFor(Eh05, 66.8, 100.0 * 2 / 3).ShouldBe(Direction.Improving);
    }

    [Fact]
    public void ProfiledTarget_OnlyForCumulativeMeasures()
    {
        // SF01 accumulates through the year: annual 120 at June (financial month 3) => 120 * 3 / 12 = 30.
        TargetRules.ProfiledTarget(Sf01, 120, 3).ShouldBe(30);
        // EH05 does not accumulate: the annual target stands all year.
        TargetRules.ProfiledTarget(Eh05, 80, 3).ShouldBe(80);
    }
}
