namespace Scorecard.Measures.Tests.Catalogue;

/// <summary>
/// EH10 (CSC re-referrals: a previous referral for the child 1 to 365 days before, NFA included) and
/// EH11 (EH re-referrals: an earlier episode for the child ending in the 365 days before the new start).
/// 365 days is a count of days, not "one year": across 29 February 2024 the two differ by a day.
/// </summary>
public class ReReferralMeasureTests
{
    [Fact]
    public async Task EH10_CountsAReReferral_At365DaysButNot366_AcrossTheLeapDay()
    {
        using var w = new TestWarehouse();
        var referrals = Tables.Referrals()
            // A: 2023-03-01 -> 2024-02-29. 2023-03-01 to 2024-03-01 is 366 days (it contains 29 Feb 2024),
            //    so 2024-02-29 is 365 days after 2023-03-01: a re-referral.
            .Add("RA1", "PA", "2023-03-01", "N", "RC7", "2023-04-01")
            .Add("RA2", "PA", "2024-02-29", "N", null, null)
            // B: 2023-02-28 -> 2024-02-29 is one day more: 366 days, outside the window.
            .Add("RB1", "PB", "2023-02-28", "N", "RC7", "2023-04-01")
            .Add("RB2", "PB", "2024-02-29", "N", null, null)
            // C: two referrals on the same day: "1 to 365 days before" excludes day 0, so neither counts.
            .Add("RC1", "PC", "2024-02-12", "N", "RC8", "2024-02-12")
            .Add("RC2", "PC", "2024-02-12", "N", null, null)
            // D: the earlier referral was NFA; NFA referrals are CSC referrals for EH10, so 2024-02-10 counts
            //    (2023-06-01 is 254 days before).
            .Add("RD1", "PD", "2023-06-01", "Y", "RC8", "2023-06-01")
            .Add("RD2", "PD", "2024-02-10", "N", null, null);
        await w.LoadAsync(Tables.People(["PA", "PB", "PC", "PD"]), referrals);
        await w.RefreshAsync();

        // February 2024 referrals: RA2, RB2, RC1, RC2, RD2 = 5 (denominator).
        // With a previous referral 1-365 days before: RA2 (365 days), RD2 (254 days) = 2. RB2 (366) and
        // RC1/RC2 (same day, nothing earlier) do not count.
        (await w.CountsAsync("EH10", "2024-02")).ShouldBe((2, 5));
        (await w.ValueAsync("EH10", "2024-02"))!.Value.ShouldBe(40.0);
        // March 2023: RA1 only, with nothing before it for child A: 0 of 1.
        (await w.CountsAsync("EH10", "2023-03")).ShouldBe((0, 1));
        // Financial year 2023-24 (Apr 2023 - Mar 2024): RD1, RC1, RC2, RD2, RA2, RB2 = 6 referrals (RA1 and RB1
        // fall in 2022-23). Re-referrals: RA2 and RD2 = 2 (RD1 has nothing before it; RB2's previous is 366 days).
        (await w.CountsAsync("EH10", "2023-24")).ShouldBe((2, 6));
    }

    [Fact]
    public async Task EH11_CountsAnEpisodeEnding365DaysBeforeTheStart_ButNot366()
    {
        using var w = new TestWarehouse();
        var episodes = Tables.Episodes()
            // A: first episode ended 2023-06-15; the new one starts 2024-06-14. 2023-06-15 to 2024-06-15 is
            //    366 days (29 Feb 2024 in between), so 2024-06-14 is 365 days after: a re-referral.
            .Add("EA1", "PA", "2023-01-10", "2023-06-15", "OM", null)
            .Add("EA2", "PA", "2024-06-14", null, null, null)
            // B: the same end, a start one day later: 366 days, not a re-referral.
            .Add("EB1", "PB", "2023-01-10", "2023-06-15", "OM", null)
            .Add("EB2", "PB", "2024-06-15", null, null, null)
            // C: the other episode is still running at the new start (it ends after it): no episode had ended
            //    before the start, so not a re-referral.
            .Add("EC1", "PC", "2024-01-10", "2024-06-20", "TR", null)
            .Add("EC2", "PC", "2024-06-10", null, null, null)
            // D: a first episode, nothing before.
            .Add("ED1", "PD", "2024-06-03", null, null, null);
        await w.LoadAsync(Tables.People(["PA", "PB", "PC", "PD"]), episodes);
        await w.RefreshAsync();

        // Episodes started in June 2024: EA2, EB2, EC2, ED1 = 4. With an earlier episode for the child ending
        // in the 365 days before the start: EA2 only (EA1 ended 365 days before) = 1 -> 25%.
        (await w.CountsAsync("EH11", "2024-06")).ShouldBe((1, 4));
        (await w.ValueAsync("EH11", "2024-06"))!.Value.ShouldBe(25.0);
    }
}
