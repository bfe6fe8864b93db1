using Scorecard.Warehouse;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Calculation;

/// <summary>What a measure's query is built from: the warehouse, the periods in scope, and the windows.</summary>
public sealed class MeasureQueryContext(WarehouseContext db, IQueryable<Period> periods, MeasureOptions options)
{
    public WarehouseContext Db { get; } = db;
    /// <summary>The periods to compute: all of them, or the ones an incremental refresh must redo.</summary>
    public IQueryable<Period> Periods { get; } = periods;
    public MeasureOptions Options { get; } = options;
}
