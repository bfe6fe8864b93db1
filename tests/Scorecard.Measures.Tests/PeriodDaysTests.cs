using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Tests;

/// <summary>
/// The days of each period that EH06, EH07 and the measures worked out once a record are dated by
/// (<see cref="MeasureQueryContext.PeriodDays"/>), found by the calendar's labels, are exactly the days from the period's
/// start to its end, on both providers, for every period, the breakdowns' quarters and years, and a refresh's scope.
/// </summary>
public class PeriodDaysTests
{
    [Fact]
    public async Task ThePeriodsDays_AreTheDaysFromEachStartToItsEnd_OnSqlite()
    {
        using var w = new TestWarehouse();
        await using var db = w.Open();
        await ShouldBeEveryDayOfEachPeriodAsync(db);
    }

    [PostgresFact]
    public async Task ThePeriodsDays_AreTheDaysFromEachStartToItsEnd_OnPostgreSql()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        await using var db = pg.Contexts.Create();
        await ShouldBeEveryDayOfEachPeriodAsync(db);
    }

    private static async Task ShouldBeEveryDayOfEachPeriodAsync(WarehouseContext db)
    {
        await WarehouseDatabase.MigrateAsync(db);
        // Data from 1 April 2005 (the calendar's first day) to 31 March 2012: the financial years 2005-06 to 2011-12,
        // whose labels are also those of the months June 2005 to December 2011, so a join on the label alone would give
        // the year "2005-06" June's days as well.
        await PeriodDimension.SyncAsync(db, new DateOnly(2005, 4, 1), new DateOnly(2012, 3, 31), default);
        var periods = await db.Periods.AsNoTracking().ToListAsync();

        var all = await DaysAsync(new MeasureQueryContext(db, db.Periods, new MeasureOptions()));
        ShouldBeTheSame(all, Expected(periods));
        // 1 April 2005 to 31 March 2012 is 7 x 365 days and 2 leap days (2008, 2012): 2,557 days, once as months, once
        // as quarters and once as financial years; the calendar years 2005 to 2012 are 8 x 365 + 2 = 2,922 days, less
        // January to March 2005 (90 days), before the calendar's first day: no record can be dated there.
        all.Count.ShouldBe(3 * 2_557 + 2_922 - 90);
        var year = periods.Single(p => p.Grain == PeriodGrain.FinancialYear && p.Label == "2005-06").PeriodKey;
        var june = periods.Single(p => p.Grain == PeriodGrain.Month && p.Label == "2005-06").PeriodKey;
        all.Count(d => d.PeriodKey == year).ShouldBe(365);
        all.Count(d => d.PeriodKey == june).ShouldBe(30);

        // The breakdowns' periods (quarters and years), filtered with a list of grains: in one shape tried, EF Core 10
        // folded that list and the grain written as a constant into "false", and the quarters had no days.
        var breakdownPeriods = db.Periods.Where(p => MeasureComputation.BreakdownGrains.Contains(p.Grain));
        var quarterly = await DaysAsync(new MeasureQueryContext(db, breakdownPeriods, new MeasureOptions()));
        ShouldBeTheSame(quarterly, Expected(periods.Where(p => MeasureComputation.BreakdownGrains.Contains(p.Grain))));
        quarterly.Count.ShouldBe(2 * 2_557);

        // A refresh's scope: the periods ending on or after 30 September 2011, from the first day of the earliest of
        // them (the calendar year 2011: 1 January 2011) to the last day of the latest (the calendar year 2012's).
        var from = new DateOnly(2011, 9, 30);
        var inScope = periods.Where(p => p.EndDate >= from).ToList();
        var scope = new MeasureQueryContext(db, db.Periods.Where(p => p.EndDate >= from), new MeasureOptions(), inScope.Min(p => p.StartDate), periods.Max(p => p.EndDate));
        var scoped = await DaysAsync(scope);
        ShouldBeTheSame(scoped, Expected(inScope));
        // The breakdowns' periods within that scope, as the refresh derives them.
        var scopedQuarterly = await DaysAsync(scope.For(db.Periods.Where(p => p.EndDate >= from && MeasureComputation.BreakdownGrains.Contains(p.Grain))));
        ShouldBeTheSame(scopedQuarterly, Expected(inScope.Where(p => MeasureComputation.BreakdownGrains.Contains(p.Grain))));
    }

    /// <summary>The first few days missing and extra, rather than thousands of days listed.</summary>
    private static void ShouldBeTheSame(List<(int PeriodKey, DateOnly Date)> actual, List<(int PeriodKey, DateOnly Date)> expected)
    {
        string Few(IEnumerable<(int PeriodKey, DateOnly Date)> days) => string.Join(", ", days.Take(5).Select(d => $"{d.PeriodKey} {d.Date:yyyy-MM-dd}"));
        Few(expected.Except(actual)).ShouldBe("", "days missing");
        Few(actual.Except(expected)).ShouldBe("", "days extra");
        actual.Count.ShouldBe(expected.Count);
    }

    private static async Task<List<(int PeriodKey, DateOnly Date)>> DaysAsync(MeasureQueryContext c) =>
        (await c.PeriodDays.ToListAsync()).Select(d => (d.PeriodKey, d.Date)).Order().ToList();

    /// <summary>Each period's days from its start to its end that the calendar holds.</summary>
    private static List<(int PeriodKey, DateOnly Date)> Expected(IEnumerable<Period> periods) =>
        periods.SelectMany(p => Enumerable.Range(0, p.EndDate.DayNumber - p.StartDate.DayNumber + 1).Select(i => (p.PeriodKey, Date: p.StartDate.AddDays(i))))
            .Where(d => d.Date >= WarehouseDatabase.CalendarFrom && d.Date <= WarehouseDatabase.CalendarTo).Order().ToList();
}
