namespace Scorecard.Measures.Tests.Catalogue;

/// <summary>
/// EH12 (sustained outcome), EH15 (timely allocation in working days), EH16 (first TAF within 42 days) and
/// EH17 (closures that stepped up, by the step-up rule of EH07).
/// </summary>
public class EarlyHelpOutcomeMeasureTests
{
    [Fact]
    public async Task EH12_CountsAnOutcomesMetClosureAsSustained_OnlyWithoutACscReferralWithin365Days()
    {
        using var w = new TestWarehouse();
        var episodes = Tables.Episodes()
            // Period "2024-11" ends 2024-11-30: the cohort is closures with outcomes met (OM) from 12 to 24 months
            // before it, i.e. closed after 2022-11-30 and on or before 2023-11-30.
            .Add("EA", "PA", "2023-01-05", "2023-06-15", "OM", null) // in cohort, no referral at all: sustained
            .Add("EB", "PB", "2023-01-05", "2023-06-15", "OM", null) // in cohort, referral 365 days later: not sustained
            .Add("EC", "PC", "2023-01-05", "2023-06-15", "OM", null) // in cohort, referral 366 days later: sustained
            .Add("ED", "PD", "2023-01-05", "2023-06-15", "NP", null) // closed with no progress: not in the cohort
            .Add("EE", "PE", "2023-06-01", "2023-12-01", "OM", null) // closed under 12 months before 2024-11-30: not yet
            .Add("EF", "PF", "2023-06-01", "2023-11-30", "OM", null) // exactly 12 months before: in cohort, sustained
            .Add("EG", "PG", "2022-06-01", "2022-12-01", "OM", null) // just under 24 months before: in cohort, sustained
            .Add("EH", "PH", "2022-06-01", "2022-11-29", "OM", null) // more than 24 months before: out
            .Add("EZ", "PZ", "2024-11-30", null, null, null);         // keeps the data (and periods) running to Nov 2024
        var referrals = Tables.Referrals()
            // 2023-06-15 + 365 days = 2024-06-14 (the year holds 29 Feb 2024, so 2024-06-15 is day 366).
            .Add("RB", "PB", "2024-06-14", "N", null, null)
            .Add("RC", "PC", "2024-06-15", "N", null, null);
        await w.LoadAsync(Tables.People(["PA", "PB", "PC", "PD", "PE", "PF", "PG", "PH", "PZ"]), episodes, referrals);
        await w.RefreshAsync();

        // Cohort (denominator): EA, EB, EC, EF, EG = 5. Sustained (numerator): EA, EC, EF, EG = 4 (EB had a CSC
        // referral on day 365 after closure) -> 80%.
        (await w.CountsAsync("EH12", "2024-11")).ShouldBe((4, 5));
        (await w.ValueAsync("EH12", "2024-11"))!.Value.ShouldBe(80.0);
    }

    [Fact]
    public async Task EH15_SkipsEasterBankHolidays_StartOn15AprilIsTimelyAnd16AprilIsNot()
    {
        using var w = new TestWarehouse();
        var episodes = Tables.Episodes()
            .Add("E1", "P1", "2024-04-15", null, null, null)
            .Add("E2", "P2", "2024-04-16", null, null, null)
            .Add("E3", "P3", "2024-04-10", null, null, null)  // no referral date: outside the denominator
            .Add("E4", "P4", "2024-04-22", null, null, null); // referred and started the same day: 0 working days
        var details = Tables.EpisodeDetails()
            // Thursday 28 March 2024. Friday 29 March (Good Friday) and Monday 1 April (Easter Monday) are bank
            // holidays, 30-31 March a weekend. Working days after the referral: Tue 2 Apr (1), Wed 3 (2), Thu 4 (3),
            // Fri 5 (4), Mon 8 (5), Tue 9 (6), Wed 10 (7), Thu 11 (8), Fri 12 (9), Mon 15 (10), Tue 16 (11).
            .Add("E1", null, "TAF", "2024-03-28")
            .Add("E2", null, "TAF", "2024-03-28")
            .Add("E3", null, "TAF", null)
            .Add("E4", null, "SINGLE", "2024-04-22");
        await w.LoadAsync(Tables.People(["P1", "P2", "P3", "P4"]), episodes, details);
        await w.RefreshAsync();

        // Started in April 2024 with a referral date: E1, E2, E4 = 3. Within 10 working days: E1 (day 10),
        // E4 (day 0) = 2; E2 starts on working day 11.
        (await w.CountsAsync("EH15", "2024-04")).ShouldBe((2, 3));
    }

    [Fact]
    public async Task EH16_CountsAFirstTafOnDay42ButNotDay43()
    {
        using var w = new TestWarehouse();
        var episodes = Tables.Episodes()
            .Add("E1", "P1", "2024-05-01", null, null, null)
            .Add("E2", "P2", "2024-05-01", null, null, null)
            .Add("E3", "P3", "2024-05-01", null, null, null)
            .Add("E4", "P4", "2024-05-01", null, null, null);
        var reviews = Tables.PlanReviews()
            // 2024-05-01 + 42 days = 2024-06-12 (30 days to 31 May, 12 more), + 43 = 2024-06-13.
            .Add("V1", "E1", "2024-06-12", "TAF")
            .Add("V2", "E2", "2024-06-13", "TAF")
            .Add("V3", "E3", "2024-05-10", "REVIEW") // a plan review, not a TAF meeting
            .Add("V4", "E3", "2024-07-01", "TAF");   // E3's first TAF is on day 61
        await w.LoadAsync(Tables.People(["P1", "P2", "P3", "P4"]), episodes, reviews);
        await w.RefreshAsync();

        // Started in May 2024: E1-E4 = 4. First TAF within 42 days of the start: E1 (day 42) only = 1 -> 25%.
        (await w.CountsAsync("EH16", "2024-05")).ShouldBe((1, 4));
    }

    [Fact]
    public async Task EH17_CountsAStepUpReferral30DaysAfterClosure_ButNot31()
    {
        using var w = new TestWarehouse();
        var episodes = Tables.Episodes()
            .Add("E1", "P1", "2024-02-01", "2024-05-10", "OM", null) // referral 30 days after closure: stepped up
            .Add("E2", "P2", "2024-02-01", "2024-05-10", "OM", null) // referral 31 days after: not
            .Add("E3", "P3", "2024-02-01", "2024-05-20", "SU", null) // ended "step-up", no referral: stepped up
            .Add("E4", "P4", "2024-02-01", "2024-05-20", "OM", null) // only an NFA referral: not
            .Add("E5", "P5", "2024-02-01", "2024-05-31", "DE", null); // referral during the episode: stepped up
        var referrals = Tables.Referrals()
            // 2024-05-10 + 30 days = 2024-06-09 (21 days to 31 May, 9 more); + 31 = 2024-06-10.
            .Add("R1", "P1", "2024-06-09", "N", null, null)
            .Add("R2", "P2", "2024-06-10", "N", null, null)
            .Add("R4", "P4", "2024-05-25", "Y", "RC8", "2024-05-25")
            .Add("R5", "P5", "2024-05-15", "N", null, null);
        await w.LoadAsync(Tables.People(["P1", "P2", "P3", "P4", "P5"]), episodes, referrals);
        await w.RefreshAsync();

        // Closed in May 2024: E1-E5 = 5. Stepped up: E1 (referral day 30), E3 (reason SU), E5 (referral during) = 3.
        (await w.CountsAsync("EH17", "2024-05")).ShouldBe((3, 5));
        (await w.ValueAsync("EH17", "2024-05"))!.Value.ShouldBe(60.0);
        // The same step-ups dated for EH07: E3 at its end (20 May) and E5 at its referral (15 May) in May;
        // E1 at its referral (9 June) in June.
        (await w.CountsAsync("EH07", "2024-05")).Numerator.ShouldBe(2);
        (await w.CountsAsync("EH07", "2024-06")).Numerator.ShouldBe(1);
    }
}
