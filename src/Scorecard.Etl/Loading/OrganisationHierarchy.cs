using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Etl.Loading;

/// <summary>
/// After ssd_department is merged: attach each team to its parent (creating parents that have no row
/// of their own), hang parentless units under the authority, derive levels, and rebuild the closure
/// table measures roll up through. Organisation units number in the hundreds, so this works in memory.
/// </summary>
internal sealed class OrganisationHierarchy(
    WarehouseContext db, DbConnection connection, DbTransaction transaction, SqlDialect dialect,
    string? stagingTable, int batchId, string authorityName)
{
    public const OrgUnitLevel AuthorityLevel = OrgUnitLevel.Authority;
    public const OrgUnitLevel LocalityLevel = OrgUnitLevel.Locality;
    public const OrgUnitLevel TeamLevel = OrgUnitLevel.Team;

    /// <summary>Rebuilds the hierarchy; true when a unit was added or moved (the closure table is rewritten either way).</summary>
    public async Task<bool> RebuildAsync(CancellationToken ct)
    {
        var changed = false;
        var staged = new List<(string Id, string? ParentId, string? ParentName)>();
        if (stagingTable is not null)
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = transaction;
            cmd.CommandText = $"SELECT {dialect.Quote("dept_team_id")}, {dialect.Quote("dept_team_parent_id")}, {dialect.Quote("dept_team_parent_name")} FROM {stagingTable} WHERE rejected = 0";
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                staged.Add((r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)));
        }

        var units = await db.OrganisationUnits.ToDictionaryAsync(u => u.OrgUnitId, StringComparer.Ordinal, ct);
        if (!units.TryGetValue(ExtractLoader.AuthorityId, out var root))
        {
            root = new OrganisationUnit { OrgUnitId = ExtractLoader.AuthorityId, Name = authorityName, Level = AuthorityLevel, LineageBatchId = batchId };
            db.OrganisationUnits.Add(root);
            changed = true;
            units[root.OrgUnitId] = root;
        }
        foreach (var (_, parentId, parentName) in staged)
        {
            if (parentId is null || units.ContainsKey(parentId)) continue;
            var parent = new OrganisationUnit { OrgUnitId = parentId, Name = parentName ?? parentId, Level = LocalityLevel, LineageBatchId = batchId };
            db.OrganisationUnits.Add(parent);
            units[parentId] = parent;
            changed = true;
        }
        await db.SaveChangesAsync(ct);

        var parentOf = new Dictionary<string, string?>();
        foreach (var u in units.Values) parentOf[u.OrgUnitId] = units.Values.FirstOrDefault(p => p.OrgUnitKey == u.ParentOrgUnitKey)?.OrgUnitId;
        foreach (var (id, parentId, _) in staged) parentOf[id] = parentId ?? ExtractLoader.AuthorityId;
        foreach (var u in units.Values)
        {
            if (u == root) continue;
            var p = parentOf.GetValueOrDefault(u.OrgUnitId) ?? ExtractLoader.AuthorityId;
            // A unit that is (through others) its own parent would loop forever: hang it under the authority.
            if (Ancestry(u.OrgUnitId, parentOf).Contains(u.OrgUnitId)) p = ExtractLoader.AuthorityId;
            parentOf[u.OrgUnitId] = p;
        }
        foreach (var u in units.Values)
        {
            var p = u == root ? null : units[parentOf[u.OrgUnitId]!];
            if (u.ParentOrgUnitKey != p?.OrgUnitKey) { u.ParentOrgUnitKey = p?.OrgUnitKey; u.LineageBatchId = batchId; changed = true; }
        }
        var hasChildren = parentOf.Values.Where(v => v is not null).ToHashSet();
        foreach (var u in units.Values)
        {
            var depth = u == root ? 0 : Ancestry(u.OrgUnitId, parentOf).Count;
            var level = u == root ? AuthorityLevel : hasChildren.Contains(u.OrgUnitId) ? LocalityLevel : TeamLevel;
            if (u.Depth != depth || u.Level != level) { u.Depth = depth; u.Level = level; changed = true; }
        }
        await db.SaveChangesAsync(ct);

        await db.OrganisationUnitAncestors.ExecuteDeleteAsync(ct);
        foreach (var u in units.Values)
        {
            db.OrganisationUnitAncestors.Add(new OrganisationUnitAncestor { OrgUnitKey = u.OrgUnitKey, AncestorOrgUnitKey = u.OrgUnitKey, Distance = 0 });
            var distance = 0;
            foreach (var a in Ancestry(u.OrgUnitId, parentOf))
                db.OrganisationUnitAncestors.Add(new OrganisationUnitAncestor { OrgUnitKey = u.OrgUnitKey, AncestorOrgUnitKey = units[a].OrgUnitKey, Distance = ++distance });
        }
        await db.SaveChangesAsync(ct);
        // Let go of what this step tracked, but not the load's own batch row.
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.Entity is OrganisationUnit or OrganisationUnitAncestor).ToList())
            entry.State = EntityState.Detached;
        return changed;
    }

    /// <summary>Parent, grandparent... up to the root, stopping at a repeat.</summary>
    private static List<string> Ancestry(string id, Dictionary<string, string?> parentOf)
    {
        var chain = new List<string>();
        var seen = new HashSet<string> { id };
        var current = parentOf.GetValueOrDefault(id);
        while (current is not null)
        {
            chain.Add(current);
            if (!seen.Add(current)) break;
            current = parentOf.GetValueOrDefault(current);
        }
        return chain;
    }
}
