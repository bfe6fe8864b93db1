using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Measures.Snapshot;

namespace Scorecard.SampleData.Tests;

/// <summary>The generator's SSD 1.4.5 SystemC shape: the same council as the canonical extract, as a SystemC council exports it.</summary>
public class SystemCShapeTests
{
    // The generator's last two years rather than its five and a half: every table and placeholder the shape has, every
    // kind of period, for a third of the periods each of the two refreshes writes.
    private static readonly SyntheticCouncilOptions Council = SyntheticCouncilOptions.Sized(400) with { Seed = 5, From = new DateOnly(2024, 10, 1) };

    [Fact]
    public void Generate_WritesEverySsdTableWithTheSystemCScriptsColumns()
    {
        using var folder = new GeneratedFolder(Council with { Shape = ExtractShape.SsdSystemC });

        foreach (var (table, columns) in SsdReleases.Columns)
        {
            // Release 1.4.5's columns: the table's SSD columns less the 1.2.x names.
            var expected = columns.Where(c => SsdReleases.ReleaseSignatures.GetValueOrDefault(c) != SsdReleases.Release12).ToArray();
            folder.Table(table).Header.ShouldBe(expected, table);
        }
        folder.Table("ssd_early_help_episodes").Column("earl_episode_worker_id").ShouldAllBe(v => v == "SSD_PH");
        folder.Table("ssd_contacts").Column("cont_contact_outcome_json").ShouldAllBe(v => v.StartsWith("{\"NEW_REFERRAL_FLAG\": ", StringComparison.Ordinal));
        folder.Table("ssd_person").Column("pers_dob").ShouldAllBe(v => v.EndsWith(" 00:00:00.000", StringComparison.Ordinal));
        folder.Table("ssd_person").Column("pers_send_flag").ShouldAllBe(v => v == "NULL");
        folder.Table("ext_early_help_episode_details").Header.ShouldNotContain("exte_team_id");
    }

    [Fact]
    public async Task TheSystemCShape_LoadsWithoutARejectedRow_AndGivesTheCanonicalMeasures_ExceptWhatItCannotSay()
    {
        using var canonical = new TestWarehouse();
        using var systemc = new TestWarehouse();
        using var canonicalFiles = new GeneratedFolder(Council);
        using var systemcFiles = new GeneratedFolder(Council with { Shape = ExtractShape.SsdSystemC });

        (await canonical.Loader.LoadAsync(canonicalFiles.Folder)).RowsRejected.ShouldBe(0);
        var load = await systemc.Loader.LoadAsync(systemcFiles.Folder);
        load.Succeeded.ShouldBeTrue(load.Message);
        load.RowsRejected.ShouldBe(0);
        load.SourceShape.ShouldBe(SourceEvidence.SystemC);
        load.SourceRelease.ShouldBe(SsdReleases.Release14);
        // The only odd values are SystemC's own placeholders: SSD_PH workers and 1900-01-01 for assessments not authorised.
        load.Warnings.Select(w => (w.ColumnName, w.Kind)).Distinct().ShouldBe(
            [("earl_episode_worker_id", WarningKinds.Placeholder), ("cina_assessment_auth_date", WarningKinds.PlaceholderDate)], ignoreOrder: true);
        await canonical.RefreshAsync(RefreshMode.Full);
        await systemc.RefreshAsync(RefreshMode.Full);

        var a = await SnapshotAsync(canonical);
        var b = await SnapshotAsync(systemc);
        // EH09 needs to know whether a contact led to early help; SystemC's contact outcome flags cannot say.
        b.Where(x => x.Key.Measure == "EH09").ShouldAllBe(x => !x.Value.IsAvailable);
        var differing = a.Where(x => x.Key.Measure != "EH09" && (!b.TryGetValue(x.Key, out var v) || v != x.Value)).Select(x => x.Key).ToList();
        differing.ShouldBeEmpty();
        b.Keys.Where(k => k.Measure != "EH09").Except(a.Keys).ShouldBeEmpty();
    }

    private static async Task<Dictionary<(string Measure, string Period, string Unit, string Kind, string Value), (int Numerator, int? Denominator, bool IsAvailable)>> SnapshotAsync(TestWarehouse w)
    {
        await using var db = w.Open();
        var rows = await (from v in db.MeasureValues
                          join p in db.Periods on v.PeriodKey equals p.PeriodKey
                          join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                          select new { v.MeasureCode, p.Label, u.OrgUnitId, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.IsAvailable }).ToListAsync();
        return rows.ToDictionary(r => (r.MeasureCode, r.Label, r.OrgUnitId, r.BreakdownKind, r.BreakdownValue), r => (r.Numerator, r.Denominator, r.IsAvailable));
    }
}
