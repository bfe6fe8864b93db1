namespace Scorecard.Etl.Sources.Ssd;

/// <summary>
/// The typed values of one CSV row, by contract column. One instance is reused for every row of a
/// file so that reading does not allocate per row beyond the values themselves.
/// </summary>
public sealed class ParsedRow
{
    private readonly Dictionary<string, int> _ordinals;
    private readonly object?[] _values;

    public ParsedRow(TableSpec spec)
    {
        Spec = spec;
        _ordinals = spec.Columns.Select((c, i) => (c.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.OrdinalIgnoreCase);
        _values = new object?[spec.Columns.Count];
    }

    public TableSpec Spec { get; }

    /// <summary>Physical line in the file; the header is line 1.</summary>
    public int LineNumber { get; internal set; }

    public object? this[int ordinal]
    {
        get => _values[ordinal];
        internal set => _values[ordinal] = value;
    }

    public T? Get<T>(string column) => _values[_ordinals[column]] is T t ? t : default;

    internal void Clear() => Array.Clear(_values);
}

/// <summary>Why a row cannot load: the column, the value as it may be shown, and the reason.</summary>
public sealed record RowProblem(string? Column, string? Value, string Reason);

/// <summary>
/// Something odd that cost no row: an optional value loaded as missing, an empty optional file, deletions left
/// undone. Counted per file, column and kind, with the first line and the first occurrence's words, so a
/// report stays short however many rows share the problem.
/// </summary>
public sealed record LoadWarning(string FileName, string? ColumnName, int Count, int? FirstLine, string Message);

/// <summary>Collects warnings by file, column and kind. Bounded by the kinds of problem, not by rows.</summary>
public sealed class WarningLog
{
    private readonly Dictionary<(string File, string? Column, string Kind), (int Count, int? FirstLine, string Message)> _entries = [];
    private readonly List<(string File, string? Column, string Kind)> _order = [];

    public void Add(string file, string? column, string kind, int? line, string message)
    {
        var key = (file, column, kind);
        if (_entries.TryGetValue(key, out var e)) _entries[key] = (e.Count + 1, e.FirstLine ?? line, e.Message);
        else
        {
            _entries[key] = (1, line, message);
            _order.Add(key);
        }
    }

    public IReadOnlyList<LoadWarning> All => _order.Select(k => new LoadWarning(k.File, k.Column, _entries[k].Count, _entries[k].FirstLine, _entries[k].Message)).ToList();
}
