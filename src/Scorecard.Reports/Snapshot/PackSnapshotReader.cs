using Scorecard.Measures.Calculation;
using Scorecard.Measures.Publishing;
using Scorecard.Reports.Benchmarks;
using Scorecard.Reports.Spc;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Reports.Snapshot;

/// <summary>
/// Reads what a pack needs from the published model (<see cref="PublishedScorecard"/>): one query for the cells of
/// every measure, period and unit the pack shows, one for the audit grades, the spidergraph and data-freshness
/// queries, and the periods and units. Never a query per cell, so a pack takes the same time for 5 teams or 50.
/// </summary>
public sealed class PackSnapshotReader(WarehouseContextFactory contexts, DfeBenchmarks? benchmarks = null)
{
    private readonly PublishedScorecard _published = new(contexts);

    /// <summary>The latest complete period of the template's grain, as the snapshot knows it.</summary>
    public Task<string> LatestCompletePeriodAsync(PackTemplate template, CancellationToken ct = default) =>
        _published.LatestCompletePeriodAsync(template.Grain, template.GrainWord, ct);

    public async Task<PackSnapshot> ReadAsync(PackTemplate template, string periodLabel, DateTime generatedAtUtc, CancellationToken ct = default)
    {
        var period = await _published.PeriodAsync(template.Grain, template.GrainWord, periodLabel, template.TrendPeriods, ct);
        // Freshness first: it says plainly when nothing has been refreshed yet.
        var quality = await _published.DataQualityAsync(generatedAtUtc, ct);
        var units = (await _published.UnitsAsync(ct)).Select(u => new PackUnit(u.OrgUnitKey, u.OrgUnitId, u.Name, u.Level, u.Locality)).ToList();
        var authority = units.FirstOrDefault(u => u.OrgUnitId == OrganisationUnit.AuthorityId)
            ?? throw new InvalidOperationException("The warehouse has no authority unit: load an extract first.");
        // Units are listed as published: the authority, then each locality followed by its teams.
        var scorecardUnits = units.Where(u => template.ScorecardLevels.Contains(u.Level)).ToList();
        var comparisonUnits = units.Where(u => template.ComparisonLevels.Contains(u.Level) && u != authority).ToList();

        // Baselines: the same quarter or month of each measure's baseline year, read with the other cells.
        var baselineYears = template.Measures.Where(m => template.Baselines.ContainsKey(m.Code))
            .ToDictionary(m => m.Code, m => int.Parse(template.Baselines[m.Code][..4], System.Globalization.CultureInfo.InvariantCulture));
        var baselinePeriods = baselineYears.Count == 0 ? [] : await _published.SamePeriodInYearsAsync(period.Period, baselineYears.Values.Distinct().ToList(), ct);
        var baselines = baselineYears.Where(b => baselinePeriods.ContainsKey(b.Value)).ToDictionary(b => b.Key, b => baselinePeriods[b.Value]);
        var periodKeys = period.Trend.Append(period.Previous).Append(period.LastYear).Concat(baselines.Values)
            .OfType<Warehouse.Measures.Period>().Select(p => p.PeriodKey).Distinct().ToList();
        var unitKeys = scorecardUnits.Concat(comparisonUnits).Append(authority).Select(u => u.OrgUnitKey).Distinct().ToList();
        var wantsAuditGrades = template.Sections.Any(s => s.HasAuditGrades) || template.Charts.Any(c => c.Kind == ChartKinds.AuditGrades);
        // The audit tables show QA01 (good or better) beside the overall grades, so it is read with them.
        var codes = template.MeasuresRead.Select(m => m.Code).Concat(wantsAuditGrades ? [ChartKinds.GoodOrBetterMeasure] : []).Distinct().ToList();
        var cells = await _published.CellsAsync(template.PublishedAudience, codes, periodKeys, unitKeys, breakdowns: false, ct);
        // Process control needs a longer run of periods than the trend tables, for the authority alone.
        var spcPeriods = (await _published.PeriodAsync(template.Grain, template.GrainWord, periodLabel, PackSpc.Window(template.Grain), ct)).Trend;
        var spcKeys = spcPeriods.Select(p => p.PeriodKey).Except(periodKeys).ToList();
        if (spcKeys.Count > 0)
            cells.AddRange(await _published.CellsAsync(template.PublishedAudience, PackSpc.Charted(template).Select(m => m.Code).ToList(), spcKeys, [authority.OrgUnitKey], breakdowns: false, ct));
        var grades = wantsAuditGrades
            ? (await _published.CellsAsync(template.PublishedAudience, [ChartKinds.AuditGradeMeasure], periodKeys, unitKeys, breakdowns: true, ct))
                .Where(c => c.BreakdownKind.StartsWith(MeasureAggregator.AuditGradePrefix, StringComparison.Ordinal)).ToList()
            : [];
        // The equality page: the authority's published age, sex and ethnicity cells for the period, suppressed as the rest.
        string[] equalityKinds = [MeasureAggregator.AgeBand, MeasureAggregator.Sex, MeasureAggregator.EthnicityGroup];
        var equality = template.EqualityMeasures.Count == 0 ? []
            : (await _published.CellsAsync(template.PublishedAudience, template.EqualityMeasures.Select(m => m.Code).ToList(), [period.Period.PeriodKey], [authority.OrgUnitKey], breakdowns: true, ct))
                .Where(c => equalityKinds.Contains(c.BreakdownKind)).ToList();
        var domains = template.Charts.Any(c => c.Kind == ChartKinds.Spidergraph)
            ? await _published.DomainAveragesAsync(template.PublishedAudience, period.Period, ct)
            : new DomainAverages([], 0, false);

        var byKey = cells.ToDictionary(c => (c.MeasureCode, c.PeriodKey, c.OrgUnitKey));
        var benchmarkYears = benchmarks is null ? [] : await BenchmarkYearsAsync(template, benchmarks, authority, ct);
        return new PackSnapshot
        {
            Template = template,
            Period = period.Period,
            TrendPeriods = period.Trend,
            PreviousPeriod = period.Previous,
            LastYearPeriod = period.LastYear,
            BaselinePeriods = baselines,
            Authority = authority,
            ScorecardUnits = scorecardUnits,
            ComparisonUnits = comparisonUnits,
            MeasureRows = await _published.MeasuresAsync(ct),
            Cells = byKey,
            AuditGrades = grades,
            EqualityCells = equality,
            DomainAverages = domains,
            DataQuality = quality,
            GeneratedAtUtc = generatedAtUtc,
            SpcPeriods = spcPeriods,
            Spc = PackSpc.Analyse(template, spcPeriods, authority, byKey),
            Benchmarks = benchmarks,
            BenchmarkYears = benchmarkYears,
        };
    }

    /// <summary>The years the DfE has published as financial years of our own (the DfE's year runs April to March too).</summary>
    public const int BenchmarkYearsShown = 3;

    /// <summary>The authority's published financial-year values of each benchmarked measure the pack shows, for the DfE's latest years.</summary>
    private async Task<Dictionary<(string, string), Warehouse.Publishing.PublishedMeasureValue>> BenchmarkYearsAsync(PackTemplate template, DfeBenchmarks benchmarks, PackUnit authority, CancellationToken ct)
    {
        var measures = template.Measures.Where(m => benchmarks.For(m.Code) is not null).Select(m => m.Code).ToList();
        if (measures.Count == 0) return [];
        var years = measures.SelectMany(m => benchmarks.For(m)!.Years.TakeLast(BenchmarkYearsShown).Select(y => y.Year)).Distinct()
            .Select(y => Warehouse.Calendar.ReportingPeriod.TryParse(y, Warehouse.Calendar.PeriodGrain.FinancialYear, out var p) ? Warehouse.Measures.Period.KeyOf(p) : (int?)null)
            .OfType<int>().ToList();
        var cells = await _published.CellsAsync(template.PublishedAudience, measures, years, [authority.OrgUnitKey], breakdowns: false, ct);
        return cells.ToDictionary(c => (c.MeasureCode, c.PeriodLabel), c => c);
    }
}
