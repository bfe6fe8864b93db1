using Scorecard.Warehouse.Measures;

namespace Scorecard.Reports.Spc;

/// <summary>Which chart the limits come from.</summary>
public enum SpcChartKind
{
    /// <summary>Individuals and moving range: the limits are the mean ± 2.66 × the average moving range.</summary>
    XmR,
    /// <summary>Proportions with their bases: the limits are p̄ ± 3√(p̄(1−p̄)/n), wider where a period's base is small.</summary>
    P,
    /// <summary>
    /// Laney's p′: a p-chart whose limits are widened by the variation between periods that the bases alone do not
    /// explain. With bases in the thousands a plain p-chart calls almost every period a signal.
    /// </summary>
    LaneyP,
}

/// <summary>The special-cause rules NHS "Making Data Count" boards use.</summary>
[Flags]
public enum SpcRule
{
    None = 0,
    /// <summary>A point outside the process limits.</summary>
    BeyondLimits = 1,
    /// <summary>Seven or more points in a row on the same side of the mean.</summary>
    RunOfSeven = 2,
    /// <summary>Six or more points in a row each higher (or each lower) than the one before.</summary>
    TrendOfSix = 4,
    /// <summary>Two of three points in a row beyond two sigma on the same side (near a limit).</summary>
    TwoOfThreeNearLimit = 8,
}

/// <summary>What the latest point says: noise, or a signal that is good or bad news.</summary>
public enum Variation
{
    /// <summary>Fewer points than the rules need: no judgement.</summary>
    TooFewPoints,
    CommonCause,
    SpecialCauseImprovement,
    SpecialCauseConcern,
    /// <summary>A signal on a context measure, which has no better or worse.</summary>
    SpecialCauseHigh,
    SpecialCauseLow,
}

/// <summary>Whether the process, as it runs, will meet its target.</summary>
public enum Assurance
{
    /// <summary>No target, too few points, or a target the chart cannot judge.</summary>
    None,
    /// <summary>The target lies outside the limits on the good side: the process meets it every period.</summary>
    ConsistentlyPasses,
    /// <summary>The target lies outside the limits on the bad side: it will not be met without a change to the process.</summary>
    ConsistentlyFails,
    /// <summary>The target lies inside the limits: met in some periods and missed in others by noise alone.</summary>
    HitAndMiss,
}

/// <summary>One period of a series: a published value, or none (a withheld or missing cell breaks runs and trends).</summary>
public readonly record struct SpcInput(string Label, double? Value, int? Numerator = null, int? Denominator = null);

/// <summary>One period as charted: its value, its limits (p-chart limits vary with the base), and the rules it is part of.</summary>
public sealed record SpcPoint(string Label, double? Value, double Lower, double Upper, double LowerNear, double UpperNear, SpcRule Rules)
{
    public bool IsSignal => Rules != SpcRule.None;

    /// <summary>
    /// Which way the signal points: up for a point above the mean, down below it; a point that is only part of a
    /// trend points the way the trend goes (a falling trend that starts above the mean is falling all along).
    /// </summary>
    public bool SignalIsHigh { get; init; }
}

/// <summary>A measure's series under statistical process control.</summary>
public sealed record SpcResult(SpcChartKind Kind, double Mean, IReadOnlyList<SpcPoint> Points, Variation Variation, Assurance Assurance, double? Target)
{
    public SpcPoint? Latest => Points.LastOrDefault(p => p.Value is not null);

    /// <summary>The rules the latest point is part of, in words ("a run of seven; two of three near a limit").</summary>
    public string LatestRules => Latest is { } p ? ProcessControl.Describe(p.Rules) : "";
}

/// <summary>
/// Statistical process control for a published series, as NHS England's "Making Data Count" guidance does it:
/// the mean and three-sigma process limits (XmR for counts; p-chart for percentages with their bases, widened
/// by Laney's factor when the periods vary more than their bases explain), the four special-cause rules, a
/// variation judgement for the latest point and an assurance judgement against the target. Pure: values in,
/// judgement out, so it is tested on series worked by hand.
/// </summary>
public static class ProcessControl
{
    /// <summary>Fewer points give limits too unsettled to judge by (the guidance asks for 15 to 20; 12 is the floor here).</summary>
    public const int MinimumPoints = 12;
    /// <summary>The bias-correction constant d2 for moving ranges of two: sigma = average moving range / 1.128.</summary>
    public const double D2 = 1.128;
    public const int RunLength = 7;
    public const int TrendLength = 6;

    /// <summary>
    /// Limits and signals for a series, oldest first. Percentages whose every value has its base get a p-chart;
    /// anything else an XmR chart. Values are in the measure's own scale (percentages 0-100).
    /// </summary>
    public static SpcResult Analyse(IReadOnlyList<SpcInput> series, MeasureUnit unit, Polarity polarity, double? target)
    {
        var known = series.Where(p => p.Value is not null).ToList();
        var proportions = unit == MeasureUnit.Percentage && known.Count > 0 && known.All(p => p.Denominator > 0 && p.Numerator is not null);
        var (kind, mean, limits) = proportions ? PLimits(series) : XmRLimits(series);
        var upperCap = unit == MeasureUnit.Percentage ? 100.0 : double.PositiveInfinity;
        var points = series.Select((p, i) => new SpcPoint(p.Label, p.Value,
            Math.Max(0, limits[i].Lower), Math.Min(upperCap, limits[i].Upper),
            Math.Max(0, limits[i].LowerNear), Math.Min(upperCap, limits[i].UpperNear), SpcRule.None)).ToList();
        if (known.Count < MinimumPoints)
            return new SpcResult(kind, mean, points, Variation.TooFewPoints, Assurance.None, target);

        var values = series.Select(p => p.Value).ToList();
        var (rules, trendRising) = Rules(values, mean, limits);
        points = points.Select((p, i) => p with
        {
            Rules = rules[i],
            SignalIsHigh = rules[i] == SpcRule.TrendOfSix ? trendRising[i] : values[i] > mean,
        }).ToList();
        var variation = VariationOf(points, polarity);
        return new SpcResult(kind, mean, points, variation, AssuranceOf(points, polarity, target), target);
    }

    /// <summary>XmR: sigma from the average moving range of neighbouring periods (not across a gap).</summary>
    internal static (SpcChartKind, double, (double Lower, double Upper, double LowerNear, double UpperNear)[]) XmRLimits(IReadOnlyList<SpcInput> series)
    {
        var values = series.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        var mean = values.Count == 0 ? 0 : values.Average();
        var ranges = new List<double>();
        for (var i = 1; i < series.Count; i++)
            if (series[i].Value is { } v && series[i - 1].Value is { } u) ranges.Add(Math.Abs(v - u));
        var sigma = ranges.Count == 0 ? 0 : ranges.Average() / D2;
        var limit = (mean - 3 * sigma, mean + 3 * sigma, mean - 2 * sigma, mean + 2 * sigma);
        return (SpcChartKind.XmR, mean, series.Select(_ => limit).ToArray());
    }

    /// <summary>p-chart on the pooled proportion, with Laney's widening when the standardised values vary more than 1.</summary>
    internal static (SpcChartKind, double, (double Lower, double Upper, double LowerNear, double UpperNear)[]) PLimits(IReadOnlyList<SpcInput> series)
    {
        var known = series.Where(p => p.Value is not null).ToList();
        var pBar = (double)known.Sum(p => p.Numerator!.Value) / known.Sum(p => p.Denominator!.Value);
        double Sigma(SpcInput p) => p.Denominator is > 0 ? Math.Sqrt(pBar * (1 - pBar) / p.Denominator.Value) : 0;
        // z-scores of neighbouring periods: their moving range says how much the process varies beyond sampling.
        var z = series.Select(p => p.Value is not null && Sigma(p) > 0 ? (p.Numerator!.Value / (double)p.Denominator!.Value - pBar) / Sigma(p) : (double?)null).ToList();
        var ranges = new List<double>();
        for (var i = 1; i < z.Count; i++)
            if (z[i] is { } b && z[i - 1] is { } a) ranges.Add(Math.Abs(b - a));
        var sigmaZ = ranges.Count == 0 ? 1 : ranges.Average() / D2;
        var kind = sigmaZ > 1 ? SpcChartKind.LaneyP : SpcChartKind.P;
        var widen = Math.Max(1, sigmaZ);
        var limits = series.Select(p =>
        {
            // A period without a base has no limits of its own: the pooled proportion's at the average base.
            var s = (p.Denominator is > 0 ? Sigma(p) : Math.Sqrt(pBar * (1 - pBar) / Math.Max(1, known.Average(k => k.Denominator!.Value)))) * widen;
            return (100 * (pBar - 3 * s), 100 * (pBar + 3 * s), 100 * (pBar - 2 * s), 100 * (pBar + 2 * s));
        }).ToArray();
        return (kind, 100 * pBar, limits);
    }

    /// <summary>The rules each point is part of; a gap (null) ends any run or trend.</summary>
    internal static (SpcRule[] Rules, bool[] TrendRising) Rules(IReadOnlyList<double?> values, double mean, IReadOnlyList<(double Lower, double Upper, double LowerNear, double UpperNear)> limits)
    {
        var rules = new SpcRule[values.Count];
        var rising = new bool[values.Count];
        for (var i = 0; i < values.Count; i++)
            if (values[i] is { } v && (v > limits[i].Upper || v < limits[i].Lower)) rules[i] |= SpcRule.BeyondLimits;

        // Runs of points on one side of the mean; a point on the mean belongs to neither side and ends a run.
        MarkStretches(values, rules, SpcRule.RunOfSeven, RunLength, (_, v) => Math.Sign(v - mean), null);
        // Trends of rising (or falling) points: six points, five steps; an unchanged value ends a trend.
        MarkStretches(values, rules, SpcRule.TrendOfSix, TrendLength, (previous, v) => previous is { } p ? Math.Sign(v - p) : 0, rising, startsWithPrevious: true);

        // Two of three in a row beyond two sigma on the same side: each such point in such a window is flagged.
        for (var i = 0; i + 2 < values.Count; i++)
        {
            foreach (var side in new[] { 1, -1 })
            {
                var near = Enumerable.Range(i, 3).Where(j => values[j] is { } v && (side > 0 ? v > limits[j].UpperNear : v < limits[j].LowerNear)).ToList();
                if (near.Count >= 2 && Enumerable.Range(i, 3).All(j => values[j] is not null))
                    foreach (var j in near) rules[j] |= SpcRule.TwoOfThreeNearLimit;
            }
        }
        return (rules, rising);
    }

    /// <summary>
    /// Marks each stretch of consecutive points sharing a non-zero sign, when it is at least <paramref name="length"/>
    /// points long. For trends the sign is of the step into a point, so the stretch also takes the point it rose from.
    /// </summary>
    private static void MarkStretches(IReadOnlyList<double?> values, SpcRule[] rules, SpcRule rule, int length, Func<double?, double, int> sign, bool[]? upward, bool startsWithPrevious = false)
    {
        var start = -1;
        var current = 0;
        for (var i = 0; i <= values.Count; i++)
        {
            var s = i < values.Count && values[i] is { } v ? sign(i > 0 ? values[i - 1] : null, v) : 0;
            if (s != 0 && s == current) continue;
            if (current != 0)
            {
                var from = startsWithPrevious ? start - 1 : start;
                if (i - from >= length)
                    for (var j = from; j < i; j++)
                    {
                        rules[j] |= rule;
                        if (upward is not null) upward[j] = current > 0;
                    }
            }
            current = s;
            start = i;
        }
    }

    /// <summary>The latest point's variation: a signal if any rule covers it, good or bad news by the measure's polarity.</summary>
    private static Variation VariationOf(IReadOnlyList<SpcPoint> points, Polarity polarity)
    {
        if (points.LastOrDefault(p => p.Value is not null) is not { IsSignal: true } latest) return Variation.CommonCause;
        return polarity switch
        {
            Polarity.HigherIsBetter => latest.SignalIsHigh ? Variation.SpecialCauseImprovement : Variation.SpecialCauseConcern,
            Polarity.LowerIsBetter => latest.SignalIsHigh ? Variation.SpecialCauseConcern : Variation.SpecialCauseImprovement,
            _ => latest.SignalIsHigh ? Variation.SpecialCauseHigh : Variation.SpecialCauseLow,
        };
    }

    /// <summary>Where the latest target sits against the latest point's limits.</summary>
    private static Assurance AssuranceOf(IReadOnlyList<SpcPoint> points, Polarity polarity, double? target)
    {
        if (target is not { } t || polarity == Polarity.Context || points.LastOrDefault(p => p.Value is not null) is not { } latest) return Assurance.None;
        var higherIsBetter = polarity == Polarity.HigherIsBetter;
        if (t > latest.Upper) return higherIsBetter ? Assurance.ConsistentlyFails : Assurance.ConsistentlyPasses;
        if (t < latest.Lower) return higherIsBetter ? Assurance.ConsistentlyPasses : Assurance.ConsistentlyFails;
        return Assurance.HitAndMiss;
    }

    /// <summary>The rules in words, for a footnote or a commentary line.</summary>
    public static string Describe(SpcRule rules) => string.Join("; ", new (SpcRule Rule, string Words)[]
    {
        (SpcRule.BeyondLimits, "a point beyond the process limits"),
        (SpcRule.RunOfSeven, $"a run of {RunLength} or more on one side of the mean"),
        (SpcRule.TrendOfSix, $"a trend of {TrendLength} or more rising or falling"),
        (SpcRule.TwoOfThreeNearLimit, "two of three near a limit"),
    }.Where(x => rules.HasFlag(x.Rule)).Select(x => x.Words));

    /// <summary>The variation as a board reads it: a letter that prints in black and white, a short word for a table, and words.</summary>
    public static (string Letter, string Short, string Words) Describe(Variation variation) => variation switch
    {
        Variation.CommonCause => ("~", "common cause", "Common cause: no signal"),
        Variation.SpecialCauseImprovement => ("+", "improvement", "Special cause: improvement"),
        Variation.SpecialCauseConcern => ("!", "concern", "Special cause: concern"),
        Variation.SpecialCauseHigh => ("H", "higher", "Special cause: higher"),
        Variation.SpecialCauseLow => ("L", "lower", "Special cause: lower"),
        _ => ("-", "too few points", $"Too few points (fewer than {MinimumPoints})"),
    };

    /// <summary>The assurance as a board reads it: P, F or ? as the guidance's icons show, a short word, and words.</summary>
    public static (string Letter, string Short, string Words) Describe(Assurance assurance) => assurance switch
    {
        Assurance.ConsistentlyPasses => ("P", "passes", "Consistently passes target"),
        Assurance.ConsistentlyFails => ("F", "fails", "Consistently fails target"),
        Assurance.HitAndMiss => ("?", "hit and miss", "Hit and miss against target"),
        _ => ("-", "no target", "No target to assure"),
    };

    /// <summary>What the variation and assurance letters mean, for the notes under a table that shows them.</summary>
    public const string Legend =
        "Variation (statistical process control of the latest settled period against the measure's own history, NHS \"Making Data Count\" rules): " +
        "~ common cause (no signal), + special cause improvement, ! special cause concern, H/L special cause higher/lower on a measure with no better or worse, - too few points. " +
        "Assurance: P consistently passes the target, F consistently fails it, ? hit and miss (the target lies within the process limits). The process charts show why.";
}
