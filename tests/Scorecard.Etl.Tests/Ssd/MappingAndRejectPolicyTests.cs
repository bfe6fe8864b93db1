using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Etl.Tests.Ssd;

public class MappingAndRejectPolicyTests
{
    private const string People = "pers_person_id,pers_sex,pers_ethnicity,pers_dob\n970001001,F,WBRI,2015-06-14\n970001002,M,WBRI,2016-01-01\n";

    private static (string, string) Episodes(params string[] rows) =>
        Csv.Of("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_end_reason", rows);

    [Fact]
    public async Task ACouncilsMappingFile_MapsItsWords_OverridesTheDefaults_AndLeavesTheRestAsWarnings()
    {
        using var w = new TestWarehouse();
        var file = Path.Combine(w.Folder, "council-mapping.csv");
        File.WriteAllText(file, """
            # Our case system's closure reasons.
            list,value,code,note
            EarlyHelpEndReason,Closed - outcomes achieved (TAF),OM,
            EarlyHelpEndReason,NFA,OM,we use NFA for needs met
            EarlyHelpEndReason,Case transferred to Mars,,not decided yet
            """);
        var mapping = CouncilMapping.Load(file);
        var extract = w.WriteExtract("x", ("ssd_person.csv", People), Episodes(
            "E1,970001001,2024-05-01,2024-09-01,Closed - outcomes achieved (TAF)",
            "E2,970001002,2024-05-01,2024-09-01,NFA",
            "E3,970001001,2024-10-01,2024-12-01,Case transferred to Mars",
            "E4,970001002,2024-10-01,2024-12-01,Step-up"));

        var result = await w.Loader.LoadAsync(extract, new LoadOptions { Mapping = mapping });

        result.Succeeded.ShouldBeTrue(result.Message);
        result.RowsRejected.ShouldBe(0);
        await using var db = w.Open();
        string? Reason(string id) => db.EarlyHelpEpisodes.Single(e => e.EpisodeId == w.Id("early help episode", id)).EndReasonCode;
        Reason("E1").ShouldBe("OM");
        Reason("E2").ShouldBe("OM", "the council's file overrides the shipped default (NFA is Other)");
        Reason("E3").ShouldBeNull("a starter line not filled in maps nothing");
        Reason("E4").ShouldBe("SU", "the shipped defaults still apply");
        var unmapped = result.Unmapped.ShouldHaveSingleItem();
        (unmapped.List, unmapped.Value, unmapped.Rows, unmapped.FirstSeen).ShouldBe(("EarlyHelpEndReason", "Case transferred to Mars", 1, "ssd_early_help_episodes.csv line 4"));
    }

    [Theory]
    [InlineData("list,value,code\nEarlyHelpEndReasons,Done,OM\n", "line 2: 'EarlyHelpEndReasons' is not a list Scorecard maps")]
    [InlineData("list,value,code\nEarlyHelpEndReason,Done,XX\n", "line 2: 'XX' is not a EarlyHelpEndReason code")]
    [InlineData("list,value,code\nEarlyHelpEndReason,Done,OM\nEarlyHelpEndReason,done,NP\n", "line 3: EarlyHelpEndReason 'done' is mapped to OM on line 2 and to NP here")]
    [InlineData("value,code\nDone,OM\n", "line 1: the first line must name the columns list,value,code")]
    public void AMappingFileThatCannotBeUsed_SaysWhichLineAndWhy(string text, string expected)
    {
        var file = Path.Combine(Path.GetTempPath(), $"mapping-{Guid.NewGuid():N}.csv");
        File.WriteAllText(file, text);
        try
        {
            Should.Throw<MappingFileException>(() => CouncilMapping.Load(file)).Message.ShouldContain(expected);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AStarterFile_ListsEveryUnmappedValueWithItsCount_AndKeepsTheCouncilsOwnLines()
    {
        var folder = Directory.CreateTempSubdirectory("mapping-").FullName;
        try
        {
            var own = Path.Combine(folder, "ours.csv");
            File.WriteAllText(own, "list,value,code\nTeam,Northern EH Hub,T-N1\n");
            var mapping = CouncilMapping.Load(own);
            mapping.WriteStarter(own, [new("ContactSource", "1717", 12, "ssd_contacts.csv line 4"), new("Team", "Northern EH Hub", 3, "ssd_professionals.csv line 2")]);

            var lines = File.ReadAllLines(own).Where(l => !l.StartsWith('#')).ToList();
            lines.ShouldBe(["list,value,code,rows,first_seen", "Team,Northern EH Hub,T-N1,,", "ContactSource,1717,,12,ssd_contacts.csv line 4"]);
            // The starter reads back as a mapping file: a line not filled in maps nothing yet.
            CouncilMapping.Load(own).TryResolve("ContactSource", "1717", out _).ShouldBeFalse();
            File.WriteAllText(Path.Combine(folder, "other.csv"), "x");
            Should.Throw<MappingFileException>(() => mapping.WriteStarter(Path.Combine(folder, "other.csv"), [])).Message.ShouldContain("already exists");
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task OddOptionalValuesOnAPersonRow_LoadTheChildWithThoseFieldsUnknown_SoNoOtherRecordIsLost()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x",
            ("ssd_person.csv", "pers_person_id,pers_sex,pers_ethnicity,pers_dob\n970001001,X,ZZZZ,31/31/2015\n970001002,-1,NULL,1900-01-01 00:00:00.000\n"),
            Csv.Of("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_source_code,cont_contact_outcome_json",
                "C1,970001001,2024-05-01,6,\"[\"\"EH Referral\"\"]\"", "C2,970001002,2024-05-02,NULL,NULL"),
            Episodes("E1,970001001,2024-05-10,,", "E2,970001002,2024-05-10,NULL,NULL"));

        var result = await w.Loader.LoadAsync(extract);

        result.Succeeded.ShouldBeTrue(result.Message);
        result.RowsRejected.ShouldBe(0);
        result.Tables.Single(t => t.Table == "ssd_person").RowsWithWarnings.ShouldBe(2);
        result.RowsLoaded.ShouldBe(6);
        result.Warnings.Select(x => (x.ColumnName, x.Kind, x.Value)).ShouldBe(
        [
            ("pers_sex", WarningKinds.UnknownCode, "X"), ("pers_ethnicity", WarningKinds.UnknownCode, "ZZZZ"), ("pers_dob", WarningKinds.NotADate, "(withheld)"),
            ("pers_sex", WarningKinds.Placeholder, "-1"), ("pers_dob", WarningKinds.PlaceholderDate, "1900-01-01"),
        ], ignoreOrder: true);
        await using var db = w.Open();
        var person = await db.People.SingleAsync(p => p.PersonId == w.Id("person", "970001001"));
        (person.Sex, person.EthnicityCode, person.EthnicityGroup, person.MonthOfBirth).ShouldBe(("U", (string?)null, "Unknown", (DateOnly?)null));
        (await db.Contacts.CountAsync()).ShouldBe(2);
        (await db.EarlyHelpEpisodes.CountAsync()).ShouldBe(2);
    }

    [Fact]
    public async Task ARequiredFieldThatCannotBeUsed_RejectsOnlyItsRow()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_person.csv", People),
            Csv.Of("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date",
                "C1,970001001,2024-05-01", "C2,970001001,NULL", "C3,970001001,1900-01-01", "C4,970001002,2024-05-02"));

        var result = await w.Loader.LoadAsync(extract);

        var summary = result.Rejects.ShouldHaveSingleItem();
        (summary.ColumnName, summary.Count, summary.FirstLine).ShouldBe(("cont_contact_date", 2, 3));
        result.Tables.Single(t => t.Table == "ssd_contacts").RowsLoaded.ShouldBe(2);
        await using var db = w.Open();
        (await db.Rejects.OrderBy(r => r.LineNumber).Select(r => r.Reason).ToListAsync()).ShouldBe(
            ["cont_contact_date is required", "cont_contact_date is the placeholder date 1900-01-01, not a date, and it is required"]);
    }

    [Fact]
    public async Task ATeamGivenByName_IsMatchedToItsId_AndAnUnknownTeamLoadsTheRowWithoutOne()
    {
        using var w = new TestWarehouse();
        var mapping = Path.Combine(w.Folder, "mapping.csv");
        File.WriteAllText(mapping, "list,value,code\nTeam,South EH (old name),T-S1\n");
        var extract = w.WriteExtract("x",
            ("ssd_department.csv", "dept_team_id,dept_team_name,dept_team_parent_id,dept_team_parent_name\nT-N1,North Early Help Team 1,L-N,North\nT-S1,South Early Help Team 1,L-S,South\n"),
            // As SystemC 1.4.5 writes ssd_professionals: the department as DEPARTMENT_NAME.
            Csv.Of("ssd_professionals.csv", "prof_professional_id,prof_staff_id,prof_professional_name,prof_social_worker_registration_no,prof_agency_worker_flag,prof_professional_job_title,prof_professional_caseload,prof_professional_department,prof_full_time_equivalency",
                "5101,S1,Synthetic One,SW1,NULL,Family Support Worker,3,north early help team 1,1",
                "5102,S2,Synthetic Two,SW2,NULL,Family Support Worker,3,South EH (old name),1",
                "5103,S3,Synthetic Three,SW3,NULL,Social Worker,3,Disbanded Team,1"),
            ("ssd_person.csv", People));

        var result = await w.Loader.LoadAsync(extract, new LoadOptions { Mapping = CouncilMapping.Load(mapping) });

        result.Succeeded.ShouldBeTrue(result.Message);
        result.RowsRejected.ShouldBe(0);
        var unknown = result.Warnings.ShouldHaveSingleItem();
        (unknown.ColumnName, unknown.Kind, unknown.Value, unknown.CodeList, unknown.FirstLine).ShouldBe(("prof_professional_department", WarningKinds.NotFound, "Disbanded Team", "Team", 4));
        await using var db = w.Open();
        var teams = await db.OrganisationUnits.ToDictionaryAsync(u => u.OrgUnitKey, u => u.OrgUnitId);
        string? TeamOf(string id) => db.Professionals.Single(p => p.ProfessionalId == w.Id("professional", id)).OrgUnitKey is { } k ? teams[k] : null;
        TeamOf("5101").ShouldBe("T-N1");
        TeamOf("5102").ShouldBe("T-S1");
        TeamOf("5103").ShouldBeNull();
    }

    [Fact]
    public async Task Check_MatchesATeamGivenByName_ToATeamEarlierInTheSameExtract_AsALoadWould()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x",
            ("ssd_department.csv", "dept_team_id,dept_team_name,dept_team_parent_id,dept_team_parent_name\nT-N1,North Early Help Team 1,L-N,North\n"),
            Csv.Of("ssd_professionals.csv", "prof_professional_id,prof_professional_job_title,prof_professional_department",
                "5101,Family Support Worker,north early help team 1",
                "5103,Social Worker,Disbanded Team"),
            ("ssd_person.csv", People));

        // No warehouse yet: the team named exists only in this extract's ssd_department.
        var check = await w.Loader.LoadAsync(extract, new LoadOptions { DryRun = true });
        var load = await w.Loader.LoadAsync(extract);

        load.Succeeded.ShouldBeTrue(load.Message);
        foreach (var result in new[] { check, load })
        {
            var unknown = result.Warnings.Where(x => x.ColumnName is not null).ShouldHaveSingleItem();
            (unknown.ColumnName, unknown.Kind, unknown.Value).ShouldBe(("prof_professional_department", WarningKinds.NotFound, "Disbanded Team"));
        }
    }

    [Fact]
    public async Task AnEpisodesTeam_ComesFromTheInvolvementTheRulePrefers()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x",
            ("ssd_department.csv", "dept_team_id,dept_team_name\nT-A,Team A\nT-B,Team B\nT-C,Team C\nT-SC,Social Care\n"),
            ("ssd_person.csv", People),
            Csv.Of("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_worker_id",
                // E1 names no worker (SystemC's placeholder); E2 names worker 7 of team C.
                "E1,970001001,2024-05-01,2024-09-30,SSD_PH", "E2,970001002,2024-05-01,,7"),
            Csv.Of("ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_referral_date", "R1,970001001,2024-04-01"),
            Csv.Of("ssd_involvements.csv", "invo_involvements_id,invo_professional_id,invo_professional_role_id,invo_professional_team,invo_person_id,invo_involvement_start_date,invo_involvement_end_date,invo_worker_change_reason,invo_referral_id",
                // Child 1: a social care involvement (tied to R1) overlapping the episode; an early help one that started before the
                // episode and one that started during it; one that ended before the episode (no overlap).
                "I1,9,CW,T-SC,970001001,2024-04-01,,NULL,R1",
                "I2,5,EHW,T-A,970001001,2024-04-20,2024-06-30,NULL,NULL",
                "I3,6,EHW,T-B,970001001,2024-07-01,2024-09-30,NULL,NULL",
                "I4,8,EHW,T-C,970001001,2023-01-01,2024-04-30,NULL,NULL",
                // Child 2: the episode's own worker's involvement wins over one that covers the start.
                "I5,5,EHW,T-A,970001002,2024-04-01,,NULL,NULL",
                "I6,7,EHW,T-C,970001002,2024-06-01,,NULL,NULL"));

        var result = await w.Loader.LoadAsync(extract);

        result.Succeeded.ShouldBeTrue(result.Message);
        result.RowsRejected.ShouldBe(0);
        await using var db = w.Open();
        var teams = await db.OrganisationUnits.ToDictionaryAsync(u => u.OrgUnitKey, u => u.OrgUnitId);
        var workers = await db.Professionals.ToDictionaryAsync(p => p.ProfessionalKey, p => p.ProfessionalId);
        var e1 = await db.EarlyHelpEpisodes.SingleAsync(e => e.EpisodeId == w.Id("early help episode", "E1"));
        // Not I1 (tied to a referral), not I4 (ended before the start): I2, the latest to have started by the episode's start.
        teams[e1.OrgUnitKey!.Value].ShouldBe("T-A");
        workers[e1.ProfessionalKey!.Value].ShouldBe(w.Id("professional", "5"), "the placeholder worker is replaced by the involvement's");
        e1.TeamDerived.ShouldBeTrue();
        var e2 = await db.EarlyHelpEpisodes.SingleAsync(e => e.EpisodeId == w.Id("early help episode", "E2"));
        teams[e2.OrgUnitKey!.Value].ShouldBe("T-C");
        workers[e2.ProfessionalKey!.Value].ShouldBe(w.Id("professional", "7"));

        // A team the extract gives is never replaced.
        var details = w.WriteExtract("y", ("ssd_person.csv", People), Csv.Of("ext_early_help_episode_details.csv", "exte_episode_id,exte_team_id", "E1,T-B"));
        (await w.Loader.LoadAsync(details)).RowsRejected.ShouldBe(0);
        db.ChangeTracker.Clear();
        e1 = await db.EarlyHelpEpisodes.SingleAsync(e => e.EpisodeId == w.Id("early help episode", "E1"));
        teams[e1.OrgUnitKey!.Value].ShouldBe("T-B");
        e1.TeamDerived.ShouldBeFalse();
    }

    [Fact]
    public async Task AnOptionalReferenceToNothing_LoadsTheRowWithoutIt()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", ("ssd_person.csv", People),
            Csv.Of("ssd_cin_assessments.csv", "cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date", "A1,970001001,R-GONE,2024-05-01"));

        var result = await w.Loader.LoadAsync(extract);

        result.Succeeded.ShouldBeTrue(result.Message);
        result.RowsRejected.ShouldBe(0);
        var warning = result.Warnings.ShouldHaveSingleItem();
        (warning.ColumnName, warning.Kind, warning.Value).ShouldBe(("cina_referral_id", WarningKinds.NotFound, w.Id("referral", "R-GONE")));
        await using var db = w.Open();
        (await db.SocialCareAssessments.SingleAsync()).ReferralKey.ShouldBeNull();
    }

    [Fact]
    public async Task ATextLongerThanSsdSizesIt_IsNeverCut_TheFieldLoadsAsUnknown()
    {
        using var w = new TestWarehouse();
        var title = new string('x', 501);
        var extract = w.WriteExtract("x", ("ssd_person.csv", People),
            Csv.Of("ssd_professionals.csv", "prof_professional_id,prof_professional_job_title", "W1," + title, "W2,Social Worker"));

        var result = await w.Loader.LoadAsync(extract);

        result.Succeeded.ShouldBeTrue(result.Message);
        result.RowsRejected.ShouldBe(0);
        var warning = result.Warnings.ShouldHaveSingleItem();
        (warning.ColumnName, warning.Kind, warning.Value).ShouldBe(("prof_professional_job_title", WarningKinds.TooLong, "(501 characters)"));
        await using var db = w.Open();
        (await db.Professionals.SingleAsync(p => p.ProfessionalId == w.Id("professional", "W1"))).Role.ShouldBeNull();
        // An unbounded SSD column keeps all of a long value.
        var reason = new string('r', 5000);
        var episodes = w.WriteExtract("y", ("ssd_person.csv", People),
            Csv.Of("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_reason", "E1,970001001,2024-05-01," + reason));
        (await w.Loader.LoadAsync(episodes)).RowsRejected.ShouldBe(0);
        (await db.EarlyHelpEpisodes.SingleAsync()).Reason.ShouldBe(reason);
    }
}
