using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.SampleData;

/// <summary>
/// One extract file, written row by row as the generator goes (nothing is held back, so memory stays flat).
/// Rows are given in the contract's column order, so the files cannot drift from what the loader reads; a
/// <see cref="TableShape"/> rewrites them into another source's shape (SSD SystemC) on the way out.
/// </summary>
internal sealed class ExtractTableWriter : IDisposable
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private readonly TableShape? _shape;

    public ExtractTableWriter(string folder, string table, Func<TableSpec, string[], TableShape?>? shape, params string[] extraColumns)
    {
        Spec = ExtractContract.Find(table) ?? throw new ArgumentException($"{table} is not a contract table.", nameof(table));
        Columns = Spec.Columns.Select(c => c.Name).Concat(extraColumns).ToArray();
        _shape = shape?.Invoke(Spec, Columns);
        // UTF-8 without a byte order mark, CRLF line ends and RFC 4180 quoting (CsvHelper's defaults).
        _text = new StreamWriter(Path.Combine(folder, Spec.FileName), false, new UTF8Encoding(false), 1 << 16);
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture));
        foreach (var column in _shape?.Header ?? Columns) _csv.WriteField(column);
        _csv.NextRecord();
    }

    public TableSpec Spec { get; }
    public string Table => Spec.Name;
    public string[] Columns { get; }
    public int Rows { get; private set; }
    public int DirtyRows { get; private set; }
    /// <summary>Dirty rows whose defect the loader answers with a warning, not a reject.</summary>
    public int WarnedRows { get; private set; }

    public int IndexOf(string column)
    {
        var i = Array.IndexOf(Columns, column);
        return i >= 0 ? i : throw new InvalidOperationException($"{Table} has no column {column}.");
    }

    /// <summary>Writes one row; the fields are in <see cref="Columns"/> order, null for an empty cell.</summary>
    public void Write(string?[] fields)
    {
        if (fields.Length != Columns.Length)
            throw new InvalidOperationException($"{Table}: a row of {fields.Length} fields for {Columns.Length} columns.");
        if (_shape is null) foreach (var field in fields) _csv.WriteField(field ?? "");
        else foreach (var field in _shape.Row(fields)) _csv.WriteField(field ?? _shape.Null);
        _csv.NextRecord();
        Rows++;
    }

    public void WriteDirty(string?[] fields, bool warned)
    {
        Write(fields);
        DirtyRows++;
        if (warned) WarnedRows++;
    }

    public void Dispose()
    {
        _csv.Dispose();
        _text.Dispose();
    }
}

/// <summary>
/// Adds the extra defective rows: after each clean row of a fact table it owes <c>share</c> of a dirty row, and
/// writes one whenever a whole row is owed. Each dirty row copies the clean row just written (so everything
/// else about it is plausible) and breaks exactly one thing, cycling through the kinds the table can carry.
/// It has its own random numbers, so the clean rows are the same whatever the share.
/// </summary>
internal sealed class DirtyRows(double share, int seed)
{
    private static readonly string[] BadDates = ["2024-13-45", "31/02/2023", "2023-02-30", "20x3-07-01"];

    private readonly Dice _dice = new(unchecked(seed * 31 + 7));
    private readonly Dictionary<string, Plan> _plans = new(StringComparer.Ordinal);
    private readonly int[] _perKind = new int[Enum.GetValues<DirtyRowKind>().Length];
    private int _danglingNumber;

    public bool Enabled => share > 0;

    /// <summary>What can be broken in one table, by column name.</summary>
    public void Describe(ExtractTableWriter writer, string idPrefix, string dateColumn, string codeColumn, string badCode,
        string referenceColumn, string danglingPrefix, string? startColumn = null, string? endColumn = null,
        string? endReasonColumn = null, string? endReasonCode = null)
    {
        List<DirtyRowKind> kinds = [DirtyRowKind.BadDate, DirtyRowKind.UnknownCode];
        if (endColumn is not null) kinds.Add(DirtyRowKind.EndBeforeStart);
        kinds.Add(DirtyRowKind.DanglingPerson);
        kinds.Add(DirtyRowKind.DuplicateId);
        _plans[writer.Table] = new Plan(
            kinds.ToArray(), idPrefix, writer.IndexOf(writer.Spec.KeyColumns[0].Name), writer.IndexOf(dateColumn),
            writer.IndexOf(codeColumn), writer.Spec.Columns.First(c => c.Name == codeColumn).Required, badCode, writer.IndexOf(referenceColumn), danglingPrefix,
            startColumn is null ? -1 : writer.IndexOf(startColumn), endColumn is null ? -1 : writer.IndexOf(endColumn),
            endReasonColumn is null ? -1 : writer.IndexOf(endReasonColumn), endReasonCode);
    }

    /// <summary>Called after each clean row of a described table: writes the dirty rows now owed.</summary>
    public void After(ExtractTableWriter writer, string?[] clean)
    {
        if (share <= 0 || !_plans.TryGetValue(writer.Table, out var plan)) return;
        plan.Owed += share;
        while (plan.Owed >= 1)
        {
            plan.Owed -= 1;
            var kind = plan.Kinds[plan.Written % plan.Kinds.Length];
            plan.Written++;
            var row = (string?[])clean.Clone();
            row[plan.Id] = $"{plan.IdPrefix}{plan.Written.ToString("D6", CultureInfo.InvariantCulture)}";
            switch (kind)
            {
                case DirtyRowKind.BadDate:
                    row[plan.Date] = BadDates[plan.Written % BadDates.Length];
                    break;
                case DirtyRowKind.UnknownCode:
                    row[plan.Code] = plan.BadCode;
                    break;
                case DirtyRowKind.EndBeforeStart:
                    var start = DateOnly.ParseExact(clean[plan.Start]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    row[plan.End] = start.AddDays(-_dice.Between(1, 90)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (plan.EndReason >= 0) row[plan.EndReason] = plan.EndReasonCode;
                    break;
                case DirtyRowKind.DanglingPerson:
                    row[plan.Reference] = $"{plan.DanglingPrefix}{(++_danglingNumber).ToString("D6", CultureInfo.InvariantCulture)}";
                    break;
                case DirtyRowKind.DuplicateId:
                    // The clean row just written is earlier in the same file: its id now appears twice.
                    row[plan.Id] = clean[plan.Id];
                    break;
            }
            // An unknown code in an optional column loads with a warning; every other defect is a reject.
            writer.WriteDirty(row, warned: kind == DirtyRowKind.UnknownCode && !plan.CodeRequired);
            _perKind[(int)kind]++;
        }
    }

    public IReadOnlyDictionary<string, int> PerKind()
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<DirtyRowKind>()) result[kind.ToString()] = _perKind[(int)kind];
        return result;
    }

    private sealed record Plan(
        DirtyRowKind[] Kinds, string IdPrefix, int Id, int Date, int Code, bool CodeRequired, string BadCode, int Reference,
        string DanglingPrefix, int Start, int End, int EndReason, string? EndReasonCode)
    {
        public double Owed { get; set; }
        public int Written { get; set; }
    }
}

/// <summary>How one table looks in another source's shape: its header, each row rewritten from the contract's order, and the text of a null.</summary>
internal sealed class TableShape(string[] header, Func<string?[], string?[]> row, string nullText)
{
    public string[] Header { get; } = header;
    public string Null { get; } = nullText;
    public string?[] Row(string?[] canonical) => row(canonical);
}
