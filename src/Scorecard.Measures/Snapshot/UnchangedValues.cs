using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// The (period, measure) pairs an incremental refresh recomputed to the values already stored, cell for cell. They are
/// neither written again nor republished: their stored values, published cells and keys stay as they were (with the
/// time and batch of the refresh that wrote them). A load that closes episodes leaves most counts of starts, step-ups
/// and plans where they were, and deleting and writing them again was half of what an incremental refresh wrote.
/// </summary>
internal static class UnchangedValues
{
    public static async Task<HashSet<(int PeriodKey, string MeasureCode)>> FindAsync(
        WarehouseContext db, IReadOnlyList<ScopeGroup> groups, IReadOnlyList<MeasureValue> values, CancellationToken ct)
    {
        var made = values.ToLookup(v => (v.PeriodKey, v.MeasureCode));
        var same = new HashSet<(int, string)>();
        foreach (var group in groups)
        {
            var keys = group.Keys;
            var codes = group.Measures.Select(m => m.Code).ToList();
            var stored = (await db.MeasureValues.AsNoTracking().Where(v => keys.Contains(v.PeriodKey) && codes.Contains(v.MeasureCode)).ToListAsync(ct))
                .ToLookup(v => (v.PeriodKey, v.MeasureCode));
            foreach (var period in keys)
                foreach (var code in codes)
                {
                    var before = stored[(period, code)].Select(Content).ToHashSet();
                    var after = made[(period, code)].Select(Content).ToList();
                    // One value per unit and breakdown cell in each, so equal counts and every new one among the old is equality.
                    if (before.Count == after.Count && after.All(before.Contains)) same.Add((period, code));
                }
        }
        return same;
    }

    /// <summary>Everything a value says, without the time and batch of the refresh that wrote it.</summary>
    private static Said Content(MeasureValue v) => new(v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Value, v.Target,
        v.Rag, v.DirectionVsPrevious, v.DirectionVsLastYear, v.PreviousValue, v.LastYearValue, v.IsSmallNumber, v.IsProvisional, v.IsAvailable, v.NotAvailableReason);

    private readonly record struct Said(
        int OrgUnitKey, string BreakdownKind, string BreakdownValue, int Numerator, int? Denominator, double? Value, double? Target,
        Rag? Rag, Direction? DirectionVsPrevious, Direction? DirectionVsLastYear, double? PreviousValue, double? LastYearValue,
        bool IsSmallNumber, bool IsProvisional, bool IsAvailable, string? NotAvailableReason);
}
