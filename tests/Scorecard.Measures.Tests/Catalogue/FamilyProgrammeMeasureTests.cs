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
