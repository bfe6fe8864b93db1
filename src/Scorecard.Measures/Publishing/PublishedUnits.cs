using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Measures.Publishing;

/// <summary>
/// Organisation units as every output names them. The locality rule lives here and only here: a unit's locality
/// is the nearest unit at or above it whose level is Locality (a locality is its own; a team's is its parent, or a
/// grandparent when it is a sub-team; the authority has none).
/// </summary>
public static class PublishedUnits
{
    public static List<PublishedOrgUnit> Build(IReadOnlyCollection<OrganisationUnit> units)
    {
        var byKey = units.ToDictionary(u => u.OrgUnitKey);
        var children = units.Where(u => u.ParentOrgUnitKey is { } p && byKey.ContainsKey(p))
            .ToLookup(u => u.ParentOrgUnitKey!.Value);

        OrganisationUnit? LocalityOf(OrganisationUnit unit)
        {
            var seen = new HashSet<int>();
            for (OrganisationUnit? u = unit; u is not null && seen.Add(u.OrgUnitKey); u = u.ParentOrgUnitKey is { } p ? byKey.GetValueOrDefault(p) : null)
                if (u.Level == OrgUnitLevel.Locality) return u;
            return null;
        }

        // Listed depth first from the root: the authority, then each locality followed by its teams, by name.
        var order = new Dictionary<int, int>();
        void Visit(OrganisationUnit u)
        {
            if (!order.TryAdd(u.OrgUnitKey, order.Count + 1)) return;
            foreach (var c in children[u.OrgUnitKey].OrderBy(c => c.Level).ThenBy(c => c.Name, StringComparer.Ordinal)) Visit(c);
        }
        foreach (var root in units.Where(u => u.ParentOrgUnitKey is null || !byKey.ContainsKey(u.ParentOrgUnitKey.Value))
                     .OrderBy(u => u.Level).ThenBy(u => u.Name, StringComparer.Ordinal))
            Visit(root);
        // A unit caught in a loop of parents is still listed, last.
        foreach (var u in units.OrderBy(u => u.Name, StringComparer.Ordinal)) Visit(u);

        return units.Select(u =>
        {
            var parent = u.ParentOrgUnitKey is { } p ? byKey.GetValueOrDefault(p) : null;
            var locality = LocalityOf(u);
            return new PublishedOrgUnit
            {
                OrgUnitKey = u.OrgUnitKey, OrgUnitId = u.OrgUnitId, Name = u.Name, Level = u.Level, Depth = u.Depth,
                ParentOrgUnitKey = parent?.OrgUnitKey, ParentName = parent?.Name,
                LocalityOrgUnitKey = locality?.OrgUnitKey, Locality = locality?.Name, SortOrder = order[u.OrgUnitKey],
            };
        }).OrderBy(u => u.SortOrder).ToList();
    }

    /// <summary>True when the published units say the same as <paramref name="other"/> (a changed hierarchy means republishing every period).</summary>
    public static bool Same(IEnumerable<PublishedOrgUnit> units, IEnumerable<PublishedOrgUnit> other) =>
        units.Select(Fields).SequenceEqual(other.Select(Fields));

    private static object Fields(PublishedOrgUnit u) =>
        (u.OrgUnitKey, u.OrgUnitId, u.Name, u.Level, u.Depth, u.ParentOrgUnitKey, u.ParentName, u.LocalityOrgUnitKey, u.Locality, u.SortOrder);
}
