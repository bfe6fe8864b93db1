using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Calculation;

/// <summary>
/// A measure counted at the period end (children open on its last day) has the same value for every period
/// that ends that day: March is the last month of a quarter and of a financial year. Such measures are
/// computed once per end date, for the period with the lowest key (the month), and the rows are then given
/// to every period ending that day. A third of the periods, and of the work, go.
/// </summary>
public static class PeriodEnds
{
    /// <summary>One period per end date: the one with the lowest key (months before quarters before years).</summary>
    public static IQueryable<Period> OnePerEndDate(IQueryable<Period> periods) =>
        periods.Where(p => !periods.Any(o => o.EndDate == p.EndDate && o.PeriodKey < p.PeriodKey));

    /// <summary>
    /// Rows computed for one period per end date, copied to every period of <paramref name="periods"/> that
    /// ends the same day (breakdown rows only to periods of the grains breakdowns are published for).
    /// </summary>
    public static List<MeasureRow> ToEveryPeriod(IEnumerable<MeasureRow> rows, IReadOnlyCollection<Period> periods, IReadOnlyCollection<PeriodGrain> breakdownGrains)
    {
        var endOf = periods.ToDictionary(p => p.PeriodKey, p => p.EndDate);
        var all = periods.ToLookup(p => p.EndDate, p => p.PeriodKey);
        var breakdown = periods.Where(p => breakdownGrains.Contains(p.Grain)).ToLookup(p => p.EndDate, p => p.PeriodKey);
        var result = new List<MeasureRow>();
        foreach (var r in rows)
        {
            var targets = r.BreakdownKind == MeasureAggregator.All ? all[endOf[r.PeriodKey]] : breakdown[endOf[r.PeriodKey]];
            result.AddRange(targets.Select(key => new MeasureRow
            {
                PeriodKey = key, OrgUnitKey = r.OrgUnitKey, BreakdownKind = r.BreakdownKind, BreakdownValue = r.BreakdownValue,
                Numerator = r.Numerator, Denominator = r.Denominator,
            }));
        }
        return result;
    }
}
