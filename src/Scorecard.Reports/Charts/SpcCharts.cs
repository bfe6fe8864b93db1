using System.Globalization;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Reports.Snapshot;
using Scorecard.Reports.Spc;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Measures;
using ScottPlot;

namespace Scorecard.Reports.Charts;

/// <summary>
/// Process control charts ("Making Data Count" style) for a section's measures, four to a page: the authority's
/// series, its mean and process limits, the target, and the special-cause points marked by shape as well as
/// colour (a square for concern, a triangle for improvement, a diamond for a context measure's signal).
/// </summary>
internal static class SpcCharts
{
    public const int PanelsPerPage = 4;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly Color Common = Color.FromHex(PackPalette.NoteInk);
    private static readonly Color Improvement = Color.FromHex(PackPalette.Title);
    private static readonly Color Concern = Color.FromHex(PackPalette.SecondSeries);
    private static readonly Color Reference = Color.FromHex(PackPalette.Reference);

    /// <summary>The section's measures that have a process chart, in the section's order, as pages of up to four.</summary>
    public static IEnumerable<(string Title, IReadOnlyList<MeasureDefinition> Measures)> Pages(PackSnapshot s, PackSection section)
    {
        var measures = section.Measures.Where(m => s.Spc.ContainsKey(m.Code)).ToList();
        for (var i = 0; i < measures.Count; i += PanelsPerPage)
        {
            var chunk = measures.Skip(i).Take(PanelsPerPage).ToList();
            var part = measures.Count > PanelsPerPage ? $" ({i / PanelsPerPage + 1} of {(measures.Count + PanelsPerPage - 1) / PanelsPerPage})" : "";
            yield return ($"{section.Title}: is the change real?{part}", chunk);
        }
    }

    public static ChartPage Page(PackSnapshot s, string title, IReadOnlyList<MeasureDefinition> measures, string stem)
    {
        var panels = measures.Select(m => new ChartPanel(Heading(m, s.Spc[m.Code]), Plot(s, m, s.Spc[m.Code]))).ToList();
        var first = s.SpcPeriods.Count > 0 ? s.SpcPeriods[0].Label : s.Period.Label;
        var subtitle = $"{s.Authority.Name}, {s.SpcPeriods.Count} {s.Template.GrainWord}s from {first} to {s.Period.Label}: statistical process control tells a signal from noise.";
        var kinds = measures.Select(m => s.Spc[m.Code].Kind).Distinct().ToList();
        var notes = new List<string>
        {
            "How to read: the solid line is the mean, the dotted lines the process limits (3 sigma), within which the values vary by chance alone; the dashed line is the target. " +
            $"A special cause is {ProcessControl.Describe(SpcRule.BeyondLimits | SpcRule.RunOfSeven | SpcRule.TrendOfSix | SpcRule.TwoOfThreeNearLimit)} (beyond 2 sigma). " +
            "Special-cause points: ■ square = concern, ▲ triangle = improvement, ◆ diamond = a signal on a measure with no better or worse; ● circle = common cause. " +
            "Variation (~ common cause, ! concern, + improvement, H/L higher/lower) judges the latest settled point; assurance (P passes, F fails, ? hit and miss) sets the target against the limits.",
            "Limits: " + string.Join("; ", kinds.Select(KindWords)) +
            $". Withheld, missing and provisional {s.Template.GrainWord}s are gaps: they are not charted, do not count towards the limits and end a run or trend. At least {ProcessControl.MinimumPoints} points are needed for a judgement.",
            PackText.Suppression(s.Suppress),
        };
        return new ChartPage(stem, title, subtitle, panels[0].Plot, notes, panels);
    }

    private static string KindWords(SpcChartKind kind) => kind switch
    {
        SpcChartKind.XmR => "XmR (mean ± 2.66 × the average moving range) for counts and for percentages whose bases are withheld",
        SpcChartKind.P => "p-chart (pooled percentage ± 3 standard errors of each period's base) for percentages",
        _ => "Laney p′-chart (a p-chart widened by the variation between periods that the bases alone do not explain) for percentages on large bases",
    };

    /// <summary>"EH05 ... · Variation ! Special cause: concern · Assurance F Consistently fails target".</summary>
    internal static string Heading(MeasureDefinition m, SpcResult r)
    {
        var (vLetter, _, vWords) = ProcessControl.Describe(r.Variation);
        var (aLetter, _, aWords) = ProcessControl.Describe(r.Assurance);
        return $"{m.Code} {m.Name}\nVariation {vLetter} {vWords} · Assurance {aLetter} {aWords}";
    }

    private static Plot Plot(PackSnapshot s, MeasureDefinition m, SpcResult r)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex(PackPalette.Grid);
        var n = r.Points.Count;
        double[] xs = [.. Enumerable.Range(0, n).Select(i => (double)i)];

        Line(plot, [-0.5, n - 0.5], [r.Mean, r.Mean], Reference, 1.5f, LinePattern.Solid);
        // p-chart limits step with each period's base; XmR limits are flat.
        Line(plot, xs, [.. r.Points.Select(p => p.Upper)], Reference, 1f, LinePattern.Dotted, step: r.Kind != SpcChartKind.XmR);
        Line(plot, xs, [.. r.Points.Select(p => p.Lower)], Reference, 1f, LinePattern.Dotted, step: r.Kind != SpcChartKind.XmR);
        if (r.Target is { } target) Line(plot, [-0.5, n - 0.5], [target, target], Reference, 1.5f, LinePattern.Dashed);

        // Joined only across neighbouring periods: a gap is a period the audience may not see.
        for (var i = 0; i < n;)
        {
            if (r.Points[i].Value is null) { i++; continue; }
            var j = i;
            while (j + 1 < n && r.Points[j + 1].Value is not null) j++;
            Line(plot, xs[i..(j + 1)], [.. r.Points.Skip(i).Take(j - i + 1).Select(p => p.Value!.Value)], Common, 1.5f, LinePattern.Solid);
            i = j + 1;
        }
        var high = m.Polarity switch { Polarity.HigherIsBetter => Improvement, Polarity.LowerIsBetter => Concern, _ => Reference };
        var low = m.Polarity switch { Polarity.HigherIsBetter => Concern, Polarity.LowerIsBetter => Improvement, _ => Reference };
        foreach (var (point, i) in r.Points.Select((p, i) => (p, i)).Where(x => x.p.Value is not null))
        {
            var colour = !point.IsSignal ? Common : point.SignalIsHigh ? high : low;
            var shape = !point.IsSignal ? MarkerShape.FilledCircle
                : m.Polarity == Polarity.Context ? MarkerShape.FilledDiamond
                : colour == Improvement ? MarkerShape.FilledTriangleUp : MarkerShape.FilledSquare;
            var marker = plot.Add.Marker(i, point.Value!.Value, shape, point.IsSignal ? 8 : 5, colour);
            marker.MarkerLineWidth = 1;
        }

        var values = r.Points.Where(p => p.Value is not null).Select(p => p.Value!.Value)
            .Concat(r.Points.Select(p => p.Upper)).Append(r.Target ?? r.Mean).ToList();
        var top = values.Max();
        var bottom = r.Points.Where(p => p.Value is not null).Select(p => p.Value!.Value).Concat(r.Points.Select(p => p.Lower)).Append(r.Target ?? r.Mean).Min();
        var pad = Math.Max(1e-6, (top - bottom) * 0.08);
        plot.Axes.SetLimitsY(Math.Max(0, bottom - pad), m.Unit == MeasureUnit.Percentage ? Math.Min(100, top + pad) : top + pad);
        plot.Axes.SetLimitsX(-0.6, n - 0.4);
        // A label every few periods: two years of month names would overprint.
        var every = Math.Max(1, (int)Math.Ceiling(n / 6.0));
        var ticks = Enumerable.Range(0, n).Where(i => (n - 1 - i) % every == 0).ToList();
        plot.Axes.Bottom.SetTicks([.. ticks.Select(i => (double)i)], [.. ticks.Select(i => r.Points[i].Label)]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => m.Unit == MeasureUnit.Percentage ? v.ToString("0", Invariant) + "%" : v.ToString("#,##0", Invariant),
            IntegerTicksOnly = m.Unit == MeasureUnit.Count,
        };
        plot.Font.Set(PackFonts.Family);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left }) axis.TickLabelStyle.FontSize = 9;
        return plot;
    }

    private static void Line(Plot plot, double[] xs, double[] ys, Color colour, float width, LinePattern pattern, bool step = false)
    {
        if (step)
        {
            // Each period's limit across its own width.
            xs = [.. xs.Select(x => x - 0.5), xs[^1] + 0.5];
            ys = [.. ys, ys[^1]];
        }
        var line = plot.Add.ScatterLine(xs, ys, colour);
        line.LineWidth = width;
        line.LinePattern = pattern;
        line.MarkerSize = 0;
        if (step) line.ConnectStyle = ConnectStyle.StepHorizontal;
    }
}
