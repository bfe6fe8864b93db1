using Scorecard.Measures.Tests.Measures;

namespace Scorecard.Measures.Tests.Catalogue;

/// <summary>CS03 assessments within 45 working days, CS04 children on a plan, CS05 repeat plans, CS06 long plans, CS07 S47 enquiries.</summary>
public class SocialCareContextMeasureTests(SocialCareContextMeasureTests.Fixture f) : IClassFixture<SocialCareContextMeasureTests.Fixture>
{
    // Teams TA and TB in L1. Working days skip weekends and England and Wales bank holidays: 25 and 26 Dec 2023, 1 Jan 2024.
    //
    // CS03 (authorised in 2023-24 Q4, January to March 2024; counting the referral day and the authorisation day):
    //   A1 P1 referral R1 Wed 2023-12-20, authorised Fri 2024-02-23: day 45 => within.               (TA)
    //       Dec 20-22 = 3; 27-29 = 6; Jan 2-5 = 10; Jan 8-12 = 15 ... Feb 12-16 = 40; Feb 19-23 = 45.
    //   A2 P2 referral R2 Wed 2023-12-20, authorised Mon 2024-02-26: day 46 => outside.             (TA)
    //   A3 P3 referral R3 Mon 2024-01-08, authorised Fri 2024-01-12: day 5 => within.               (TB)
    //   A4 P4 names no referral: the child's latest referral on or before the start is R4 Fri 2023-12-01 (R4b, dated
    //       after the start, does not count); authorised Tue 2024-02-06: Dec 1 = 1; Dec 4-8 = 6 ... 27-29 = 19;
    //       Jan 2-5 = 23 ... Jan 29-Feb 2 = 43; Feb 5 = 44; Feb 6 = 45 => within.                   (TB)
    //   A5 P5 has no referral at all, authorised 2024-03-01: in the denominator only.               (TB)
    //   A6 P6 not authorised: in no period.
    // => Q4: 3 of 5; Feb 2024: A1, A2, A4 => 2 of 3; Jan: A3 => 1 of 1; Mar: A5 => 0 of 1; TA Q4 1 of 2; TB Q4 2 of 3.
    //
    // Plans (R10 is in TA, so CP1 counts in TA; the others name no referral and count for the authority only):
    //   CP0 P1 2016-03-01 to 2017-01-01 (years before).
    //   CP1 P1 from 2024-04-10, open (second plan: CP0 was earlier).
    //   CP2 P2 2022-05-01 to 2024-05-01: exactly two years.
    //   CP3 P3 2023-01-10 to 2024-05-20: one year four months.
    //   CP5 P4 from 2024-04-20, open (first plan).
    //   CP6 P3 from 2024-05-25, open (second plan: CP3 ended five days before).
    //   CP7 P5 2022-06-15 to 2024-06-14: one day short of two years.
    //
    // S47: S1 P1 2024-04-05 (TA); S2 P2 2024-04-30, the period's last day (TB); S3 P3 2024-05-01, the next period's first day (TA).
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2012-01-01", "P2,M,WBRI,2013-01-01", "P3,F,WBRI,2014-01-01", "P4,M,WBRI,2015-01-01", "P5,F,WBRI,2016-01-01", "P6,M,WBRI,2017-01-01"),
            Lines.Departments("TA,Team A,L1,North", "TB,Team B,L1,North"),
            Lines.Referrals(
                "R1,P1,2023-12-20,N,,,TA", "R2,P2,2023-12-20,N,,,TA", "R3,P3,2024-01-08,N,,,TB", "R4,P4,2023-12-01,N,,,TB", "R4b,P4,2024-01-20,N,,,TB",
                "R6,P6,2024-01-02,N,,,TB", "R10,P1,2024-04-02,N,,,TA"),
            Lines.File("ssd_cin_assessments.csv", "cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,cina_assessment_auth_date,cina_assessment_team",
                "A1,P1,R1,2023-12-21,2024-02-23,TA", "A2,P2,R2,2023-12-21,2024-02-26,TA", "A3,P3,R3,2024-01-08,2024-01-12,TB",
                "A4,P4,,2024-01-10,2024-02-06,TB", "A5,P5,,2024-01-15,2024-03-01,TB", "A6,P6,R6,2024-01-03,,TB"),
            Lines.File("ssd_cp_plans.csv", "cppl_cp_plan_id,cppl_referral_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date",
                "CP0,,P1,2016-03-01,2017-01-01", "CP1,R10,P1,2024-04-10,", "CP2,,P2,2022-05-01,2024-05-01", "CP3,,P3,2023-01-10,2024-05-20",
                "CP5,,P4,2024-04-20,", "CP6,,P3,2024-05-25,", "CP7,,P5,2022-06-15,2024-06-14"),
            Lines.File("ssd_s47_enquiry.csv", "s47e_s47_enquiry_id,s47e_person_id,s47e_s47_start_date,s47e_s47_end_date,s47e_s47_completed_by_team",
                "S1,P1,2024-04-05,2024-04-20,TA", "S2,P2,2024-04-30,,TB", "S3,P3,2024-05-01,2024-05-15,TA"),
        ];
    }

    [Fact]
    public async Task CS03_CountsBothTheReferralDayAndTheAuthorisationDay_AcrossChristmas()
    {
        (await f.CountsAsync("CS03", "2023-24 Q4")).ShouldBe((3, 5));
        (await f.CountsAsync("CS03", "2024-02")).ShouldBe((2, 3));
        (await f.CountsAsync("CS03", "2024-01")).ShouldBe((1, 1));
        (await f.CountsAsync("CS03", "2024-03")).ShouldBe((0, 1));
        (await f.CountsAsync("CS03", "2023-24 Q4", "TA")).ShouldBe((1, 2));
        (await f.CountsAsync("CS03", "2023-24 Q4", "TB")).ShouldBe((2, 3));
        (await f.ValueAsync("CS03", "2023-24 Q4")).ShouldNotBeNull().Value!.Value.ShouldBe(60.0, 1e-9);
    }

    [Fact]
    public async Task CS04_CountsChildrenOnAPlanAtPeriodEnd_InTheTeamOfTheReferral()
    {
        // 30 Apr 2024: CP1 (P1), CP2 (P2, ends 1 May), CP3 (P3), CP5 (P4) and CP7 (P5) => 5 children.
        (await f.CountsAsync("CS04", "2024-04")).ShouldBe((5, null));
        // 31 May: CP1 (P1), CP5 (P4), CP6 (P3), CP7 (P5) => 4 (CP2 ended 1 May, CP3 on 20 May).
        (await f.CountsAsync("CS04", "2024-05")).ShouldBe((4, null));
        (await f.CountsAsync("CS04", "2024-05", "TA")).ShouldBe((1, null));
        // 30 Jun: CP7 ended 14 Jun => 3.
        (await f.CountsAsync("CS04", "2024-06")).ShouldBe((3, null));
    }

    [Fact]
    public async Task CS05_CountsAPlanAsSecond_WhenTheChildsFirstEndedYearsBefore()
    {
        // April: CP1 (P1: CP0 ended 2017) second; CP5 (P4) first => 1 of 2. May: CP6 (P3: CP3 ended 5 days before) => 1 of 1.
        (await f.CountsAsync("CS05", "2024-04")).ShouldBe((1, 2));
        (await f.CountsAsync("CS05", "2024-05")).ShouldBe((1, 1));
        (await f.CountsAsync("CS05", "2024-25 Q1")).ShouldBe((2, 3));
    }

    [Fact]
    public async Task CS06_CountsAPlanOfExactlyTwoYears_ButNotOneDayShort()
    {
        // May: CP2 (1 May 2022 to 1 May 2024: exactly two years) yes; CP3 (1 year 4 months) no => 1 of 2.
        (await f.CountsAsync("CS06", "2024-05")).ShouldBe((1, 2));
        // June: CP7 (15 Jun 2022 to 14 Jun 2024: a day short) => 0 of 1.
        (await f.CountsAsync("CS06", "2024-06")).ShouldBe((0, 1));
    }

    [Fact]
    public async Task CS07_CountsEnquiriesStartedInThePeriod_OnItsFirstAndLastDays()
    {
        (await f.CountsAsync("CS07", "2024-04")).ShouldBe((2, null));
        (await f.CountsAsync("CS07", "2024-04", "TA")).ShouldBe((1, null));
        (await f.CountsAsync("CS07", "2024-04", "TB")).ShouldBe((1, null));
        (await f.CountsAsync("CS07", "2024-05")).ShouldBe((1, null));
        (await f.CountsAsync("CS07", "2024-25 Q1")).ShouldBe((3, null));
    }
}
