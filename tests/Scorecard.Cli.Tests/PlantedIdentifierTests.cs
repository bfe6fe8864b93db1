using System.IO.Compression;
using System.Text;
using Scorecard.Etl.Pseudonymisation;

namespace Scorecard.Cli.Tests;

/// <summary>
/// Every malformation councils' files have shown, planted around rows that hold distinctive ids, names and full
/// dates of birth; then the whole database file and every output a user sees (the load and check reports, the
/// board pack's workbook with its data-quality sheet, the chart pack) are searched for them. None may be there.
/// </summary>
[Collection(nameof(CliRunner))]
public class PlantedIdentifierTests
{
    private static readonly string Key = Pseudonymiser.NewKeyText();

    // Dates of birth are all before 2005, where the calendar dimension starts: any of them in the file is a leak.
    private static readonly string[] Planted =
    [
        "CHILD-ID", "EPISODE-ID", "CONTACT-ID", "WORKER-ID", "Amelia", "Oliver", "Isla", "Jackson", "Avalon", "Noahs", "Mirabel", "Leopold", "Ellamae", "Zoella",
        "1998-07-19", "19/07/1999", "2001-02-03", "31/02/2002", "2003-04-05", "2004-05-06", "1997-08-09", "1996-09-10", "1995-10-11", "1994-11-12",
    ];

    private const string People = """
        pers_person_id,pers_sex,pers_dob,pers_forename
        CHILD-ID-0001,F,1998-07-19,Amelia
        CHILD-ID-0002,M,19/07/1999,Oliver
        CHILD-ID-0003,X,2001-02-03,Isla
        CHILD-ID-0004,F,31/02/2002,Jackson
        CHILD-ID-0005,"F,2003-04-05,Avalon
        CHILD-ID-0006,F,2004-05-06,Noahs
        CHILD-ID-0007,F,CHILD-ID-0007,Mirabel
        CHILD-ID-0008,M"x,1997-08-09,Leopold
        CHILD-ID-0009,F,1996-09-10
        CHILD-ID-0010,F,1995-10-11,Ellamae,extra
        CHILD-ID-0011,CHILD-ID-0011,1994-11-12,Zoella
        """;

    private static string Episodes() => $"""
        earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_reason,earl_episode_end_reason,earl_episode_organisation,earl_episode_worker_id
        EPISODE-ID-0001,CHILD-ID-0001,2024-05-01,,"Parenting support,,,
        EPISODE-ID-0002,CHILD-ID-0002,2024-05-02,,Housing,,,WORKER-ID-1
        EPISODE-ID-0003,CHILD-ID-0006,2024-05-03,,School,,,WORKER-ID-2
        EPISODE-ID-0004,CHILD-ID-0001,"2024-05-04
        EPISODE-ID-0005,CHILD-ID-0002",2024-05-05,,x,,,
        EPISODE-ID-0006,CHILD-ID-0099,2024-05-06,,Parenting,,,
        EPISODE-ID-0007,CHILD-ID-0002,2024-05-07,2024-05-01,Parenting,OM,,
        EPISODE-ID-0009,CHILD-ID-0002,2024-05-09,,{new string('y', 1_100_000)} CHILD-ID-0002,,,
        EPISODE-ID-0010,CHILD-ID-0006,2024-05-10,,"Family support
        EPISODE-ID-0011,CHILD-ID-0006,2024-05-11,,Other,,,
        """;

    private const string Contacts = """
        cont_contact_id,cont_person_id,cont_contact_date,cont_contact_source_code,cont_contact_outcome_json,cont_notes
        CONTACT-ID-0001,CHILD-ID-0001,2024-06-01,"2A,EH Referral,
        CONTACT-ID-0002,CHILD-ID-0002,2024-06-02,2A,EH Referral,
        CONTACT-ID-0003,CHILD-ID-0006,2024-06-03,CHILD-ID-0006,EH Referral,
        CONTACT-ID-0004,CHILD-ID-0001,2024-06-04,2A,EH Referral,"note starts
        CONTACT-ID-0005,CHILD-ID-0002,2024-06-05,2A,EH Referral,x
        ends"
        CONTACT-ID-0006,CHILD-ID-0002,2024-06-06,2A,"EH Referral,
        """;

    [Fact]
    public async Task NoPlantedIdentifierNameOrDateOfBirth_IsStoredOrShown_WhateverTheMalformation()
    {
        using var cli = new CliRunner();
        var previousTargets = Environment.GetEnvironmentVariable("Scorecard__TargetsPath");
        Environment.SetEnvironmentVariable("Scorecard__TargetsPath", Repository.TargetsFile);
        try
        {
            var extract = cli.WriteExtract("planted", ("ssd_person.csv", People), ("ssd_early_help_episodes.csv", Episodes()), ("ssd_contacts.csv", Contacts));
            var outputs = new List<string>();

            var (checkExit, check) = await cli.RunAsync(Key, "check", extract);
            var (loadExit, load) = await cli.RunAsync(Key, "load", extract);
            outputs.AddRange([check, load]);

            checkExit.ShouldBe(0, check);
            loadExit.ShouldBe(0, load);
            // 11 people: 4 lines are not valid CSV rows (a broken quote, a stray one, too few and too many fields) and
            // are rejected; 7 load, 4 of them with an odd optional value (sex X, an impossible date of birth, an id where
            // the date of birth or the sex goes) loaded as unknown. 10 episodes, 3 whole. 7 contact records (a row a
            // broken quote would have swallowed is read as a row of its own), 3 usable, one with an id where its source
            // code goes (a warning). Every line is accounted for.
            load.ShouldContain("Read 28 = loaded 13 + rejected 15; loaded with warnings 5", Case.Sensitive, load);

            // Files that must fail whole, with ids in them: a file that is not UTF-8, and a damaged zip.
            var notUtf8 = cli.WriteExtract("latin1");
            File.WriteAllBytes(Path.Combine(notUtf8, "ssd_person.csv"), [.. "pers_person_id,pers_dob\nCHILD-ID-0020,1993-01-01\nCHILD-ID-0021,199"u8, 0xE9, .. "3-02-02\n"u8]);
            var zip = Path.Combine(cli.Folder, "damaged.zip");
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            {
                using var s = archive.CreateEntry("ssd_person.csv", CompressionLevel.NoCompression).Open();
                s.Write("pers_person_id,pers_dob\nCHILD-ID-0030,1992-01-01\n"u8);
            }
            var bytes = File.ReadAllBytes(zip);
            bytes[Encoding.Latin1.GetString(bytes).IndexOf("CHILD-ID-0030", StringComparison.Ordinal) + 12] ^= 1;
            File.WriteAllBytes(zip, bytes);
            foreach (var bad in new[] { notUtf8, zip })
            {
                var (exit, said) = await cli.RunAsync(Key, "load", bad);
                exit.ShouldBe(1, said);
                outputs.Add(said);
            }

            var (refreshExit, refresh) = await cli.RunAsync(Key, "refresh");
            refreshExit.ShouldBe(0, refresh);
            var packFolder = Path.Combine(cli.Folder, "packs");
            var (packExit, pack) = await cli.RunAsync(Key, "pack", "--template", "childrens-trust-quarterly", "--period", "2024-25 Q1", "--out", packFolder);
            packExit.ShouldBe(0, pack);
            outputs.AddRange([refresh, pack]);

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var database = Encoding.UTF8.GetString(Directory.GetFiles(cli.Folder, "warehouse.db*").SelectMany(File.ReadAllBytes).ToArray());
            var packs = Directory.GetFiles(packFolder, "*", SearchOption.AllDirectories).Select(ReadAsText).ToList();
            packs.ShouldNotBeEmpty();
            foreach (var planted in Planted)
            {
                database.ShouldNotContain(planted, Case.Sensitive, $"'{planted}' is in the database file");
                foreach (var output in outputs) output.ShouldNotContain(planted, Case.Sensitive, $"'{planted}' was shown:\n{output}");
                foreach (var text in packs) text.ShouldNotContain(planted, Case.Sensitive, $"'{planted}' is in a board pack file");
            }
            // The search can find what it looks for: the pseudonyms are there.
            database.ShouldContain(Pseudonymiser.FromKeyText(Key).Pseudonymise("person", "CHILD-ID-0001"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("Scorecard__TargetsPath", previousTargets);
        }
    }

    /// <summary>A file's text: a workbook's parts decompressed, anything else as it is.</summary>
    private static string ReadAsText(string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)) return Encoding.Latin1.GetString(File.ReadAllBytes(path));
        using var zip = ZipFile.OpenRead(path);
        var text = new StringBuilder();
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            text.Append(reader.ReadToEnd());
        }
        text.ToString().ShouldContain("Data quality");
        return text.ToString();
    }
}
