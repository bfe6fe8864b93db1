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

    /// <summary>Writes the periods; returns those the data reaches (in sort order) and the keys of the ones new this time.</summary>
    public static async Task<(List<Period> All, HashSet<int> Created)> SyncAsync(WarehouseContext db, DateOnly first, DateOnly asOf, CancellationToken ct)
    {
        var existing = await db.Periods.AsTracking().ToDictionaryAsync(p => p.PeriodKey, ct);
        var created = new HashSet<int>();
        var from = new DateOnly(FinancialCalendar.FinancialYearStartOf(first), 4, 1);
        var order = 0;
        foreach (var grain in Grains)
        {
            foreach (var rp in ReportingPeriod.Between(grain, from, asOf))
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
                p.PreviousPeriodKey = Period.KeyOf(rp.Previous());
                p.SamePeriodLastYearKey = Period.KeyOf(rp.SamePeriodLastYear());
            }
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        // Comparator keys that fall before the first period point at nothing.
        var all = existing.Values.ToList();
        var keys = all.Select(p => p.PeriodKey).ToHashSet();
        foreach (var p in all)
        {
            if (p.PreviousPeriodKey is { } k1 && !keys.Contains(k1)) p.PreviousPeriodKey = null;
            if (p.SamePeriodLastYearKey is { } k2 && !keys.Contains(k2)) p.SamePeriodLastYearKey = null;
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        return (all.Where(p => p.StartDate <= asOf).OrderBy(p => p.SortOrder).ToList(), created);
    }

    /// <summary>The periods that became complete (or incomplete) as the data moved from one date to another.</summary>
    public static IEnumerable<int> CompletedBetween(IEnumerable<Period> periods, DateOnly? before, DateOnly asOf) =>
        periods.Where(p => (before is { } b && p.EndDate <= b) != p.EndDate <= asOf).Select(p => p.PeriodKey);

    /// <summary>A calendar-year period takes the target of the financial year it ends in.</summary>
    public static int TargetYearOf(Period p) => p.Grain == PeriodGrain.CalendarYear ? FinancialCalendar.FinancialYearStartOf(p.EndDate) : p.FinancialYearStart;
}
