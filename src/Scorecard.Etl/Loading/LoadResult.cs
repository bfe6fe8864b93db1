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
    public int RowsRead => Tables.Sum(t => t.RowsRead);
    public int RowsLoaded => Tables.Sum(t => t.RowsLoaded);
    public int RowsRejected => Tables.Sum(t => t.RowsRejected);
    public int RowsInserted => Tables.Sum(t => t.RowsInserted);
    public int RowsUpdated => Tables.Sum(t => t.RowsUpdated);
    public bool Succeeded => Status is Warehouse.Integration.LoadStatus.Succeeded or Warehouse.Integration.LoadStatus.Skipped;
}

public sealed record LoadProgress(string Table, long RowsRead, long BytesRead, long BytesTotal);

public sealed class LoadOptions
{
    /// <summary>Validate everything, including references to the warehouse, then roll back (the check command).</summary>
    public bool DryRun { get; init; }

    /// <summary>Load even when an extract with the same hash was loaded before.</summary>
    public bool Force { get; init; }

    /// <summary>The name of the root of the organisation hierarchy.</summary>
    public string AuthorityName { get; init; } = "Whole authority";

    public IProgress<LoadProgress>? Progress { get; init; }

    /// <summary>Told how long each phase of each table took (table, phase, time): for the benchmark's profile.</summary>
    public Action<string, string, TimeSpan>? Phase { get; init; }

    /// <summary>Called after each table is merged, inside the transaction. Tests use it to fail a load halfway.</summary>
    public Action<string>? AfterTable { get; init; }
}
