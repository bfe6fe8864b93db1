namespace Scorecard.Measures.Tests.Measures;

/// <summary>
/// Rollup team -> locality -> authority, a child moving team, and the AgeBand / Sex / EthnicityGroup breakdowns
/// (authority and localities only; age in whole years from the month of birth, the birthday counted on the 1st).
/// </summary>
public class RollupAndBreakdownTests(RollupAndBreakdownTests.Fixture f) : IClassFixture<RollupAndBreakdownTests.Fixture>
{
    // Teams: TA and TB in locality L1 (North), TC in L2 (South).
    // P1 F White DOB Jun 2019: E1 TA 1 Apr - 10 Jul 2024, then E2 TB from 15 Jun 2024 (both open 15 Jun - 10 Jul).
    // P2 M Black DOB Jul 2019: E3 TA 1 Apr - 20 May 2024, then E4 TC from 20 May 2024 (moves locality).
    // P3 F Asian DOB Jun 2008: E5 TC from 10 Apr and E6 TC from 1 May 2024 (two open episodes, one team).
    // P4 sex and ethnicity not given, no DOB: E7 with no team (authority only) from 15 Apr 2024.
    // P5 M White (Irish) DOB Jun 2006: E8 TB from 15 Jun 2024.
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2019-06-30", "P2,M,BAFR,2019-07-01", "P3,F,APKN,2008-06-10", "P4,,,", "P5,M,WIRI,2006-06-15"),
            Lines.Departments("TA,Team A,L1,North", "TB,Team B,L1,North", "TC,Team C,L2,South"),
            Lines.Episodes(
                "E1,P1,2024-04-01,2024-07-10,TR",
                "E2,P1,2024-06-15,,",
                "E3,P2,2024-04-01,2024-05-20,TR",
                "E4,P2,2024-05-20,,",
                "E5,P3,2024-04-10,,",
                "E6,P3,2024-05-01,,",
                "E7,P4,2024-04-15,,",
                "E8,P5,2024-06-15,,"),
            Lines.EpisodeTeams("E1,TA", "E2,TB", "E3,TA", "E4,TC", "E5,TC", "E6,TC", "E8,TB"),
        ];
    }

    [Fact]
    public async Task EH01_RollsATeamUpToItsLocalityAndTheAuthority()
    {
        // At 30 Apr 2024 open: E1 (P1, TA), E3 (P2, TA), E5 (P3, TC), E7 (P4, no team).
        // TA: P1, P2 = 2; L1 = TA + TB = 2; TC: P3 = 1; L2 = 1; authority: P1, P2, P3, P4 = 4 (P4 counts only there).
        (await f.CountsAsync("EH01", "2024-04", "TA")).ShouldBe((2, null));
        (await f.CountsAsync("EH01", "2024-04", "L1")).ShouldBe((2, null));
        (await f.CountsAsync("EH01", "2024-04", "TC")).ShouldBe((1, null));
        (await f.CountsAsync("EH01", "2024-04", "L2")).ShouldBe((1, null));
        (await f.CountsAsync("EH01", "2024-04")).ShouldBe((4, null));
    }

    [Fact]
    public async Task EH01_ChildWhoMovesTeam_IsCountedInTheOldTeamBeforeAndTheNewTeamAfter()
    {
        // P2: E3 in TA closes 20 May, E4 in TC opens 20 May.
        // 30 Apr: TA has P1, P2 = 2; TC has P3 = 1.
        // 31 May: E3 ended 20 May (not open), E4 open -> TA has only P1 = 1; TC has P2 and P3 = 2 (P3 once for E5 and E6).
        (await f.CountsAsync("EH01", "2024-05", "TA")).ShouldBe((1, null));
        (await f.CountsAsync("EH01", "2024-05", "TC")).ShouldBe((2, null));
        // Localities: L1 = {P1} = 1, L2 = {P2, P3} = 2; authority still P1-P4 = 4.
        (await f.CountsAsync("EH01", "2024-05", "L1")).ShouldBe((1, null));
        (await f.CountsAsync("EH01", "2024-05", "L2")).ShouldBe((2, null));
        (await f.CountsAsync("EH01", "2024-05")).ShouldBe((4, null));
    }

    [Fact]
    public async Task EH01_CountsAChildOnce_WhenOpenInTwoTeamsOfOneLocality()
    {
        // 30 Jun: P1 open in TA (E1, to 10 Jul) and TB (E2, from 15 Jun); P5 open in TB (E8).
        // TA: P1 = 1; TB: P1, P5 = 2; L1: distinct {P1, P5} = 2, not 3; authority: P1..P5 = 5.
        (await f.CountsAsync("EH01", "2024-06", "TA")).ShouldBe((1, null));
        (await f.CountsAsync("EH01", "2024-06", "TB")).ShouldBe((2, null));
        (await f.CountsAsync("EH01", "2024-06", "L1")).ShouldBe((2, null));
        (await f.CountsAsync("EH01", "2024-06")).ShouldBe((5, null));
    }

    [Fact]
    public async Task EH01_TeamWithNobodyOpen_HasNoCount_AfterTheChildMovedOn()
    {
        // 31 Jul: E1 ended 10 Jul, so TA has nobody (no row: 0); TB keeps P1 (E2) and P5 (E8) = 2.
        (await f.CountsAsync("EH01", "2024-07", "TA")).ShouldBe((0, null));
        (await f.CountsAsync("EH01", "2024-07", "TB")).ShouldBe((2, null));
        (await f.CountsAsync("EH01", "2024-07", "L1")).ShouldBe((2, null));
    }

    [Fact]
    public async Task EH02_CountsEpisodesInTheirTeams_AndSumsToTheQuarter()
    {
        // Started in June: E2 (TB), E8 (TB) => TB 2, L1 2, authority 2. Started in May: E4 (TC), E6 (TC) => 2.
        (await f.CountsAsync("EH02", "2024-06", "TB")).ShouldBe((2, null));
        (await f.CountsAsync("EH02", "2024-06", "L1")).ShouldBe((2, null));
        (await f.CountsAsync("EH02", "2024-05", "L2")).ShouldBe((2, null));
        // Q1 2024-25 (Apr-Jun): all eight episodes E1..E8 started in it => 8 (episodes, not children).
        (await f.CountsAsync("EH02", "2024-25 Q1")).ShouldBe((8, null));
    }

    // Breakdowns are computed for quarters and financial years (MeasureRefresher.BreakdownGrains), not months.
    // Q1 2024-25 ends 30 Jun 2024, so EH01 for Q1 is the 30 Jun position above: P1..P5.

    [Fact]
    public async Task EH01_SexBreakdown_AtTheAuthority_SumsToAll()
    {
        // 30 Jun, the five children: P1 F, P2 M, P3 F, P4 U (sex not given), P5 M => F 2, M 2, U 1; 2+2+1 = 5 = All.
        var rows = await f.BreakdownAsync("EH01", "2024-25 Q1", "AUTHORITY", "Sex");
        MeasureFixture.Numerators(rows).ShouldBe("F=2, M=2, U=1");
        (await f.CountsAsync("EH01", "2024-25 Q1")).Numerator.ShouldBe(5);
        rows.Values.Sum(v => v.Numerator).ShouldBe(5);
    }

    [Fact]
    public async Task CountBreakdowns_HoldAZero_ForEveryValueNothingWasCountedIn()
    {
        // No row means nothing was counted, which for a count is 0: the snapshot says so itself. EH01 at 30 Jun has
        // no child of indeterminate sex (I) and none in the Mixed or Other groups; the ages (P2 4, P1 5, P3 16, P5 18,
        // P4 unknown) leave only 10-15 empty. Every value of each breakdown has its row: 4 sexes, 6 groups, 6 bands.
        var sex = await f.BreakdownAsync("EH01", "2024-25 Q1", "AUTHORITY", "Sex");
        (MeasureFixture.Zeros(sex), sex.Count).ShouldBe(("I", 4));
        var ethnicity = await f.BreakdownAsync("EH01", "2024-25 Q1", "AUTHORITY", "EthnicityGroup");
        (MeasureFixture.Zeros(ethnicity), ethnicity.Count).ShouldBe(("Mixed, Other", 6));
        var age = await f.BreakdownAsync("EH01", "2024-25 Q1", "AUTHORITY", "AgeBand");
        (MeasureFixture.Zeros(age), age.Count).ShouldBe(("10-15", 6));
        // Percentages keep no rows for nothing to divide by: EH05 has no Mixed row.
        (await f.BreakdownAsync("EH05", "2024-25 Q1", "AUTHORITY", "EthnicityGroup")).ShouldNotContainKey("Mixed");
    }

    [Fact]
    public async Task EH01_EthnicityGroupBreakdown_AtTheAuthority_SumsToAll()
    {
        // 30 Jun: P1 WBRI and P5 WIRI -> White 2; P2 BAFR -> Black 1; P3 APKN -> Asian 1; P4 none -> Unknown 1. Sum 5 = All.
        var rows = await f.BreakdownAsync("EH01", "2024-25 Q1", "AUTHORITY", "EthnicityGroup");
        MeasureFixture.Numerators(rows).ShouldBe("Asian=1, Black=1, Unknown=1, White=2");
        rows.Values.Sum(v => v.Numerator).ShouldBe(5);
    }

    [Fact]
    public async Task EH01_AgeBandBreakdown_AtThePeriodEnd()
    {
        // Age at 30 Jun 2024 in whole years from the month of birth:
        // P1 Jun 2019 -> 60 months = 5 -> "5-9"; P2 Jul 2019 -> 59 months = 4 -> "0-4";
        // P3 Jun 2008 -> 192 months = 16 -> "16-17"; P5 Jun 2006 -> 216 months = 18 -> "18+"; P4 no DOB -> "Unknown".
        // No child is 10-15 at 30 Jun, so there is no such row. Sum 5 = All.
        var rows = await f.BreakdownAsync("EH01", "2024-25 Q1", "AUTHORITY", "AgeBand");
        MeasureFixture.Numerators(rows).ShouldBe("0-4=1, 16-17=1, 18+=1, 5-9=1, Unknown=1");
        rows.Values.Sum(v => v.Numerator).ShouldBe(5);
    }

    [Fact]
    public async Task EH02_AgeBand_IsAgeAtTheStart_CountingTheBirthdayOnTheFirstOfTheMonth()
    {
        // Age at each episode's start, months between the month of birth and the start's month, / 12:
        // E1 P1 (Jun 2019) 1 Apr 2024: 58 -> 4 "0-4";  E2 P1 15 Jun 2024: 60 -> 5 "5-9" (born 30 Jun, so by days still 4:
        //   the birthday counts from 1 Jun);  E3 P2 (Jul 2019) 1 Apr: 57 -> 4 "0-4";  E4 P2 20 May: 58 -> 4 "0-4";
        // E5 P3 (Jun 2008) 10 Apr: 190 -> 15 "10-15";  E6 P3 1 May: 191 -> 15 "10-15";  E7 P4 no DOB "Unknown";
        // E8 P5 (Jun 2006) 15 Jun: 216 -> 18 "18+".  => 0-4: 3, 5-9: 1, 10-15: 2, 18+: 1, Unknown: 1; sum 8 = All (episodes).
        var rows = await f.BreakdownAsync("EH02", "2024-25 Q1", "AUTHORITY", "AgeBand");
        MeasureFixture.Numerators(rows).ShouldBe("0-4=3, 10-15=2, 18+=1, 5-9=1, Unknown=1");
        rows.Values.Sum(v => v.Numerator).ShouldBe((await f.CountsAsync("EH02", "2024-25 Q1")).Numerator);
    }

    [Fact]
    public async Task EH01_Breakdowns_ExistForLocalities_AndSumToTheLocalityValue()
    {
        // L1 at 30 Jun: P1 (F, White, 5) and P5 (M, White, 18), P1 once though open in TA and TB => All 2.
        // Sex: F 1, M 1; EthnicityGroup: White 2; AgeBand: 5-9 1, 18+ 1 -- each sums to 2.
        (await f.CountsAsync("EH01", "2024-25 Q1", "L1")).Numerator.ShouldBe(2);
        MeasureFixture.Numerators(await f.BreakdownAsync("EH01", "2024-25 Q1", "L1", "Sex")).ShouldBe("F=1, M=1");
        MeasureFixture.Numerators(await f.BreakdownAsync("EH01", "2024-25 Q1", "L1", "EthnicityGroup")).ShouldBe("White=2");
        MeasureFixture.Numerators(await f.BreakdownAsync("EH01", "2024-25 Q1", "L1", "AgeBand")).ShouldBe("18+=1, 5-9=1");
        // L2 at 30 Jun: P2 (M, Black, 4) and P3 (F, Asian, 16) => 2.
        MeasureFixture.Numerators(await f.BreakdownAsync("EH01", "2024-25 Q1", "L2", "EthnicityGroup")).ShouldBe("Asian=1, Black=1");
        // Financial year 2024-25 (data runs to 10 Jul, so the year ends 31 Mar 2025 with E2, E4, E5/E6, E7, E8 open):
        // P1..P5 again => F 2, M 2, U 1.
        MeasureFixture.Numerators(await f.BreakdownAsync("EH01", "2024-25", "AUTHORITY", "Sex")).ShouldBe("F=2, M=2, U=1");
    }

    [Fact]
    public async Task EH01_Breakdowns_AreNotPublishedForTeams()
    {
        // Breakdowns are for the authority and localities only: TB has P1 (F) and P5 (M) open at 30 Jun, but no Sex rows.
        (await f.CountsAsync("EH01", "2024-25 Q1", "TB")).Numerator.ShouldBe(2);
        (await f.BreakdownAsync("EH01", "2024-25 Q1", "TB", "Sex")).ShouldBeEmpty();
        (await f.BreakdownAsync("EH01", "2024-25 Q1", "TB", "AgeBand")).ShouldBeEmpty();
    }

    [Fact]
    public async Task EH01_Breakdowns_AreNotComputedForMonths()
    {
        // The refresher computes breakdowns for quarters and years only: June 2024 has the All row (5) and no Sex rows.
        (await f.CountsAsync("EH01", "2024-06")).Numerator.ShouldBe(5);
        (await f.BreakdownAsync("EH01", "2024-06", "AUTHORITY", "Sex")).ShouldBeEmpty();
    }
}
