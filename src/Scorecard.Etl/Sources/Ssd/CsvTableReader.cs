using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Pseudonymisation;

namespace Scorecard.Etl.Sources.Ssd;

/// <summary>
/// Streams one extract CSV file into typed rows, one row in memory at a time. Columns are found under their
/// current or an older SSD name; each cell is turned into its value by <see cref="FieldReader"/>, which
/// pseudonymises identifiers before a value goes anywhere else.
/// </summary>
public sealed class CsvTableReader : IDisposable
{
    private readonly TableSpec _spec;
    private readonly StreamReader _text;
    private readonly CsvParser _parser;
    private readonly ParsedRow _row;
    private readonly FieldReader _fields;
    private readonly SourceEvidence _evidence;
    private int[] _columnIndex = [];
    private int[] _fallbackIndex = [];
    private bool _badData;
    private long _lastRawRow = 1;

    public CsvTableReader(TableSpec spec, Stream stream, string fileName, Pseudonymiser pseudonymiser, CouncilMapping? mapping = null, SourceEvidence? evidence = null)
    {
        _spec = spec;
        _evidence = evidence ?? new SourceEvidence();
        _fields = new FieldReader(spec, pseudonymiser, mapping ?? CouncilMapping.Default, new TableWarnings(fileName), _evidence);
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
    }

    public string FileName { get; }
    public IReadOnlyList<string> MissingRequiredColumns { get; private set; } = [];
    public IReadOnlyList<string> IgnoredColumns { get; private set; } = [];
    /// <summary>Columns found under an older SSD name: "clae_cla_episode_ceased as clae_cla_episode_ceased_date".</summary>
    public IReadOnlyList<string> RenamedColumns { get; private set; } = [];
    /// <summary>Odd values loaded as unknown, counted by column, kind and value.</summary>
    public TableWarnings Warnings => _fields.Warnings;
    /// <summary>True when the last row read got a warning.</summary>
    public bool RowWarned => _fields.Warnings.RowWarned;

    /// <summary>Properties this file's form could not say anything about (see <see cref="FieldReader.NotExpressed"/>).</summary>
    public IReadOnlyList<string> NotExpressed() => _fields.NotExpressed();

    /// <summary>Reads the header. False when the file is empty.</summary>
    public bool ReadHeader()
    {
        if (!_parser.Read()) return false;
        _lastRawRow = _parser.RawRow;
        var header = new string[_parser.Count];
        for (var i = 0; i < header.Length; i++) header[i] = (_parser[i] ?? "").Trim().Trim('\uFEFF').ToLowerInvariant();
        _columnIndex = _spec.Columns.Select(c => IndexOf(header, c)).ToArray();
        _fallbackIndex = _spec.Columns.Select(c => c.Fallback is null ? -1 : Array.IndexOf(header, c.Fallback)).ToArray();
        MissingRequiredColumns = _spec.Columns.Where((c, i) => c.Required && _columnIndex[i] < 0).Select(c => c.Name).ToList();
        RenamedColumns = _spec.Columns.Select((c, i) => (c.Name, Found: _columnIndex[i] >= 0 ? header[_columnIndex[i]] : c.Name))
            .Where(x => x.Found != x.Name).Select(x => $"{x.Found} as {x.Name}").ToList();
        var read = _columnIndex.Concat(_fallbackIndex).Where(i => i >= 0).ToHashSet();
        IgnoredColumns = header.Where((h, i) => h.Length > 0 && !read.Contains(i)).ToList();
        _evidence.Header(_spec.Name, header);
        if (_spec.Name == "ssd_involvements" && !header.Contains("invo_person_id"))
            _evidence.AddShape(SourceEvidence.Mosaic, "ssd_involvements has no invo_person_id");
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

        _fields.Warnings.RowWarned = false;
        for (var i = 0; i < _spec.Columns.Count; i++)
        {
            var index = _columnIndex[i];
            var raw = index >= 0 && index < _parser.Count ? _parser[index] : null;
            var fallbackIndex = _fallbackIndex[i];
            var fallback = fallbackIndex >= 0 && fallbackIndex < _parser.Count ? _parser[fallbackIndex] : null;
            _row[i] = _fields.Read(i, raw, fallback, _row.LineNumber, problems);
        }

        if (problems.Count == 0)
        {
            foreach (var rule in _spec.Rules)
                if (rule.IsBroken(_row))
                    problems.Add(new RowProblem(rule.Column, Show(_spec.Columns.First(c => c.Name == rule.Column), _row.Get<object>(rule.Column)?.ToString()), rule.Reason));
        }
        return _row;
    }

    /// <summary>The column's place in the header: its name, else the first of its older names that is there.</summary>
    private static int IndexOf(string[] header, ColumnSpec column)
    {
        var i = Array.IndexOf(header, column.Name);
        if (i >= 0 || column.Aliases is null) return i;
        foreach (var alias in column.Aliases)
            if ((i = Array.IndexOf(header, alias)) >= 0) return i;
        return -1;
    }

    private static string? Show(ColumnSpec column, string? value) => column.Kind == ColumnKind.DateOfBirth ? "(withheld)" : value;

    public void Dispose()
    {
        _parser.Dispose();
        _text.Dispose();
    }
}
