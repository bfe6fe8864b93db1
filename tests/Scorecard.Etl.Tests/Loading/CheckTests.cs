using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Tests.Loading;

/// <summary>`scorecard check` validates against the warehouse and changes nothing: not a byte, not a batch, not a file.</summary>
public class CheckTests
{
    private static readonly LoadOptions Check = new() { DryRun = true, Today = new DateOnly(2026, 11, 30) };

    [Fact]
    public async Task Check_CreatesNoWarehouse_AndResolvesReferencesWithinTheExtract_WhenThereIsNone()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_department.csv", Fixtures.Departments), ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", Fixtures.Episodes),
            ("ext_early_help_episode_details.csv", "exte_episode_id,exte_team_id\nE1,T-N1\nE9,T-N1\n"));
        var before = Directory.GetFileSystemEntries(w.Folder).Order().ToList();

        var result = await w.Loader.LoadAsync(extract, Check);

        result.Status.ShouldBe(LoadStatus.Succeeded, result.Message);
        result.BatchId.ShouldBeNull();
        // Episodes refer to people, and details to episodes and teams, all only in this extract: they resolve. E9 does not.
        result.RowsRejected.ShouldBe(1);
        result.Rejects.Single().ExampleReason.ShouldBe("exte_episode_id not found in the records this adds to (this extract or the warehouse)");
        result.RowsInserted.ShouldBe(3 + 3 + 3);
        result.Warnings.Single().Message.ShouldStartWith($"There is no warehouse at {w.DatabasePath} yet, and check creates none");
        Directory.GetFileSystemEntries(w.Folder).Order().ShouldBe(before);
    }

    [Fact]
    public async Task Check_LeavesAnExistingWarehouseByteForByte_AndMarksNoBatch()
    {
        using var w = new TestWarehouse();
        var contacts = "cont_contact_id,cont_person_id,cont_contact_date\n" + string.Join("\n", Enumerable.Range(1, 4).Select(i => $"C{i},P100{i % 3 + 1},2024-05-0{i}")) + "\n";
        await w.LoadAsync(("ssd_person.csv", Fixtures.People), ("ssd_contacts.csv", contacts));
        await using (var db = w.Open())
        {
            // A load that another process is running (or that was killed): check must not mark it failed.
            db.LoadBatches.Add(new LoadBatch { SourceKind = ExtractLoader.SourceKind, SourceName = "elsewhere", StartedAtUtc = DateTime.UtcNow, Status = LoadStatus.Running });
            await db.SaveChangesAsync();
        }
        SqliteConnection.ClearAllPools();
        // The next extract changes P1001's sex, adds P1004, drops C4 (deleted at source) and has one bad row (P1005's line lacks fields).
        var next = w.WriteExtract("next", ("ssd_person.csv", Fixtures.People.Replace("P1001,F", "P1001,M", StringComparison.Ordinal) + "\nP1004,F,WBRI,2016-02-02,Ava\nP1005,F\n"),
            ("ssd_contacts.csv", string.Join("\n", contacts.Split('\n').Where(l => !l.StartsWith("C4", StringComparison.Ordinal)))));
        var files = Fingerprint(w.Folder);

        var result = await w.Loader.LoadAsync(next, new LoadOptions { DryRun = true, Today = Check.Today, AllowMassDelete = true });

        result.Status.ShouldBe(LoadStatus.Succeeded, result.Message);
        var people = result.Tables.Single(t => t.Table == "ssd_person");
        (people.RowsInserted, people.RowsUpdated, people.RowsUnchanged, people.RowsRejected).ShouldBe((1, 1, 2, 1));
        result.Tables.Single(t => t.Table == "ssd_contacts").RowsDeleted.ShouldBe(1);
        SqliteConnection.ClearAllPools();
        Fingerprint(w.Folder).ShouldBe(files, "not a byte of the warehouse changed, and no file (-wal, -shm, journal) was made beside it");
        await using var after = w.Open();
        (await after.LoadBatches.CountAsync(b => b.Status == LoadStatus.Running)).ShouldBe(1);
    }

    [Fact]
    public async Task Check_SaysALoadWouldStop_BeforeAMassDeletion()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", Fixtures.Episodes));

        var result = await w.Loader.LoadAsync(w.WriteExtract("next", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", Fixtures.Episodes.Split('\n')[0] + "\n")), Check);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldStartWith("ssd_early_help_episodes.csv no longer has 3 of the 3 records");
    }

    /// <summary>Every file in the folder (recursively) with its SHA-256.</summary>
    private static List<string> Fingerprint(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order()
            .Select(f => $"{Path.GetRelativePath(folder, f)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}").ToList();
}
