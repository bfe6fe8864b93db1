using System.Globalization;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Reports.Snapshot;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;
using ScottPlot;
using SkiaSharp;

namespace Scorecard.Reports.Charts;

/// <summary>The reference line of a bar chart of units: its value and what it rests on (numerator and denominator for a percentage).</summary>
public sealed record UnitAverage(double Value, int Units, double Numerator, double Denominator);

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

    // Colours from the one palette: RAG and grades stay distinct in greyscale and for colour-blind readers, and are also said in letters.
    internal static readonly Color Series = Color.FromHex(PackPalette.Title);
    internal static readonly Color SecondSeries = Color.FromHex(PackPalette.SecondSeries);
    internal static readonly Color TargetLine = Color.FromHex(PackPalette.Reference);
    internal static readonly Color Neutral = Color.FromHex(PackPalette.NoRagFill);

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
                pages[i].Draw(surface.Canvas, packLine, footerLine, i + 1, pageCount: 0);
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
        foreach (var plot in pages.SelectMany(p => p.Plots)) plot.Dispose();
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
            // Then whether each of the section's measures is changing for real, four to a page.
            var part = 0;
            foreach (var (title, measures) in SpcCharts.Pages(s, section))
            {
                number++;
                part++;
                pages.Add(SpcCharts.Page(s, title, measures, $"{number:00}-spc-{PackText.FileLabel(section.Title.ToLowerInvariant())}-{part}"));
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
        else if (shown.FirstOrDefault(v => v.Kind == ShownKind.NotAvailable && v.Row?.Note is not null) is { Row: { } gap })
            notes.Add($"Gaps: {gap.Note}");

        // A gap where a value is suppressed or missing: joining across it would invent a value. A year-to-date count
        // starts again each April: joining March to April would draw a fall that never happened.
        var first = true;
        foreach (var run in Runs(shown, i => m.CumulativeInYear ? periods[i].FinancialYearLabel : ""))
        {
            var line = plot.Add.ScatterLine(run.Select(i => (double)i).ToArray(), run.Select(i => shown[i].Number!.Value).ToArray(), Series);
            line.LineWidth = 3;
            line.MarkerSize = 0;
            if (first) line.LegendText = s.Authority.Name;
            first = false;
        }
        // Final values are filled dots; provisional ones hollow, because later records can still move them.
        Markers(plot, shown.Select((v, i) => (v, i)).Where(x => x.v.IsNumber).Select(x => (x.i, x.v)).ToList(), Series);
        var top = shown.Where(v => v.IsNumber).Select(v => v.Number!.Value).DefaultIfEmpty(0).Max();
        if (ProvisionalNote(s, m, shown) is { } provisional) notes.Add(provisional);

        var targets = periods.Select((p, i) => (i, t: s.Cell(m.Code, p.PeriodKey, s.Authority.OrgUnitKey)?.Target)).Where(x => x.t is not null).ToList();
        var targetAt = targets.ToDictionary(x => x.i, x => x.t!.Value);
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

        // A label goes above its point unless the period's target line runs through that space; then below it.
        var upper = AxisUpper(m, top);
        var perPoint = upper / TrendPlotHeight;
        var spans = new List<(double X, double Low, double High)>();
        for (var i = 0; i < shown.Count; i++)
        {
            var v = shown[i];
            if (v.IsNumber)
            {
                var y = v.Number!.Value;
                var (low, high) = (y + LabelGap * perPoint, y + (LabelGap + LabelHeight) * perPoint);
                var below = targetAt.TryGetValue(i, out var t) && t >= low - 2 * perPoint && t <= high + 2 * perPoint;
                if (below) (low, high) = (y - (LabelGap + LabelHeight) * perPoint, y - LabelGap * perPoint);
                Label(plot, Labelled(v), i, y, below ? Alignment.UpperCenter : Alignment.LowerCenter, offsetY: below ? LabelGap : -LabelGap);
                spans.Add((i, low, high));
            }
            else if (v.Kind is ShownKind.Suppressed or ShownKind.NoValue)
                Label(plot, v.Text, i, 0, Alignment.LowerCenter, offsetY: -4, colour: TargetLine);
        }
        plot.Axes.Bottom.SetTicks(periods.Select((_, i) => (double)i).ToArray(), periods.Select(p => p.Label).ToArray());
        plot.Axes.SetLimitsX(-0.6, periods.Count - 0.4);
        SetValueAxis(plot, m, top, vertical: true, upper: upper);
        plot.YLabel(AxisWord(m));
        plot.ShowLegend(Edge.Bottom);
        notes.Add(SuppressionNote(s));
        var title = chart.Title ?? $"{m.Code} {m.Name}";
        var subtitle = $"{s.Authority.Name}, last {periods.Count} {s.Template.GrainWord}s to {s.Period.Label}. {PackText.Polarity(m)}.";
        return new ChartPage(stem, title, subtitle, Finish(plot), notes)
        {
            ReferenceLines = targets.Select(x => ($"Target {periods[x.i].Label}", x.t!.Value)).ToList(),
            TargetAt = targetAt,
            LabelSpans = spans,
        };
    }

    private static ChartPage OrgUnitBars(PackSnapshot s, PackChart chart, string stem)
    {
        var m = chart.Measure!;
        var plot = NewPlot();
        var notes = new List<string> { Definition(m) };
        if (!s.IsAvailable(m)) notes.Add(NotAvailable(s, m));
        else if (s.Show(m, s.Period, s.Authority) is { Kind: ShownKind.NotAvailable, Row.Note: { } reason }) notes.Add(reason);
        var units = s.ComparisonUnits.Where(u => s.Concerns(u, [m])).ToList();
        var bars = new List<Bar>();
        var top = 0.0;
        var values = new List<ShownValue>();
        var labels = new List<(string Text, double Position)>();
        for (var i = 0; i < units.Count; i++)
        {
            // First unit at the top, as a table reads.
            var position = units.Count - 1 - i;
            var v = s.Show(m, s.Period, units[i]);
            values.Add(v);
            if (v.IsNumber)
            {
                bars.Add(Bar(position, v, RagColour(v.Row?.Rag), 0.7, Orientation.Horizontal));
                labels.Add((Labelled(v) + OutOf(v) + RagMark(v), position));
                top = Math.Max(top, v.Number!.Value);
            }
            else labels.Add((v.Text, position));
        }
        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
        }

        // The reference is the level being compared: the average of the units on the chart, not the authority's total
        // (a team's count against the whole authority's sits in the first tenth of the axis).
        var lines = new List<(string Name, double Value)>();
        var average = UnitAverage(m, values);
        if (average is { } avg)
        {
            var word = LevelWords(s.Template);
            var line = plot.Add.VerticalLine(avg.Value, 1.5f, Series, LinePattern.Dotted);
            line.LegendText = $"Average of the {avg.Units} {word} shown: {DisplayText.Number(m.Unit, avg.Value)}";
            lines.Add((line.LegendText, avg.Value));
            notes.Add(m.Unit == MeasureUnit.Percentage
                ? $"Dotted line: the {word} shown taken together ({DisplayText.Number(MeasureUnit.Count, avg.Numerator)} of {DisplayText.Number(MeasureUnit.Count, avg.Denominator)}); a withheld {LevelWord(s.Template)} is not in it."
                : $"Dotted line: the average {LevelWord(s.Template)} count, over the {avg.Units} {word} with a value shown; a withheld {LevelWord(s.Template)} is not in it.");
        }
        var authority = s.Show(m, s.Period, s.Authority);
        if (ProvisionalNote(s, m, values.Append(authority)) is { } provisional) notes.Add(provisional);
        var target = s.Cell(m.Code, s.Period.PeriodKey, s.Authority.OrgUnitKey)?.Target;
        // A count target is the authority's; only a percentage target applies to a unit as it does to the whole.
        if (target is { } t && m.Unit == MeasureUnit.Percentage)
        {
            var line = plot.Add.VerticalLine(t, 2, TargetLine, LinePattern.Dashed);
            line.LegendText = $"Target: {DisplayText.Number(m.Unit, t)}";
            lines.Add((line.LegendText, t));
            notes.Add(TargetNote(m) + " Bars are coloured by RAG against each unit's target, and say it in a letter: G green, on or better; A amber, within tolerance; R red, worse. Pale bars have no RAG (no target of the unit's own, or provisional).");
        }
        else notes.Add("Pale bars: no RAG applies to these units for this measure in this period.");

        // Labels sit in a column of their own right of every bar and line, so no line ever crosses one.
        var longest = labels.Select(l => l.Text.Length).DefaultIfEmpty(1).Max();
        var labelShare = Math.Min(0.5, (longest * 7.0 + 14) / LabelAreaWidth);
        var reach = lines.Select(l => l.Value).Append(top).Max();
        var upper = Math.Max(reach, m.Unit == MeasureUnit.Percentage ? 10 : 5) * 1.04 / (1 - labelShare);
        foreach (var (text, position) in labels) Label(plot, text, upper, position, Alignment.MiddleRight, offsetX: -4, colour: TargetLine);

        plot.Axes.Left.SetTicks(units.Select((_, i) => (double)(units.Count - 1 - i)).ToArray(), units.Select(u => u.Name).ToArray());
        plot.Axes.SetLimitsY(-0.6, Math.Max(units.Count, 1) - 0.4);
        SetValueAxis(plot, m, top, vertical: false, upper: upper);
        plot.XLabel(AxisWord(m));
        plot.ShowLegend(Edge.Bottom);
        notes.Add(SuppressionNote(s));
        var title = chart.Title ?? $"{m.Code} {m.Name}: by {LevelWord(s.Template)}";
        var subtitle = $"{s.Period.Label}, {s.Authority.Name}'s {LevelWords(s.Template)}. {PackText.Polarity(m)}.";
        return new ChartPage(stem, title, subtitle, Finish(plot), notes) { ReferenceLines = lines, LabelsFrom = upper * (1 - labelShare) };
    }

    private static ChartPage Spidergraph(PackSnapshot s, PackChart chart, string stem)
    {
        var plot = NewPlot();
        var eh06 = MeasureCatalogue.Find(ChartKinds.SpidergraphMeasure)!;
        var domains = s.DomainAverages.Averages.Select(d => d.Domain).Distinct().Order(StringComparer.Ordinal).ToList();
        var episodes = s.DomainAverages.Episodes;
        var notes = new List<string>
        {
            $"Average score per domain (1 = serious concern, 10 = thriving) at the baseline assessment and at closure, over the {episodes:N0} early help episodes closed in {s.Period.Label} that have both. " +
            $"Related measure: {eh06.Code} {eh06.Name}.",
        };
        double Average(string domain, string stage) => s.DomainAverages.Averages.FirstOrDefault(d => d.Domain == domain && d.Stage == stage)?.Average ?? 0;
        var suppressed = s.DomainAverages.IsSuppressed;
        if (domains.Count >= 3 && !suppressed)
        {
            var radar = plot.Add.Radar();
            radar.Series.Add(new RadarSeries
            {
                Values = domains.Select(d => Average(d, CodeLists.ScoreStageBaseline)).ToArray(), LegendText = "Baseline",
                FillColor = SecondSeries.WithAlpha(0.18), LineColor = SecondSeries, LineWidth = 2.5f,
            });
            radar.Series.Add(new RadarSeries
            {
                Values = domains.Select(d => Average(d, CodeLists.ScoreStageClosure)).ToArray(), LegendText = "Closure",
                FillColor = Series.WithAlpha(0.22), LineColor = Series, LineWidth = 2.5f,
            });
            radar.PolarAxis.SetSpokes(domains.ToArray(), length: 10.8);
            radar.PolarAxis.SetCircles([2, 4, 6, 8, 10], ["2", "4", "6", "8", "10"]);
            plot.HideAxesAndGrid();
            plot.Axes.SquareUnits();
            plot.ShowLegend(Edge.Right);
            notes.Add("Averages, baseline → closure: " + string.Join("; ", domains.Select(d => $"{d} {Average(d, CodeLists.ScoreStageBaseline).ToString("0.0", Invariant)} → {Average(d, CodeLists.ScoreStageClosure).ToString("0.0", Invariant)}")) + ".");
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
        var gradeBars = Enumerable.Range(0, 4).Select(_ => new List<Bar>()).ToArray();
        var top = 0.0;
        var anySuppressed = false;
        for (var i = 0; i < periods.Count; i++)
        {
            var grades = s.Grades(periods[i].PeriodKey, s.Authority.OrgUnitKey, chart.AuditSection);
            // A stacked bar with one segment hidden would still give it away by the gap: hide the whole period.
            if (grades.Any(g => g.State == PublishedState.Suppressed))
            {
                anySuppressed = true;
                Label(plot, SmallNumbers.Symbol, i, 0, Alignment.LowerCenter, offsetY: -4, colour: TargetLine);
                continue;
            }
            var cumulative = 0.0;
            for (var grade = 1; grade <= 4; grade++)
            {
                var count = grades.Where(g => g.BreakdownValue == grade.ToString(Invariant)).Sum(g => g.Numerator ?? 0);
                if (count == 0) continue;
                gradeBars[grade - 1].Add(new Bar
                {
                    Position = i, ValueBase = cumulative, Value = cumulative + count, FillColor = Color.FromHex(PackPalette.Grades[grade - 1].Fill), LineWidth = 0.5f, LineColor = Colors.White,
                    Size = 0.65, Label = DisplayText.Number(MeasureUnit.Count, count), CenterLabel = true,
                });
                cumulative += count;
            }
            top = Math.Max(top, cumulative);
            if (cumulative > 0)
            {
                var good = grades.Where(g => g.BreakdownValue is "1" or "2").Sum(g => g.Numerator ?? 0);
                Label(plot, $"{100.0 * good / cumulative:0}% good+", i, cumulative, Alignment.LowerCenter, offsetY: -5, colour: TargetLine);
            }
        }
        for (var grade = 1; grade <= 4; grade++)
        {
            var swatch = PackPalette.Grades[grade - 1];
            if (gradeBars[grade - 1].Count > 0)
            {
                // One plottable per grade: each grade's counts are written in the ink that reads on its colour.
                var barPlot = plot.Add.Bars(gradeBars[grade - 1]);
                barPlot.ValueLabelStyle.FontSize = 10.5f;
                barPlot.ValueLabelStyle.FontName = PackFonts.Family;
                barPlot.ValueLabelStyle.ForeColor = Color.FromHex(swatch.Ink);
            }
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = $"{grade} {PackText.AuditGradeName(grade)}", FillColor = Color.FromHex(swatch.Fill) });
        }
        plot.Axes.Bottom.SetTicks(periods.Select((_, i) => (double)i).ToArray(), periods.Select(p => p.Label).ToArray());
        plot.Axes.SetLimitsX(-0.6, periods.Count - 0.4);
        plot.Axes.SetLimitsY(0, Math.Max(1, top) * 1.16);
        plot.YLabel(chart.AuditSection == ChartKinds.OverallAuditSection ? "Audits (overall judgement)" : $"Audits graded for {sectionName.ToLowerInvariant()}");
        plot.ShowLegend(Edge.Bottom);
        var notes = new List<string>
        {
            (chart.AuditSection == ChartKinds.OverallAuditSection
                ? $"{qa02.Code} {qa02.Name}: case audits completed in each {s.Template.GrainWord} with an overall grade, by that grade (the bar's height is {qa02.Code}). "
                : $"{qa02.Code} {qa02.Name}, section breakdown: case audits completed in each {s.Template.GrainWord}, by the grade given for {sectionName.ToLowerInvariant()}. ") +
            "Grades: 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate; the moderated grade where an audit was moderated. \"good+\" is grades 1 and 2 as a share of those graded.",
        };
        if (anySuppressed) notes.Add($"A {s.Template.GrainWord} marked c has a grade count withheld and is not drawn.");
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
        var shown = new List<(MeasureDefinition, ShownValue)>();
        for (var i = 0; i < periods.Count; i++)
        {
            var up = s.Show(ups, periods[i], s.Authority);
            // EH08 is a percentage; the chart counts its numerator, the step-downs themselves (a published, visible number).
            var down = s.Show(downs, periods[i], s.Authority);
            shown.AddRange([(ups, up), (downs, down)]);
            foreach (var (v, count, offset, colour) in new[] { (up, up.Number, -0.2, SecondSeries), (down, down.Row?.Numerator, 0.2, Series) })
            {
                if (v.Kind is ShownKind.Number or ShownKind.NoValue && count is { } n)
                {
                    var bar = Bar(i + offset, v, colour, 0.38, Orientation.Vertical, n);
                    bar.Label = DisplayText.Number(MeasureUnit.Count, n) + (v.IsProvisional ? " p" : "");
                    bars.Add(bar);
                    top = Math.Max(top, n);
                }
                else if (v.Kind is ShownKind.Suppressed or ShownKind.NotAvailable) Label(plot, v.Text, i + offset, 0, Alignment.LowerCenter, offsetY: -4, colour: TargetLine);
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
        plot.YLabel("Number of referrals");
        plot.ShowLegend(Edge.Bottom);
        var notes = new List<string>
        {
            $"{ups.Code} {ups.Name}: {ups.Description}",
            $"{downs.Code} {downs.Name} (numerator): {downs.Numerator}.",
        };
        if (PackText.ProvisionalNote(s.Settling(shown)) is { } provisional) notes.Add("Pale bars, " + provisional);
        notes.Add(SuppressionNote(s));
        var title = chart.Title ?? "Step-ups to social care and step-downs to early help";
        var subtitle = $"{s.Authority.Name}, last {periods.Count} {s.Template.GrainWord}s to {s.Period.Label}.";
        return new ChartPage(stem, title, subtitle, Finish(plot), notes);
    }

    /// <summary>A bar for a published value: pale with an outline when the value is provisional.</summary>
    private static Bar Bar(double position, ShownValue v, Color colour, double size, Orientation orientation, double? height = null) => new()
    {
        Position = position, Value = height ?? v.Number!.Value, Size = size, Orientation = orientation,
        FillColor = v.IsProvisional ? colour.WithAlpha(0.35) : colour,
        // A pale no-RAG bar needs an edge to be seen at all.
        LineColor = colour == Neutral ? Series : colour, LineWidth = v.IsProvisional || colour == Neutral ? 1.5f : 0,
    };

    /// <summary>Filled dots for final values, hollow ones for provisional values.</summary>
    private static void Markers(Plot plot, List<(int Index, ShownValue Value)> points, Color colour)
    {
        foreach (var provisional in new[] { false, true })
        {
            var group = points.Where(p => p.Value.IsProvisional == provisional).ToList();
            if (group.Count == 0) continue;
            var markers = plot.Add.ScatterPoints(group.Select(p => (double)p.Index).ToArray(), group.Select(p => p.Value.Number!.Value).ToArray(), colour);
            markers.MarkerSize = provisional ? 11 : 9;
            markers.MarkerShape = provisional ? MarkerShape.OpenCircle : MarkerShape.FilledCircle;
            markers.MarkerLineWidth = 2.5f;
            if (provisional)
            {
                // A white dot under the ring, so the line does not run through the hollow.
                var fill = plot.Add.ScatterPoints(group.Select(p => (double)p.Index).ToArray(), group.Select(p => p.Value.Number!.Value).ToArray(), Colors.White);
                fill.MarkerSize = 9;
                fill.MarkerShape = MarkerShape.FilledCircle;
                plot.MoveToFront(markers);
                markers.LegendText = "Provisional (hollow)";
            }
        }
    }

    /// <summary>A value's label: its display text, with "p" when it is provisional.</summary>
    private static string Labelled(ShownValue v) => v.Text + (v.IsProvisional ? " p" : "");

    private static string? ProvisionalNote(PackSnapshot s, MeasureDefinition m, IEnumerable<ShownValue> values) =>
        PackText.ProvisionalNote(s.Settling(values.Select(v => (m, v))));

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

    /// <summary>Points of a page's width the value axis of a bar chart spans, a little less than it does (pessimistic for labels).</summary>
    private const double LabelAreaWidth = 540;

    /// <summary>
    /// The reference for units compared with one another: for a percentage, the units shown taken together
    /// (numerators over denominators); for a count, their mean. Only visible values count, so it gives nothing away.
    /// </summary>
    internal static UnitAverage? UnitAverage(MeasureDefinition m, IEnumerable<ShownValue> values)
    {
        var shown = values.Where(v => v.IsNumber).ToList();
        if (shown.Count == 0) return null;
        if (m.Unit != MeasureUnit.Percentage) return new UnitAverage(shown.Average(v => v.Number!.Value), shown.Count, 0, 0);
        var numerator = shown.Sum(v => v.Row!.Numerator ?? 0);
        var denominator = shown.Sum(v => v.Row!.Denominator ?? 0);
        return denominator == 0 ? null : new UnitAverage(100.0 * numerator / denominator, shown.Count, numerator, denominator);
    }

    /// <summary>Points of height a trend's value axis spans on the page, a little less than it does (pessimistic for labels).</summary>
    private const double TrendPlotHeight = 250;
    /// <summary>A value label's height and its gap from the point, in points.</summary>
    private const float LabelHeight = 16, LabelGap = 9;

    /// <summary>Percentages read against 0-100 unless they are all small; counts from 0 so bars and lines are honest.</summary>
    private static double AxisUpper(MeasureDefinition m, double top) =>
        m.Unit == MeasureUnit.Percentage ? (top > 60 ? Math.Max(108, top * 1.08) : Math.Max(10, top * 1.25)) : Math.Max(5, top * 1.18);

    private static void SetValueAxis(Plot plot, MeasureDefinition m, double top, bool vertical, double? upper = null)
    {
        // Percentages read against 0-100 unless they are all small; counts from 0 so bars and lines are honest.
        upper ??= AxisUpper(m, top);
        var ticks = new ScottPlot.TickGenerators.NumericAutomatic
        {
            // The room above 100% is for labels, not values: no tick says 110%.
            LabelFormatter = v => m.Unit == MeasureUnit.Percentage ? (v > 100.001 ? "" : v.ToString("0", Invariant) + "%") : v.ToString("#,##0", Invariant),
            IntegerTicksOnly = m.Unit == MeasureUnit.Count,
        };
        if (vertical)
        {
            plot.Axes.SetLimitsY(0, upper.Value);
            plot.Axes.Left.TickGenerator = ticks;
        }
        else
        {
            plot.Axes.SetLimitsX(0, upper.Value);
            plot.Axes.Bottom.TickGenerator = ticks;
        }
    }

    /// <summary>Runs of consecutive periods that have a number to plot, broken where <paramref name="era"/> changes.</summary>
    private static IEnumerable<List<int>> Runs(List<ShownValue> values, Func<int, string> era)
    {
        var run = new List<int>();
        for (var i = 0; i < values.Count; i++)
        {
            if (run.Count > 0 && era(i) != era(run[^1]))
            {
                yield return run;
                run = [];
            }
            if (values[i].IsNumber) run.Add(i);
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }
        if (run.Count > 0) yield return run;
    }

    /// <summary>" (2 of 4)": a team's 50% of four audits is not a locality's 50% of two hundred. Only a visible cell has them.</summary>
    private static string OutOf(ShownValue v) => v.IsNumber ? PackText.OutOf(v.Row) : "";

    /// <summary>"  · R": the RAG letter beside a bar's value, so its colour is never the only sign.</summary>
    private static string RagMark(ShownValue v) => v.Row?.Rag is { } rag ? "  · " + PackPalette.RagLetter(rag) : "";

    private static Color RagColour(Rag? rag) => rag is { } r ? Color.FromHex(PackPalette.Rag(r).Fill) : Neutral;

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
        s.Cell(m.Code, s.Period.PeriodKey, s.Authority.OrgUnitKey)?.Note ?? "Not available from the data loaded.";

    private static string SuppressionNote(PackSnapshot s) => PackText.Suppression(s.Suppress);
}
