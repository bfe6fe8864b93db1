using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Tests.Catalogue;

/// <summary>
/// SF01 (families attached) and SF02 (successful claims): cumulative from 1 April to the period end, starting
/// again each financial year. Both read one extract of the family programme, loaded once.
/// </summary>
public class FamilyProgrammeMeasureTests(FamilyProgrammeMeasureTests.Programme programme) : IClassFixture<FamilyProgrammeMeasureTests.Programme>
{
    private readonly TestWarehouse w = programme.Warehouse;

    private static Csv Attachments() => Tables.FamilyProgramme()
        .Add("A1", "F1", "2024-05-10", "2024-07-01", "SUCCESSFUL") // May 2024, claim Jul 2024 (Q2)
        .Add("A2", "F2", "2024-08-01", "2024-11-15", "REJECTED")   // Aug 2024 (Q2), a rejected claim
        .Add("A3", "F1", "2024-10-01", null, null)                 // F1 attached again in Oct: still one family
        .Add("A4", "F3", "2025-02-01", "2025-03-20", "SUCCESSFUL") // Feb 2025 (Q4), claim Mar 2025
        .Add("A5", "F4", "2025-04-15", "2025-05-01", "SUCCESSFUL"); // 2025-26 Q1

    [Fact]
    public async Task SF01_IsCumulativeFrom1April_AFamilyAttachedInMayCountsInQ2AndQ3ButNotNextYearsQ1()
    {
        // Families attached from 1 April 2024 to the period end:
        // Q1 (to 30 Jun): F1 = 1. Q2 (to 30 Sep): F1, F2 = 2. Q3 (to 31 Dec): F1 (twice, one family), F2 = 2.
        // Q4 and the year (to 31 Mar 2025): F1, F2, F3 = 3. 2025-26 Q1 starts again at 1 April 2025: F4 = 1.
        (await w.CountsAsync("SF01", "2024-25 Q1")).Numerator.ShouldBe(1);
        (await w.CountsAsync("SF01", "2024-25 Q2")).Numerator.ShouldBe(2);
        (await w.CountsAsync("SF01", "2024-25 Q3")).Numerator.ShouldBe(2);
        (await w.CountsAsync("SF01", "2024-25 Q4")).Numerator.ShouldBe(3);
        (await w.CountsAsync("SF01", "2024-25")).Numerator.ShouldBe(3);
        (await w.CountsAsync("SF01", "2025-26 Q1")).Numerator.ShouldBe(1);
        // A month is cumulative too: October 2024 = F1, F2 = 2; April 2025 = F4 = 1.
        (await w.CountsAsync("SF01", "2024-10")).Numerator.ShouldBe(2);
        (await w.CountsAsync("SF01", "2025-04")).Numerator.ShouldBe(1);
        // The denominator is the target, profiled by month: 30 x 6/12 = 15 at the end of Q2, 30 x 9/12 = 22.5 at Q3.
        var q2 = (await w.ValueAsync("SF01", "2024-25 Q2"))!;
        q2.Target.ShouldBe(15.0);
        q2.Value.ShouldBe(2.0);
        (await w.ValueAsync("SF01", "2024-25 Q3"))!.Target.ShouldBe(22.5);
    }

    [Fact]
    public async Task SF02_CountsSuccessfulClaimsCumulativelyWithinTheFinancialYear()
    {
        // Successful claims from 1 April to the period end: A1 (1 Jul 2024), A4 (20 Mar 2025), A5 (1 May 2025);
        // A2's claim was rejected. Q1 2024-25: none. Q2 and Q3: A1 = 1. Q4 and the year: A1, A4 = 2.
        // 2025-26 Q1: A5 = 1 (2024-25's claims do not carry over).
        (await w.CountsAsync("SF02", "2024-25 Q1")).Numerator.ShouldBe(0);
        (await w.CountsAsync("SF02", "2024-25 Q2")).Numerator.ShouldBe(1);
        (await w.CountsAsync("SF02", "2024-25 Q3")).Numerator.ShouldBe(1);
        (await w.CountsAsync("SF02", "2024-25 Q4")).Numerator.ShouldBe(2);
        (await w.CountsAsync("SF02", "2024-25")).Numerator.ShouldBe(2);
        (await w.CountsAsync("SF02", "2025-26 Q1")).Numerator.ShouldBe(1);
        // November 2024 (the month of the rejected claim): still A1 = 1.
        (await w.CountsAsync("SF02", "2024-11")).Numerator.ShouldBe(1);
    }

    /// <summary>The extract, with an SF01 target of 30 families for 2024-25.</summary>
    public sealed class Programme : IAsyncLifetime
    {
        public TestWarehouse Warehouse { get; } =
            new("""{ "targets": [ { "measure": "SF01", "financialYear": "2024-25", "value": 30 } ] }""");

        public async Task InitializeAsync()
        {
            await Warehouse.LoadAsync(Tables.People(["P1"]), Attachments());
            await Warehouse.RefreshAsync();
        }

        public Task DisposeAsync()
        {
            Warehouse.Dispose();
            return Task.CompletedTask;
        }
    }
}

/// <summary>
/// Year-to-date counts (SF01, SF02) are judged against a unit's own target only, and compared with the same point
/// last year, not the previous period (within a year a running total only grows, so it would always "improve").
/// </summary>
public class FamilyProgrammeTargetTests(FamilyProgrammeTargetTests.Programme programme) : IClassFixture<FamilyProgrammeTargetTests.Programme>
{
    private readonly TestWarehouse w = programme.Warehouse;

    // Teams TA in locality L1 and TB in L2. Targets for 2024-25: SF01 30 for the authority, 10 for L1 (none for L2, TA or TB).
    // Attached: A1 F1 TA 10 May 2024; A2 F2 TA 1 Aug 2024; A3 F3 TB 15 Aug 2024; then in 2025-26 A4 F4 TA 20 May 2025
    // and A5 F5 TB 30 Sep 2025 (the last date in the data, so the periods run to the end of 2025-26 Q2).
    private static Csv Attachments() => new Csv("ext_family_programme.csv", "fprg_attachment_id", "fprg_family_id", "fprg_team_id", "fprg_attached_date", "fprg_claim_date", "fprg_claim_outcome")
        .Add("A1", "F1", "TA", "2024-05-10", null, null)
        .Add("A2", "F2", "TA", "2024-08-01", null, null)
        .Add("A3", "F3", "TB", "2024-08-15", null, null)
        .Add("A4", "F4", "TA", "2025-05-20", null, null)
        .Add("A5", "F5", "TB", "2025-09-30", null, null);

    [Fact]
    public async Task ALocalityWithNoTargetOfItsOwn_HasNoTargetAndNoRag_OnSF01()
    {
        // Q2 2024-25 (to 30 Sep, month 6 of the year): L2 = F3 = 1 family, and no target of its own: the authority's
        // 30 is the whole council's, not L2's share, so no target and no RAG. Nor for team TA, inside L1.
        var l2 = (await w.ValueAsync("SF01", "2024-25 Q2", "L2"))!;
        (l2.Numerator, l2.Target, l2.Rag).ShouldBe((1, (double?)null, (Rag?)null));
        var ta = (await w.ValueAsync("SF01", "2024-25 Q2", "TA"))!;
        (ta.Numerator, ta.Target, ta.Rag).ShouldBe((2, (double?)null, (Rag?)null));
        // L1 has its own target, 10 a year profiled to 6/12 = 5; F1, F2 = 2 is 3 short, more than 10% of 5: Red.
        var l1 = (await w.ValueAsync("SF01", "2024-25 Q2", "L1"))!;
        (l1.Numerator, l1.Target, l1.Rag).ShouldBe((2, (double?)5, (Rag?)Rag.Red));
        // The authority: 30 x 6/12 = 15 against F1, F2, F3 = 3: Red.
        var authority = (await w.ValueAsync("SF01", "2024-25 Q2"))!;
        (authority.Numerator, authority.Target, authority.Rag).ShouldBe((3, (double?)15, (Rag?)Rag.Red));
        // The published tables say the same: no RAG on L2's cell.
        await using var db = w.Open();
        var published = await db.InternalMeasureValues.SingleAsync(v => v.MeasureCode == "SF01" && v.PeriodLabel == "2024-25 Q2" && v.OrgUnitId == "L2" && v.BreakdownKind == "All");
        (published.Target, published.Rag).ShouldBe(((double?)null, (Rag?)null));
    }

    [Fact]
    public async Task AYearToDateCount_ComparesWithTheSamePointLastYear_NotThePreviousQuarter()
    {
        // Q2 2025-26 (F4, F5 = 2) against Q2 2024-25 (F1, F2, F3 = 3): fewer families at the same point in the year,
        // and more is better: Worsening. Against Q1 2025-26 (F4 = 1) it would read "improving": it is not compared at all.
        var q2 = (await w.ValueAsync("SF01", "2025-26 Q2"))!;
        (q2.Numerator, q2.LastYearValue, q2.DirectionVsLastYear, q2.DirectionVsPrevious).ShouldBe((2, (double?)3, (Direction?)Direction.Worsening, (Direction?)null));
        // Within 2024-25 the running total only grows (Q1 1, Q2 3): no "improving" against the previous quarter either.
        (await w.ValueAsync("SF01", "2024-25 Q2"))!.DirectionVsPrevious.ShouldBeNull();
        // The same point last year for a month: September 2025 (F4, F5 = 2) against September 2024 (3).
        (await w.ValueAsync("SF01", "2025-09"))!.DirectionVsLastYear.ShouldBe(Direction.Worsening);
    }

    public sealed class Programme : IAsyncLifetime
    {
        public TestWarehouse Warehouse { get; } = new("""
            { "targets": [
                { "measure": "SF01", "financialYear": "2024-25", "value": 30 },
                { "measure": "SF01", "financialYear": "2024-25", "orgUnit": "L1", "value": 10 }
            ] }
            """);

        public async Task InitializeAsync()
        {
            await Warehouse.LoadAsync(Tables.People(["P1"]),
                Csv.Of("ssd_department.csv", "dept_team_id,dept_team_name,dept_team_parent_id,dept_team_parent_name", "TA,Team A,L1,North", "TB,Team B,L2,South"),
                Attachments());
            await Warehouse.RefreshAsync();
        }

        public Task DisposeAsync()
        {
            Warehouse.Dispose();
            return Task.CompletedTask;
        }
    }
}
