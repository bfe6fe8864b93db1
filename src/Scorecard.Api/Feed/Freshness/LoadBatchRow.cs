using System.ComponentModel;
using Scorecard.Warehouse;

namespace Scorecard.Api.Feed.Freshness;

[Description("One load of one extract: what was loaded when, how many rows were read, loaded and rejected.")]
public sealed class LoadBatchRow : IOpenRow
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
    [Description("Rows loaded with at least one optional field loaded as unknown (they are among the rows loaded; see LoadWarnings).")] public int RowsWithWarnings { get; set; }
    [Description("Records this load found deleted at source (missing from a full snapshot of their window), with the records that belonged to them: archived, counted nowhere.")] public int RowsDeleted { get; set; }
    [Description("The case-system shape and SSD release recognised, and why.")] public string? SourceShape { get; set; }
    [Description("SSD files in the extract that were not read (nothing from them is stored).")] public string? UnreadFiles { get; set; }
    [Description("Tables (files) in the extract.")] public int Tables { get; set; }
    [Description("What happened, in a sentence.")] public string? Message { get; set; }

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

internal static class FreshnessQueries
{
    public static IQueryable<LoadBatchRow> LoadBatches(WarehouseContext db) =>
        db.LoadBatches.Select(b => new LoadBatchRow
        {
            LoadBatchId = b.LoadBatchId, SourceKind = b.SourceKind, SourceName = b.SourceName, Status = b.Status.ToString(),
            StartedAtUtc = b.StartedAtUtc, FinishedAtUtc = b.FinishedAtUtc, RowsRead = b.RowsRead,
            RowsLoaded = b.RowsInserted + b.RowsUpdated + b.RowsUnchanged, RowsInserted = b.RowsInserted, RowsUpdated = b.RowsUpdated,
            RowsUnchanged = b.RowsUnchanged, RowsRejected = b.RowsRejected, RowsWithWarnings = b.RowsWithWarnings, RowsDeleted = b.RowsDeleted,
            SourceShape = b.SourceShape, UnreadFiles = b.UnreadFiles, Tables = db.LoadBatchTables.Count(t => t.LoadBatchId == b.LoadBatchId),
            Message = b.Message,
        });
}

[Description("Data quality: values that did not stop a row loading but were loaded as unknown (an unknown code, a placeholder such as -1 or SSD_PH, a placeholder date such as 1900-01-01, an over-long text), by load, file, column and value.")]
public sealed class LoadWarningRow : IOpenRow
{
    [Description("Key of this warning.")] public long LoadWarningId { get; set; }
    [Description("The load batch (see LoadBatches).")] public int LoadBatchId { get; set; }
    [Description("The file in the extract.")] public string FileName { get; set; } = "";
    [Description("The column; empty for what concerns a whole file (an empty optional file, deletions not applied).")] public string? ColumnName { get; set; }
    [Description("What was odd: unknown code, placeholder treated as empty, placeholder date treated as empty, too long, not a date...")] public string Kind { get; set; } = "";
    [Description("The mapping list a line in the mapping file would add the value to, when one would fix it.")] public string? CodeList { get; set; }
    [Description("The value as it may be shown (identifiers pseudonymised; dates of birth and long text withheld).")] public string? Value { get; set; }
    [Description("Rows with this value.")] public int Rows { get; set; }
    [Description("Line of the first such row in the file (the header is line 1); empty for a whole file.")] public int? FirstLine { get; set; }
    [Description("What happened, in a sentence.")] public string Message { get; set; } = "";

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

internal static class LoadWarningQueries
{
    public static IQueryable<LoadWarningRow> LoadWarnings(WarehouseContext db) =>
        db.LoadWarnings.Select(w => new LoadWarningRow
        {
            LoadWarningId = w.LoadWarningId, LoadBatchId = w.LoadBatchId, FileName = w.FileName, ColumnName = w.ColumnName, Kind = w.Kind,
            CodeList = w.CodeList, Value = w.Value, Rows = w.Rows, FirstLine = w.FirstLine, Message = w.Message,
        });
}
