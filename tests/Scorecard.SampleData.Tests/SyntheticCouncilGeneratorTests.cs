using System.Text.Json;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.SampleData;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.SampleData.Tests;

/// <summary>A small council (300 children), generated once for the tests that only need some of everything.</summary>
public sealed class SmallCouncil : IDisposable
{
    public GeneratedFolder Generated { get; } = new(SyntheticCouncilOptions.Sized(300));
    public void Dispose() => Generated.Dispose();
}

/// <summary>A mid-size council (3,000 children): big enough for rates to settle, quick enough to generate per run.</summary>
public sealed class MidSizeCouncil : IDisposable
{
    public GeneratedFolder Generated { get; } = new(SyntheticCouncilOptions.Sized(3000));
    public void Dispose() => Generated.Dispose();
}

public class SyntheticCouncilGeneratorTests(SmallCouncil small, MidSizeCouncil mid) : IClassFixture<SmallCouncil>, IClassFixture<MidSizeCouncil>
{
    private static readonly string[] FactTablesWithDefects = ["ssd_contacts", "ssd_early_help_episodes", "ssd_cin_episodes", "ext_plan_reviews", "ext_outcome_scores"];

    // Where each kind of reference points: the table and its key column.
    private static readonly Dictionary<string, string> KeyOfReferencedTable = new()
    {
        ["ssd_person"] = "pers_person_id",
        ["ssd_department"] = "dept_team_id",
        ["ssd_early_help_episodes"] = "earl_episode_id",
        ["ssd_cin_episodes"] = "cine_referral_id",
        ["ssd_family"] = "fami_family_id",
        ["ssd_professionals"] = "prof_professional_id",
    };

    [Fact]
    public void Generate_IsDeterministic_ForTheSameSeed()
    {
        using var again = new GeneratedFolder(small.Generated.Options);

        foreach (var table in ExtractContract.Tables)
            File.ReadAllBytes(Path.Combine(again.Folder, table.FileName))
                .SequenceEqual(File.ReadAllBytes(Path.Combine(small.Generated.Folder, table.FileName)))
                .ShouldBeTrue($"{table.FileName} differs between two runs with the same seed");
        again.Extract.RowsPerTable.ShouldBe(small.Generated.Extract.RowsPerTable);
    }

    [Fact]
    public void Generate_IsDifferent_ForAnotherSeed()
    {
        using var other = new GeneratedFolder(small.Generated.Options with { Seed = small.Generated.Options.Seed + 1 });

        File.ReadAllBytes(Path.Combine(other.Folder, "ssd_contacts.csv"))
            .SequenceEqual(File.ReadAllBytes(Path.Combine(small.Generated.Folder, "ssd_contacts.csv")))
            .ShouldBeFalse();
        other.Table("ssd_person").Rows.Count.ShouldBe(300);
    }

    [Fact]
    public void Generate_WritesEveryContractTable_WithExactlyTheContractsColumns()
    {
        foreach (var table in ExtractContract.Tables)
        {
            File.Exists(Path.Combine(small.Generated.Folder, table.FileName)).ShouldBeTrue(table.FileName);
            // ssd_person also carries one column the contract does not know, as real exports do.
            var expected = table.Columns.Select(c => c.Name).Concat(ExtraColumns(table.Name)).ToArray();
            small.Generated.Table(table.Name).Header.ShouldBe(expected, table.Name);
            mid.Generated.Table(table.Name).Rows.Count.ShouldBeGreaterThan(0, table.Name);
        }
        Directory.GetFiles(small.Generated.Folder).Length.ShouldBe(ExtractContract.Tables.Count);
    }

    [Fact]
    public void Generate_CountsEveryRowItWrote()
    {
        var extract = small.Generated.Extract;

        foreach (var table in ExtractContract.Tables)
        {
            extract.RowsPerTable[table.Name].ShouldBe(small.Generated.Table(table.Name).Rows.Count, table.Name);
            extract.DirtyRowsPerTable[table.Name].ShouldBe(0, table.Name);
        }
        extract.TotalRows.ShouldBe(ExtractContract.Tables.Sum(t => small.Generated.Table(t.Name).Rows.Count));
        extract.RowsPerTable["ssd_person"].ShouldBe(300);
        extract.DirtyRowsPerKind.Values.Sum().ShouldBe(0);
    }

    [Fact]
    public void Generate_WritesRowsTheReaderAccepts_WhenDirtyShareIsZero()
    {
        // The reader applies the contract's code lists, date forms, ranges and end-before-start rules.
        var pseudonymiser = Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText());
        foreach (var spec in ExtractContract.Tables)
        {
            using var stream = File.OpenRead(Path.Combine(small.Generated.Folder, spec.FileName));
            using var reader = new CsvTableReader(spec, stream, spec.FileName, pseudonymiser);
            reader.ReadHeader().ShouldBeTrue();
            reader.MissingRequiredColumns.ShouldBeEmpty();
            reader.IgnoredColumns.ShouldBe(ExtraColumns(spec.Name));
            var problems = new List<RowProblem>();
            while (reader.ReadRow(problems) is { } row)
                problems.ShouldBeEmpty($"{spec.FileName} line {row.LineNumber}: {string.Join("; ", problems.Select(p => p.Reason))}");
        }
    }

    [Fact]
    public void Generate_ResolvesEveryReference_WhenDirtyShareIsZero()
    {
        var checkedColumns = 0;
        foreach (var spec in ExtractContract.Tables)
        {
            var table = mid.Generated.Table(spec.Name);
            foreach (var column in spec.Columns)
            {
                // Lead organisations are names, not references to a file; a team's own id is its key, not a reference.
                if (column.Lookup is null || !KeyOfReferencedTable.TryGetValue(column.Lookup.Describes, out var key)) continue;
                if (spec.Name == column.Lookup.Describes && column.IsNaturalKey) continue;
                var known = mid.Generated.Table(column.Lookup.Describes).Column(key).ToHashSet(StringComparer.Ordinal);
                var dangling = table.Column(column.Name).Where(v => v.Length > 0 && !known.Contains(v)).Take(3).ToList();
                dangling.ShouldBeEmpty($"{spec.Name}.{column.Name} refers to rows not in {column.Lookup.Describes}");
                checkedColumns++;
            }
        }
        // The episode details add to episodes: each must exist.
        var episodes = mid.Generated.Table("ssd_early_help_episodes").Column("earl_episode_id").ToHashSet(StringComparer.Ordinal);
        mid.Generated.Table("ext_early_help_episode_details").Column("exte_episode_id").ShouldAllBe(id => episodes.Contains(id));
        checkedColumns.ShouldBeGreaterThan(25);
    }

    [Fact]
    public void Generate_KeepsIdsUnique_WhenDirtyShareIsZero()
    {
        foreach (var spec in ExtractContract.Tables)
        {
            var table = mid.Generated.Table(spec.Name);
            var keys = table.Rows.Select(r => string.Join("|", spec.KeyColumns.Select(k => table.Get(r, k.Name)))).ToList();
            keys.Distinct(StringComparer.Ordinal).Count().ShouldBe(keys.Count, spec.Name);
        }
    }

    [Fact]
    public void Generate_KeepsDatesInTheWindowAndEndsAfterStarts()
    {
        var (from, until) = (mid.Generated.Options.From, mid.Generated.Options.Until);
        foreach (var spec in ExtractContract.Tables)
        {
            var table = mid.Generated.Table(spec.Name);
            foreach (var column in spec.Columns.Where(c => c.Kind == ColumnKind.Date))
                foreach (var row in table.Rows)
                    if (table.Date(row, column.Name) is { } date)
                        date.ShouldBeInRange(from, until, $"{spec.Name}.{column.Name}");
        }

        (string Table, string Start, string End)[] pairs =
        [
            ("ssd_early_help_episodes", "earl_episode_start_date", "earl_episode_end_date"),
            ("ssd_cin_episodes", "cine_referral_date", "cine_close_date"),
            ("ssd_cin_assessments", "cina_assessment_start_date", "cina_assessment_auth_date"),
            ("ssd_cp_plans", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date"),
            ("ssd_cla_episodes", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date"),
            ("ext_early_help_assessments", "ehas_start_date", "ehas_completed_date"),
            ("ext_family_programme", "fprg_attached_date", "fprg_claim_date"),
        ];
        foreach (var (name, start, end) in pairs)
        {
            var table = mid.Generated.Table(name);
            foreach (var row in table.Rows)
                if (table.Date(row, end) is { } e)
                    e.ShouldBeGreaterThanOrEqualTo(table.Date(row, start)!.Value, $"{name}: {end} before {start}");
        }

        // An early help referral comes before the episode it starts.
        var starts = Dates("ssd_early_help_episodes", "earl_episode_id", "earl_episode_start_date");
        var details = mid.Generated.Table("ext_early_help_episode_details");
        foreach (var row in details.Rows)
            details.Date(row, "exte_referral_date")!.Value.ShouldBeLessThanOrEqualTo(starts[details.Get(row, "exte_episode_id")]);
    }

    [Fact]
    public void Generate_GivesAnEarlyHelpOutcomeToTenToTwentyPercentOfContacts()
    {
        var outcomes = mid.Generated.Table("ssd_contacts").Column("cont_contact_outcome_json").Select(j => JsonSerializer.Deserialize<string[]>(j)!).ToList();

        var earlyHelp = outcomes.Count(o => o.Contains("EH Referral")) / (double)outcomes.Count;
        var socialCare = outcomes.Count(o => o.Contains("CIN Referral")) / (double)outcomes.Count;

        earlyHelp.ShouldBeInRange(0.10, 0.20);
        socialCare.ShouldBeInRange(0.15, 0.30);
        // Roughly three contacts per child over the window.
        (outcomes.Count / 3000.0).ShouldBeInRange(2.5, 3.5);
    }

    [Fact]
    public void Generate_MakesTwelveToThirtyPercentOfReferralsReReferrals()
    {
        var referrals = mid.Generated.Table("ssd_cin_episodes");
        var byChild = referrals.Rows.GroupBy(r => referrals.Get(r, "cine_person_id"))
            .ToDictionary(g => g.Key, g => g.Select(r => referrals.Date(r, "cine_referral_date")!.Value.DayNumber).ToList());

        var reReferrals = referrals.Rows.Count(r =>
        {
            var day = referrals.Date(r, "cine_referral_date")!.Value.DayNumber;
            return byChild[referrals.Get(r, "cine_person_id")].Any(other => day - other is >= 1 and <= 365);
        });

        (reReferrals / (double)referrals.Rows.Count).ShouldBeInRange(0.12, 0.30);
        (referrals.Column("cine_referral_nfa").Count(v => v == "Y") / (double)referrals.Rows.Count).ShouldBeInRange(0.30, 0.40);
    }

    [Fact]
    public void Generate_StepsUpAndStepsDownInEveryFinancialYear()
    {
        var episodes = mid.Generated.Table("ssd_early_help_episodes");
        var referrals = mid.Generated.Table("ssd_cin_episodes");
        var acceptedReferrals = referrals.Rows.Where(r => referrals.Get(r, "cine_referral_nfa") == "N")
            .GroupBy(r => referrals.Get(r, "cine_person_id"))
            .ToDictionary(g => g.Key, g => g.Select(r => referrals.Date(r, "cine_referral_date")!.Value).ToList());

        // EH07: the first accepted referral from the episode's start to 30 days after its end; or a step-up ending.
        var stepUpYears = new HashSet<int>();
        foreach (var row in episodes.Rows)
        {
            var start = episodes.Date(row, "earl_episode_start_date")!.Value;
            var end = episodes.Date(row, "earl_episode_end_date") ?? mid.Generated.Options.Until;
            var referral = acceptedReferrals.GetValueOrDefault(episodes.Get(row, "earl_person_id"), [])
                .Where(d => d >= start && d <= end.AddDays(30)).Order().FirstOrDefault();
            if (referral != default) stepUpYears.Add(FinancialYear(referral));
            else if (episodes.Get(row, "earl_episode_end_reason") == "SU") stepUpYears.Add(FinancialYear(end));
        }
        var stepDownYears = referrals.Rows.Where(r => referrals.Get(r, "cine_close_reason") == "RC9")
            .Select(r => FinancialYear(referrals.Date(r, "cine_close_date")!.Value)).ToHashSet();

        var years = Enumerable.Range(FinancialYear(mid.Generated.Options.From), FinancialYear(mid.Generated.Options.Until) - FinancialYear(mid.Generated.Options.From) + 1).ToList();
        years.ShouldAllBe(y => stepUpYears.Contains(y));
        years.ShouldAllBe(y => stepDownYears.Contains(y));
    }

    [Fact]
    public void Generate_FollowsEveryStepDownWithEarlyHelpWithin30Days()
    {
        var referrals = mid.Generated.Table("ssd_cin_episodes");
        var episodes = mid.Generated.Table("ssd_early_help_episodes");
        var starts = episodes.Rows.GroupBy(r => episodes.Get(r, "earl_person_id"))
            .ToDictionary(g => g.Key, g => g.Select(r => episodes.Date(r, "earl_episode_start_date")!.Value.DayNumber).ToList());

        var stepDowns = referrals.Rows.Where(r => referrals.Get(r, "cine_close_reason") == "RC9").ToList();

        stepDowns.Count.ShouldBeGreaterThan(20);
        foreach (var row in stepDowns)
        {
            var closed = referrals.Date(row, "cine_close_date")!.Value.DayNumber;
            starts.GetValueOrDefault(referrals.Get(row, "cine_person_id"), []).ShouldContain(s => s >= closed && s <= closed + 30);
            referrals.Get(row, "cine_referral_outcome_json").ShouldContain("Step-down to Early Help");
        }
    }

    [Fact]
    public void Generate_GradesMostAuditSectionsGoodOrRequiresImprovement()
    {
        var audits = mid.Generated.Table("ext_case_audits");
        var grades = audits.Column("audt_grade").ToList();

        (grades.Count(g => g is "2" or "3") / (double)grades.Count).ShouldBeGreaterThanOrEqualTo(0.6);
        grades.Distinct().Order().ShouldBe(new[] { "1", "2", "3", "4" });
        // Six sections per audit, every one of them graded.
        audits.Rows.GroupBy(r => audits.Get(r, "audt_audit_id")).ShouldAllBe(g => g.Count() == 6);
        var moderated = audits.Rows.Count(r => audits.Get(r, "audt_moderated_grade").Length > 0) / (double)audits.Rows.Count;
        moderated.ShouldBeInRange(0.2, 0.4);
    }

    [Fact]
    public void Generate_AddsDirtyRowsOfEveryKind_WhenDirtyShareIsSet()
    {
        using var dirty = new GeneratedFolder(small.Generated.Options with { DirtyShare = 0.05 });
        var extract = dirty.Extract;
        var clean = small.Generated.Extract;

        foreach (var kind in Enum.GetNames<DirtyRowKind>()) extract.DirtyRowsPerKind[kind].ShouldBeGreaterThan(0, kind);
        extract.DirtyRowsPerTable.Values.Sum().ShouldBe(extract.DirtyRowsPerKind.Values.Sum());
        // Dirty rows are extra: take them away and the clean extract's counts are left, exactly.
        extract.DirtyRowsPerTable.Values.Sum().ShouldBe(extract.TotalRows - clean.TotalRows);
        foreach (var table in ExtractContract.Tables.Select(t => t.Name))
        {
            (extract.RowsPerTable[table] - extract.DirtyRowsPerTable[table]).ShouldBe(clean.RowsPerTable[table], table);
            dirty.Table(table).Rows.Count.ShouldBe(extract.RowsPerTable[table], table);
            if (FactTablesWithDefects.Contains(table))
                (extract.DirtyRowsPerTable[table] / (double)clean.RowsPerTable[table]).ShouldBeInRange(0.04, 0.051, table);
            else
                extract.DirtyRowsPerTable[table].ShouldBe(0, table);
        }
    }

    [Fact]
    public async Task Load_ReadsEveryRowAndRejectsExactlyTheUnusableDirtyOnes_ForAGeneratedExtract()
    {
        using var warehouse = new TestWarehouse();
        var extract = new SyntheticCouncilGenerator(SyntheticCouncilOptions.Sized(300) with { DirtyShare = 0.05 })
            .Write(Path.Combine(warehouse.Folder, "extract"));

        var result = await warehouse.Loader.LoadAsync(extract.Folder);

        result.Succeeded.ShouldBeTrue(result.Message);
        foreach (var table in result.Tables)
        {
            table.RowsRead.ShouldBe(extract.RowsPerTable[table.Table], table.Table);
            // An unknown code in an optional column (a contact's source, an episode's end reason) loads with a warning.
            table.RowsRejected.ShouldBe(extract.RejectedRows(table.Table), table.Table);
            table.RowsWithWarnings.ShouldBe(extract.WarnedRowsPerTable[table.Table], table.Table);
        }
        result.Tables.Count.ShouldBe(ExtractContract.Tables.Count);
        result.RowsRejected.ShouldBe(extract.DirtyRowsPerTable.Values.Sum() - extract.WarnedRowsPerTable.Values.Sum());
        result.RowsRejected.ShouldBeGreaterThan(0);
        result.RowsWithWarnings.ShouldBeGreaterThan(0);
        result.Tables.Single(t => t.Table == "ssd_person").IgnoredColumns.ShouldBe(ExtraColumns("ssd_person"));
    }

    private Dictionary<string, DateOnly> Dates(string tableName, string idColumn, string dateColumn)
    {
        var table = mid.Generated.Table(tableName);
        return table.Rows.ToDictionary(r => table.Get(r, idColumn), r => table.Date(r, dateColumn)!.Value, StringComparer.Ordinal);
    }

    /// <summary>The column the generator adds that the contract does not know (only ssd_person has one).</summary>
    private static string[] ExtraColumns(string table) => table == "ssd_person" ? ["pers_legacy_flag"] : [];

    private static int FinancialYear(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;
}
