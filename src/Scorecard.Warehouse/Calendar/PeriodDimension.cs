using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Warehouse.Calendar;

/// <summary>
/// Keeps the Period dimension in step with the data: every month, financial quarter, financial year and calendar
/// year from the financial year of the first business date to the last, with each one's comparators.
/// </summary>
public static class PeriodDimension
{
    public static readonly PeriodGrain[] Grains = [PeriodGrain.Month, PeriodGrain.FinancialQuarter, PeriodGrain.FinancialYear, PeriodGrain.CalendarYear];

    /// <summary>
    /// Takes out the periods that start after <paramref name="asOf"/>, the data's date, and returns how many: the data
    /// reached them once and no longer does (an extract that ends earlier than the last, or a mistyped date in the future
    /// put right). Left in, they were periods the measures counted and the refresh did not know (it stopped with an
    /// error), and the feed listed periods with no data. Their values and published cells go with a full refresh.
    /// </summary>
    public static Task<int> DropUnreachedAsync(WarehouseContext db, DateOnly asOf, CancellationToken ct) =>
        db.Periods.Where(p => p.StartDate > asOf).ExecuteDeleteAsync(ct);

    /// <summary>Writes the periods; returns those the data reaches (in sort order) and the keys of the ones new this time.</summary>
    public static async Task<(List<Period> All, HashSet<int> Created)> SyncAsync(WarehouseContext db, DateOnly first, DateOnly asOf, CancellationToken ct)
    {
        var existing = await db.Periods.AsTracking().ToDictionaryAsync(p => p.PeriodKey, ct);
        var created = new HashSet<int>();
        var from = new DateOnly(FinancialCalendar.FinancialYearStartOf(first), 4, 1);
        var order = 0;
        var reporting = Grains.SelectMany(grain => ReportingPeriod.Between(grain, from, asOf).Select(rp => (Grain: grain, Period: rp))).ToList();
        // Comparator keys that fall before the first period point at nothing: set so at once, so that a period whose
        // comparators did not change is not written (it was written twice each refresh, the key and then null).
        var keys = existing.Keys.Concat(reporting.Select(x => Period.KeyOf(x.Period))).ToHashSet();
        int? Known(int key) => keys.Contains(key) ? key : null;
        foreach (var (grain, rp) in reporting)
        {
            var key = Period.KeyOf(rp);
            if (!existing.TryGetValue(key, out var p))
            {
                p = new Period { PeriodKey = key };
                db.Periods.Add(p);
                existing[key] = p;
                created.Add(key);
            }
            p.Grain = grain;
            p.Label = rp.Label;
            p.StartDate = rp.Start;
            p.EndDate = rp.End;
            p.StartDateKey = CalendarDays.DateKeyOf(rp.Start);
            p.EndDateKey = CalendarDays.DateKeyOf(rp.End);
            p.FinancialYearStart = rp.FinancialYearStart;
            p.FinancialYearLabel = FinancialCalendar.FinancialYearLabel(rp.FinancialYearStart);
            p.YearToDateStart = grain == PeriodGrain.CalendarYear ? new DateOnly(rp.Start.Year, 1, 1) : new DateOnly(rp.FinancialYearStart, 4, 1);
            p.SortOrder = ++order;
            p.IsComplete = rp.End <= asOf;
            p.PreviousPeriodKey = Known(Period.KeyOf(rp.Previous()));
            p.SamePeriodLastYearKey = Known(Period.KeyOf(rp.SamePeriodLastYear()));
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        if (created.Count > 0) await AnalyzeAsync(db, ct);
        var all = existing.Values.ToList();
        return (all.Where(p => p.StartDate <= asOf).OrderBy(p => p.SortOrder).ToList(), created);
    }

    /// <summary>
    /// On PostgreSQL, once periods were added: ANALYZE the table, in the caller's transaction (ANALYZE counts the rows
    /// it has just written). Every measure query joins the periods, and the planner plans from the table's statistics;
    /// at a warehouse's first refresh the table had none (or those of an empty table), so PostgreSQL estimated one
    /// period where there are 100 (28 quarters and years) and, for EH07, worked the step-up set out again for each
    /// period rather than once: each breakdown query 0.41 s against 0.14 s with the statistics (docs/performance.md).
    /// A hundred rows take a millisecond to analyse. SQLite and SQL Server need nothing: SQLite plans without
    /// statistics unless told to, and SQL Server takes them itself when it compiles a query.
    /// </summary>
    private static async Task AnalyzeAsync(WarehouseContext db, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        // The name is the model's, delimited by the provider: nothing here comes from outside.
        var analyze = "ANALYZE " + PlainSql.Table<Period>(db);
        await db.Database.ExecuteSqlRawAsync(analyze, ct);
    }

    /// <summary>The periods that became complete (or incomplete) as the data moved from one date to another.</summary>
    public static IEnumerable<int> CompletedBetween(IEnumerable<Period> periods, DateOnly? before, DateOnly asOf) =>
        periods.Where(p => (before is { } b && p.EndDate <= b) != p.EndDate <= asOf).Select(p => p.PeriodKey);

    /// <summary>A calendar-year period takes the target of the financial year it ends in.</summary>
    public static int TargetYearOf(Period p) => p.Grain == PeriodGrain.CalendarYear ? FinancialCalendar.FinancialYearStartOf(p.EndDate) : p.FinancialYearStart;
}
