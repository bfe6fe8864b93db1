using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Catalogue;

/// <summary>Writes the catalogue to the Measure dimension, with each measure's availability from what has been loaded.</summary>
public static class CatalogueSync
{
    /// <summary>
    /// The measures whose tables were never loaded, with why; whether any measure's row changed (its words, unit or
    /// availability); and whether a measure became available or stopped being (every period is then recomputed).
    /// </summary>
    public sealed record Result(IReadOnlyDictionary<string, string> Unavailable, bool Changed, bool AvailabilityChanged);

    /// <summary>Unavailable measures' computed values are removed; their "not available" rows are written by the refresh.</summary>
    public static async Task<Result> SyncAsync(WarehouseContext db, MeasureOptions options, CancellationToken ct)
    {
        var loaded = (await (from t in db.LoadBatchTables
                             join b in db.LoadBatches on t.LoadBatchId equals b.LoadBatchId
                             where b.Status == LoadStatus.Succeeded && t.RowsRead > 0
                             select t.TableName).Distinct().ToListAsync(ct)).ToHashSet();
        var existing = await db.Measures.AsTracking().ToDictionaryAsync(m => m.MeasureCode, ct);
        var unavailable = new Dictionary<string, string>(StringComparer.Ordinal);
        var availabilityChanged = false;
        var order = 0;
        foreach (var m in MeasureCatalogue.All)
        {
            if (!existing.TryGetValue(m.Code, out var row))
            {
                row = new Measure { MeasureCode = m.Code, IsAvailable = true };
                db.Measures.Add(row);
            }
            var missing = m.RequiredTables.Where(t => !loaded.Contains(t)).ToList();
            if (missing.Count > 0) unavailable[m.Code] = $"Not available from this source: needs {string.Join(", ", missing)}, which has not been loaded.";
            availabilityChanged |= row.IsAvailable != (missing.Count == 0);
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
            row.AvailabilityNote = unavailable.GetValueOrDefault(m.Code);
            row.SortOrder = ++order;
        }
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.HasChanges();
        await db.SaveChangesAsync(ct);
        // A measure that became unavailable keeps no stale values: its "not available" rows are written with the rest.
        var codes = unavailable.Keys.ToList();
        if (codes.Count > 0) await db.MeasureValues.Where(v => codes.Contains(v.MeasureCode) && v.IsAvailable).ExecuteDeleteAsync(ct);
        return new Result(unavailable, changed, availabilityChanged);
    }
}
