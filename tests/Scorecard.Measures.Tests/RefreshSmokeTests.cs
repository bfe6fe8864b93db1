using Scorecard.Measures.Snapshot;

namespace Scorecard.Measures.Tests;

public class RefreshSmokeTests
{
    [Fact]
    public async Task Refresh_ComputesEveryMeasure_OnASmallExtract()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(
            ("ssd_person.csv", "pers_person_id,pers_sex,pers_ethnicity,pers_dob\nP1,F,WBRI,2015-06-14\nP2,M,APKN,2010-01-01\n"),
            ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_end_reason\nE1,P1,2024-04-10,,\nE2,P2,2024-05-01,2024-06-15,SU\n"),
            ("ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_referral_date,cine_referral_nfa,cine_close_date,cine_close_reason\nR1,P2,2024-06-20,N,2024-09-01,RC9\n"));

        var result = await w.RefreshAsync();

        result.Kind.ShouldBe("Full");
        result.ValuesWritten.ShouldBeGreaterThan(0, result.Message);
        // E1 is open at 30 April 2024 (started 10 April, no end); E2 starts 1 May.
        (await w.CountsAsync("EH01", "2024-04")).Numerator.ShouldBe(1);
    }
}
