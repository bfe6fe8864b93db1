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
    public const string OutsideCalendar = "outside the calendar";
    public const string ImplausibleDateOfBirth = "implausible date of birth";
}

/// <summary>
/// Something odd that cost no row: one kind of odd value in one column of one file (how many rows, the first line it
/// was on), or something about a whole file (an empty optional file, deletions not applied: no column, no line).
/// </summary>
public sealed record WarningSummary(string FileName, string? ColumnName, string Kind, string? CodeList, string? Value, int Rows, int? FirstLine, string Message);

/// <summary>
/// The warnings of one file, counted by column, kind and value as rows are read. Memory is bounded: after
/// <see cref="MaxValuesPerColumn"/> distinct values in a column and kind, further values are counted together.
/// </summary>
public sealed class TableWarnings(string fileName)
{
    public const int MaxValuesPerColumn = 200;
    public const string OtherValues = "(other values)";

    private readonly Dictionary<(string? Column, string Kind, string? Value), Entry> _entries = new();
    private readonly Dictionary<(string? Column, string Kind), int> _distinct = new();

    public string FileName { get; } = fileName;

    /// <summary>Set when the row being read gets a warning; the reader clears it per row.</summary>
    public bool RowWarned { get; set; }

    public void Add(string column, string kind, string? codeList, string? value, int line, string message) =>
        Add(column, kind, codeList, value, 1, line, message);

    public void Add(string? column, string kind, string? codeList, string? value, int rows, int? firstLine, string message)
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
        if (firstLine < (entry.FirstLine ?? int.MaxValue)) entry.FirstLine = firstLine;
    }

    /// <summary>By first line (what concerns the whole file last), then column.</summary>
    public IReadOnlyList<WarningSummary> Summaries() =>
        _entries.Select(e => new WarningSummary(FileName, e.Key.Column, e.Key.Kind, e.Value.CodeList, e.Key.Value, e.Value.Rows, e.Value.FirstLine, e.Value.Message))
            .OrderBy(w => w.FirstLine ?? int.MaxValue).ThenBy(w => w.ColumnName, StringComparer.Ordinal).ToList();

    private sealed class Entry(string? codeList, string message, int? firstLine)
    {
        public string? CodeList { get; } = codeList;
        public string Message { get; } = message;
        public int Rows { get; set; }
        public int? FirstLine { get; set; } = firstLine;
    }
}

/// <summary>
/// The warnings of one load or check: each file's <see cref="TableWarnings"/>, in the order the files were read, and
/// what concerns a whole file or the extract. Bounded by the kinds of problem and values, not by rows.
/// </summary>
public sealed class WarningLog
{
    private readonly Dictionary<string, TableWarnings> _files = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<TableWarnings> _order = [];

    /// <summary>The warnings of one file.</summary>
    public TableWarnings For(string file)
    {
        if (_files.TryGetValue(file, out var warnings)) return warnings;
        _files[file] = warnings = new TableWarnings(file);
        _order.Add(warnings);
        return warnings;
    }

    /// <summary>Something odd about a file, or a column of it, that names no value: counted once per file, column and kind.</summary>
    public void Add(string file, string? column, string kind, int? line, string message) =>
        For(file).Add(column, kind, null, null, 1, line, message);

    public IReadOnlyList<WarningSummary> All => _order.SelectMany(t => t.Summaries()).ToList();
}
