using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// The (period, measure) pairs a refresh recomputed to the values already stored, cell for cell. They are
/// neither written again nor republished: their stored values, published cells and keys stay as they were (with the
/// time and batch of the refresh that wrote them). A load that closes episodes leaves most counts of starts, step-ups
/// and plans where they were, and deleting and writing them again was half of what an incremental refresh wrote.
/// </summary>
internal static class UnchangedValues
{
    /// <summary>
    /// What is stored for a group's measures, read in one statement: the values of the comparator periods outside its
    /// scope (<see cref="ValueShaping"/> compares with them) and those of the periods in scope (<see cref="Find"/>
    /// compares the recomputed ones with them). A warehouse's first full refresh finds nothing stored.
    /// </summary>
    public static async Task<Stored> ReadAsync(WarehouseContext db, IReadOnlyList<Period> periods, ScopeGroup group, CancellationToken ct)
    {
        var scope = group.Keys;
        var comparators = periods.Where(p => scope.Contains(p.PeriodKey))
            .SelectMany(p => new[] { p.PreviousPeriodKey, p.SamePeriodLastYearKey }).OfType<int>()
            .Where(k => !scope.Contains(k)).ToHashSet();
        var read = comparators.Concat(scope).ToList();
        var rows = await ReadValuesAsync(db, read, group.Measures.Select(m => m.Code).ToList(), ct);
        return new Stored(
            rows.Where(r => comparators.Contains(r.PeriodKey))
                .ToDictionary(r => (r.MeasureCode, r.PeriodKey, r.Said.OrgUnitKey, r.Said.BreakdownKind, r.Said.BreakdownValue), r => r.Said.Value),
            rows.Where(r => scope.Contains(r.PeriodKey)).GroupBy(r => (r.PeriodKey, r.MeasureCode)).ToDictionary(g => g.Key, g => g.Select(r => r.Said).ToHashSet()));
    }

    /// <summary>
    /// A count's rows for the periods in scope as stored, as the count's own query returns them (<see cref="AsCounted"/>).
    /// Null when a period in scope has nothing stored for it or a stored value says the measure was not available there:
    /// the count is then counted again.
    /// </summary>
    public static List<Calculation.MeasureRow>? CountRows(Stored stored, ScopeGroup group, string code)
    {
        var rows = new List<Calculation.MeasureRow>();
        foreach (var period in group.Keys)
        {
            if (!stored.InScope.TryGetValue((period, code), out var cells)) return null;
            foreach (var said in cells)
            {
                if (!said.IsAvailable) return null;
                if (AsCounted(period, said) is { } row) rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>
    /// A stored value as the row its measure's query returned, keyed by <paramref name="periodKey"/>; null for the zeros a
    /// count is stored with for every unit and cell (<see cref="ValueShaping"/>), which were never counted: every member of
    /// a count is in its numerator, and every member of a percentage in its denominator, so a counted row has counted
    /// something. Taken as counted, they would be rows counting again does not make, and a percentage that takes its
    /// denominators from the count's rows (EH11 from EH02) would gain a 0 of 0 for each. A count without a denominator is
    /// stored without one, and its computed denominator is not kept, so 0 stands for it.
    /// </summary>
    public static Calculation.MeasureRow? AsCounted(int periodKey, Said said) =>
        said.Numerator == 0 && (said.Denominator ?? 0) == 0 ? null : new Calculation.MeasureRow
        {
            PeriodKey = periodKey, OrgUnitKey = said.OrgUnitKey, BreakdownKind = said.BreakdownKind, BreakdownValue = said.BreakdownValue,
            Numerator = said.Numerator, Denominator = said.Denominator ?? 0,
        };

    /// <summary>What is stored for these measures in these periods, each value whole.</summary>
    internal static Task<List<StoredValue>> ReadValuesAsync(WarehouseContext db, List<int> periodKeys, List<string> codes, CancellationToken ct) =>
        db.MeasureValues.Where(v => periodKeys.Contains(v.PeriodKey) && codes.Contains(v.MeasureCode))
            .Select(v => new StoredValue(v.PeriodKey, v.MeasureCode,
                new Said(v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Value, v.Target, v.Rag, v.DirectionVsPrevious,
                    v.DirectionVsLastYear, v.PreviousValue, v.LastYearValue, v.IsSmallNumber, v.IsProvisional, v.IsAvailable, v.NotAvailableReason)))
            .ToListAsync(ct);

    /// <summary>A stored value: its period, its measure and what it says.</summary>
    internal sealed record StoredValue(int PeriodKey, string MeasureCode, Said Said);

    /// <summary>The pairs of <paramref name="groups"/> whose recomputed values are those stored (<see cref="ReadAsync"/>).</summary>
    public static HashSet<(int PeriodKey, string MeasureCode)> Find(IReadOnlyList<ScopeGroup> groups, IReadOnlyList<MeasureValue> values,
        IReadOnlyDictionary<(int, string), HashSet<Said>> stored)
    {
        var made = values.ToLookup(v => (v.PeriodKey, v.MeasureCode));
        var same = new HashSet<(int, string)>();
        foreach (var group in groups)
            foreach (var period in group.Keys)
                foreach (var code in group.Measures.Select(m => m.Code))
                {
                    var before = stored.GetValueOrDefault((period, code)) ?? [];
                    var after = made[(period, code)].Select(Content).ToList();
                    // One value per unit and breakdown cell in each, so equal counts and every new one among the old is equality.
                    if (before.Count == after.Count && after.All(before.Contains)) same.Add((period, code));
                }
        return same;
    }

    /// <summary>What was read of a group's stored values.</summary>
    /// <param name="Comparators">Values of the comparator periods outside the scope, by measure, period, unit and breakdown cell.</param>
    /// <param name="InScope">What each (period, measure) in scope holds.</param>
    public sealed record Stored(Dictionary<(string, int, int, string, string), double?> Comparators, Dictionary<(int, string), HashSet<Said>> InScope);

    /// <summary>Everything a value says, without the time and batch of the refresh that wrote it.</summary>
    private static Said Content(MeasureValue v) => new(v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Value, v.Target,
        v.Rag, v.DirectionVsPrevious, v.DirectionVsLastYear, v.PreviousValue, v.LastYearValue, v.IsSmallNumber, v.IsProvisional, v.IsAvailable, v.NotAvailableReason);

    /// <summary>What a stored or recomputed value says, compared field for field.</summary>
    /// <remarks>
    /// A class, not a struct: the sets and lists of it then run the runtime's code shared by every reference type,
    /// compiled long before. A struct has its own copy of each method (a set's add, find and resize, a list's fill),
    /// compiled the first time a process compares stored values, the loops among them fully optimised at once.
    /// </remarks>
    internal sealed record Said(
        int OrgUnitKey, string BreakdownKind, string BreakdownValue, int Numerator, int? Denominator, double? Value, double? Target,
        Rag? Rag, Direction? DirectionVsPrevious, Direction? DirectionVsLastYear, double? PreviousValue, double? LastYearValue,
        bool IsSmallNumber, bool IsProvisional, bool IsAvailable, string? NotAvailableReason);
}
