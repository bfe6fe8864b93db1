using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Measures.Tests.Measures;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using static Scorecard.Measures.Tests.MeasureRowKeys;

namespace Scorecard.Measures.Tests;

/// <summary>
/// A measure declared to add up over months (<see cref="MeasureDefinition.AddsUpOverMonths"/>) is counted by calendar
/// month and its quarters and years summed from the months. Each declaration is checked against counting every period
/// on its own, on the generated council, for every period, unit and breakdown; and a record dated past the last month
/// the data reaches still counts in the year in progress that holds it, as it does counted period by period.
/// </summary>
public class MonthSumsTests(GeneratedCouncilFixture council) : IClassFixture<GeneratedCouncilFixture>
{
    public static TheoryData<string> OverMonths() => new(MeasureCatalogue.All.Where(m => m.AddsUpOverMonths).Select(m => m.Code));

    [Fact]
    public void TheMeasuresSummedFromMonths_AreThoseCountingRecordsByOneDateOfTheirOwn()
    {
        // Not EH12 (its closures are those 12 to 24 months before the period's end), the measures counted at the period
        // end (EH01, EH05, EH13A/B, EH14, CS01, CS04), those accumulating through the year (SF01, SF02), QA02 (audits by
        // section and grade, its own roll-up) and PT01/PT02 (organisations, each counted in many months).
        MeasureCatalogue.All.Where(m => m.AddsUpOverMonths).Select(m => m.Code).ShouldBe(
            ["EH02", "EH03", "EH04", "EH06", "EH07", "EH08", "EH09", "EH10", "EH11", "EH15", "EH16", "EH17",
             "CS02", "CS02N", "CS03", "CS05", "CS06", "CS07", "QA01", "QA03", "FB01"], ignoreOrder: true);
        MeasureCatalogue.All.Where(m => m.AddsUpOverMonths)
            .ShouldAllBe(m => !m.CountsAtPeriodEnd && !m.CumulativeInYear && !m.Breakdowns.HasFlag(Breakdowns.AuditSectionGrade));
    }

    [Theory]
    [MemberData(nameof(OverMonths))]
    public async Task SummedFromMonths_EqualsEveryPeriodCountedOnItsOwn(string code)
    {
        var measure = MeasureCatalogue.Find(code)!;
        await using var db = council.Warehouse.Contexts.Create();
        var authority = await AuthorityAsync(db);
        var query = new MeasureQueryContext(db, db.Periods, new MeasureOptions());

        var summed = await MeasureComputation.ComputeAsync(db, query, measure, authority, CancellationToken.None);
        var onItsOwn = await PeriodByPeriodAsync(db, query, measure, authority);

        onItsOwn.Count.ShouldBeGreaterThan(50, "the generated council should exercise the measure");
        var quarters = (await db.Periods.Where(p => p.Grain != PeriodGrain.Month).Select(p => p.PeriodKey).ToListAsync()).ToHashSet();
        onItsOwn.Count(r => quarters.Contains(r.PeriodKey)).ShouldBeGreaterThan(10, "quarters and years should have rows to sum");
        Keys(summed).ShouldBe(Keys(onItsOwn));
    }

    [Fact]
    public async Task ARecordDatedPastTheLastMonth_CountsInTheYearsInProgress_OnSqlite()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(Extract());
        await using var db = w.Open();
        await ShouldCountTheLaterContactsInTheirYearsAsync(db);
    }

    [PostgresFact]
    public async Task ARecordDatedPastTheLastMonth_CountsInTheYearsInProgress_OnPostgreSql()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        var folder = Directory.CreateTempSubdirectory("scorecard-months-").FullName;
        try
        {
            foreach (var (file, csv) in Extract()) await File.WriteAllTextAsync(Path.Combine(folder, file), csv);
            var result = await pg.Loader.LoadAsync(folder);
            result.RowsRejected.ShouldBe(0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        await using var db = pg.Contexts.Create();
        await ShouldCountTheLaterContactsInTheirYearsAsync(db);
    }

    /// <summary>
    /// Four contacts, two with an early help outcome: C1 (P1, girl) 10 May 2024, early help; C2 (P2, boy) 30 September
    /// 2024; C3 (P3, girl) 15 November 2024, early help; C4 (P4, boy) 1 February 2025, early help.
    /// </summary>
    private static (string File, string Csv)[] Extract() =>
    [
        Lines.People("P1,F,WBRI,2012-01-01", "P2,M,WBRI,2013-01-01", "P3,F,WBRI,2014-01-01", "P4,M,WBRI,2015-01-01"),
        Lines.File("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_outcome_json",
            "C1,P1,2024-05-10,\"[\"\"EH Referral\"\"]\"", "C2,P2,2024-09-30,\"[\"\"CIN Referral\"\"]\"",
            "C3,P3,2024-11-15,\"[\"\"EH Referral\"\"]\"", "C4,P4,2025-02-01,\"[\"\"EH Referral\"\"]\""),
    ];

    private static async Task ShouldCountTheLaterContactsInTheirYearsAsync(WarehouseContext db)
    {
        // The data as of 30 September 2024: months April to September 2024, quarters Q1 and Q2 of 2024-25, the financial
        // year 2024-25 (to 31 March 2025) and the calendar year 2024 (to 31 December 2024). C3 and C4 are dated after the
        // last month (typed in ahead, or a planned date): no month of the periods holds them, the years in progress do.
        await PeriodDimension.SyncAsync(db, new DateOnly(2024, 4, 1), new DateOnly(2024, 9, 30), default);
        var authority = await AuthorityAsync(db);
        var query = new MeasureQueryContext(db, db.Periods, new MeasureOptions());
        var eh09 = MeasureCatalogue.Find("EH09")!;

        var rows = await MeasureComputation.ComputeAsync(db, query, eh09, authority, CancellationToken.None);

        var label = await db.Periods.ToDictionaryAsync(p => p.PeriodKey, p => $"{p.Grain} {p.Label}");
        string At(string kind, string value) => string.Join("; ", rows.Where(r => r.OrgUnitKey == authority && r.BreakdownKind == kind && r.BreakdownValue == value)
            .Select(r => $"{label[r.PeriodKey]} {r.Numerator}/{r.Denominator}").Order(StringComparer.Ordinal));
        // May: C1, early help (1 of 1). September: C2 (0 of 1). Q1 (April-June): C1. Q2 (July-September): C2. The
        // financial year 2024-25: C1 to C4, three with early help (3 of 4). The calendar year 2024: C1, C2 and C3, two with
        // early help (2 of 3). April, June, July and August had no contact: no row.
        At("All", "All").ShouldBe("CalendarYear 2024 2/3; FinancialQuarter 2024-25 Q1 1/1; FinancialQuarter 2024-25 Q2 0/1; FinancialYear 2024-25 3/4; Month 2024-05 1/1; Month 2024-09 0/1");
        // Breakdowns in quarters and years: the girls are C1 and C3 (both early help), the boys C2 and C4 (C4 early help).
        At("Sex", "F").ShouldBe("FinancialQuarter 2024-25 Q1 1/1; FinancialYear 2024-25 2/2");
        At("Sex", "M").ShouldBe("FinancialQuarter 2024-25 Q2 0/1; FinancialYear 2024-25 1/2");
        Keys(rows).ShouldBe(Keys(await PeriodByPeriodAsync(db, query, eh09, authority)));
    }

    /// <summary>
    /// The long way: the measure's members in every period, rolled up by organisation as the refresh rolls them up, and
    /// each breakdown over the quarters and years.
    /// </summary>
    private static async Task<List<MeasureRow>> PeriodByPeriodAsync(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority)
    {
        var quarterly = query.For(query.Periods.Where(p => MeasureComputation.BreakdownGrains.Contains(p.Grain)));
        var rows = await MeasureAggregator.ByOrganisation(db, measure.Members(query), authority, measure.MembersAreDistinctUnits, measure.RollUpInOneQuery).ToListAsync();
        foreach (var kind in MeasureComputation.BreakdownKinds(measure).Where(k => k != MeasureAggregator.All))
            rows.AddRange(await MeasureAggregator.ByBreakdown(db, measure.Members(quarterly), authority, kind, measure.MembersAreDistinctUnits).ToListAsync());
        return rows;
    }
}
