using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Tests.Ssd;

/// <summary>The fixture council (TestSupport/SsdCouncil.cs) in each SSD release and case-system shape, both null styles.</summary>
public class SsdShapeLoadTests
{
    public static TheoryData<SsdShape, NullStyle> Shapes() => SsdCouncil.Combinations(Enum.GetValues<SsdShape>());

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Load_RejectsOnlyThePlantedBadRows_AndCountsEveryRow(SsdShape shape, NullStyle nulls)
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", SsdCouncil.Files(shape, nulls).ToArray());

        var result = await w.Loader.LoadAsync(extract);

        result.Status.ShouldBe(LoadStatus.Succeeded, result.Message);
        result.Rejects.Select(r => r.FileName).ShouldBe(SsdCouncil.PlantedBad(shape).Select(b => b.File),
            string.Join("; ", result.Rejects.Select(r => $"{r.FileName}:{r.FirstLine} {r.ExampleReason}")));
        foreach (var t in result.Tables) (t.RowsLoaded + t.RowsRejected).ShouldBe(t.RowsRead, t.Table);
        result.RowsRead.ShouldBe(result.RowsLoaded + result.RowsRejected);
        // Every child, episode and referral of the council is in, whatever the shape.
        await using var db = w.Open();
        (await db.People.CountAsync()).ShouldBe(SsdCouncil.Children.Length);
        (await db.EarlyHelpEpisodes.CountAsync()).ShouldBe(SsdCouncil.Episodes.Length);
        (await db.SocialCareReferrals.CountAsync()).ShouldBe(SsdCouncil.Referrals.Length);
        (await db.Contacts.CountAsync()).ShouldBe(SsdCouncil.Contacts.Length);
        (await db.Section47Enquiries.CountAsync()).ShouldBe(SsdCouncil.Enquiries.Length);
        (await db.Involvements.CountAsync()).ShouldBe(SsdCouncil.Involvements.Count);
    }

    [Theory]
    [InlineData(SsdShape.SystemC145, SourceEvidence.SystemC, SsdReleases.Release14)]
    [InlineData(SsdShape.SystemC124, SourceEvidence.SystemC, SsdReleases.Release12)]
    [InlineData(SsdShape.Eclipse144, SourceEvidence.Eclipse, SsdReleases.Release14)]
    [InlineData(SsdShape.Mosaic144, SourceEvidence.Mosaic, SsdReleases.Release14)]
    [InlineData(SsdShape.Canonical, SourceEvidence.Scorecard, SsdReleases.Release14)]
    public async Task Load_RecognisesTheReleaseAndShape_AndSaysSoInTheReport(SsdShape shape, string expectedShape, string expectedRelease)
    {
        using var w = new TestWarehouse();
        var result = await w.Loader.LoadAsync(w.WriteExtract("x", SsdCouncil.Files(shape).ToArray()));

        result.SourceShape.ShouldBe(expectedShape, result.Source);
        result.SourceRelease.ShouldBe(expectedRelease, result.Source);
        result.Source!.ShouldStartWith(expectedShape + ": ");
        await using var db = w.Open();
        var batch = await db.LoadBatches.SingleAsync();
        batch.SourceRelease.ShouldBe(expectedRelease);
        batch.SourceShape.ShouldBe(result.Source);
    }

    [Theory]
    [InlineData(SsdShape.SystemC124)]
    [InlineData(SsdShape.SystemC145)]
    public async Task Load_ReadsTheCeasedDate_UnderEitherReleasesName_AndTheReasonGivenAsADescription(SsdShape shape)
    {
        using var w = new TestWarehouse();
        var result = await w.Loader.LoadAsync(w.WriteExtract("x", SsdCouncil.Files(shape, NullStyle.Null).ToArray()));

        var care = result.Tables.Single(t => t.Table == "ssd_cla_episodes");
        care.IgnoredColumns.ShouldNotContain("clae_cla_episode_ceased");
        if (shape == SsdShape.SystemC124) care.RenamedColumns.ShouldBe(["clae_cla_episode_ceased as clae_cla_episode_ceased_date"]);
        else care.RenamedColumns.ShouldBeEmpty();
        await using var db = w.Open();
        var ended = await db.LookedAfterEpisodes.SingleAsync(e => e.EpisodeId == w.Id("looked after episode", "910000801"));
        ended.EndDate.ShouldBe(new DateOnly(2024, 8, 15));
        ended.EndReasonCode.ShouldBe("E4A");
        (await db.LookedAfterEpisodes.SingleAsync(e => e.EpisodeId == w.Id("looked after episode", "910000802"))).EndDate.ShouldBeNull();
    }

    [Fact]
    public async Task Load_TreatsPlaceholdersAndPlaceholderDatesAsMissing_AndCountsThem()
    {
        using var w = new TestWarehouse();
        var result = await w.Loader.LoadAsync(w.WriteExtract("x", SsdCouncil.Files(SsdShape.SystemC145, NullStyle.Null).ToArray()));

        // SystemC writes SSD_PH as every episode's worker and 1900-01-01 for an assessment not yet authorised.
        var worker = result.Warnings.Single(x => x.ColumnName == "earl_episode_worker_id");
        (worker.Kind, worker.Value, worker.Rows, worker.FirstLine).ShouldBe((WarningKinds.Placeholder, "SSD_PH", SsdCouncil.Episodes.Length, 2));
        var authorised = result.Warnings.Single(x => x.ColumnName == "cina_assessment_auth_date");
        (authorised.Kind, authorised.Value, authorised.Rows).ShouldBe((WarningKinds.PlaceholderDate, "1900-01-01", 1));
        // The contact whose child is -1 is unusable: rejected, not stored under a made-up child.
        var reject = result.Rejects.Single();
        (reject.FileName, reject.ColumnName).ShouldBe(("ssd_contacts.csv", "cont_person_id"));
        reject.ExampleReason.ShouldContain("placeholder '-1'");
        await using var db = w.Open();
        (await db.SocialCareAssessments.SingleAsync(a => a.AssessmentId == w.Id("social care assessment", "950000506"))).AuthorisedDate.ShouldBeNull();
        // The worker the placeholder hid comes from the child's involvement.
        var worker101 = await db.Professionals.SingleAsync(p => p.ProfessionalId == w.Id("professional", "W101"));
        (await db.EarlyHelpEpisodes.SingleAsync(e => e.EpisodeId == w.Id("early help episode", "990000301"))).ProfessionalKey.ShouldBe(worker101.ProfessionalKey);
    }

    [Theory]
    [InlineData(SsdShape.SystemC145)]
    [InlineData(SsdShape.Eclipse144)]
    [InlineData(SsdShape.Mosaic144)]
    public async Task Load_GivesEveryEarlyHelpEpisodeItsTeam_WhenTheExtractHasNoEpisodeDetails(SsdShape shape)
    {
        using var w = new TestWarehouse();
        await w.Loader.LoadAsync(w.WriteExtract("x", SsdCouncil.Files(shape).ToArray()));

        await using var db = w.Open();
        var teams = await db.OrganisationUnits.ToDictionaryAsync(u => u.OrgUnitKey, u => u.OrgUnitId);
        foreach (var e in SsdCouncil.Episodes)
        {
            var stored = await db.EarlyHelpEpisodes.SingleAsync(x => x.EpisodeId == w.Id("early help episode", e.Id));
            teams[stored.OrgUnitKey!.Value].ShouldBe(e.Team, e.Id);
            stored.TeamDerived.ShouldBeTrue(e.Id);
        }
    }

    [Theory]
    [InlineData(NullStyle.Empty)]
    [InlineData(NullStyle.Null)]
    public async Task Load_ChangesNothing_WhenASystemCExtractWithPlaceholderWorkersIsLoadedAgain(NullStyle nulls)
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("x", SsdCouncil.Files(SsdShape.SystemC145, nulls).ToArray());
        var first = await w.Loader.LoadAsync(extract);
        var before = await EpisodesAsync(w);

        var again = await w.Loader.LoadAsync(extract);

        // Every episode's worker is SSD_PH in the file and came from its involvement: the placeholder does not blank
        // it, so nothing changes and no batch is added.
        again.Status.ShouldBe(LoadStatus.Skipped, again.Message);
        again.BatchId.ShouldBe(first.BatchId);
        await using (var db = w.Open()) (await db.LoadBatches.CountAsync()).ShouldBe(1);
        (await EpisodesAsync(w)).ShouldBe(before);
        before.ShouldAllBe(e => e.Worker != null && e.WorkerDerived && e.Batch == first.BatchId);
    }

    [Fact]
    public async Task Load_DerivedWorkerFollowsTheInvolvement_AndGivesWayToTheEpisodesOwn()
    {
        using var w = new TestWarehouse();
        var files = SsdCouncil.Files(SsdShape.SystemC145).ToList();
        await w.Loader.LoadAsync(w.WriteExtract("x", files.ToArray()));
        const string episode = "990000301";
        // 990000301's involvement (the first one the fixture writes) was W101's; the case system now says W102.
        var moved = files.Select(f => f.File == "ssd_involvements.csv" ? (f.File, Csv: f.Csv.Replace("900000901,W101,", "900000901,W102,")) : f).ToArray();
        moved.Single(f => f.File == "ssd_involvements.csv").Csv.ShouldContain("900000901,W102,");

        var result = await w.Loader.LoadAsync(w.WriteExtract("y", moved));

        result.Status.ShouldBe(LoadStatus.Succeeded, result.Message);
        var after = (await EpisodesAsync(w)).Single(e => e.Id == w.Id("early help episode", episode));
        (after.Worker, after.WorkerDerived).ShouldBe((w.Id("professional", "W102"), true));

        // The episode then names its own worker: it is kept as the episode's, whatever the involvement says.
        var own = moved.Select(f => f.File == "ssd_early_help_episodes.csv" ? (f.File, Csv: OwnWorker(f.Csv, episode, "W101")) : f).ToArray();
        (await w.Loader.LoadAsync(w.WriteExtract("z", own))).Status.ShouldBe(LoadStatus.Succeeded);
        after = (await EpisodesAsync(w)).Single(e => e.Id == w.Id("early help episode", episode));
        (after.Worker, after.WorkerDerived).ShouldBe((w.Id("professional", "W101"), false));
    }

    private static string OwnWorker(string csv, string episode, string worker)
    {
        var lines = csv.Split('\n');
        var line = Array.FindIndex(lines, l => l.StartsWith(episode + ",", StringComparison.Ordinal));
        lines[line].ShouldContain(",SSD_PH");
        lines[line] = lines[line].Replace(",SSD_PH", "," + worker, StringComparison.Ordinal);
        return string.Join('\n', lines);
    }

    private sealed record StoredEpisode(string Id, string? Worker, bool WorkerDerived, string? Team, bool TeamDerived, int Batch);

    private static async Task<List<StoredEpisode>> EpisodesAsync(TestWarehouse w)
    {
        await using var db = w.Open();
        return await db.EarlyHelpEpisodes.OrderBy(e => e.EpisodeId)
            .Select(e => new StoredEpisode(e.EpisodeId, db.Professionals.Where(p => p.ProfessionalKey == e.ProfessionalKey).Select(p => p.ProfessionalId).FirstOrDefault(),
                e.WorkerDerived, db.OrganisationUnits.Where(u => u.OrgUnitKey == e.OrgUnitKey).Select(u => u.OrgUnitId).FirstOrDefault(), e.TeamDerived, e.LineageBatchId))
            .ToListAsync();
    }

    [Theory]
    [InlineData(SsdShape.SystemC145)]
    [InlineData(SsdShape.Mosaic144)]
    public async Task Load_NamesTheSsdFilesItDoesNotRead(SsdShape shape)
    {
        using var w = new TestWarehouse();
        var result = await w.Loader.LoadAsync(w.WriteExtract("x", SsdCouncil.Files(shape).ToArray()));

        result.UnreadFiles.ShouldBe(["ssd_address.csv (addresses are never stored)", "ssd_disability.csv"]);
        await using var db = w.Open();
        (await db.LoadBatches.SingleAsync()).UnreadFiles.ShouldBe("ssd_address.csv (addresses are never stored), ssd_disability.csv");
    }

    [Theory]
    [InlineData(SsdShape.SystemC145)]
    [InlineData(SsdShape.Eclipse144)]
    [InlineData(SsdShape.Mosaic144)]
    public async Task Load_ListsEveryColumnItDoesNotUse_OnceAsIgnored(SsdShape shape)
    {
        using var w = new TestWarehouse();
        var result = await w.Loader.LoadAsync(w.WriteExtract("x", SsdCouncil.Files(shape).ToArray()));

        var person = result.Tables.Single(t => t.Table == "ssd_person");
        person.IgnoredColumns.ShouldContain("pers_forename");
        person.IgnoredColumns.ShouldContain("pers_surname");
        person.IgnoredColumns.ShouldContain("pers_single_unique_id");
        person.IgnoredColumns.Distinct().Count().ShouldBe(person.IgnoredColumns.Count);
        foreach (var t in result.Tables)
            t.IgnoredColumns.ShouldAllBe(c => SsdReleases.Columns[t.Table].Contains(c), t.Table);
    }

    [Fact]
    public async Task Load_NeverStoresANameAddressCommentOrRawId_AnywhereInTheDatabaseFile()
    {
        using var w = new TestWarehouse();
        foreach (var shape in new[] { SsdShape.SystemC145, SsdShape.SystemC124, SsdShape.Eclipse144, SsdShape.Mosaic144 })
        {
            var result = await w.Loader.LoadAsync(w.WriteExtract(shape.ToString(), SsdCouncil.Files(shape, NullStyle.Null).ToArray()), new Scorecard.Etl.Loading.LoadOptions { AllowMassDelete = true });
            result.Succeeded.ShouldBeTrue(result.Message);
        }
        await w.RefreshAsync();

        var bytes = w.DatabaseBytes();
        // The search finds what is there: the children's pseudonyms.
        bytes.IndexOf(w.Id("person", SsdCouncil.Children[0].Id)).ShouldBeGreaterThan(-1);
        foreach (var planted in SsdCouncil.Planted.Concat(SsdCouncil.RawIds).Distinct())
        {
            bytes.IndexOf(planted).ShouldBe(-1, $"'{planted}' is in the database file");
        }
    }
}
