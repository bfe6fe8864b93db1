using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.SampleData;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Facts;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Tests;

/// <summary>
/// Which measures an incremental refresh redoes: those reading records that loads since the last refresh changed,
/// each from its own date. Whatever it leaves, the snapshot and both published tables equal a full refresh's.
/// </summary>
public class IncrementalRefreshScopeTests
{
    [Fact]
    public void EntitiesRead_AreTheDefinitionsOwn_IncludingSetsBuiltInHelpers()
    {
        using var db = new SqlServerWarehouseContext(new DbContextOptionsBuilder<SqlServerWarehouseContext>()
            .UseSqlServer("Server=unused;Database=Scorecard;Trusted_Connection=True").Options);
        IReadOnlySet<Type> Read(string code) => MeasureSources.EntitiesRead(db, MeasureCatalogue.Find(code)!);

        // EH01: periods and the episodes open at their end dates in its definition; the hierarchy, the units (breakdown
        // levels) and people (sex, ethnicity, age) in the roll-up. Nothing else.
        Read("EH01").ShouldBe(new HashSet<Type> { typeof(Period), typeof(EarlyHelpOpenAtPeriodEnd), typeof(OrganisationUnitAncestor), typeof(OrganisationUnit), typeof(Person) }, ignoreOrder: true);
        // EH07 reads referrals only through StepUps(c), a set built in a helper the query calls.
        Read("EH07").ShouldContain(typeof(SocialCareReferral));
        // CS04 takes its team from the referral the plan follows, in a lookup inside the member (its hand-kept
        // RequiredTables lists only ssd_cp_plans).
        Read("CS04").ShouldContain(typeof(SocialCareReferral));
        // EH14 reads plan reviews in a lookup captured from its context (c.Db.PlanReviews); EH15 the working days.
        Read("EH14").ShouldContain(typeof(PlanReview));
        Read("EH15").ShouldContain(typeof(CalendarDate));
        // EH09 counts contacts at the front door: no episode, referral or audit.
        Read("EH09").ShouldNotContain(typeof(EarlyHelpEpisode));
        Read("EH09").ShouldNotContain(typeof(SocialCareReferral));
        Read("EH09").ShouldContain(typeof(Contact));
    }

    [Fact]
    public void PropertiesRead_AreTheMembersTheDefinitionUses()
    {
        using var db = new SqlServerWarehouseContext(new DbContextOptionsBuilder<SqlServerWarehouseContext>()
            .UseSqlServer("Server=unused;Database=Scorecard;Trusted_Connection=True").Options);
        IReadOnlySet<string>? Read(string code, Type entity) => MeasureSources.RecordsRead(db, MeasureCatalogue.Find(code)!).Properties[entity];
        var closure = new HashSet<string> { nameof(EarlyHelpEpisode.EndDate), nameof(EarlyHelpEpisode.EndReasonCode) };

        // EH02 counts starts: the episode's start date, team, child, key and id (as a record to drill to), nothing else.
        Read("EH02", typeof(EarlyHelpEpisode)).ShouldBe(new HashSet<string> { "StartDate", "OrgUnitKey", "PersonKey", "EpisodeKey", "EpisodeId" }, ignoreOrder: true);
        // EH03 counts closures by their end date; EH07 reads the end reason too (an episode ended as a step-up).
        Read("EH03", typeof(EarlyHelpEpisode))!.ShouldContain(nameof(EarlyHelpEpisode.EndDate));
        Read("EH07", typeof(EarlyHelpEpisode))!.ShouldContain(nameof(EarlyHelpEpisode.EndReasonCode));
        // EH04 takes only the team from the episode its assessment belongs to (the join key and the team).
        Read("EH04", typeof(EarlyHelpEpisode)).ShouldBe(new HashSet<string> { "EpisodeKey", "OrgUnitKey" }, ignoreOrder: true);
        // A closure changes none of what EH02, EH04, EH08, EH15, EH16 or PT02 read of an episode.
        foreach (var code in new[] { "EH02", "EH04", "EH08", "EH15", "EH16", "PT02" })
            Read(code, typeof(EarlyHelpEpisode))!.Overlaps(closure).ShouldBeFalse(code);
        // People are broken down by sex, ethnic group and age (the month of birth), and read by key.
        Read("EH02", typeof(Person)).ShouldBe(new HashSet<string> { "PersonKey", "Sex", "EthnicityGroup", "MonthOfBirth" }, ignoreOrder: true);
        // EH09 needs a field some sources cannot express: whether it is available follows its contacts' loads (their lineage).
        Read("EH09", typeof(Contact))!.ShouldContain("LineageBatchId");
        Read("EH03", typeof(EarlyHelpEpisode))!.ShouldNotContain("LineageBatchId");
    }

    [Fact]
    public void LoadedTables_KnowEveryTableOfTheExtractContract_AndTheRecordsItIsMergedInto()
    {
        using var db = new SqlServerWarehouseContext(new DbContextOptionsBuilder<SqlServerWarehouseContext>()
            .UseSqlServer("Server=unused;Database=Scorecard;Trusted_Connection=True").Options);
        foreach (var table in ExtractContract.Tables)
            LoadedTables.Changed(db.Model, table.Name, deleted: false).ShouldNotBeNull(table.Name).Keys.ShouldContain(table.Entity, table.Name);
        // Involvements give episodes their teams.
        LoadedTables.Changed(db.Model, "ssd_involvements", false)!.Keys.ShouldContain(typeof(EarlyHelpEpisode));
        // A deleted episode takes its assessments, reviews and scores with it, and its audits lose the reference.
        var deleted = LoadedTables.Changed(db.Model, "ssd_early_help_episodes", deleted: true)!.Keys.ToList();
        deleted.ShouldContain(typeof(EarlyHelpAssessment));
        deleted.ShouldContain(typeof(CaseAudit));
        deleted.ShouldNotContain(typeof(Contact));
        // Whatever changes episodes changes the episodes open at period end, which the refresh writes from them.
        LoadedTables.Changed(db.Model, "ssd_early_help_episodes", deleted: false)!.Keys.ShouldContain(typeof(EarlyHelpOpenAtPeriodEnd));
        LoadedTables.Changed(db.Model, "ssd_department", deleted: false)!.Keys.ShouldContain(typeof(EarlyHelpOpenAtPeriodEnd));
        deleted.ShouldContain(typeof(EarlyHelpOpenAtPeriodEnd));
        // A table this refresh does not know changes everything.
        LoadedTables.Changed(db.Model, "ssd_something_new", false).ShouldBeNull();
        // A load that changed only some properties of episodes changed those, and the episodes open at period end whole
        // (the refresh writes them from the episodes); the workers and organisations the table can name, nothing.
        var closed = LoadedTables.Changed(db.Model, "ssd_early_help_episodes", false, ["EarlyHelpEpisode.EndDate", "EarlyHelpEpisode.EndReasonCode"])!;
        closed[typeof(EarlyHelpEpisode)].ShouldBe(new HashSet<string> { "EndDate", "EndReasonCode" }, ignoreOrder: true);
        closed[typeof(EarlyHelpOpenAtPeriodEnd)].ShouldBeNull();
        closed.Keys.ShouldNotContain(typeof(Professional));
        // Properties of a record the table is not merged into, or that the record lacks, cannot be placed: every property.
        LoadedTables.Changed(db.Model, "ssd_early_help_episodes", false, ["Contact.ContactDate"])![typeof(EarlyHelpEpisode)].ShouldBeNull();
        LoadedTables.Changed(db.Model, "ssd_early_help_episodes", false, ["EarlyHelpEpisode.NoSuchThing"])![typeof(EarlyHelpEpisode)].ShouldBeNull();
        // A deletion changes more than columns, whatever the load recorded.
        LoadedTables.Changed(db.Model, "ssd_early_help_episodes", true, ["EarlyHelpEpisode.EndDate"])![typeof(EarlyHelpEpisode)].ShouldBeNull();
    }

    [Fact]
    public async Task AContactLoadedOnItsOwn_RedoesOnlyTheMeasureCountingContacts_AndAgreesWithAFullRefresh()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);

        AddSeptemberContact(folder);
        var before = await w.CountsAsync("EH09", "2026-09");
        var episodesBefore = await LineageAsync(w, "EH01");
        var second = await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load);
        second.Tables.Single(t => t.Table == "ssd_contacts").RowsInserted.ShouldBe(1);

        var incremental = await w.RefreshAsync();

        // Contacts are read by EH09 alone; it has no settling window, so it is redone from the contact's date: the
        // periods ending on or after 2026-09-20 are September 2026, 2026-27 Q2, 2026-27 and 2026.
        incremental.Kind.ShouldBe("Incremental");
        incremental.MeasuresRecomputed.ShouldBe(["EH09"]);
        incremental.RecomputedFrom.ShouldBe(new DateOnly(2026, 9, 20));
        incremental.PeriodsRecomputed.ShouldBe(4);
        incremental.Message.ShouldContain("EH01");
        (await w.CountsAsync("EH09", "2026-09")).ShouldBe((before.Numerator + 1, before.Denominator + 1));
        // The early help measures' values are the ones written by the first refresh.
        (await LineageAsync(w, "EH01")).ShouldBe(episodesBefore);
        await ShouldEqualAFullRefreshAsync(w);
    }

    [Fact]
    public async Task AWarehouseMadeBeforeTheOpenEpisodesTable_HasItWrittenWhole_AtItsNextRefresh()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);
        // As a warehouse migrated from before the table existed: the snapshot is there, the table is empty.
        await using (var db = w.Open()) await db.EarlyHelpOpenAtPeriodEnd.ExecuteDeleteAsync();
        // A load that changes no episode, so no measure reading the table is redone (EH09 alone is).
        AddSeptemberContact(folder);
        (await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load)).Tables.Single(t => t.Table == "ssd_contacts").RowsInserted.ShouldBe(1);

        var incremental = await w.RefreshAsync();

        incremental.MeasuresRecomputed.ShouldBe(["EH09"]);
        // Every end date written all the same: the table holds what a full refresh writes.
        incremental.OpenAtPeriodEnd.Rows.ShouldBeGreaterThan(0);
        await ShouldEqualAFullRefreshAsync(w);
    }

    [Fact]
    public async Task AnEpisodeMovedToAnotherTeam_RedoesTheMeasuresReadingEpisodes_AndAgreesWithAFullRefresh()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);

        // An episode open at the end of the data moves to another team (its details name the team; the move is dated
        // by the details' referral date).
        var (column, episodes) = EpisodesOf(folder);
        var open = episodes.Where(c => c[column("earl_episode_end_date")].Length == 0).Select(c => c[column("earl_episode_id")]).ToHashSet();
        var details = Path.Combine(folder, "ext_early_help_episode_details.csv");
        var lines = File.ReadAllLines(details);
        var header = lines[0].Split(',');
        int id = Array.IndexOf(header, "exte_episode_id"), team = Array.IndexOf(header, "exte_team_id"), referred = Array.IndexOf(header, "exte_referral_date");
        var row = Array.FindIndex(lines, 1, l => l.Split(',') is var c && open.Contains(c[id]) && c[team].Length > 0 && c[referred].Length > 0);
        var cells = lines[row].Split(',');
        cells[team] = lines.Skip(1).Select(l => l.Split(',')[team]).First(t => t.Length > 0 && t != cells[team]);
        lines[row] = string.Join(',', cells);
        File.WriteAllLines(details, lines);
        (await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load)).Status.ShouldBe(LoadStatus.Succeeded);

        var incremental = await w.RefreshAsync();

        // Every measure that reads an episode's team is redone (the team is where they count), those a closure leaves
        // (below) included: EH02, EH04, EH15, EH16 and PT02 count in the episode's team. EH08 reads episodes only for
        // the child's earlier start (a step-down counts in the referral's team) and keeps its values; social care,
        // contacts, audits, the family programme and feedback do not read episodes at all.
        ShouldRedo(incremental, redone: ["EH01", "EH07", "PT01", "EH02", "EH04", "EH15", "EH16", "PT02"], kept: ["CS02", "EH09", "EH08"]);
        await ShouldEqualAFullRefreshAsync(w);
    }

    [Fact]
    public async Task AnEpisodeClosed_LeavesTheValuesItDidNotMoveAsTheyWere_AndAgreesWithAFullRefresh()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);
        CloseAnOpenEpisode(folder);
        var startsBefore = await LineageAsync(w, "EH02");
        var openBefore = await LineageAsync(w, "EH01");
        var load = await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load);
        load.Status.ShouldBe(LoadStatus.Succeeded);
        // The load changed one row already there, in its end date (with the date's key) and end reason, and the row's lineage.
        load.Tables.Single(t => t.Table == "ssd_early_help_episodes").ChangedProperties
            .ShouldBe(["EarlyHelpEpisode.EndDate", "EarlyHelpEpisode.EndDateKey", "EarlyHelpEpisode.EndReasonCode", "EarlyHelpEpisode.LineageBatchId"], ignoreOrder: true);

        var incremental = await w.RefreshAsync();

        // Redone, each reading the end date or the end reason: EH03 (closures), EH06 (closures with a baseline and a
        // later score), EH07 and EH17 (step-ups up to 30 days after the end; an end reason of step-up), EH11
        // (re-referrals after a closure), PT01 (episodes open in the period); and those counted at
        // period end (EH01, EH05, EH13A, EH13B, EH14), which read the episodes open at each end date, a table the
        // refresh writes from the episodes and so takes as changed whole. EH02 (starts) reads neither but is redone
        // with EH11, whose denominators are its counts (MeasureRefresher.RedoneWithTheirCounts), to the values stored.
        // Kept, reading neither: EH04 (assessments completed, in the episode's team), EH08 (step-downs: the child's
        // episode start), EH15 (working days from referral to start), EH16 (a TAF review within six weeks of the start,
        // a percentage of EH02 not redone itself) and PT02 (organisations completing assessments, in the episode's
        // team). Kept though it reads the end date: EH12 (sustained outcomes) counts closures 12 to 24 months before a
        // period's end, so one on 2026-09-20 counts first in a period ending on or after 2026-09-20 plus 365 days; the
        // last period the data reaches, the financial year 2026-27, ends on 2027-03-31. The child is no longer open at
        // the end of September in the episode's team: EH01's values there are written again, as of the second load;
        // EH02's stay as the first refresh wrote them (its batch).
        ShouldRedo(incremental, redone: ["EH01", "EH02", "EH03", "EH05", "EH06", "EH07", "EH11", "EH13A", "EH13B", "EH14", "EH17", "PT01"],
            kept: ["EH04", "EH08", "EH12", "EH15", "EH16", "PT02", "EH09"]);
        (await LineageAsync(w, "EH02")).ShouldBe(startsBefore);
        (await LineageAsync(w, "EH01")).ShouldNotBe(openBefore);
        // EH02's rows, which EH11 takes its denominators from, were taken as stored, not counted again.
        incremental.SecondsPerMeasure.Keys.ShouldNotContain("EH02");
        await ShouldEqualAFullRefreshAsync(w);
    }

    [Fact]
    public async Task ACountWhoseStoredValuesSayNotAvailable_IsCountedAgain_ForThePercentageTakingItsDenominators()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);
        CloseAnOpenEpisode(folder);
        (await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load)).Status.ShouldBe(LoadStatus.Succeeded);
        // One of EH02's values in the calendar year 2026, which the closure's refresh redoes for EH11, stored as "not
        // available" (as a refresh by a catalogue that could not count it would have left it): its stored values cannot
        // stand for its count there.
        await using (var db = w.Open())
        {
            var year = await db.Periods.Where(p => p.Grain == Scorecard.Warehouse.Calendar.PeriodGrain.CalendarYear && p.EndDate == new DateOnly(2026, 12, 31)).Select(p => p.PeriodKey).SingleAsync();
            (await db.MeasureValues.Where(v => v.MeasureCode == "EH02" && v.PeriodKey == year && v.BreakdownKind == "All").Take(1)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.IsAvailable, false))).ShouldBe(1);
        }

        var incremental = await w.RefreshAsync();

        // EH02 counted again, its value there written as counted, and EH11's denominators its counts: a full refresh agrees.
        incremental.SecondsPerMeasure.Keys.ShouldContain("EH02");
        ShouldRedo(incremental, redone: ["EH02", "EH11"], kept: ["EH09"]);
        await ShouldEqualAFullRefreshAsync(w);
    }

    /// <summary>The extract's early help episodes, each row split into its cells, and the index of a column by its name.</summary>
    private static (Func<string, int> Column, List<string[]> Rows) EpisodesOf(string folder)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, "ssd_early_help_episodes.csv"));
        var header = lines[0].Split(',');
        return (name => Array.IndexOf(header, name), lines.Skip(1).Select(l => l.Split(',')).ToList());
    }

    /// <summary>An episode open at the end of the data, started before September 2026, closes on 2026-09-20 with outcomes met.</summary>
    private static void CloseAnOpenEpisode(string folder)
    {
        var file = Path.Combine(folder, "ssd_early_help_episodes.csv");
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',');
        int start = Array.IndexOf(header, "earl_episode_start_date"), end = Array.IndexOf(header, "earl_episode_end_date"), reason = Array.IndexOf(header, "earl_episode_end_reason");
        var row = Array.FindIndex(lines, 1, l => l.Split(',') is var c && c[end].Length == 0 && string.CompareOrdinal(c[start], "2026-09-01") < 0);
        var cells = lines[row].Split(',');
        cells[end] = "2026-09-20";
        cells[reason] = "OM";
        lines[row] = string.Join(',', cells);
        File.WriteAllLines(file, lines);
    }

    [Fact]
    public async Task AReferralAfterAClosureAYearBefore_RedoesTheSustainedOutcomes_AndAgreesWithAFullRefresh()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);

        // An episode closed with outcomes met in the last quarter of 2025, whose child has had no social care referral
        // since and no other such closure since 2025 began, gets one on 2026-09-20, within 365 days of the closure (a
        // referral file's columns after the third hold quoted lists with commas; only the first three are read here).
        var (column, episodes) = EpisodesOf(folder);
        int person = column("earl_person_id"), end = column("earl_episode_end_date"), reason = column("earl_episode_end_reason");
        var referralsFile = Path.Combine(folder, "ssd_cin_episodes.csv");
        var referrals = File.ReadAllLines(referralsFile).Skip(1).Select(l => l.Split(',')).Select(c => (Person: c[1], Date: DateOnly.Parse(c[2], CultureInfo.InvariantCulture))).ToList();
        var closures = episodes.Where(c => c[reason] == "OM" && string.CompareOrdinal(c[end], "2025-01-01") >= 0)
            .Select(c => (Person: c[person], End: DateOnly.Parse(c[end], CultureInfo.InvariantCulture))).ToList();
        var closure = closures.Where(c => c.End >= new DateOnly(2025, 10, 1) && c.End <= new DateOnly(2025, 12, 31))
            .First(c => closures.Count(o => o.Person == c.Person) == 1 && !referrals.Any(r => r.Person == c.Person && r.Date >= c.End));
        var team = File.ReadAllLines(referralsFile)[1].Split(',')[^1];
        File.AppendAllLines(referralsFile, [$"R-NEW-1,{closure.Person},2026-09-20,5A,\"[\"\"Single Assessment\"\"]\",N,,,{team}"]);
        var sustainedBefore = await SustainedIn2026Async(w);
        (await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load)).Status.ShouldBe(LoadStatus.Succeeded);

        var incremental = await w.RefreshAsync();

        // A referral moves EH12 from its own date, not a year later as a closure does: it decides the closures up to 365
        // days before it, and a closure at the end of 2025 counts in the calendar year 2026 (closures 12 to 24 months
        // before 31 December 2026). There the closure is still in the denominator and is no longer sustained: the
        // authority's numerator one less, its denominator the same.
        ShouldRedo(incremental, redone: ["EH12"], kept: ["EH09"]);
        var sustainedAfter = await SustainedIn2026Async(w);
        sustainedAfter.ShouldBe((sustainedBefore.Numerator - 1, sustainedBefore.Denominator));
        await ShouldEqualAFullRefreshAsync(w);
    }

    /// <summary>EH12 for the authority in the calendar year 2026.</summary>
    private static async Task<(int Numerator, int? Denominator)> SustainedIn2026Async(TestWarehouse w)
    {
        await using var db = w.Open();
        var year = await db.Periods.Where(p => p.Grain == Scorecard.Warehouse.Calendar.PeriodGrain.CalendarYear && p.EndDate == new DateOnly(2026, 12, 31)).Select(p => p.PeriodKey).SingleAsync();
        var authority = await db.OrganisationUnits.Where(u => u.OrgUnitId == OrganisationUnit.AuthorityId).Select(u => u.OrgUnitKey).SingleAsync();
        var value = await db.MeasureValues.Where(v => v.MeasureCode == "EH12" && v.PeriodKey == year && v.OrgUnitKey == authority && v.BreakdownKind == "All").SingleAsync();
        return (value.Numerator, value.Denominator);
    }

    [Fact]
    public async Task AClosureLoadedBeforeChangedPropertiesWereRecorded_RedoesEveryMeasureReadingEpisodes()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);
        ColumnOnlyChanges.Apply(folder, "ssd_early_help_episodes");
        var load = await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load);
        load.Tables.Single(t => t.Table == "ssd_early_help_episodes").ChangedProperties.ShouldNotBeNull();
        // As a batch recorded before the warehouse kept the properties a load changed: its column is null.
        await using (var db = w.Open())
            await db.LoadBatchTables.Where(t => t.LoadBatchId == load.BatchId).ExecuteUpdateAsync(s => s.SetProperty(t => t.ChangedProperties, (string?)null));

        var incremental = await w.RefreshAsync();

        // Every property of the episodes counts as changed: EH02 and EH16 (starts), which a start date moved a day
        // would redo anyway, and EH03 (closures), EH04 and PT02 (assessments in the episode's team), which it would not.
        ShouldRedo(incremental, redone: ["EH02", "EH16", "EH03", "EH04", "PT02"], kept: ["EH09", "CS02"]);
        await ShouldEqualAFullRefreshAsync(w);
    }

    [Fact]
    public async Task APersonsEthnicityChanged_RedoesEverything()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);

        // People carry no date: a changed one can move any period of any measure's breakdowns.
        var file = Path.Combine(folder, "ssd_person.csv");
        var lines = File.ReadAllLines(file);
        var ethnicity = Array.IndexOf(lines[0].Split(','), "pers_ethnicity");
        var cells = lines[1].Split(',');
        cells[ethnicity] = cells[ethnicity] == "WBRI" ? "APKN" : "WBRI";
        lines[1] = string.Join(',', cells);
        File.WriteAllLines(file, lines);
        (await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load)).Status.ShouldBe(LoadStatus.Succeeded);

        var refresh = await w.RefreshAsync();

        refresh.Kind.ShouldBe("Full");
        refresh.MeasuresRecomputed.Count.ShouldBe(MeasureCatalogue.All.Count);
        refresh.PeriodsRecomputed.ShouldBe(refresh.PeriodsTotal);
    }

    [Fact]
    public async Task AnEpisodeDeletedAtSource_RedoesWhatReferredToIt_AndAgreesWithAFullRefresh()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);

        // The next snapshot no longer has an episode closed in 2026 (deleted in the case system): its assessments,
        // reviews and scores go with it, and audits of it lose the reference.
        var file = Path.Combine(folder, "ssd_early_help_episodes.csv");
        var lines = File.ReadAllLines(file).ToList();
        var end = Array.IndexOf(lines[0].Split(','), "earl_episode_end_date");
        lines.RemoveAt(lines.FindIndex(1, l => l.Split(',')[end].StartsWith("2026-06", StringComparison.Ordinal)));
        File.WriteAllLines(file, lines);
        var second = await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load);
        second.Tables.Single(t => t.Table == "ssd_early_help_episodes").RowsDeleted.ShouldBe(1);

        var incremental = await w.RefreshAsync();

        // Audits and feedback refer to episodes: QA01-QA03 and FB01 are redone with the early help measures though
        // their values cannot move (being safe costs little). Contacts and referrals refer to no episode.
        ShouldRedo(incremental, redone: ["EH01", "QA01", "FB01"], kept: ["EH09", "CS02"]);
        await ShouldEqualAFullRefreshAsync(w);
    }

    [Fact]
    public async Task AnAssessmentCompletedEarlierThanAClosure_RedoesThePercentageFromItsOwnDate_AndAgreesWithAFullRefresh()
    {
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);

        // An assessment of an episode still open at the end of the data is completed on 2026-07-10, and another open
        // episode closes on 2026-09-20. EH05 (open cases with an EHA) reads both and is redone from July; its
        // denominator, EH01, reads episodes only and would be redone from September; it is redone with EH05 from July
        // (MeasureRefresher.RedoneWithTheirCounts), so EH05 takes its denominators from EH01's counts there too.
        var episodes = File.ReadAllLines(Path.Combine(folder, "ssd_early_help_episodes.csv")).ToList();
        var eh = episodes[0].Split(',');
        int episodeId = Array.IndexOf(eh, "earl_episode_id"), start = Array.IndexOf(eh, "earl_episode_start_date"), end = Array.IndexOf(eh, "earl_episode_end_date"), reason = Array.IndexOf(eh, "earl_episode_end_reason");
        var open = episodes.Skip(1).Select(l => l.Split(',')).Where(c => c[end].Length == 0 && string.CompareOrdinal(c[start], "2026-06-01") < 0).Select(c => c[episodeId]).ToList();

        var assessments = Path.Combine(folder, "ext_early_help_assessments.csv");
        var lines = File.ReadAllLines(assessments);
        var header = lines[0].Split(',');
        int assessed = Array.IndexOf(header, "ehas_episode_id"), completed = Array.IndexOf(header, "ehas_completed_date");
        var row = Array.FindIndex(lines, 1, l => l.Split(',') is var c && open.Contains(c[assessed]) && c[completed].Length == 0);
        row.ShouldBeGreaterThan(0, "the generated council should have an open episode with an assessment not yet completed");
        var cells = lines[row].Split(',');
        cells[completed] = "2026-07-10";
        lines[row] = string.Join(',', cells);
        File.WriteAllLines(assessments, lines);

        var closing = episodes.FindIndex(1, l => l.Split(',') is var c && c[end].Length == 0 && c[episodeId] != cells[assessed] && string.CompareOrdinal(c[start], "2026-09-01") < 0);
        var episode = episodes[closing].Split(',');
        episode[end] = "2026-09-20";
        episode[reason] = "OM";
        episodes[closing] = string.Join(',', episode);
        File.WriteAllLines(Path.Combine(folder, "ssd_early_help_episodes.csv"), episodes);
        (await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load)).Status.ShouldBe(LoadStatus.Succeeded);

        var incremental = await w.RefreshAsync();

        ShouldRedo(incremental, redone: ["EH01", "EH05"], kept: ["EH09", "CS02"]);
        incremental.RecomputedFrom.ShouldBe(new DateOnly(2026, 7, 10));
        await ShouldEqualAFullRefreshAsync(w);
    }

    [Fact]
    public async Task ANewTeam_MakesTheNextRefreshAFullOne_AndTheEpisodeItGivesATeamCountsInIt()
    {
        using var w = new TestWarehouse();
        var folder = Path.Combine(w.Folder, "extract");
        new SyntheticCouncilGenerator(RefreshTestCouncil.Options()).Write(folder);

        // An open episode whose case system writes its allocated team in earl_episode_organisation (as Eclipse and
        // Mosaic do), a team the first extract's team list does not have yet: no team from its details, no
        // involvement of the child, so it counts at the authority only.
        var episodesFile = Path.Combine(folder, "ssd_early_help_episodes.csv");
        var episodes = File.ReadAllLines(episodesFile);
        var eh = episodes[0].Split(',');
        int id = Array.IndexOf(eh, "earl_episode_id"), person = Array.IndexOf(eh, "earl_person_id"), end = Array.IndexOf(eh, "earl_episode_end_date"), organisation = Array.IndexOf(eh, "earl_episode_organisation");
        var row = Array.FindIndex(episodes, 1, l => l.Split(',')[end].Length == 0);
        var cells = episodes[row].Split(',');
        cells[organisation] = "T-WEST-NEW";
        episodes[row] = string.Join(',', cells);
        File.WriteAllLines(episodesFile, episodes);
        Rewrite(Path.Combine(folder, "ext_early_help_episode_details.csv"), "exte_episode_id", cells[id], "exte_team_id", "");
        var involvements = Path.Combine(folder, "ssd_involvements.csv");
        var lines = File.ReadAllLines(involvements);
        var child = Array.IndexOf(lines[0].Split(','), "invo_person_id");
        File.WriteAllLines(involvements, lines.Where((l, i) => i == 0 || l.Split(',')[child] != cells[person]));
        (await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load)).Status.ShouldBe(LoadStatus.Succeeded);
        (await w.RefreshAsync()).Kind.ShouldBe("Full");

        // The next day the council sends its team list, now with that team, and the people as they were (the one
        // file an extract cannot do without): no episode, involvement or details file.
        var teams = Path.Combine(w.Folder, "teams");
        Directory.CreateDirectory(teams);
        File.Copy(Path.Combine(folder, "ssd_person.csv"), Path.Combine(teams, "ssd_person.csv"));
        var department = File.ReadAllLines(Path.Combine(folder, "ssd_department.csv")).ToList();
        department.Add("T-WEST-NEW,West Early Help Team 3,L-WEST,West locality");
        File.WriteAllLines(Path.Combine(teams, "ssd_department.csv"), department);
        var teamLoad = await w.Loader.LoadAsync(teams, RefreshTestCouncil.Load);
        teamLoad.Status.ShouldBe(LoadStatus.Succeeded, teamLoad.Message);

        var refresh = await w.RefreshAsync();

        // A new team is a new unit of every measure in every period (its 0 counts too), and here it also takes the
        // episode from the authority's "no team" into its team and locality from the episode's start, though the load
        // held no episode file: the refresh is a full one.
        refresh.Kind.ShouldBe("Full");
        await using var db = w.Open();
        var team = await db.OrganisationUnits.Where(u => u.OrgUnitId == "T-WEST-NEW").Select(u => u.OrgUnitKey).SingleAsync();
        var latestMonth = await db.Periods.Where(p => p.Grain == Scorecard.Warehouse.Calendar.PeriodGrain.Month).MaxAsync(p => p.PeriodKey);
        (await db.MeasureValues.Where(v => v.MeasureCode == "EH01" && v.OrgUnitKey == team && v.PeriodKey == latestMonth && v.BreakdownKind == "All").Select(v => v.Numerator).SingleAsync())
            .ShouldBe(1);
    }

    /// <summary>Sets one column of the rows of a CSV file whose key column has the given value.</summary>
    /// <summary>One more contact on 2026-09-20, with an early help outcome, copied from one of September's.</summary>
    private static void AddSeptemberContact(string folder)
    {
        var file = Path.Combine(folder, "ssd_contacts.csv");
        var lines = File.ReadAllLines(file).ToList();
        var header = lines[0].Split(',');
        int id = Array.IndexOf(header, "cont_contact_id"), date = Array.IndexOf(header, "cont_contact_date");
        var cells = lines.Skip(1).Select(l => l.Split(',')).First(c => c[date].StartsWith("2026-09", StringComparison.Ordinal) && string.Join(',', c).Contains("EH Referral", StringComparison.Ordinal));
        cells[id] = "C-NEW-1";
        cells[date] = "2026-09-20";
        lines.Add(string.Join(',', cells));
        File.WriteAllLines(file, lines);
    }

    private static void Rewrite(string file, string keyColumn, string key, string column, string value)
    {
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',');
        int k = Array.IndexOf(header, keyColumn), c = Array.IndexOf(header, column);
        for (var i = 1; i < lines.Length; i++)
        {
            var cells = lines[i].Split(',');
            if (cells[k] != key) continue;
            cells[c] = value;
            lines[i] = string.Join(',', cells);
        }
        File.WriteAllLines(file, lines);
    }

    /// <summary>An incremental refresh that redid these measures (among others) and left those as they were.</summary>
    private static void ShouldRedo(RefreshResult refresh, string[] redone, string[] kept)
    {
        refresh.Kind.ShouldBe("Incremental");
        foreach (var code in redone) refresh.MeasuresRecomputed.ShouldContain(code);
        foreach (var code in kept) refresh.MeasuresRecomputed.ShouldNotContain(code);
    }

    /// <summary>The batch each of a measure's values was computed as of.</summary>
    private static async Task<List<string>> LineageAsync(TestWarehouse w, string measure)
    {
        await using var db = w.Open();
        return (await db.MeasureValues.Where(v => v.MeasureCode == measure).Select(v => new { v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.LineageBatchId }).ToListAsync())
            .Select(v => $"{v.PeriodKey}|{v.OrgUnitKey}|{v.BreakdownKind}|{v.BreakdownValue}|{v.LineageBatchId}").Order(StringComparer.Ordinal).ToList();
    }

    internal static async Task ShouldEqualAFullRefreshAsync(TestWarehouse w)
    {
        var snapshot = await SnapshotAsync(w);
        var published = await PublishedAsync(w);
        (await w.RefreshAsync(RefreshMode.Full)).Kind.ShouldBe("Full");
        (await SnapshotAsync(w)).ShouldBe(snapshot);
        var publishedAfterFull = await PublishedAsync(w);
        publishedAfterFull.Count.ShouldBe(published.Count);
        publishedAfterFull.Except(published).Take(5).ShouldBeEmpty();
    }

    private static async Task<List<string>> SnapshotAsync(TestWarehouse w)
    {
        await using var db = w.Open();
        return (await db.MeasureValues.AsNoTracking().ToListAsync())
            .Select(v => string.Join("|", v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Value,
                v.IsAvailable, v.IsSmallNumber, v.IsProvisional, v.Target, v.Rag, v.PreviousValue, v.LastYearValue, v.DirectionVsPrevious, v.DirectionVsLastYear))
            .Order(StringComparer.Ordinal).Concat(await RefreshTables.OpenAtPeriodEndAsync(db)).ToList();
    }

    /// <summary>Both published tables, cell by cell, everything but the keys and the time they were written.</summary>
    private static async Task<List<string>> PublishedAsync(TestWarehouse w)
    {
        await using var db = w.Open();
        var rows = new List<string>();
        foreach (var audience in new[] { Scorecard.Warehouse.Publishing.Audience.Internal, Scorecard.Warehouse.Publishing.Audience.Partnership })
            rows.AddRange((await db.Published(audience).AsNoTracking().ToListAsync()).Select(v => string.Join("|", audience, v.MeasureCode, v.PeriodKey, v.OrgUnitKey,
                v.BreakdownKind, v.BreakdownValue, v.State, v.Numerator, v.Denominator, v.Value, v.DisplayValue, v.Target, v.Rag, v.DirectionVsPrevious,
                v.DirectionVsLastYear, v.PreviousValue, v.LastYearValue, v.IsSuppressed, v.IsProvisional, v.SettlesOn, v.PeriodIsComplete, v.Locality, v.Note)));
        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
