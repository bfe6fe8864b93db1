using Microsoft.EntityFrameworkCore;

namespace Scorecard.Measures.Tests;

/// <summary>The fixture council's snapshot in Scorecard's own shape: what every SSD shape of the same children must give.</summary>
public sealed class CanonicalSnapshot : IAsyncLifetime
{
    public Dictionary<SnapshotKey, SnapshotCell> Cells { get; private set; } = [];

    public async Task InitializeAsync()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(SsdCouncil.Files(SsdShape.Canonical).ToArray());
        await w.RefreshAsync(Snapshot.RefreshMode.Full);
        Cells = await SsdShapeMeasureTests.ReadAsync(w);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

public sealed record SnapshotKey(string Measure, string Period, string Unit, string BreakdownKind, string BreakdownValue);
public sealed record SnapshotCell(int Numerator, int? Denominator, bool IsAvailable);

/// <summary>
/// The same children give the same measures whatever shape their SSD comes in, except what a shape cannot say: the
/// exceptions are listed per shape below, each with the script line that makes it so.
/// </summary>
public class SsdShapeMeasureTests(CanonicalSnapshot canonical) : IClassFixture<CanonicalSnapshot>
{
    /// <summary>
    /// Measures a shape's data cannot express: "not available from this source" in every period. No SSD shape has
    /// ext_early_help_episode_details, so none has early help referral dates (EH15). SystemC's contact outcome object has no
    /// early help flag (FACT_CONTACTS.OUTCOME_* in systemc_sqlserver_v1.4.5_1_20260708.sql) and Eclipse writes NULL as
    /// cont_contact_outcome_json (ssd_contacts.sql), so neither can say whether a contact led to early help (EH09).
    /// </summary>
    private static readonly Dictionary<SsdShape, string[]> NotAvailable = new()
    {
        [SsdShape.SystemC145] = ["EH09", "EH15"],
        [SsdShape.SystemC124] = ["EH09", "EH15"],
        [SsdShape.Eclipse144] = ["EH09", "EH15"],
        [SsdShape.Mosaic144] = ["EH15"],
    };

    /// <summary>Measures counted in the referral's team: Eclipse writes NULL AS cine_referral_team (ssd_cin_episodes.sql), so they exist for the authority only.</summary>
    private static readonly string[] ReferralTeamMeasures = ["EH08", "EH10", "CS01", "CS02", "CS02N", "CS04", "CS05", "CS06"];

    public static TheoryData<SsdShape, NullStyle> Shapes() => SsdCouncil.Combinations(SsdShape.SystemC145, SsdShape.SystemC124, SsdShape.Eclipse144, SsdShape.Mosaic144);

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task Measures_EqualTheCanonicalShapes_ExceptWhatTheShapeCannotExpress(SsdShape shape, NullStyle nulls)
    {
        using var w = new TestWarehouse();
        var result = await w.Loader.LoadAsync(w.WriteExtract("x", SsdCouncil.Files(shape, nulls).ToArray()));
        result.Succeeded.ShouldBeTrue(result.Message);
        await w.RefreshAsync(Snapshot.RefreshMode.Full);
        var cells = await ReadAsync(w);

        // Not available: never a number, in any period or unit.
        foreach (var code in NotAvailable[shape])
        {
            var rows = cells.Where(c => c.Key.Measure == code).ToList();
            rows.ShouldNotBeEmpty(code);
            rows.ShouldAllBe(c => !c.Value.IsAvailable, code);
        }

        var compared = 0;
        foreach (var (key, expected) in canonical.Cells)
        {
            if (NotAvailable[shape].Contains(key.Measure)) continue;
            // Eclipse's ssd_department.sql writes no parent team, so its teams sit directly under the authority: no localities.
            if (shape == SsdShape.Eclipse144 && key.Unit.StartsWith("L-", StringComparison.Ordinal)) continue;
            if (shape == SsdShape.Eclipse144 && ReferralTeamMeasures.Contains(key.Measure) && key.Unit != "AUTHORITY") continue;
            // Eclipse and Mosaic write the allocated team as earl_episode_organisation, not the lead organisation: PT01 counts teams there.
            if (shape is SsdShape.Eclipse144 or SsdShape.Mosaic144 && key.Measure == "PT01") continue;
            cells.TryGetValue(key, out var actual).ShouldBeTrue($"{shape}: no {key}");
            actual.ShouldBe(expected, $"{shape}: {key}");
            compared++;
        }
        // The comparison covered the measures that matter here, team by team.
        compared.ShouldBeGreaterThan(1000);
        foreach (var code in new[] { "EH01", "EH07", "EH08", "EH17", "CS03", "CS04", "CS05", "CS06", "CS07" })
            canonical.Cells.Keys.ShouldContain(k => k.Measure == code && canonical.Cells[k].Numerator > 0, code);
    }

    internal static async Task<Dictionary<SnapshotKey, SnapshotCell>> ReadAsync(TestWarehouse w)
    {
        await using var db = w.Open();
        var rows = await (from v in db.MeasureValues
                          join p in db.Periods on v.PeriodKey equals p.PeriodKey
                          join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                          select new { v.MeasureCode, p.Label, u.OrgUnitId, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.IsAvailable }).ToListAsync();
        return rows.ToDictionary(r => new SnapshotKey(r.MeasureCode, r.Label, r.OrgUnitId, r.BreakdownKind, r.BreakdownValue),
            r => new SnapshotCell(r.Numerator, r.Denominator, r.IsAvailable));
    }
}
