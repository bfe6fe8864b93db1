using Scorecard.Reports.Charts;
using SkiaSharp;

namespace Scorecard.Reports.Board;

/// <summary>A cell of a table page: text (lines split by '\n'), and how it is set.</summary>
internal sealed record PdfCell(string Text, bool Bold = false, bool Italic = false, SKColor? Fill = null, SKColor? Ink = null, bool Right = false);

/// <summary>A column of a table page.</summary>
internal sealed record PdfColumn(string Heading, float Width, bool Right = false);

/// <summary>A row: its cells, and an optional line under them across the row (a benchmark, say).</summary>
internal sealed record PdfRow(IReadOnlyList<PdfCell> Cells, string? Under = null);

/// <summary>
/// The frame every page of the board document shares with the chart pages (<see cref="ChartPage"/>): the pack line,
/// title and rule at the top, the source line and page number at the foot, the bundled font throughout, and no
/// text under 8.5 pt, so a printout stays legible.
/// </summary>
internal static class PdfPageFrame
{
    public const float Width = ChartPage.Width, Height = ChartPage.Height, Margin = 34;
    public const float BodySize = 8.6f, HeadingSize = 8.6f, LineHeight = 10.6f, CellPadding = 3;
    /// <summary>The smallest text size the document uses (tests check no text is set smaller).</summary>
    public const float SmallestText = 8.6f;
    public static float ContentTop(bool subtitle) => Margin + 6 + 21 + (subtitle ? 14 : 0) + 8;
    public static float ContentBottom => Height - Margin - 8;

    public static readonly SKColor Ink = SKColor.Parse(PackPalette.Ink);
    public static readonly SKColor NoteInk = SKColor.Parse(PackPalette.NoteInk);
    public static readonly SKColor Title = SKColor.Parse(PackPalette.Title);
    public static readonly SKColor HeaderFill = SKColor.Parse(PackPalette.Header.Fill);
    public static readonly SKColor HeaderInk = SKColor.Parse(PackPalette.Header.Ink);
    public static readonly SKColor Rule = SKColor.Parse("#BFBFBF");

    /// <summary>Top and foot of a page; returns where content may start.</summary>
    public static float Frame(SKCanvas canvas, string packLine, string title, string? subtitle, string footerLine, int page, int pages)
    {
        canvas.Clear(SKColors.White);
        using var small = new SKFont(PackFonts.Regular, 9.5f);
        using var titleFont = new SKFont(PackFonts.Bold, 16.5f);
        using var subtitleFont = new SKFont(PackFonts.Regular, 10.5f);
        using var note = new SKFont(PackFonts.Regular, SmallestText);
        using var grey = new SKPaint { Color = NoteInk, IsAntialias = true };
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var rule = new SKPaint { Color = Title, IsAntialias = true, StrokeWidth = 1.5f, Style = SKPaintStyle.Stroke };
        var y = Margin + 6;
        canvas.DrawText(packLine, Margin, y, SKTextAlign.Left, small, grey);
        y += 21;
        canvas.DrawText(Fit(title, titleFont, Width - 2 * Margin), Margin, y, SKTextAlign.Left, titleFont, ink);
        if (subtitle is not null)
        {
            y += 14;
            canvas.DrawText(Fit(subtitle, subtitleFont, Width - 2 * Margin), Margin, y - 3, SKTextAlign.Left, subtitleFont, grey);
        }
        canvas.DrawLine(Margin, y + 5, Width - Margin, y + 5, rule);
        canvas.DrawLine(Margin, Height - Margin + 2, Width - Margin, Height - Margin + 2, rule);
        var pageLabel = $"Page {page} of {pages}";
        canvas.DrawText(pageLabel, Width - Margin, Height - Margin + 14, SKTextAlign.Right, note, grey);
        canvas.DrawText(Fit(footerLine, note, Width - 2 * Margin - note.MeasureText(pageLabel) - 12), Margin, Height - Margin + 14, SKTextAlign.Left, note, grey);
        return y + 14;
    }

    /// <summary>Shortens a line that would run past its width rather than overprint what follows.</summary>
    public static string Fit(string text, SKFont font, float width)
    {
        while (text.Length > 10 && font.MeasureText(text) > width) text = text[..^2].TrimEnd() + "…";
        return text;
    }

    /// <summary>Each cell's text as wrapped lines in its column.</summary>
    public static List<string>[] Lines(PdfRow row, IReadOnlyList<PdfColumn> columns, SKFont regular, SKFont bold) =>
        [.. row.Cells.Select((c, i) =>
        {
            var font = c.Bold ? bold : regular;
            var width = columns[i].Width - 2 * CellPadding;
            var lines = ChartPage.Wrap(c.Text, font, width);
            // Words held together (no-break spaces) that cannot fit are let go rather than run into the next column.
            return lines.Any(l => font.MeasureText(l) > width) ? ChartPage.Wrap(c.Text.Replace('\u00A0', ' '), font, width) : lines;
        })];

    public static float RowHeight(PdfRow row, IReadOnlyList<PdfColumn> columns, SKFont regular, SKFont bold, float tableWidth)
    {
        var lines = Lines(row, columns, regular, bold).Max(l => l.Count);
        var under = row.Under is null ? 0 : ChartPage.Wrap(row.Under, regular, tableWidth - 2 * CellPadding).Count;
        return (lines + under) * LineHeight + 2 * CellPadding;
    }

    /// <summary>Draws a header row then rows from <paramref name="y"/>; returns the y below the last.</summary>
    public static float Table(SKCanvas canvas, float y, IReadOnlyList<PdfColumn> columns, IEnumerable<PdfRow> rows)
    {
        using var regular = new SKFont(PackFonts.Regular, BodySize);
        using var bold = new SKFont(PackFonts.Bold, BodySize);
        using var italic = new SKFont(PackFonts.Regular, BodySize) { SkewX = -0.2f };
        using var fill = new SKPaint { IsAntialias = true };
        using var text = new SKPaint { IsAntialias = true };
        using var rule = new SKPaint { Color = Rule, StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke };
        var tableWidth = columns.Sum(c => c.Width);
        var header = new PdfRow([.. columns.Select(c => new PdfCell(c.Heading, Bold: true, Fill: HeaderFill, Ink: HeaderInk, Right: c.Right))]);
        foreach (var row in rows.Prepend(header))
        {
            var height = RowHeight(row, columns, regular, bold, tableWidth);
            var lines = Lines(row, columns, regular, bold);
            var x = Margin;
            for (var i = 0; i < columns.Count; i++)
            {
                var cell = row.Cells[i];
                if (cell.Fill is { } f)
                {
                    fill.Color = f;
                    canvas.DrawRect(x, y, columns[i].Width, height - (row.Under is null ? 0 : ChartPage.Wrap(row.Under, regular, tableWidth - 2 * CellPadding).Count * LineHeight), fill);
                }
                text.Color = cell.Ink ?? Ink;
                var font = cell.Bold ? bold : cell.Italic ? italic : regular;
                var ly = y + CellPadding + BodySize;
                foreach (var line in lines[i])
                {
                    if (cell.Right || columns[i].Right) canvas.DrawText(line, x + columns[i].Width - CellPadding, ly, SKTextAlign.Right, font, text);
                    else canvas.DrawText(line, x + CellPadding, ly, SKTextAlign.Left, font, text);
                    ly += LineHeight;
                }
                x += columns[i].Width;
            }
            if (row.Under is not null)
            {
                text.Color = NoteInk;
                var ly = y + CellPadding + BodySize + lines.Max(l => l.Count) * LineHeight;
                foreach (var line in ChartPage.Wrap(row.Under, italic, tableWidth - 2 * CellPadding - columns[0].Width))
                {
                    canvas.DrawText(line, Margin + columns[0].Width + CellPadding, ly, SKTextAlign.Left, italic, text);
                    ly += LineHeight;
                }
            }
            y += height;
            canvas.DrawLine(Margin, y, Margin + tableWidth, y, rule);
        }
        return y;
    }

    /// <summary>Notes under a table: wrapped across the page in the note ink.</summary>
    public static float Notes(SKCanvas canvas, float y, IEnumerable<string> notes)
    {
        using var font = new SKFont(PackFonts.Regular, SmallestText);
        using var paint = new SKPaint { Color = NoteInk, IsAntialias = true };
        foreach (var line in notes.SelectMany(n => ChartPage.Wrap(n, font, Width - 2 * Margin)))
        {
            y += LineHeight;
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, font, paint);
        }
        return y;
    }

    public static float NotesHeight(IEnumerable<string> notes)
    {
        using var font = new SKFont(PackFonts.Regular, SmallestText);
        return notes.Sum(n => ChartPage.Wrap(n, font, Width - 2 * Margin).Count) * LineHeight;
    }

    /// <summary>Rows split into pages: each page's rows fit between the content top and bottom, header included.</summary>
    public static List<List<PdfRow>> Paginate(IReadOnlyList<PdfColumn> columns, IReadOnlyList<PdfRow> rows, float firstTop, float top, float bottom, float lastPageReserve)
    {
        using var regular = new SKFont(PackFonts.Regular, BodySize);
        using var bold = new SKFont(PackFonts.Bold, BodySize);
        var width = columns.Sum(c => c.Width);
        var header = RowHeight(new PdfRow([.. columns.Select(c => new PdfCell(c.Heading, Bold: true))]), columns, regular, bold, width);
        var pages = new List<List<PdfRow>> { new() };
        var y = firstTop + header;
        foreach (var row in rows)
        {
            var h = RowHeight(row, columns, regular, bold, width);
            if (y + h > bottom && pages[^1].Count > 0)
            {
                pages.Add([]);
                y = top + header;
            }
            pages[^1].Add(row);
            y += h;
        }
        // The notes go under the last rows; if they do not fit, the last rows move to a page with them (never notes alone).
        if (y + lastPageReserve > bottom && pages[^1].Count > 1)
        {
            var last = pages[^1];
            var moved = last.Skip(last.Count / 2).ToList();
            last.RemoveRange(last.Count / 2, moved.Count);
            pages.Add(moved);
        }
        return pages;
    }
}
