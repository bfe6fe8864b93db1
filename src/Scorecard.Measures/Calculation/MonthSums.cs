using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Calculation;

/// <summary>
/// A measure whose periods are the sums of their months (<see cref="Catalogue.MeasureDefinition.AddsUpOverMonths"/>)
/// is counted once by calendar month (<see cref="MeasureQueryContext.InMonths"/>); each period's rows are then its
/// months' rows added up, by unit, breakdown and value. Counted period by period, a record dated in the scope was
/// counted four times (its month, financial quarter, financial year and calendar year), and a year in progress was most
/// of an incremental refresh's work.
/// </summary>
public static class MonthSums
{
    /// <summary>
    /// The rows of every period of <paramref name="periods"/> from the months' rows: breakdown rows only for periods of
    /// the grains breakdowns are published for, as counted period by period. A period none of whose months has a row
    /// has none, as a grouped query gives none for a group with no member.
    /// </summary>
    public static List<MeasureRow> ToPeriods(IEnumerable<MeasureRow> monthRows, IReadOnlyCollection<Period> periods, IReadOnlyCollection<PeriodGrain> breakdownGrains)
    {
        var byMonth = monthRows.ToLookup(r => r.PeriodKey);
        var sums = new MeasureAggregator.RowSums();
        foreach (var period in periods)
        {
            var breakdowns = breakdownGrains.Contains(period.Grain);
            for (var month = new DateOnly(period.StartDate.Year, period.StartDate.Month, 1); month <= period.EndDate; month = month.AddMonths(1))
                foreach (var r in byMonth[Period.MonthKeyBase + CalendarDays.DateKeyOf(month)])
                    if (breakdowns || r.BreakdownKind == MeasureAggregator.All)
                        sums.Add(period.PeriodKey, r.OrgUnitKey, r.BreakdownKind, r.BreakdownValue, r.Numerator, r.Denominator);
        }
        return sums.Rows();
    }
}
