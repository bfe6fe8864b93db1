using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Tests.Loading;

public class LoadValidationTests
{
    // Lines (header = 1): 2 good, 3 bad date, 4 good, 5 unknown end reason, 6 end before start,
    // 7 dangling person, 8 duplicate of line 2's id, 9 good. 8 data rows: 4 load (line 5 with a warning: the end
    // reason is optional, so it loads as unknown), 4 reject.
    private const string DirtyEpisodes = """
        earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_reason,earl_episode_end_reason,earl_episode_organisation,earl_episode_worker_id
        E1,P1001,2024-05-01,2024-11-20,Parenting,OM,Riverside Primary School,W1
        E2,P1002,2024-13-45,,School attendance,,Health Visiting,W2
        E3,P1003,2024-07-01,2024-09-30,Housing,SU,Riverside Primary School,W1
        E4,P1001,2024-08-01,2024-10-01,Parenting,XX,Riverside Primary School,W1
        E5,P1002,2024-08-01,2024-07-01,Parenting,OM,Riverside Primary School,W1
        E6,P9999,2024-08-01,,Parenting,,Riverside Primary School,W1
        E1,P1003,2024-09-01,,Parenting,,Riverside Primary School,W1
        E7,P1002,2024-10-01,,Parenting,,Health Visiting,W2
        """;

    [Fact]
    public async Task Load_RejectsEachUnusableRowWithItsReason_WhileGoodNeighboursAndOddOptionalValuesLoad()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("dirty", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", DirtyEpisodes));

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Succeeded);
        var episodes = result.Tables.Single(t => t.Table == "ssd_early_help_episodes");
        episodes.RowsRead.ShouldBe(8);
        episodes.RowsLoaded.ShouldBe(4); // E1 (line 2), E3, E4 (end reason unknown), E7
        episodes.RowsRejected.ShouldBe(4);
        episodes.RowsWithWarnings.ShouldBe(1);
        (episodes.RowsLoaded + episodes.RowsRejected).ShouldBe(episodes.RowsRead);
        var warning = episodes.Warnings.ShouldHaveSingleItem();
        (warning.ColumnName, warning.Kind, warning.Value, warning.Rows, warning.FirstLine).ShouldBe(("earl_episode_end_reason", "unknown code", "XX", 1, 5));

        await using var db = w.Open();
        var rejects = await db.Rejects.OrderBy(r => r.LineNumber).ToListAsync();
        rejects.Select(r => (r.LineNumber, r.ColumnName)).ShouldBe(
        [
            (3, "earl_episode_start_date"),
            (6, "earl_episode_end_date"),
            (7, "earl_person_id"),
            (8, "earl_episode_id"),
        ]);
        rejects[0].Reason.ShouldContain("'2024-13-45' is not a date");
        rejects[0].Value.ShouldBe("2024-13-45");
        rejects[1].Reason.ShouldBe("earl_episode_end_date is before earl_episode_start_date");
        rejects[2].Reason.ShouldBe("earl_person_id not found in ssd_person (this extract or the warehouse)");
        rejects[2].Value.ShouldBe(w.Pseudonymiser.Pseudonymise("person", "P9999"));
        rejects[3].Reason.ShouldBe("duplicate earl_episode_id: the same record is on line 2");
        (await db.EarlyHelpEpisodes.SingleAsync(e => e.EpisodeId == w.Pseudonymiser.Pseudonymise("early help episode", "E4"))).EndReasonCode.ShouldBeNull();
        var stored = await db.LoadWarnings.SingleAsync();
        (stored.FileName, stored.ColumnName, stored.Value, stored.Rows, stored.FirstLine).ShouldBe(("ssd_early_help_episodes.csv", "earl_episode_end_reason", "XX", 1, 5));
        rejects.ShouldAllBe(r => r.FileName == "ssd_early_help_episodes.csv");

        // The first occurrence of the duplicated id is the one that loads.
        var e1 = await db.EarlyHelpEpisodes.SingleAsync(e => e.EpisodeId == w.Pseudonymiser.Pseudonymise("early help episode", "E1"));
        e1.StartDate.ShouldBe(new DateOnly(2024, 5, 1));

        var batch = await db.LoadBatches.Include(b => b.Tables).SingleAsync();
        batch.RowsRead.ShouldBe(3 + 8);
        batch.RowsRejected.ShouldBe(4);
        batch.RowsWithWarnings.ShouldBe(1);
        (batch.RowsLoaded + batch.RowsRejected).ShouldBe(batch.RowsRead);
        batch.Tables.Single(t => t.TableName == "ssd_person").IgnoredColumns.ShouldBe("pers_forename");
        batch.Tables.Count.ShouldBe(2);
        batch.Status.ShouldBe(LoadStatus.Succeeded);
    }

    [Fact]
    public async Task Load_FailsTheBatchAndLoadsNothing_WhenARequiredColumnIsMissing()
    {
        using var w = new TestWarehouse();
        var episodesWithoutStart = "earl_episode_id,earl_person_id\nE1,P1001\n";
        var extract = w.WriteExtract("structural", ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", episodesWithoutStart));

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldBe("ssd_early_help_episodes.csv lacks required column(s) earl_episode_start_date.");
        await using var db = w.Open();
        (await db.People.CountAsync()).ShouldBe(0, "ssd_person loaded before the failure and must be rolled back");
        var batch = await db.LoadBatches.SingleAsync();
        batch.Status.ShouldBe(LoadStatus.Failed);
        batch.Message.ShouldBe(result.Message);
    }

    [Fact]
    public async Task Load_Fails_WhenThePersonFileIsMissing()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("noperson", ("ssd_early_help_episodes.csv", Fixtures.Episodes));

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message!.ShouldContain("no ssd_person.csv");
    }

    [Fact]
    public async Task Load_ReadsBomCrlfQuotedFieldsAndDateVariants()
    {
        using var w = new TestWarehouse();
        var dir = Path.Combine(w.Folder, "variants");
        Directory.CreateDirectory(dir);
        // UTF-8 with BOM and CRLF line ends; a quoted field with a comma and an embedded newline (lines 3-4);
        // outcome as a JSON array, as a plain string, and as an Annex A style label.
        File.WriteAllText(Path.Combine(dir, "ssd_person.csv"), "pers_person_id,pers_sex,pers_dob\r\nP1,F,2015-06-14\r\nP2,1,14/03/2016\r\n", new UTF8Encoding(true));
        File.WriteAllText(Path.Combine(dir, "ssd_contacts.csv"),
            "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_source_code,cont_contact_outcome_json\r\n" +
            "C1,P1,2024-10-03 09:15:00,a) 2A,\"[\"\"EH Referral\"\",\"\"CIN Referral\"\"]\"\r\n" +
            "C2,P2,\"03/10/2024\",6,\"EH Referral\"\r\n" +
            "C3,P2,2024-10-04,\"3A\",No Further Action\r\n", new UTF8Encoding(true));

        var result = await w.Loader.LoadAsync(dir);

        result.RowsRejected.ShouldBe(0, string.Join("; ", result.Rejects.Select(r => r.ExampleReason)));
        await using var db = w.Open();
        var contacts = await db.Contacts.OrderBy(c => c.ContactDate).ThenBy(c => c.SourceCode).ToListAsync();
        contacts.Count.ShouldBe(3);
        contacts[0].SourceCode.ShouldBe("2A");
        contacts[0].OutcomeCodes.ShouldBe("EH|CIN");
        contacts[0].IsEarlyHelpOutcome.ShouldBeTrue();
        contacts[0].IsSocialCareOutcome.ShouldBeTrue();
        contacts[1].ContactDate.ShouldBe(new DateOnly(2024, 10, 3));
        contacts[1].IsEarlyHelpOutcome.ShouldBeTrue();
        contacts[2].IsNoFurtherAction.ShouldBeTrue();
        var people = await db.People.ToListAsync();
        // Only the month of birth is kept: 14 March 2016 becomes 1 March 2016; CIN census sex 1 is male.
        people.Single(p => p.PersonId == w.Pseudonymiser.Pseudonymise("person", "P2")).MonthOfBirth.ShouldBe(new DateOnly(2016, 3, 1));
        people.Single(p => p.PersonId == w.Pseudonymiser.Pseudonymise("person", "P2")).Sex.ShouldBe("M");
    }

    [Fact]
    public async Task Load_ReportsTheLineAndKeepsGoing_WhenAQuoteIsUnbalanced()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("badquote",
            ("ssd_person.csv", "pers_person_id,pers_sex\nP1,F\nP2,M\"x\nP3,F\n"));

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Succeeded);
        var people = result.Tables.Single();
        (people.RowsLoaded + people.RowsRejected).ShouldBe(people.RowsRead);
        // A line that is not valid CSV is not read at all (not even its id), whatever column the quote is in.
        people.RowsRejected.ShouldBe(1);
        result.Rejects.Single().FirstLine.ShouldBe(3);
    }

    [Fact]
    public async Task Load_ReadsAZipOfTheSameFiles()
    {
        using var w = new TestWarehouse();
        var zipPath = Path.Combine(w.Folder, "extract.zip");
        using (var zip = ZipFile.Open(zipPath, ZipArchiveMode.Create))
        {
            foreach (var (name, csv) in new[] { ("ssd_person.csv", Fixtures.People), ("ssd_early_help_episodes.csv", Fixtures.Episodes) })
            {
                // Councils often zip the folder itself: files sit one level down.
                using var s = zip.CreateEntry("extract-2024-11/" + name).Open();
                s.Write(Encoding.UTF8.GetBytes(csv));
            }
        }

        var result = await w.Loader.LoadAsync(zipPath);

        result.Status.ShouldBe(LoadStatus.Succeeded);
        result.RowsLoaded.ShouldBe(6);
    }

    [Fact]
    public async Task Load_BuildsTheOrganisationHierarchy_FromTeamsAndTheirParents()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("org", ("ssd_department.csv", Fixtures.Departments), ("ssd_person.csv", Fixtures.People));

        await w.Loader.LoadAsync(extract);

        await using var db = w.Open();
        var units = await db.OrganisationUnits.ToDictionaryAsync(u => u.OrgUnitId);
        // 3 teams + 2 localities named only as parents + the authority.
        units.Count.ShouldBe(6);
        units["AUTHORITY"].Level.ShouldBe(OrgUnitLevel.Authority);
        units["L-N"].Level.ShouldBe(OrgUnitLevel.Locality);
        units["L-N"].Name.ShouldBe("North locality");
        units["T-N1"].Level.ShouldBe(OrgUnitLevel.Team);
        units["T-N1"].Depth.ShouldBe(2);
        units["T-N1"].ParentOrgUnitKey.ShouldBe(units["L-N"].OrgUnitKey);
        // Closure rows: each unit with itself (6), each locality with the authority (2), each team with locality and authority (3 x 2) = 14.
        (await db.OrganisationUnitAncestors.CountAsync()).ShouldBe(14);
        (await db.OrganisationUnitAncestors.CountAsync(a => a.AncestorOrgUnitKey == units["L-N"].OrgUnitKey)).ShouldBe(3);
    }
}
