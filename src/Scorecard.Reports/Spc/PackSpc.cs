using Scorecard.Measures.Catalogue;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Reports.Spc;

/// <summary>
/// Process control for a pack: which measures it suits, how long a series it reads, and the authority's published
/// series turned into <see cref="SpcInput"/>s. Only values the pack's audience may see go in, so limits and signals
/// can reveal nothing the published table withholds.
/// </summary>
public static class PackSpc
{
    /// <summary>
    /// Periods read: two years of months, four years of quarters (the guidance asks for 15 to 20 points; the first
    /// year of the data window is left out, because caseloads open at the start are still building up).
    /// </summary>
    public static int Window(PeriodGrain grain) => grain switch
    {
        PeriodGrain.Month => 24,
        PeriodGrain.FinancialQuarter => 16,
        _ => 8,
    };

    /// <summary>
    /// The measures of the pack a process chart suits: not the audit grade distribution (no single number) nor the
    /// year-to-date counts, whose values climb through each year and fall back every April by construction.
    /// </summary>
    public static IEnumerable<MeasureDefinition> Charted(PackTemplate template) =>
        template.Measures.Where(m => m.Code != ChartKinds.AuditGradeMeasure && !m.CumulativeInYear);

    public static IReadOnlyDictionary<string, SpcResult> Analyse(PackTemplate template, IReadOnlyList<Period> periods, Snapshot.PackUnit authority,
        IReadOnlyDictionary<(string Measure, int Period, int Unit), PublishedMeasureValue> cells)
    {
        var results = new Dictionary<string, SpcResult>();
        foreach (var m in Charted(template))
        {
            var series = periods.Select(p => Input(p, cells.GetValueOrDefault((m.Code, p.PeriodKey, authority.OrgUnitKey)))).ToList();
            if (series.All(p => p.Value is null)) continue;
            var target = periods.Count == 0 ? null : cells.GetValueOrDefault((m.Code, periods[^1].PeriodKey, authority.OrgUnitKey))?.Target;
            results[m.Code] = ProcessControl.Analyse(series, m.Unit, m.Polarity, target);
        }
        return results;
    }

    /// <summary>
    /// The exceptions process control adds: a special-cause concern at the latest settled point, or a special cause on
    /// a context measure (no better or worse, but a change the board should ask about). An improvement is no exception.
    /// </summary>
    public static IEnumerable<Story.ExceptionSignal> Signals(Snapshot.PackSnapshot s) =>
        s.Spc.Where(x => x.Value.Variation is Variation.SpecialCauseConcern or Variation.SpecialCauseHigh or Variation.SpecialCauseLow)
            .Select(x => new Story.ExceptionSignal(x.Key, s.Authority.OrgUnitKey, Reason(x.Value)));

    /// <summary>"Special cause: concern in 2026-27 Q1 (SPC: a run of 7 or more on one side of the mean)".</summary>
    public static string Reason(SpcResult r) =>
        $"{ProcessControl.Describe(r.Variation).Words} in {r.Latest?.Label} (SPC: {r.LatestRules})";

    /// <summary>
    /// A published cell as a point: withheld, missing and provisional values are gaps (a provisional value can
    /// still move, usually up, and would look like a signal that is only late records).
    /// </summary>
    private static SpcInput Input(Period p, PublishedMeasureValue? cell) =>
        cell is { State: PublishedState.Value, IsProvisional: false, Value: { } v }
            ? new SpcInput(p.Label, v, cell.Numerator, cell.Denominator)
            : new SpcInput(p.Label, null);
}
