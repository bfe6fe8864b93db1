namespace Scorecard.SampleData;

/// <summary>The kinds of defect a dirty row carries: exactly one each, so the loader rejects it for one reason.</summary>
public enum DirtyRowKind
{
    /// <summary>A required date that is not a date ("2024-13-45").</summary>
    BadDate,
    /// <summary>A code that is in no code list (source "ZZ", review type "XX").</summary>
    UnknownCode,
    /// <summary>An end or close date before the start or referral date.</summary>
    EndBeforeStart,
    /// <summary>A person (or, for episode-keyed tables, an episode) that is not in the extract.</summary>
    DanglingPerson,
    /// <summary>The id of a row already written earlier in the same file.</summary>
    DuplicateId,
}

/// <summary>
/// What <see cref="SyntheticCouncilGenerator.Write"/> wrote. The loader's promise, which tests hold it to: for each
/// table, rows read equals <see cref="RowsPerTable"/>, rows rejected equals <see cref="RejectedRows"/> and rows loaded
/// with a warning equals <see cref="WarnedRowsPerTable"/>.
/// </summary>
/// <param name="Folder">The extract folder.</param>
/// <param name="RowsPerTable">Data rows written per table (clean and dirty; headers not counted), keyed by table name.</param>
/// <param name="DirtyRowsPerTable">The dirty rows among them, per table (every contract table is listed, most with 0).</param>
/// <param name="DirtyRowsPerKind">The dirty rows per <see cref="DirtyRowKind"/> name.</param>
public sealed record GeneratedExtract(
    string Folder,
    IReadOnlyDictionary<string, int> RowsPerTable,
    IReadOnlyDictionary<string, int> DirtyRowsPerTable,
    IReadOnlyDictionary<string, int> DirtyRowsPerKind)
{
    public int TotalRows => RowsPerTable.Values.Sum();

    /// <summary>
    /// Dirty rows whose defect is in an optional column (an unknown source code, an unknown end reason): the loader
    /// loads them with a warning and the field unknown, rather than rejecting them.
    /// </summary>
    public IReadOnlyDictionary<string, int> WarnedRowsPerTable { get; init; } = new Dictionary<string, int>();

    /// <summary>Dirty rows the loader must reject, per table: the dirty rows less the warned ones.</summary>
    public int RejectedRows(string table) => DirtyRowsPerTable.GetValueOrDefault(table) - WarnedRowsPerTable.GetValueOrDefault(table);
}
