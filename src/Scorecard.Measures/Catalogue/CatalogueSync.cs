using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Catalogue;

/// <summary>Writes the catalogue to the Measure dimension, with each measure's availability from what has been loaded.</summary>
public static class CatalogueSync
{
    /// <summary>The codes of the measures whose tables were never loaded; whether any measure's row changed (its words, unit or availability).</summary>
    public sealed record Result(HashSet<string> Unavailable, bool Changed);

    /// <summary>Unavailable measures' snapshot values are removed.</summary>
    public static async Task<Result> SyncAsync(WarehouseContext db, MeasureOptions options, CancellationToken ct)
    {
        var loaded = (await (from t in db.LoadBatchTables
                             join b in db.LoadBatches on t.LoadBatchId equals b.LoadBatchId
                             where b.Status == LoadStatus.Succeeded && t.RowsRead > 0
                             select t.TableName).Distinct().ToListAsync(ct)).ToHashSet();
        var existing = await db.Measures.AsTracking().ToDictionaryAsync(m => m.MeasureCode, ct);
        var unavailable = new HashSet<string>();
        var order = 0;
        foreach (var m in MeasureCatalogue.All)
        {
            if (!existing.TryGetValue(m.Code, out var row))
            {
                row = new Measure { MeasureCode = m.Code };
                db.Measures.Add(row);
            }
            var missing = m.RequiredTables.Where(t => !loaded.Contains(t)).ToList();
            if (missing.Count > 0) unavailable.Add(m.Code);
            row.Name = m.Name;
            row.Description = m.Description;
            row.NumeratorDefinition = m.Numerator;
            row.DenominatorDefinition = m.Denominator;
            row.Unit = m.Unit;
            row.Polarity = m.Polarity;
            row.CountingUnit = m.CountingUnit;
            row.Breakdowns = m.Breakdowns.ToString();
            row.Source = m.Source;
            row.RequiredTables = string.Join(", ", m.RequiredTables);
            row.IsAvailable = missing.Count == 0;
            row.SettlesAfterDays = m.SettlesAfterDays(options);
            row.AvailabilityNote = missing.Count == 0 ? null : $"Not available: needs {string.Join(", ", missing)}, which has not been loaded.";
            row.SortOrder = ++order;
        }
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.HasChanges();
        await db.SaveChangesAsync(ct);
        // A measure that became unavailable keeps no stale values.
        if (unavailable.Count > 0) await db.MeasureValues.Where(v => unavailable.Contains(v.MeasureCode)).ExecuteDeleteAsync(ct);
        return new Result(unavailable, changed);
    }
}
