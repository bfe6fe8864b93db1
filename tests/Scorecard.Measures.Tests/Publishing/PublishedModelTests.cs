using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Tests.Measures;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Measures.Tests.Publishing;

/// <summary>
/// What each audience's published table holds, on a hand-made council: secondary suppression, no target, RAG or
/// direction on a withheld cell, no direction against a withheld comparator, provisional values without RAG or
/// direction and with their settling date, a 0 for a count of nothing, and "not available" for a measure whose
/// source was never loaded.
/// </summary>
public class PublishedModelTests(PublishedModelTests.Fixture f) : IClassFixture<PublishedModelTests.Fixture>
{
    // Teams TA and TB in locality L1 (North), TC in L2 (South). 23 children (all girls, White British, born January
    // 2015), each with one early help episode started 10 April 2024 and still open: E1-E12 in TA, E13-E15 in TB,
    // E16-E23 in TC. A TAF meeting on 1 May 2024 for E1-E20 (within 42 days of the start); none for E21-E23. One plan
    // review on 30 June 2024 is the last date in the data. Target for 2024-25: EH16 85%. No case audits are loaded.
    public sealed class Fixture() : MeasureFixture("""{ "targets": [ { "measure": "EH16", "financialYear": "2024-25", "value": 85 } ] }""")
    {
        protected override (string File, string Csv)[] Extract()
        {
            var ids = Enumerable.Range(1, 23).ToList();
            string Team(int i) => i <= 12 ? "TA" : i <= 15 ? "TB" : "TC";
            return
            [
                Lines.People(ids.Select(i => $"P{i},F,WBRI,2015-01-01").ToArray()),
                Lines.Departments("TA,Team A,L1,North", "TB,Team B,L1,North", "TC,Team C,L2,South"),
                Lines.Episodes(ids.Select(i => $"E{i},P{i},2024-04-10,,").ToArray()),
                Lines.EpisodeTeams(ids.Select(i => $"E{i},{Team(i)}").ToArray()),
                Lines.Reviews(ids.Where(i => i <= 20).Select(i => $"R{i},E{i},2024-05-01,TAF").Append("R99,E1,2024-06-30,REVIEW").ToArray()),
            ];
        }
    }

    private async Task<PublishedMeasureValue> CellAsync(Audience audience, string measure, string period, string unit = "AUTHORITY")
    {
        await using var db = f.Warehouse.Open();
        return await db.Published(audience).SingleAsync(v => v.MeasureCode == measure && v.PeriodLabel == period && v.OrgUnitId == unit && v.BreakdownKind == "All");
    }

    [Fact]
    public async Task ASmallCount_IsWithheld_AndSoIsTheNextSmallestBesideIt()
    {
        // EH02 April: TA 12, TB 3, TC 8; L1 15, L2 8; authority 23. TB's 3 is withheld; TA's 12 too, or 15 - 12 would
        // give TB away. TC, the localities and the authority stay: nothing withheld can be taken from them.
        var shown = new Dictionary<string, string>();
        foreach (var unit in new[] { "TA", "TB", "TC", "L1", "L2", "AUTHORITY" })
            shown[unit] = (await CellAsync(Audience.Partnership, "EH02", "2024-04", unit)).DisplayValue;
        shown.ShouldBe(new Dictionary<string, string> { ["TA"] = "c", ["TB"] = "c", ["TC"] = "8", ["L1"] = "15", ["L2"] = "8", ["AUTHORITY"] = "23" });
        // The internal table withholds nothing.
        (await CellAsync(Audience.Internal, "EH02", "2024-04", "TB")).DisplayValue.ShouldBe("3");
        var tb = await CellAsync(Audience.Partnership, "EH02", "2024-04", "TB");
        (tb.State, tb.IsSuppressed, tb.Numerator, tb.Value).ShouldBe((PublishedState.Suppressed, true, (int?)null, (double?)null));
    }

    [Fact]
    public async Task AWithheldPercentage_HidesItsWholeGroupUntilNothingCanBeWorkedOut_AndShowsNoTargetOrRag()
    {
        // EH16 April: TA 12 of 12, TB 3 of 3 (a denominator of 3), TC 5 of 8 (a numerator of 5), L1 15 of 15,
        // L2 5 of 8, authority 20 of 23. Withheld for the small numbers: TB, TC, L2. TA too: its denominator is the
        // episodes started, EH02, whose 12 for TA is withheld (above), and 12 of 12 would show it. From the top down:
        // beside the authority, L2 is the one withheld locality (20 - 15 would give it back), so L1 goes too.
        foreach (var unit in new[] { "TA", "TB", "TC", "L1", "L2" })
        {
            var cell = await CellAsync(Audience.Partnership, "EH16", "2024-04", unit);
            (cell.DisplayValue, cell.Numerator, cell.Denominator, cell.Target, cell.Rag, cell.DirectionVsPrevious).ShouldBe(("c", (int?)null, (int?)null, (double?)null, (Rag?)null, (Direction?)null), unit);
        }
        (await CellAsync(Audience.Partnership, "EH16", "2024-04")).DisplayValue.ShouldBe("87.0%");
        // Internally TA is 100% against 85: Green, and April has settled (30 April + 42 days = 11 June, before 30 June).
        var ta = await CellAsync(Audience.Internal, "EH16", "2024-04", "TA");
        (ta.DisplayValue, ta.Target, ta.Rag, ta.IsProvisional).ShouldBe(("100.0%", (double?)85, (Rag?)Rag.Green, false));
    }

    [Fact]
    public async Task NoDirection_IsShownAgainstAWithheldComparator()
    {
        // EH02 May: no episode started, TA 0. Against April's 12 it went down; but April's TA is withheld for the
        // partnership, so its table shows neither the direction nor the previous value.
        var open = await CellAsync(Audience.Internal, "EH02", "2024-05", "TA");
        (open.DisplayValue, open.PreviousValue, open.DirectionVsPrevious).ShouldBe(("0", (double?)12, (Direction?)Direction.Down));
        var board = await CellAsync(Audience.Partnership, "EH02", "2024-05", "TA");
        (board.DisplayValue, board.PreviousValue, board.DirectionVsPrevious).ShouldBe(("0", (double?)null, (Direction?)null));
        // TC's April was shown: its May keeps both.
        var tc = await CellAsync(Audience.Partnership, "EH02", "2024-05", "TC");
        (tc.PreviousValue, tc.DirectionVsPrevious).ShouldBe(((double?)8, (Direction?)Direction.Down));
    }

    [Fact]
    public async Task AProvisionalValue_HasItsSettlingDate_AndNoRagOrDirection_ForEveryAudience()
    {
        // EH16 for 2024-25 Q1 ends 30 June; a first TAF can follow a start by 42 days, so it settles on 11 August,
        // after the data's last date (30 June): provisional. 20 of 23 = 87.0% against 85 would be Green: not yet.
        foreach (var audience in new[] { Audience.Internal, Audience.Partnership })
        {
            var q1 = await CellAsync(audience, "EH16", "2024-25 Q1");
            (q1.DisplayValue, q1.IsProvisional, q1.SettlesOn, q1.Target, q1.Rag, q1.DirectionVsPrevious, q1.DirectionVsLastYear)
                .ShouldBe(("87.0%", true, (DateOnly?)new DateOnly(2024, 8, 11), (double?)85, (Rag?)null, (Direction?)null, (Direction?)null), audience.ToString());
        }
        // April has settled: its RAG stands, and its settling date is still given.
        var april = await CellAsync(Audience.Internal, "EH16", "2024-04");
        (april.IsProvisional, april.SettlesOn, april.Rag).ShouldBe((false, (DateOnly?)new DateOnly(2024, 6, 11), (Rag?)Rag.Green));
        // A measure without a settling window has no date.
        (await CellAsync(Audience.Internal, "EH02", "2024-25 Q1")).SettlesOn.ShouldBeNull();
    }

    [Fact]
    public async Task ACountOfNothing_IsPublishedAsZero_AndAPercentageOfNothingAsADash()
    {
        // June: no episode started anywhere. EH02 is a count: 0 for every unit, shown "0" to everyone.
        var zero = await CellAsync(Audience.Partnership, "EH02", "2024-06", "TC");
        (zero.State, zero.Value, zero.DisplayValue).ShouldBe((PublishedState.Value, (double?)0, "0"));
        // EH16 is a percentage of the episodes started: with none, there is nothing to divide by.
        var dash = await CellAsync(Audience.Internal, "EH16", "2024-06", "TC");
        (dash.State, dash.Value, dash.DisplayValue, dash.Rag).ShouldBe((PublishedState.NoValue, (double?)null, "-", (Rag?)null));
    }

    [Fact]
    public async Task AMeasureWhoseSourceWasNeverLoaded_IsNotAvailable_NeverZero()
    {
        // No case audits were loaded: QA01 is "not available" for every unit and period, in both tables.
        await using var db = f.Warehouse.Open();
        foreach (var audience in new[] { Audience.Internal, Audience.Partnership })
        {
            var cells = await db.Published(audience).Where(v => v.MeasureCode == "QA01" && v.PeriodLabel == "2024-04").ToListAsync();
            cells.Count.ShouldBe(6);
            cells.ShouldAllBe(c => c.State == PublishedState.NotAvailable && c.DisplayValue == "not available" && c.Numerator == null && c.Rag == null);
            cells.ShouldAllBe(c => c.Note!.Contains("ext_case_audits"));
        }
    }

    [Fact]
    public async Task UnitsArePublished_WithTheirLocality_AndTheOrderOutputsListThem()
    {
        await using var db = f.Warehouse.Open();
        var units = await db.PublishedOrgUnits.OrderBy(u => u.SortOrder).Select(u => new { u.OrgUnitId, u.Locality }).ToListAsync();
        units.Select(u => $"{u.OrgUnitId}:{u.Locality}").ShouldBe(["AUTHORITY:", "L1:North", "TA:North", "TB:North", "L2:South", "TC:South"]);
        // Every cell names its unit's locality the same way.
        (await db.PartnershipMeasureValues.Where(v => v.OrgUnitId == "TC").Select(v => v.Locality).Distinct().ToListAsync()).ShouldBe(["South"]);
    }

    [Fact]
    public async Task BothAudiences_HaveTheSameCells_UnderTheSameKeys()
    {
        // (Audit grades by section below the authority are the internal table's alone; this council has no audits.)
        await using var db = f.Warehouse.Open();
        var inside = await db.InternalMeasureValues.Select(v => new { v.PublishedValueKey, v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue }).ToListAsync();
        var board = await db.PartnershipMeasureValues.Select(v => new { v.PublishedValueKey, v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue }).ToListAsync();
        board.OrderBy(x => x.PublishedValueKey).ShouldBe(inside.OrderBy(x => x.PublishedValueKey));
    }
}
