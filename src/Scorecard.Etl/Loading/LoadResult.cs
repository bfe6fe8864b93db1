using System.Text;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Etl.Loading;

public sealed record TableLoadResult(
    string Table,
    string? FileName,
    int RowsRead,
    int RowsInserted,
    int RowsUpdated,
    int RowsUnchanged,
    int RowsRejected,
    IReadOnlyList<string> IgnoredColumns,
    DateOnly? EarliestAffectedDate = null)
{
    public int RowsLoaded => RowsInserted + RowsUpdated + RowsUnchanged;
    /// <summary>Loaded rows with at least one optional field loaded as unknown.</summary>
    public int RowsWithWarnings { get; init; }
    /// <summary>Columns read under an older SSD name.</summary>
    public IReadOnlyList<string> RenamedColumns { get; init; } = [];
    /// <summary>Properties this file's form could not say anything about.</summary>
    public IReadOnlyList<string> NotExpressed { get; init; } = [];
    /// <summary>This file's warnings: odd values loaded as unknown, and what was odd about the file as a whole.</summary>
    public IReadOnlyList<WarningSummary> Warnings { get; init; } = [];

    /// <summary>Records of this table missing from its full snapshot, moved out of the warehouse's facts (or, in a check, that would be).</summary>
    public int RowsDeleted { get; init; }

    /// <summary>Records of other tables that belonged to the deleted ones (the scores of a deleted episode), by table.</summary>
    public IReadOnlyDictionary<string, int> DependentsDeleted { get; init; } = new Dictionary<string, int>();

    /// <summary>
    /// When the load only changed values of rows already there: the properties it changed (Entity.Property). Null when
    /// it added or deleted rows, created others beside them, or read a file that cannot express every property: a
    /// refresh then takes every property of the table's records as changed.
    /// </summary>
    public IReadOnlyList<string>? ChangedProperties { get; init; }

    /// <summary>Optional contract columns the file lacked: their stored values were kept.</summary>
    public IReadOnlyList<string> AbsentColumns { get; init; } = [];

    /// <summary>Of the rows updated or unchanged, those whose record a load of another kind of source had written last (an overlap, not a re-load).</summary>
    public int RowsMatchedOtherSource { get; init; }

    /// <summary>Rows and references the load created besides the table's own (workers, families, lead organisations named by id).</summary>
    internal int OtherChanges { get; init; }
}

/// <summary>Rejects of one file and column, with one example: what a data-quality report lists.</summary>
public sealed record RejectSummary(string FileName, string? ColumnName, int Count, int FirstLine, string ExampleReason);

public sealed record LoadResult(
    int? BatchId,
    Warehouse.Integration.LoadStatus Status,
    string SourceName,
    string FileHash,
    string? Message,
    IReadOnlyList<TableLoadResult> Tables,
    IReadOnlyList<RejectSummary> Rejects,
    TimeSpan Elapsed)
{
    /// <summary>The SSD release and case-system shape recognised, and why (null when nothing was read).</summary>
    public string? Source { get; init; }
    public string? SourceRelease { get; init; }
    public string? SourceShape { get; init; }
    /// <summary>SSD files in the extract Scorecard does not read, and other files it ignored.</summary>
    public IReadOnlyList<string> UnreadFiles { get; init; } = [];
    public IReadOnlyList<string> OtherFiles { get; init; } = [];
    /// <summary>
    /// What was odd but cost no row, file by file: odd values loaded as unknown (by column, kind and value), empty
    /// optional files, deletions not applied, a check run without a warehouse.
    /// </summary>
    public IReadOnlyList<WarningSummary> Warnings { get; init; } = [];
    /// <summary>Values no mapping knew, over every file: what `check --write-mapping` writes.</summary>
    public IReadOnlyList<UnmappedValue> Unmapped => Warnings
        .Where(w => w.CodeList is not null && w.Value is not null && w.Value != TableWarnings.OtherValues)
        .GroupBy(w => (w.CodeList!, w.Value!))
        .Select(g => new UnmappedValue(g.Key.Item1, g.Key.Item2, g.Sum(w => w.Rows),
            g.OrderBy(w => w.FirstLine ?? int.MaxValue).Select(w => $"{w.FileName} line {w.FirstLine}").First()))
        .ToList();
    public int RowsWithWarnings => Tables.Sum(t => t.RowsWithWarnings);
    public int RowsRead => Tables.Sum(t => t.RowsRead);
    public int RowsLoaded => Tables.Sum(t => t.RowsLoaded);
    public int RowsRejected => Tables.Sum(t => t.RowsRejected);
    public int RowsInserted => Tables.Sum(t => t.RowsInserted);
    public int RowsUpdated => Tables.Sum(t => t.RowsUpdated);

    /// <summary>
    /// Records of this load that matched records already in the warehouse (loaded before, from this source or another
    /// naming them the same way: a census and an Annex A for the same referrals): updated or left as they were, never
    /// added twice.
    /// </summary>
    public int RowsMatched => Tables.Sum(t => t.RowsUpdated + t.RowsUnchanged);

    /// <summary>Of <see cref="RowsMatched"/>, records last written by another kind of source: the overlap between sources.</summary>
    public int RowsMatchedOtherSource => Tables.Sum(t => t.RowsMatchedOtherSource);
    public int RowsDeleted => Tables.Sum(t => t.RowsDeleted + t.DependentsDeleted.Values.Sum());
    public bool Succeeded => Status is Warehouse.Integration.LoadStatus.Succeeded or Warehouse.Integration.LoadStatus.Skipped;
}

public sealed record LoadProgress(string Table, long RowsRead, long BytesRead, long BytesTotal);

public sealed class LoadOptions
{
    /// <summary>
    /// Validate everything, including references to the warehouse, without changing it (the check command): the
    /// warehouse is opened read-only, no batch is recorded, and a warehouse that does not exist is not created.
    /// </summary>
    public bool DryRun { get; init; }

    /// <summary>Council and case-system words to Scorecard codes (defaults shipped per shape, plus the council's file).</summary>
    public CouncilMapping Mapping { get; init; } = CouncilMapping.Default;

    /// <summary>The name of the root of the organisation hierarchy.</summary>
    public string AuthorityName { get; init; } = "Whole authority";

    /// <summary>The encoding the extract's files were saved in, when it is not UTF-8 (a byte order mark still wins).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>Which tables are full snapshots of which window.</summary>
    public DeletionOptions Deletions { get; init; } = new();

    /// <summary>Let a load delete more than <see cref="DeletionOptions.MassDeleteShare"/> of a table.</summary>
    public bool AllowMassDelete { get; init; }

    /// <summary>The load's date (windows and date-of-birth plausibility are measured from it); today when null.</summary>
    public DateOnly? Today { get; init; }

    /// <summary>Which kind of source the path is (load --format); recognised from its content by default.</summary>
    public Sources.SourceFormat Format { get; init; }

    public IProgress<LoadProgress>? Progress { get; init; }

    /// <summary>Told how long each phase of each table took (table, phase, time): for the benchmark's profile.</summary>
    public Action<string, string, TimeSpan>? Phase { get; init; }

    /// <summary>Called after each table is merged, inside the transaction. Tests use it to fail a load halfway.</summary>
    public Action<string>? AfterTable { get; init; }

    internal DateOnly LoadDate => Today ?? DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>These options for one part of a mixed folder, read as the given format.</summary>
    internal LoadOptions WithFormat(Sources.SourceFormat format) => new()
    {
        DryRun = DryRun, Mapping = Mapping, AuthorityName = AuthorityName, Encoding = Encoding, Deletions = Deletions, AllowMassDelete = AllowMassDelete,
        Today = Today, Format = format, Progress = Progress, Phase = Phase, AfterTable = AfterTable,
    };
}
