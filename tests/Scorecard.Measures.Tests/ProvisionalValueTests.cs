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

    // E1 starts 2024-04-03, E2 2024-06-10; RV1 (30 June) is E1's first review. With RV2 (31 August) the data ends then.
    internal static readonly (string, string)[] ToJune =
    [
        ("ssd_person.csv", People),
        ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date\nE1,P1,2024-04-03\nE2,P2,2024-06-10\n"),
        ("ext_plan_reviews.csv", "revw_review_id,revw_episode_id,revw_review_date,revw_review_type\nRV1,E1,2024-06-30,REVIEW\n"),
    ];
    internal static readonly (string, string)[] ToAugust =
    [
        ("ssd_person.csv", People),
        ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date\nE1,P1,2024-04-03\nE2,P2,2024-06-10\n"),
        ("ext_plan_reviews.csv", "revw_review_id,revw_episode_id,revw_review_date,revw_review_type\nRV1,E1,2024-06-30,REVIEW\nRV2,E2,2024-08-31,REVIEW\n"),
    ];

    [Fact]
    public async Task DataEndingEarlierWithinAMonth_UnsettlesThePeriodsItNoLongerSettles_ThoughNoneIsRecomputed()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync([.. ToJune, Contacts("C1,P1,2024-08-31")]);
        await w.RefreshAsync();
        // The contact makes the data's date 31 August: EH16 (42 days; E1 started in April, E2 in June) is final for June
        // (30 June + 42 = 11 August) and for Q1, which ends with it.
        (await w.ValueAsync("EH16", "2024-06"))!.IsProvisional.ShouldBeFalse();
        (await w.ValueAsync("EH16", "2024-25 Q1"))!.IsProvisional.ShouldBeFalse();

        // The contact's date put right to 5 August: the data now ends then. Contacts are not EH16's records, so no period of
        // EH16 is recomputed, and no period starts after 5 August. June's flag (11 August > 5 August) and Q1's must move
        // back all the same; April's (30 April + 42 = 11 June) stays final.
        await w.LoadAsync([.. ToJune, Contacts("C1,P1,2024-08-05")]);
        var refresh = await w.RefreshAsync();
        refresh.Kind.ShouldBe("Incremental");
        refresh.MeasuresRecomputed.ShouldNotContain("EH16");
        (await w.ValueAsync("EH16", "2024-06"))!.IsProvisional.ShouldBeTrue();
        (await w.ValueAsync("EH16", "2024-25 Q1"))!.IsProvisional.ShouldBeTrue();
        (await w.ValueAsync("EH16", "2024-04"))!.IsProvisional.ShouldBeFalse();
    }

    [Fact]
    public async Task AChangedSettlingWindow_MovesTheFlags_ThoughTheDataDateHasNotMoved()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync([.. ToAugust, Contacts("C1,P1,2024-07-01")]);
        await w.RefreshAsync();
        (await w.ValueAsync("EH16", "2024-06"))!.IsProvisional.ShouldBeFalse();

        // The window for a first TAF meeting set to 90 days, and a contact of 1 August loaded: the data still ends on 31
        // August, so the data's date has crossed no period's settling day, and contacts are not EH16's records, so no
        // period of EH16 is recomputed. June now settles on 28 September (30 June + 90): provisional. April settles on 29
        // July (30 April + 90): still final. The window is held in the catalogue's rows, which is how the refresh knows
        // the flags were set by another.
        w.Options = new Calculation.MeasureOptions { FirstTafDays = 90 };
        await w.LoadAsync([.. ToAugust, Contacts("C1,P1,2024-07-01", "C2,P2,2024-08-01")]);
        var refresh = await w.RefreshAsync();
        refresh.Kind.ShouldBe("Incremental");
        refresh.MeasuresRecomputed.ShouldNotContain("EH16");
        (await w.ValueAsync("EH16", "2024-06"))!.IsProvisional.ShouldBeTrue();
        (await w.ValueAsync("EH16", "2024-04"))!.IsProvisional.ShouldBeFalse();
    }

    private static (string, string) Contacts(params string[] rows) =>
        ("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_outcome_json\n" + string.Concat(rows.Select(r => r + ",\"[\"\"EH Referral\"\"]\"\n")));
}
