using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Tests.Loading;

/// <summary>Whether loading changes anything is the warehouse's to say, not the file's.</summary>
public class ReloadTests
{
    private static (string, string) Episodes(string reason) =>
        ("ssd_early_help_episodes.csv", $"earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_reason\nE1,P1,2024-05-01,{reason}\n");

    [Fact]
    public async Task Load_EndsWithTheLastExtractsValues_WhenExtractAIsLoadedAgainAfterB()
    {
        using var w = new TestWarehouse();
        var a = w.WriteExtract("a", ("ssd_person.csv", "pers_person_id\nP1\n"), Episodes("Parenting"));
        var b = w.WriteExtract("b", ("ssd_person.csv", "pers_person_id\nP1\n"), Episodes("Housing"));
        await w.Loader.LoadAsync(a);
        await w.Loader.LoadAsync(b);

        var again = await w.Loader.LoadAsync(a);

        again.Status.ShouldBe(LoadStatus.Succeeded);
        again.Tables.Single(t => t.Table == "ssd_early_help_episodes").RowsUpdated.ShouldBe(1);
        await using var db = w.Open();
        var episode = await db.EarlyHelpEpisodes.SingleAsync();
        episode.Reason.ShouldBe("Parenting");
        episode.LineageBatchId.ShouldBe(again.BatchId!.Value);
    }

    [Fact]
    public async Task Load_LoadsRowsRejectedEarlier_WhenTheReferenceTheyLackedHasArrived()
    {
        using var w = new TestWarehouse();
        // The contact for P2 arrives before P2 does: rejected the first time.
        var contacts = w.WriteExtract("contacts", ("ssd_person.csv", "pers_person_id\nP1\n"),
            ("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date\nC1,P1,2024-05-01\nC2,P2,2024-05-02\n"));
        var first = await w.Loader.LoadAsync(contacts);
        first.RowsRejected.ShouldBe(1);
        await w.Loader.LoadAsync(w.WriteExtract("people", ("ssd_person.csv", "pers_person_id\nP1\nP2\n")));

        var again = await w.Loader.LoadAsync(contacts);

        again.Status.ShouldBe(LoadStatus.Succeeded);
        again.RowsRejected.ShouldBe(0);
        again.Tables.Single(t => t.Table == "ssd_contacts").RowsInserted.ShouldBe(1);
        await using var db = w.Open();
        (await db.Contacts.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task Load_ChangesNothing_WhenAnExtractWithRejectsIsLoadedAgainUnchanged()
    {
        using var w = new TestWarehouse();
        // P2's line has a field too many: not usable (an odd optional value would load, with a warning).
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id,pers_sex\nP1,F\nP2,F,F\n"));
        var first = await w.Loader.LoadAsync(extract);

        var again = await w.Loader.LoadAsync(extract);

        again.Status.ShouldBe(LoadStatus.Skipped);
        again.BatchId.ShouldBe(first.BatchId);
        // The rejects are still reported; they are recorded once, with the first batch.
        again.RowsRejected.ShouldBe(1);
        await using var db = w.Open();
        (await db.Rejects.CountAsync()).ShouldBe(1);
        (await db.LoadBatches.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Load_KeepsStoredValuesOfColumnsAnExtractLacks_AndSaysWhichWereAbsent()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(("ssd_person.csv", "pers_person_id,pers_sex,pers_ethnicity,pers_dob\nP1,F,WBRI,2015-06-14\nP2,M,APKN,2012-01-30\n"));
        // The next extract has no ethnicity or date of birth: P1's sex changed, P3 is new.
        var later = w.WriteExtract("later", ("ssd_person.csv", "pers_person_id,pers_sex\nP1,M\nP2,M\nP3,F\n"));

        var result = await w.Loader.LoadAsync(later);

        var people = result.Tables.Single();
        people.AbsentColumns.ShouldBe(["pers_ethnicity", "pers_dob"]);
        (people.RowsInserted, people.RowsUpdated, people.RowsUnchanged).ShouldBe((1, 1, 1));
        await using var db = w.Open();
        var p1 = await db.People.SingleAsync(p => p.PersonId == w.Id("person", "P1"));
        (p1.Sex, p1.EthnicityCode, p1.EthnicityGroup, p1.MonthOfBirth).ShouldBe(("M", "WBRI", "White", new DateOnly(2015, 6, 1)));
        var p3 = await db.People.SingleAsync(p => p.PersonId == w.Id("person", "P3"));
        (p3.EthnicityCode, p3.EthnicityGroup, p3.MonthOfBirth).ShouldBe((null, "Unknown", null));
        (await db.LoadBatchTables.SingleAsync(t => t.LoadBatchId == result.BatchId)).AbsentColumns.ShouldBe("pers_ethnicity, pers_dob");
    }

    [Fact]
    public async Task Load_KeepsAStoredCodeWithADefault_WhenItsColumnIsAbsent()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(("ssd_person.csv", "pers_person_id,pers_sex\nP1,F\n"));

        // Without pers_sex a new person would be "U", but P1 stays F: the default is for what is unknown, not absent.
        var result = await w.Loader.LoadAsync(w.WriteExtract("later", ("ssd_person.csv", "pers_person_id\nP1\nP2\n")));

        result.Tables.Single().AbsentColumns.ShouldContain("pers_sex");
        await using var db = w.Open();
        (await db.People.OrderBy(p => p.PersonKey).Select(p => p.Sex).ToListAsync()).ShouldBe(["F", "U"]);
    }
}
