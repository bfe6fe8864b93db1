namespace Scorecard.Measures.Tests.Catalogue;

/// <summary>FB01 (feedback), PT01 / PT02 (distinct organisations).</summary>
public class FamilyAndPartnershipMeasureTests
{
    private static Csv JuneFeedback() => Tables.Feedback()
        .Add("FB1", "F1", "2024-06-03", "Y")
        .Add("FB2", "F2", "2024-06-14", "Y")
        .Add("FB3", "F3", "2024-06-20", "N")
        .Add("FB4", "F1", "2024-06-30", "Y")
        .Add("FB5", "F2", "2024-07-01", "N"); // July

    [Fact]
    public async Task FB01_SharesOfResponsesSayingSupportWasTimelyAndHelpful()
    {
        using var w = new TestWarehouse();
        // An early help episode from April 2024 sits beside the feedback, as in any real extract.
        await w.LoadAsync(Tables.People(["P1"]), Tables.Episodes().Add("E1", "P1", "2024-04-02", null, null, null), JuneFeedback());
        await w.RefreshAsync();

        // June 2024 responses: FB1-FB4 = 4; "yes": FB1, FB2, FB4 = 3 -> 75%. July: FB5, "no": 0 of 1.
        (await w.CountsAsync("FB01", "2024-06")).ShouldBe((3, 4));
        (await w.ValueAsync("FB01", "2024-06"))!.Value.ShouldBe(75.0);
        (await w.CountsAsync("FB01", "2024-07")).ShouldBe((0, 1));
    }

    [Fact]
    public async Task FB01_AnExtractWithOnlyFeedback_StillHasItsPeriods()
    {
        // Every table but ssd_person is optional, and periods run "from the financial year of the earliest
        // fact date up to the latest date in the data": feedback responses are facts, so June 2024 must exist.
        using var w = new TestWarehouse();
        await w.LoadAsync(Tables.People(["P1"]), JuneFeedback());
        await w.RefreshAsync();

        // Same June 2024 responses as above: 3 of 4.
        (await w.CountsAsync("FB01", "2024-06")).ShouldBe((3, 4));
    }

    [Fact]
    public async Task PT01_CountsDistinctLeadOrganisations_IncludingAnEpisodeEndingOnThePeriodsFirstDay()
    {
        using var w = new TestWarehouse();
        var episodes = Tables.Episodes()
            .Add("E1", "P1", "2024-04-01", "2024-06-01", "OM", "Riverside Primary School") // ends on 1 June: open during June
            .Add("E2", "P2", "2024-06-30", null, null, "Health Visiting")                  // starts on 30 June
            .Add("E3", "P3", "2024-04-01", "2024-05-31", "OM", "Police")                   // ended the day before June
            .Add("E4", "P4", "2024-04-01", null, null, "Riverside Primary School")         // same organisation as E1
            .Add("E5", "P5", "2024-07-01", null, null, "Housing")                          // starts after June
            .Add("E6", "P6", "2024-04-01", null, null, null);                              // no lead organisation
        await w.LoadAsync(Tables.People(["P1", "P2", "P3", "P4", "P5", "P6"]), episodes);
        await w.RefreshAsync();

        // June 2024: E1, E2, E4 are open at some time in June (E6 has no organisation) -> Riverside Primary School,
        // Health Visiting = 2 distinct organisations.
        (await w.CountsAsync("PT01", "2024-06")).Numerator.ShouldBe(2);
        // May: E1, E3, E4 -> Riverside, Police = 2. July: E2, E4, E5 -> Health Visiting, Riverside, Housing = 3.
        (await w.CountsAsync("PT01", "2024-05")).Numerator.ShouldBe(2);
        (await w.CountsAsync("PT01", "2024-07")).Numerator.ShouldBe(3);
        // Quarter April-June: E1-E4 -> Riverside, Health Visiting, Police = 3.
        (await w.CountsAsync("PT01", "2024-25 Q1")).Numerator.ShouldBe(3);
    }

    private static Csv JuneAssessments() => Tables.Assessments()
        .Add("A1", "E1", "P1", "2024-05-20", "2024-06-03", "Riverside Primary School")
        .Add("A2", "E2", "P2", "2024-05-20", "2024-06-28", "Riverside Primary School") // same organisation again
        .Add("A3", "E3", "P3", "2024-05-20", "2024-06-30", "Health Visiting")
        .Add("A4", "E1", "P1", "2024-06-01", "2024-06-15", null)                        // no organisation recorded
        .Add("A5", "E2", "P2", "2024-06-01", "2024-07-01", "Police")                    // completed in July
        .Add("A6", "E3", "P3", "2024-06-01", null, "Housing");                          // not completed

    [Fact]
    public async Task PT02_CountsDistinctOrganisationsCompletingAssessmentsInThePeriod()
    {
        using var w = new TestWarehouse();
        var episodes = Tables.Episodes()
            .Add("E1", "P1", "2024-05-01", null, null, null)
            .Add("E2", "P2", "2024-05-01", null, null, null)
            .Add("E3", "P3", "2024-05-01", "2024-07-31", "OM", null); // its end keeps the data running to July
        await w.LoadAsync(Tables.People(["P1", "P2", "P3"]), episodes, JuneAssessments());
        await w.RefreshAsync();

        // Completed in June 2024 with an organisation: A1, A2 (Riverside), A3 (Health Visiting) = 2 organisations.
        (await w.CountsAsync("PT02", "2024-06")).Numerator.ShouldBe(2);
        // July: A5 (Police) = 1.
        (await w.CountsAsync("PT02", "2024-07")).Numerator.ShouldBe(1);
    }

    [Fact]
    public async Task PT02_AssessmentsCompletedAfterTheLastEpisodeDate_StillCount()
    {
        // Periods run "up to the latest date in the data". Here every episode is still open and started on
        // 1 May 2024, but assessments were completed in June and July: those dates are data too.
        using var w = new TestWarehouse();
        var episodes = Tables.Episodes()
            .Add("E1", "P1", "2024-05-01", null, null, null)
            .Add("E2", "P2", "2024-05-01", null, null, null)
            .Add("E3", "P3", "2024-05-01", null, null, null);
        await w.LoadAsync(Tables.People(["P1", "P2", "P3"]), episodes, JuneAssessments());
        await w.RefreshAsync();

        // As above: June 2024 = Riverside Primary School, Health Visiting = 2.
        (await w.CountsAsync("PT02", "2024-06")).Numerator.ShouldBe(2);
    }
}
