using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Calculation;

/// <summary>What a measure's query is built from: the warehouse, the periods in scope, and the windows.</summary>
public sealed class MeasureQueryContext(WarehouseContext db, IQueryable<Period> periods, MeasureOptions options, DateOnly? scopeStart = null, DateOnly? scopeEnd = null)
{
    /// <summary>
    /// The first day of the earliest period in scope: measures that look at every episode first (step-ups,
    /// spidergraph changes) skip the ones that cannot count in any period being computed.
    /// </summary>
    public DateOnly ScopeStart { get; } = scopeStart ?? DateOnly.MinValue;

    /// <summary>The last day of the latest period in scope (the last period's end): where the calendar's days are read up to.</summary>
    public DateOnly ScopeEnd { get; } = scopeEnd ?? DateOnly.MaxValue;

    /// <summary>The same scope over other periods within it (the breakdowns' quarters and years, one period an end date).</summary>
    public MeasureQueryContext For(IQueryable<Period> within) => new(Db, within, Options, ScopeStart, ScopeEnd) { InCalendarMonths = InCalendarMonths };

    /// <summary>
    /// The same scope over the calendar's months from <paramref name="first"/> to <paramref name="last"/> (the first
    /// period's start and the last one's end), for a measure summed from months
    /// (<see cref="Catalogue.MeasureDefinition.AddsUpOverMonths"/>): each month keyed as the period dimension keys it,
    /// with its first and last day, and its days keyed by it in <see cref="PeriodDays"/>. Taken from the calendar, not the
    /// period dimension, because a year in progress runs past the last month the data reaches: a record dated after
    /// it still counts in that year, and in a month no period holds. The bounds are given, not the context's scope: a
    /// context may leave its scope open (the benchmark's comparisons, the tests), and read to the calendar's ends the
    /// months ran from 2005 to 2040.
    /// </summary>
    /// <param name="scopeStart">
    /// A later start of the scope, when the months before <paramref name="first"/> are not counted (an incremental
    /// refresh takes them as stored: Snapshot.StoredMonths); the sets that skip what cannot count then skip those too.
    /// </param>
    public MeasureQueryContext InMonths(DateOnly first, DateOnly last, DateOnly? scopeStart = null) =>
        new(Db, CalendarMonths(first, last), Options, scopeStart ?? ScopeStart, ScopeEnd) { InCalendarMonths = true };

    /// <summary>Whether <see cref="Periods"/> are the calendar's months of the scope (<see cref="InMonths"/>).</summary>
    public bool InCalendarMonths { get; private init; }

    private IQueryable<Period> CalendarMonths(DateOnly first, DateOnly last) =>
        from d in Db.CalendarDates
        where d.DateKey % 100 == 1 && d.Date >= first && d.Date <= last
        select new Period { PeriodKey = Period.MonthKeyBase + d.DateKey, Grain = PeriodGrain.Month, StartDate = d.Date, EndDate = d.Date.AddMonths(1).AddDays(-1) };

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
    /// <remarks>
    /// A period's days are found by equality too: the calendar labels each day with its month, financial quarter and
    /// financial year in the periods' own labels ("2024-11", "2024-25 Q3", "2024-25") and with its calendar year, one
    /// join for each grain. A grain joins on its own label only: a financial year's label "2005-06" is also a month's.
    /// Found as the days between each period's start and end, PostgreSQL joined them to the set by testing every period
    /// against every member (EH06: 2.9 million rows for 30,634 closures), as it estimates a grouped set at a row or so
    /// and a range join cannot be hashed; alone, EH06's statement took 0.96 s this way against 1.34 s, EH07's by
    /// organisation 0.13 s against 0.17 s (docs/performance.md).
    /// SQLite reads the calendar from the scope's first day to its last, in date order, and looks each day's period up
    /// by its label (it keeps the tables of a cross join in the order written); read to the calendar's end (2040), an
    /// incremental refresh's few periods took fourteen years of days (EH07 0.12-0.15 s against 0.05-0.06 s).
    /// PostgreSQL and SQL Server read the whole calendar (12,784 days), which PostgreSQL hashes in a few milliseconds:
    /// bounded, it took the bound's share of the days times the label's for the share of both (a month's days all lie
    /// within the bound) and, expecting a few days, compared EH07's step-ups with every day in a loop (an incremental
    /// refresh's statement 138-201 ms against 22-52 ms; bounded by subqueries, 2.7 s).
    /// EF Core 10 folded one shape tried first, the grain a constant filtered before the join, with the breakdowns' list
    /// of grains into "false", and the quarters had no days: a test holds these days equal to every period's days from
    /// its start to its end, for every period, the breakdowns' and a refresh's scope, on SQLite and PostgreSQL.
    /// </remarks>
    public IQueryable<PeriodDay> PeriodDays => InCalendarMonths
        // A day's month is its own key's: yyyymm01.
        ? from d in Days() select new PeriodDay { PeriodKey = Period.MonthKeyBase + d.DateKey - d.DateKey % 100 + 1, Date = d.Date }
        : DaysOf(PeriodGrain.Month, d => new DayLabel { Date = d.Date, Label = d.MonthLabel })
            .Concat(DaysOf(PeriodGrain.FinancialQuarter, d => new DayLabel { Date = d.Date, Label = d.FinancialQuarterLabel }))
            .Concat(DaysOf(PeriodGrain.FinancialYear, d => new DayLabel { Date = d.Date, Label = d.FinancialYearLabel }))
            .Concat(DaysOf(PeriodGrain.CalendarYear, d => new DayLabel { Date = d.Date, Label = d.CalendarYear.ToString() }));

    /// <summary>The days of the periods of one grain, each day's period found by the day's label for that grain.</summary>
    private IQueryable<PeriodDay> DaysOf(PeriodGrain grain, Expression<Func<CalendarDate, DayLabel>> labelled) =>
        from d in Days().Select(labelled)
        from p in Periods
        where p.Grain == grain && p.Label == d.Label
        select new PeriodDay { PeriodKey = p.PeriodKey, Date = d.Date };

    /// <summary>The calendar's days SQLite reads: from the scope's first to its last (see <see cref="PeriodDays"/>).</summary>
    private IQueryable<CalendarDate> Days() => Db.Database.IsSqlite() ? Db.CalendarDates.Where(d => d.Date >= ScopeStart && d.Date <= ScopeEnd) : Db.CalendarDates;

    private sealed class DayLabel
    {
        public DateOnly Date { get; init; }
        public string Label { get; init; } = "";
    }
}

/// <summary>A day of a period (<see cref="MeasureQueryContext.PeriodDays"/>).</summary>
public sealed class PeriodDay
{
    public int PeriodKey { get; init; }
    public DateOnly Date { get; init; }
}
