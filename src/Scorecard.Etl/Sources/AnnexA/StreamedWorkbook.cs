using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Etl.Sources.AnnexA;

/// <summary>
/// An xlsx workbook read forward only, a row at a time (OpenXmlReader over each sheet part), so that reading a list
/// needs memory for one row, not for the workbook: ClosedXML would build the whole workbook's model first. Only the
/// shared strings are held (cells refer to them by number), and of those only the strings the read columns use: the
/// sheets are walked once to learn which (see <see cref="KeepStrings"/>), then the strings are read once.
/// </summary>
internal sealed class StreamedWorkbook : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private Dictionary<int, string>? _strings;

    public StreamedWorkbook(string path)
    {
        _document = SpreadsheetDocument.Open(path, false);
        var workbook = _document.WorkbookPart ?? throw new InvalidDataException("it has no workbook part");
        Sheets = (workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
            .Where(s => s.Id?.Value is { } id && workbook.GetPartById(id) is WorksheetPart)
            .Select(s => (s.Name?.Value ?? "", s.Id!.Value!))
            .ToList();
    }

    /// <summary>The worksheets, in the workbook's order: name, and the part to read rows from.</summary>
    public IReadOnlyList<(string Name, string Part)> Sheets { get; }

    /// <summary>
    /// Reads the shared strings the given cells refer to (every other string is skipped as it is read), so what is held
    /// grows with the distinct values of the columns read, not with the workbook.
    /// </summary>
    public void KeepStrings(IReadOnlySet<int> wanted)
    {
        _strings = [];
        if (_document.WorkbookPart?.SharedStringTablePart is not { } part) return;
        using var reader = OpenXmlReader.Create(part);
        var index = -1;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            index++;
            // Each item is loaded (a few bytes), and dropped unless wanted: Skip() would move to the next item itself,
            // which the loop's Read() would then pass over.
            var item = (SharedStringItem)reader.LoadCurrentElement()!;
            if (!wanted.Contains(index)) continue;
            // The item's text is its <t>, or its runs' <t>s; phonetic guides (<rPh>) are not part of the value.
            _strings[index] = item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));
        }
    }

    /// <summary>The rows of a sheet that have a cell, in order, each with its 1-based row number.</summary>
    public IEnumerable<SheetRow> Rows(string part)
    {
        var sheet = (WorksheetPart)_document.WorkbookPart!.GetPartById(part);
        using var reader = OpenXmlReader.Create(sheet);
        var number = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            number = row.RowIndex?.Value is { } r ? (int)r : number + 1;
            var cells = new Dictionary<int, RawCell>();
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                // A cell without a usable reference is the one after the previous cell (the spec lets writers leave it out).
                column = cell.CellReference?.Value is { } reference && ColumnOf(reference) is > 0 and var c ? c : column + 1;
                if (Raw(cell) is { } raw) cells[column] = raw;
            }
            if (cells.Count > 0) yield return new SheetRow(this, number, cells);
        }
    }

    /// <summary>A cell as the file has it: its text or shared string number, and whether it is a number.</summary>
    internal readonly record struct RawCell(string Text, CellKind Kind);

    internal enum CellKind { Number, SharedString, Text, Date }

    private static RawCell? Raw(Cell cell)
    {
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
            return cell.InlineString is { } inline ? new RawCell(inline.Text?.Text ?? string.Concat(inline.Elements<Run>().Select(r => r.Text?.Text)), CellKind.Text) : null;
        if (cell.CellValue?.Text is not { } value) return null;
        if (type == CellValues.SharedString) return new RawCell(value, CellKind.SharedString);
        if (type == CellValues.Boolean) return new RawCell(value == "1" ? "TRUE" : "FALSE", CellKind.Text);
        if (type == CellValues.Date) return new RawCell(value, CellKind.Date);
        // A number; or a formula's text result, or an error such as #N/A (missing, to the field rules).
        return new RawCell(value, type is null || type == CellValues.Number ? CellKind.Number : CellKind.Text);
    }

    /// <summary>"AB12" is column 28.</summary>
    private static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            n = n * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }
        return n;
    }

    internal string? SharedString(string index) =>
        _strings is not null && int.TryParse(index, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && _strings.TryGetValue(i, out var s) ? s : null;

    public void Dispose() => _document.Dispose();

    /// <summary>One row's cells by 1-based column.</summary>
    internal sealed class SheetRow(StreamedWorkbook workbook, int number, Dictionary<int, RawCell> cells)
    {
        public int Number => number;

        /// <summary>The last column with a value.</summary>
        public int LastColumn => cells.Keys.Max();

        /// <summary>The shared strings a column of this row refers to (see <see cref="KeepStrings"/>).</summary>
        public int? SharedStringAt(int column) =>
            cells.TryGetValue(column, out var c) && c.Kind == CellKind.SharedString && int.TryParse(c.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;

        /// <summary>
        /// A cell as text, trimmed, null when blank: a number in a date column is an Excel serial date (the number is the
        /// cell's type, which the CSV the loader reads cannot carry); everything else is judged by the field rules.
        /// </summary>
        public string? Text(int column, bool date = false)
        {
            if (!cells.TryGetValue(column, out var cell)) return null;
            var text = cell.Kind switch
            {
                CellKind.SharedString => workbook.SharedString(cell.Text),
                CellKind.Number when date && double.TryParse(cell.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial)
                    && ValueParsers.FromExcelSerial(serial) is { } d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                CellKind.Date => cell.Text.Length >= 10 ? cell.Text[..10] : cell.Text,
                _ => cell.Text,
            };
            text = text?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }
    }
}
