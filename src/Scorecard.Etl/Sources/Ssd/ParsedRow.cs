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
