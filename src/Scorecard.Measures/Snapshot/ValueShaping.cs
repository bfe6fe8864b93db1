using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Measures.Targets;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// Turns computed rows into snapshot values: the value itself, the small-number flag, the target that applies,
/// RAG and direction of travel against the comparator periods. What each audience may see of them is decided
/// later, when they are published.
/// </summary>
public sealed class ValueShaping(
    IReadOnlyDictionary<int, Period> periods, IReadOnlyList<Period> scope, IReadOnlyList<OrganisationUnit> units,
    TargetBook targets, IReadOnlyDictionary<(string, int, int, string, string), double?> storedComparators, MeasureOptions options, DateOnly asOf)
{
    /// <param name="notAvailable">
    /// The periods in scope the measure is not available for from the data loaded, with why (every period when its
    /// tables were never loaded): each unit gets a "not available" row there in place of a value, never a 0.
    /// </param>
    public List<MeasureValue> Shape(MeasureDefinition measure, IEnumerable<MeasureRow> rows, IReadOnlyDictionary<int, string> notAvailable, DateTime refreshedAt, int batch)
    {
        var values = WithZeroCounts(measure, rows.Where(r => !notAvailable.ContainsKey(r.PeriodKey)), notAvailable)
            .Select(r => ToValue(measure, r, refreshedAt, batch)).ToList();
        foreach (var v in values) v.IsProvisional = ProvisionalFlags.IsProvisional(ProvisionalFlags.SettlesOn(measure, options, periods[v.PeriodKey].EndDate), asOf);
        foreach (var (period, reason) in notAvailable)
            foreach (var unit in units) values.Add(Availability.NotAvailable(measure.Code, period, unit.OrgUnitKey, reason, refreshedAt, batch));
        ApplyTargetsAndDirection(measure, values);
        return values;
    }

    /// <summary>
    /// No row means nothing was counted, which for a count is 0: the snapshot holds that 0 for every unit in every
    /// period, and for every value of the measure's breakdowns where breakdowns are computed, so that no reader
    /// has to know the rule.
    /// </summary>
    private List<MeasureRow> WithZeroCounts(MeasureDefinition measure, IEnumerable<MeasureRow> computed, IReadOnlyDictionary<int, string> notAvailable)
    {
        var rows = computed.ToList();
        if (measure.Unit != MeasureUnit.Count) return rows;
        var present = rows.Select(r => (r.PeriodKey, r.OrgUnitKey, r.BreakdownKind, r.BreakdownValue)).ToHashSet();
        void Zero(int period, int unit, string kind, string value)
        {
            if (present.Add((period, unit, kind, value)))
                rows.Add(new MeasureRow { PeriodKey = period, OrgUnitKey = unit, BreakdownKind = kind, BreakdownValue = value });
        }
        var kinds = new[] { (Breakdowns.AgeBand, MeasureAggregator.AgeBand), (Breakdowns.Sex, MeasureAggregator.Sex), (Breakdowns.EthnicityGroup, MeasureAggregator.EthnicityGroup) }
            .Where(k => measure.Breakdowns.HasFlag(k.Item1)).Select(k => k.Item2).ToList();
        foreach (var period in scope.Where(p => !notAvailable.ContainsKey(p.PeriodKey)))
        {
            var broken = MeasureComputation.BreakdownGrains.Contains(period.Grain);
            foreach (var unit in units)
            {
                Zero(period.PeriodKey, unit.OrgUnitKey, MeasureAggregator.All, MeasureAggregator.All);
                if (!broken || !MeasureAggregator.BreakdownLevels.Contains(unit.Level)) continue;
                foreach (var kind in kinds)
                    foreach (var value in MeasureAggregator.BreakdownValues(kind)) Zero(period.PeriodKey, unit.OrgUnitKey, kind, value);
            }
        }
        return rows;
    }

    private static MeasureValue ToValue(MeasureDefinition measure, MeasureRow r, DateTime refreshedAt, int batch)
    {
        int? denominator = measure.Denominator is null && measure.Unit == MeasureUnit.Count && !r.BreakdownKind.StartsWith(MeasureAggregator.AuditGradePrefix, StringComparison.Ordinal)
            ? null : r.Denominator;
        double? value = measure.Unit == MeasureUnit.Percentage
            ? r.Denominator == 0 ? null : 100.0 * r.Numerator / r.Denominator
            : r.Numerator;
        return new MeasureValue
        {
            MeasureCode = measure.Code, PeriodKey = r.PeriodKey, OrgUnitKey = r.OrgUnitKey, BreakdownKind = r.BreakdownKind, BreakdownValue = r.BreakdownValue,
            Numerator = r.Numerator, Denominator = denominator, Value = value,
            IsSmallNumber = SmallNumbers.IsSmallNumber(measure.Unit, r.Numerator, denominator),
            RefreshedAtUtc = refreshedAt, LineageBatchId = batch,
        };
    }

    private void ApplyTargetsAndDirection(MeasureDefinition measure, List<MeasureValue> values)
    {
        var own = values.ToDictionary(v => (v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue), v => v.Value);
        double? Lookup(int? periodKey, MeasureValue v)
        {
            if (periodKey is null) return null;
            var key = (v.MeasureCode, periodKey.Value, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue);
            if (own.TryGetValue(key, out var x)) return x;
            // A period outside this refresh's scope: its stored value. Absent there too means nothing was
            // counted, which for a count is 0 (a context count that falls to nothing still has a direction).
            if (storedComparators.TryGetValue(key, out var stored)) return stored;
            return measure.Unit == MeasureUnit.Count && periods.ContainsKey(periodKey.Value) ? 0 : null;
        }
        foreach (var v in values)
        {
            // "Not available" carries no target, RAG or direction; a value compared with it has no direction either.
            if (!v.IsAvailable) continue;
            var period = periods[v.PeriodKey];
            if (v.BreakdownKind == MeasureAggregator.All && targets.For(measure, PeriodDimension.TargetYearOf(period), v.OrgUnitKey) is { } target)
            {
                v.Target = TargetRules.ProfiledTarget(measure, target.Value, FinancialCalendar.FinancialMonthOf(period.EndDate));
                v.Rag = TargetRules.RagFor(measure, v.Value, v.Target, target.Tolerance);
            }
            v.PreviousValue = Lookup(period.PreviousPeriodKey, v);
            v.LastYearValue = Lookup(period.SamePeriodLastYearKey, v);
            // A year-to-date count always grows within the year: against the previous period it would always
            // read improving. It is compared with the same point last year only.
            v.DirectionVsPrevious = measure.CumulativeInYear ? null : TargetRules.DirectionFor(measure, v.Value, v.PreviousValue);
            v.DirectionVsLastYear = TargetRules.DirectionFor(measure, v.Value, v.LastYearValue);
        }
    }
}
