using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.SampleData;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Measures.Tests;

/// <summary>A small generated council, loaded and refreshed once for the tests that check properties over all measures.</summary>
public sealed class GeneratedCouncilFixture : IAsyncLifetime
{
    public TestWarehouse Warehouse { get; } = new(File.ReadAllText(Repository.TargetsFile));
    public string ExtractFolder => Path.Combine(Warehouse.Folder, "generated");
    public RefreshResult FirstRefresh { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        new SyntheticCouncilGenerator(new SyntheticCouncilOptions { Children = 1500, Seed = 7 }).Write(ExtractFolder);
        var load = await new ExtractLoader(Warehouse.Contexts, Warehouse.Pseudonymiser).LoadAsync(ExtractFolder);
        load.Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded, load.Message);
        FirstRefresh = await Warehouse.RefreshAsync();
    }

    public Task DisposeAsync()
    {
        Warehouse.Dispose();
        return Task.CompletedTask;
    }

}

public class GeneratedCouncilTests(GeneratedCouncilFixture council) : IClassFixture<GeneratedCouncilFixture>
{
    // Measures counted over events (each record belongs to one team and one day), which therefore add up
    // across teams and across months. Distinct-child, open-at-end, cumulative and distinct-organisation
    // measures do not add up, by design.
    private static readonly string[] EventMeasures = ["EH02", "EH03", "EH04", "EH06", "EH07", "EH08", "EH10", "EH11", "EH15", "EH16", "EH17", "CS02", "CS02N", "QA01", "QA03", "FB01"];

    [Fact]
    public async Task Percentages_ReAggregateFromLocalities_NotByAveragingPercentages()
    {
        await using var db = council.Warehouse.Contexts.Create();
        var rows = await (from v in db.MeasureValues
                          join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                          join p in db.Periods on v.PeriodKey equals p.PeriodKey
                          where v.BreakdownKind == "All" && p.Grain == PeriodGrain.FinancialQuarter && (u.Level == OrgUnitLevel.Authority || u.Level == OrgUnitLevel.Locality)
                          select new { v.MeasureCode, p.Label, u.Level, v.Numerator, v.Denominator, v.Value }).ToListAsync();
        var checkedValues = 0;
        foreach (var group in rows.Where(r => EventMeasures.Contains(r.MeasureCode)).GroupBy(r => (r.MeasureCode, r.Label)))
        {
            var authority = group.SingleOrDefault(r => r.Level == OrgUnitLevel.Authority);
            if (authority is null) continue;
            var localities = group.Where(r => r.Level == OrgUnitLevel.Locality).ToList();
            // Every generated episode, referral, audit and response has a team, so the localities hold all of them.
            localities.Sum(r => r.Numerator).ShouldBe(authority.Numerator, $"{group.Key}");
            if (authority.Denominator is { } den && den > 0)
            {
                localities.Sum(r => r.Denominator ?? 0).ShouldBe(den, $"{group.Key}");
                // The authority percentage is total numerator over total denominator...
                authority.Value!.Value.ShouldBe(100.0 * localities.Sum(r => r.Numerator) / localities.Sum(r => r.Denominator ?? 0), 1e-9, $"{group.Key}");
                checkedValues++;
            }
        }
        checkedValues.ShouldBeGreaterThan(100);
    }

    [Fact]
    public async Task EventCounts_AddUpFromMonthsToQuarters()
    {
        await using var db = council.Warehouse.Contexts.Create();
        var rows = await (from v in db.MeasureValues
                          join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                          join p in db.Periods on v.PeriodKey equals p.PeriodKey
                          where v.BreakdownKind == "All" && u.OrgUnitId == "AUTHORITY" && p.IsComplete && (p.Grain == PeriodGrain.Month || p.Grain == PeriodGrain.FinancialQuarter)
                          select new { v.MeasureCode, p.Grain, p.StartDate, p.EndDate, v.Numerator, v.Denominator }).ToListAsync();
        var quarters = rows.Where(r => r.Grain == PeriodGrain.FinancialQuarter && EventMeasures.Contains(r.MeasureCode)).ToList();
        quarters.Count.ShouldBeGreaterThan(100);
        foreach (var q in quarters)
        {
            var months = rows.Where(r => r.Grain == PeriodGrain.Month && r.MeasureCode == q.MeasureCode && r.StartDate >= q.StartDate && r.EndDate <= q.EndDate).ToList();
            months.Sum(m => m.Numerator).ShouldBe(q.Numerator, $"{q.MeasureCode} {q.StartDate}");
            if (q.Denominator is not null) months.Sum(m => m.Denominator ?? 0).ShouldBe(q.Denominator.Value, $"{q.MeasureCode} {q.StartDate}");
        }
    }

    [Fact]
    public async Task PercentageValues_AreNumeratorOverDenominator_AndCountsAreNumerators()
    {
        await using var db = council.Warehouse.Contexts.Create();
        var values = await db.MeasureValues.ToListAsync();
        values.Count.ShouldBe(council.FirstRefresh.ValuesWritten);
        foreach (var v in values)
        {
            var unit = MeasureCatalogue.Find(v.MeasureCode)!.Unit;
            if (unit == MeasureUnit.Count) v.Value.ShouldBe(v.Numerator);
            else if (v.Denominator is > 0) v.Value!.Value.ShouldBe(100.0 * v.Numerator / v.Denominator.Value, 1e-9);
            else v.Value.ShouldBeNull();
        }
    }

    [Fact]
    public async Task Breakdowns_OfDistinctChildren_SumToTheAuthorityValue()
    {
        // Each child has one sex, one ethnicity group and, at one date, one age band: the breakdown rows of a
        // child count partition the All row.
        await using var db = council.Warehouse.Contexts.Create();
        var rows = await (from v in db.MeasureValues
                          join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                          join p in db.Periods on v.PeriodKey equals p.PeriodKey
                          where v.MeasureCode == "EH01" && u.OrgUnitId == "AUTHORITY" && p.Grain == PeriodGrain.FinancialQuarter
                          select new { p.Label, v.BreakdownKind, v.Numerator }).ToListAsync();
        foreach (var quarter in rows.GroupBy(r => r.Label))
        {
            var all = quarter.Single(r => r.BreakdownKind == "All").Numerator;
            foreach (var kind in new[] { "Sex", "AgeBand", "EthnicityGroup" })
                quarter.Where(r => r.BreakdownKind == kind).Sum(r => r.Numerator).ShouldBe(all, $"{quarter.Key} {kind}");
        }
    }

    [Theory]
    [MemberData(nameof(TranslationTests.Codes), MemberType = typeof(TranslationTests))]
    public async Task DrillThrough_ListsTheRecordsBehindEveryMeasure_AndTheirCountIsTheValue(string code)
    {
        // The records behind a value come from the same query as the value: their distinct units are its numerator and denominator.
        var explainer = new MeasureExplainer(council.Warehouse.Contexts, council.Warehouse.Options);
        var drill = await explainer.ExplainAsync(code, "2025-26 Q3");

        var stored = await council.Warehouse.CountsAsync(code, "2025-26 Q3");
        drill.Numerator.ShouldBe(stored.Numerator, code);
        if (MeasureCatalogue.Find(code)!.Denominator is not null && code != "QA02") drill.Denominator.ShouldBe(stored.Denominator ?? 0, code);
        drill.Records.ShouldAllBe(r => r.RecordId.Length > 0);
    }
}
