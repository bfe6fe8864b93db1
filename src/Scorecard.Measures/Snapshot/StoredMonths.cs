using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// What an incremental refresh of a measure summed from months (<see cref="MeasureDefinition.AddsUpOverMonths"/>) takes
/// from the snapshot rather than counting again: the months and quarters that end before the financial quarter of the
/// date its loads changed. The refresh keeps every period ending before that date as stored, so those parts of a year
/// in progress are what counting them again would give. A calendar year's stored months give its totals; a financial
/// year's breakdowns come from its stored quarters, because months are stored without breakdowns. Counted from 1 January,
/// the years in progress were most of what an incremental refresh read: a change in September read every record since
/// then again (EH06 the scores of 5,087 closures), where the months from July hold 1,921.
/// </summary>
public static class StoredMonths
{
    /// <summary>What an incremental refresh keeps of a measure: the periods ending before <paramref name="ChangedFrom"/>, as stored.</summary>
    /// <param name="ChangedFrom">The date its loads changed the measure's records from (less its reach back).</param>
    /// <param name="PeriodKeys">Every period of the dimension: the months and quarters a stored part can be.</param>
    public sealed record Kept(DateOnly ChangedFrom, IReadOnlySet<int> PeriodKeys);

    /// <summary>Where the months counted again start, and the stored rows for the months before, as month rows.</summary>
    /// <param name="From">The first day of the first month counted again: the first day of a financial quarter.</param>
    /// <param name="Rows">
    /// Each stored month's rows for the whole unit (keyed by the month), and each stored quarter's breakdown rows keyed by
    /// its first month: <see cref="MonthSums.ToPeriods"/> adds breakdown rows only into quarters and financial years,
    /// and a financial year holds whole quarters, so they land where they were counted.
    /// </param>
    public sealed record Parts(DateOnly From, List<MeasureRow> Rows)
    {
        /// <summary>
        /// The months counted again from <see cref="From"/> on, with the stored ones before. Only from it on: a month's
        /// days are the calendar's, and on a database server every day of the calendar is keyed by its month
        /// (<see cref="MeasureQueryContext.PeriodDays"/>), so a set that reaches back before the scope's start (EH07's
        /// step-ups) has rows for earlier months too, which the stored ones already hold.
        /// </summary>
        public IEnumerable<MeasureRow> With(IEnumerable<MeasureRow> counted)
        {
            var first = Key(PeriodGrain.Month, From);
            return counted.Where(r => r.PeriodKey >= first).Concat(Rows);
        }
    }

    /// <summary>
    /// The stored parts of <paramref name="periods"/> (the periods in scope, ending on or after the date of the change),
    /// or null when nothing before the quarter of the change is in scope, when a month or quarter needed is not in the
    /// period dimension (the data did not reach it, so the snapshot cannot stand for it), or when a stored value needed
    /// says the measure was not available there (its value is not a count to add up). The refresh then counts every
    /// month, as a full refresh does.
    /// </summary>
    internal static async Task<Parts?> ReadAsync(WarehouseContext db, MeasureDefinition measure, IReadOnlyCollection<Period> periods, Kept kept, CancellationToken ct)
    {
        var from = new DateOnly(kept.ChangedFrom.Year, (kept.ChangedFrom.Month - 1) / 3 * 3 + 1, 1);
        var first = periods.Min(p => p.StartDate);
        if (first >= from || first.Day != 1 || (first.Month - 1) % 3 != 0) return null;
        var monthOf = StoredParts(first, from, kept.PeriodKeys);
        if (monthOf is null) return null;

        // Read by the statement that reads the values a refresh compares with (UnchangedValues), which a process has
        // compiled by its first incremental refresh; with queries of their own, that refresh compiled two more (0.02-0.03 s).
        var stored = await UnchangedValues.ReadValuesAsync(db, [.. monthOf.Keys], [measure.Code], ct);
        return MonthRows(stored, monthOf) is { } rows ? new Parts(from, rows) : null;
    }

    /// <summary>
    /// The months and quarters from <paramref name="first"/> to before <paramref name="from"/>, each period's key with the
    /// key of the month its rows are counted under (a month its own, a quarter its first month's); null when one is not in
    /// the period dimension. Only years start before the quarter of the change: a month or quarter ending on or after the
    /// change starts in that quarter or later. Years start on the first of a quarter (1 April, 1 January), so whole
    /// quarters fill them. Loops apart from the asynchronous read, as in <see cref="MonthRows"/>: LINQ over dates and
    /// keys was code for value types that only an incremental refresh runs, compiled at a process's first.
    /// </summary>
    private static Dictionary<int, int>? StoredParts(DateOnly first, DateOnly from, IReadOnlySet<int> periodKeys)
    {
        var monthOf = new Dictionary<int, int>();
        for (var month = first; month < from; month = month.AddMonths(1)) monthOf[Key(PeriodGrain.Month, month)] = Key(PeriodGrain.Month, month);
        for (var quarter = first; quarter < from; quarter = quarter.AddMonths(3)) monthOf[Key(PeriodGrain.FinancialQuarter, quarter)] = Key(PeriodGrain.Month, quarter);
        foreach (var key in monthOf.Keys)
            if (!periodKeys.Contains(key)) return null;
        return monthOf;
    }

    /// <summary>
    /// A month's rows for the whole unit and a quarter's breakdown rows, as month rows, without the zeros stored for units
    /// and cells with nothing counted (<see cref="UnchangedValues.AsCounted"/>); null when a value needed says the
    /// measure was not available there.
    /// </summary>
    private static List<MeasureRow>? MonthRows(List<UnchangedValues.StoredValue> stored, Dictionary<int, int> monthOf)
    {
        var rows = new List<MeasureRow>();
        foreach (var value in stored)
        {
            // A month is counted under its own key; a quarter's key is never a month's.
            var month = monthOf[value.PeriodKey];
            if ((month == value.PeriodKey) != (value.Said.BreakdownKind == MeasureAggregator.All)) continue;
            if (!value.Said.IsAvailable) return null;
            if (UnchangedValues.AsCounted(month, value.Said) is { } row) rows.Add(row);
        }
        return rows;
    }

    /// <summary>The key of the month or quarter starting on <paramref name="start"/>, by the period dimension's one rule.</summary>
    private static int Key(PeriodGrain grain, DateOnly start) =>
        Period.KeyOf(new ReportingPeriod(grain, start, start.AddMonths(grain == PeriodGrain.Month ? 1 : 3).AddDays(-1)));
}
