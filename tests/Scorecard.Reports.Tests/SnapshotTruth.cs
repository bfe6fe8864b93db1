using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Targets;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Reports.Tests;

/// <summary>
/// What the tests hold the packs to, read straight from the tables and independently of the pack's reader: the
/// published cells of each audience (what a cell must show), and the snapshot and targets (what RAG and direction
/// the rules give, worked out again here rather than copied).
/// </summary>
public sealed class SnapshotTruth
{
    private Dictionary<(Audience, string Measure, int Period, int Unit), PublishedMeasureValue> _published = [];
    private Dictionary<(string Measure, int Period, int Unit), MeasureValue> _values = [];
    private List<Target> _targets = [];
    private int _authority;
    public Dictionary<(PeriodGrain Grain, string Label), Period> Periods { get; private set; } = [];
    public Dictionary<int, Period> PeriodsByKey { get; private set; } = [];
    public Dictionary<string, int> UnitKeysByName { get; private set; } = [];

    public static async Task<SnapshotTruth> ReadAsync(WarehouseContextFactory contexts)
    {
        await using var db = contexts.Create();
        var periods = await db.Periods.AsNoTracking().ToListAsync();
        var published = new Dictionary<(Audience, string, int, int), PublishedMeasureValue>();
        foreach (var audience in new[] { Audience.Internal, Audience.Partnership })
            foreach (var v in await db.Published(audience).AsNoTracking().Where(v => v.BreakdownKind == "All").ToListAsync())
                published[(audience, v.MeasureCode, v.PeriodKey, v.OrgUnitKey)] = v;
        return new SnapshotTruth
        {
            _published = published,
            _values = await db.MeasureValues.AsNoTracking().Where(v => v.BreakdownKind == "All").ToDictionaryAsync(v => (v.MeasureCode, v.PeriodKey, v.OrgUnitKey)),
            _targets = await db.Targets.AsNoTracking().ToListAsync(),
            _authority = await db.OrganisationUnits.Where(u => u.OrgUnitId == OrganisationUnit.AuthorityId).Select(u => u.OrgUnitKey).SingleAsync(),
            Periods = periods.ToDictionary(p => (p.Grain, p.Label)),
            PeriodsByKey = periods.ToDictionary(p => p.PeriodKey),
            UnitKeysByName = await db.OrganisationUnits.AsNoTracking().ToDictionaryAsync(u => u.Name, u => u.OrgUnitKey),
        };
    }

    public Period Period(PeriodGrain grain, string label) => Periods[(grain, label)];

    public PublishedMeasureValue? Published(Audience audience, string measure, Period? period, int unit) =>
        period is null ? null : _published.GetValueOrDefault((audience, measure, period.PeriodKey, unit));

    public MeasureValue? Row(string measure, Period? period, int unit) =>
        period is null ? null : _values.GetValueOrDefault((measure, period.PeriodKey, unit));

    /// <summary>What a cell must hold: the published number, or its text ("c", "-", "not available"); "" when there is no such period.</summary>
    public object Expected(Audience audience, MeasureDefinition measure, Period? period, int unit)
    {
        if (period is null) return "";
        var cell = Published(audience, measure.Code, period, unit).ShouldNotBeNull($"{audience} has no cell for {measure.Code} {period.Label} unit {unit}");
        return cell.State == PublishedState.Value ? cell.Value!.Value : cell.DisplayValue;
    }

    /// <summary>
    /// The RAG the rules give, worked out here from the value and the targets: a unit's own target, else the one
    /// for every unit, except that a year-to-date count takes only a unit's own (the authority's is the one for every unit).
    /// </summary>
    public Rag? RagByTheRules(MeasureDefinition measure, Period period, int unit)
    {
        var row = Row(measure.Code, period, unit);
        if (row is null) return null;
        var year = period.Grain == PeriodGrain.CalendarYear ? FinancialCalendar.FinancialYearStartOf(period.EndDate) : period.FinancialYearStart;
        var target = _targets.FirstOrDefault(t => t.MeasureCode == measure.Code && t.FinancialYearStart == year && t.OrgUnitKey == unit)
            ?? (measure.CumulativeInYear && unit != _authority ? null : _targets.FirstOrDefault(t => t.MeasureCode == measure.Code && t.FinancialYearStart == year && t.OrgUnitKey == null));
        if (target is null) return null;
        var profiled = measure.CumulativeInYear ? target.Value * FinancialCalendar.FinancialMonthOf(period.EndDate) / 12.0 : target.Value;
        return TargetRules.RagFor(measure, row.Value, profiled, target.Tolerance);
    }
}
