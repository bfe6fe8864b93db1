namespace Scorecard.Measures.Tests.Measures;

/// <summary>
/// QA01 audits graded good or better (final overall grade: moderated where moderated), QA02 audits graded, by overall
/// grade, with each section's grades as breakdowns (denominator: graded judgements in the section), QA03 moderation
/// agreement (moderated audits only).
/// </summary>
public class CaseAuditTests(CaseAuditTests.Fixture f) : IClassFixture<CaseAuditTests.Fixture>
{
    // Q3 2024-25 = 1 Oct - 31 Dec 2024. TA in L1, TC in L2.
    //            section      team  date        auditor  moderator  final
    // AU1        OVERALL      TA    2024-10-01  2        -          2
    // AU1        ASSESSMENT   TA    2024-10-01  2        -          2
    // AU2        OVERALL      TA    2024-10-15  2        3          3
    // AU2        ASSESSMENT   TA    2024-10-15  3        2          2
    // AU3        OVERALL      TA    2024-11-01  3        2          2
    // AU3        ASSESSMENT   TA    2024-11-01  4        -          4
    // AU4        OVERALL      TA    2024-12-01  1        1          1
    // AU5        OVERALL      TC    2024-12-31  4        -          4
    // AU8        ASSESSMENT   TA    2024-11-20  1        -          1     (no overall judgement)
    // AU6        OVERALL      TA    2025-01-01  2        -          2     (Q4)
    // AU7        OVERALL      TA    2024-09-30  1        -          1     (Q2)
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-01-01"),
            Lines.Departments("TA,Team A,L1,North", "TC,Team C,L2,South"),
            Lines.Audits(
                "AU1,OVERALL,TA,2024-10-01,2,",
                "AU1,ASSESSMENT,TA,2024-10-01,2,",
                "AU2,OVERALL,TA,2024-10-15,2,3",
                "AU2,ASSESSMENT,TA,2024-10-15,3,2",
                "AU3,OVERALL,TA,2024-11-01,3,2",
                "AU3,ASSESSMENT,TA,2024-11-01,4,",
                "AU4,OVERALL,TA,2024-12-01,1,1",
                "AU5,OVERALL,TC,2024-12-31,4,",
                "AU8,ASSESSMENT,TA,2024-11-20,1,",
                "AU6,OVERALL,TA,2025-01-01,2,",
                "AU7,OVERALL,TA,2024-09-30,1,"),
        ];
    }

    [Fact]
    public async Task QA01_UsesTheModeratedGradeWhereThereIsOne_AndTheAuditorsOtherwise()
    {
        // Q3 overall judgements: AU1 (2), AU2 (moderated 3), AU3 (moderated 2), AU4 (1), AU5 (4) => denominator 5
        // (AU8 has no overall grade; AU6 and AU7 are outside Q3). Final 1 or 2: AU1, AU3, AU4 => 3. 60%.
        var v = (await f.ValueAsync("QA01", "2024-25 Q3")).ShouldNotBeNull();
        (v.Numerator, v.Denominator).ShouldBe((3, 5));
        v.Value.ShouldBe(60.0);
    }

    [Fact]
    public async Task QA01_RollsUpByTheAuditTeam()
    {
        // TA: AU1..AU4 => 3/4 (75%); TC / L2: AU5 (4) => 0/1.
        (await f.CountsAsync("QA01", "2024-25 Q3", "TA")).ShouldBe((3, 4));
        (await f.CountsAsync("QA01", "2024-25 Q3", "L1")).ShouldBe((3, 4));
        (await f.CountsAsync("QA01", "2024-25 Q3", "L2")).ShouldBe((0, 1));
        // The boundary days: AU6 (1 Jan 2025) is January, AU7 (30 Sep 2024) September; both good => 1/1 each.
        (await f.CountsAsync("QA01", "2025-01")).ShouldBe((1, 1));
        (await f.CountsAsync("QA01", "2024-09")).ShouldBe((1, 1));
    }

    [Fact]
    public async Task QA02_IsTheNumberOfAuditsGraded_NotOfJudgements()
    {
        // Q3: AU1-AU5 have an overall grade => 5 audits graded. Their judgements number 8 (AU1-AU3 also graded the
        // assessment section) and AU8 graded only its assessment: neither counts in the value, only in the breakdowns.
        var v = (await f.ValueAsync("QA02", "2024-25 Q3")).ShouldNotBeNull();
        (v.Numerator, v.Denominator, v.Value).ShouldBe((5, (int?)null, (double?)5));
        // Team TA: AU1-AU4 = 4; L2 (TC): AU5 = 1. The value is the sum of the overall grade breakdown, as a reader would add it.
        (await f.CountsAsync("QA02", "2024-25 Q3", "TA")).Numerator.ShouldBe(4);
        (await f.CountsAsync("QA02", "2024-25 Q3", "L2")).Numerator.ShouldBe(1);
        (await f.BreakdownAsync("QA02", "2024-25 Q3", "AUTHORITY", "AuditGrade:OVERALL")).Values.Sum(r => r.Numerator).ShouldBe(v.Numerator);
    }

    [Fact]
    public async Task QA02_OverallGrades_WithTheSectionsGradedJudgementsAsDenominator()
    {
        // Q3 overall final grades: AU4 1; AU1 2, AU3 2; AU2 3; AU5 4 => 1:1, 2:2, 3:1, 4:1 of 5.
        var rows = await f.BreakdownAsync("QA02", "2024-25 Q3", "AUTHORITY", "AuditGrade:OVERALL");
        MeasureFixture.Numerators(rows).ShouldBe("1=1, 2=2, 3=1, 4=1");
        rows.Values.ShouldAllBe(r => r.Denominator == 5);
        var good = (await f.ValueAsync("QA02", "2024-25 Q3", "AUTHORITY", "AuditGrade:OVERALL", "2")).ShouldNotBeNull();
        (good.Numerator, good.Denominator, good.Value).ShouldBe((2, (int?)5, (double?)2));
    }

    [Fact]
    public async Task QA02_OtherSections_AreSeparate()
    {
        // Q3 ASSESSMENT final grades: AU1 2, AU2 2 (moderated from 3), AU3 4, AU8 1 => 1:1, 2:2, 4:1 of 4; no grade 3 row.
        var rows = await f.BreakdownAsync("QA02", "2024-25 Q3", "AUTHORITY", "AuditGrade:ASSESSMENT");
        MeasureFixture.Numerators(rows).ShouldBe("1=1, 2=2, 4=1");
        rows.Values.ShouldAllBe(r => r.Denominator == 4);
    }

    [Fact]
    public async Task QA02_ByTeamAndLocality()
    {
        // TA overall in Q3: AU1 2, AU2 3, AU3 2, AU4 1 => grade 2: 2 of 4. L2 (TC): AU5 4 => grade 4: 1 of 1.
        (await f.CountsAsync("QA02", "2024-25 Q3", "TA", "AuditGrade:OVERALL", "2")).ShouldBe((2, 4));
        (await f.CountsAsync("QA02", "2024-25 Q3", "L2", "AuditGrade:OVERALL", "4")).ShouldBe((1, 1));
    }

    [Fact]
    public async Task QA03_CountsModeratedAuditsOnly_AgreeingWhenTheGradesMatch()
    {
        // Q3 moderated overall judgements: AU2 (2 -> 3), AU3 (3 -> 2), AU4 (1 -> 1) => 3; AU1 and AU5 were not moderated.
        // Agreeing: AU4 => 1/3 = 33.3%.
        var v = (await f.ValueAsync("QA03", "2024-25 Q3")).ShouldNotBeNull();
        (v.Numerator, v.Denominator).ShouldBe((1, 3));
        v.Value!.Value.ShouldBe(100.0 / 3, 1e-9);
    }
}
