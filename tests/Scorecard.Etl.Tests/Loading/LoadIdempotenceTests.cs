using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Tests.Loading;

public class LoadIdempotenceTests
{
    [Fact]
    public async Task Load_ChangesNothing_WhenTheSameExtractIsLoadedTwice()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_department.csv", Fixtures.Departments), ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", Fixtures.Episodes));
        var first = await w.Loader.LoadAsync(extract);
        var before = await Snapshot(w);

        var second = await w.Loader.LoadAsync(extract);

        // A true no-op: not even a batch row is added.
        second.Status.ShouldBe(LoadStatus.Skipped);
        second.BatchId.ShouldBe(first.BatchId);
        second.Message!.ShouldContain($"loaded in batch {first.BatchId}");
        (await Snapshot(w)).ShouldBe(before);
    }

    [Fact]
    public async Task Load_CountsEveryRowUnchanged_WhenTheSameRowsComeAgainInAnotherExtract()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", Fixtures.Episodes));
        await w.Loader.LoadAsync(extract);
        var before = await Snapshot(w);
        // The same rows in another order: another file, the same records.
        var reordered = w.WriteExtract("y", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv",
            string.Join("\n", Fixtures.Episodes.Split('\n').Take(1).Concat(Fixtures.Episodes.Split('\n').Skip(1).Reverse()))));

        var again = await w.Loader.LoadAsync(reordered);

        again.Status.ShouldBe(LoadStatus.Skipped);
        again.Message!.ShouldStartWith("Nothing to change");
        again.RowsInserted.ShouldBe(0);
        again.RowsUpdated.ShouldBe(0);
        again.Tables.Sum(t => t.RowsUnchanged).ShouldBe(6);
        // Lineage still points at the first batch: nothing was rewritten, and no batch was added.
        (await Snapshot(w)).ShouldBe(before);
    }

    [Fact]
    public async Task Load_UpdatesAnEpisodeInPlace_WhenItsEndDateChanged()
    {
        using var w = new TestWarehouse();
        var v1 = w.WriteExtract("v1", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", Fixtures.Episodes));
        var first = await w.Loader.LoadAsync(v1);
        // E2 was open; the next extract closes it on 2024-12-13.
        var v2 = w.WriteExtract("v2", ("ssd_person.csv", Fixtures.People),
            ("ssd_early_help_episodes.csv", Fixtures.Episodes.Replace("E2,P1002,2024-06-03,,School attendance,,", "E2,P1002,2024-06-03,2024-12-13,School attendance,OM,", StringComparison.Ordinal)));
        long keyBefore;
        await using (var db = w.Open())
            keyBefore = (await db.EarlyHelpEpisodes.SingleAsync(e => e.EpisodeId == w.Pseudonymiser.Pseudonymise("early help episode", "E2"))).EpisodeKey;

        var second = await w.Loader.LoadAsync(v2);

        first.Tables.Single(t => t.Table == "ssd_early_help_episodes").EarliestAffectedDate.ShouldBe(new DateOnly(2024, 5, 1)); // E1 starts first
        var episodes = second.Tables.Single(t => t.Table == "ssd_early_help_episodes");
        (episodes.RowsInserted, episodes.RowsUpdated, episodes.RowsUnchanged).ShouldBe((0, 1, 2));
        // E2's end date went from empty to 13 December and its end reason (dated by the end) to OM: measures
        // for periods ending before 13 December 2024 cannot have changed. Nothing in ssd_person changed.
        episodes.EarliestAffectedDate.ShouldBe(new DateOnly(2024, 12, 13));
        second.Tables.Single(t => t.Table == "ssd_person").EarliestAffectedDate.ShouldBeNull();
        // Only values of a row already there changed: the properties are recorded (the end date with its key, the end
        // reason, and the row's lineage), for a refresh to redo only what reads them. The first load added rows: every
        // property of them is new, so it records none narrowly.
        first.Tables.Single(t => t.Table == "ssd_early_help_episodes").ChangedProperties.ShouldBeNull();
        episodes.ChangedProperties.ShouldBe(["EarlyHelpEpisode.EndDate", "EarlyHelpEpisode.EndDateKey", "EarlyHelpEpisode.EndReasonCode", "EarlyHelpEpisode.LineageBatchId"], ignoreOrder: true);
        await using var check = w.Open();
        (await check.EarlyHelpEpisodes.CountAsync()).ShouldBe(3);
        var e2 = await check.EarlyHelpEpisodes.SingleAsync(e => e.EpisodeId == w.Pseudonymiser.Pseudonymise("early help episode", "E2"));
        e2.EpisodeKey.ShouldBe(keyBefore);
        e2.EndDate.ShouldBe(new DateOnly(2024, 12, 13));
        e2.EndDateKey.ShouldBe(20241213);
        e2.EndReasonCode.ShouldBe("OM");
        e2.LineageBatchId.ShouldBe(second.BatchId!.Value);
        (await check.EarlyHelpEpisodes.CountAsync(e => e.LineageBatchId == first.BatchId)).ShouldBe(2);
        (await check.LoadBatchTables.Where(t => t.LoadBatchId == second.BatchId && t.TableName == "ssd_early_help_episodes").Select(t => t.ChangedProperties).SingleAsync())
            .ShouldBe("EarlyHelpEpisode.EndDate, EarlyHelpEpisode.EndDateKey, EarlyHelpEpisode.EndReasonCode, EarlyHelpEpisode.LineageBatchId");
    }

    [Fact]
    public async Task Load_RecordsNoChangedPropertiesNarrowly_WhenItAlsoAddsARow()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("v1", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", Fixtures.Episodes)));
        // E2 closes, and a new episode E4 arrives: a new row is every property of its record.
        var v2 = w.WriteExtract("v2", ("ssd_person.csv", Fixtures.People),
            ("ssd_early_help_episodes.csv", Fixtures.Episodes.Replace("E2,P1002,2024-06-03,,School attendance,,", "E2,P1002,2024-06-03,2024-12-13,School attendance,OM,", StringComparison.Ordinal)
                + "\nE4,P1002,2024-12-20,,School attendance,,Health Visiting,W2"));

        var second = await w.Loader.LoadAsync(v2);

        var episodes = second.Tables.Single(t => t.Table == "ssd_early_help_episodes");
        (episodes.RowsInserted, episodes.RowsUpdated).ShouldBe((1, 1));
        episodes.ChangedProperties.ShouldBeNull();
        await using var check = w.Open();
        (await check.LoadBatchTables.Where(t => t.LoadBatchId == second.BatchId && t.TableName == "ssd_early_help_episodes").Select(t => t.ChangedProperties).SingleAsync()).ShouldBeNull();
    }

    [Fact]
    public async Task Load_LeavesTheWarehouseAsItWas_WhenItThrowsHalfway()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("v1", ("ssd_department.csv", Fixtures.Departments), ("ssd_person.csv", Fixtures.People)));
        var before = await Snapshot(w);
        var v2 = w.WriteExtract("v2",
            ("ssd_department.csv", Fixtures.Departments),
            ("ssd_person.csv", Fixtures.People.Replace("P1003,,NOBT", "P1003,F,WBRI", StringComparison.Ordinal) + "\nP1004,M,WBRI,2016-01-01,Jack\n"),
            ("ssd_early_help_episodes.csv", Fixtures.Episodes));

        // ssd_person is merged (one update, one insert) and then the process fails.
        var result = await w.Loader.LoadAsync(v2, new() { AfterTable = t => { if (t == "ssd_person") throw new InvalidOperationException("disk full"); } });

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldBe("The load failed and nothing was changed: disk full");
        var after = await Snapshot(w);
        after.Data.ShouldBe(before.Data);
    }

    /// <summary>Every data row as text, and the batches separately (a failed attempt adds a batch row).</summary>
    private static async Task<(string Data, int Batches)> Snapshot(TestWarehouse w)
    {
        await using var db = w.Open();
        var people = await db.People.OrderBy(p => p.PersonId).Select(p => $"{p.PersonKey}|{p.PersonId}|{p.Sex}|{p.EthnicityCode}|{p.MonthOfBirth}|{p.LineageBatchId}").ToListAsync();
        var episodes = await db.EarlyHelpEpisodes.OrderBy(e => e.EpisodeId).Select(e => $"{e.EpisodeKey}|{e.EpisodeId}|{e.StartDate}|{e.EndDate}|{e.EndReasonCode}|{e.LineageBatchId}").ToListAsync();
        var units = await db.OrganisationUnits.OrderBy(u => u.OrgUnitId).Select(u => $"{u.OrgUnitKey}|{u.OrgUnitId}|{u.ParentOrgUnitKey}|{u.Level}").ToListAsync();
        var rejects = await db.Rejects.CountAsync();
        return (string.Join("\n", people.Concat(episodes).Concat(units)) + $"\nrejects={rejects}", await db.LoadBatches.CountAsync());
    }
}
