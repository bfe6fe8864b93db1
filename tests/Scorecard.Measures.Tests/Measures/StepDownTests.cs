namespace Scorecard.Measures.Tests.Measures;

/// <summary>
/// EH08: of the CSC episodes closed in the period (NFA referrals included), those closed RC9 or with an early help
/// episode for the child starting within 30 days either side of the closure.
/// </summary>
public class StepDownTests(StepDownTests.Fixture f) : IClassFixture<StepDownTests.Fixture>
{
    // Every CSC episode below closes on 10 Jun 2024 unless said otherwise (10 Jun - 30 days = 11 May; + 30 days = 10 Jul).
    // R1 P1 RC9.                                      -> step-down (RC9)
    // R2 P2 RC8; EH episode for P2 starts 10 Jul.     -> step-down (30 days after)
    // R3 P3 RC8; EH episodes for P3 start 10 May and 11 Jul (31 days before and after) -> not
    // R4 P4 RC8; EH episode for P4 starts 11 May.     -> step-down (30 days before)
    // R5 P5 NFA referral 3 Jun, closed 3 Jun RC8.     -> in the denominator only
    // R8 P8 RC8; an EH episode starts 15 Jun for P9, another child -> not
    // R6 P6 closes 1 Jul RC9 (July). R7 P7 never closes.
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-01-01", "P2,M,WBRI,2015-01-01", "P3,F,WBRI,2015-01-01", "P4,M,WBRI,2015-01-01",
                "P5,F,WBRI,2015-01-01", "P6,M,WBRI,2015-01-01", "P7,F,WBRI,2015-01-01", "P8,M,WBRI,2015-01-01", "P9,F,WBRI,2015-01-01"),
            Lines.Referrals(
                "R1,P1,2024-04-02,N,2024-06-10,RC9,",
                "R2,P2,2024-04-02,N,2024-06-10,RC8,",
                "R3,P3,2024-04-02,N,2024-06-10,RC8,",
                "R4,P4,2024-04-02,N,2024-06-10,RC8,",
                "R5,P5,2024-06-03,Y,2024-06-03,RC8,",
                "R8,P8,2024-04-02,N,2024-06-10,RC8,",
                "R6,P6,2024-04-02,N,2024-07-01,RC9,",
                "R7,P7,2024-04-02,N,,,"),
            Lines.Episodes(
                "E2,P2,2024-07-10,,",
                "E3a,P3,2024-05-10,2024-05-20,OM",
                "E3b,P3,2024-07-11,,",
                "E4,P4,2024-05-11,,",
                "E9,P9,2024-06-15,,"),
        ];
    }

    [Fact]
    public async Task EH08_Rc9_OrEarlyHelpStartWithin30DaysEitherSide_Not31()
    {
        // Closed in June: R1, R2, R3, R4, R5 (NFA included), R8 => denominator 6.
        // Step-downs: R1 (RC9), R2 (EH 30 days after), R4 (EH 30 days before) => 3. R3's EH starts are 31 days away;
        // R8's nearby EH episode is another child's. 3/6 = 50%.
        var v = (await f.ValueAsync("EH08", "2024-06")).ShouldNotBeNull();
        (v.Numerator, v.Denominator).ShouldBe((3, 6));
        v.Value.ShouldBe(50.0);
    }

    [Fact]
    public async Task EH08_CountsClosuresOfThePeriodOnly()
    {
        // July: R6 closes 1 Jul RC9 => 1/1. R7 never closes and is never counted.
        (await f.CountsAsync("EH08", "2024-07")).ShouldBe((1, 1));
    }
}
