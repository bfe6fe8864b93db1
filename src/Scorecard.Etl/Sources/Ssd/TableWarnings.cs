namespace Scorecard.Etl.Sources.Ssd;

/// <summary>What made an optional field unknown: the words a data-quality report shows.</summary>
public static class WarningKinds
{
    public const string UnknownCode = "unknown code";
    public const string Placeholder = "placeholder treated as empty";
    public const string PlaceholderDate = "placeholder date treated as empty";
    public const string TooLong = "too long";
    public const string NotADate = "not a date";
    public const string OutOfRange = "out of range";
    public const string NotYesNo = "not Y or N";
    public const string NotANumber = "not a whole number";
    public const string NotFound = "not found";
    public const string NotReadable = "not readable";
}

/// <summary>One kind of odd value in one column of one file: how many rows, and the first line it was on.</summary>
public sealed record WarningSummary(string FileName, string Column, string Kind, string? CodeList, string? Value, int Rows, int FirstLine, string Message);

/// <summary>
/// The warnings of one file, counted by column, kind and value as rows are read. Memory is bounded: after
/// <see cref="MaxValuesPerColumn"/> distinct values in a column and kind, further values are counted together.
/// </summary>
public sealed class TableWarnings(string fileName)
{
    public const int MaxValuesPerColumn = 200;
    public const string OtherValues = "(other values)";

    private readonly Dictionary<(string Column, string Kind, string? Value), Entry> _entries = new();
    private readonly Dictionary<(string Column, string Kind), int> _distinct = new();

    public string FileName { get; } = fileName;

    /// <summary>Set when the row being read gets a warning; the reader clears it per row.</summary>
    public bool RowWarned { get; set; }

    public void Add(string column, string kind, string? codeList, string? value, int line, string message) =>
        Add(column, kind, codeList, value, 1, line, message);

    public void Add(string column, string kind, string? codeList, string? value, int rows, int firstLine, string message)
    {
        RowWarned = true;
        var key = (column, kind, value);
        if (!_entries.TryGetValue(key, out var entry))
        {
            var distinct = _distinct.GetValueOrDefault((column, kind));
            if (distinct >= MaxValuesPerColumn)
            {
                key = (column, kind, OtherValues);
                if (!_entries.TryGetValue(key, out entry))
                    _entries[key] = entry = new Entry(codeList, $"{column}: further values of this kind ({kind}) were treated as unknown too.", firstLine);
            }
            else
            {
                _distinct[(column, kind)] = distinct + 1;
                _entries[key] = entry = new Entry(codeList, message, firstLine);
            }
        }
        entry.Rows += rows;
        if (firstLine < entry.FirstLine) entry.FirstLine = firstLine;
    }

    public IReadOnlyList<WarningSummary> Summaries() =>
        _entries.Select(e => new WarningSummary(FileName, e.Key.Column, e.Key.Kind, e.Value.CodeList, e.Key.Value, e.Value.Rows, e.Value.FirstLine, e.Value.Message))
            .OrderBy(w => w.FirstLine).ThenBy(w => w.Column, StringComparer.Ordinal).ToList();

    private sealed class Entry(string? codeList, string message, int firstLine)
    {
        public string? CodeList { get; } = codeList;
        public string Message { get; } = message;
        public int Rows { get; set; }
        public int FirstLine { get; set; } = firstLine;
    }
}
