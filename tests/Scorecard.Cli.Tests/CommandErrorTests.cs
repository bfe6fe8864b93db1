using Scorecard.Etl.Pseudonymisation;

namespace Scorecard.Cli.Tests;

[Collection(nameof(CliRunner))]
public class CommandErrorTests
{
    internal static readonly string Key = Pseudonymiser.NewKeyText();

    [Fact]
    public async Task Load_SaysTheExtractIsMissing_WithoutAStackTrace()
    {
        using var cli = new CliRunner();

        var (exit, output) = await cli.RunAsync(Key, "load", Path.Combine(cli.Folder, "nowhere"));

        exit.ShouldBe(1);
        output.ShouldContain("does not exist");
        output.ShouldNotContain("   at ");
        output.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task Load_ExplainsHowToSetAKey_WhenNoneIsConfigured()
    {
        using var cli = new CliRunner();
        var extract = cli.WriteExtract("x", ("ssd_person.csv", "pers_person_id\nP1\n"));

        var (exit, output) = await cli.RunAsync(null, "load", extract);

        exit.ShouldBe(1);
        output.ShouldContain("No pseudonymisation key is configured");
        output.ShouldContain("Scorecard__PseudonymisationKey");
        File.Exists(cli.DatabasePath).ShouldBeFalse("nothing is written without a key");
    }

    [Fact]
    public async Task Load_ReportsAMissingRequiredColumn_AsAFailedLoad()
    {
        using var cli = new CliRunner();
        var extract = cli.WriteExtract("x", ("ssd_person.csv", "pers_sex\nF\n"));

        var (exit, output) = await cli.RunAsync(Key, "load", extract);

        exit.ShouldBe(1);
        output.ShouldContain("ssd_person.csv lacks required column(s) pers_person_id.");
        output.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Check_PrintsTheDataQualityReport_AndChangesNothing()
    {
        using var cli = new CliRunner();
        var extract = cli.WriteExtract("x",
            ("ssd_person.csv", "pers_person_id,pers_sex\nP1,F\nP2,Q\n"),
            ("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date\nC1,P1,2024-10-03\nC2,P1,2024-13-03\n"));

        var (exit, output) = await cli.RunAsync(Key, "check", extract);

        exit.ShouldBe(0);
        output.ShouldContain("Rejected rows (data quality)");
        output.ShouldContain("'2024-13-03' is not a date");
        // Sex is optional: P2 loads with sex unknown, and the odd value is listed as a warning, not a reject.
        output.ShouldContain("Loaded with warnings: optional values loaded as unknown");
        output.ShouldMatch(@"pers_sex\s+unknown code\s+Q\s+1\s+3");
        output.ShouldContain("Read 4 = loaded 3 + rejected 1; loaded with warnings 1");
        output.ShouldContain("Checked only: the warehouse was not changed.");

        var (_, load) = await cli.RunAsync(Key, "load", extract);
        load.ShouldContain("Batch 1:", customMessage: "the check left no batch behind, so the first real load is batch 1");
    }

    [Fact]
    public async Task Explain_SaysWhatAPeriodLabelLooksLike_WhenItIsNotOne()
    {
        using var cli = new CliRunner();
        var extract = cli.WriteExtract("x", ("ssd_person.csv", "pers_person_id\nP1\n"), ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date\nE1,P1,2024-05-01\n"));
        (await cli.RunAsync(Key, "load", extract)).ExitCode.ShouldBe(0);

        var (exit, output) = await cli.RunAsync(Key, "explain", "EH01", "last quarter");

        exit.ShouldBe(1);
        output.ShouldContain("is not a period label");
        output.ShouldContain("2024-25 Q3");
    }
}

[Collection(nameof(CliRunner))]
public class SsdExtractCommandTests
{
    private static readonly string Key = CommandErrorTests.Key;

    [Fact]
    public async Task Check_WritesAStarterMapping_LoadUsesIt_AndTheScorecardSaysNotAvailable()
    {
        using var cli = new CliRunner();
        var extract = cli.WriteExtract("systemc", SsdCouncil.Files(SsdShape.SystemC145, NullStyle.Null).ToArray());
        var mapping = Path.Combine(cli.Folder, "our-mapping.csv");

        var (exit, output) = await cli.RunAsync(Key, "check", extract, "--write-mapping", mapping);

        exit.ShouldBe(0, output);
        output.ShouldContain("Recognised: SystemC (Liquidlogic): ");
        output.ShouldContain("SSD release 1.4.x");
        output.ShouldContain("SSD files not read (no measure uses them; nothing from them is stored): ssd_address.csv (addresses are never stored), ssd_disability.csv");
        output.ShouldContain("Checked only: the warehouse was not changed.");
        // The SystemC source lookup id whose description ("Health Visitor (HV)") no mapping knows: one contact, first on line 8.
        File.ReadAllLines(mapping).ShouldContain("ContactSource,1717,,1,ssd_contacts.csv line 8");

        File.WriteAllText(mapping, File.ReadAllText(mapping).Replace("ContactSource,1717,,", "ContactSource,1717,3B,", StringComparison.Ordinal));
        (exit, output) = await cli.RunAsync(Key, "load", extract, "--mapping", mapping);

        exit.ShouldBe(0, output);
        output.ShouldNotContain("1717");
        output.ShouldContain("Loaded with warnings: optional values loaded as unknown");
        output.ShouldMatch(@"earl_episode_worker_id\s+placeholder treated as empty\s+SSD_PH\s+10\s+2");
        output.ShouldContain("ssd_contacts.csv: this source does not record IsEarlyHelpOutcome");

        var previous = Environment.GetEnvironmentVariable("Scorecard__TargetsPath");
        Environment.SetEnvironmentVariable("Scorecard__TargetsPath", Repository.TargetsFile);
        try
        {
            (exit, output) = await cli.RunAsync(Key, "refresh");
        }
        finally
        {
            Environment.SetEnvironmentVariable("Scorecard__TargetsPath", previous);
        }
        exit.ShouldBe(0, output);
        (exit, output) = await cli.RunAsync(Key, "show");
        exit.ShouldBe(0, output);
        // The published scorecard names the area of each row (code, measure, area, value).
        output.ShouldMatch(@"EH09\s+.\s+Contacts resulting in early help\s+.\s+Whole authority\s+.\s+not available");
        output.ShouldContain("EH09: Not available from this source: ssd_contacts as loaded (SystemC (Liquidlogic), batch 1) does not record whether a contact led to early help");
    }
}

public class CommandNameTests
{
    [Fact]
    public void NoSubcommand_HasTheProgramsOwnName()
    {
        // The installed command is `scorecard`: a subcommand of that name makes every invocation fail to parse.
        ScorecardCli.Build().Subcommands.Select(c => c.Name).ShouldNotContain("scorecard");
    }
}

[Collection(nameof(CliRunner))]
public class LoaderSafetyCommandTests
{
    private static readonly string Key = Pseudonymiser.NewKeyText();

    [Fact]
    public async Task Load_SaysWhatToDo_WhenTheWarehouseFileCannotBeOpened()
    {
        using var cli = new CliRunner();
        var extract = cli.WriteExtract("x", ("ssd_person.csv", "pers_person_id\nP1\n"));
        // A connection string that may open but not create the file, for a file that is not there: SQLite error 14.
        var missing = Path.Combine(cli.Folder, "missing.db");
        cli.DatabasePath = $"Data Source={missing};Mode=ReadWrite";

        var (exit, output) = await cli.RunAsync(Key, "load", extract);

        exit.ShouldBe(1);
        output.ShouldContain($"The warehouse file {missing} cannot be opened: check that its folder exists and that you may write there, or choose another file with --database.");
        output.ShouldNotContain("SQLite Error");
        output.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Load_SaysTheWarehouseIsAFolder_WhenItIs()
    {
        using var cli = new CliRunner();
        var extract = cli.WriteExtract("x", ("ssd_person.csv", "pers_person_id\nP1\n"));
        cli.DatabasePath = Directory.CreateDirectory(Path.Combine(cli.Folder, "warehouse-folder")).FullName;

        var (exit, output) = await cli.RunAsync(Key, "load", extract);

        exit.ShouldBe(1);
        output.ShouldContain($"{cli.DatabasePath} is a folder, not a warehouse file: name a file with --database (for example data/scorecard.db).");
        output.ShouldNotContain("SQLite Error");
    }

    [Fact]
    public async Task Check_CreatesNoWarehouse_WhenThereIsNone()
    {
        using var cli = new CliRunner();
        var extract = cli.WriteExtract("x", ("ssd_person.csv", "pers_person_id\nP1\n"), ("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date\nC1,P1,2024-05-01\n"));

        var (exit, output) = await cli.RunAsync(Key, "check", extract);

        exit.ShouldBe(0);
        output.ShouldContain("check creates none");
        output.ShouldContain("Read 2 = loaded 2 + rejected 0");
        File.Exists(cli.DatabasePath).ShouldBeFalse();
    }

    [Fact]
    public async Task Load_ReadsAnOldWindowsExport_OnlyWhenItsEncodingIsNamed()
    {
        using var cli = new CliRunner();
        var extract = cli.WriteExtract("x");
        File.WriteAllBytes(Path.Combine(extract, "ssd_person.csv"), [.. "pers_person_id\nP"u8, 0xC9, .. "1\nP"u8, 0xC8, .. "1\n"u8]);

        var (refused, said) = await cli.RunAsync(Key, "load", extract);
        var (loaded, report) = await cli.RunAsync(Key, "load", extract, "--encoding", "windows-1252");

        refused.ShouldBe(1);
        said.ShouldContain("ssd_person.csv is not valid UTF-8: the first bad byte is on line 2.");
        loaded.ShouldBe(0);
        report.ShouldContain("Read 2 = loaded 2 + rejected 0");
    }
}
