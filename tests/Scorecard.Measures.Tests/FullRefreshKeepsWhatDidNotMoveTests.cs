using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Tests;

/// <summary>
/// A full refresh recomputes every measure in every period and, like an incremental refresh, leaves the values it
/// recomputed to what is stored as they are (<see cref="UnchangedValues"/>): they keep the time and batch of the refresh
/// that wrote them, and only the values that moved are written. What it leaves must still be what a warehouse refreshed
/// from nothing holds, and it leaves nothing it did not make.
/// </summary>
public class FullRefreshKeepsWhatDidNotMoveTests
{
    private const string People = "pers_person_id\nP1\nP2\n";
    private const string Header = "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date\n";
    // E0 (P2) runs from 1 April to 30 September 2024 in both loads, which puts the data's date at 30 September both
    // times (no period becomes complete or settles between them). E1 (P1) starts on 1 May; the second load ends it on
    // 15 June.
    private const string FirstEpisodes = Header + "E0,P2,2024-04-01,2024-09-30\nE1,P1,2024-05-01,\n";
    private const string SecondEpisodes = Header + "E0,P2,2024-04-01,2024-09-30\nE1,P1,2024-05-01,2024-06-15\n";

    [Fact]
    public async Task ASecondFullRefresh_KeepsTheValuesThatDidNotMove_WritesThoseThatDid_AndHoldsWhatAFreshWarehouseHolds()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(("ssd_person.csv", People), ("ssd_early_help_episodes.csv", FirstEpisodes));
        var first = await w.RefreshAsync(RefreshMode.Full);
        // April's starts: E0 alone. June's closures: none yet (E0 closes in September).
        var aprilStarts = (await w.ValueAsync("EH02", "2024-04")).ShouldNotBeNull();
        aprilStarts.Numerator.ShouldBe(1);
        (await w.CountsAsync("EH03", "2024-06")).Numerator.ShouldBe(0);

        // Rows no refresh makes: a measure the catalogue does not have, and a period the warehouse does not have.
        await using (var db = w.Contexts.Create())
        {
            var unit = await db.OrganisationUnits.Select(u => u.OrgUnitKey).FirstAsync();
            db.MeasureValues.AddRange(
                new MeasureValue { MeasureCode = "XX99", PeriodKey = aprilStarts.PeriodKey, OrgUnitKey = unit, RefreshedAtUtc = DateTime.UtcNow },
                new MeasureValue { MeasureCode = "EH02", PeriodKey = 999_999_999, OrgUnitKey = unit, RefreshedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        var second = await w.LoadAsync(("ssd_person.csv", People), ("ssd_early_help_episodes.csv", SecondEpisodes));
        var again = await w.RefreshAsync(RefreshMode.Full);

        // Closing E1 on 15 June moves June's closures to 1, written by this refresh with the second load's batch. April's
        // starts are still E0 alone: the value stays as the first refresh wrote it, with its time and batch.
        var juneClosures = (await w.ValueAsync("EH03", "2024-06")).ShouldNotBeNull();
        juneClosures.Numerator.ShouldBe(1);
        juneClosures.LineageBatchId.ShouldBe(second.BatchId.ShouldNotBeNull());
        var aprilAfter = (await w.ValueAsync("EH02", "2024-04")).ShouldNotBeNull();
        aprilAfter.Numerator.ShouldBe(1);
        aprilAfter.LineageBatchId.ShouldBe(first.UpToBatchId);
        aprilAfter.RefreshedAtUtc.ShouldBe(aprilStarts.RefreshedAtUtc);
        aprilAfter.MeasureValueKey.ShouldBe(aprilStarts.MeasureValueKey);
        again.ValuesWritten.ShouldBeGreaterThan(0);
        again.ValuesWritten.ShouldBeLessThan(first.ValuesWritten);
        again.Message.ShouldContain("kept as stored");

        await using (var db = w.Contexts.Create())
        {
            (await db.MeasureValues.CountAsync(v => v.MeasureCode == "XX99" || v.PeriodKey == 999_999_999)).ShouldBe(0);
            (await db.MeasureValues.CountAsync()).ShouldBe(again.ValuesWritten + KeptOf(again));
        }

        // The same second extract in a warehouse refreshed from nothing: the same values, and the same published cells.
        using var fresh = new TestWarehouse();
        await fresh.LoadAsync(("ssd_person.csv", People), ("ssd_early_help_episodes.csv", SecondEpisodes));
        await fresh.RefreshAsync(RefreshMode.Full);
        (await ContentAsync(w)).ShouldBe(await ContentAsync(fresh));
    }

    /// <summary>The values the message says were kept ("... values written and N kept as stored ...").</summary>
    private static int KeptOf(RefreshResult result)
    {
        var words = result.Message.Split(' ');
        var at = Array.IndexOf(words, "kept");
        return int.Parse(words[at - 1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Everything the snapshot and both published tables say, by measure, period label and unit id, without keys, times or batches.</summary>
    private static async Task<List<string>> ContentAsync(TestWarehouse w)
    {
        await using var db = w.Contexts.Create();
        var periods = await db.Periods.ToDictionaryAsync(p => p.PeriodKey, p => p.Label);
        var units = await db.OrganisationUnits.ToDictionaryAsync(u => u.OrgUnitKey, u => u.OrgUnitId);
        var rows = (await db.MeasureValues.AsNoTracking().ToListAsync()).Select(v => string.Join("|", "snapshot", v.MeasureCode, periods[v.PeriodKey], units[v.OrgUnitKey],
            v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Value, v.Target, v.Rag, v.DirectionVsPrevious, v.DirectionVsLastYear, v.PreviousValue,
            v.LastYearValue, v.IsSmallNumber, v.IsProvisional, v.IsAvailable, v.NotAvailableReason)).ToList();
        foreach (var audience in Enum.GetValues<Scorecard.Warehouse.Publishing.Audience>())
            rows.AddRange((await db.Published(audience).AsNoTracking().ToListAsync()).Select(v => string.Join("|", audience, v.MeasureCode, v.PeriodLabel, v.OrgUnitId,
                v.BreakdownKind, v.BreakdownValue, v.State, v.Numerator, v.Denominator, v.Value, v.DisplayValue, v.Target, v.Rag, v.DirectionVsPrevious,
                v.DirectionVsLastYear, v.PreviousValue, v.LastYearValue, v.IsSuppressed, v.IsProvisional, v.SettlesOn, v.PeriodIsComplete, v.Note)));
        return rows.Order(StringComparer.Ordinal).ToList();
    }
}
