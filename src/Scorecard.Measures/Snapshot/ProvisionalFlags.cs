using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// A value is provisional while the data does not reach its period's end plus the measure's settling window. The
/// flags move with the data in every period, not only those a refresh recomputes.
/// </summary>
public static class ProvisionalFlags
{
    /// <summary>The day a period's value of this measure settles; null for measures final when the period ends.</summary>
    public static DateOnly? SettlesOn(MeasureDefinition measure, MeasureOptions options, DateOnly periodEnd) =>
        measure.SettlesAfterDays(options) is > 0 and var days ? periodEnd.AddDays(days) : null;

    /// <summary>Provisional until the day it settles: while the data does not reach it.</summary>
    public static bool IsProvisional(DateOnly? settlesOn, DateOnly asOf) => settlesOn > asOf;

    /// <summary>
    /// The periods whose values of some measure settle between the data's previous date and its new one (or
    /// unsettle, when the data now ends earlier): their published cells must gain or lose RAG and direction.
    /// </summary>
    public static IEnumerable<int> PeriodsCrossingSettlement(IEnumerable<Warehouse.Measures.Period> periods, MeasureOptions options, DateOnly? before, DateOnly asOf)
    {
        var windows = MeasureCatalogue.All.Select(m => m.SettlesAfterDays(options)).Where(d => d > 0).Distinct().ToList();
        return periods.Where(p => windows.Any(d => Crosses(p.EndDate, d, before ?? DateOnly.MinValue, asOf))).Select(p => p.PeriodKey);
    }

    /// <summary>
    /// Whether a period ending on <paramref name="periodEnd"/> settles, for a measure settling after <paramref name="days"/>,
    /// between the data's dates <paramref name="before"/> and <paramref name="asOf"/>: after the earlier, on or by the later.
    /// </summary>
    private static bool Crosses(DateOnly periodEnd, int days, DateOnly before, DateOnly asOf)
    {
        var (from, to) = before < asOf ? (before, asOf) : (asOf, before);
        return periodEnd.AddDays(days) > from && periodEnd.AddDays(days) <= to;
    }

    /// <summary>
    /// Sets the flags as of <paramref name="asOf"/>; returns the periods whose flags changed (their published rows must
    /// follow). Every refresh leaves every stored flag as of its data's date, so only the periods whose settling day the
    /// data's date has since crossed can have flags to move: <paramref name="before"/> is that date, and only those periods
    /// are looked at (none, and no statement, when the data's date has not moved, as after a load that only changed
    /// records). Null looks at every period: when the flags' date is not known, or the settling windows changed.
    /// </summary>
    public static async Task<HashSet<int>> UpdateAsync(WarehouseContext db, MeasureOptions options, IReadOnlyList<Warehouse.Measures.Period> periods,
        DateOnly? before, DateOnly asOf, CancellationToken ct)
    {
        var changed = new HashSet<int>();
        // Measures that settle after the same number of days share their statements.
        foreach (var window in MeasureCatalogue.All.Where(m => m.SettlesAfterDays(options) > 0).GroupBy(m => m.SettlesAfterDays(options)))
        {
            var crossing = Crossing(periods, window.Key, before, asOf);
            if (crossing.Count > 0) changed.UnionWith(await UpdateAsync(db, window.Select(m => m.Code).ToList(), crossing, asOf.AddDays(-window.Key), ct));
        }
        return changed;
    }

    /// <summary>The keys of the periods whose flags for a window of <paramref name="days"/> may move (<see cref="UpdateAsync(WarehouseContext, MeasureOptions, IReadOnlyList{Warehouse.Measures.Period}, DateOnly?, DateOnly, CancellationToken)"/>).</summary>
    private static List<int> Crossing(IReadOnlyList<Warehouse.Measures.Period> periods, int days, DateOnly? before, DateOnly asOf)
    {
        var keys = new List<int>();
        foreach (var period in periods)
            if (before is not { } b || Crosses(period.EndDate, days, b, asOf)) keys.Add(period.PeriodKey);
        return keys;
    }

    /// <summary>
    /// The flags of measures that settle after the same days, in the periods given, with the data settled by
    /// <paramref name="settledBy"/>. Apart from the loop above: the runtime compiles a method with a loop fully optimised
    /// at once (the CLI's QuickJitForLoops off), and this one, which builds the queries' expression trees, took 5-8 ms to
    /// compile so in a process's first incremental refresh; without a loop it is compiled at the quick first tier.
    /// </summary>
    private static async Task<List<int>> UpdateAsync(WarehouseContext db, List<string> codes, List<int> periodKeys, DateOnly settledBy, CancellationToken ct)
    {
        // "Not available" is never provisional.
        var moving = db.MeasureValues.Where(v => codes.Contains(v.MeasureCode) && periodKeys.Contains(v.PeriodKey) && v.IsAvailable
            && v.IsProvisional != db.Periods.Any(p => p.PeriodKey == v.PeriodKey && p.EndDate > settledBy));
        // Read as rows, not as ints: EF Core's reader of a query's results is compiled for each value type it returns
        // (its loop fully optimised at once), and nothing else a refresh sends returns one, so the first incremental
        // refresh of a process compiled it for this alone; a row is a reference type, whose reader every query shares.
        var moved = (await moving.Select(v => new { v.PeriodKey }).Distinct().ToListAsync(ct)).Select(r => r.PeriodKey).ToList();
        if (moved.Count > 0) await moving.ExecuteUpdateAsync(u => u.SetProperty(v => v.IsProvisional, v => !v.IsProvisional), ct);
        return moved;
    }
}
