using ScottPlot;
using SkiaSharp;

namespace Scorecard.Reports.Charts;

/// <summary>
/// One chart as a page: heading, the plot, and the footnotes (definition, target, suppression, source) that
/// must travel with it when a slide or a printout is passed on. The same drawing makes the PNG and the PDF page.
/// </summary>
public sealed class ChartPage(string fileStem, string title, string subtitle, Plot plot, IReadOnlyList<string> notes, IReadOnlyList<ChartPanel>? panels = null)
{
    /// <summary>A4 landscape in PDF points.</summary>
    public const float Width = 842;
    public const float Height = 595;
    /// <summary>PNGs are drawn at twice the page size (144 dpi), sharp enough for a slide or print.</summary>
    public const int PngScale = 2;
    public const int PngWidth = (int)Width * PngScale;
    public const int PngHeight = (int)Height * PngScale;

    private const float Margin = 34;
    private const float NoteSize = 8.6f;
    private const float NoteLeading = 11.2f;

    public string FileStem => fileStem;
    public string Title => title;
    public Plot Plot => plot;
    /// <summary>Every plot the page draws: its one plot, or each panel's.</summary>
    public IEnumerable<Plot> Plots => panels?.Select(p => p.Plot) ?? [plot];
    /// <summary>The footnotes printed under the chart.</summary>
    public IReadOnlyList<string> Notes => notes;
    /// <summary>Target and average lines drawn across the values, by legend text and value.</summary>
    public IReadOnlyList<(string Name, double Value)> ReferenceLines { get; init; } = [];
    /// <summary>Where value labels begin on the value axis, when they sit in a column of their own (bar charts of units).</summary>
    public double? LabelsFrom { get; init; }
    /// <summary>A trend's target in each period (by index), where it has one.</summary>
    public IReadOnlyDictionary<int, double> TargetAt { get; init; } = new Dictionary<int, double>();
    /// <summary>Where a trend's value labels sit: period index and the value-axis span each label covers.</summary>
    public IReadOnlyList<(double X, double Low, double High)> LabelSpans { get; init; } = [];

    private static readonly SKColor Ink = SKColor.Parse(PackPalette.Ink);
    private static readonly SKColor Grey = SKColor.Parse(PackPalette.NoteInk);
    private static readonly SKColor Rule = SKColor.Parse(PackPalette.Title);

    /// <summary>Draws the page onto a canvas of <see cref="Width"/> x <see cref="Height"/> units; <paramref name="pageCount"/> 0 for a slide (no page number).</summary>
    public void Draw(SKCanvas canvas, string packLine, string footerLine, int pageNumber, int pageCount)
    {
        using var titleFont = new SKFont(PackFonts.Bold, 16.5f);
        using var smallFont = new SKFont(PackFonts.Regular, 9.5f);
        using var subtitleFont = new SKFont(PackFonts.Regular, 10.5f);
        using var noteFont = new SKFont(PackFonts.Regular, NoteSize);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        using var grey = new SKPaint { Color = Grey, IsAntialias = true };
        using var rule = new SKPaint { Color = Rule, IsAntialias = true, StrokeWidth = 1.5f, Style = SKPaintStyle.Stroke };

        canvas.Clear(SKColors.White);

        // Footnotes first: their height decides how much room the plot has.
        var noteWidth = Width - 2 * Margin;
        var noteLines = notes.SelectMany(n => Wrap(n, noteFont, noteWidth)).ToList();
        var footerTop = Height - Margin - 14 - noteLines.Count * NoteLeading;

        var top = Margin + 6;
        canvas.DrawText(packLine, Margin, top, SKTextAlign.Left, smallFont, grey);
        var titleLines = Wrap(title, titleFont, Width - 2 * Margin);
        var y = top + 21;
        foreach (var line in titleLines)
        {
            canvas.DrawText(line, Margin, y, SKTextAlign.Left, titleFont, ink);
            y += 20;
        }
        foreach (var line in Wrap(subtitle, subtitleFont, Width - 2 * Margin))
        {
            canvas.DrawText(line, Margin, y - 3, SKTextAlign.Left, subtitleFont, grey);
            y += 14;
        }
        canvas.DrawLine(Margin, y - 6, Width - Margin, y - 6, rule);

        var plotRect = new PixelRect(Margin - 6, Width - Margin + 6, footerTop - 8, y);
        canvas.Save();
        canvas.ClipRect(new SKRect(plotRect.Left, plotRect.Top, plotRect.Right, plotRect.Bottom));
        if (panels is null) plot.Render(canvas, plotRect);
        else DrawPanels(canvas, plotRect, panels);
        canvas.Restore();

        var noteY = footerTop + NoteSize;
        foreach (var line in noteLines)
        {
            canvas.DrawText(line, Margin, noteY, SKTextAlign.Left, noteFont, ink);
            noteY += NoteLeading;
        }
        canvas.DrawLine(Margin, Height - Margin + 2, Width - Margin, Height - Margin + 2, rule);
        // A page number only on a page of the PDF: a slide pasted on its own has no "Page 3 of 11".
        var pageLabel = pageCount > 0 ? $"Page {pageNumber} of {pageCount}" : "";
        canvas.DrawText(pageLabel, Width - Margin, Height - Margin + 14, SKTextAlign.Right, noteFont, grey);
        // The source line must not run into the page number: shorten it rather than overprint.
        var room = Width - 2 * Margin - noteFont.MeasureText(pageLabel) - 12;
        var footer = footerLine;
        while (footer.Length > 10 && noteFont.MeasureText(footer) > room) footer = footer[..^2].TrimEnd() + "…";
        canvas.DrawText(footer, Margin, Height - Margin + 14, SKTextAlign.Left, noteFont, grey);
    }

    /// <summary>Small plots two across, each under its own heading (the first heading line bold).</summary>
    private static void DrawPanels(SKCanvas canvas, PixelRect area, IReadOnlyList<ChartPanel> panels)
    {
        using var headingFont = new SKFont(PackFonts.Bold, 9.5f);
        using var lineFont = new SKFont(PackFonts.Regular, 8.6f);
        using var ink = new SKPaint { Color = Ink, IsAntialias = true };
        const int columns = 2;
        var rows = (panels.Count + columns - 1) / columns;
        var width = area.Width / columns;
        var height = area.Height / Math.Max(rows, 2);
        for (var i = 0; i < panels.Count; i++)
        {
            var left = area.Left + i % columns * width;
            var top = area.Top + i / columns * height;
            var lines = panels[i].Heading.Split('\n');
            var plotTop = top + 11 + lines.Length * 11.5f - 4;
            // A plot paints its whole canvas: each is clipped to its own cell, and headings are drawn after.
            canvas.Save();
            canvas.ClipRect(new SKRect(left, plotTop, left + width, top + height));
            panels[i].Plot.Render(canvas, new PixelRect(left, left + width, top + height, plotTop));
            canvas.Restore();
            var y = top + 11;
            for (var l = 0; l < lines.Length; l++)
            {
                var font = l == 0 ? headingFont : lineFont;
                var text = lines[l];
                // A long measure name is shortened rather than run into the next panel.
                while (text.Length > 10 && font.MeasureText(text) > width - 14) text = text[..^2].TrimEnd() + "…";
                canvas.DrawText(text, left + 8, y, SKTextAlign.Left, font, ink);
                y += 11.5f;
            }
        }
    }

    /// <summary>Greedy word wrap by measured width: footnotes are sentences and must not run off the page.</summary>
    internal static List<string> Wrap(string text, SKFont font, float width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && font.MeasureText(candidate) > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else line = candidate;
            }
            lines.Add(line);
        }
        return lines;
    }
}

/// <summary>One small plot of a page of several, with its heading (lines separated by a newline).</summary>
public sealed record ChartPanel(string Heading, Plot Plot);
