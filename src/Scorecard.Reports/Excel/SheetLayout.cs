using System.Globalization;
using ClosedXML.Excel;

namespace Scorecard.Reports.Excel;

/// <summary>
/// Writes cells and remembers how wide their text is, then sets column widths and the heights of rows with
/// wrapped text. ClosedXML's AdjustToContents measures text through GDI+, which throws on Linux; and a
/// column too narrow for its number shows ####, which a board member reads as an error. Widths are
/// estimated generously, because LibreOffice and Excel lay text out in slightly different fonts.
/// </summary>
internal sealed class SheetLayout(IXLWorksheet sheet)
{
    private readonly Dictionary<int, double> _widths = [];
    private readonly Dictionary<int, double> _fixed = [];
    private readonly List<(int Row, int Column, string Text, double Scale)> _wrapped = [];
    private readonly Dictionary<int, double> _minimumHeights = [];
    private readonly List<(int Row, int First, int Last, string Text)> _paragraphs = [];
    private readonly HashSet<int> _notes = [];
    private readonly Dictionary<int, double> _heights = [];

    public IXLWorksheet Sheet => sheet;

    /// <summary>Text that sets its column's width (bold text is wider).</summary>
    public IXLCell Text(int row, int column, string text, bool bold = false)
    {
        var cell = sheet.Cell(row, column);
        cell.SetValue(text);
        if (bold) cell.Style.Font.Bold = true;
        Track(column, text, bold ? 1.08 : 1.0);
        return cell;
    }

    /// <summary>Text that wraps within its column's fixed width; the row grows to fit.</summary>
    public IXLCell Wrapped(int row, int column, string text, bool bold = false, double fontScale = 1.0, bool widenForLongestWord = true)
    {
        var cell = sheet.Cell(row, column);
        cell.SetValue(text);
        cell.Style.Alignment.WrapText = true;
        if (bold) cell.Style.Font.Bold = true;
        _wrapped.Add((row, column, text, fontScale * (bold ? 1.08 : 1.0)));
        // The longest word must still fit on a line.
        if (widenForLongestWord)
        {
            var longestWord = text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
            Track(column, new string('x', longestWord), fontScale * (bold ? 1.08 : 1.0));
        }
        return cell;
    }

    /// <summary>
    /// A note across the table's columns: merged and wrapped to the table's width, so a long sentence neither
    /// widens the printed page (and shrinks every other text) nor runs off it.
    /// </summary>
    public IXLCell Paragraph(int row, int firstColumn, int lastColumn, string text, bool isNote = true)
    {
        var cell = sheet.Cell(row, firstColumn);
        cell.SetValue(text);
        cell.Style.Alignment.WrapText = true;
        cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        if (lastColumn > firstColumn) sheet.Range(row, firstColumn, row, lastColumn).Merge();
        _paragraphs.Add((row, firstColumn, lastColumn, text));
        if (isNote) _notes.Add(row);
        return cell;
    }

    /// <summary>Text in a cell that may spill over empty cells to its right (titles, notes): it sets no width.</summary>
    public IXLCell Spill(int row, int column, string text)
    {
        var cell = sheet.Cell(row, column);
        cell.SetValue(text);
        return cell;
    }

    public IXLCell Number(int row, int column, double value, string format, string shownAs)
    {
        var cell = sheet.Cell(row, column);
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = format;
        // Digits are one width unit each, bold or not, and spaces and brackets narrower: a number needs less margin than words.
        _widths[column] = Math.Max(_widths.GetValueOrDefault(column), shownAs.Length + 2);
        return cell;
    }

    /// <summary>A count; a provisional one reads "1,234 p" and is still a number a formula can use.</summary>
    public IXLCell Count(int row, int column, double value, bool provisional = false, string suffix = "") =>
        Number(row, column, value, Formats.With(Formats.Count, "", suffix, provisional), value.ToString("#,##0", CultureInfo.InvariantCulture) + suffix + (provisional ? " p" : ""));

    /// <summary>
    /// A percentage; <paramref name="suffix"/> (" (5 of 8)", a RAG letter) is part of the cell's format, so the cell
    /// still holds the number a formula reads while the page shows the base it rests on.
    /// </summary>
    public IXLCell Percentage(int row, int column, double value, bool provisional = false, string suffix = "") =>
        Number(row, column, value, Formats.With(Formats.PercentageNumber, "%", suffix, provisional),
            value.ToString("0.0", CultureInfo.InvariantCulture) + "%" + suffix + (provisional ? " p" : ""));

    public IXLCell DateTimeUtc(int row, int column, DateTime value)
    {
        var cell = sheet.Cell(row, column);
        cell.SetValue(value);
        cell.Style.NumberFormat.Format = Formats.DateTime;
        Track(column, "30 Sep 2026 23:59 UTC", 1.0);
        return cell;
    }

    public IXLCell Date(int row, int column, DateOnly value)
    {
        var cell = sheet.Cell(row, column);
        cell.SetValue(value.ToDateTime(TimeOnly.MinValue));
        cell.Style.NumberFormat.Format = Formats.Date;
        Track(column, "30 Sep 2026", 1.0);
        return cell;
    }

    /// <summary>Gives columns the same width (the widest of them): a row of periods reads better evenly spaced.</summary>
    public void SameWidth(int firstColumn, int lastColumn)
    {
        var width = Enumerable.Range(firstColumn, lastColumn - firstColumn + 1)
            .Max(c => Math.Max(_fixed.GetValueOrDefault(c), _widths.GetValueOrDefault(c)));
        for (var c = firstColumn; c <= lastColumn; c++) _fixed[c] = width;
    }

    /// <summary>A column whose text wraps at this width instead of widening it.</summary>
    public void FixWidth(int column, double width) => _fixed[column] = width;

    public void AtLeast(int column, double width) => _widths[column] = Math.Max(_widths.GetValueOrDefault(column), width);

    public void MinimumHeight(int row, double points) => _minimumHeights[row] = Math.Max(_minimumHeights.GetValueOrDefault(row), points);

    /// <summary>Sets every tracked column's width and the height of every row with wrapped text.</summary>
    public void Apply(double maximum = 70)
    {
        foreach (var (column, width) in _widths)
            if (!_fixed.ContainsKey(column)) sheet.Column(column).Width = Math.Min(maximum, width);
        foreach (var (column, width) in _fixed)
            sheet.Column(column).Width = Math.Max(width, Math.Min(maximum, _widths.GetValueOrDefault(column)));

        var lines = new Dictionary<int, int>();
        foreach (var (row, column, text, scale) in _wrapped)
        {
            var width = sheet.Column(column).Width;
            var count = text.Split('\n').Sum(p => LinesFor(p, width, scale));
            lines[row] = Math.Max(lines.GetValueOrDefault(row), count);
        }
        foreach (var (row, first, last, text) in _paragraphs)
        {
            var width = Enumerable.Range(first, last - first + 1).Sum(c => sheet.Column(c).Width);
            lines[row] = Math.Max(lines.GetValueOrDefault(row), text.Split('\n').Sum(p => LinesFor(p, width, 1.0)));
        }
        foreach (var row in lines.Keys.Union(_minimumHeights.Keys))
        {
            var height = Math.Max(LineHeight + 2.5, lines.GetValueOrDefault(row) * LineHeight + 3);
            sheet.Row(row).Height = _heights[row] = Math.Max(height, _minimumHeights.GetValueOrDefault(row));
        }
    }

    /// <summary>A4 landscape, less the margins the packs print with (0.4 inch each side; 0.55 top, 0.6 bottom).</summary>
    public const double PrintableWidthPoints = 841.9 - 2 * 0.4 * 72, PrintableHeightPoints = 595.3 - (0.55 + 0.6) * 72;

    /// <summary>The smallest font the workbook uses (notes): the print scale never takes it below 8 pt.</summary>
    public const double SmallestFont = 10;
    public const int MinimumScale = 80;

    /// <summary>
    /// Sets an explicit print scale: as large as lets the columns fit the page's width, but never below
    /// <see cref="MinimumScale"/> (10 pt x 80% = 8 pt). A sheet still too wide prints onto more pages across with its
    /// first columns repeated. Then moves a page break up where a page would otherwise hold only notes.
    /// </summary>
    public void PrintOnA4(int lastColumn, int repeatFirstRow, int repeatLastRow, int repeatColumns)
    {
        var page = sheet.PageSetup;
        var width = WidthInPoints(1, lastColumn);
        var scale = Math.Clamp((int)Math.Floor(100 * PrintableWidthPoints / width), MinimumScale, 100);
        page.Scale = scale;
        page.SetRowsToRepeatAtTop(repeatFirstRow, repeatLastRow);
        if (width * scale / 100 > PrintableWidthPoints && repeatColumns > 0) page.SetColumnsToRepeatAtLeft(1, repeatColumns);
        KeepNotesWithTheirTable(scale, repeatFirstRow, repeatLastRow);
    }

    /// <summary>Column widths in points as printed: Excel's width unit is a digit of the default font (7 px) plus 5 px padding.</summary>
    public double WidthInPoints(int firstColumn, int lastColumn) =>
        Enumerable.Range(firstColumn, lastColumn - firstColumn + 1).Sum(c => (sheet.Column(c).Width * 7 + 5) * 0.75);

    /// <summary>
    /// Pages as the rows' heights lay them out (a little pessimistically, so a break comes early rather than late);
    /// where a page would begin with notes and hold nothing else, a break three rows earlier takes the end of the
    /// table over with them.
    /// </summary>
    private void KeepNotesWithTheirTable(int scale, int repeatFirstRow, int repeatLastRow)
    {
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        // Every row gets the height the pages are worked out with, so what prints is what was planned.
        for (var row = 1; row <= last; row++)
            if (!_heights.ContainsKey(row)) sheet.Row(row).Height = _heights[row] = SingleLine;
        if (_notes.Count == 0) return;
        var usable = 0.95 * PrintableHeightPoints * 100 / scale;
        var repeated = Enumerable.Range(repeatFirstRow, repeatLastRow - repeatFirstRow + 1).Sum(Height);
        var pageStart = 1;
        var used = 0.0;
        for (var row = 1; row <= last; row++)
        {
            var h = Height(row);
            if (used + h > usable && row > pageStart)
            {
                if (OnlyNotes(row, last, usable - repeated))
                {
                    var tableEnd = row - 1;
                    while (tableEnd > 1 && (_notes.Contains(tableEnd) || sheet.Row(tableEnd).IsEmpty())) tableEnd--;
                    if (tableEnd - 3 > Math.Max(repeatLastRow, pageStart))
                    {
                        // The table's last three rows go over with the notes: a new page starts after the break.
                        sheet.PageSetup.AddHorizontalPageBreak(tableEnd - 3);
                        row = tableEnd - 2;
                        h = Height(row);
                    }
                }
                pageStart = row;
                used = repeated;
            }
            used += h;
        }
    }

    /// <summary>One line of 10 pt text as LibreOffice and Excel lay it out, with a little room.</summary>
    private const double SingleLine = 14;

    /// <summary>True when every row from <paramref name="start"/> that fits on one page is a note or empty.</summary>
    private bool OnlyNotes(int start, int last, double room)
    {
        var used = 0.0;
        for (var row = start; row <= last && used + Height(row) <= room; row++)
        {
            used += Height(row);
            if (!_notes.Contains(row) && !sheet.Row(row).IsEmpty()) return false;
        }
        return true;
    }

    /// <summary>A row's height in points: as set here, or one line of 10 pt text.</summary>
    public double Height(int row) => _heights.TryGetValue(row, out var h) ? h : SingleLine;

    /// <summary>Rows written as notes.</summary>
    public IReadOnlyCollection<int> NoteRows => _notes;

    /// <summary>Points per line of 10 pt text, with the leading LibreOffice adds.</summary>
    private const double LineHeight = 13.2;

    private void Track(int column, string text, double scale)
    {
        // About one width unit per character of 10 pt Arial, plus padding; wide letters and the fonts other
        // machines substitute for Arial take the 15% margin.
        var width = text.Length * 1.05 * scale + 2.5;
        _widths[column] = Math.Max(_widths.GetValueOrDefault(column), width);
    }

    /// <summary>Lines a paragraph wraps to in a column of this width (word wrap, a little pessimistic).</summary>
    private static int LinesFor(string paragraph, double width, double scale)
    {
        // Mixed-case text averages under the width of '0' per character (about 0.85 in Arial); capitals and the
        // fonts that stand in for Arial elsewhere are wider, hence 0.95: a spare line is better than a cut one.
        var usable = Math.Max(4, (width - 1.5) / (0.95 * scale));
        var lines = 1;
        var used = 0.0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var needed = used == 0 ? word.Length : used + 1 + word.Length;
            if (needed > usable && used > 0)
            {
                lines++;
                used = word.Length;
            }
            else used = needed;
        }
        return lines;
    }
}

/// <summary>Number formats: real numbers, shown the way the scorecard writes them.</summary>
internal static class Formats
{
    public const string Count = "#,##0";
    /// <summary>Percentages are stored 0-100, as in the snapshot and the OData feed, so a formula gets the same number Power BI does.</summary>
    public const string PercentageNumber = "0.0";
    public const string Percentage = "0.0\"%\"";
    /// <summary>Provisional values carry a "p" in the cell's format, so they stay numbers.</summary>
    public const string ProvisionalCount = "#,##0\" p\"";
    public const string ProvisionalPercentage = "0.0\"% p\"";

    /// <summary>A number format with literal text after the number: the unit sign, a suffix such as " (5 of 8)", then " p".</summary>
    public static string With(string number, string sign, string suffix, bool provisional)
    {
        var text = sign + suffix.Replace("\"", "", StringComparison.Ordinal) + (provisional ? " p" : "");
        return text.Length == 0 ? number : $"{number}\"{text}\"";
    }
    public const string Date = "d mmm yyyy";
    public const string DateTime = "d mmm yyyy hh:mm \"UTC\"";
}
