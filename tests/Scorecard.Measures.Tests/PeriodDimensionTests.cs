using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;

namespace Scorecard.Measures.Tests;

/// <summary>The Period dimension as a refresh keeps it: comparators that point only at periods there, written once.</summary>
public class PeriodDimensionTests
{
    [Fact]
    public async Task Comparators_BeforeTheFirstPeriod_AreNothing_AndAnUnchangedDimension_IsNotWrittenAgain()
    {
        using var w = new TestWarehouse();
        await using var db = w.Open();
        await WarehouseDatabase.MigrateAsync(db);
        // One connection throughout, so that SQLite's total_changes() counts every row this context writes.
        await db.Database.OpenConnectionAsync();

        // Data from 10 May 2024 to 30 September 2024. Periods start at the financial year's: April to September
        // (6 months), 2024-25 Q1 and Q2, the financial year 2024-25 and the calendar year 2024: 10 periods, all new.
        var (all, created) = await PeriodDimension.SyncAsync(db, new DateOnly(2024, 5, 10), new DateOnly(2024, 9, 30), default);
        all.Count.ShouldBe(10);
        created.Count.ShouldBe(10);
        var byLabel = (await db.Periods.AsNoTracking().ToListAsync()).ToDictionary(p => p.Label);
        // April's previous month (March 2024), Q1's previous quarter (2023-24 Q4), last year's periods and the years'
        // previous years are not in the dimension: nothing. May's previous month is April, Q2's previous quarter is Q1.
        byLabel.Values.Where(p => p.SamePeriodLastYearKey is not null).ShouldBeEmpty();
        byLabel.Values.Where(p => p.PreviousPeriodKey is not null).Select(p => p.Label).Order(StringComparer.Ordinal)
            .ShouldBe(["2024-05", "2024-06", "2024-07", "2024-08", "2024-09", "2024-25 Q2"]);
        byLabel["2024-05"].PreviousPeriodKey.ShouldBe(byLabel["2024-04"].PeriodKey);
        byLabel["2024-25 Q2"].PreviousPeriodKey.ShouldBe(byLabel["2024-25 Q1"].PeriodKey);

        // The same data again: every period already says it, so no row is written and none is new.
        db.ChangeTracker.Clear();
        var before = await SqliteChanges.SoFarAsync(db);
        (await PeriodDimension.SyncAsync(db, new DateOnly(2024, 5, 10), new DateOnly(2024, 9, 30), default)).Created.ShouldBeEmpty();
        (await SqliteChanges.SoFarAsync(db) - before).ShouldBe(0);

        // A month more: October and 2024-25 Q3 are new, October's previous month is September.
        db.ChangeTracker.Clear();
        (await PeriodDimension.SyncAsync(db, new DateOnly(2024, 5, 10), new DateOnly(2024, 10, 31), default)).Created.Count.ShouldBe(2);
        var october = await db.Periods.AsNoTracking().SingleAsync(p => p.Label == "2024-10");
        october.PreviousPeriodKey.ShouldBe(byLabel["2024-09"].PeriodKey);
    }
}
