using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Sources.Csv;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Tests.Loading;

/// <summary>The files councils really send: broken quotes, old encodings, damaged zips, files that say nothing.</summary>
public class MessyFileTests
{
    private const string EpisodeHeader = "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_reason,earl_episode_end_reason,earl_episode_organisation,earl_episode_worker_id";

    [Fact]
    public async Task Load_RejectsAnUnterminatedQuoteOnItsOwnLine_AndLoadsTheLinesAfterIt()
    {
        using var w = new TestWarehouse();
        // The example: line 2 opens a quote it never closes; lines 3 and 4 are good rows.
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id\nP1\nP2\nP3\n"), ("ssd_early_help_episodes.csv",
            EpisodeHeader + "\nE1,P1,2024-05-01,,\"Parenting support,,,\nE2,P2,2024-05-02,,Housing,,,\nE3,P3,2024-05-03,,School,,,\n"));

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Succeeded);
        var episodes = result.Tables.Single(t => t.Table == "ssd_early_help_episodes");
        (episodes.RowsRead, episodes.RowsLoaded, episodes.RowsRejected).ShouldBe((3, 2, 1));
        await using var db = w.Open();
        var reject = await db.Rejects.SingleAsync();
        reject.LineNumber.ShouldBe(2);
        reject.Value.ShouldBeNull();
        reject.Reason.ShouldContain("a quote opened on this line is not closed");
        reject.Reason.ShouldNotContain("P2");
        (await db.EarlyHelpEpisodes.Select(e => e.EpisodeId).ToListAsync()).ShouldBe(
            [w.Id("early help episode", "E2"), w.Id("early help episode", "E3")], ignoreOrder: true);
        (await db.EarlyHelpEpisodes.AnyAsync(e => e.Reason != null && e.Reason.Contains("E2"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Load_ReportsTrueLineNumbers_AfterBlankLinesAndMultiLineFields()
    {
        using var w = new TestWarehouse();
        // ssd_person: line 1 header, 2 a row, 3 blank, 4-5 one row whose ignored notes column spans two lines, 6 blank, 7 a row.
        // ssd_contacts: line 1 header, 2 good, 3-5 blank, 6 a bad date (which a reader skipping blank lines calls line 3).
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id,pers_notes\nP1,a\n\nP2,\"two\nlines\"\n\nP3,b\n"),
            ("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date\nC1,P1,2024-05-01\n\n\n\nC2,P1,2024-13-01\n"));

        var result = await w.Loader.LoadAsync(extract);

        result.Tables.Single(t => t.Table == "ssd_person").RowsLoaded.ShouldBe(3);
        result.Rejects.Single().FirstLine.ShouldBe(6);
    }

    [Fact]
    public async Task Load_RejectsRowsWithTooManyOrTooFewFields_EachOnItsLine()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id,pers_sex\nP1,F\nP2\nP3,M,extra\nP4,F\n"));

        var result = await w.Loader.LoadAsync(extract);

        var people = result.Tables.Single();
        (people.RowsRead, people.RowsLoaded, people.RowsRejected).ShouldBe((4, 2, 2));
        await using var db = w.Open();
        var rejects = await db.Rejects.OrderBy(r => r.LineNumber).ToListAsync();
        rejects.Select(r => (r.LineNumber, r.Reason)).ShouldBe(
        [
            (3, "the row has 1 fields where the header has 2"),
            (4, "the row has 3 fields where the header has 2"),
        ]);
    }

    [Fact]
    public async Task Load_RefusesAFileThatIsNotUtf8_NamingItsFirstBadLine()
    {
        using var w = new TestWarehouse();
        var extract = Windows1252Extract(w);

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldBe("ssd_department.csv is not valid UTF-8: the first bad byte is on line 2. Save the file as UTF-8, or name the encoding it was saved in (for an older Windows export: --encoding windows-1252).");
        await using var db = w.Open();
        (await db.People.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Load_DecodesANamedEncoding_SoThreeChildrenStayThreeChildren()
    {
        using var w = new TestWarehouse();
        var extract = Windows1252Extract(w);

        var result = await w.Loader.LoadAsync(extract, new LoadOptions { Encoding = TextEncodings.Resolve("windows-1252") });

        result.Status.ShouldBe(LoadStatus.Succeeded, result.Message);
        result.RowsRejected.ShouldBe(0);
        await using var db = w.Open();
        (await db.People.Select(p => p.PersonId).ToListAsync()).ShouldBe(
            [w.Id("person", "PÉ1"), w.Id("person", "PÈ1"), w.Id("person", "PÜ1")], ignoreOrder: true);
        (await db.Contacts.Select(c => c.PersonKey).Distinct().CountAsync()).ShouldBe(3, "each child keeps their own contact");
        (await db.OrganisationUnits.SingleAsync(u => u.OrgUnitId == "T-N")).Name.ShouldBe("Équipe Nord");
    }

    /// <summary>Three children whose ids differ only in an accented letter, and a team name, as windows-1252 bytes.</summary>
    private static string Windows1252Extract(TestWarehouse w)
    {
        var dir = w.WriteExtract("cp1252");
        var cp1252 = TextEncodings.Resolve("windows-1252")!;
        File.WriteAllBytes(Path.Combine(dir, "ssd_department.csv"), cp1252.GetBytes("dept_team_id,dept_team_name\nT-N,Équipe Nord\n"));
        File.WriteAllBytes(Path.Combine(dir, "ssd_person.csv"), cp1252.GetBytes("pers_person_id\nPÉ1\nPÈ1\nPÜ1\n"));
        File.WriteAllBytes(Path.Combine(dir, "ssd_contacts.csv"), cp1252.GetBytes("cont_contact_id,cont_person_id,cont_contact_date\nC1,PÉ1,2024-05-01\nC2,PÈ1,2024-05-02\nC3,PÜ1,2024-05-03\n"));
        return dir;
    }

    [Fact]
    public async Task Load_ReadsUtf16WithAByteOrderMark()
    {
        using var w = new TestWarehouse();
        var dir = w.WriteExtract("utf16");
        File.WriteAllText(Path.Combine(dir, "ssd_person.csv"), "pers_person_id,pers_sex\r\nPÉ1,F\r\nPÈ1,M\r\n", Encoding.Unicode);

        var result = await w.Loader.LoadAsync(dir);

        result.RowsLoaded.ShouldBe(2);
        await using var db = w.Open();
        (await db.People.Select(p => p.PersonId).ToListAsync()).ShouldBe([w.Id("person", "PÉ1"), w.Id("person", "PÈ1")], ignoreOrder: true);
    }

    [Theory]
    [InlineData("crc")]
    [InlineData("bzip2")]
    [InlineData("encrypted")]
    public async Task Load_FailsTheWholeExtractWithASentence_WhenAZipEntryCannotBeTrusted(string damage)
    {
        using var w = new TestWarehouse();
        var zip = Path.Combine(w.Folder, "extract.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var (name, csv) in new[] { ("ssd_person.csv", "pers_person_id\nP1\nP2\n"), ("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date\nC1,P1,2024-05-01\nC2,P2,2024-05-02\n") })
            {
                using var s = archive.CreateEntry("extract/" + name, CompressionLevel.NoCompression).Open();
                s.Write(Encoding.UTF8.GetBytes(csv));
            }
        }
        var bytes = File.ReadAllBytes(zip);
        var contacts = Encoding.ASCII.GetString(bytes);
        switch (damage)
        {
            case "crc":
                // One byte of the stored contacts changes (C2 becomes C7): the zip's checksum no longer matches.
                bytes[contacts.IndexOf("C2,P2", StringComparison.Ordinal) + 1] = (byte)'7';
                break;
            case "bzip2":
            case "encrypted":
                // Every header of the contacts entry says bzip2 (method 12), or that the entry is encrypted (flag bit 0).
                foreach (var header in Headers(bytes, "extract/ssd_contacts.csv"))
                {
                    if (damage == "bzip2") bytes[header.Method] = 12;
                    else bytes[header.Flags] |= 1;
                }
                break;
        }
        File.WriteAllBytes(zip, bytes);

        var result = await w.Loader.LoadAsync(zip);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldStartWith("extract/ssd_contacts.csv in extract.zip is ");
        result.Message.ShouldContain(damage switch { "crc" => "damaged", "bzip2" => "bzip2", _ => "password-protected" });
        result.Message.ShouldEndWith("nothing was loaded.");
        await using var db = w.Open();
        (await db.People.CountAsync()).ShouldBe(0, "one extract, one outcome: the people before the bad entry are not kept");
    }

    /// <summary>Where the flags and method bytes of an entry's local and central headers are.</summary>
    private static IEnumerable<(int Flags, int Method)> Headers(byte[] zip, string name)
    {
        var text = Encoding.Latin1.GetString(zip);
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (text.Substring(at - 30, 4) == "PK\u0003\u0004") yield return (at - 30 + 6, at - 30 + 8);
            else if (text.Substring(at - 46, 4) == "PK\u0001\u0002") yield return (at - 46 + 8, at - 46 + 10);
        }
    }

    [Fact]
    public async Task Load_RefusesAZipWithTwoFilesForOneTable()
    {
        using var w = new TestWarehouse();
        var zip = Path.Combine(w.Folder, "extract.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            foreach (var name in new[] { "old/ssd_person.csv", "ssd_person.csv" })
            {
                using var s = archive.CreateEntry(name).Open();
                s.Write("pers_person_id\nP1\n"u8);
            }

        var result = await w.Loader.LoadAsync(zip);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldBe("The extract has 2 files for ssd_person.csv: old/ssd_person.csv and ssd_person.csv. Keep only the one to load; nothing was loaded.");
    }

    [Fact]
    public async Task Load_RefusesAFolderWithTwoFilesForOneTable_DifferingOnlyInCase()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("SSD_PERSON.csv", "pers_person_id\nP1\n"), ("ssd_person.csv", "pers_person_id\nP2\n"));

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message!.ShouldStartWith("The extract has 2 files for ssd_person.csv: SSD_PERSON.csv and ssd_person.csv.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("pers_person_id,pers_sex\n")]
    public async Task Load_FailsWithASentence_WhenTheRequiredFileIsEmpty(string content)
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_person.csv", content));

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldStartWith("ssd_person.csv ");
        result.Message.ShouldContain("it is required");
    }

    [Fact]
    public async Task Load_WarnsAndLoadsTheRest_WhenAnOptionalFileIsEmpty()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id\nP1\n"), ("ssd_contacts.csv", ""));

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Succeeded);
        result.RowsLoaded.ShouldBe(1);
        result.Warnings.Single().Message.ShouldBe("ssd_contacts.csv is empty: it was skipped, and no stored record was changed or taken as deleted because of it.");
    }

    [Fact]
    public async Task Load_FailsWithASentence_WhenAHeaderNamesAColumnTwice()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id,pers_sex,PERS_SEX\nP1,F,M\n"));

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldBe("ssd_person.csv has the column pers_sex 2 times (columns 2 and 3): each column may appear once, so that it is clear which value to load.");
    }

    [Fact]
    public async Task Load_RejectsRequiredEventDatesOutsideTheCalendar_AndLoadsOptionalOnesAsMissingWithAWarning()
    {
        using var w = new TestWarehouse();
        // Line 2: a contact dated 1990 (required date): rejected, naming the calendar (1900-01-01 would be SSD's
        // placeholder date, missing rather than out of range). Line 3: an episode
        // ending in 2099 (optional date): loads, still open, with a warning. Line 4: good.
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id,pers_dob\nP1,1850-02-03\nP2,2015-06-14\n"),
            ("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date\nC1,P1,1990-01-01\nC2,P2,2024-05-01\n"),
            ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date\nE1,P1,2024-05-01,2099-01-01\n"));

        var result = await w.Loader.LoadAsync(extract, new LoadOptions { Today = new DateOnly(2026, 11, 30) });

        result.Rejects.Single().ExampleReason.ShouldBe("cont_contact_date 1990-01-01 is outside the calendar (2005-04-01 to 2040-03-31)");
        await using var db = w.Open();
        (await db.Rejects.SingleAsync()).Value.ShouldBe("1990-01-01");
        (await db.EarlyHelpEpisodes.SingleAsync()).EndDate.ShouldBeNull();
        result.Warnings.Select(x => (x.FileName, x.ColumnName, x.FirstLine)).ShouldBe(
        [
            ("ssd_person.csv", "pers_dob", 2),
            ("ssd_early_help_episodes.csv", "earl_episode_end_date", 2),
        ]);
        result.Warnings[1].Message.ShouldBe("earl_episode_end_date 2099-01-01 is outside the calendar (2005-04-01 to 2040-03-31): loaded as missing");
        // A date of birth is never repeated, even in a warning; the person still loads, without it.
        result.Warnings[0].Message.ShouldNotContain("1850");
        (await db.People.SingleAsync(p => p.PersonId == w.Id("person", "P1"))).MonthOfBirth.ShouldBeNull();
    }

    [Fact]
    public async Task Load_ShowsDatesInRejectsAsYearMonthDay()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id\nP1\n"),
            ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date\nE1,P1,2024-05-01,01/04/2024\n"));

        await w.Loader.LoadAsync(extract);

        await using var db = w.Open();
        var reject = await db.Rejects.SingleAsync();
        reject.Value.ShouldBe("2024-04-01", "1 April, never 04/01/2024");
        reject.Reason.ShouldBe("earl_episode_end_date is before earl_episode_start_date");
    }

    [Fact]
    public async Task Load_WithholdsARejectedValue_ThatHoldsTheRowsOwnIdentifier()
    {
        using var w = new TestWarehouse();
        // Shifted rows put the person's id where the (optional) sex code goes, and the contact's id where its
        // (required) date goes: the first loads with a warning, the second is rejected; neither repeats the id.
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id,pers_sex\nCHILD-7731,CHILD-7731\n"),
            ("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date\nCONTACT-8842,CHILD-7731,CONTACT-8842\n"));

        var result = await w.Loader.LoadAsync(extract);

        result.RowsRejected.ShouldBe(1);
        await using var db = w.Open();
        var reject = await db.Rejects.SingleAsync();
        reject.Value.ShouldBe("(withheld)");
        reject.Reason.ShouldNotContain("CONTACT-8842");
        var warning = await db.LoadWarnings.SingleAsync();
        warning.Value.ShouldBe("(withheld)");
        warning.Message.ShouldNotContain("CHILD-7731");
        result.Warnings.Single().Message.ShouldNotContain("CHILD-7731");
    }

    [Fact]
    public async Task Load_LetsAnOutcomeObjectSpanLines_OnlyWhenItParsesWhole()
    {
        using var w = new TestWarehouse();
        // C1's flag object has a comment over two lines (SystemC writes free-text comments there): it parses whole, so
        // it loads. C2's outcome opens a quote that runs over the line end without being an object: the row is not
        // valid CSV (rejected on line 4), and the line after it is read as a row of its own (rejected on line 5).
        var contacts = "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_outcome_json\n" +
            "C1,P1,2024-05-01,\"{\"\"NFA_FLAG\"\": \"\"Y\"\", \"\"COMMENTS\"\": \"\"first line\nsecond line\"\"}\"\n" +
            "C2,P1,2024-05-02,\"not an outcome\n" +
            "still text\"\n" +
            "C3,P1,2024-05-03,\n";
        var extract = w.WriteExtract("x", ("ssd_person.csv", "pers_person_id\nP1\n"), ("ssd_contacts.csv", contacts));

        var result = await w.Loader.LoadAsync(extract);

        var table = result.Tables.Single(t => t.Table == "ssd_contacts");
        (table.RowsRead, table.RowsLoaded, table.RowsRejected).ShouldBe((4, 2, 2));
        result.Rejects.Single(r => r.FileName == "ssd_contacts.csv").FirstLine.ShouldBe(4);
        await using var db = w.Open();
        (await db.Contacts.SingleAsync(c => c.ContactId == w.Id("contact", "C1"))).IsNoFurtherAction.ShouldBeTrue();
        (await db.Rejects.Select(r => r.LineNumber).OrderBy(l => l).ToListAsync()).ShouldBe([4, 5]);
    }
}
