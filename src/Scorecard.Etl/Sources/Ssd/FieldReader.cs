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
    private readonly string?[] _lastRaw;
    private readonly string?[] _lastPseudonym;
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
        _lastRaw = new string?[n];
        _lastPseudonym = new string?[n];
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
    /// (<see cref="ColumnSpec.Fallback"/>), read when the column itself gives nothing usable.
    /// </summary>
    public object? Read(int ordinal, string? raw, string? fallback, int line, List<RowProblem> problems)
    {
        var column = _spec.Columns[ordinal];
        var text = Clean(raw, out var placeholder);
        var from = column.Name;
        if (text is null && fallback is not null && column.Fallback is not null)
        {
            text = Clean(fallback, out var fallbackPlaceholder);
            placeholder ??= fallbackPlaceholder;
            if (text is not null) from = column.Fallback;
        }
        if (placeholder is not null && string.Equals(placeholder, "SSD_PH", StringComparison.OrdinalIgnoreCase))
            _evidence.AddShape(SourceEvidence.SystemC, _reasons[ordinal].Placeholder);
        if (text is null)
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
        if (value is null && !column.Required && column.Default is not null && text != column.Default)
            value = Interpret(ordinal, column, column.Default, column.Name, null, line, problems);
        return value;
    }

    private object? Interpret(int ordinal, ColumnSpec column, string text, string from, string? fallback, int line, List<RowProblem> problems)
    {
        switch (column.Kind)
        {
            case ColumnKind.Identifier or ColumnKind.Reference:
                return PseudonymOf(ordinal, column, text);
            case ColumnKind.TeamReference:
                if (_mapping.TryResolve(CouncilMapping.TeamList, text, out var team))
                {
                    if (team.Code is null) return null;
                    text = team.Code;
                }
                return Fits(column, text, line, problems) ? text : null;
            case ColumnKind.Text:
                return Fits(column, text, line, problems) ? text : null;
            case ColumnKind.Date:
                if (!ValueParsers.TryParseDate(text, out var date, out var why))
                    return Bad(column, WarningKinds.NotADate, null, text, line, $"{column.Name}: {why}", problems);
                if (ValueParsers.IsSentinel(date))
                {
                    if (column.Required)
                    {
                        problems.Add(new RowProblem(column.Name, text, $"{column.Name} is the placeholder date {Iso(date)}, not a date, and it is required"));
                        return null;
                    }
                    Warn(column.Name, WarningKinds.PlaceholderDate, null, Iso(date), line, $"{column.Name}: {Iso(date)} is a placeholder date, so the field is loaded as unknown.");
                    return null;
                }
                if (date >= WarehouseDatabase.CalendarFrom && date <= WarehouseDatabase.CalendarTo) return date;
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
                return new DateOnly(dob.Year, dob.Month, 1);
            case ColumnKind.Integer:
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
                    return Bad(column, WarningKinds.NotANumber, null, text, line, $"{column.Name}: '{text}' is not a whole number", problems);
                if ((column.Minimum is { } min && n < min) || (column.Maximum is { } max && n > max))
                    return Bad(column, WarningKinds.OutOfRange, null, text, line, $"{column.Name}: {n} is outside {column.Minimum} to {column.Maximum}", problems);
                return n;
            case ColumnKind.YesNo:
                if (ValueParsers.TryParseYesNo(text, out var yes)) return yes;
                return Bad(column, WarningKinds.NotYesNo, null, text, line, $"{column.Name}: '{text}' is not Y or N", problems);
            case ColumnKind.Code:
                if (TryCode(ordinal, column, text, out var code)) return code;
                // A case system's own code that maps to nothing may still have a description beside it that does.
                if (from == column.Name && Clean(fallback, out _) is { } described && TryCode(ordinal, column, described, out var byDescription)) return byDescription;
                return Bad(column, WarningKinds.UnknownCode, column.CodeSet, text, line,
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

    private object? Outcomes(int ordinal, ColumnSpec column, string text, int line, List<RowProblem> problems)
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
            case OutcomeFormat.Labels when text.Contains(", ", StringComparison.Ordinal):
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

    private bool TryCode(int ordinal, ColumnSpec column, string text, out string? code)
    {
        code = null;
        if (!_mapping.TryResolve(column.CodeSet!, text, out var hit)) return false;
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

    /// <summary>A text longer than the column holds is never cut: the field is loaded as unknown (or the row rejected when required).</summary>
    private bool Fits(ColumnSpec column, string text, int line, List<RowProblem> problems)
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

    private static string? Clean(string? raw, out string? placeholder)
    {
        placeholder = null;
        if (ValueParsers.IsMissing(raw)) return null;
        var t = raw!.Trim();
        if (!ValueParsers.IsPlaceholder(t)) return t;
        placeholder = t;
        return null;
    }

    private string PseudonymOf(int ordinal, ColumnSpec column, string raw)
    {
        if (_lastRaw[ordinal] == raw) return _lastPseudonym[ordinal]!;
        var pseudonym = _pseudonymiser.Pseudonymise(column.IdentifierKind!, raw);
        _lastRaw[ordinal] = raw;
        _lastPseudonym[ordinal] = pseudonym;
        return pseudonym;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
