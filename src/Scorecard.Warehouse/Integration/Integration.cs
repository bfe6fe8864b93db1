namespace Scorecard.Warehouse.Integration;

public enum LoadStatus
{
    Running,
    Succeeded,
    Failed,
    /// <summary>Loading the extract would change nothing in the warehouse: nothing was kept, not even a batch.</summary>
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
    /// <summary>Rows loaded with at least one optional field treated as unknown (they are among the loaded rows).</summary>
    public int RowsWithWarnings { get; set; }
    /// <summary>Records this load found deleted at source (missing from a full snapshot), with the records that belonged to them.</summary>
    public int RowsDeleted { get; set; }
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
    /// <summary>The longest <see cref="ChangedProperties"/> stored: a longer list is stored as null (every property).</summary>
    public const int ChangedPropertiesLength = 4000;

    public int LoadBatchId { get; set; }
    public string TableName { get; set; } = "";
    public string? FileName { get; set; }
    public int RowsRead { get; set; }
    public int RowsInserted { get; set; }
    public int RowsUpdated { get; set; }
    public int RowsUnchanged { get; set; }
    public int RowsRejected { get; set; }
    public int RowsWithWarnings { get; set; }
    /// <summary>Records of this table missing from the file, a full snapshot of its window: moved to <see cref="DeletedRecord"/>.</summary>
    public int RowsDeleted { get; set; }
    /// <summary>Columns in the file that the contract does not know, reported once per file.</summary>
    public string? IgnoredColumns { get; set; }
    /// <summary>Optional contract columns the file lacked: their stored values were kept, not erased.</summary>
    public string? AbsentColumns { get; set; }
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
    /// <summary>
    /// When the load only changed values of rows already there (no row added or deleted, nothing created beside them,
    /// a file that can express every property): the properties it changed, as Entity.Property, comma-separated. Null
    /// when it cannot say so narrowly (and in loads recorded before this was kept): a refresh then takes every
    /// property of the table's records as changed.
    /// </summary>
    public string? ChangedProperties { get; set; }
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
/// Also what was odd about a whole file but cost no row (an empty optional file, deletions not applied).
/// </summary>
public class LoadWarning
{
    public long LoadWarningId { get; set; }
    public int LoadBatchId { get; set; }
    public string FileName { get; set; } = "";
    /// <summary>Empty for what concerns a whole file (an empty optional file, deletions not applied).</summary>
    public string? ColumnName { get; set; }
    /// <summary>What was odd: "unknown code", "placeholder", "placeholder date", "too long", "not a date"...</summary>
    public string Kind { get; set; } = "";
    /// <summary>The mapping list the value belongs to, when a mapping file line would fix it.</summary>
    public string? CodeList { get; set; }
    /// <summary>The value as it may be shown: identifiers pseudonymised, dates of birth and long text withheld.</summary>
    public string? Value { get; set; }
    public int Rows { get; set; }
    /// <summary>Physical line of the first row it was seen on (the header is line 1); empty for a whole file.</summary>
    public int? FirstLine { get; set; }
    public string Message { get; set; } = "";
}

/// <summary>
/// A record deleted at source: it was in the warehouse, inside its table's snapshot window, and a later full
/// snapshot from the same source no longer had it. The row leaves its fact table in the same transaction
/// (so no measure, feed set or pack can count it) and is kept here, whole, with the batch that deleted it.
/// A record that belonged to it (the scores of a deleted episode) is moved here with it.
/// </summary>
public class DeletedRecord
{
    public long DeletedRecordId { get; set; }
    /// <summary>The extract table the record came from (ssd_contacts...).</summary>
    public string TableName { get; set; } = "";
    /// <summary>Its natural key as stored (a pseudonym; "id|section" for case audits).</summary>
    public string RecordId { get; set; } = "";
    /// <summary>Its surrogate key in the fact table it left.</summary>
    public long RecordKey { get; set; }
    /// <summary>The date that placed it in the window (or its event date, for a record deleted with another).</summary>
    public DateOnly? EventDate { get; set; }
    /// <summary>Every column of the stored row, as JSON, as it was when deleted.</summary>
    public string Record { get; set; } = "";
    /// <summary>The batch that last wrote the row.</summary>
    public int LineageBatchId { get; set; }
    public int DeletedByBatchId { get; set; }
    public string Reason { get; set; } = "";
}

/// <summary>
/// A board pack the pack job wrote: which template and period, when, from which loads, where its files are
/// (relative to the configured packs folder, never a server path) and which roles may download it.
/// One pack per template and period: the job writes each once.
/// </summary>
public class PublishedPack
{
    public int PublishedPackId { get; set; }
    /// <summary>The template's name (childrens-trust-quarterly).</summary>
    public string TemplateName { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>The period the pack reports ("2026-27 Q2", "2026-09").</summary>
    public string PeriodLabel { get; set; } = "";
    public DateTime GeneratedAtUtc { get; set; }
    /// <summary>The last load the measures it shows had seen (the refresh's batch).</summary>
    public int? LoadBatchId { get; set; }
    /// <summary>The workbook, relative to the packs folder (template/period/name.xlsx).</summary>
    public string WorkbookFile { get; set; } = "";
    /// <summary>The chart PDF, relative to the packs folder.</summary>
    public string ChartsFile { get; set; } = "";
    /// <summary>Who may download it, as ",Board,Analyst,": a role is found with one LIKE on any provider.</summary>
    public string Roles { get; set; } = "";
}

/// <summary>
/// One run of a scheduled job (load-extracts, refresh-measures, build-packs), however it was started: by its
/// schedule, by an administrator, or by `scorecard jobs run` from a council's own scheduler. Kept in the
/// warehouse so the last runs and the health check read the same thing whichever process ran them.
/// </summary>
public class JobRun
{
    public int JobRunId { get; set; }
    public string Job { get; set; } = "";
    /// <summary>schedule, administrator, command line.</summary>
    public string Trigger { get; set; } = "";
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    /// <summary>Running, Succeeded or Failed.</summary>
    public string Status { get; set; } = "";
    /// <summary>Inbox items this run loaded (or found already in the warehouse): what the overdue check counts.</summary>
    public int ItemsLoaded { get; set; }
    public int ItemsFailed { get; set; }
    public string? Message { get; set; }
}
