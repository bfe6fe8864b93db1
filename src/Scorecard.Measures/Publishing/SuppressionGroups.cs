using Scorecard.Measures.Calculation;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Measures.Publishing;

/// <summary>
/// The groups a reader can add up, for one period's cells of one measure (or of QA01 and QA02 together): every
/// unit's children beside it (localities beside the authority, teams beside their locality), in every breakdown
/// value; every unit's breakdown values beside its total; QA02's grades beside the audits graded; and QA01's good or
/// better beside QA02's grades 1 and 2. Sums are taken to be exact, the way a reader would take them (distinct
/// counts make some of them inexact, which only hides more). Groups come from the top of the hierarchy down, so a
/// withheld locality takes a sister locality with it before its teams are looked at.
/// </summary>
public static class SuppressionGroups
{
    public const string GoodOrBetter = "QA01";
    public const string GradeDistribution = "QA02";

    public static List<SuppressionGroup> For(IReadOnlyDictionary<(string Code, int OrgUnitKey, string Kind, string Value), SuppressionCell> cells, IReadOnlyList<PublishedOrgUnit> units)
    {
        var groups = new List<SuppressionGroup>();
        var children = units.Where(u => u.ParentOrgUnitKey is not null).ToLookup(u => u.ParentOrgUnitKey!.Value, u => u.OrgUnitKey);
        var byUnit = new Dictionary<(string Code, string Kind, string Value), Dictionary<int, SuppressionCell>>();
        foreach (var (key, cell) in cells)
        {
            if (!byUnit.TryGetValue((key.Code, key.Kind, key.Value), out var slice)) byUnit[(key.Code, key.Kind, key.Value)] = slice = [];
            slice[key.OrgUnitKey] = cell;
        }

        // Children beside their parent, for each measure, breakdown kind and value.
        foreach (var slice in byUnit.Values)
            foreach (var parent in units)
            {
                if (!slice.TryGetValue(parent.OrgUnitKey, out var total)) continue;
                List<SuppressionCell>? parts = null;
                foreach (var child in children[parent.OrgUnitKey])
                    if (slice.TryGetValue(child, out var part)) (parts ??= []).Add(part);
                if (parts is not null) groups.Add(new SuppressionGroup(total, parts));
            }

        // A unit's breakdown values beside its total (QA02's grades of every section beside the audits graded).
        var breakdowns = new Dictionary<(string Code, int OrgUnitKey, string Kind), List<SuppressionCell>>();
        foreach (var (key, cell) in cells)
        {
            if (key.Kind == MeasureAggregator.All) continue;
            if (!breakdowns.TryGetValue((key.Code, key.OrgUnitKey, key.Kind), out var parts)) breakdowns[(key.Code, key.OrgUnitKey, key.Kind)] = parts = [];
            parts.Add(cell);
        }
        foreach (var (row, parts) in breakdowns)
            if (cells.TryGetValue((row.Code, row.OrgUnitKey, MeasureAggregator.All, MeasureAggregator.All), out var total))
                groups.Add(new SuppressionGroup(total, parts));

        // QA01's numerator is the audits whose overall grade is 1 or 2.
        foreach (var unit in cells.Keys.Where(k => k.Code == GoodOrBetter && k.Kind == MeasureAggregator.All).Select(k => k.OrgUnitKey))
        {
            var overall = MeasureAggregator.AuditGradePrefix + CodeLists.AuditSectionOverall;
            var grades = new[] { "1", "2" }.Select(g => cells.GetValueOrDefault((GradeDistribution, unit, overall, g))).OfType<SuppressionCell>().ToList();
            if (grades.Count > 0) groups.Add(new SuppressionGroup(cells[(GoodOrBetter, unit, MeasureAggregator.All, MeasureAggregator.All)], grades));
        }
        return groups;
    }
}
