namespace Scorecard.Warehouse.Integration;

public static class LoadStatus
{
    public const string Running = "Running";
    public const string Succeeded = "Succeeded";
    public const string Failed = "Failed";
    /// <summary>The same extract (same hash) was loaded before: nothing to do.</summary>
    public const string Skipped = "Skipped";
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
    public string Status { get; set; } = LoadStatus.Running;
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    public int RowsRead { get; set; }
    public int RowsInserted { get; set; }
    public int RowsUpdated { get; set; }
    public int RowsUnchanged { get; set; }
    public int RowsRejected { get; set; }
    /// <summary>Rows loaded with at least one optional field treated as unknown (they are among the loaded rows).</summary>
    public int RowsWithWarnings { get; set; }
    /// <summary>Rows loaded = inserted + updated + unchanged; read = loaded + rejected.</summary>
    public int RowsLoaded => RowsInserted + RowsUpdated + RowsUnchanged;
    public string? Message { get; set; }
    /// <summary>The SSD release the extract's column names belong to ("1.4.x", "1.2.x"), when they say.</summary>
    public string? SourceRelease { get; set; }
    /// <summary>The case-system shape recognised (SystemC, Eclipse, Mosaic, Scorecard), and why.</summary>
    public string? SourceShape { get; set; }
    /// <summary>SSD files in the extract that Scorecard does not read (addresses, disabilities...), named so nobody wonders.</summary>
    public string? UnreadFiles { get; set; }
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
    public int RowsWithWarnings { get; set; }
    /// <summary>Columns in the file that the contract does not know, reported once per file.</summary>
    public string? IgnoredColumns { get; set; }
    /// <summary>Columns read under an older SSD name ("clae_cla_episode_ceased as clae_cla_episode_ceased_date").</summary>
    public string? RenamedColumns { get; set; }
    /// <summary>
    /// Properties this file's form cannot say anything about (a SystemC contact outcome has no early help flag):
    /// measures that need them are "not available from this source" for the periods these rows fall in.
    /// </summary>
    public string? NotExpressed { get; set; }
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

/// <summary>
/// Values that were odd but did not stop a row loading (an unknown code, a placeholder, a sentinel date, an
/// over-long text in an optional column): the field was loaded as unknown. One row per file, column, kind and value.
/// </summary>
public class LoadWarning
{
    public long LoadWarningId { get; set; }
    public int LoadBatchId { get; set; }
    public string FileName { get; set; } = "";
    public string ColumnName { get; set; } = "";
    /// <summary>What was odd: "unknown code", "placeholder", "placeholder date", "too long", "not a date"...</summary>
    public string Kind { get; set; } = "";
    /// <summary>The mapping list the value belongs to, when a mapping file line would fix it.</summary>
    public string? CodeList { get; set; }
    /// <summary>The value as it may be shown: identifiers pseudonymised, dates of birth and long text withheld.</summary>
    public string? Value { get; set; }
    public int Rows { get; set; }
    /// <summary>Physical line of the first row it was seen on (the header is line 1).</summary>
    public int FirstLine { get; set; }
    public string Message { get; set; } = "";
}
