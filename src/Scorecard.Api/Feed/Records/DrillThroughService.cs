using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Api.Feed.Records;

/// <summary>
/// The records behind one MeasureValue, from <see cref="MeasureExplainer"/> (the query the value was computed
/// with, so list and number agree), narrowed to the value's breakdown the way the refresh assigns breakdowns.
/// </summary>
public sealed class DrillThroughService(WarehouseContextFactory contexts, MeasureOptions measureOptions, WarehouseContext db, IOptions<FeedLimits> limits)
{
    public sealed record Problem(int Status, string Message);

    public sealed record Result(IReadOnlyList<DrillThroughRecordRow> Records, Problem? Error);

    public async Task<Result> ForValueAsync(long measureValueKey, CancellationToken ct)
    {
        // Keys are the published cells' (the same for every audience); drill-through is for analysts, who read the internal table.
        var value = await db.InternalMeasureValues.Where(v => v.PublishedValueKey == measureValueKey)
            .Select(v => new { v.MeasureCode, Label = v.PeriodLabel, v.OrgUnitId, v.BreakdownKind, v.BreakdownValue }).FirstOrDefaultAsync(ct);
        if (value is null) return new([], new Problem(404, $"There is no MeasureValue with key {measureValueKey}."));
        if (value.BreakdownKind.StartsWith(MeasureAggregator.AuditGradePrefix, StringComparison.Ordinal))
            return new([], new Problem(400, "Drill-through of an audit grade breakdown is not offered: filter CaseAudits by SectionCode and FinalGrade instead."));

        var explained = await new MeasureExplainer(contexts, measureOptions).ExplainAsync(value.MeasureCode, value.Label, value.OrgUnitId, ct);
        IEnumerable<DrillThroughRecord> records = explained.Records;
        if (value.BreakdownKind != MeasureAggregator.All)
        {
            var people = explained.Records.Where(r => r.PersonId != null).Select(r => r.PersonId!).Distinct().ToList();
            var attributes = new Dictionary<string, (string Sex, string Ethnicity, DateOnly? MonthOfBirth)>();
            // In chunks: a provider caps the parameters of one IN list.
            foreach (var chunk in people.Chunk(500))
                foreach (var p in await db.People.Where(p => chunk.Contains(p.PersonId)).Select(p => new { p.PersonId, p.Sex, p.EthnicityGroup, p.MonthOfBirth }).ToListAsync(ct))
                    attributes[p.PersonId] = (p.Sex, p.EthnicityGroup, p.MonthOfBirth);
            records = records.Where(r => r.PersonId is { } id && attributes.TryGetValue(id, out var a) && BreakdownOf(value.BreakdownKind, a, r.EventDate) == value.BreakdownValue);
        }
        var rows = CountedUnits(records).Take(limits.Value.MaxDrillThroughRecords + 1).ToList();
        return rows.Count > limits.Value.MaxDrillThroughRecords
            ? new([], new Problem(400, $"More than {limits.Value.MaxDrillThroughRecords:N0} records are behind this value: drill through a team or a shorter period, or read the record-level set with a $filter."))
            : new(rows, null);
    }

    /// <summary>
    /// One record per unit the value counts, so the records marked in the numerator number the numerator and those in
    /// the denominator the denominator. A measure of distinct organisations (PT01, PT02) has many episodes or
    /// assessments per organisation: it lists each organisation once, at its first record in the period, in the
    /// numerator if any of its records is. Where every record is its own unit (most measures) nothing changes.
    /// </summary>
    private static IEnumerable<DrillThroughRecordRow> CountedUnits(IEnumerable<DrillThroughRecord> records) =>
        records.GroupBy(r => (r.RecordKind, r.UnitId)).Select(unit =>
        {
            var first = unit.First();
            return new DrillThroughRecordRow
            {
                RecordKind = first.RecordKind, RecordId = first.RecordId, PersonId = first.PersonId, Team = first.Team, EventDate = first.EventDate,
                InNumerator = unit.Any(r => r.InNumerator), InDenominator = unit.Any(r => r.InDenominator),
            };
        });

    /// <summary>The breakdown value the refresh gives a record (MeasureAggregator.ByBreakdown, in memory).</summary>
    private static string BreakdownOf(string kind, (string Sex, string Ethnicity, DateOnly? MonthOfBirth) person, DateOnly eventDate)
    {
        switch (kind)
        {
            case MeasureAggregator.Sex: return person.Sex;
            case MeasureAggregator.EthnicityGroup: return person.Ethnicity;
            case MeasureAggregator.AgeBand:
                if (person.MonthOfBirth is not { } born) return "Unknown";
                var age = (eventDate.Year * 12 + eventDate.Month - born.Year * 12 - born.Month) / 12;
                return age < 0 ? "Unknown" : age < 5 ? "0-4" : age < 10 ? "5-9" : age < 16 ? "10-15" : age < 18 ? "16-17" : "18+";
            default: return "";
        }
    }
}
