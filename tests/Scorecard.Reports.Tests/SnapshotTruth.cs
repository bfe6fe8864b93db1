using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Targets;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Reports.Tests;

/// <summary>
/// The snapshot as the tests read it, straight from the tables and independently of the pack's reader: what
/// a cell must show for a measure, period and unit, and what RAG and direction the rules give.
/// </summary>
public sealed class SnapshotTruth
{
    private Dictionary<(string Measure, int Period, int Unit), MeasureValue> _values = [];
    private Dictionary<string, Measure> _measures = [];
    private List<Target> _targets = [];
    public Dictionary<(string Grain, string Label), Period> Periods { get; private set; } = [];
    public Dictionary<int, Period> PeriodsByKey { get; private set; } = [];
    public Dictionary<string, int> UnitKeysByName { get; private set; } = [];

    public static async Task<SnapshotTruth> ReadAsync(WarehouseContextFactory contexts)
    {
        await using var db = contexts.Create();
        var periods = await db.Periods.AsNoTracking().ToListAsync();
        return new SnapshotTruth
        {
            _values = await db.MeasureValues.AsNoTracking().Where(v => v.BreakdownKind == "All").ToDictionaryAsync(v => (v.MeasureCode, v.PeriodKey, v.OrgUnitKey)),
            _measures = await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.MeasureCode),
            _targets = await db.Targets.AsNoTracking().ToListAsync(),
            Periods = periods.ToDictionary(p => (p.Grain, p.Label)),
            PeriodsByKey = periods.ToDictionary(p => p.PeriodKey),
            UnitKeysByName = await db.OrganisationUnits.AsNoTracking().ToDictionaryAsync(u => u.Name, u => u.OrgUnitKey),
        };
    }

    public Period Period(PeriodGrain grain, string label) => Periods[(grain.ToString(), label)];

    public MeasureValue? Row(string measure, Period? period, int unit) =>
        period is null ? null : _values.GetValueOrDefault((measure, period.PeriodKey, unit));

    /// <summary>What a cell must hold: a number, "c", "-", "not available", or "" (no such period).</summary>
    public object Expected(MeasureDefinition measure, Period? period, int unit, bool suppress)
    {
        if (!_measures[measure.Code].IsAvailable) return "not available";
        if (period is null) return "";
        var row = Row(measure.Code, period, unit);
        if (row is null) return measure.Unit == MeasureUnit.Count ? 0.0 : "-";
        if (!row.IsAvailable) return "not available";
        if (suppress && row.IsSmallNumber) return "c";
        return row.Value is { } v ? v : "-";
    }

    /// <summary>The RAG the rules give: recomputed from value, target and tolerance, not copied from the row.</summary>
    public string? RagByTheRules(MeasureDefinition measure, Period period, int unit)
    {
        var row = Row(measure.Code, period, unit);
        if (row?.Target is null) return null;
        var year = period.Grain == nameof(PeriodGrain.CalendarYear) ? FinancialCalendar.FinancialYearStartOf(period.EndDate) : period.FinancialYearStart;
        var target = _targets.FirstOrDefault(t => t.MeasureCode == measure.Code && t.FinancialYearStart == year && t.OrgUnitKey == unit)
            ?? _targets.First(t => t.MeasureCode == measure.Code && t.FinancialYearStart == year && t.OrgUnitKey == null);
        return TargetRules.RagFor(measure, row.Value, row.Target, target.Tolerance);
    }
}
