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
}
