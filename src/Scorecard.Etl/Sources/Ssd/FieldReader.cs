using System.Globalization;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Warehouse;

namespace Scorecard.Etl.Sources.Ssd;

/// <summary>
/// Turns one raw cell into the value its contract column needs, the same way for every source and shape:
/// empty and NULL are missing; placeholders (-1, SSD_PH) and placeholder dates (1900-01-01...) are missing and
/// counted; codes and outcome labels go through the council mapping; identifiers are pseudonymised here. The
/// reject policy lives here too: a value that cannot be used in a required column rejects the row (a problem);
/// in an optional column the field is loaded as unknown and the value is counted as a warning. Event dates must
/// lie in the warehouse calendar and a date of birth must be plausible. A row's warnings are held until
/// <see cref="EndRow"/>, so that none repeats an identifier or date of birth of the row.
/// </summary>
public sealed class FieldReader
{
    private readonly TableSpec _spec;
    private readonly Pseudonymiser _pseudonymiser;
    private readonly CouncilMapping _mapping;
    private readonly TableWarnings _warnings;
    private readonly SourceEvidence _evidence;
    private readonly DateOnly _today;
    private readonly List<(string Column, string Kind, string? CodeList, string? Value, int Line, string Message)> _pending = [];
    // Consecutive rows often repeat a reference (six domain scores for one episode): hash it once.
    private readonly char[]?[] _lastRaw;
    private readonly int[] _lastLength;
    private readonly string?[] _lastPseudonym;
    // Per code or team column: what the mapping said of each raw value, found by span, so a value seen before costs
    // no string (bounded, whatever values an extract holds).
    private readonly Dictionary<string, (bool Found, MappingHit Hit)>?[] _resolved;
    private const int MaxRemembered = 10_000;
    private readonly OutcomeReading _outcome = new();
    // Per outcome column: whether any value was read, whether any could say every code, and the codes flag objects could say.
    private readonly bool[] _outcomeSeen;
    private readonly bool[] _anyLabels;
    private readonly HashSet<string>[] _expressible;
    // What each column's values say about the case system that wrote them, as the load report words it (made once).
    private readonly ShapeReasons[] _reasons;

    /// <summary>No one living was born before this; a date of birth earlier than it is a typing error or a placeholder.</summary>
    public static readonly DateOnly EarliestDateOfBirth = new(1900, 1, 1);

    /// <param name="today">The load's date: a date of birth after it is not plausible.</param>
    public FieldReader(TableSpec spec, Pseudonymiser pseudonymiser, CouncilMapping mapping, TableWarnings warnings, SourceEvidence evidence, DateOnly today)
    {
        _today = today;
        _spec = spec;
        _pseudonymiser = pseudonymiser;
        _mapping = mapping;
        _warnings = warnings;
        _evidence = evidence;
        var n = spec.Columns.Count;
        _lastRaw = new char[]?[n];
        _lastLength = new int[n];
        _lastPseudonym = new string?[n];
        _resolved = new Dictionary<string, (bool, MappingHit)>?[n];
        _outcomeSeen = new bool[n];
        _anyLabels = new bool[n];
        _expressible = Enumerable.Range(0, n).Select(_ => new HashSet<string>(StringComparer.Ordinal)).ToArray();
        _reasons = spec.Columns.Select(c => new ShapeReasons(c.Name)).ToArray();
    }

    private sealed class ShapeReasons(string column)
    {
        public readonly string Placeholder = $"the SSD_PH placeholder in {column}";
        public readonly string FlagObject = $"{column} is a JSON object of Y/N flags";
        public readonly string OutcomeFlagObject = $"{column} is a JSON object of OUTCOME_ flags";
        public readonly string Array = $"{column} is a JSON array of labels";
        public readonly string Labels = $"{column} holds labels joined with \", \"";
        public readonly string SystemCCodes = $"{column} uses systemc codes";
        public readonly string EclipseCodes = $"{column} uses eclipse codes";
        public readonly string MosaicCodes = $"{column} uses mosaic codes";
    }

    public TableWarnings Warnings => _warnings;

    /// <summary>
    /// The typed value of a column, or null. <paramref name="fallback"/> is the raw value of the column's fallback
    /// (<see cref="ColumnSpec.Fallback"/>), read when the column itself gives nothing usable. An absent field is an
    /// empty span. Values are parsed from the spans: only a value stored as text becomes a string.
    /// </summary>
    public object? Read(int ordinal, ReadOnlySpan<char> raw, ReadOnlySpan<char> fallback, int line, List<RowProblem> problems)
    {
        var column = _spec.Columns[ordinal];
        var has = Clean(raw, out var text, out var placeholder);
        var from = column.Name;
        if (!has && column.Fallback is not null)
        {
            has = Clean(fallback, out text, out var fallbackPlaceholder);
            placeholder ??= fallbackPlaceholder;
            if (has) from = column.Fallback;
        }
        if (placeholder is not null && string.Equals(placeholder, "SSD_PH", StringComparison.OrdinalIgnoreCase))
            _evidence.AddShape(SourceEvidence.SystemC, _reasons[ordinal].Placeholder);
        if (!has)
        {
            if (column.Required)
            {
                problems.Add(new RowProblem(column.Name, placeholder, placeholder is null
                    ? $"{column.Name} is required"
                    : $"{column.Name} is the placeholder '{placeholder}', not a value, and it is required"));
                return null;
            }
            if (placeholder is not null && column.Kind != ColumnKind.Outcomes)
                Warn(column.Name, WarningKinds.Placeholder, null, placeholder, line, $"{column.Name}: '{placeholder}' is a placeholder, so the field is loaded as unknown.");
            if (column.Default is null) return null;
            text = column.Default;
        }

        var value = Interpret(ordinal, column, text, from, fallback, line, problems);
        // An optional column with a default (sex: U; NFA: N) says so rather than staying empty when its value was odd.
        if (value is null && !column.Required && column.Default is not null && !text.SequenceEqual(column.Default))
            value = Interpret(ordinal, column, column.Default, column.Name, default, line, problems);
        return value;
    }

    private object? Interpret(int ordinal, ColumnSpec column, ReadOnlySpan<char> text, string from, ReadOnlySpan<char> fallback, int line, List<RowProblem> problems)
    {
        switch (column.Kind)
        {
            case ColumnKind.Identifier or ColumnKind.Reference:
                return PseudonymOf(ordinal, column, text);
            case ColumnKind.TeamReference:
                if (TryResolve(ordinal, CouncilMapping.TeamList, text, out var team))
                    return team.Code is { } id && Fits(column, id, line, problems) ? id : null;
                return Fits(column, text, line, problems) ? text.ToString() : null;
            case ColumnKind.Text:
                return Fits(column, text, line, problems) ? text.ToString() : null;
            case ColumnKind.Date:
                if (!ValueParsers.TryParseDate(text, out var date, out var why))
                    return Bad(column, WarningKinds.NotADate, null, text.ToString(), line, $"{column.Name}: {why}", problems);
                if (ValueParsers.IsSentinel(date))
                {
                    if (column.Required)
                    {
                        problems.Add(new RowProblem(column.Name, text.ToString(), $"{column.Name} is the placeholder date {Iso(date)}, not a date, and it is required"));
                        return null;
                    }
                    Warn(column.Name, WarningKinds.PlaceholderDate, null, Iso(date), line, $"{column.Name}: {Iso(date)} is a placeholder date, so the field is loaded as unknown.");
                    return null;
                }
                if (date >= WarehouseDatabase.CalendarFrom && date <= WarehouseDatabase.CalendarTo) return Boxes.Of(date);
                // Outside the warehouse calendar no period could hold it: a required date rejects, an optional one loads as missing.
                var outside = $"{column.Name} {Iso(date)} is outside the calendar ({Iso(WarehouseDatabase.CalendarFrom)} to {Iso(WarehouseDatabase.CalendarTo)})";
                if (column.Required) problems.Add(new RowProblem(column.Name, Iso(date), outside));
                else Warn(column.Name, WarningKinds.OutsideCalendar, null, Iso(date), line, outside + ": loaded as missing");
                return null;
            case ColumnKind.DateOfBirth:
                // Only the month is kept, and a bad value is not echoed: it may be a real date of birth.
                if (!ValueParsers.TryParseDate(text, out var dob, out _))
                    return Bad(column, WarningKinds.NotADate, null, "(withheld)", line, $"{column.Name} is not a date (expected yyyy-MM-dd or dd/MM/yyyy)", problems);
                if (ValueParsers.IsSentinel(dob))
                {
                    Warn(column.Name, WarningKinds.PlaceholderDate, null, Iso(dob), line, $"{column.Name}: {Iso(dob)} is a placeholder date, so the date of birth is loaded as unknown.");
                    return null;
                }
                if (dob < EarliestDateOfBirth || dob > _today)
                {
                    // Optional by contract; the value is never repeated.
                    Warn(column.Name, WarningKinds.ImplausibleDateOfBirth, null, null, line,
                        $"{column.Name} is before {Iso(EarliestDateOfBirth)} or after the load date: loaded as missing (the value is withheld)");
                    return null;
                }
                return Boxes.Of(new DateOnly(dob.Year, dob.Month, 1));
            case ColumnKind.Integer:
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                    return Bad(column, WarningKinds.NotANumber, null, text.ToString(), line, $"{column.Name}: '{text}' is not a whole number", problems);
                if ((column.Minimum is { } min && n < min) || (column.Maximum is { } max && n > max))
                    return Bad(column, WarningKinds.OutOfRange, null, text.ToString(), line, $"{column.Name}: {n} is outside {column.Minimum} to {column.Maximum}", problems);
                return Boxes.Of(n);
            case ColumnKind.YesNo:
                if (ValueParsers.TryParseYesNo(text, out var yes)) return Boxes.Of(yes);
                return Bad(column, WarningKinds.NotYesNo, null, text.ToString(), line, $"{column.Name}: '{text}' is not Y or N", problems);
            case ColumnKind.Code:
                if (TryCode(ordinal, column, text, out var code)) return code;
                // A case system's own code that maps to nothing may still have a description beside it that does.
                if (from == column.Name && Clean(fallback, out var described, out _) && TryCode(ordinal, column, described, out var byDescription)) return byDescription;
                return Bad(column, WarningKinds.UnknownCode, column.CodeSet, text.ToString(), line,
                    $"{column.Name}: unknown code '{text}' (expected one of {ValueParsers.DescribeCodes(column.CodeSet!)}, or a line in the mapping file)", problems);
            case ColumnKind.Outcomes:
                return Outcomes(ordinal, column, text, line, problems);
            default:
                throw new InvalidOperationException($"Unhandled column kind {column.Kind}.");
        }
    }

    /// <summary>
    /// Derived properties this file's outcome form could not say anything about: a flag object without an early
    /// help key, or an outcome column that was absent or always empty.
    /// </summary>
    public IReadOnlyList<string> NotExpressed()
    {
        var list = new List<string>();
        foreach (var d in _spec.Derived)
        {
            if (d.FromOutcome is not { } from) continue;
            var ordinal = _spec.Columns.ToList().FindIndex(c => c.Name == from.Column);
            if (!_outcomeSeen[ordinal] || (!_anyLabels[ordinal] && !_expressible[ordinal].Contains(from.Code))) list.Add(d.Target);
        }
        return list;
    }

    private object? Outcomes(int ordinal, ColumnSpec column, ReadOnlySpan<char> text, int line, List<RowProblem> problems)
    {
        var reading = OutcomeParser.Parse(text, column.CodeSet!, _mapping, _outcome);
        switch (reading.Format)
        {
            case OutcomeFormat.Invalid:
                // The text is not shown: outcome objects carry free-text comments.
                return Bad(column, WarningKinds.NotReadable, null, $"({text.Length} characters)", line, $"{column.Name} is neither a JSON object or array nor labels", problems);
            case OutcomeFormat.FlagObject:
                _evidence.AddShape(SourceEvidence.SystemC, _reasons[ordinal].FlagObject);
                break;
            case OutcomeFormat.OutcomeFlagObject:
                _evidence.AddShape(SourceEvidence.Eclipse, _reasons[ordinal].OutcomeFlagObject);
                break;
            case OutcomeFormat.Array:
                _evidence.AddShape(SourceEvidence.Scorecard, _reasons[ordinal].Array);
                break;
            case OutcomeFormat.Labels when text.Contains(", ".AsSpan(), StringComparison.Ordinal):
                _evidence.AddShape(SourceEvidence.Mosaic, _reasons[ordinal].Labels);
                break;
        }
        if (reading.Format != OutcomeFormat.Empty)
        {
            _outcomeSeen[ordinal] = true;
            if (reading.Expressible is null) _anyLabels[ordinal] = true;
            else _expressible[ordinal].UnionWith(reading.Expressible);
        }
        foreach (var label in reading.Unmapped)
            Warn(column.Name, WarningKinds.UnknownCode, column.CodeSet, label, line, $"{column.Name}: '{label}' is not an outcome Scorecard knows (add a {column.CodeSet} line to the mapping file); the row's other outcomes load.");
        if (reading.Codes.Count == 0) return null;
        var joined = reading.Codes.Count == 1 ? reading.Codes[0] : string.Join('|', reading.Codes);
        return Fits(column, joined, line, problems) ? joined : null;
    }

    private bool TryCode(int ordinal, ColumnSpec column, ReadOnlySpan<char> text, out string? code)
    {
        code = null;
        if (!TryResolve(ordinal, column.CodeSet!, text, out var hit)) return false;
        if (hit.Source == MappingSource.Shipped)
        {
            var reasons = _reasons[ordinal];
            switch (hit.Origin)
            {
                case "systemc": _evidence.AddShape(SourceEvidence.SystemC, reasons.SystemCCodes); break;
                case "eclipse": _evidence.AddShape(SourceEvidence.Eclipse, reasons.EclipseCodes); break;
                case "mosaic": _evidence.AddShape(SourceEvidence.Mosaic, reasons.MosaicCodes); break;
            }
        }
        code = hit.Code;
        return true;
    }

    /// <summary>What the mapping says of a raw value in a list; a value this column met before is answered without a string.</summary>
    private bool TryResolve(int ordinal, string list, ReadOnlySpan<char> text, out MappingHit hit)
    {
        var memo = _resolved[ordinal] ??= new Dictionary<string, (bool, MappingHit)>(StringComparer.Ordinal);
        if (memo.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
        {
            hit = known.Hit;
            return known.Found;
        }
        var value = text.ToString();
        var found = _mapping.TryResolve(list, value, out hit);
        if (memo.Count < MaxRemembered) memo[value] = (found, hit);
        return found;
    }

    /// <summary>A text longer than the column holds is never cut: the field is loaded as unknown (or the row rejected when required).</summary>
    private bool Fits(ColumnSpec column, ReadOnlySpan<char> text, int line, List<RowProblem> problems)
    {
        if (column.MaxLength is not { } max || text.Length <= max) return true;
        Bad(column, WarningKinds.TooLong, null, $"({text.Length} characters)", line, $"{column.Name} is longer than {max} characters (SSD's size for it), so it is loaded as unknown rather than cut", problems);
        return false;
    }

    private object? Bad(ColumnSpec column, string kind, string? codeList, string? shown, int line, string message, List<RowProblem> problems)
    {
        if (column.Required) problems.Add(new RowProblem(column.Name, shown, message));
        else Warn(column.Name, kind, codeList, shown, line, message + "; the field is loaded as unknown.");
        return null;
    }

    private void Warn(string column, string kind, string? codeList, string? value, int line, string message) =>
        _pending.Add((column, kind, codeList, value, line, message));

    /// <summary>
    /// Counts the row's warnings. One whose value or words hold an identifier or the date of birth of the row
    /// (<paramref name="holdsRowIdentifier"/>) is counted without them.
    /// </summary>
    public void EndRow(Func<string?, bool> holdsRowIdentifier)
    {
        foreach (var (column, kind, codeList, value, line, message) in _pending)
        {
            if (holdsRowIdentifier(value) || holdsRowIdentifier(message))
                _warnings.Add(column, kind, null, "(withheld)", line, $"{column}: a value was loaded as missing (withheld: it holds an identifier)");
            else _warnings.Add(column, kind, codeList, value, line, message);
        }
        _pending.Clear();
    }

    /// <summary>True and the trimmed value when the cell holds one; false when it is missing or a placeholder (named).</summary>
    private static bool Clean(ReadOnlySpan<char> raw, out ReadOnlySpan<char> text, out string? placeholder)
    {
        placeholder = null;
        text = default;
        if (ValueParsers.IsMissing(raw)) return false;
        var t = raw.Trim();
        if (!ValueParsers.IsPlaceholder(t))
        {
            text = t;
            return true;
        }
        placeholder = null;
        foreach (var p in ValueParsers.Placeholders)
            if (t.SequenceEqual(p)) placeholder = p;
        placeholder ??= t.ToString();
        return false;
    }

    private string PseudonymOf(int ordinal, ColumnSpec column, ReadOnlySpan<char> raw)
    {
        var last = _lastRaw[ordinal];
        if (_lastPseudonym[ordinal] is { } known && raw.SequenceEqual(last.AsSpan(0, _lastLength[ordinal]))) return known;
        var pseudonym = _pseudonymiser.Pseudonymise(column.IdentifierKind!, raw);
        if (last is null || last.Length < raw.Length) _lastRaw[ordinal] = last = new char[Math.Max(32, raw.Length)];
        raw.CopyTo(last);
        _lastLength[ordinal] = raw.Length;
        _lastPseudonym[ordinal] = pseudonym;
        return pseudonym;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
