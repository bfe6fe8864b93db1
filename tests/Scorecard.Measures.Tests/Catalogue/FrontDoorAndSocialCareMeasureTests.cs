namespace Scorecard.Measures.Tests.Catalogue;

/// <summary>EH09 (contacts resulting in early help), CS01 (open to social care at period end), CS02 / CS02N (referrals).</summary>
public class FrontDoorAndSocialCareMeasureTests
{
    [Fact]
    public async Task EH09_CountsContactsWhoseOutcomesIncludeAnEarlyHelpReferral()
    {
        using var w = new TestWarehouse();
        var contacts = Tables.Contacts()
            .Add("C1", "P1", "2024-05-01", "EH Referral")
            .Add("C2", "P2", "2024-05-09", """["EH Referral","CIN Referral"]""")
            .Add("C3", "P3", "2024-05-15", "No Further Action")
            .Add("C4", "P1", "2024-05-20", "CIN Referral")
            .Add("C5", "P2", "2024-05-31", "Information and Advice")
            .Add("C6", "P3", "2024-06-01", "EH Referral"); // June: not in May's figures
        await w.LoadAsync(Tables.People(["P1", "P2", "P3"]), contacts);
        await w.RefreshAsync();

        // May 2024 contacts: C1-C5 = 5. With an early help outcome (alone or beside another): C1, C2 = 2 -> 40%.
        (await w.CountsAsync("EH09", "2024-05")).ShouldBe((2, 5));
        (await w.ValueAsync("EH09", "2024-05"))!.Value.ShouldBe(40.0);
        // June: C6 only, early help: 1 of 1.
        (await w.CountsAsync("EH09", "2024-06")).ShouldBe((1, 1));
    }

    [Fact]
    public async Task CS01_AnEpisodeClosedOnThePeriodEndIsNotOpen_AndAChildCountsOnce()
    {
        using var w = new TestWarehouse();
        var referrals = Tables.Referrals()
            .Add("R1", "P1", "2024-05-01", "N", "RC7", "2024-06-30") // closed on 30 June: open at 31 May, not at 30 June
            .Add("R2", "P2", "2024-06-30", "N", null, null)          // referred on the period end: open at 30 June
            .Add("R3", "P2", "2024-06-10", "N", null, null)          // the same child's second open referral
            .Add("R4", "P4", "2024-07-01", "N", null, null)          // after June
            .Add("R5", "P5", "2024-04-10", "N", "RC7", "2024-07-01"); // closes the day after the period end: open
        await w.LoadAsync(Tables.People(["P1", "P2", "P4", "P5"]), referrals);
        await w.RefreshAsync();

        // 30 June 2024: R2 and R3 (child P2, once) and R5 (P5) are open; R1 closed that day; R4 not yet referred = 2.
        (await w.CountsAsync("CS01", "2024-06")).Numerator.ShouldBe(2);
        // The quarter April-June ends on the same day.
        (await w.CountsAsync("CS01", "2024-25 Q1")).Numerator.ShouldBe(2);
        // 31 May 2024: R1 (P1) and R5 (P5) = 2.
        (await w.CountsAsync("CS01", "2024-05")).Numerator.ShouldBe(2);
        // 31 July 2024: P2 (R2, R3) and P4 (R4); R5 closed 1 July = 2.
        (await w.CountsAsync("CS01", "2024-07")).Numerator.ShouldBe(2);
    }

    [Fact]
    public async Task CS02_CountsEveryReferralInThePeriod_AndCS02N_TheNfaOnes()
    {
        using var w = new TestWarehouse();
        var referrals = Tables.Referrals()
            .Add("R1", "P1", "2024-06-01", "N", null, null)
            .Add("R2", "P2", "2024-06-10", "N", null, null)
            .Add("R3", "P2", "2024-06-30", "N", null, null)          // a second referral for the same child counts again
            .Add("R4", "P3", "2024-06-15", "Y", "RC8", "2024-06-15") // NFA
            .Add("R5", "P3", "2024-05-31", "Y", "RC8", "2024-05-31") // NFA, May
            .Add("R6", "P1", "2024-07-01", "N", null, null);         // July
        await w.LoadAsync(Tables.People(["P1", "P2", "P3"]), referrals);
        await w.RefreshAsync();

        // June 2024 referrals (NFA included, as EH10 and the CIN census count them): R1, R2, R3, R4 = 4;
        // of those NFA: R4 = 1.
        (await w.CountsAsync("CS02", "2024-06")).Numerator.ShouldBe(4);
        (await w.CountsAsync("CS02N", "2024-06")).Numerator.ShouldBe(1);
        // May: R5 only, NFA.
        (await w.CountsAsync("CS02", "2024-05")).Numerator.ShouldBe(1);
        (await w.CountsAsync("CS02N", "2024-05")).Numerator.ShouldBe(1);
        // Quarter April-June: R1-R5 = 5, NFA R4, R5 = 2.
        (await w.CountsAsync("CS02", "2024-25 Q1")).Numerator.ShouldBe(5);
        (await w.CountsAsync("CS02N", "2024-25 Q1")).Numerator.ShouldBe(2);
    }
}
