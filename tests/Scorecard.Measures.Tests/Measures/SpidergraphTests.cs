namespace Scorecard.Measures.Tests.Measures;

/// <summary>
/// EH06: of the closures in the period with a baseline and a later score, those whose latest mean score is above the
/// baseline mean, over the domains scored at both points.
/// </summary>
public class SpidergraphTests(SpidergraphTests.Fixture f) : IClassFixture<SpidergraphTests.Fixture>
{
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-01-01", "P2,M,WBRI,2015-01-01", "P3,F,WBRI,2015-01-01", "P4,M,WBRI,2015-01-01",
                "P5,F,WBRI,2015-01-01", "P6,M,WBRI,2015-01-01", "P7,F,WBRI,2015-01-01", "P8,M,WBRI,2015-01-01"),
            Lines.Episodes(
                "E1,P1,2024-01-10,2024-06-10,OM",
                "E2,P2,2024-01-10,2024-06-12,OM",
                "E3,P3,2024-01-10,2024-06-15,OM",
                "E4,P4,2024-01-10,2024-06-20,OM",
                "E5,P5,2024-01-10,2024-06-25,OM",
                "E6,P6,2024-01-10,2024-06-30,NP",
                "E7,P7,2024-01-10,2024-07-01,OM",
                "E8,P8,2024-01-10,,"),
            Lines.Scores(
                // E1: baseline A4 B4 (mean 4); review A5 B5; closure A6 B5 (mean 5.5) -> improving.
                "S01,E1,2024-01-15,Spidergraph,BASELINE,A,4", "S02,E1,2024-01-15,Spidergraph,BASELINE,B,4",
                "S03,E1,2024-03-15,Spidergraph,REVIEW,A,5", "S04,E1,2024-03-15,Spidergraph,REVIEW,B,5",
                "S05,E1,2024-06-05,Spidergraph,CLOSURE,A,6", "S06,E1,2024-06-05,Spidergraph,CLOSURE,B,5",
                // E2: baseline A5 B5; closure A5 B5: same mean, not improving.
                "S07,E2,2024-01-15,Spidergraph,BASELINE,A,5", "S08,E2,2024-01-15,Spidergraph,BASELINE,B,5",
                "S09,E2,2024-06-01,Spidergraph,CLOSURE,A,5", "S10,E2,2024-06-01,Spidergraph,CLOSURE,B,5",
                // E3: baseline only: no later score.
                "S11,E3,2024-01-15,Spidergraph,BASELINE,A,2",
                // E4: baseline A4 B8; closure A5 C1. Domain A only is at both points: 5 > 4 -> improving
                // (a mean over all domains, 3 vs 6, would say not).
                "S12,E4,2024-01-15,Spidergraph,BASELINE,A,4", "S13,E4,2024-01-15,Spidergraph,BASELINE,B,8",
                "S14,E4,2024-06-18,Spidergraph,CLOSURE,A,5", "S15,E4,2024-06-18,Spidergraph,CLOSURE,C,1",
                // E6: baseline A4; review A8; closure A3: the latest (3) is below 4 -> not improving.
                "S16,E6,2024-01-15,Spidergraph,BASELINE,A,4", "S17,E6,2024-04-01,Spidergraph,REVIEW,A,8",
                "S18,E6,2024-06-28,Spidergraph,CLOSURE,A,3",
                // E7 (closed 1 Jul) and E8 (open): improving, but not June closures.
                "S19,E7,2024-01-15,Spidergraph,BASELINE,A,1", "S20,E7,2024-06-30,Spidergraph,CLOSURE,A,9",
                "S21,E8,2024-01-15,Spidergraph,BASELINE,A,1", "S22,E8,2024-05-01,Spidergraph,REVIEW,A,9"),
        ];
    }

    [Fact]
    public async Task EH06_ImprovingVsNotImproving_AndClosuresWithoutALaterScoreLeftOut()
    {
        // June closures: E1..E6. With a baseline and a later score: E1, E2, E4, E6 (E3 baseline only, E5 no scores) => 4.
        // Improving: E1 (5.5 > 4), E4 (A: 5 > 4). Not: E2 (5 = 5), E6 (3 < 4). => 2/4 = 50%.
        var v = (await f.ValueAsync("EH06", "2024-06")).ShouldNotBeNull();
        (v.Numerator, v.Denominator).ShouldBe((2, 4));
        v.Value.ShouldBe(50.0);
    }

    [Fact]
    public async Task EH06_CountsOnlyClosuresInThePeriod()
    {
        // July closures: E7 (baseline 1, closure 9) => 1/1. E8 is open and never counted.
        (await f.CountsAsync("EH06", "2024-07")).ShouldBe((1, 1));
        // Q1 2024-25 (Apr-Jun) is the June closures: 2/4.
        (await f.CountsAsync("EH06", "2024-25 Q1")).ShouldBe((2, 4));
    }
}
