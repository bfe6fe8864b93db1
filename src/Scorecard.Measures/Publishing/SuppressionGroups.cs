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
        var byMeasureKindValue = cells.Keys.GroupBy(k => (k.Code, k.Kind, k.Value));

        // Children beside their parent, for each measure, breakdown kind and value.
        foreach (var slice in byMeasureKindValue)
        {
            var present = slice.Select(k => k.OrgUnitKey).ToHashSet();
            foreach (var parent in units.Select(u => u.OrgUnitKey).Where(present.Contains))
            {
                var parts = children[parent].Where(present.Contains).Select(c => cells[(slice.Key.Code, c, slice.Key.Kind, slice.Key.Value)]).ToList();
                if (parts.Count > 0) groups.Add(new SuppressionGroup(cells[(slice.Key.Code, parent, slice.Key.Kind, slice.Key.Value)], parts));
            }
        }

        // A unit's breakdown values beside its total (QA02's grades of every section beside the audits graded).
        foreach (var row in cells.Keys.Where(k => k.Kind != MeasureAggregator.All).GroupBy(k => (k.Code, k.OrgUnitKey, k.Kind)))
        {
            if (!cells.TryGetValue((row.Key.Code, row.Key.OrgUnitKey, MeasureAggregator.All, MeasureAggregator.All), out var total)) continue;
            groups.Add(new SuppressionGroup(total, row.Select(k => cells[k]).ToList()));
        }

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
