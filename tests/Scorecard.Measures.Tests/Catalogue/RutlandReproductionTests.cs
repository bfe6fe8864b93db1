using Scorecard.Warehouse.Calendar;
using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Measures.Tests.Catalogue;

/// <summary>
/// The Rutland early help report compares October 2012 with October 2013: cases open to social care
/// 196 -> 201, stepped down to CAF 6 -> 19, stepped up from CAF 18 -> 6, share of contacts resulting in a CAF
/// 9.3% -> 16.4% (docs/domain.md, "Figures the scorecard must reproduce"). This builds an extract, in loops, whose records
/// are chosen so the catalogue must give exactly those figures, with near-miss records beside each group that
/// the rules must leave out.
///
/// The two 12-month windows are W1 = November 2011 - October 2012 and W2 = November 2012 - October 2013; they
/// are not financial years, so the flows (EH07, EH08, EH09) are summed over the twelve monthly snapshot rows.
/// CS01 is a stock: the month periods "2012-10" and "2013-10" (period ends 31 October).
///
/// The people in each group are kept apart (no child is in two groups), and every CSC referral is dated and
/// closed so that it cannot leak into another measure: the step-up children's referrals close within 7 days
/// of being made, at least 40 days after their child's episode started, so no step-up closure is a step-down
/// (EH start within 30 days of closure); and no referral is open across 31 October 2012 or 2013 unless it is
/// one of the CS01 records.
/// </summary>
public class RutlandReproductionTests(RutlandReproductionTests.RutlandWarehouse rutland) : IClassFixture<RutlandReproductionTests.RutlandWarehouse>
{
    private static readonly DateOnly[] W1 = Months(2011, 11);
    private static readonly DateOnly[] W2 = Months(2012, 11);

    private static DateOnly[] Months(int year, int month) =>
        Enumerable.Range(0, 12).Select(i => new DateOnly(year, month, 1).AddMonths(i)).ToArray();

    // Month rows are read by grain and start date: the label "2011-12" names both December 2011 and the
    // financial year 2011-12, so CountsAsync("EH09", "2011-12") finds two rows.
    private async Task<(int Numerator, int Denominator)> SumOverMonthsAsync(string measure, DateOnly[] months)
    {
        int n = 0, d = 0;
        foreach (var m in months)
        {
            var (num, den) = await MonthSnapshot.CountsAsync(rutland.Warehouse, measure, m);
            n += num;
            d += den ?? 0;
        }
        return (n, d);
    }

    [Fact]
    public async Task CS01_ChildrenOpenToSocialCare_196At31October2012_201At31October2013()
    {
        // 31 Oct 2012: A (180) + B (14) + C (1) + E (1) = 196; D closed on that day (not open), F not yet referred.
        (await rutland.Warehouse.CountsAsync("CS01", "2012-10")).Numerator.ShouldBe(196);
        // 31 Oct 2013: A (180; one of them with a second open referral, still one child) + E (1) + F (20) = 201;
        // B closed in March 2013, C closed on 31 Oct 2013 (not open on the day it closed).
        (await rutland.Warehouse.CountsAsync("CS01", "2013-10")).Numerator.ShouldBe(201);
    }

    [Fact]
    public async Task EH08_StepDowns_6InTheYearToOctober2012_19InTheYearToOctober2013()
    {
        // W1: 4 closures with RC9 + 1 closure with an EH episode starting 30 days after it + 1 closure on 31 Oct
        // 2012 with an EH episode that started 30 days before it = 6. Left out: a RC9 closure on 31 Oct 2011 (before W1) and
        // closures with EH starting 31 days after / before.
        (await SumOverMonthsAsync("EH08", W1)).Numerator.ShouldBe(6);
        // W2: 15 RC9 + 2 with EH starting on the closure day + 1 NFA referral with EH 10 days later + 1 closed
        // 31 Oct 2013 with EH 30 days before = 19. Left out: RC9 on 1 Nov 2013 (after W2), EH 31 days after.
        (await SumOverMonthsAsync("EH08", W2)).Numerator.ShouldBe(19);
    }

    [Fact]
    public async Task EH07_StepUps_18InTheYearToOctober2012_6InTheYearToOctober2013()
    {
        // W1: 11 referrals during an episode + 3 referrals exactly 30 days after an episode ended + 2 episodes
        // ended SU with no referral (dated at the end) + 1 NFA-then-referral (dated at the non-NFA referral)
        // + 1 episode with two referrals, dated at the first (25 Oct 2012) = 18.
        (await SumOverMonthsAsync("EH07", W1)).Numerator.ShouldBe(18);
        // W2: 3 during + 1 referral 30 days after end + 1 SU without referral ending 31 Oct 2013 + 1 dated
        // 1 Nov 2012 = 6. The two-referral episode's second referral (10 Nov 2012) is not a second step-up.
        (await SumOverMonthsAsync("EH07", W2)).Numerator.ShouldBe(6);
    }

    [Fact]
    public async Task EH09_ContactsResultingInEarlyHelp_9Point3Percent_Then16Point4Percent()
    {
        // W1: 301 contacts, 28 with an EH outcome: 28 / 301 = 0.09302... -> 9.3%.
        var w1 = await SumOverMonthsAsync("EH09", W1);
        w1.ShouldBe((28, 301));
        Math.Round(100.0 * w1.Numerator / w1.Denominator, 1).ShouldBe(9.3);
        // W2: 299 contacts, 49 with an EH outcome: 49 / 299 = 0.16388... -> 16.4%.
        var w2 = await SumOverMonthsAsync("EH09", W2);
        w2.ShouldBe((49, 299));
        Math.Round(100.0 * w2.Numerator / w2.Denominator, 1).ShouldBe(16.4);
    }

    [Fact]
    public async Task PeriodLabels_NameOnePeriodEachWithinAGrain_AndTheAmbiguousOnesNeedTheGrain()
    {
        // Periods here run from April 2011 (the financial year of the first referral, 15 June 2011) to November
        // 2013. The financial year April 2011 - March 2012 is labelled "2011-12" (the financial-year form), which is
        // also how December 2011 is labelled: so a period is named by grain and label together, and a bare
        // "2011-12" is refused rather than guessed ("2011/12" names the financial year).
        await using var db = rutland.Warehouse.Contexts.Create();
        var labels = await db.Periods.Select(p => new { p.Label, p.Grain }).ToListAsync();
        labels.GroupBy(p => (p.Grain, p.Label)).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        labels.Where(p => p.Label == "2011-12").Select(p => p.Grain.ToString()).Order().ShouldBe(["FinancialYear", "Month"]);

        ReportingPeriod.TryParse("2011-12", out _).ShouldBeFalse();
        ReportingPeriod.Parse("2011/12").ShouldBe(ReportingPeriod.Parse("2011-12", PeriodGrain.FinancialYear));
        ReportingPeriod.Parse("2011-12", PeriodGrain.Month).Start.ShouldBe(new DateOnly(2011, 12, 1));
    }

    [Fact]
    public async Task RutlandCafAudit_OverallGradesAre2_2_3_2_SoQA01Is75PercentAndQA02ShowsEachSection()
    {
        // Four cases audited in November 2012 (2012-13 Q3), five judgements each. Grades chosen (OVERALL as the
        // report gives it):
        //            ASSESSMENT  EFFECTIVENESS  REVIEW  RECORDING  OVERALL
        //   case 1       2            2            3        2          2
        //   case 2       1            2            2        3          2
        //   case 3       3            3            3        2          3
        //   case 4       2            2            2        4          2
        int[][] grades = [[2, 2, 3, 2, 2], [1, 2, 2, 3, 2], [3, 3, 3, 2, 3], [2, 2, 2, 4, 2]];
        string[] sections = ["ASSESSMENT", "EFFECTIVENESS", "REVIEW", "RECORDING", "OVERALL"];
        var audits = Tables.CaseAudits();
        for (var c = 0; c < 4; c++)
            for (var s = 0; s < 5; s++)
                audits.Add($"RUT-AUDIT-{c + 1}", sections[s], new DateOnly(2012, 11, 5 + c), grades[c][s], null);
        using var w = new TestWarehouse();
        await w.LoadAsync(Tables.People(["P1"]), audits);
        await w.RefreshAsync();

        const string quarter = "2012-13 Q3";
        // QA01: overall grade 1 or 2 (good or better): cases 1, 2, 4 = 3 of 4 graded = 75%.
        (await w.CountsAsync("QA01", quarter)).ShouldBe((3, 4));
        (await w.ValueAsync("QA01", quarter))!.Value.ShouldBe(75.0);
        // QA02, judgements by section and grade, each out of the section's 4 graded judgements:
        // OVERALL: grade 2 -> cases 1, 2, 4 = 3; grade 3 -> case 3 = 1.
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:OVERALL", breakdownValue: "2")).ShouldBe((3, 4));
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:OVERALL", breakdownValue: "3")).ShouldBe((1, 4));
        // ASSESSMENT: 2, 1, 3, 2 -> grade 1: 1, grade 2: 2, grade 3: 1.
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:ASSESSMENT", breakdownValue: "1")).ShouldBe((1, 4));
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:ASSESSMENT", breakdownValue: "2")).ShouldBe((2, 4));
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:ASSESSMENT", breakdownValue: "3")).ShouldBe((1, 4));
        // EFFECTIVENESS: 2, 2, 3, 2 -> grade 2: 3, grade 3: 1.
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:EFFECTIVENESS", breakdownValue: "2")).ShouldBe((3, 4));
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:EFFECTIVENESS", breakdownValue: "3")).ShouldBe((1, 4));
        // REVIEW: 3, 2, 3, 2 -> grade 2: 2, grade 3: 2.
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:REVIEW", breakdownValue: "2")).ShouldBe((2, 4));
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:REVIEW", breakdownValue: "3")).ShouldBe((2, 4));
        // RECORDING: 2, 3, 2, 4 -> grade 2: 2, grade 3: 1, grade 4: 1.
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:RECORDING", breakdownValue: "2")).ShouldBe((2, 4));
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:RECORDING", breakdownValue: "3")).ShouldBe((1, 4));
        (await w.CountsAsync("QA02", quarter, breakdownKind: "AuditGrade:RECORDING", breakdownValue: "4")).ShouldBe((1, 4));
        // Grades nobody gave have no row: e.g. OVERALL grade 1.
        (await w.ValueAsync("QA02", quarter, breakdownKind: "AuditGrade:OVERALL", breakdownValue: "1")).ShouldBeNull();
    }

    /// <summary>The Rutland extract, loaded and refreshed once for the tests above.</summary>
    public sealed class RutlandWarehouse : IAsyncLifetime
    {
        public TestWarehouse Warehouse { get; } = new();

        public async Task InitializeAsync()
        {
            await Warehouse.LoadAsync(Build());
            await Warehouse.RefreshAsync();
        }

        public Task DisposeAsync()
        {
            Warehouse.Dispose();
            return Task.CompletedTask;
        }

        private static DateOnly D(int y, int m, int d) => new(y, m, d);

        private static (string File, string Csv)[] Build()
        {
            var people = new List<string>();
            var episodes = Tables.Episodes();
            var referrals = Tables.Referrals();
            var contacts = Tables.Contacts();
            var n = 0;
            string Person(string group) { var id = $"{group}-{++n:D4}"; people.Add(id); return id; }
            void Referral(string person, DateOnly date, bool nfa, string? closeReason, DateOnly? closed) =>
                referrals.Add($"R{referrals.Rows + 1:D4}", person, date, nfa ? "Y" : "N", closeReason, closed);
            void Episode(string person, DateOnly start, DateOnly? end, string? reason) =>
                episodes.Add($"E{episodes.Rows + 1:D4}", person, start, end, reason, null);

            // ---------------------------------------------------------------------------------------------
            // CS01: children with a CSC (CIN) episode open at 31 October, "open" = referred on or before the
            // day and not closed by it (a closure on the day itself is not open). None of these children has
            // an early help episode, and B, C, D close with RC7, so they can count as step-downs or step-ups
            // nowhere. Their closures do sit in EH08's denominator, which these tests do not assert.
            //   A: 180 referred 15 Jun 2011, never closed                 -> open at both dates
            //   B:  14 referred 15 Jun 2011, closed 31 Mar 2013           -> open at 31 Oct 2012 only
            //   C:   1 referred 15 Jun 2011, closed 31 Oct 2013           -> open at 2012; closed on the 2013 day
            //   D:   1 referred 15 Jun 2011, closed 31 Oct 2012           -> closed on the 2012 day: open at neither
            //   E:   1 referred 31 Oct 2012 (the period end), never closed -> open at both
            //   F:  20 referred 15 Jan 2013, never closed                 -> open at 31 Oct 2013 only
            //   G: the first A child's second referral, 1 Feb 2013, open  -> the same child: no extra count
            // 2012: 180 + 14 + 1 + 1 = 196.  2013: 180 + 1 + 20 = 201.
            // ---------------------------------------------------------------------------------------------
            string? firstA = null;
            for (var i = 0; i < 180; i++)
            {
                var p = Person("CSA");
                firstA ??= p;
                Referral(p, D(2011, 6, 15), false, null, null);
            }
            for (var i = 0; i < 14; i++) Referral(Person("CSB"), D(2011, 6, 15), false, "RC7", D(2013, 3, 31));
            Referral(Person("CSC"), D(2011, 6, 15), false, "RC7", D(2013, 10, 31));
            Referral(Person("CSD"), D(2011, 6, 15), false, "RC7", D(2012, 10, 31));
            Referral(Person("CSE"), D(2012, 10, 31), false, null, null);
            for (var i = 0; i < 20; i++) Referral(Person("CSF"), D(2013, 1, 15), false, null, null);
            Referral(firstA!, D(2013, 2, 1), false, null, null);

            // ---------------------------------------------------------------------------------------------
            // EH08 step-downs: a CSC episode closed in the month with reason RC9, or with an EH episode for the
            // child starting within 30 days either side of the closure (NFA referrals included). Every referral
            // here is dated before its child's EH episode starts, and the EH episodes stay open, so none of
            // them is a step-up (which needs a non-NFA referral from the EH start onwards).
            // W1 (Nov 2011 - Oct 2012) = 6:
            //   4 x RC9 closed 1 Nov 2011 (W1's first day), 16 Jan, 16 Apr, 16 Jul 2012 (referred 5 days before)
            //   1 x RC7 closed 15 May 2012, EH starts 14 Jun 2012 (16 days to 31 May + 14 = 30 days after)
            //   1 x RC8 closed 31 Oct 2012 (W1's last day), EH started 1 Oct 2012 (30 days before); referred
            //       20 Sep 2012, before the EH start
            // W1 near misses (not counted): RC9 closed 31 Oct 2011 (October 2011 is before W1); RC7 closed
            //   15 Mar 2012 with EH starting 15 Apr 2012 (31 days after); RC7 closed 15 Aug 2012 with EH that
            //   started 15 Jul 2012 (31 days before), referred 1 Jul 2012.
            // ---------------------------------------------------------------------------------------------
            foreach (var closed in new[] { D(2011, 11, 1), D(2012, 1, 16), D(2012, 4, 16), D(2012, 7, 16) })
                Referral(Person("SD1"), closed.AddDays(-5), false, "RC9", closed);
            StepDownWithEpisode("SD1", referred: D(2012, 5, 10), closed: D(2012, 5, 15), "RC7", ehStart: D(2012, 6, 14));
            StepDownWithEpisode("SD1", referred: D(2012, 9, 20), closed: D(2012, 10, 31), "RC8", ehStart: D(2012, 10, 1));
            Referral(Person("SDX"), D(2011, 10, 26), false, "RC9", D(2011, 10, 31));
            StepDownWithEpisode("SDX", referred: D(2012, 3, 10), closed: D(2012, 3, 15), "RC7", ehStart: D(2012, 4, 15));
            StepDownWithEpisode("SDX", referred: D(2012, 7, 1), closed: D(2012, 8, 15), "RC7", ehStart: D(2012, 7, 15));

            // W2 (Nov 2012 - Oct 2013) = 19:
            //   15 x RC9: closed on the 10th of each month Nov 2012 - Oct 2013 (12) and on 20 Nov, 20 Dec 2012,
            //        20 Jan 2013 (3), each referred 5 days before (none open across 31 October)
            //   2 x RC7 closed 15 Mar 2013 and 15 Aug 2013 with EH starting on the closure day
            //   1 x NFA referral 2 May 2013 (closed RC8 the same day) with EH starting 12 May 2013 (10 days)
            //   1 x RC7 closed 31 Oct 2013 (W2's last day) with EH started 1 Oct 2013 (30 days before),
            //       referred 20 Sep 2013
            // W2 near misses: RC9 referred and closed 1 Nov 2013 (after W2); RC7 closed 10 Jun 2013 with EH
            //   starting 11 Jul 2013 (20 days to 30 Jun + 11 = 31 days after).
            for (var i = 0; i < 12; i++)
            {
                var closed = D(2012, 11, 10).AddMonths(i);
                Referral(Person("SD2"), closed.AddDays(-5), false, "RC9", closed);
            }
            foreach (var closed in new[] { D(2012, 11, 20), D(2012, 12, 20), D(2013, 1, 20) })
                Referral(Person("SD2"), closed.AddDays(-5), false, "RC9", closed);
            StepDownWithEpisode("SD2", referred: D(2013, 3, 10), closed: D(2013, 3, 15), "RC7", ehStart: D(2013, 3, 15));
            StepDownWithEpisode("SD2", referred: D(2013, 8, 10), closed: D(2013, 8, 15), "RC7", ehStart: D(2013, 8, 15));
            {
                var p = Person("SD2");
                Referral(p, D(2013, 5, 2), nfa: true, "RC8", D(2013, 5, 2));
                Episode(p, D(2013, 5, 12), null, null);
            }
            StepDownWithEpisode("SD2", referred: D(2013, 9, 20), closed: D(2013, 10, 31), "RC7", ehStart: D(2013, 10, 1));
            Referral(Person("SDX"), D(2013, 11, 1), false, "RC9", D(2013, 11, 1));
            StepDownWithEpisode("SDX", referred: D(2013, 6, 5), closed: D(2013, 6, 10), "RC7", ehStart: D(2013, 7, 11));

            void StepDownWithEpisode(string group, DateOnly referred, DateOnly closed, string reason, DateOnly ehStart)
            {
                var p = Person(group);
                Referral(p, referred, false, reason, closed);
                Episode(p, ehStart, null, null);
            }

            // ---------------------------------------------------------------------------------------------
            // EH07 step-ups: the first non-NFA CSC referral for the child dated from an EH episode's start to
            // 30 days after its end, dated at that referral; or, with no such referral, an episode ended SU,
            // dated at its end. Each step-up referral closes (RC7) 7 days after it is made (25 Oct 2012: 5 days;
            // NFA referrals: the same day); the child's EH episode started at least 40 days before any of these
            // closures (the NFA one: 40; the others 59 or more), so none of them is a step-down.
            // W1 = 18:
            //   11 x "during": referral on the 5th of each month Nov 2011 - Sep 2012, the episode started 60 days
            //        before and ended SU on the referral day
            //   3 x "30 days after": episodes ended OM 10 Jan, 10 Mar, 10 Jun 2012; referrals 9 Feb, 9 Apr,
            //        10 Jul 2012 (10 Jan + 30 = 9 Feb; 10 Mar + 30 = 9 Apr; 10 Jun + 30 = 10 Jul)
            //   2 x ended SU with no referral: 20 Feb 2012, 20 Aug 2012
            //   1 x NFA then referral: episode from 1 Feb 2012; NFA referral 12 Mar 2012 (ignored, and closed 40
            //        days after the EH start, so no step-down); non-NFA referral 21 Apr 2012, the episode ended SU
            //        that day -> dated 21 Apr 2012
            //   1 x two referrals: episode 1 Sep - 20 Nov 2012 (OT); referrals 25 Oct 2012 (closed 30 Oct) and
            //        10 Nov 2012 -> one step-up, dated at the first: 25 Oct 2012 (W1)
            // W1 near misses: a step-up dated 20 Oct 2011 (before W1); a referral 31 days after an OM end
            //   (1 Aug 2012 -> 1 Sep 2012); an episode with only an NFA referral.
            // ---------------------------------------------------------------------------------------------
            for (var i = 0; i < 11; i++) StepUpDuring(D(2011, 11, 5).AddMonths(i));
            StepUpAfter(start: D(2011, 11, 1), ended: D(2012, 1, 10), referred: D(2012, 2, 9));
            StepUpAfter(start: D(2011, 12, 15), ended: D(2012, 3, 10), referred: D(2012, 4, 9));
            StepUpAfter(start: D(2012, 3, 1), ended: D(2012, 6, 10), referred: D(2012, 7, 10));
            Episode(Person("SU1"), D(2011, 12, 1), D(2012, 2, 20), "SU");
            Episode(Person("SU1"), D(2012, 5, 1), D(2012, 8, 20), "SU");
            {
                var p = Person("SU1");
                Episode(p, D(2012, 2, 1), D(2012, 4, 21), "SU");
                Referral(p, D(2012, 3, 12), nfa: true, "RC8", D(2012, 3, 12));
                Referral(p, D(2012, 4, 21), false, "RC7", D(2012, 4, 28));
            }
            {
                var p = Person("SU1");
                Episode(p, D(2012, 9, 1), D(2012, 11, 20), "OT");
                Referral(p, D(2012, 10, 25), false, "RC7", D(2012, 10, 30));
                Referral(p, D(2012, 11, 10), false, "RC7", D(2012, 11, 17));
            }
            {
                var p = Person("SUX");
                Episode(p, D(2011, 8, 1), D(2011, 10, 20), "SU");
                Referral(p, D(2011, 10, 20), false, "RC7", D(2011, 10, 27));
            }
            {
                var p = Person("SUX");
                Episode(p, D(2012, 5, 1), D(2012, 8, 1), "OM");
                Referral(p, D(2012, 9, 1), false, "RC7", D(2012, 9, 8));
            }
            {
                var p = Person("SUX");
                Episode(p, D(2012, 5, 1), D(2012, 8, 9), "OM");
                Referral(p, D(2012, 6, 10), nfa: true, "RC8", D(2012, 6, 10));
            }

            // W2 = 6:
            //   3 x "during": referrals 5 Jan, 5 Apr, 5 Jul 2013
            //   1 x "30 days after": episode ended OM 15 Sep 2013, referral 15 Oct 2013 (15 days to 30 Sep + 15)
            //   1 x ended SU with no referral on 31 Oct 2013 (W2's last day)
            //   1 x on W2's first day: episode ended SU 1 Nov 2012 with the referral that day
            // W2 near miss: a step-up dated 1 Nov 2013 (after W2).
            foreach (var referred in new[] { D(2013, 1, 5), D(2013, 4, 5), D(2013, 7, 5) }) StepUpDuring(referred);
            StepUpAfter(start: D(2013, 6, 1), ended: D(2013, 9, 15), referred: D(2013, 10, 15));
            Episode(Person("SU2"), D(2013, 7, 1), D(2013, 10, 31), "SU");
            {
                var p = Person("SU2");
                Episode(p, D(2012, 9, 1), D(2012, 11, 1), "SU");
                Referral(p, D(2012, 11, 1), false, "RC7", D(2012, 11, 8));
            }
            {
                var p = Person("SUX");
                Episode(p, D(2013, 9, 1), D(2013, 11, 1), "SU");
                Referral(p, D(2013, 11, 1), false, "RC7", D(2013, 11, 8));
            }

            void StepUpDuring(DateOnly referred)
            {
                var p = Person("SU");
                Episode(p, referred.AddDays(-60), referred, "SU");
                Referral(p, referred, false, "RC7", referred.AddDays(7));
            }
            void StepUpAfter(DateOnly start, DateOnly ended, DateOnly referred)
            {
                var p = Person("SU");
                Episode(p, start, ended, "OM");
                Referral(p, referred, false, "RC7", referred.AddDays(7));
            }

            // ---------------------------------------------------------------------------------------------
            // EH09 contacts: month by month, the first k contacts of the month (on days 1, 2, ...) have an early
            // help outcome (alternately "EH Referral" alone and with "CIN Referral"), the rest do not
            // (rotating NFA, information and advice, CIN referral).
            //   W1 contacts  26 + 11 x 25 = 301; EH 3+3+3+3 + 8 x 2 = 28   -> 28/301 = 9.30%
            //   W2 contacts  11 x 25 + 24 = 299; EH 5 + 11 x 4     = 49   -> 49/299 = 16.39%
            // Near misses: EH contacts on 31 Oct 2011 and 1 Nov 2013, outside both windows.
            // ---------------------------------------------------------------------------------------------
            var contactPeople = Enumerable.Range(0, 20).Select(_ => Person("K")).ToArray();
            int[] w1Contacts = [26, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25];
            int[] w1Eh = [3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2];
            int[] w2Contacts = [25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 25, 24];
            int[] w2Eh = [5, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4];
            string[] eh = ["EH Referral", """["EH Referral","CIN Referral"]"""];
            string[] other = ["No Further Action", "Information and Advice", "CIN Referral"];
            void Contact(DateOnly date, string outcome) =>
                contacts.Add($"C{contacts.Rows + 1:D4}", contactPeople[contacts.Rows % contactPeople.Length], date, outcome);
            void Month(DateOnly first, int total, int withEarlyHelp)
            {
                for (var day = 0; day < total; day++)
                    Contact(first.AddDays(day), day < withEarlyHelp ? eh[day % 2] : other[day % 3]);
            }
            for (var i = 0; i < 12; i++)
            {
                Month(D(2011, 11, 1).AddMonths(i), w1Contacts[i], w1Eh[i]);
                Month(D(2012, 11, 1).AddMonths(i), w2Contacts[i], w2Eh[i]);
            }
            Contact(D(2011, 10, 31), "EH Referral");
            Contact(D(2013, 11, 1), "EH Referral");

            return [Tables.People(people), episodes, referrals, contacts];
        }
    }
}
