using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Tests.Loading;

/// <summary>The same load promises on PostgreSQL (binary COPY staging, the same set-based merge).</summary>
public class PostgresLoadTests
{
    [PostgresFact]
    public async Task Load_RejectsBadRowsAndUpdatesInPlace_OnPostgres()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        using var files = new TestWarehouse(); // only for its temp folder
        // Lines: 2 good, 3 dangling person, 4 duplicate of line 2, 5 good, 6 bad date (a row-level reject found
        // while COPY is streaming).
        var episodes = """
            earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_end_reason
            E1,P1001,2024-05-01,,
            E2,P9999,2024-05-01,,
            E1,P1002,2024-05-01,,
            E3,P1002,2024-06-01,2024-09-01,SU
            E4,P1002,2024-02-30,,
            """;
        var v1 = files.WriteExtract("v1", ("ssd_department.csv", Fixtures.Departments), ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", episodes));

        var first = await pg.Loader.LoadAsync(v1);

        first.Status.ShouldBe(LoadStatus.Succeeded, first.Message);
        var eh = first.Tables.Single(t => t.Table == "ssd_early_help_episodes");
        (eh.RowsRead, eh.RowsInserted, eh.RowsRejected).ShouldBe((5, 2, 3));
        await using (var db = pg.Contexts.Create())
        {
            (await db.Rejects.OrderBy(r => r.LineNumber).Select(r => r.Reason).ToListAsync()).ShouldBe(
            [
                "earl_person_id not found in ssd_person (this extract or the warehouse)",
                "duplicate earl_episode_id: the same record is on line 2",
                "earl_episode_start_date: '2024-02-30' is not a date (expected yyyy-MM-dd, yyyy-MM-dd HH:mm:ss[.fffffff] or dd/MM/yyyy)",
            ]);
            (await db.OrganisationUnitAncestors.CountAsync()).ShouldBe(14);
        }

        // E1 closes in the next extract: one update in place, one unchanged.
        var v2 = files.WriteExtract("v2", ("ssd_person.csv", Fixtures.People),
            ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_end_reason\nE1,P1001,2024-05-01,2024-12-01,OM\nE3,P1002,2024-06-01,2024-09-01,SU\n"));
        var second = await pg.Loader.LoadAsync(v2);

        var eh2 = second.Tables.Single(t => t.Table == "ssd_early_help_episodes");
        (eh2.RowsInserted, eh2.RowsUpdated, eh2.RowsUnchanged).ShouldBe((0, 1, 1));
        (await pg.Loader.LoadAsync(v2)).Status.ShouldBe(LoadStatus.Skipped);
        await using var check = pg.Contexts.Create();
        var e1 = await check.EarlyHelpEpisodes.SingleAsync(e => e.EpisodeId == pg.Pseudonymiser.Pseudonymise("early help episode", "E1"));
        e1.EndDate.ShouldBe(new DateOnly(2024, 12, 1));
    }

    [PostgresFact]
    public async Task Load_ArchivesDeletionsKeepsAbsentColumnsAndChecksWithoutChanging_OnPostgres()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        using var files = new TestWarehouse(); // only for its temp folder
        var today = new DateOnly(2026, 11, 30);
        var episodes = "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_reason\nE1,P1001,2024-05-01,,Parenting\nE2,P1002,2024-06-01,,Housing\n";
        var scores = "scor_score_id,scor_episode_id,scor_score_date,scor_tool,scor_stage,scor_domain,scor_score\nS1,E1,2024-05-20,Spidergraph,BASELINE,Health,4\n";
        (await pg.Loader.LoadAsync(files.WriteExtract("v1", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", episodes), ("ext_outcome_scores.csv", scores)),
            new() { Today = today })).Status.ShouldBe(LoadStatus.Succeeded);

        // The next extract has no reason column and no E1 (deleted at source, with its score).
        var v2 = files.WriteExtract("v2", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date\nE2,P1002,2024-06-01\n"));
        var checkedOnly = await pg.Loader.LoadAsync(v2, new() { Today = today, DryRun = true, AllowMassDelete = true });
        checkedOnly.Tables.Single(t => t.Table == "ssd_early_help_episodes").RowsDeleted.ShouldBe(1);
        await using (var db = pg.Contexts.Create()) (await db.EarlyHelpEpisodes.CountAsync()).ShouldBe(2, "check changes nothing");

        var second = await pg.Loader.LoadAsync(v2, new() { Today = today, AllowMassDelete = true });

        second.Status.ShouldBe(LoadStatus.Succeeded, second.Message);
        var eh = second.Tables.Single(t => t.Table == "ssd_early_help_episodes");
        (eh.RowsDeleted, eh.DependentsDeleted["ext_outcome_scores"], eh.RowsUnchanged).ShouldBe((1, 1, 1));
        eh.AbsentColumns.ShouldContain("earl_episode_reason");
        await using var after = pg.Contexts.Create();
        (await after.EarlyHelpEpisodes.SingleAsync()).Reason.ShouldBe("Housing");
        (await after.OutcomeScores.CountAsync()).ShouldBe(0);
        var archived = await after.DeletedRecords.OrderBy(d => d.TableName).ToListAsync();
        archived.Select(d => d.TableName).ShouldBe(["ext_outcome_scores", "ssd_early_help_episodes"]);
        archived[1].Record.ShouldContain("\"Reason\" : \"Parenting\"");
    }

    [PostgresFact]
    public async Task Load_OnPostgres_LeavesTheTablesItWroteVacuumedAndAnalysed_ForTheRefreshThatFollows()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        using var files = new TestWarehouse(); // only for its temp folder
        var episodes = "earl_episode_id,earl_person_id,earl_episode_start_date\nE1,P1001,2024-05-01\nE2,P1002,2024-06-01\n";
        (await pg.Loader.LoadAsync(files.WriteExtract("v1", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", episodes)))).Status.ShouldBe(LoadStatus.Succeeded);

        // The three people and two episodes were written, so their tables were vacuumed by a session (vacuum_count; autovacuum
        // counts apart) and analysed (reltuples, the row count ANALYZE records; -1 when never analysed). No contact was
        // in the extract: that table is left to autovacuum.
        (await VacuumsAndRowsAsync(pg, "\"Dimension\".\"Person\"")).ShouldBe((1L, 3f));
        (await VacuumsAndRowsAsync(pg, "\"Fact\".\"EarlyHelpEpisode\"")).ShouldBe((1L, 2f));
        (await VacuumsAndRowsAsync(pg, "\"Fact\".\"Contact\"")).ShouldBe((0L, -1f));
    }

    private static async Task<(long Vacuums, float Rows)> VacuumsAndRowsAsync(PostgresTestWarehouse pg, string table)
    {
        await using var db = pg.Contexts.Create();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT pg_stat_get_vacuum_count(c.oid), c.reltuples FROM pg_class c WHERE c.oid = '{table}'::regclass";
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return (reader.GetInt64(0), reader.GetFloat(1));
    }
}
