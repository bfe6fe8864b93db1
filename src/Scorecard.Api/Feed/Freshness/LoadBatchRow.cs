using System.ComponentModel;
using Scorecard.Warehouse;

namespace Scorecard.Api.Feed.Freshness;

[Description("One load of one extract: what was loaded when, how many rows were read, loaded and rejected.")]
public sealed class LoadBatchRow
{
    [Description("Batch number; every fact row points at the batch that last wrote it.")] public int LoadBatchId { get; set; }
    [Description("SSD extract, Annex A or CIN census.")] public string SourceKind { get; set; } = "";
    [Description("The extract's file or folder name.")] public string SourceName { get; set; } = "";
    [Description("Running, Succeeded or Failed. A load that would change nothing leaves no batch.")] public string Status { get; set; } = "";
    [Description("When the load started (UTC).")] public DateTime StartedAtUtc { get; set; }
    [Description("When the load finished (UTC).")] public DateTime? FinishedAtUtc { get; set; }
    [Description("Data rows read from the files.")] public int RowsRead { get; set; }
    [Description("Rows loaded: inserted + updated + unchanged.")] public int RowsLoaded { get; set; }
    [Description("Rows new to the warehouse.")] public int RowsInserted { get; set; }
    [Description("Rows that changed a record already there.")] public int RowsUpdated { get; set; }
    [Description("Rows identical to what was there.")] public int RowsUnchanged { get; set; }
    [Description("Rows rejected, each with a reason (ask an administrator for the reject report).")] public int RowsRejected { get; set; }
    [Description("Records this load found deleted at source (missing from a full snapshot of their window), with the records that belonged to them: archived, counted nowhere.")] public int RowsDeleted { get; set; }
    [Description("Tables (files) in the extract.")] public int Tables { get; set; }
    [Description("What happened, in a sentence.")] public string? Message { get; set; }
}

internal static class FreshnessQueries
{
    public static IQueryable<LoadBatchRow> LoadBatches(WarehouseContext db) =>
        db.LoadBatches.Select(b => new LoadBatchRow
        {
            LoadBatchId = b.LoadBatchId, SourceKind = b.SourceKind, SourceName = b.SourceName, Status = b.Status.ToString(),
            StartedAtUtc = b.StartedAtUtc, FinishedAtUtc = b.FinishedAtUtc, RowsRead = b.RowsRead,
            RowsLoaded = b.RowsInserted + b.RowsUpdated + b.RowsUnchanged, RowsInserted = b.RowsInserted, RowsUpdated = b.RowsUpdated,
            RowsUnchanged = b.RowsUnchanged, RowsRejected = b.RowsRejected, RowsDeleted = b.RowsDeleted, Tables = db.LoadBatchTables.Count(t => t.LoadBatchId == b.LoadBatchId),
            Message = b.Message,
        });
}
