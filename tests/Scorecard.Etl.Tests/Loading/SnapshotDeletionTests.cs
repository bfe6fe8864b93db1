using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Warehouse.Facts;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Tests.Loading;

/// <summary>
/// SSD and most council extracts are full snapshots of a window (SSD: six years back from the day it ran).
/// A record the warehouse holds inside that window that a later snapshot no longer has was deleted at source.
/// </summary>
public class SnapshotDeletionTests
{
    // Loads "run" on 30 November 2026, so the six-year window starts on 30 November 2020.
    private static readonly LoadOptions On30November2026 = new() { Today = new DateOnly(2026, 11, 30) };

    private static readonly (string, string) People = ("ssd_person.csv", "pers_person_id\nP1\nP2\n");

    /// <summary>Contacts C01-C20 in 2024 (inside the window) and C99 in 2019 (before it), less the ids given.</summary>
    private static (string, string) Contacts(params string[] without)
    {
        var rows = Enumerable.Range(1, 20).Select(i => $"C{i:00},P1,2024-{(i % 12) + 1:00}-10").Append("C99,P2,2019-03-01")
            .Where(r => !without.Contains(r[..3]));
        return ("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date\n" + string.Join("\n", rows) + "\n");
    }

    private static LoadOptions With(Action<DeletionOptions>? deletions = null, bool allowMassDelete = false)
    {
        var options = new DeletionOptions();
        deletions?.Invoke(options);
        return new LoadOptions { Today = On30November2026.Today, Deletions = options, AllowMassDelete = allowMassDelete };
    }

    [Fact]
    public async Task Load_ArchivesARecordMissingFromTheSnapshotInsideTheWindow_AndKeepsOlderOnes()
    {
        using var w = new TestWarehouse();
        var first = await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);
        // C05 (10 June 2024) was deleted in the case system; C99 (2019) simply fell out of the six-year window.
        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People, Contacts("C05", "C99")), On30November2026);

        result.Status.ShouldBe(LoadStatus.Succeeded, result.Message);
        var contacts = result.Tables.Single(t => t.Table == "ssd_contacts");
        contacts.RowsDeleted.ShouldBe(1);
        contacts.EarliestAffectedDate.ShouldBe(new DateOnly(2024, 6, 10), "the refresh must recount from the deleted contact's date");
        result.Message.ShouldBe("Loaded; 1 record(s) deleted at source were archived.");
        await using var db = w.Open();
        (await db.Contacts.CountAsync()).ShouldBe(20);
        (await db.Contacts.AnyAsync(c => c.ContactId == w.Id("contact", "C05"))).ShouldBeFalse();
        (await db.Contacts.AnyAsync(c => c.ContactId == w.Id("contact", "C99"))).ShouldBeTrue();
        var archived = await db.DeletedRecords.SingleAsync();
        (archived.TableName, archived.RecordId, archived.EventDate, archived.DeletedByBatchId, archived.LineageBatchId)
            .ShouldBe(("ssd_contacts", w.Id("contact", "C05"), new DateOnly(2024, 6, 10), result.BatchId!.Value, first.BatchId!.Value));
        archived.Record.ShouldContain("\"ContactDate\":\"2024-06-10\"");
        archived.Reason.ShouldBe("missing from ssd_contacts.csv, a full snapshot of the 6 years from 2020-11-30");
        (await db.LoadBatches.SingleAsync(b => b.LoadBatchId == result.BatchId)).RowsDeleted.ShouldBe(1);
        (await db.LoadBatchTables.SingleAsync(t => t.LoadBatchId == result.BatchId && t.TableName == "ssd_contacts")).RowsDeleted.ShouldBe(1);
    }

    [Fact]
    public async Task Load_BringsADeletedRecordBack_WhenALaterSnapshotHasItAgain()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);
        await w.Loader.LoadAsync(w.WriteExtract("b", People, Contacts("C05")), On30November2026);

        var again = await w.Loader.LoadAsync(w.WriteExtract("c", People, Contacts()), On30November2026);

        again.Tables.Single(t => t.Table == "ssd_contacts").RowsInserted.ShouldBe(1);
        await using var db = w.Open();
        (await db.Contacts.CountAsync()).ShouldBe(21);
        (await db.DeletedRecords.CountAsync()).ShouldBe(1, "the deletion stays on record");
    }

    [Fact]
    public async Task Load_NeverDeletesRecordsLoadedFromAnotherSource()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);
        await using (var db = w.Open())
        {
            // A contact another source (a CIN census load) wrote: no SSD snapshot speaks for it.
            var census = new LoadBatch { SourceKind = "CIN census", SourceName = "census.xml", StartedAtUtc = DateTime.UtcNow, Status = LoadStatus.Succeeded };
            db.LoadBatches.Add(census);
            await db.SaveChangesAsync();
            var person = await db.People.FirstAsync();
            db.Contacts.Add(new Contact { ContactId = "census-contact", PersonKey = person.PersonKey, ContactDate = new DateOnly(2024, 2, 2), ContactDateKey = 20240202, LineageBatchId = census.LoadBatchId });
            await db.SaveChangesAsync();
        }

        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People, Contacts()), On30November2026);

        result.RowsDeleted.ShouldBe(0);
        await using var check = w.Open();
        (await check.Contacts.AnyAsync(c => c.ContactId == "census-contact")).ShouldBeTrue();
    }

    [Fact]
    public async Task Load_StopsWithASentence_BeforeAMassDeletion_UnlessItIsAllowed()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);
        // 5 of the 21 contacts missing (24%) is more than the default 10%.
        var b = w.WriteExtract("b", People, Contacts("C01", "C02", "C03", "C04", "C05"));

        var stopped = await w.Loader.LoadAsync(b, On30November2026);

        stopped.Status.ShouldBe(LoadStatus.Failed);
        stopped.Message.ShouldBe("ssd_contacts.csv no longer has 5 of the 21 records the warehouse holds for ssd_contacts (24%), more than the 10% a load may delete on its own. " +
                                 "If the case system really deleted them, load again with --allow-mass-delete; if the extract is incomplete, ask for a complete one. Nothing was changed.");
        await using (var db = w.Open()) (await db.Contacts.CountAsync()).ShouldBe(21);

        var allowed = await w.Loader.LoadAsync(b, With(allowMassDelete: true));

        allowed.RowsDeleted.ShouldBe(5);
        await using var after = w.Open();
        (await after.Contacts.CountAsync()).ShouldBe(16);
    }

    [Fact]
    public async Task Load_MeasuresAMassDeletionAgainstWhatTheWarehouseHeldBefore_NotAfterTheNewRowsWentIn()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);
        // Every contact under a new id (an export from another system, or with another key): 21 new rows go in,
        // and all 21 the warehouse held are missing. That is 100% of what it held, not 50% of the table after.
        var (file, csv) = Contacts();

        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People, (file, csv.Replace("\nC", "\nD", StringComparison.Ordinal))), On30November2026);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldStartWith("ssd_contacts.csv no longer has 20 of the 21 records the warehouse holds for ssd_contacts (95%)");
    }

    [Fact]
    public async Task Load_DeletesNothingFromATable_ConfiguredAsNotAFullSnapshot()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);

        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People, Contacts("C05")),
            With(d => d.Tables["ssd_contacts"] = new TableDeletionOptions { FullSnapshot = false }));

        result.RowsDeleted.ShouldBe(0);
        await using var db = w.Open();
        (await db.Contacts.CountAsync()).ShouldBe(21);
    }

    [Fact]
    public async Task Load_UsesTheConfiguredWindow()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);

        // A ten-year window reaches back to 2016: C99 (2019) missing from the file is now a deletion too.
        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People, Contacts("C99")), With(d => d.WindowYears = 10));

        result.RowsDeleted.ShouldBe(1);
    }

    [Fact]
    public async Task Load_DeletesNothingAndSaysWhy_WhenARowsIdCouldNotBeRead()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);
        // C05's line is broken: whether C05 is still in the case system cannot be told.
        var (file, csv) = Contacts();
        var broken = csv.Replace("C05,P1,2024-06-10", "C05,P1,\"2024-06-10", StringComparison.Ordinal);

        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People, (file, broken)), On30November2026);

        result.RowsDeleted.ShouldBe(0);
        result.RowsRejected.ShouldBe(1);
        result.Warnings.Single().Message.ShouldBe("ssd_contacts.csv: no record was taken as deleted, because some rows could not be read far enough to know their ids (see the rejects).");
        await using var db = w.Open();
        (await db.Contacts.CountAsync()).ShouldBe(21);
    }

    [Fact]
    public async Task Load_KeepsARejectedRowsRecord_ItIsStillAtSource()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);
        var (file, csv) = Contacts();

        // C05 comes with a bad date: rejected, but not deleted.
        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People, (file, csv.Replace("C05,P1,2024-06-10", "C05,P1,2024-13-10", StringComparison.Ordinal))), On30November2026);

        result.RowsRejected.ShouldBe(1);
        result.RowsDeleted.ShouldBe(0);
    }

    [Fact]
    public async Task Load_KeepsRejectedRowsRecords_WithoutCountingThemTowardsAMassDeletion()
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("a", People, Contacts()), On30November2026);
        var (file, csv) = Contacts();

        // C05, C06 and C07 come with bad dates: rejected, still at source. Of the 20 contacts held inside the window,
        // the 17 loaded rows match 17; counting the other 3 as gone would be 3 of the 21 held (14%), over the 10% a
        // load may delete on its own, and would stop the load. None of the three is gone, so nothing is deleted.
        var bad = csv.Replace("C05,P1,2024-06-10", "C05,P1,2024-13-10", StringComparison.Ordinal)
            .Replace("C06,P1,2024-07-10", "C06,P1,2024-07-32", StringComparison.Ordinal)
            .Replace("C07,P1,2024-08-10", "C07,P1,2024-00-10", StringComparison.Ordinal);
        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People, (file, bad)), On30November2026);

        result.Status.ShouldBe(LoadStatus.Succeeded);
        result.RowsRejected.ShouldBe(3);
        result.RowsDeleted.ShouldBe(0);
        await using var after = w.Open();
        (await after.Contacts.CountAsync()).ShouldBe(21);
    }

    [Fact]
    public async Task Load_TakesAnEpisodesOwnRecordsWithIt_AndLeavesRecordsThatOnlyMentionIt()
    {
        using var w = new TestWarehouse();
        var episodes = "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date\nE1,P1,2024-01-10,2024-09-01\nE2,P2,2024-02-10,\n";
        var scores = "scor_score_id,scor_episode_id,scor_score_date,scor_tool,scor_stage,scor_domain,scor_score\nS1,E1,2024-01-20,Spidergraph,BASELINE,Health,4\nS2,E1,2024-08-20,Spidergraph,CLOSURE,Health,7\nS3,E2,2024-02-20,Spidergraph,BASELINE,Health,5\n";
        var audits = "audt_audit_id,audt_section,audt_episode_id,audt_audit_date,audt_grade\nAU1,OVERALL,E1,2024-03-01,2\n";
        await w.LoadAsync(People, ("ssd_early_help_episodes.csv", episodes), ("ext_outcome_scores.csv", scores), ("ext_case_audits.csv", audits));

        // E1 was entered in error and deleted at source; the next extract has neither it nor its scores.
        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People, ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date\nE2,P2,2024-02-10,\n"),
            ("ext_case_audits.csv", audits.Replace(",E1,", ",,", StringComparison.Ordinal))), With(allowMassDelete: true));

        result.Status.ShouldBe(LoadStatus.Succeeded, result.Message);
        var episodeResult = result.Tables.Single(t => t.Table == "ssd_early_help_episodes");
        episodeResult.RowsDeleted.ShouldBe(1);
        episodeResult.DependentsDeleted.ShouldBe(new Dictionary<string, int> { ["ext_outcome_scores"] = 2 });
        episodeResult.EarliestAffectedDate.ShouldBe(new DateOnly(2024, 1, 10));
        await using var db = w.Open();
        (await db.EarlyHelpEpisodes.CountAsync()).ShouldBe(1);
        (await db.OutcomeScores.Select(s => s.ScoreId).ToListAsync()).ShouldBe([w.Id("outcome score", "S3")]);
        (await db.CaseAudits.SingleAsync()).EpisodeKey.ShouldBeNull("the audit still happened; it no longer points at a deleted episode");
        (await db.DeletedRecords.OrderBy(d => d.TableName).ThenBy(d => d.EventDate).Select(d => new { d.TableName, d.EventDate, d.Reason }).ToListAsync())
            .Select(d => $"{d.TableName} {d.EventDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {d.Reason}").ShouldBe(
            [
                "ext_outcome_scores 2024-01-20 belonged to a record of ssd_early_help_episodes deleted at source",
                "ext_outcome_scores 2024-08-20 belonged to a record of ssd_early_help_episodes deleted at source",
                "ssd_early_help_episodes 2024-09-01 missing from ssd_early_help_episodes.csv, a full snapshot of the 6 years from 2020-11-30",
            ]);
    }

    [Fact]
    public async Task Load_TreatsAnOpenEpisodeAsInsideTheWindow_HoweverOldItsStart()
    {
        using var w = new TestWarehouse();
        // E1 opened in 2012 and is still open: SSD always extracts open episodes, so its absence is a deletion.
        // E2 opened and closed in 2013: outside the window, never deleted.
        var episodes = "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date\nE1,P1,2012-01-10,\nE2,P2,2013-02-10,2013-05-01\nE3,P2,2024-02-10,\n";
        await w.LoadAsync(People, ("ssd_early_help_episodes.csv", episodes));

        var result = await w.Loader.LoadAsync(w.WriteExtract("b", People,
            ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date\nE3,P2,2024-02-10,\n")), With(allowMassDelete: true));

        result.RowsDeleted.ShouldBe(1);
        await using var db = w.Open();
        (await db.EarlyHelpEpisodes.Select(e => e.EpisodeId).ToListAsync()).ShouldBe([w.Id("early help episode", "E2"), w.Id("early help episode", "E3")], ignoreOrder: true);
    }
}
