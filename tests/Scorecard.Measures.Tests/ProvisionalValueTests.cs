namespace Scorecard.Measures.Tests;

public class ProvisionalValueTests
{
    private const string People = "pers_person_id\nP1\nP2\n";

    [Fact]
    public async Task Values_AreProvisional_UntilTheDataReachesTheSettlingWindow_ThenSettle()
    {
        using var w = new TestWarehouse();
        // E1 starts 2024-04-03 and E2 2024-06-10; the latest date in the data is 2024-06-30 (E1's TAF meeting).
        await w.LoadAsync(("ssd_person.csv", People),
            ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date\nE1,P1,2024-04-03\nE2,P2,2024-06-10\n"),
            ("ext_plan_reviews.csv", "revw_review_id,revw_episode_id,revw_review_date,revw_review_type\nRV1,E1,2024-06-30,REVIEW\n"));
        await w.RefreshAsync();

        // EH16 (first TAF within 42 days) settles 42 days after a period ends. Data as of 30 June:
        // April ended 30 April, +42 = 11 June <= 30 June: final. May: 31 May + 42 = 12 July > 30 June: provisional.
        // June: provisional. EH01 has no window: final even for June.
        (await w.ValueAsync("EH16", "2024-04"))!.IsProvisional.ShouldBeFalse();
        (await w.ValueAsync("EH16", "2024-06"))!.IsProvisional.ShouldBeTrue();
        (await w.ValueAsync("EH01", "2024-06"))!.IsProvisional.ShouldBeFalse();
        (await w.ValueAsync("EH01", "2024-05"))!.IsProvisional.ShouldBeFalse();
        (await w.ValueAsync("EH16", "2024-25 Q1"))!.IsProvisional.ShouldBeTrue();

        // A later extract reaches 31 August (a review of E2). June: 30 June + 42 = 11 August <= 31 August: now final,
        // although no record in June changed and the incremental refresh need not recompute June's values.
        await w.LoadAsync(("ssd_person.csv", People),
            ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date\nE1,P1,2024-04-03\nE2,P2,2024-06-10\n"),
            ("ext_plan_reviews.csv", "revw_review_id,revw_episode_id,revw_review_date,revw_review_type\nRV1,E1,2024-06-30,REVIEW\nRV2,E2,2024-08-31,REVIEW\n"));
        await w.RefreshAsync();

        (await w.ValueAsync("EH16", "2024-06"))!.IsProvisional.ShouldBeFalse();
        // Quarter 2024-25 Q1 (April-June) settles with June; it was provisional before the second extract.
        (await w.ValueAsync("EH16", "2024-25 Q1"))!.IsProvisional.ShouldBeFalse();
    }
}
