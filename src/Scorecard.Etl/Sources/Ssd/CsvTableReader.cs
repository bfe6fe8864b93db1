using System.Globalization;
using System.Text;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources.Csv;

namespace Scorecard.Etl.Sources.Ssd;

/// <summary>
/// Streams one extract CSV file into typed rows, one row in memory at a time. Columns are found under their
/// current or an older SSD name; each cell is turned into its value by <see cref="FieldReader"/>, which
/// pseudonymises identifiers before a value goes anywhere else. No reject or warning ever repeats a value that
/// holds one of the row's identifiers or its date of birth.
/// </summary>
public sealed class CsvTableReader : IDisposable
{
    private readonly TableSpec _spec;
    private readonly CsvTokenizer _tokenizer;
    private readonly CsvRecord _record = new();
    private readonly ParsedRow _row;
    private readonly FieldReader _fields;
    private readonly SourceEvidence _evidence;
    private readonly CouncilMapping _mapping;
    /// <summary>
    /// A column a source that is not CSV writes beside each row it translated: the line of its own file the row came
    /// from (a census element's line), so that rejects and warnings point into the file the council gave.
    /// </summary>
    public const string SourceLineColumn = "scorecard_source_line";

    private int _sourceLineIndex = -1;
    private int[] _columnIndex = [];
    private int[] _fallbackIndex = [];
    private string[] _header = [];
    // Where this row's raw identifiers and date of birth are (fields of the current record): never repeated in a reject or a warning.
    private readonly List<int> _sensitive = [];
    private readonly int[] _keyOrdinals;

    /// <param name="encoding">The encoding the user named for the extract (null: UTF-8, or what a byte order mark says).</param>
    /// <param name="today">The load's date: a date of birth after it is not plausible.</param>
    /// <param name="warnings">The load's warnings; this file's go to <see cref="WarningLog.For"/> its name.</param>
    public CsvTableReader(TableSpec spec, Stream stream, string fileName, Pseudonymiser pseudonymiser, CouncilMapping? mapping = null,
        SourceEvidence? evidence = null, Encoding? encoding = null, DateOnly? today = null, WarningLog? warnings = null,
        int maxRecordChars = CsvTokenizer.DefaultMaxRecordChars)
    {
        _spec = spec;
        _evidence = evidence ?? new SourceEvidence();
        _mapping = mapping ?? CouncilMapping.Default;
        _fields = new FieldReader(spec, pseudonymiser, _mapping, (warnings ?? new WarningLog()).For(fileName), _evidence,
            today ?? DateOnly.FromDateTime(DateTime.UtcNow));
        FileName = fileName;
        _tokenizer = new CsvTokenizer(stream, fileName, encoding, maxRecordChars);
        _row = new ParsedRow(spec);
        _keyOrdinals = spec.Columns.Select((c, i) => (c, i)).Where(x => x.c.IsNaturalKey).Select(x => x.i).ToArray();
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

    /// <summary>Optional contract columns the file does not have (under any name): their stored values are kept, never erased.</summary>
    public IReadOnlyList<string> AbsentColumns { get; private set; } = [];

    /// <summary>Whether the file has this contract column, under its name, an older name, or the column it falls back to.</summary>
    public bool HasColumn(int ordinal) => _columnIndex[ordinal] >= 0 || _fallbackIndex[ordinal] >= 0;

    /// <summary>
    /// False once a row's key could not be read (a malformed line, an empty id): which records the file lacks
    /// is then unknown, so no record may be taken as deleted from it.
    /// </summary>
    public bool KeysComplete { get; private set; } = true;

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
        _columnIndex = _spec.Columns.Select(c => IndexOf(_header, c)).ToArray();
        _fallbackIndex = _spec.Columns.Select(c => c.Fallback is null ? -1 : Array.IndexOf(_header, c.Fallback)).ToArray();
        MissingRequiredColumns = _spec.Columns.Where((c, i) => c.Required && _columnIndex[i] < 0).Select(c => c.Name).ToList();
        AbsentColumns = _spec.Columns.Where((c, i) => !c.Required && !HasColumn(i)).Select(c => c.Name).ToList();
        RenamedColumns = _spec.Columns.Select((c, i) => (c.Name, Found: _columnIndex[i] >= 0 ? _header[_columnIndex[i]] : c.Name))
            .Where(x => x.Found != x.Name).Select(x => $"{x.Found} as {x.Name}").ToList();
        _sourceLineIndex = Array.IndexOf(_header, SourceLineColumn);
        var read = _columnIndex.Concat(_fallbackIndex).Append(_sourceLineIndex).Where(i => i >= 0).ToHashSet();
        IgnoredColumns = _header.Where((h, i) => h.Length > 0 && !read.Contains(i)).ToList();
        _evidence.Header(_spec.Name, _header);
        if (_spec.Name == "ssd_involvements" && !_header.Contains("invo_person_id"))
            _evidence.AddShape(SourceEvidence.Mosaic, "ssd_involvements has no invo_person_id");

        _tokenizer.ExpectedFields = _header.Length;
        // A used column's value never spans lines, except an outcome object that parses whole: SystemC writes free-text
        // comments inside it, and a row swallowed by a missing quote would not parse as one object.
        var outcomes = _spec.Columns.Select((c, i) => (c, i)).Where(x => x.c.Kind == ColumnKind.Outcomes && _columnIndex[x.i] >= 0)
            .ToDictionary(x => _columnIndex[x.i], x => x.c);
        _tokenizer.SingleLineFields = read.Where(i => !outcomes.ContainsKey(i)).ToHashSet();
        if (outcomes.Count > 0)
            _tokenizer.MultiLineFieldAccepted = (field, text) => !outcomes.TryGetValue(field, out var column) || IsWholeOutcomeObject(column, text);
        return true;
    }

    private bool IsWholeOutcomeObject(ColumnSpec column, ReadOnlySpan<char> text) =>
        OutcomeParser.Parse(text.ToString(), column.CodeSet!, _mapping).Format is OutcomeFormat.FlagObject or OutcomeFormat.OutcomeFlagObject or OutcomeFormat.Array;

    /// <summary>
    /// Reads the next row. Returns null at the end of the file; otherwise the row (valid when
    /// <paramref name="problems"/> is empty after the call).
    /// </summary>
    public ParsedRow? ReadRow(List<RowProblem> problems)
    {
        problems.Clear();
        if (!_tokenizer.ReadRecord(_record)) return null;
        _row.Clear();
        _row.LineNumber = _sourceLineIndex >= 0 && _record.Has(_sourceLineIndex) && int.TryParse(_record[_sourceLineIndex], NumberStyles.None, CultureInfo.InvariantCulture, out var sourceLine)
            ? sourceLine
            : checked((int)_record.Line);
        _fields.Warnings.RowWarned = false;
        if (RecordProblem() is { } structural)
        {
            // Nothing of a row that is not valid CSV is read: not even its id.
            problems.Add(new RowProblem(null, null, structural));
            KeysComplete = false;
            return _row;
        }

        // The row's identifiers and date of birth first, so that nothing said about any column repeats them.
        _sensitive.Clear();
        for (var i = 0; i < _spec.Columns.Count; i++)
        {
            var column = _spec.Columns[i];
            if (!column.IsPseudonymised && column.Kind != ColumnKind.DateOfBirth) continue;
            AddSensitive(_columnIndex[i]);
            AddSensitive(_fallbackIndex[i]);
        }

        for (var i = 0; i < _spec.Columns.Count; i++)
        {
            var column = _spec.Columns[i];
            var raw = Field(_columnIndex[i]);
            var fallback = Field(_fallbackIndex[i]);
            if (raw.Contains('\0') || fallback.Contains('\0'))
            {
                problems.Add(new RowProblem(column.Name, null, $"{column.Name} contains a NUL character (a damaged line, or a file in UTF-16 without a byte order mark)"));
                continue;
            }
            _row[i] = _fields.Read(i, raw, fallback, _row.LineNumber, problems);
        }

        if (problems.Count == 0)
        {
            foreach (var rule in _spec.Rules)
                if (rule.IsBroken(_row))
                    problems.Add(new RowProblem(rule.Column, Show(_spec.Columns.First(c => c.Name == rule.Column), _row.Get<object>(rule.Column)), rule.Reason));
        }
        if (problems.Count > 0) Scrub(problems);
        _fields.EndRow(Holds);
        foreach (var key in _keyOrdinals)
            if (_row[key] is null) KeysComplete = false;
        return _row;
    }

    /// <summary>The field's text in the current record (valid until the next record is read); empty when absent.</summary>
    private ReadOnlySpan<char> Field(int index) => index >= 0 && _record.Has(index) ? _record[index] : default;

    private void AddSensitive(int index)
    {
        if (index < 0 || !_record.Has(index)) return;
        var text = _record[index].Trim();
        if (ValueParsers.IsMissing(text) || ValueParsers.IsPlaceholder(text)) return;
        _sensitive.Add(index);
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
        foreach (var index in _sensitive)
        {
            var s = _record[index].Trim();
            if (s.Length >= 3 ? text.AsSpan().Contains(s, StringComparison.OrdinalIgnoreCase) : text.AsSpan().Equals(s, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
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
