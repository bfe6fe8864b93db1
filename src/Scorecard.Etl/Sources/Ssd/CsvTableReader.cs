using System.Globalization;
using System.Text;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources.Csv;
using Scorecard.Warehouse;

namespace Scorecard.Etl.Sources.Ssd;

/// <summary>
/// Streams one extract CSV file into typed rows, one row in memory at a time. Identifiers are
/// pseudonymised here, before a value goes anywhere else, and no reject or warning ever repeats a value that
/// holds one of the row's identifiers or its date of birth.
/// </summary>
public sealed class CsvTableReader : IDisposable
{
    /// <summary>No one living was born before this; a date of birth earlier than it is a typing error or a placeholder.</summary>
    public static readonly DateOnly EarliestDateOfBirth = new(1900, 1, 1);

    private readonly TableSpec _spec;
    private readonly Pseudonymiser _pseudonymiser;
    private readonly CsvTokenizer _tokenizer;
    private readonly CsvRecord _record = new();
    private readonly ParsedRow _row;
    private readonly DateOnly _today;
    private readonly WarningLog _warnings;
    private int[] _columnIndex = [];
    private string[] _header = [];
    // Consecutive rows often repeat a reference (six domain scores for one episode): hash it once.
    private readonly string?[] _lastRaw;
    private readonly string?[] _lastPseudonym;
    // This row's raw identifiers and date of birth: never repeated in a reject or a warning.
    private readonly List<string> _sensitive = [];
    private readonly List<(string Column, string Kind, string Message)> _rowWarnings = [];
    private readonly int[] _keyOrdinals;

    /// <param name="encoding">The encoding the user named for the extract (null: UTF-8, or what a byte order mark says).</param>
    /// <param name="today">The load's date: a date of birth after it is not plausible.</param>
    public CsvTableReader(TableSpec spec, Stream stream, string fileName, Pseudonymiser pseudonymiser,
        Encoding? encoding = null, DateOnly? today = null, WarningLog? warnings = null, int maxRecordChars = CsvTokenizer.DefaultMaxRecordChars)
    {
        _spec = spec;
        _pseudonymiser = pseudonymiser;
        FileName = fileName;
        _tokenizer = new CsvTokenizer(stream, fileName, encoding, maxRecordChars);
        _today = today ?? DateOnly.FromDateTime(DateTime.UtcNow);
        _warnings = warnings ?? new WarningLog();
        _row = new ParsedRow(spec);
        _lastRaw = new string?[spec.Columns.Count];
        _lastPseudonym = new string?[spec.Columns.Count];
        _keyOrdinals = spec.Columns.Select((c, i) => (c, i)).Where(x => x.c.IsNaturalKey).Select(x => x.i).ToArray();
    }

    public string FileName { get; }
    public IReadOnlyList<string> MissingRequiredColumns { get; private set; } = [];
    public IReadOnlyList<string> IgnoredColumns { get; private set; } = [];

    /// <summary>Optional contract columns the file does not have: their stored values are kept, never erased.</summary>
    public IReadOnlyList<string> AbsentColumns { get; private set; } = [];

    /// <summary>Whether the file has this contract column.</summary>
    public bool HasColumn(int ordinal) => _columnIndex[ordinal] >= 0;

    /// <summary>
    /// False once a row's key could not be read (a malformed line, an empty id): which records the file lacks
    /// is then unknown, so no record may be taken as deleted from it.
    /// </summary>
    public bool KeysComplete { get; private set; } = true;

    public IReadOnlyList<LoadWarning> Warnings => _warnings.All.Where(w => w.FileName == FileName).ToList();

    /// <summary>Reads the header. False when the file is empty.</summary>
    /// <exception cref="ExtractStructureException">The header is unreadable, or names a column twice.</exception>
    public bool ReadHeader()
    {
        if (!_tokenizer.ReadRecord(_record)) return false;
        if (_record.Problem != CsvRecordProblem.None)
            throw new ExtractStructureException($"The header (line {_record.Line}) of {FileName} cannot be read: {Describe(_record.Problem)}.");
        if (_record.FieldCount > CsvTokenizer.MaxColumns)
            throw new ExtractStructureException($"The header of {FileName} has more than {CsvTokenizer.MaxColumns:N0} columns: it is not an extract file.");
        _header = new string[_record.FieldCount];
        for (var i = 0; i < _header.Length; i++)
        {
            var name = _record[i].Trim();
            if (name.Contains('\0'))
                throw new ExtractStructureException(
                    $"{FileName} has NUL characters in its header: it looks like UTF-16 saved without a byte order mark. Save it as UTF-8 (or as UTF-16 with a byte order mark).");
            _header[i] = name.ToString().ToLowerInvariant();
        }
        var repeated = _header.Select((h, i) => (h, i)).Where(x => x.h.Length > 0).GroupBy(x => x.h).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new ExtractStructureException(
                $"{FileName} has the column {repeated.Key} {repeated.Count()} times (columns {string.Join(" and ", repeated.Select(x => x.i + 1))}): " +
                "each column may appear once, so that it is clear which value to load.");
        _columnIndex = _spec.Columns.Select(c => Array.IndexOf(_header, c.Name)).ToArray();
        MissingRequiredColumns = _spec.Columns.Where((c, i) => c.Required && _columnIndex[i] < 0).Select(c => c.Name).ToList();
        AbsentColumns = _spec.Columns.Where((c, i) => !c.Required && _columnIndex[i] < 0).Select(c => c.Name).ToList();
        var known = _spec.Columns.Select(c => c.Name).ToHashSet();
        IgnoredColumns = _header.Where(h => h.Length > 0 && !known.Contains(h)).ToList();
        _tokenizer.ExpectedFields = _header.Length;
        _tokenizer.SingleLineFields = _columnIndex.Where(i => i >= 0).ToHashSet();
        return true;
    }

    /// <summary>
    /// Reads the next row. Returns null at the end of the file; otherwise the row (valid when
    /// <paramref name="problems"/> is empty after the call).
    /// </summary>
    public ParsedRow? ReadRow(List<RowProblem> problems)
    {
        problems.Clear();
        if (!_tokenizer.ReadRecord(_record)) return null;
        _row.Clear();
        _row.LineNumber = checked((int)_record.Line);
        if (RecordProblem() is { } structural)
        {
            // Nothing of a row that is not valid CSV is read: not even its id.
            problems.Add(new RowProblem(null, null, structural));
            KeysComplete = false;
            return _row;
        }

        _sensitive.Clear();
        _rowWarnings.Clear();
        for (var i = 0; i < _spec.Columns.Count; i++)
        {
            var column = _spec.Columns[i];
            var index = _columnIndex[i];
            var text = index >= 0 ? _record[index].Trim() : default;
            if (text.Contains('\0'))
            {
                problems.Add(new RowProblem(column.Name, null, $"{column.Name} contains a NUL character (a damaged line, or a file in UTF-16 without a byte order mark)"));
                continue;
            }
            if (text.IsEmpty)
            {
                if (column.Default is null)
                {
                    if (column.Required) problems.Add(new RowProblem(column.Name, null, $"{column.Name} is required"));
                    continue;
                }
                text = column.Default;
            }
            if (column.IsPseudonymised)
            {
                _row[i] = PseudonymOf(i, column, text);
                continue;
            }
            var raw = text.ToString();
            if (column.Kind == ColumnKind.DateOfBirth) _sensitive.Add(raw);
            _row[i] = Parse(column, raw, problems);
        }

        if (problems.Count == 0)
        {
            foreach (var rule in _spec.Rules)
                if (rule.IsBroken(_row))
                    problems.Add(new RowProblem(rule.Column, Show(_spec.Columns.First(c => c.Name == rule.Column), _row.Get<object>(rule.Column)), rule.Reason));
        }
        if (problems.Count > 0) Scrub(problems);
        foreach (var (column, kind, message) in _rowWarnings)
            _warnings.Add(FileName, column, kind, _row.LineNumber, Holds(message) ? $"{column}: a value was loaded as missing (withheld: it holds an identifier)" : message);
        foreach (var key in _keyOrdinals)
            if (_row[key] is null) KeysComplete = false;
        return _row;
    }

    private string? RecordProblem()
    {
        if (_record.Problem != CsvRecordProblem.None)
            return _record.Problem == CsvRecordProblem.TooLong
                ? $"the value in {ColumnAt(_record.ProblemField)} is longer than {CsvTokenizer.DefaultMaxRecordChars:N0} characters; the row was skipped without being read"
                : $"the row is not valid CSV: {Describe(_record.Problem)}";
        if (_record.FieldCount != _header.Length)
            return $"the row has {_record.FieldCount:N0} fields where the header has {_header.Length:N0}";
        return null;
    }

    private string ColumnAt(int index) => index >= 0 && index < _header.Length && _header[index].Length > 0 ? _header[index] : $"column {index + 1}";

    private static string Describe(CsvRecordProblem problem) => problem switch
    {
        CsvRecordProblem.UnterminatedQuote => "a quote opened on this line is not closed where the row ends (the lines after it were read as rows of their own)",
        CsvRecordProblem.StrayQuote => "a stray quote (a quote inside an unquoted value, or text after a closing quote)",
        CsvRecordProblem.TooLong => $"it is longer than {CsvTokenizer.DefaultMaxRecordChars:N0} characters",
        _ => "unreadable",
    };

    /// <summary>A reject that would repeat one of the row's identifiers or its date of birth says so instead.</summary>
    private void Scrub(List<RowProblem> problems)
    {
        for (var i = 0; i < problems.Count; i++)
        {
            var p = problems[i];
            if (!Holds(p.Value) && !Holds(p.Reason)) continue;
            problems[i] = new RowProblem(p.Column, "(withheld)", $"{p.Column ?? "the row"}: the value is withheld because it holds an identifier or a date of birth from this row");
        }
    }

    private bool Holds(string? text)
    {
        if (text is null) return false;
        foreach (var s in _sensitive)
            if (s.Length >= 3 ? text.Contains(s, StringComparison.OrdinalIgnoreCase) : text.Equals(s, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    private string PseudonymOf(int ordinal, ColumnSpec column, ReadOnlySpan<char> raw)
    {
        if (_lastRaw[ordinal] is { } last && raw.SequenceEqual(last))
        {
            _sensitive.Add(last);
            return _lastPseudonym[ordinal]!;
        }
        var text = raw.ToString();
        _sensitive.Add(text);
        var pseudonym = _pseudonymiser.Pseudonymise(column.IdentifierKind!, text);
        _lastRaw[ordinal] = text;
        _lastPseudonym[ordinal] = pseudonym;
        return pseudonym;
    }

    /// <summary>An event date must lie in the warehouse calendar; a date of birth must be plausible.</summary>
    private object? InRange(ColumnSpec column, DateOnly date, List<RowProblem> problems)
    {
        if (column.Kind == ColumnKind.DateOfBirth)
        {
            if (date >= EarliestDateOfBirth && date <= _today) return date;
            // Optional by contract; the value is never repeated.
            _rowWarnings.Add((column.Name, "implausible date of birth",
                $"{column.Name} is before {EarliestDateOfBirth:yyyy-MM-dd} or after the load date: loaded as missing (the value is withheld)"));
            return null;
        }
        if (date >= WarehouseDatabase.CalendarFrom && date <= WarehouseDatabase.CalendarTo) return date;
        var reason = $"{column.Name} {date:yyyy-MM-dd} is outside the calendar ({WarehouseDatabase.CalendarFrom:yyyy-MM-dd} to {WarehouseDatabase.CalendarTo:yyyy-MM-dd})";
        if (column.Required)
        {
            problems.Add(new RowProblem(column.Name, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), reason));
            return null;
        }
        _rowWarnings.Add((column.Name, "outside the calendar", reason + ": loaded as missing"));
        return null;
    }

    private object? Parse(ColumnSpec column, string raw, List<RowProblem> problems)
    {
        switch (column.Kind)
        {
            case ColumnKind.Identifier or ColumnKind.Reference:
                return _pseudonymiser.Pseudonymise(column.IdentifierKind!, raw);
            case ColumnKind.TeamReference or ColumnKind.Text:
                if (raw.Length > ValueParsers.MaxTextLength)
                {
                    problems.Add(new RowProblem(column.Name, raw[..40] + "...", $"{column.Name} is longer than {ValueParsers.MaxTextLength} characters"));
                    return null;
                }
                return raw;
            case ColumnKind.Date:
                if (ValueParsers.TryParseDate(raw, out var date, out var why)) return InRange(column, date, problems);
                problems.Add(new RowProblem(column.Name, raw, $"{column.Name}: {why}"));
                return null;
            case ColumnKind.DateOfBirth:
                // Only the month is kept, and a bad value is not echoed: it may be a real date of birth.
                if (ValueParsers.TryParseDate(raw, out var dob, out _)) return InRange(column, dob, problems) is DateOnly d ? new DateOnly(d.Year, d.Month, 1) : null;
                problems.Add(new RowProblem(column.Name, "(withheld)", $"{column.Name} is not a date (expected yyyy-MM-dd or dd/MM/yyyy)"));
                return null;
            case ColumnKind.Integer:
                if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                {
                    problems.Add(new RowProblem(column.Name, raw, $"{column.Name}: '{raw}' is not a whole number"));
                    return null;
                }
                if ((column.Minimum is { } min && n < min) || (column.Maximum is { } max && n > max))
                {
                    problems.Add(new RowProblem(column.Name, raw, $"{column.Name}: {n} is outside {column.Minimum} to {column.Maximum}"));
                    return null;
                }
                return n;
            case ColumnKind.YesNo:
                if (ValueParsers.TryParseYesNo(raw, out var yes)) return yes;
                problems.Add(new RowProblem(column.Name, raw, $"{column.Name}: '{raw}' is not Y or N"));
                return null;
            case ColumnKind.Code:
                if (ValueParsers.TryParseCode(column.CodeSet!, raw, out var code)) return code;
                problems.Add(new RowProblem(column.Name, raw, $"{column.Name}: unknown code '{raw}' (expected one of {ValueParsers.DescribeCodes(column.CodeSet!)})"));
                return null;
            case ColumnKind.CodeArray:
            case ColumnKind.TextArray:
                if (!ValueParsers.TryParseArray(raw, out var values))
                {
                    problems.Add(new RowProblem(column.Name, raw, $"{column.Name} is neither a JSON array nor a plain value"));
                    return null;
                }
                if (column.Kind == ColumnKind.CodeArray)
                {
                    for (var i = 0; i < values.Count; i++)
                    {
                        if (!ValueParsers.TryParseCode(column.CodeSet!, values[i], out var c))
                        {
                            problems.Add(new RowProblem(column.Name, values[i], $"{column.Name}: unknown value '{values[i]}' (expected {string.Join(", ", Warehouse.Dimensions.CodeLists.All.Where(x => x.CodeSet == column.CodeSet).Select(x => $"'{x.Label}'"))})"));
                            return null;
                        }
                        values[i] = c;
                    }
                }
                var joined = string.Join('|', values.Distinct());
                return joined.Length > ValueParsers.MaxTextLength ? joined[..ValueParsers.MaxTextLength] : joined;
            default:
                throw new InvalidOperationException($"Unhandled column kind {column.Kind}.");
        }
    }

    /// <summary>A value as a reject shows it: dates as yyyy-MM-dd, a date of birth never.</summary>
    private static string? Show(ColumnSpec column, object? value) => column.Kind == ColumnKind.DateOfBirth ? "(withheld)" : value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public void Dispose() => _tokenizer.Dispose();
}
