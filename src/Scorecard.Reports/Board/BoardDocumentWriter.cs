using System.Globalization;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Reports.Benchmarks;
using Scorecard.Reports.Charts;
using Scorecard.Reports.Snapshot;
using Scorecard.Reports.Spc;
using Scorecard.Reports.Story;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;
using SkiaSharp;
using F = Scorecard.Reports.Board.PdfPageFrame;

namespace Scorecard.Reports.Board;

/// <summary>The board document as written: its path and each page's title, in order.</summary>
public sealed record BoardDocument(string Path, IReadOnlyList<string> PageTitles);

/// <summary>
/// One PDF a board secretary can circulate: the cover with the headlines, the scorecard, the exceptions with their
/// commentary, the DfE benchmarks, then each section's tables followed by its charts, in the order the workbook
/// reads. Drawn with SkiaSharp (as the chart pack is), in the bundled font, so no office suite is needed to make it.
/// Every number is the published cell's, as in the workbook; nothing here decides what may be shown.
/// </summary>
public sealed class BoardDocumentWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Trend tables show at most this many periods: each with its base beside it, more would not fit a page.</summary>
    public const int TrendColumns = 8;

    private sealed record Page(string Title, string? Subtitle, Action<SKCanvas, float, IReadOnlyList<int>> Body, ChartPage? Chart = null);

    public BoardDocument Write(PackSnapshot s, PackStory story, string path)
    {
        PackFonts.RegisterWithScottPlot();
        var pages = new List<Page>();
        // Where each contents entry starts, filled in as pages are added, read when the cover is drawn.
        var contents = new List<(string Entry, int PageIndex)>();
        pages.Add(new Page(s.Template.Title, $"{s.Authority.Name}: {PackText.PeriodWithDates(s.Period)}", (c, y, starts) => Cover(c, y, s, story, contents)));
        contents.Add(("Scorecard", pages.Count));
        pages.AddRange(TablePages($"Scorecard: {s.Period.Label}", $"{s.Authority.Name}. RAG against the {s.Period.FinancialYearLabel} targets; arrows compare with the previous {s.Template.GrainWord} and the same {s.Template.GrainWord} last year.",
            ScorecardColumns(s), ScorecardRows(s), ScorecardNotes(s)));
        contents.Add(($"Exceptions and commentary ({story.Exceptions.Count})", pages.Count));
        pages.AddRange(TablePages($"Exceptions and commentary: {s.Period.Label}", $"What is red, worsening two {s.Template.GrainWord}s running, or a process control signal, with what its owner says.",
            ExceptionColumns, ExceptionRows(story), ExceptionNotes(s, story)));
        if (s.Benchmarks is { } benchmarks && s.Benchmarked.Any())
        {
            contents.Add(("How we compare: DfE benchmarks", pages.Count));
            pages.AddRange(TablePages(BenchmarkText.Heading(s), null, BenchmarkColumns(s, benchmarks), BenchmarkRows(s), [BenchmarkText.Explanation(s, benchmarks), .. BenchmarkText.Sources(s, benchmarks)]));
        }

        var charts = ChartPackWriter.Build(s);
        var chartIndex = 0;
        foreach (var section in s.Template.Sections)
        {
            contents.Add((section.Title, pages.Count));
            pages.AddRange(TablePages($"{section.Title}: trend", section.Description, TrendColumns_(s), TrendRows(s, section), [PackText.Suppression(s.Suppress)]));
            if (s.ComparisonUnits.Any(u => s.Concerns(u, section.Measures)))
                pages.AddRange(TablePages($"{section.Title}: {LevelWords(s.Template)} compared, {s.Period.Label}", null, ComparisonColumns(s, section), ComparisonRows(s, section), [PackText.Suppression(s.Suppress)]));
            var count = section.Charts.Count + SpcCharts.Pages(s, section).Count();
            foreach (var chart in charts.Skip(chartIndex).Take(count))
                pages.Add(new Page(chart.Title, null, (_, _, _) => { }, chart));
            chartIndex += count;
        }

        var packLine = $"{s.Authority.Name} · {s.Template.Title} · {s.Period.Label}";
        var footerLine = $"Source: {s.Authority.Name} early help warehouse, {PackText.DataAsOfShort(s.DataQuality)} Generated {s.GeneratedAtUtc.ToString("d MMM yyyy HH:mm", Invariant)} UTC.";
        using (var stream = File.Create(path))
        {
            var metadata = new SKDocumentPdfMetadata
            {
                Title = $"{s.Template.Title}, {s.Period.Label}", Author = s.Authority.Name, Subject = s.Template.Audience,
                Creator = "Scorecard", Producer = "Scorecard (ScottPlot, SkiaSharp)", Creation = s.GeneratedAtUtc, Modified = s.GeneratedAtUtc, RasterDpi = 144,
            };
            using var document = SKDocument.CreatePdf(stream, metadata) ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
            var starts = contents.Select(x => x.PageIndex + 1).ToList();
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(F.Width, F.Height);
                if (pages[i].Chart is { } chart) chart.Draw(canvas, packLine, footerLine, i + 1, pages.Count);
                else
                {
                    var y = F.Frame(canvas, packLine, pages[i].Title, pages[i].Subtitle, footerLine, i + 1, pages.Count);
                    pages[i].Body(canvas, y, starts);
                }
                document.EndPage();
            }
            document.Close();
        }
        foreach (var plot in charts.SelectMany(c => c.Plots)) plot.Dispose();
        return new BoardDocument(path, pages.Select(p => p.Title).ToList());
    }

    /// <summary>A table over as many pages as it needs (header repeated), its notes under the last rows, never alone.</summary>
    private static IEnumerable<Page> TablePages(string title, string? subtitle, IReadOnlyList<PdfColumn> columns, IReadOnlyList<PdfRow> rows, IReadOnlyList<string> notes)
    {
        var top = F.ContentTop(subtitle is not null);
        var split = F.Paginate(columns, rows, top, F.ContentTop(true), F.ContentBottom, F.NotesHeight(notes) + 8);
        for (var i = 0; i < split.Count; i++)
        {
            var part = split[i];
            var last = i == split.Count - 1;
            var heading = split.Count > 1 ? $"{title} ({i + 1} of {split.Count})" : title;
            yield return new Page(heading, i == 0 ? subtitle : subtitle ?? "", (c, y, _) =>
            {
                var below = F.Table(c, y, columns, part);
                if (last) F.Notes(c, below + 4, notes);
            });
        }
    }

    private static void Cover(SKCanvas canvas, float y, PackSnapshot s, PackStory story, List<(string Entry, int PageIndex)> contents)
    {
        using var label = new SKFont(PackFonts.Bold, 10);
        using var body = new SKFont(PackFonts.Regular, 10);
        using var heading = new SKFont(PackFonts.Bold, 13);
        using var ink = new SKPaint { Color = F.Ink, IsAntialias = true };
        using var title = new SKPaint { Color = F.Title, IsAntialias = true };
        using var grey = new SKPaint { Color = F.NoteInk, IsAntialias = true };
        const float valueX = F.Margin + 130, width = F.Width - 2 * F.Margin - 130;
        void Item(string name, string value)
        {
            canvas.DrawText(name, F.Margin, y + 10, SKTextAlign.Left, label, ink);
            foreach (var line in ChartPage.Wrap(value, body, width))
            {
                canvas.DrawText(line, valueX, y + 10, SKTextAlign.Left, body, ink);
                y += 13;
            }
            y += 3;
        }
        Item("For", s.Template.Audience);
        Item("Compared with", $"previous {s.Template.GrainWord}: {s.PreviousPeriod?.Label ?? "none in the data"}; same {s.Template.GrainWord} last year: {s.LastYearPeriod?.Label ?? "none in the data"}");
        Item("Data as of", (PackText.DataAsOf(s.DataQuality) is { } asOf ? $"{PackText.Date(asOf)} (the newest record loaded). " : "") +
            string.Join("; ", s.DataQuality.Batches.Select(b => $"extract '{PackText.ExtractName(b.SourceName)}', loaded {PackText.Date(DateOnly.FromDateTime(b.FinishedAtUtc ?? b.StartedAtUtc))}")));
        Item("Small numbers", PackText.Suppression(s.Suppress));

        y += 12;
        canvas.DrawText("Headlines", F.Margin, y + 12, SKTextAlign.Left, heading, title);
        y += 20;
        if (story.Commentary.Headlines.Count == 0)
            foreach (var line in ChartPage.Wrap("No headline messages were provided" + (story.Commentary.Path.Length > 0 ? $": they come from the commentary file {Path.GetFileName(story.Commentary.Path)}." : "."), body, F.Width - 2 * F.Margin))
            {
                canvas.DrawText(line, F.Margin, y + 10, SKTextAlign.Left, body, grey);
                y += 13;
            }
        foreach (var headline in story.Commentary.Headlines)
        {
            canvas.DrawText("•", F.Margin + 4, y + 10, SKTextAlign.Left, label, ink);
            foreach (var line in ChartPage.Wrap(headline, label, F.Width - 2 * F.Margin - 16))
            {
                canvas.DrawText(line, F.Margin + 16, y + 10, SKTextAlign.Left, label, ink);
                y += 13;
            }
            y += 3;
        }

        y += 12;
        canvas.DrawText("Contents", F.Margin, y + 12, SKTextAlign.Left, heading, title);
        y += 20;
        foreach (var (entry, index) in contents)
        {
            canvas.DrawText(entry, F.Margin, y + 10, SKTextAlign.Left, body, ink);
            canvas.DrawText($"page {index + 1}", F.Margin + 330, y + 10, SKTextAlign.Left, body, grey);
            y += 13;
        }
    }

    private static IReadOnlyList<PdfColumn> ScorecardColumns(PackSnapshot s)
    {
        var area = s.ScorecardUnits.Count > 1;
        var g = s.Template.GrainWord;
        // 752 points of the 774 between the margins; value columns wide enough for "(1,234 of 1,695)" on one line.
        return
        [
            new("Code", 34), new("Measure", area ? 70 : 120), .. area ? new PdfColumn[] { new("Area", 50) } : [],
            new("This period", 72, true), new($"Previous {g}", 72, true), new($"Same {g} last year", 72, true), new("Baseline", 72, true), new("Target", 38, true),
            new("RAG", 48), new($"vs previous {g}", 56), new($"vs same {g} last year", 56), new("Variation", 60), new("Assurance", 52),
        ];
    }

    private static List<PdfRow> ScorecardRows(PackSnapshot s)
    {
        var rows = new List<PdfRow>();
        var area = s.ScorecardUnits.Count > 1;
        foreach (var unit in s.ScorecardUnits)
        {
            foreach (var m in s.Template.Measures)
            {
                var current = s.Show(m, s.Period, unit);
                var previous = s.Show(m, s.PreviousPeriod, unit);
                var lastYear = s.Show(m, s.LastYearPeriod, unit);
                var spc = unit == s.Authority ? s.Spc.GetValueOrDefault(m.Code) : null;
                var cells = new List<PdfCell> { new(m.Code), new(m.Name) };
                if (area) cells.Add(new(unit.Name));
                cells.Add(Value(m, current) with { Bold = true });
                cells.Add(Value(m, previous));
                cells.Add(Value(m, lastYear));
                cells.Add(s.BaselineLabel(m) is { } baseline ? Value(m, s.Baseline(m, unit), lastLine: $"in {baseline}") : new(""));
                cells.Add(new(current.Row?.Target is { } t ? DisplayText.Number(m.Unit, t) : "", Right: true));
                cells.Add(Rag(current));
                cells.Add(Direction(current, m.CumulativeInYear ? ShownValue.NoPeriod : previous, current.Row?.DirectionVsPrevious));
                cells.Add(Direction(current, lastYear, current.Row?.DirectionVsLastYear));
                cells.Add(spc is null ? new("") : Variation(spc));
                cells.Add(spc is null || spc.Assurance == Assurance.None ? new("") : new(string.Join(" ", ProcessControl.Describe(spc.Assurance).Letter, ProcessControl.Describe(spc.Assurance).Short),
                    Ink: spc.Assurance == Assurance.ConsistentlyFails ? SKColor.Parse(PackPalette.Worsening) : F.NoteInk));
                var under = unit == s.Authority && s.Benchmarks?.For(m.Code) is { } b ? BenchmarkText.Beside(b) : null;
                rows.Add(new PdfRow(cells, under));
            }
        }
        return rows;
    }

    private static List<string> ScorecardNotes(PackSnapshot s)
    {
        var notes = new List<string> { PackText.Suppression(s.Suppress), "-: no value (nothing to divide by). RAG: G green, A amber, R red, with its colour; p = provisional (no RAG or direction yet)." };
        if (PackText.ProvisionalNote(s.Settling(s.Template.Measures.SelectMany(m => s.ScorecardUnits.Select(u => (m, s.Show(m, s.Period, u)))))) is { } provisional) notes.Add(provisional);
        if (s.Spc.Count > 0) notes.Add(ProcessControl.Legend);
        if (s.Benchmarked.Any()) notes.Add("Lines in italics: the DfE's published figures for the same measure (see the benchmarks page for sources and our own financial-year figure).");
        return notes;
    }

    private static readonly IReadOnlyList<PdfColumn> ExceptionColumns =
    [
        new("Code", 36), new("Measure", 116), new("Area", 66), new("This period", 76, true), new("Target", 44, true),
        new("Why", 138), new("Commentary", 170), new("Owner", 56), new("Action", 72),
    ];

    private static List<PdfRow> ExceptionRows(PackStory story) =>
    [
        .. story.Exceptions.Select(e => new PdfRow(
        [
            new(e.Measure.Code), new(e.Measure.Name), new(e.Unit.Name),
            Value(e.Measure, e.Value, e.Value.Row?.Rag is { } rag ? "  " + PackPalette.RagLetter(rag) : ""),
            new(e.Value.Row?.Target is { } t ? DisplayText.Number(e.Measure.Unit, t) : "", Right: true),
            new(string.Join("; ", e.Reasons)),
            e.Commentary is { Commentary.Length: > 0 } c ? new(c.Commentary) : new(PackException.NoCommentary, Italic: true, Ink: F.NoteInk),
            new(e.Commentary?.Owner ?? ""), new(e.Commentary?.Action ?? ""),
        ])),
    ];

    private static List<string> ExceptionNotes(PackSnapshot s, PackStory story)
    {
        var grain = s.Template.GrainWord;
        var notes = new List<string>();
        if (story.Exceptions.Count == 0) notes.Add($"No measure is red, worsening two {grain}s running or showing a process control concern this {grain}.");
        notes.Add($"Exceptions are found from the published values, never chosen: red against target, worsening against the previous {grain} in this {grain} and the one before, " +
                  "or a special-cause concern in the process control chart. A withheld (c) or provisional value has no RAG or direction, so it is never an exception.");
        notes.Add(story.Commentary.Path.Length == 0
            ? "No commentary file was read for this pack."
            : $"Commentary, owners and actions: {Path.GetFileName(story.Commentary.Path)}; \"{PackException.NoCommentary}\" where the file has none.");
        return notes;
    }

    private static IReadOnlyList<PdfColumn> BenchmarkColumns(PackSnapshot s, DfeBenchmarks b) =>
    [
        new("Code", 36), new("Measure", 120), new("Year", 50), new($"{s.Authority.Name} (this warehouse)", 110, true),
        new(b.LaName is null ? "Council (DfE)" : $"{b.LaName} (DfE)", 90, true), new("England", 104, true), new(b.RegionName ?? "Region", 100, true),
        new("Statistical neighbours (average)", 96, true), new("Better when", 50),
    ];

    private static List<PdfRow> BenchmarkRows(PackSnapshot s) =>
    [
        .. s.Benchmarked.SelectMany(x => x.Benchmark.Years.TakeLast(PackSnapshotReader.BenchmarkYearsShown).Select(y => new PdfRow(
        [
            new(x.Measure.Code), new(x.Measure.Name), new(y.Year),
            new(BenchmarkText.Own(s.BenchmarkYears.GetValueOrDefault((x.Measure.Code, y.Year))), Bold: true, Right: true),
            Dfe(y.Published), Dfe(y.England), Dfe(y.Region), new(BenchmarkText.Neighbours(y), Right: true), new(BetterWhen(x.Measure)),
        ]))),
    ];

    /// <summary>A DfE figure with its counts on a second line, as our own percentages are shown.</summary>
    private static PdfCell Dfe(DfeValue v) =>
        new(BenchmarkText.Figure(v.Percent) + (BenchmarkText.Base(v).Trim() is { Length: > 0 } b ? "\n" + b.Replace(' ', '\u00A0') : ""), Right: true);

    private static List<Period> TrendWindow(PackSnapshot s) => [.. s.TrendPeriods.TakeLast(TrendColumns)];

    private static IReadOnlyList<PdfColumn> TrendColumns_(PackSnapshot s)
    {
        var periods = TrendWindow(s);
        var width = (F.Width - 2 * F.Margin - 36 - 150) / periods.Count;
        return [new("Code", 36), new("Measure", 150), .. periods.Select(p => new PdfColumn(p.Label, width, true))];
    }

    private static List<PdfRow> TrendRows(PackSnapshot s, PackSection section) =>
    [
        .. section.Measures.Select(m => new PdfRow([new(m.Code), new(m.Name), .. TrendWindow(s).Select(p => Value(m, s.Show(m, p, s.Authority)))])),
    ];

    private static IReadOnlyList<PdfColumn> ComparisonColumns(PackSnapshot s, PackSection section)
    {
        var width = Math.Min(110, (F.Width - 2 * F.Margin - 130) / Math.Max(1, section.Measures.Count));
        return [new(LevelWord(s.Template), 130), .. section.Measures.Select(m => new PdfColumn($"{m.Code} {m.Name}", width, true))];
    }

    private static List<PdfRow> ComparisonRows(PackSnapshot s, PackSection section) =>
    [
        .. s.ComparisonUnits.Where(u => s.Concerns(u, section.Measures)).Prepend(s.Authority)
            .Select(u => new PdfRow([new(u.Name, Bold: u == s.Authority), .. section.Measures.Select(m => Value(m, s.Show(m, s.Period, u)))])),
    ];

    /// <summary>A published value as the workbook shows it: its text, "p" when provisional, its base on a second line.</summary>
    private static PdfCell Value(MeasureDefinition m, ShownValue v, string suffix = "", string? lastLine = null)
    {
        if (!v.IsNumber && v.Text.Length == 0) return new PdfCell("", Right: true);
        var lines = new List<string> { v.Text + (v.IsProvisional ? " p" : "") + suffix };
        // The base stays on one line: "(1,234 of" above "1,695)" reads as two numbers.
        if (v.IsNumber && m.Unit == MeasureUnit.Percentage && PackText.OutOf(v.Row).Trim() is { Length: > 0 } outOf) lines.Add(outOf.Replace(' ', '\u00A0'));
        if (lastLine is not null) lines.Add(lastLine);
        var missing = v.Kind == ShownKind.NotAvailable;
        return new PdfCell(string.Join('\n', lines), Italic: missing, Ink: missing ? F.NoteInk : null, Right: true);
    }

    private static PdfCell Rag(ShownValue current)
    {
        if (current.Kind == ShownKind.Suppressed) return new(SmallNumbers.Symbol);
        if (current.IsProvisional) return new("p", Italic: true, Ink: F.NoteInk);
        if (current.Row?.Rag is not { } rag) return new("");
        var swatch = PackPalette.Rag(rag);
        return new($"{PackPalette.RagLetter(rag)}\u00A0{rag}", Bold: true, Fill: SKColor.Parse(swatch.Fill), Ink: SKColor.Parse(swatch.Ink));
    }

    private static PdfCell Direction(ShownValue current, ShownValue comparator, Direction? direction)
    {
        var text = PackText.DirectionOfTravel(current, comparator, direction);
        var judged = direction is Warehouse.Measures.Direction.Improving or Warehouse.Measures.Direction.Worsening && text != SmallNumbers.Symbol;
        return new(text, Bold: judged, Ink: !judged ? F.NoteInk : SKColor.Parse(direction == Warehouse.Measures.Direction.Improving ? PackPalette.Improving : PackPalette.Worsening));
    }

    private static PdfCell Variation(SpcResult spc)
    {
        var (letter, word, _) = ProcessControl.Describe(spc.Variation);
        var ink = spc.Variation switch
        {
            Spc.Variation.SpecialCauseConcern => SKColor.Parse(PackPalette.Worsening),
            Spc.Variation.SpecialCauseImprovement => SKColor.Parse(PackPalette.Improving),
            _ => F.NoteInk,
        };
        return new($"{letter} {word}", Bold: spc.Variation is Spc.Variation.SpecialCauseConcern or Spc.Variation.SpecialCauseImprovement, Ink: ink);
    }

    private static string BetterWhen(MeasureDefinition m) => m.Polarity switch
    {
        Polarity.HigherIsBetter => "Higher",
        Polarity.LowerIsBetter => "Lower",
        _ => "Context",
    };

    private static string LevelWord(PackTemplate t) => string.Join(" and ", t.ComparisonLevels.Select(l => l == OrgUnitLevel.Locality ? "Locality" : "Team"));

    private static string LevelWords(PackTemplate t) => string.Join(" and ", t.ComparisonLevels.Select(l => l == OrgUnitLevel.Locality ? "localities" : "teams"));
}
