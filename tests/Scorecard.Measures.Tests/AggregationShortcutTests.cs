using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using static Scorecard.Measures.Tests.MeasureRowKeys;

namespace Scorecard.Measures.Tests;

/// <summary>
/// The refresh takes two shortcuts that a measure must declare: counts that add up over teams are summed
/// from team counts (<see cref="MeasureDefinition.MembersAreDistinctUnits"/>), and open-at-end measures are
/// computed once per end date (<see cref="MeasureDefinition.CountsAtPeriodEnd"/>); and a percentage whose
/// denominator is another measure's count (<see cref="MeasureDefinition.DenominatorIs"/>) takes its denominators
/// from that count rather than counting them again. Each declaration is checked
/// here against the long way round, on the generated council: the same numbers for every period, unit and
/// breakdown, or the declaration is wrong.
/// </summary>
public class AggregationShortcutTests(GeneratedCouncilFixture council) : IClassFixture<GeneratedCouncilFixture>
{
    public static TheoryData<string> Adding() => new(MeasureCatalogue.All.Where(m => m.MembersAreDistinctUnits).Select(m => m.Code));
    public static TheoryData<string> AtEnd() => new(MeasureCatalogue.All.Where(m => m.CountsAtPeriodEnd).Select(m => m.Code));

    [Theory]
    [MemberData(nameof(Adding))]
    public async Task SummedTeamCounts_EqualDistinctCountsAtEveryLevel(string code)
    {
        var measure = MeasureCatalogue.Find(code)!;
        await using var db = council.Warehouse.Contexts.Create();
        var authority = await AuthorityAsync(db);
        var query = new MeasureQueryContext(db, db.Periods, new MeasureOptions());
        var quarterly = new MeasureQueryContext(db, db.Periods.Where(p => MeasureComputation.BreakdownGrains.Contains(p.Grain)), new MeasureOptions());

        var summed = await Rows(MeasureAggregator.ByOrganisation(db, measure.Members(query), authority, membersAreDistinctUnits: true));
        var distinct = await Rows(MeasureAggregator.ByOrganisation(db, measure.Members(query), authority, membersAreDistinctUnits: false));
        distinct.Count.ShouldBeGreaterThan(50, "the generated council should exercise the measure");
        summed.ShouldBe(distinct);

        foreach (var kind in new[] { MeasureAggregator.AgeBand, MeasureAggregator.Sex, MeasureAggregator.EthnicityGroup })
        {
            if (!measure.Breakdowns.HasFlag(Enum.Parse<Breakdowns>(kind))) continue;
            var summedBreakdown = await Rows(MeasureAggregator.ByBreakdown(db, measure.Members(quarterly), authority, kind, membersAreDistinctUnits: true));
            var distinctBreakdown = await Rows(MeasureAggregator.ByBreakdown(db, measure.Members(quarterly), authority, kind, membersAreDistinctUnits: false));
            summedBreakdown.ShouldBe(distinctBreakdown, kind);
        }
    }

    [Theory]
    [MemberData(nameof(AtEnd))]
    public async Task OnePerEndDate_GivesEveryPeriodTheValueOfComputingIt(string code)
    {
        var measure = MeasureCatalogue.Find(code)!;
        await using var db = council.Warehouse.Contexts.Create();
        var authority = await AuthorityAsync(db);
        var query = new MeasureQueryContext(db, db.Periods, new MeasureOptions());
        var quarterly = new MeasureQueryContext(db, db.Periods.Where(p => MeasureComputation.BreakdownGrains.Contains(p.Grain)), new MeasureOptions());

        // The long way: every period computed by the measure's query itself, whatever it shares an end with.
        var everyPeriod = new List<MeasureRow>();
        everyPeriod.AddRange(await MeasureAggregator.ByOrganisation(db, measure.Members(query), authority, measure.MembersAreDistinctUnits).ToListAsync());
        foreach (var kind in new[] { MeasureAggregator.AgeBand, MeasureAggregator.Sex, MeasureAggregator.EthnicityGroup })
            everyPeriod.AddRange(await MeasureAggregator.ByBreakdown(db, measure.Members(quarterly), authority, kind, measure.MembersAreDistinctUnits).ToListAsync());

        var shortcut = await MeasureComputation.ComputeAsync(db, query, measure, authority, CancellationToken.None);

        (await db.Periods.CountAsync()).ShouldBeGreaterThan(await PeriodEnds.OnePerEndDate(db.Periods).CountAsync(), "some periods should share an end date");
        Keys(shortcut).ShouldBe(Keys(everyPeriod));
    }

    [Fact]
    public void BreakdownsInOneQuery_AreTheChildrenCountedAtPeriodEnd_AndTheStepUps()
    {
        // Their breakdown rows are sums of one query's cells (sex, ethnic group and age band together), which is exact only
        // when a unit is in one cell a period: a child at the period end, or a step-up (one child, one date). The theory
        // above holds those counted at the period end to the three breakdowns counted one a query, every period and unit;
        // MonthSumsTests holds EH07 to them.
        MeasureCatalogue.All.Where(MeasureComputation.BreakdownsInOneQuery).Select(m => m.Code).ShouldBe(["EH01", "EH05", "EH07", "EH13A", "EH13B", "CS01", "CS04"], ignoreOrder: true);
        MeasureCatalogue.All.Where(MeasureComputation.BreakdownsInOneQuery).ShouldAllBe(m => m.CountingUnit == "Child" || m.CountingUnit == "Step-up");
    }

    public static TheoryData<string> InOneQuery() => new(MeasureCatalogue.All.Where(MeasureComputation.CountedInOneQuery).Select(m => m.Code));

    [Fact]
    public void CountedInOneQuery_AreTheAddingMeasuresWithBreakdowns()
    {
        // QA03, SF02 and FB01 add up too and have no age, sex or ethnicity rows; CS04 counts children, who can repeat.
        MeasureCatalogue.All.Where(MeasureComputation.CountedInOneQuery).Select(m => m.Code).ShouldBe(["EH02", "EH03", "EH04", "EH06", "EH08", "EH09", "EH10", "EH11", "EH12", "EH14", "EH15", "EH16", "EH17",
            "CS02", "CS02N", "CS03", "CS05", "CS06", "CS07", "QA01"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(InOneQuery))]
    public async Task CountsByTeamAndBreakdown_SummedUp_EqualEachRowCountedOnItsOwn(string code)
    {
        var measure = MeasureCatalogue.Find(code)!;
        await using var db = council.Warehouse.Contexts.Create();
        var authority = await AuthorityAsync(db);
        var query = new MeasureQueryContext(db, db.Periods, new MeasureOptions());
        var quarterly = new MeasureQueryContext(db, db.Periods.Where(p => MeasureComputation.BreakdownGrains.Contains(p.Grain)), new MeasureOptions());

        // The long way: distinct units by organisation unit over every period, and each breakdown over quarters and years.
        var eachOnItsOwn = new List<MeasureRow>();
        eachOnItsOwn.AddRange(await MeasureAggregator.ByOrganisation(db, measure.Members(query), authority).ToListAsync());
        foreach (var kind in MeasureComputation.BreakdownKinds(measure).Where(k => k != MeasureAggregator.All))
            eachOnItsOwn.AddRange(await MeasureAggregator.ByBreakdown(db, measure.Members(quarterly), authority, kind).ToListAsync());

        var oneQuery = await MeasureComputation.ComputeAsync(db, query, measure, authority, CancellationToken.None);

        eachOnItsOwn.Count(r => r.BreakdownKind != MeasureAggregator.All).ShouldBeGreaterThan(20, "the generated council should exercise the breakdowns");
        Keys(oneQuery).ShouldBe(Keys(eachOnItsOwn));
    }

    public static TheoryData<string> DenominatorFromCount() => new(TakingDenominators());

    private static IEnumerable<string> TakingDenominators() => MeasureCatalogue.All
        .Where(m => MeasureComputation.NumeratorOnly(m, MeasureCatalogue.All.Select(x => x.Code).ToHashSet())).Select(m => m.Code);

    [Fact]
    public void DenominatorsTakenFromTheirCount_AreThePercentagesThatCanTakeThem()
    {
        // Every percentage naming its count, except QA01: its count QA02 has no age, sex or ethnicity rows.
        TakingDenominators().ShouldBe(["EH05", "EH10", "EH11", "EH13A", "EH13B", "EH16", "EH17"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(DenominatorFromCount))]
    public async Task DenominatorTakenFromTheCount_EqualsCountingItsOwnMembers(string code)
    {
        var measure = MeasureCatalogue.Find(code)!;
        var count = MeasureCatalogue.Find(measure.DenominatorIs!)!;
        await using var db = council.Warehouse.Contexts.Create();
        var authority = await AuthorityAsync(db);
        var query = new MeasureQueryContext(db, db.Periods, new MeasureOptions());

        // The long way: the measure counts its own denominator members, as drill-through lists them.
        var own = await MeasureComputation.ComputeAsync(db, query, measure, authority, CancellationToken.None);
        // The refresh's way: numerator members only, denominators from the count's values.
        var numerators = await MeasureComputation.ComputeAsync(db, query, measure, authority, CancellationToken.None, numeratorOnly: true);
        var counts = await MeasureComputation.ComputeAsync(db, query, count, authority, CancellationToken.None);
        var taken = MeasureComputation.WithDenominators(measure, numerators, counts);

        own.Count.ShouldBeGreaterThan(50, "the generated council should exercise the measure");
        own.Count(r => r.Numerator > 0).ShouldBeLessThan(own.Count, "some cells should have a numerator of 0, which the count's cells must bring");
        Keys(taken).ShouldBe(Keys(own));
    }

    private static async Task<List<string>> Rows(IQueryable<MeasureRow> query) => Keys(await query.ToListAsync());
}
