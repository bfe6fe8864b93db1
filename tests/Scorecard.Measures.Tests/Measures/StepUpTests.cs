using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Tests.Measures;

/// <summary>
/// EH07 step-ups dated in the period (first non-NFA CSC referral from an EH episode's start to 30 days after its end,
/// dated at that referral; else an episode ended "SU" dated at its end) and EH17 closures that stepped up.
/// </summary>
public class StepUpTests(StepUpTests.Fixture f) : IClassFixture<StepUpTests.Fixture>
{
    // E1 P1 (team TA) 1 Apr - 1 May 2024, OM; referral R1 31 May (30 days after the end), referral team TC.
    // E2 P2 1 Apr - 1 May 2024, OM; referral R2 1 Jun (31 days after).
    // E3 P3 1 Apr - 1 May 2024, ended SU, no referral.
    // E4 P4 1 Apr - 10 May 2024, ended SU; only an NFA referral R4 on 5 May.
    // E5 P5 1 Apr - 10 May 2024, NP; only an NFA referral R5 on 5 May.
    // E6 P6 from 15 Apr 2024, open; referrals R6 20 Jun and R6b 5 Jul.
    // E7 P7 from 20 Apr 2024, open; referral R7 10 Apr (before the episode started).
    // E8 P8 1 Apr - 30 Jun 2024, ended SU; referral R8 15 Jul (15 days after the end).
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-01-01", "P2,M,WBRI,2015-01-01", "P3,F,WBRI,2015-01-01", "P4,M,WBRI,2015-01-01",
                "P5,F,WBRI,2015-01-01", "P6,M,WBRI,2015-01-01", "P7,F,WBRI,2015-01-01", "P8,M,WBRI,2015-01-01"),
            Lines.Departments("TA,Team A,L1,North", "TC,Team C,L2,South"),
            Lines.Episodes(
                "E1,P1,2024-04-01,2024-05-01,OM",
                "E2,P2,2024-04-01,2024-05-01,OM",
                "E3,P3,2024-04-01,2024-05-01,SU",
                "E4,P4,2024-04-01,2024-05-10,SU",
                "E5,P5,2024-04-01,2024-05-10,NP",
                "E6,P6,2024-04-15,,",
                "E7,P7,2024-04-20,,",
                "E8,P8,2024-04-01,2024-06-30,SU"),
            Lines.EpisodeTeams("E1,TA"),
            Lines.Referrals(
                "R1,P1,2024-05-31,N,,,TC",
                "R2,P2,2024-06-01,N,,,",
                "R4,P4,2024-05-05,Y,2024-05-05,RC8,",
                "R5,P5,2024-05-05,Y,2024-05-05,RC8,",
                "R6,P6,2024-06-20,N,,,",
                "R6b,P6,2024-07-05,N,,,",
                "R7,P7,2024-04-10,N,,,",
                "R8,P8,2024-07-15,N,,,"),
        ];
    }

    [Fact]
    public async Task EH07_ReferralThirtyDaysAfterClosure_IsAStepUp_ThirtyOneIsNot()
    {
        // May: E1 (R1 31 May = end 1 May + 30 days: dated 31 May), E3 (SU, no referral: dated at its end 1 May),
        // E4 (SU; its only referral is NFA, so dated at its end 10 May). Not: E2 (R2 is 31 days after), E5 (NFA only).
        // => 3.
        (await f.CountsAsync("EH07", "2024-05")).ShouldBe((3, null));
    }

    [Fact]
    public async Task EH07_NoStepUpInApril_AReferralBeforeTheEpisodeStartsDoesNotCount()
    {
        // April: R7 (10 Apr) precedes E7's start (20 Apr): not from the episode's start. Nothing else is dated in April => 0.
        (await f.CountsAsync("EH07", "2024-04")).ShouldBe((0, null));
    }

    [Fact]
    public async Task EH07_OpenEpisode_IsDatedAtItsFirstReferral_AndCountedOnce()
    {
        // E6 (open) has referrals 20 Jun and 5 Jul: the first, 20 Jun, is the step-up => June 1.
        // July: only E8 (SU, but it has referral R8 15 Jul within 30 days of its 30 Jun end: dated at the referral,
        // not at its end) => 1; E6 is not counted again for R6b.
        (await f.CountsAsync("EH07", "2024-06")).ShouldBe((1, null));
        (await f.CountsAsync("EH07", "2024-07")).ShouldBe((1, null));
        // Q1 (Apr-Jun) = 0 + 3 + 1 = 4.
        (await f.CountsAsync("EH07", "2024-25 Q1")).ShouldBe((4, null));
    }

    [Fact]
    public async Task EH07_IsCountedInTheEarlyHelpEpisodesTeam_NotTheReferralTeam()
    {
        // E1's step-up (R1, referral team TC) counts for TA and L1; TC and L2 get nothing.
        (await f.CountsAsync("EH07", "2024-05", "TA")).ShouldBe((1, null));
        (await f.CountsAsync("EH07", "2024-05", "L1")).ShouldBe((1, null));
        (await f.CountsAsync("EH07", "2024-05", "TC")).ShouldBe((0, null));
        (await f.CountsAsync("EH07", "2024-05", "L2")).ShouldBe((0, null));
    }

    [Fact]
    public async Task EH17_ClosuresThatSteppedUp_UseTheRuleOfEH07()
    {
        // Closed in May: E1, E2, E3, E4, E5 => 5. Stepped up: E1 (referral 30 days after), E3 (SU), E4 (SU) => 3. 60%.
        (await f.CountsAsync("EH17", "2024-05")).ShouldBe((3, 5));
        // Closed in June: E8 (SU, referral 15 Jul) => 1/1.
        (await f.CountsAsync("EH17", "2024-06")).ShouldBe((1, 1));
    }

    [Fact]
    public async Task EH07_ContextDirection_IsUpOrDownOrNoChange()
    {
        // EH07 is a context count. May 3 vs April (nothing counted: 0) => Up; June 1 vs May 3 => Down; July 1 vs June 1 => NoChange.
        (await f.ValueAsync("EH07", "2024-05")).ShouldNotBeNull().DirectionVsPrevious.ShouldBe(Direction.Up);
        (await f.ValueAsync("EH07", "2024-06")).ShouldNotBeNull().DirectionVsPrevious.ShouldBe(Direction.Down);
        (await f.ValueAsync("EH07", "2024-07")).ShouldNotBeNull().DirectionVsPrevious.ShouldBe(Direction.NoChange);
    }
}

/// <summary>
/// EH07 when a child moves team: one CSC referral that follows the closure of the old team's episode and falls
/// inside the new team's episode is one step-up, not two.
/// </summary>
public class StepUpTeamMoveTests(StepUpTeamMoveTests.Fixture f) : IClassFixture<StepUpTeamMoveTests.Fixture>
{
    // P1: E1 in TA 1 Apr - 1 May 2024 (transferred), E2 in TB (same locality L1) from 1 May 2024, open.
    // One non-NFA referral R1 on 10 May 2024 (9 days after E1 ended, and during E2).
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-01-01"),
            Lines.Departments("TA,Team A,L1,North", "TB,Team B,L1,North"),
            Lines.Episodes("E1,P1,2024-04-01,2024-05-01,TR", "E2,P1,2024-05-01,,"),
            Lines.EpisodeTeams("E1,TA", "E2,TB"),
            Lines.Referrals("R1,P1,2024-05-10,N,,,"),
        ];
    }

    [Fact]
    public async Task EH07_OneReferral_IsOneStepUp_WhenItFollowsTwoEpisodes()
    {
        // A step-up is the referral: R1 is the first non-NFA referral within E1's window (1 Apr .. 31 May) and within
        // E2's (from 1 May), but it is one referral for one child => May: 1 step-up for the authority and for L1.
        (await f.CountsAsync("EH07", "2024-05")).ShouldBe((1, null));
        (await f.CountsAsync("EH07", "2024-05", "L1")).ShouldBe((1, null));
    }

    [Fact]
    public async Task EH17_TheClosedEpisodeSteppedUp()
    {
        // EH17 is per closure: closed in May: E1 => 1; R1 is 9 days after its end => stepped up => 1/1.
        (await f.CountsAsync("EH17", "2024-05")).ShouldBe((1, 1));
    }
}
