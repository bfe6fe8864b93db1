using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// "Not available from this source": the one rule every source uses, applied at refresh. A measure is not available
/// for a period when a table it needs was never loaded (every period), or when records dated in the period came from a
/// load whose form could not record a property the measure needs (the load lists those per table, in
/// <see cref="LoadBatchTable.NotExpressed"/>). The snapshot then holds a row per organisation unit saying so, with the
/// reason, instead of a value: outputs show "not available", never 0.
/// </summary>
public static class Availability
{
    public const string NotAvailableText = "not available";

    /// <summary>Per measure, the periods in <paramref name="periods"/> it is not available for, with the reason.</summary>
    public static async Task<Dictionary<string, Dictionary<int, string>>> GapsAsync(
        WarehouseContext db, IQueryable<Period> periods, IEnumerable<MeasureDefinition> measures, CancellationToken ct)
    {
        var gaps = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        var needing = measures.Where(m => m.NeedsFields.Count > 0).ToList();
        if (needing.Count == 0) return gaps;
        var lacking = await (from t in db.LoadBatchTables
                             join b in db.LoadBatches on t.LoadBatchId equals b.LoadBatchId
                             where b.Status == LoadStatus.Succeeded && t.NotExpressed != null
                             select new { t.LoadBatchId, t.TableName, t.NotExpressed, b.SourceShape }).ToListAsync(ct);
        if (lacking.Count == 0) return gaps;
        foreach (var measure in needing)
        {
            foreach (var field in measure.NeedsFields)
            {
                var sources = lacking.Where(x => x.TableName == field.Table && x.NotExpressed!.Split(", ").Contains(field.Property)).ToList();
                if (sources.Count == 0) continue;
                var batches = sources.Select(x => x.LoadBatchId).ToList();
                var dates = RecordDates(db, field.Table, batches);
                var keys = await periods.Where(p => dates.Any(d => d >= p.StartDate && d <= p.EndDate)).Select(p => p.PeriodKey).ToListAsync(ct);
                if (keys.Count == 0) continue;
                var shapes = sources.Select(x => ShapeName(x.SourceShape)).Where(x => x is not null).Distinct().ToList();
                var reason = $"Not available from this source: {field.Table} as loaded ({(shapes.Count > 0 ? string.Join(", ", shapes) + ", " : "")}batch {string.Join(", ", batches)}) " +
                             $"does not record {field.Words}, and this period has records from it.";
                if (!gaps.TryGetValue(measure.Code, out var periodsOf)) gaps[measure.Code] = periodsOf = [];
                foreach (var k in keys) periodsOf.TryAdd(k, reason);
            }
        }
        return gaps;
    }

    /// <summary>A snapshot row that says "not available" for one measure, period and organisation unit.</summary>
    public static MeasureValue NotAvailable(string measure, int period, int orgUnit, string reason, DateTime refreshedAt, int batch) => new()
    {
        MeasureCode = measure, PeriodKey = period, OrgUnitKey = orgUnit, BreakdownKind = "All", BreakdownValue = "All",
        Numerator = 0, Denominator = null, Value = null, IsAvailable = false, NotAvailableReason = reason.Length <= 1000 ? reason : reason[..999] + "…",
        RefreshedAtUtc = refreshedAt, LineageBatchId = batch,
    };

    /// <summary>The dates that place a table's records in periods, for the records a set of loads wrote.</summary>
    private static IQueryable<DateOnly> RecordDates(WarehouseContext db, string table, List<int> batches) => table switch
    {
        "ssd_contacts" => db.Contacts.Where(k => batches.Contains(k.LineageBatchId)).Select(k => k.ContactDate),
        "ssd_cin_episodes" => db.SocialCareReferrals.Where(r => batches.Contains(r.LineageBatchId)).Select(r => r.ReferralDate),
        "ssd_early_help_episodes" => db.EarlyHelpEpisodes.Where(e => batches.Contains(e.LineageBatchId)).Select(e => e.StartDate),
        _ => throw new NotSupportedException($"No record dates are known for {table}: add them here before a measure needs a field of it."),
    };

    /// <summary>"SystemC (Liquidlogic)" from the batch's description "SystemC (Liquidlogic): why...; SSD release ...".</summary>
    private static string? ShapeName(string? described)
    {
        if (string.IsNullOrEmpty(described) || described.StartsWith("case system not recognised", StringComparison.Ordinal)) return null;
        var cut = described.IndexOf(": ", StringComparison.Ordinal);
        return cut < 0 ? described : described[..cut];
    }
}
