using Scorecard.Warehouse;

namespace Scorecard.Api.Feed;

/// <summary>A unit with the names users filter by: its own, its parent's and its locality's.</summary>
public sealed class UnitName
{
    public int OrgUnitKey { get; init; }
    public string OrgUnitId { get; init; } = "";
    public string Name { get; init; } = "";
    public string Level { get; init; } = "";
    public int Depth { get; init; }
    public int? ParentOrgUnitKey { get; init; }
    public string? ParentName { get; init; }
    public string? Locality { get; init; }
}

internal static class OrgUnitNames
{
    /// <summary>
    /// Every unit with its locality: itself, its parent or its grandparent (a sub-team), whichever is a locality.
    /// Two self-joins on a table of a few dozen rows, so every fact set can join it without a recursive query.
    /// </summary>
    public static IQueryable<UnitName> Of(WarehouseContext db) =>
        from u in db.OrganisationUnits
        join p in db.OrganisationUnits on u.ParentOrgUnitKey equals (int?)p.OrgUnitKey into parents
        from p in parents.DefaultIfEmpty()
        join g in db.OrganisationUnits on p.ParentOrgUnitKey equals (int?)g.OrgUnitKey into grandparents
        from g in grandparents.DefaultIfEmpty()
        select new UnitName
        {
            OrgUnitKey = u.OrgUnitKey,
            OrgUnitId = u.OrgUnitId,
            Name = u.Name,
            Level = u.Level,
            Depth = u.Depth,
            ParentOrgUnitKey = u.ParentOrgUnitKey,
            ParentName = p == null ? null : p.Name,
            Locality = u.Level == "Locality" ? u.Name
                : p != null && p.Level == "Locality" ? p.Name
                : g != null && g.Level == "Locality" ? g.Name
                : null,
        };
}
