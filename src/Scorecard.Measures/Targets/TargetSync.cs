using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Targets;

/// <summary>The targets of the targets file, as the Target dimension holds them, and which one a unit is judged against.</summary>
public sealed class TargetBook(IReadOnlyDictionary<(string Measure, int Year, int? Unit), Target> targets, int authorityKey)
{
    /// <summary>
    /// A unit's own target; else the one for every unit, except that a year-to-date count is judged only against
    /// a unit's own target (the authority's year target says nothing about one locality's share of it).
    /// </summary>
    public Target? For(MeasureDefinition measure, int financialYearStart, int orgUnitKey)
    {
        if (targets.TryGetValue((measure.Code, financialYearStart, orgUnitKey), out var own)) return own;
        if (measure.CumulativeInYear && orgUnitKey != authorityKey) return null;
        return targets.GetValueOrDefault((measure.Code, financialYearStart, null));
    }
}

public static class TargetSync
{
    /// <summary>Makes the Target dimension hold the file's targets.</summary>
    public static async Task<TargetBook> SyncAsync(WarehouseContext db, TargetFile file, int authorityKey, CancellationToken ct)
    {
        var units = await db.OrganisationUnits.ToDictionaryAsync(u => u.OrgUnitId, u => u.OrgUnitKey, ct);
        var rows = new Dictionary<(string, int, int?), Target>();
        foreach (var t in file.Targets)
        {
            int? unit = null;
            if (t.OrgUnit is not null && t.OrgUnit != OrganisationUnit.AuthorityId)
            {
                // A target for a unit this council does not have is ignored rather than failing the refresh.
                if (!units.TryGetValue(t.OrgUnit, out var k)) continue;
                unit = k;
            }
            var code = MeasureCatalogue.Find(t.Measure)!.Code;
            rows[(code, TargetFile.FinancialYearStartOf(t), unit)] = new Target
            {
                MeasureCode = code, FinancialYearStart = TargetFile.FinancialYearStartOf(t), OrgUnitKey = unit, Value = t.Value, Tolerance = t.Tolerance,
            };
        }
        // Written only when they differ from those stored: an unchanged file leaves the dimension as it is, and a refresh
        // that changes no reference row commits its first transaction without writing a page.
        var stored = await db.Targets.AsNoTracking().ToListAsync(ct);
        var same = stored.Count == rows.Count && stored.All(t => rows.TryGetValue((t.MeasureCode, t.FinancialYearStart, t.OrgUnitKey), out var r)
            && r.Value.Equals(t.Value) && Nullable.Equals(r.Tolerance, t.Tolerance));
        if (!same)
        {
            await db.Targets.ExecuteDeleteAsync(ct);
            db.Targets.AddRange(rows.Values);
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
        }
        return new TargetBook(rows, authorityKey);
    }
}
