using Scorecard.Warehouse;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Calculation;

/// <summary>What a measure's query is built from: the warehouse, the periods in scope, and the windows.</summary>
public sealed class MeasureQueryContext(WarehouseContext db, IQueryable<Period> periods, MeasureOptions options, DateOnly? scopeStart = null)
{
    /// <summary>
    /// The first day of the earliest period in scope: measures that look at every episode first (step-ups,
    /// spidergraph changes) skip the ones that cannot count in any period being computed.
    /// </summary>
    public DateOnly ScopeStart { get; } = scopeStart ?? DateOnly.MinValue;

    /// <summary>The scope's start less a window, without running off the start of the calendar.</summary>
    public DateOnly ScopeStartLess(int days) => ScopeStart.DayNumber > days ? ScopeStart.AddDays(-days) : DateOnly.MinValue;

    public WarehouseContext Db { get; } = db;
    /// <summary>The periods to compute: all of them, or the ones an incremental refresh must redo.</summary>
    public IQueryable<Period> Periods { get; } = periods;
    public MeasureOptions Options { get; } = options;

    /// <summary>
    /// Every day of every period in scope (the calendar's days), for dating a set the query works out into periods by
    /// its date: <c>from d in c.PeriodDays from s in set where s.Date == d.Date</c>. A worked-out set (step-ups,
    /// spidergraph changes) has no index, so "date within the period" tested each of its rows against each period,
    /// while "date is this day" is an equality SQLite answers from an index it builds on the set once; PostgreSQL and
    /// SQL Server join on it as on any key. Every date a load keeps is a calendar day, so nothing is lost. Sets read
    /// straight from a fact table keep the range: the fact's date index answers it.
    /// </summary>
    public IQueryable<PeriodDay> PeriodDays =>
        from p in Periods
        from d in Db.CalendarDates
        where d.Date >= p.StartDate && d.Date <= p.EndDate
        select new PeriodDay { PeriodKey = p.PeriodKey, Date = d.Date };
}

/// <summary>A day of a period (<see cref="MeasureQueryContext.PeriodDays"/>).</summary>
public sealed class PeriodDay
{
    public int PeriodKey { get; init; }
    public DateOnly Date { get; init; }
}
