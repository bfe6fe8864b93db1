namespace Scorecard.Warehouse.Integration;

public enum LoadStatus
{
    Running,
    Succeeded,
    Failed,
    /// <summary>The same extract (same hash) was loaded before: nothing to do.</summary>
    Skipped,
}

/// <summary>One load of one extract. Every fact and dimension row points at the batch that last wrote it.</summary>
public class LoadBatch
{
    public int LoadBatchId { get; set; }
    /// <summary>"SSD extract", "Annex A", "CIN census".</summary>
    public string SourceKind { get; set; } = "";
    public string SourceName { get; set; } = "";
    /// <summary>SHA-256 over the extract's files (names and contents): the idempotency key.</summary>
    public string FileHash { get; set; } = "";
    public LoadStatus Status { get; set; } = LoadStatus.Running;
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public int RowsRead { get; set; }
    public int RowsInserted { get; set; }
    public int RowsUpdated { get; set; }
    public int RowsUnchanged { get; set; }
    public int RowsRejected { get; set; }
    /// <summary>Rows loaded = inserted + updated + unchanged; read = loaded + rejected.</summary>
    public int RowsLoaded => RowsInserted + RowsUpdated + RowsUnchanged;
    public string? Message { get; set; }
    public List<LoadBatchTable> Tables { get; set; } = [];
}

/// <summary>Counts for one source table within a load.</summary>
public class LoadBatchTable
{
    public int LoadBatchId { get; set; }
    public string TableName { get; set; } = "";
    public string? FileName { get; set; }
    public int RowsRead { get; set; }
    public int RowsInserted { get; set; }
    public int RowsUpdated { get; set; }
    public int RowsUnchanged { get; set; }
    public int RowsRejected { get; set; }
    /// <summary>Columns in the file that the contract does not know, reported once per file.</summary>
    public string? IgnoredColumns { get; set; }
    /// <summary>
    /// The earliest business date this load inserted or changed in the table (old or new value): measures for
    /// periods ending before it (less the longest backward window) cannot have changed.
    /// </summary>
    public DateOnly? EarliestAffectedDate { get; set; }
}

/// <summary>A row that was not loaded, and why.</summary>
public class Reject
{
    public long RejectId { get; set; }
    public int LoadBatchId { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>Physical line in the file (the header is line 1).</summary>
    public int LineNumber { get; set; }
    public string? ColumnName { get; set; }
    /// <summary>The offending value. Identifiers are shown pseudonymised and dates of birth withheld.</summary>
    public string? Value { get; set; }
    public string Reason { get; set; } = "";
}
