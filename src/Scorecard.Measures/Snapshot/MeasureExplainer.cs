using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>One pseudonymised record behind a measure value.</summary>
public sealed record DrillThroughRecord(
    string RecordKind,
    string RecordId,
    string? PersonId,
    string? Team,
    DateOnly EventDate,
    bool InNumerator,
    bool InDenominator,
    long UnitId);

public sealed record DrillThrough(
    MeasureDefinition Measure,
    string PeriodLabel,
    string OrgUnitName,
    int Numerator,
    int? Denominator,
    IReadOnlyList<DrillThroughRecord> Records);

/// <summary>
/// "Which 6 cases stepped up?": the records that make up a value's numerator and denominator, from the
/// same query the value was computed with, so the list and the number cannot disagree.
/// </summary>
public sealed class MeasureExplainer(WarehouseContextFactory contexts, MeasureOptions options)
{
    public async Task<DrillThrough> ExplainAsync(string measureCode, string periodLabel, string? orgUnitId = null, CancellationToken ct = default)
    {
        var measure = MeasureCatalogue.Find(measureCode)
            ?? throw new ArgumentException($"Unknown measure '{measureCode}'. Measures: {string.Join(", ", MeasureCatalogue.All.Select(m => m.Code))}.");
        if (ReportingPeriod.TryParse(periodLabel, PeriodGrain.Month, out var month) && ReportingPeriod.TryParse(periodLabel, PeriodGrain.FinancialYear, out _) && !ReportingPeriod.TryParse(periodLabel, out _))
            throw new ArgumentException($"'{periodLabel}' is both a month ({month.Start:MMMM yyyy}) and a financial year: write {month.Start:yyyy}/{(month.Start.Year + 1) % 100:00} for the financial year.");
        if (!ReportingPeriod.TryParse(periodLabel, out var parsed))
            throw new ArgumentException($"'{periodLabel}' is not a period label: use 2024-11 (month), 2024-25 Q3 (quarter), 2024-25 (financial year) or 2024 (calendar year).");
        await using var db = contexts.Create();
        var periodKey = Period.KeyOf(parsed);
        if (!await db.Periods.AnyAsync(p => p.PeriodKey == periodKey, ct))
            throw new ArgumentException($"There is no data for {parsed.Label}: run `scorecard refresh` after loading, or choose a period the data covers.");
        var unit = await db.OrganisationUnits.Where(u => u.OrgUnitId == (orgUnitId ?? OrganisationUnit.AuthorityId)).FirstOrDefaultAsync(ct)
            ?? throw new ArgumentException($"Unknown organisation unit '{orgUnitId}'.");
        var authority = await db.OrganisationUnits.Where(u => u.OrgUnitId == OrganisationUnit.AuthorityId).Select(u => u.OrgUnitKey).FirstAsync(ct);

        // The period is the scope: records dated before it are skipped first, and only its days are read from the calendar.
        var query = new MeasureQueryContext(db, db.Periods.Where(p => p.PeriodKey == periodKey), options, parsed.Start, parsed.End);
        var records = await (
            from m in measure.Members(query)
            join a in db.OrganisationUnitAncestors on m.OrgUnitKey ?? authority equals a.OrgUnitKey
            where a.AncestorOrgUnitKey == unit.OrgUnitKey && (m.InNumerator || m.InDenominator)
            join p in db.People on m.PersonKey equals (int?)p.PersonKey into people
            from p in people.DefaultIfEmpty()
            join t in db.OrganisationUnits on m.OrgUnitKey equals (int?)t.OrgUnitKey into teams
            from t in teams.DefaultIfEmpty()
            orderby m.EventDate, m.RecordId
            select new DrillThroughRecord(m.RecordKind, m.RecordId, p == null ? null : p.PersonId, t == null ? null : t.Name, m.EventDate, m.InNumerator, m.InDenominator, m.UnitId))
            .ToListAsync(ct);

        var numerator = records.Where(r => r.InNumerator).Select(r => r.UnitId).Distinct().Count();
        int? denominator = measure.Denominator is null ? null : records.Where(r => r.InDenominator).Select(r => r.UnitId).Distinct().Count();
        return new DrillThrough(measure, parsed.Label, unit.Name, numerator, denominator, records);
    }
}
