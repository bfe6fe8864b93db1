using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Snapshot;

namespace Scorecard.Measures.Tests;

/// <summary>
/// A full refresh of a warehouse refreshed before brings the episodes open at each period end up to date with the same
/// two statements an incremental refresh sends (<see cref="OpenAtPeriodEnd.RebuildAsync"/>): the rows that no longer
/// hold go, the missing ones come, the rest stay.
/// </summary>
public class OpenAtPeriodEndRefreshTests
{
    private const string People = "pers_person_id\nP1\nP2\n";
    private const string Header = "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date\n";

    [Fact]
    public async Task ASecondFullRefresh_TakesOutTheEndDatesAnEpisodeNoLongerSpans_AndAddsANewEpisode()
    {
        using var w = new TestWarehouse();
        // E0 (P2) runs from 1 April to 30 September 2024 in both loads, so both have the same months. E1 (P1) starts
        // 1 May and is open in the first load.
        await w.LoadAsync(("ssd_person.csv", People), ("ssd_early_help_episodes.csv", Header + "E0,P2,2024-04-01,2024-09-30\nE1,P1,2024-05-01,\n"));
        await w.RefreshAsync(RefreshMode.Full);
        (await EndDatesOfAsync(w, new DateOnly(2024, 5, 1))).ShouldContain(new DateOnly(2024, 8, 31));

        // The next load ends E1 on 15 June and brings E2 (P1), started 20 June and open.
        await w.LoadAsync(("ssd_person.csv", People), ("ssd_early_help_episodes.csv", Header + "E0,P2,2024-04-01,2024-09-30\nE1,P1,2024-05-01,2024-06-15\nE2,P1,2024-06-20,\n"));
        await w.RefreshAsync(RefreshMode.Full);

        // E1 is open at 31 May only: it ended before 30 June, the next end date. E2 is open at every end date from
        // 30 June on (the quarter's and the months', and the years' ends after them). E0 at the ends of April to August,
        // not at 30 September, the day it ended.
        (await EndDatesOfAsync(w, new DateOnly(2024, 5, 1))).ShouldBe([new DateOnly(2024, 5, 31)]);
        await using var db = w.Contexts.Create();
        var ends = await db.Periods.Select(p => p.EndDate).Distinct().ToListAsync();
        (await EndDatesOfAsync(w, new DateOnly(2024, 6, 20))).ShouldBe(ends.Where(d => d >= new DateOnly(2024, 6, 30)).Order());
        (await EndDatesOfAsync(w, new DateOnly(2024, 4, 1))).ShouldBe(
            [new DateOnly(2024, 4, 30), new DateOnly(2024, 5, 31), new DateOnly(2024, 6, 30), new DateOnly(2024, 7, 31), new DateOnly(2024, 8, 31)]);
        // And nothing else: the table is the rule's rows, row for row.
        var table = (await db.EarlyHelpOpenAtPeriodEnd.Select(o => new { o.PeriodEndDate, o.EpisodeKey, o.StartDate }).ToListAsync()).Select(o => o.ToString());
        var rule = (await OpenAtPeriodEnd.Rows(db, DateOnly.MinValue).Select(o => new { o.PeriodEndDate, o.EpisodeKey, o.StartDate }).ToListAsync()).Select(o => o.ToString());
        table.Order(StringComparer.Ordinal).ShouldBe(rule.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnIncrementalRefresh_AfterAnEpisodeMovesToAnotherChild_WritesItsRowsForTheNewChild()
    {
        using var w = new TestWarehouse();
        // E0 is P2's, open from 1 April 2024, in the first load; the next load corrects it to P1's (the same episode id),
        // and ends E1 (P1) on 15 June.
        await w.LoadAsync(("ssd_person.csv", People), ("ssd_early_help_episodes.csv", Header + "E0,P2,2024-04-01,\nE1,P1,2024-05-01,\n"));
        await w.RefreshAsync(RefreshMode.Full);
        await w.LoadAsync(("ssd_person.csv", People), ("ssd_early_help_episodes.csv", Header + "E0,P1,2024-04-01,\nE1,P1,2024-05-01,2024-06-15\n"));
        await w.RefreshAsync();

        // Every row of E0 now names P1, and E1 is open at 31 May only; the table is the rule's rows, column for column.
        await using var db = w.Contexts.Create();
        // (P1 is E1's child: the ids are stored only as pseudonyms.)
        var p1 = await db.EarlyHelpEpisodes.Where(e => e.StartDate == new DateOnly(2024, 5, 1)).Select(e => e.PersonKey).SingleAsync();
        var e0 = await db.EarlyHelpOpenAtPeriodEnd.Where(o => o.StartDate == new DateOnly(2024, 4, 1)).Select(o => o.PersonKey).Distinct().ToListAsync();
        e0.ShouldBe([p1]);
        (await EndDatesOfAsync(w, new DateOnly(2024, 5, 1))).ShouldBe([new DateOnly(2024, 5, 31)]);
        var table = (await db.EarlyHelpOpenAtPeriodEnd.Select(o => new { o.PeriodEndDate, o.EpisodeKey, o.EpisodeId, o.PersonKey, o.OrgUnitKey, o.StartDate }).ToListAsync()).Select(o => o.ToString());
        var rule = (await OpenAtPeriodEnd.Rows(db, DateOnly.MinValue).Select(o => new { o.PeriodEndDate, o.EpisodeKey, o.EpisodeId, o.PersonKey, o.OrgUnitKey, o.StartDate }).ToListAsync()).Select(o => o.ToString());
        table.Order(StringComparer.Ordinal).ShouldBe(rule.Order(StringComparer.Ordinal));
    }

    /// <summary>The end dates the table holds a row for, of the episode started on <paramref name="start"/>.</summary>
    private static async Task<List<DateOnly>> EndDatesOfAsync(TestWarehouse w, DateOnly start)
    {
        await using var db = w.Contexts.Create();
        return (await db.EarlyHelpOpenAtPeriodEnd.Where(o => o.StartDate == start).Select(o => o.PeriodEndDate).ToListAsync()).Order().ToList();
    }
}
