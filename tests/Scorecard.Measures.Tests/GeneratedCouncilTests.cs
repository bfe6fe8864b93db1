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

    [Fact]
    public async Task PartnershipTable_NoWithheldCell_CanBeWorkedOutFromWhatIsShown()
    {
        // Every group a reader can add up, taken from the published partnership table as a reader sees it: a unit's
        // children beside it (in every breakdown value), a unit's breakdown values beside its total, QA01's good or
        // better beside QA02's grades 1 and 2. A group is an equation a reader can use where its parts really add up
        // to its total (numerators and denominators each); where they do not (a child counted in two teams, a contact
        // with no team), a reader who assumed it would work out a wrong number. A withheld cell can be worked out when
        // the equations, with the shown cells known, fix its numerator or its denominator: when no solution of the
        // withheld cells' homogeneous system moves it. Worked in exact arithmetic (modulo a large prime), per period
        // and family of measures.
        await using var db = council.Warehouse.Contexts.Create();
        var units = await db.PublishedOrgUnits.AsNoTracking().ToListAsync();
        var children = units.Where(u => u.ParentOrgUnitKey is not null).ToLookup(u => u.ParentOrgUnitKey!.Value, u => u.OrgUnitKey);
        var shown = await db.PartnershipMeasureValues.AsNoTracking()
            .Where(v => v.State != Scorecard.Warehouse.Publishing.PublishedState.NotAvailable)
            .Select(v => new { v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.IsSuppressed }).ToListAsync();
        var truth = (await db.InternalMeasureValues.AsNoTracking()
                .Select(v => new { v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Unit }).ToListAsync())
            .ToDictionary(v => (v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue),
                v => (Numerator: v.Numerator ?? 0, Denominator: v.Unit == MeasureUnit.Percentage ? v.Denominator ?? 0 : (int?)null));
        var withheld = 0;
        var fixedCells = new List<string>();
        foreach (var table in shown.GroupBy(c => (c.PeriodKey, Family: c.MeasureCode == "QA01" ? "QA02" : c.MeasureCode)))
        {
            var hidden = table.Where(c => c.IsSuppressed).Select(c => (c.MeasureCode, c.OrgUnitKey, c.BreakdownKind, c.BreakdownValue)).ToHashSet();
            if (hidden.Count == 0) continue;
            withheld += hidden.Count;
            var present = table.Select(c => (c.MeasureCode, c.OrgUnitKey, c.BreakdownKind, c.BreakdownValue)).ToHashSet();
            var groups = new List<((string, int, string, string) Total, List<(string, int, string, string)> Parts)>();
            foreach (var c in present)
            {
                var parts = children[c.OrgUnitKey].Select(k => (c.MeasureCode, k, c.BreakdownKind, c.BreakdownValue)).Where(present.Contains).ToList();
                if (parts.Count > 0) groups.Add((c, parts));
            }
            foreach (var row in present.Where(c => c.BreakdownKind != "All").GroupBy(c => (c.MeasureCode, c.OrgUnitKey, c.BreakdownKind)))
                if (present.Contains((row.Key.MeasureCode, row.Key.OrgUnitKey, "All", "All")))
                    groups.Add(((row.Key.MeasureCode, row.Key.OrgUnitKey, "All", "All"), row.ToList()));
            foreach (var qa01 in present.Where(c => c.MeasureCode == "QA01" && c.BreakdownKind == "All"))
            {
                var grades = new[] { "1", "2" }.Select(g => ("QA02", qa01.OrgUnitKey, "AuditGrade:OVERALL", g)).Where(present.Contains).ToList();
                if (grades.Count > 0) groups.Add((qa01, grades));
            }
            (int Numerator, int? Denominator) True((string Code, int Unit, string Kind, string Value) c) => truth[(c.Code, table.Key.PeriodKey, c.Unit, c.Kind, c.Value)];
            var byNumerators = groups.Where(g => True(g.Total).Numerator == g.Parts.Sum(p => True(p).Numerator)).ToList();
            var byDenominators = groups.Where(g => True(g.Total).Denominator is { } d && g.Parts.All(p => True(p).Denominator is not null)
                && d == g.Parts.Sum(p => True(p).Denominator!.Value)).ToList();
            foreach (var cell in ExactlyFixed(byNumerators, hidden).Union(ExactlyFixed(byDenominators, hidden)))
                fixedCells.Add($"{cell} in period {table.Key.PeriodKey}");
        }
        withheld.ShouldBeGreaterThan(1000, "1,500 children give plenty of small numbers to withhold");
        fixedCells.ShouldBeEmpty();
    }

    [Fact]
    public async Task PartnershipTable_AWithheldCellCarriesNothing_AndNoDirectionLeansOnAWithheldComparator()
    {
        await using var db = council.Warehouse.Contexts.Create();
        var rows = await db.PartnershipMeasureValues.AsNoTracking().ToListAsync();
        var hidden = rows.Where(r => r.IsSuppressed).Select(r => (r.MeasureCode, r.PeriodKey, r.OrgUnitKey, r.BreakdownKind, r.BreakdownValue)).ToHashSet();
        var periods = await db.Periods.AsNoTracking().ToDictionaryAsync(p => p.PeriodKey);
        // Secondary suppression did something: cells withheld although their own numbers are not small.
        var small = await db.InternalMeasureValues.Where(v => v.IsSmallNumber).CountAsync();
        hidden.Count.ShouldBeGreaterThan(small);
        foreach (var r in rows.Where(r => r.IsSuppressed))
            (r.DisplayValue, r.Numerator, r.Denominator, r.Value, r.Target, r.Rag, r.DirectionVsPrevious, r.DirectionVsLastYear, r.PreviousValue, r.LastYearValue)
                .ShouldBe(("c", (int?)null, (int?)null, (double?)null, (double?)null, (Rag?)null, (Direction?)null, (Direction?)null, (double?)null, (double?)null));
        var leaning = rows.Where(r => !r.IsSuppressed && (
            (periods[r.PeriodKey].PreviousPeriodKey is { } p && hidden.Contains((r.MeasureCode, p, r.OrgUnitKey, r.BreakdownKind, r.BreakdownValue)) && (r.DirectionVsPrevious is not null || r.PreviousValue is not null))
            || (periods[r.PeriodKey].SamePeriodLastYearKey is { } l && hidden.Contains((r.MeasureCode, l, r.OrgUnitKey, r.BreakdownKind, r.BreakdownValue)) && (r.DirectionVsLastYear is not null || r.LastYearValue is not null))))
            .Take(5).Select(r => $"{r.MeasureCode} {r.PeriodLabel} {r.OrgUnitId} {r.BreakdownKind}={r.BreakdownValue}").ToList();
        leaning.ShouldBeEmpty();
    }

    [Fact]
    public async Task APercentagesDenominator_IsTheCountItNames_AndNeverShowsOneThatIsWithheld()
    {
        // EH05's denominator is EH01, EH17's is EH03, and so on (MeasureDefinition.DenominatorIs): true of every cell.
        // So a partnership cell that shows its denominator shows that count too: where the count is withheld, the
        // percentage must be withheld as well.
        await using var db = council.Warehouse.Contexts.Create();
        var inside = (await db.InternalMeasureValues.AsNoTracking().Select(v => new { v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator }).ToListAsync())
            .ToDictionary(v => (v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue));
        var board = (await db.PartnershipMeasureValues.AsNoTracking().Select(v => new { v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.IsSuppressed, v.Denominator }).ToListAsync())
            .ToDictionary(v => (v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue));
        var linked = MeasureCatalogue.All.Where(m => m.DenominatorIs is not null).ToList();
        linked.Select(m => m.Code).ShouldBe(["EH05", "EH10", "EH11", "EH13A", "EH13B", "EH16", "EH17", "QA01"], ignoreOrder: true);
        var pairs = 0;
        foreach (var measure in linked)
            foreach (var ((code, period, unit, kind, value), cell) in inside.Where(x => x.Key.MeasureCode == measure.Code && x.Value.Denominator > 0))
            {
                var source = inside.GetValueOrDefault((measure.DenominatorIs!, period, unit, kind, value));
                if (source is null) continue;
                pairs++;
                cell.Denominator.ShouldBe(source.Numerator, $"{code} {period} {unit} {kind}={value}");
                if (board.TryGetValue((measure.DenominatorIs!, period, unit, kind, value), out var withheld) && withheld.IsSuppressed && board.TryGetValue((code, period, unit, kind, value), out var shown))
                    shown.IsSuppressed.ShouldBeTrue($"{code} {period} {unit} {kind}={value} shows the denominator {cell.Denominator} of a withheld {measure.DenominatorIs}");
            }
        pairs.ShouldBeGreaterThan(1000);
    }

    /// <summary>
    /// The withheld cells that the equations (total minus its parts = shown values) fix. Reduced row echelon form of
    /// the equations over the withheld cells, modulo the prime 2^31 - 1: a withheld cell is fixed when its column is a
    /// pivot whose row has nothing in any free column (no solution of the homogeneous system moves it).
    /// </summary>
    private static IEnumerable<T> ExactlyFixed<T>(List<(T Total, List<T> Parts)> equations, HashSet<T> unknown) where T : notnull
    {
        const long P = 2147483647;
        var columns = unknown.ToList();
        var column = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i);
        var rows = new List<long[]>();
        foreach (var (total, parts) in equations)
        {
            var row = new long[columns.Count];
            if (unknown.Contains(total)) row[column[total]] = 1;
            foreach (var part in parts.Where(unknown.Contains)) row[column[part]] = (row[column[part]] + P - 1) % P;
            if (row.Any(v => v != 0)) rows.Add(row);
        }
        long Inverse(long a) { long result = 1, e = P - 2; a %= P; while (e > 0) { if ((e & 1) == 1) result = result * a % P; a = a * a % P; e >>= 1; } return result; }
        var pivotOf = new Dictionary<int, int>();
        var r = 0;
        for (var c = 0; c < columns.Count && r < rows.Count; c++)
        {
            var found = Enumerable.Range(r, rows.Count - r).FirstOrDefault(i => rows[i][c] != 0, -1);
            if (found < 0) continue;
            (rows[r], rows[found]) = (rows[found], rows[r]);
            var inverse = Inverse(rows[r][c]);
            for (var k = 0; k < columns.Count; k++) rows[r][k] = rows[r][k] * inverse % P;
            for (var i = 0; i < rows.Count; i++)
            {
                if (i == r || rows[i][c] == 0) continue;
                var factor = rows[i][c];
                for (var k = 0; k < columns.Count; k++) rows[i][k] = ((rows[i][k] - factor * rows[r][k]) % P + P) % P;
            }
            pivotOf[c] = r++;
        }
        var free = Enumerable.Range(0, columns.Count).Where(c => !pivotOf.ContainsKey(c)).ToList();
        return pivotOf.Where(x => free.All(f => rows[x.Value][f] == 0)).Select(x => columns[x.Key]);
    }
}
