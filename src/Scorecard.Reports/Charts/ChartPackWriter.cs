using System.Globalization;
using Scorecard.Measures.Catalogue;
using Scorecard.Reports.Snapshot;
using Scorecard.Reports.Templates;
using ScottPlot;
using SkiaSharp;

namespace Scorecard.Reports.Charts;

/// <summary>The chart pack as written: one PNG per chart and one PDF with a page per chart, in template order.</summary>
public sealed record ChartPack(string Folder, string PdfPath, IReadOnlyList<string> PngPaths);

/// <summary>
/// Draws the template's charts with ScottPlot and writes each as a PNG and as a page of one PDF. ScottPlot
/// has no PDF export, so each page is an SkiaSharp PDF canvas that the plot renders onto; the PNG is the
/// same drawing on a bitmap, so the two never differ.
/// </summary>
public sealed class ChartPackWriter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    // Colours chosen to survive greyscale printing and common colour blindness (RAG is also said in words).
    internal static readonly Color Series = Color.FromHex("#1F4E79");
    internal static readonly Color SecondSeries = Color.FromHex("#E07B00");
    internal static readonly Color TargetLine = Color.FromHex("#262626");
    internal static readonly Color Neutral = Color.FromHex("#5B9BD5");
    internal static readonly Color Green = Color.FromHex("#2E7D32");
    internal static readonly Color Amber = Color.FromHex("#F2A900");
    internal static readonly Color Red = Color.FromHex("#C62828");
    internal static readonly Color[] GradeColours = [Color.FromHex("#1B5E20"), Color.FromHex("#81C784"), Color.FromHex("#FFB300"), Color.FromHex("#C62828")];

    public ChartPack Write(PackSnapshot snapshot, string folder, string pdfPath)
    {
        PackFonts.RegisterWithScottPlot();
        Directory.CreateDirectory(folder);
        var pages = Build(snapshot);
        var packLine = $"{snapshot.Authority.Name} · {snapshot.Template.Title} · {snapshot.Period.Label}";
        var footerLine = $"Source: {snapshot.Authority.Name} early help warehouse, {PackText.DataAsOfShort(snapshot.DataQuality)} Generated {snapshot.GeneratedAtUtc.ToString("d MMM yyyy HH:mm", Invariant)} UTC.";
        var pngs = new string[pages.Count];

        // Pages are independent: draw the PNGs side by side while this thread writes the PDF.
        var pngTask = Task.Run(() => Parallel.For(0, pages.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1) }, i =>
        {
            pngs[i] = Path.Combine(folder, pages[i].FileStem + ".png");
            using var surface = SKSurface.Create(new SKImageInfo(ChartPage.PngWidth, ChartPage.PngHeight, SKColorType.Rgba8888, SKAlphaType.Premul))
                ?? throw new InvalidOperationException("SkiaSharp could not create a bitmap surface.");
            lock (pages[i]) // a Plot is not thread-safe; the PDF page of the same chart waits for its PNG
            {
                surface.Canvas.Scale(ChartPage.PngScale);
                pages[i].Draw(surface.Canvas, packLine, footerLine, i + 1, pages.Count);
            }
            using var image = surface.Snapshot();
            using var data = image.Encode(SKEncodedImageFormat.Png, 100);
            using var file = File.Create(pngs[i]);
            data.SaveTo(file);
        }));

        using (var stream = File.Create(pdfPath))
        {
            var metadata = new SKDocumentPdfMetadata
            {
                Title = $"{snapshot.Template.Title}: charts, {snapshot.Period.Label}",
                Author = snapshot.Authority.Name,
                Subject = snapshot.Template.Audience,
                Creator = "Scorecard",
                Producer = "Scorecard (ScottPlot, SkiaSharp)",
                Creation = snapshot.GeneratedAtUtc,
                Modified = snapshot.GeneratedAtUtc,
                RasterDpi = 144,
            };
            using var document = SKDocument.CreatePdf(stream, metadata)
                ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
            for (var i = 0; i < pages.Count; i++)
            {
                var canvas = document.BeginPage(ChartPage.Width, ChartPage.Height);
                lock (pages[i]) pages[i].Draw(canvas, packLine, footerLine, i + 1, pages.Count);
                document.EndPage();
            }
            document.Close();
        }
        pngTask.GetAwaiter().GetResult();
        foreach (var page in pages) page.Plot.Dispose();
        return new ChartPack(folder, pdfPath, pngs);
    }

    /// <summary>The pages in template order, named so they sort that way too ("03-trend-eh05").</summary>
    internal static List<ChartPage> Build(PackSnapshot s)
    {
        var pages = new List<ChartPage>();
        var number = 0;
        foreach (var section in s.Template.Sections)
        {
            foreach (var chart in section.Charts)
            {
                number++;
                var stem = $"{number:00}-{chart.Kind}" + (chart.Measure is { } m ? "-" + m.Code.ToLowerInvariant()
                    : chart.Kind == ChartKinds.AuditGrades ? "-" + chart.AuditSection.ToLowerInvariant() : "");
                var page = chart.Kind switch
                {
                    ChartKinds.Trend => Trend(s, chart, stem),
                    ChartKinds.OrgUnitBars => OrgUnitBars(s, chart, stem),
                    ChartKinds.Spidergraph => Spidergraph(s, chart, stem),
                    ChartKinds.AuditGrades => AuditGrades(s, chart, stem),
                    ChartKinds.StepUpsAndDowns => StepUpsAndDowns(s, chart, stem),
                    _ => throw new InvalidOperationException($"No drawing for chart kind {chart.Kind}."),
                };
                pages.Add(page);
            }
        }
        return pages;
    }

    private static ChartPage Trend(PackSnapshot s, PackChart chart, string stem)
    {
        var m = chart.Measure!;
        var plot = NewPlot();
        var periods = s.TrendPeriods;
        var shown = periods.Select(p => s.Show(m, p, s.Authority)).ToList();
        var notes = new List<string> { Definition(m) };
        if (!s.IsAvailable(m)) notes.Add(NotAvailable(s, m));
        // Some periods only: the source of those periods' records cannot say what the measure needs.
        else if (shown.FirstOrDefault(v => v.Kind == ShownKind.NotAvailable && v.Row?.NotAvailableReason is not null) is { Row: { } gap })
            notes.Add($"Gaps: {gap.NotAvailableReason}");

        // A gap where a value is suppressed or missing: joining across it would invent a value.
        var first = true;
        foreach (var run in Runs(shown))
        {
            var line = plot.Add.ScatterLine(run.Select(i => (double)i).ToArray(), run.Select(i => shown[i].Number!.Value).ToArray(), Series);
            line.LineWidth = 3;
            line.MarkerSize = 9;
            line.MarkerShape = MarkerShape.FilledCircle;
            if (first) line.LegendText = s.Authority.Name;
            first = false;
        }
        var top = 0.0;
        for (var i = 0; i < shown.Count; i++)
        {
            var v = shown[i];
            if (v.IsNumber)
            {
                Label(plot, v.Text(m.Unit), i, v.Number!.Value, Alignment.LowerCenter, offsetY: -9);
                top = Math.Max(top, v.Number.Value);
            }
            else if (v.Kind is ShownKind.Suppressed or ShownKind.NoValue)
                Label(plot, v.Text(m.Unit), i, 0, Alignment.LowerCenter, offsetY: -4, colour: TargetLine);
        }

        var targets = periods.Select((p, i) => (i, t: s.Row(m.Code, p.PeriodKey, s.Authority.OrgUnitKey)?.Target)).Where(x => x.t is not null).ToList();
        if (targets.Count > 0)
        {
            // Targets change each April (and build up through the year when profiled): a step across each period, not a slope.
            var xs = targets.Select(x => x.i - 0.5).Append(targets[^1].i + 0.5).ToArray();
            var ys = targets.Select(x => x.t!.Value).Append(targets[^1].t!.Value).ToArray();
            var line = plot.Add.ScatterLine(xs, ys, TargetLine);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 2;
            line.MarkerSize = 0;
            line.LegendText = "Target";
            top = Math.Max(top, targets.Max(x => x.t!.Value));
            notes.Add(TargetNote(m));
        }
        else if (m.Polarity != Polarity.Context) notes.Add("No target is set for this measure in these years.");

        plot.Axes.Bottom.SetTicks(periods.Select((_, i) => (double)i).ToArray(), periods.Select(p => p.Label).ToArray());
        plot.Axes.SetLimitsX(-0.6, periods.Count - 0.4);
        SetValueAxis(plot, m, top, vertical: true);
        plot.YLabel(AxisWord(m));
        plot.ShowLegend(Edge.Bottom);
        notes.Add(SuppressionNote(s));
        var title = chart.Title ?? $"{m.Code} {m.Name}";
        var subtitle = $"{s.Authority.Name}, last {periods.Count} {s.Template.GrainWord}s to {s.Period.Label}. {PackText.Polarity(m)}.";
        return new ChartPage(stem, title, subtitle, Finish(plot), notes);
    }

    private static ChartPage OrgUnitBars(PackSnapshot s, PackChart chart, string stem)
    {
        var m = chart.Measure!;
        var plot = NewPlot();
        var notes = new List<string> { Definition(m) };
        if (!s.IsAvailable(m)) notes.Add(NotAvailable(s, m));
        else if (s.Show(m, s.Period, s.Authority) is { Kind: ShownKind.NotAvailable, Row.NotAvailableReason: { } reason }) notes.Add(reason);
        var units = s.ComparisonUnits.Where(u => s.HasAnyRow(u, [m])).ToList();
        var bars = new List<Bar>();
        var top = 0.0;
        for (var i = 0; i < units.Count; i++)
        {
            // First unit at the top, as a table reads.
            var position = units.Count - 1 - i;
            var v = s.Show(m, s.Period, units[i]);
            if (v.IsNumber)
            {
                bars.Add(new Bar { Position = position, Value = v.Number!.Value, FillColor = RagColour(v.Row?.Rag), LineWidth = 0, Size = 0.7, Orientation = Orientation.Horizontal });
                // A text of its own rather than the bar's label, so it can sit above the target and authority lines.
                Label(plot, v.Text(m.Unit) + OutOf(m, v), v.Number.Value, position, Alignment.MiddleLeft, offsetX: 5, colour: TargetLine);
                top = Math.Max(top, v.Number.Value);
            }
            else Label(plot, v.Text(m.Unit), 0, position, Alignment.MiddleLeft, offsetX: 6, colour: TargetLine);
        }
        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
        }

        var authority = s.Show(m, s.Period, s.Authority);
        if (authority.IsNumber)
        {
            var line = plot.Add.VerticalLine(authority.Number!.Value, 1.5f, Series, LinePattern.Dotted);
            line.LegendText = $"{s.Authority.Name}: {authority.Text(m.Unit)}";
            top = Math.Max(top, authority.Number.Value);
        }
        var target = s.Row(m.Code, s.Period.PeriodKey, s.Authority.OrgUnitKey)?.Target;
        if (target is { } t)
        {
            var line = plot.Add.VerticalLine(t, 2, TargetLine, LinePattern.Dashed);
            line.LegendText = $"Target: {ShownValue.Of(t, null).Text(m.Unit)}";
            top = Math.Max(top, t);
            notes.Add(TargetNote(m) + " Bars are coloured by RAG against each unit's target: green on or better, amber within tolerance, red worse; blue where no RAG applies.");
        }
        else notes.Add("Bars are blue: no target applies to this measure in this period.");

        plot.Axes.Left.SetTicks(units.Select((_, i) => (double)(units.Count - 1 - i)).ToArray(), units.Select(u => u.Name).ToArray());
        plot.Axes.SetLimitsY(-0.6, Math.Max(units.Count, 1) - 0.4);
        // Room to the right of the longest bar for its label ("72.8%  (1,234 of 1,695)").
        SetValueAxis(plot, m, top * (m.Unit == MeasureUnit.Percentage ? 1.2 : 1.08), vertical: false);
        plot.XLabel(AxisWord(m));
        plot.ShowLegend(Edge.Bottom);
        notes.Add(SuppressionNote(s));
        var title = chart.Title ?? $"{m.Code} {m.Name}: by {LevelWord(s.Template)}";
        var subtitle = $"{s.Period.Label}, {s.Authority.Name}'s {LevelWords(s.Template)}. {PackText.Polarity(m)}.";
        return new ChartPage(stem, title, subtitle, Finish(plot), notes);
    }

    private static ChartPage Spidergraph(PackSnapshot s, PackChart chart, string stem)
    {
        var plot = NewPlot();
        var eh06 = MeasureCatalogue.Find(ChartKinds.SpidergraphMeasure)!;
        var domains = s.DomainAverages.Select(d => d.Domain).Distinct().Order(StringComparer.Ordinal).ToList();
        var episodes = s.DomainAverages.Count == 0 ? 0 : s.DomainAverages.Max(d => d.Episodes);
        var notes = new List<string>
        {
            $"Average score per domain (1 = serious concern, 10 = thriving) at the baseline assessment and at closure, over the {episodes:N0} early help episodes closed in {s.Period.Label} that have both. " +
            $"Related measure: {eh06.Code} {eh06.Name}.",
        };
        double Average(string domain, string stage) => s.DomainAverages.FirstOrDefault(d => d.Domain == domain && d.Stage == stage)?.Average ?? 0;
        var suppressed = s.Suppress && Measures.Snapshot.Suppression.IsSmall(episodes);
        if (domains.Count >= 3 && !suppressed)
        {
            var radar = plot.Add.Radar();
            radar.Series.Add(new RadarSeries
            {
                Values = domains.Select(d => Average(d, "BASELINE")).ToArray(), LegendText = "Baseline",
                FillColor = SecondSeries.WithAlpha(0.18), LineColor = SecondSeries, LineWidth = 2.5f,
            });
            radar.Series.Add(new RadarSeries
            {
                Values = domains.Select(d => Average(d, "CLOSURE")).ToArray(), LegendText = "Closure",
                FillColor = Series.WithAlpha(0.22), LineColor = Series, LineWidth = 2.5f,
            });
            radar.PolarAxis.SetSpokes(domains.ToArray(), length: 10.8);
            radar.PolarAxis.SetCircles([2, 4, 6, 8, 10], ["2", "4", "6", "8", "10"]);
            plot.HideAxesAndGrid();
            plot.Axes.SquareUnits();
            plot.ShowLegend(Edge.Right);
            notes.Add("Averages, baseline → closure: " + string.Join("; ", domains.Select(d => $"{d} {Average(d, "BASELINE").ToString("0.0", Invariant)} → {Average(d, "CLOSURE").ToString("0.0", Invariant)}")) + ".");
        }
        else
        {
            plot.HideAxesAndGrid();
            var text = suppressed ? "Suppressed (c): fewer than 6 episodes closed with both scores." : "No episode closed in the period with both a baseline and a closure score.";
            Label(plot, text, 0, 0, Alignment.MiddleCenter, colour: TargetLine);
            plot.Axes.SetLimits(-1, 1, -1, 1);
        }
        notes.Add(SuppressionNote(s));
        var title = chart.Title ?? "Spidergraph: average domain scores at baseline and at closure";
        var subtitle = $"{s.Authority.Name}, early help episodes closed in {PackText.PeriodWithDates(s.Period)}.";
        return new ChartPage(stem, title, subtitle, Finish(plot), notes);
    }

    private static ChartPage AuditGrades(PackSnapshot s, PackChart chart, string stem)
    {
        var plot = NewPlot();
        var qa02 = MeasureCatalogue.Find(ChartKinds.AuditGradeMeasure)!;
        var sectionName = PackTemplateReader.AuditSections[chart.AuditSection];
        var periods = s.TrendPeriods;
        var bars = new List<Bar>();
        var top = 0.0;
        var anySuppressed = false;
        for (var i = 0; i < periods.Count; i++)
        {
            var grades = s.AuditGrades.Where(g => g.PeriodKey == periods[i].PeriodKey && g.OrgUnitKey == s.Authority.OrgUnitKey && g.Section == chart.AuditSection).ToList();
            var total = grades.Sum(g => g.Count);
            // A stacked bar with one segment hidden would still give it away by the gap: hide the whole quarter.
            if (s.Suppress && grades.Any(g => Measures.Snapshot.Suppression.IsSmall(g.Count)))
            {
                anySuppressed = true;
                Label(plot, "c", i, 0, Alignment.LowerCenter, offsetY: -4, colour: TargetLine);
                continue;
            }
            var cumulative = 0.0;
            for (var grade = 1; grade <= 4; grade++)
            {
                var count = grades.Where(g => g.Grade == grade).Sum(g => g.Count);
                if (count == 0) continue;
                bars.Add(new Bar
                {
                    Position = i, ValueBase = cumulative, Value = cumulative + count, FillColor = GradeColours[grade - 1], LineWidth = 0.5f, LineColor = Colors.White,
                    Size = 0.65, Label = count.ToString(Invariant), CenterLabel = true,
                });
                cumulative += count;
            }
            top = Math.Max(top, total);
            if (total > 0)
            {
                var good = grades.Where(g => g.Grade <= 2).Sum(g => g.Count);
                Label(plot, $"{100.0 * good / total:0}% good+", i, total, Alignment.LowerCenter, offsetY: -5, colour: TargetLine);
            }
        }
        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.FontSize = 10.5f;
            barPlot.ValueLabelStyle.FontName = PackFonts.Family;
            barPlot.ValueLabelStyle.ForeColor = Colors.Black;
        }
        for (var grade = 1; grade <= 4; grade++)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{grade} {PackText.AuditGradeName(grade)}", FillColor = GradeColours[grade - 1] });
        plot.Axes.Bottom.SetTicks(periods.Select((_, i) => (double)i).ToArray(), periods.Select(p => p.Label).ToArray());
        plot.Axes.SetLimitsX(-0.6, periods.Count - 0.4);
        plot.Axes.SetLimitsY(0, Math.Max(1, top) * 1.16);
        plot.YLabel(chart.AuditSection == ChartKinds.OverallAuditSection ? "Audits (overall judgement)" : $"Audits graded for {sectionName.ToLowerInvariant()}");
        plot.ShowLegend(Edge.Bottom);
        var notes = new List<string>
        {
            $"{qa02.Code} {qa02.Name}: case audits completed in each {s.Template.GrainWord}, by the grade given for {sectionName.ToLowerInvariant()}. " +
            "Grades: 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate; the moderated grade where an audit was moderated. \"good+\" is grades 1 and 2 as a share of those graded.",
        };
        if (anySuppressed) notes.Add("A quarter marked c has a grade count of 1 to 5 and is not drawn.");
        notes.Add(SuppressionNote(s));
        var title = chart.Title ?? $"Case audit grades by {s.Template.GrainWord}: {sectionName.ToLowerInvariant()}";
        var subtitle = $"{s.Authority.Name}, last {periods.Count} {s.Template.GrainWord}s to {s.Period.Label}.";
        return new ChartPage(stem, title, subtitle, Finish(plot), notes);
    }

    private static ChartPage StepUpsAndDowns(PackSnapshot s, PackChart chart, string stem)
    {
        var plot = NewPlot();
        var ups = MeasureCatalogue.Find(ChartKinds.StepUpMeasure)!;
        var downs = MeasureCatalogue.Find(ChartKinds.StepDownMeasure)!;
        var periods = s.TrendPeriods;
        var bars = new List<Bar>();
        var top = 0.0;
        for (var i = 0; i < periods.Count; i++)
        {
            var up = s.Show(ups, periods[i], s.Authority);
            // EH08 is a percentage; the chart counts its numerator, the step-downs themselves.
            var downRow = s.Row(downs.Code, periods[i].PeriodKey, s.Authority.OrgUnitKey);
            var down = !s.IsAvailable(downs) ? ShownValue.NotAvailable : s.ShowCount(downRow?.Numerator ?? 0);
            foreach (var (v, offset, colour) in new[] { (up, -0.2, SecondSeries), (down, 0.2, Series) })
            {
                if (v.IsNumber)
                {
                    bars.Add(new Bar { Position = i + offset, Value = v.Number!.Value, FillColor = colour, LineWidth = 0, Size = 0.38, Label = v.Text(MeasureUnit.Count) });
                    top = Math.Max(top, v.Number.Value);
                }
                else if (v.Kind == ShownKind.Suppressed) Label(plot, "c", i + offset, 0, Alignment.LowerCenter, offsetY: -4, colour: TargetLine);
            }
        }
        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.ValueLabelStyle.FontSize = 10.5f;
            barPlot.ValueLabelStyle.FontName = PackFonts.Family;
        }
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"Step-ups to social care ({ups.Code})", FillColor = SecondSeries });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"Step-downs from social care ({downs.Code} numerator)", FillColor = Series });
        plot.Axes.Bottom.SetTicks(periods.Select((_, i) => (double)i).ToArray(), periods.Select(p => p.Label).ToArray());
        plot.Axes.SetLimitsX(-0.6, periods.Count - 0.4);
        plot.Axes.SetLimitsY(0, Math.Max(1, top) * 1.15);
        plot.YLabel("Children");
        plot.ShowLegend(Edge.Bottom);
        var notes = new List<string>
        {
            $"{ups.Code} {ups.Name}: {ups.Description}",
            $"{downs.Code} {downs.Name} (numerator): {downs.Numerator}.",
            SuppressionNote(s),
        };
        var title = chart.Title ?? "Step-ups to social care and step-downs to early help";
        var subtitle = $"{s.Authority.Name}, last {periods.Count} {s.Template.GrainWord}s to {s.Period.Label}.";
        return new ChartPage(stem, title, subtitle, Finish(plot), notes);
    }

    private static Plot NewPlot()
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#E3E3E3");
        return plot;
    }

    /// <summary>Applies the bundled font to everything on the plot (last, so nothing added later escapes it).</summary>
    private static Plot Finish(Plot plot)
    {
        // Value labels were added before the target lines; drawn last, their white boxes keep them readable.
        foreach (var text in plot.GetPlottables<ScottPlot.Plottables.Text>().ToList()) plot.MoveToFront(text);
        plot.Font.Set(PackFonts.Family);
        plot.Legend.FontName = PackFonts.Family;
        plot.Legend.FontSize = 11;
        plot.Legend.SetBestFontOnEachRender = false;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.TickLabelStyle.FontSize = 11;
            axis.Label.FontSize = 12;
        }
        return plot;
    }

    private static void Label(Plot plot, string text, double x, double y, Alignment alignment, float offsetX = 0, float offsetY = 0, Color? colour = null)
    {
        var label = plot.Add.Text(text, x, y);
        label.Alignment = alignment;
        label.OffsetX = offsetX;
        label.OffsetY = offsetY;
        label.LabelFontSize = 11;
        label.LabelFontName = PackFonts.Family;
        label.LabelFontColor = colour ?? Series;
        label.LabelStyle.BackgroundColor = Colors.White.WithAlpha(0.85);
        label.LabelStyle.Padding = 1.5f;
    }

    private static void SetValueAxis(Plot plot, MeasureDefinition m, double top, bool vertical)
    {
        // Percentages read against 0-100 unless they are all small; counts from 0 so bars and lines are honest.
        var upper = m.Unit == MeasureUnit.Percentage ? (top > 60 ? Math.Max(108, top * 1.08) : Math.Max(10, top * 1.25)) : Math.Max(5, top * 1.18);
        var ticks = new ScottPlot.TickGenerators.NumericAutomatic
        {
            // The room above 100% is for labels, not values: no tick says 110%.
            LabelFormatter = v => m.Unit == MeasureUnit.Percentage ? (v > 100.001 ? "" : v.ToString("0", Invariant) + "%") : v.ToString("#,##0", Invariant),
            IntegerTicksOnly = m.Unit == MeasureUnit.Count,
        };
        if (vertical)
        {
            plot.Axes.SetLimitsY(0, upper);
            plot.Axes.Left.TickGenerator = ticks;
        }
        else
        {
            plot.Axes.SetLimitsX(0, upper);
            plot.Axes.Bottom.TickGenerator = ticks;
        }
    }

    /// <summary>Runs of consecutive periods that have a number to plot.</summary>
    private static IEnumerable<List<int>> Runs(List<ShownValue> values)
    {
        var run = new List<int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].IsNumber) run.Add(i);
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }
        if (run.Count > 0) yield return run;
    }

    /// <summary>" (2 of 4)": a team's 50% of four audits is not a locality's 50% of two hundred.</summary>
    private static string OutOf(MeasureDefinition m, ShownValue v) =>
        m.Unit == MeasureUnit.Percentage && v.Row is { Denominator: > 0 } row
            ? string.Create(Invariant, $"  ({row.Numerator:N0} of {row.Denominator:N0})")
            : "";

    private static Color RagColour(string? rag) => rag switch
    {
        Measures.Targets.Rag.Green => Green,
        Measures.Targets.Rag.Amber => Amber,
        Measures.Targets.Rag.Red => Red,
        _ => Neutral,
    };

    private static string AxisWord(MeasureDefinition m) => m.Unit == MeasureUnit.Percentage ? "Percentage" : $"Number of {Plural(m.CountingUnit)}";

    /// <summary>"Child" -> "children", "Family" -> "families": the catalogue's counting units as axis words.</summary>
    internal static string Plural(string countingUnit) => countingUnit.ToLowerInvariant() switch
    {
        "child" => "children",
        "family" => "families",
        var word when word.EndsWith('y') => word[..^1] + "ies",
        var word => word + "s",
    };

    private static string LevelWord(PackTemplate t) => string.Join(" and ", t.ComparisonLevels.Select(l => l == OrgUnitLevel.Locality ? "locality" : "team"));

    private static string LevelWords(PackTemplate t) => string.Join(" and ", t.ComparisonLevels.Select(l => l == OrgUnitLevel.Locality ? "localities" : "teams"));

    private static string Definition(MeasureDefinition m) => $"Definition ({m.Code} {m.Name}): {m.Description}";

    private static string TargetNote(MeasureDefinition m) =>
        "Target: dashed line, the financial year's target" + (m.CumulativeInYear ? " profiled to the period end (the count builds up through the year)." : ".");

    private static string NotAvailable(PackSnapshot s, MeasureDefinition m) =>
        s.MeasureRows.TryGetValue(m.Code, out var row) && row.AvailabilityNote is { } note ? note : "Not available: its source tables have not been loaded.";

    private static string SuppressionNote(PackSnapshot s) => PackText.Suppression(s.Suppress);
}
