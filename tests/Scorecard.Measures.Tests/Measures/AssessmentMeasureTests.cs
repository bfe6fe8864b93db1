namespace Scorecard.Measures.Tests.Measures;

/// <summary>EH04 assessments completed in the period (in the episode's team) and EH05 open cases with a completed EHA.</summary>
public class AssessmentMeasureTests(AssessmentMeasureTests.Fixture f) : IClassFixture<AssessmentMeasureTests.Fixture>
{
    // TA and TB in L1.
    // E1 P1 TA from 1 Apr 2024, open; EHA A1 completed 31 May (period end), A1b completed 1 May.
    // E2 P2 TB from 1 Apr 2024, open; EHA A2 completed 1 Jun.
    // E3 P3 TA from 1 Apr 2024, open; EHA A3 started 10 May, never completed.
    // E4 P4 TA 1 Apr - 31 May 2024 (ends on the May period end); EHA A4 completed 20 Apr.
    // E5 P5 TB from 20 Jun 2024, open; no EHA.
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-01-01", "P2,M,WBRI,2015-01-01", "P3,F,WBRI,2015-01-01", "P4,M,WBRI,2015-01-01", "P5,F,WBRI,2015-01-01"),
            Lines.Departments("TA,Team A,L1,North", "TB,Team B,L1,North"),
            Lines.Episodes("E1,P1,2024-04-01,,", "E2,P2,2024-04-01,,", "E3,P3,2024-04-01,,", "E4,P4,2024-04-01,2024-05-31,OM", "E5,P5,2024-06-20,,"),
            Lines.EpisodeTeams("E1,TA", "E2,TB", "E3,TA", "E4,TA", "E5,TB"),
            Lines.Assessments(
                "A1,E1,P1,2024-05-01,2024-05-31",
                "A1b,E1,P1,2024-04-15,2024-05-01",
                "A2,E2,P2,2024-05-01,2024-06-01",
                "A3,E3,P3,2024-05-10,",
                "A4,E4,P4,2024-04-02,2024-04-20"),
        ];
    }

    [Fact]
    public async Task EH04_CountsAssessmentsCompletedInThePeriod_InTheEpisodesTeam()
    {
        // Completed in [1 May, 31 May]: A1 (31 May, last day) and A1b (1 May, first day), both on E1 in TA => TA 2, TB 0, L1 2.
        // A2 is 1 Jun (June), A3 never completed, A4 is April.
        (await f.CountsAsync("EH04", "2024-05", "TA")).ShouldBe((2, null));
        (await f.CountsAsync("EH04", "2024-05", "TB")).ShouldBe((0, null));
        (await f.CountsAsync("EH04", "2024-05", "L1")).ShouldBe((2, null));
        (await f.CountsAsync("EH04", "2024-05")).ShouldBe((2, null));
        // June: A2 (TB) => 1; April: A4 => 1. Q1: A1, A1b, A2, A4 = 4 (A3 has no completed date).
        (await f.CountsAsync("EH04", "2024-06", "TB")).ShouldBe((1, null));
        (await f.CountsAsync("EH04", "2024-04")).ShouldBe((1, null));
        (await f.CountsAsync("EH04", "2024-25 Q1")).ShouldBe((4, null));
    }

    [Fact]
    public async Task EH05_CountsOpenChildrenWithAnEhaCompletedOnOrBeforeTheEnd()
    {
        // Open at 31 May: E1 (P1), E2 (P2), E3 (P3); E4 ends 31 May (not after it: not open); E5 not started => denominator 3.
        // EHA completed on/before 31 May: P1 (A1 on 31 May, A1b 1 May) yes; P2 (A2 on 1 Jun) no; P3 (not completed) no => 1.
        // 1 / 3 = 33.3%.
        var v = (await f.ValueAsync("EH05", "2024-05")).ShouldNotBeNull();
        (v.Numerator, v.Denominator).ShouldBe((1, 3));
        v.Value!.Value.ShouldBe(100.0 / 3, 1e-9);
    }

    [Fact]
    public async Task EH05_IncludesAnEhaCompletedOnThePeriodEnd()
    {
        // Open at 30 Apr: E1..E4 => 4. Completed on/before 30 Apr: only A4 (20 Apr, E4) => 1. 25%.
        // Open at 30 Jun: P1, P2, P3, P5 => 4; completed by 30 Jun: P1 (A1), P2 (A2 on 1 Jun) => 2. 50%.
        (await f.CountsAsync("EH05", "2024-04")).ShouldBe((1, 4));
        (await f.CountsAsync("EH05", "2024-06")).ShouldBe((2, 4));
    }

    [Fact]
    public async Task EH05_TeamsKeepNumeratorAndDenominator()
    {
        // 31 May, TA: open P1 (EHA) and P3 (none) => 1/2. TB: open P2 (EHA only on 1 Jun) => 0/1 (a row with value 0, not absent).
        (await f.CountsAsync("EH05", "2024-05", "TA")).ShouldBe((1, 2));
        var tb = (await f.ValueAsync("EH05", "2024-05", "TB")).ShouldNotBeNull();
        (tb.Numerator, tb.Denominator, tb.Value).ShouldBe((0, (int?)1, (double?)0));
    }
}
