using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Scorecard.Etl.Pseudonymisation;

namespace Scorecard.Etl.Sources.Ssd;

/// <summary>
/// Streams one extract CSV file into typed rows, one row in memory at a time. Identifiers are
/// pseudonymised here, before a value goes anywhere else.
/// </summary>
public sealed class CsvTableReader : IDisposable
{
    private readonly TableSpec _spec;
    private readonly Pseudonymiser _pseudonymiser;
    private readonly StreamReader _text;
    private readonly CsvParser _parser;
    private readonly ParsedRow _row;
    private int[] _columnIndex = [];
    private bool _badData;
    private long _lastRawRow = 1;
    // Consecutive rows often repeat a reference (six domain scores for one episode): hash it once.
    private string?[] _lastRaw = [];
    private string?[] _lastPseudonym = [];

    public CsvTableReader(TableSpec spec, Stream stream, string fileName, Pseudonymiser pseudonymiser)
    {
        _spec = spec;
        _pseudonymiser = pseudonymiser;
        FileName = fileName;
        // UTF-8 with or without BOM (a UTF-16 BOM is honoured too); CRLF and LF alike.
        _text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = _ => _badData = true,
            MissingFieldFound = null,
            TrimOptions = TrimOptions.Trim,
            IgnoreBlankLines = true,
            DetectColumnCountChanges = false,
        };
        _parser = new CsvParser(_text, config);
        _row = new ParsedRow(spec);
        _lastRaw = new string?[spec.Columns.Count];
        _lastPseudonym = new string?[spec.Columns.Count];
    }

    public string FileName { get; }
    public IReadOnlyList<string> MissingRequiredColumns { get; private set; } = [];
    public IReadOnlyList<string> IgnoredColumns { get; private set; } = [];

    /// <summary>Reads the header. False when the file is empty.</summary>
    public bool ReadHeader()
    {
        if (!_parser.Read()) return false;
        _lastRawRow = _parser.RawRow;
        var header = new string[_parser.Count];
        for (var i = 0; i < header.Length; i++) header[i] = (_parser[i] ?? "").Trim().Trim('\uFEFF').ToLowerInvariant();
        _columnIndex = _spec.Columns.Select(c => Array.IndexOf(header, c.Name)).ToArray();
        MissingRequiredColumns = _spec.Columns.Where((c, i) => c.Required && _columnIndex[i] < 0).Select(c => c.Name).ToList();
        var known = _spec.Columns.Select(c => c.Name).ToHashSet();
        IgnoredColumns = header.Where(h => h.Length > 0 && !known.Contains(h)).ToList();
        return true;
    }

    /// <summary>
    /// Reads the next row. Returns null at the end of the file; otherwise the row (valid when
    /// <paramref name="problems"/> is empty after the call).
    /// </summary>
    public ParsedRow? ReadRow(List<RowProblem> problems)
    {
        problems.Clear();
        _badData = false;
        if (!_parser.Read()) return null;
        _row.Clear();
        // A quoted field may span lines: the row starts on the line after the previous one ended.
        _row.LineNumber = checked((int)(_lastRawRow + 1));
        _lastRawRow = _parser.RawRow;
        if (_badData) problems.Add(new RowProblem(null, null, "the line is not valid CSV (a stray or unbalanced quote)"));

        for (var i = 0; i < _spec.Columns.Count; i++)
        {
            var column = _spec.Columns[i];
            var index = _columnIndex[i];
            var raw = index >= 0 && index < _parser.Count ? _parser[index] : null;
            if (string.IsNullOrWhiteSpace(raw)) raw = column.Default;
            if (string.IsNullOrWhiteSpace(raw))
            {
                if (column.Required) problems.Add(new RowProblem(column.Name, null, $"{column.Name} is required"));
                continue;
            }
            _row[i] = column.IsPseudonymised ? PseudonymOf(i, column, raw.Trim()) : Parse(column, raw.Trim(), problems);
        }

        if (problems.Count == 0)
        {
            foreach (var rule in _spec.Rules)
                if (rule.IsBroken(_row))
                    problems.Add(new RowProblem(rule.Column, Show(_spec.Columns.First(c => c.Name == rule.Column), _row.Get<object>(rule.Column)?.ToString()), rule.Reason));
        }
        return _row;
    }

    private string PseudonymOf(int ordinal, ColumnSpec column, string raw)
    {
        if (_lastRaw[ordinal] == raw) return _lastPseudonym[ordinal]!;
        var pseudonym = _pseudonymiser.Pseudonymise(column.IdentifierKind!, raw);
        _lastRaw[ordinal] = raw;
        _lastPseudonym[ordinal] = pseudonym;
        return pseudonym;
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
                if (ValueParsers.TryParseDate(raw, out var date, out var why)) return date;
                problems.Add(new RowProblem(column.Name, raw, $"{column.Name}: {why}"));
                return null;
            case ColumnKind.DateOfBirth:
                // Only the month is kept, and a bad value is not echoed: it may be a real date of birth.
                if (ValueParsers.TryParseDate(raw, out var dob, out _)) return new DateOnly(dob.Year, dob.Month, 1);
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

    private static string? Show(ColumnSpec column, string? value) => column.Kind == ColumnKind.DateOfBirth ? "(withheld)" : value;

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }
}
