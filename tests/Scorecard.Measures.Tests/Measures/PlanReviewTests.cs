namespace Scorecard.Measures.Tests.Measures;

/// <summary>EH14: episodes open at period end and open >= 84 days, with a plan review or TAF meeting in the 84 days to the end.</summary>
public class PlanReviewTests(PlanReviewTests.Fixture f) : IClassFixture<PlanReviewTests.Fixture>
{
    // June 2024 ends 30 Jun; 30 Jun - 84 days = 7 Apr. "In the 84 days to 30 Jun" = 8 Apr .. 30 Jun.
    // E1 P1 from 7 Apr (84 days: in), review 8 Apr.
    // E2 P2 from 8 Apr (83 days: out), review 1 Jun.
    // E3 P3 from 1 Jan, review 6 Apr (85 days before the end: outside the window).
    // E4 P4 from 1 Jan, TAF meeting 30 Jun.
    // E5 P5 from 1 Jan, review 1 Jul (after the end).
    // E6 P6 1 Jan - 30 Jun (closed on the end), review 15 Jun.
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-01-01", "P2,M,WBRI,2015-01-01", "P3,F,WBRI,2015-01-01", "P4,M,WBRI,2015-01-01",
                "P5,F,WBRI,2015-01-01", "P6,M,WBRI,2015-01-01"),
            Lines.Episodes(
                "E1,P1,2024-04-07,,",
                "E2,P2,2024-04-08,,",
                "E3,P3,2024-01-01,,",
                "E4,P4,2024-01-01,,",
                "E5,P5,2024-01-01,,",
                "E6,P6,2024-01-01,2024-06-30,OM"),
            Lines.Reviews(
                "V1,E1,2024-04-08,REVIEW",
                "V2,E2,2024-06-01,REVIEW",
                "V3,E3,2024-04-06,REVIEW",
                "V4,E4,2024-06-30,TAF",
                "V5,E5,2024-07-01,REVIEW",
                "V6,E6,2024-06-15,REVIEW"),
        ];
    }

    [Fact]
    public async Task EH14_OpenAtLeast84Days_WithAReviewInTheLast84Days()
    {
        // Denominator (open at 30 Jun, start <= 7 Apr): E1, E3, E4, E5 => 4 (E2 83 days; E6 closed on the end).
        // Numerator: E1 (8 Apr), E4 (TAF 30 Jun) => 2. Not E3 (6 Apr, too early) or E5 (1 Jul, after the end). 50%.
        var v = (await f.ValueAsync("EH14", "2024-06")).ShouldNotBeNull();
        (v.Numerator, v.Denominator).ShouldBe((2, 4));
        v.Value.ShouldBe(50.0);
    }

    [Fact]
    public async Task EH14_NextMonth_TheWindowMoves()
    {
        // 31 Jul 2024 - 84 days = 8 May; window 9 May .. 31 Jul. Open >= 84 days: E1, E2 (8 Apr), E3, E4, E5 => 5.
        // Reviews in the window: E2 (1 Jun), E4 (30 Jun), E5 (1 Jul); E1's (8 Apr) and E3's (6 Apr) are too old => 3. 60%.
        (await f.CountsAsync("EH14", "2024-07")).ShouldBe((3, 5));
    }
}
