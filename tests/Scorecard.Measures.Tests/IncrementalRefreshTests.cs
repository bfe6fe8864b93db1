using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.SampleData;
using Scorecard.Measures.Snapshot;

namespace Scorecard.Measures.Tests;

public class IncrementalRefreshTests
{
    [Fact]
    public async Task IncrementalRefresh_RecomputesOnlyLaterPeriods_AndAgreesWithAFullRefresh()
    {
        using var w = new TestWarehouse();
        var folder = Path.Combine(w.Folder, "extract");
        new SyntheticCouncilGenerator(RefreshTestCouncil.Options()).Write(folder);
        var loader = new ExtractLoader(w.Contexts, w.Pseudonymiser);
        (await loader.LoadAsync(folder)).Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded);
        var first = await w.RefreshAsync();
        first.Kind.ShouldBe("Full");

        // Close one open episode on 2026-09-15 (the extract runs to 2026-09-30), as next month's extract would.
        var file = Path.Combine(folder, "ssd_early_help_episodes.csv");
        var lines = File.ReadAllLines(file).ToList();
        var header = lines[0].Split(',');
        int end = Array.IndexOf(header, "earl_episode_end_date"), reason = Array.IndexOf(header, "earl_episode_end_reason");
        var open = lines.FindIndex(1, l => l.Split(',')[end].Length == 0);
        var cells = lines[open].Split(',');
        cells[end] = "2026-09-15";
        cells[reason] = "OM";
        lines[open] = string.Join(',', cells);
        File.WriteAllLines(file, lines);
        var second = await loader.LoadAsync(folder);
        second.Tables.Single(t => t.Table == "ssd_early_help_episodes").RowsUpdated.ShouldBe(1);

        var incremental = await w.RefreshAsync();

        // Changed from 2026-09-15, reaching back 30 days (a referral makes a step-up of an episode ended up to 30
        // days before it: EH07 and EH17 read the end date; EH16, which reaches back 42 days, reads no column a closure
        // changes) to 2026-08-16: periods ending on or after that are redone. Months Aug and Sep 2026, quarter
        // 2026-27 Q2, financial year 2026-27 and calendar year 2026: 5 periods.
        incremental.Kind.ShouldBe("Incremental");
        incremental.RecomputedFrom.ShouldBe(new DateOnly(2026, 8, 16));
        incremental.PeriodsRecomputed.ShouldBe(5);
        incremental.Message.ShouldContain("5 of");
        var afterIncremental = await SnapshotAsync(w);
        var publishedAfterIncremental = await PublishedAsync(w);

        var full = await w.RefreshAsync(RefreshMode.Full);
        full.PeriodsRecomputed.ShouldBe(full.PeriodsTotal);
        (await SnapshotAsync(w)).ShouldBe(afterIncremental);
        // What each audience is shown agrees too: the incremental refresh republished what the change could move.
        var publishedAfterFull = await PublishedAsync(w);
        publishedAfterFull.Count.ShouldBe(publishedAfterIncremental.Count);
        publishedAfterFull.Except(publishedAfterIncremental).Take(5).ShouldBeEmpty();
    }

    [Fact]
    public async Task Refresh_SaysUpToDate_WhenNothingWasLoaded()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(("ssd_person.csv", "pers_person_id\nP1\n"), ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date\nE1,P1,2024-05-01\n"));
        await w.RefreshAsync();

        var again = await w.RefreshAsync();

        again.Kind.ShouldBe("None");
        again.Message.ShouldStartWith("Up to date");
    }

    [Fact]
    public async Task IncrementalRefresh_StopsCountingARecordDeletedAtSource_AndAgreesWithAFullRefresh()
    {
        using var w = new TestWarehouse();
        var folder = Path.Combine(w.Folder, "extract");
        new SyntheticCouncilGenerator(RefreshTestCouncil.Options()).Write(folder);
        var loader = new ExtractLoader(w.Contexts, w.Pseudonymiser);
        var options = new LoadOptions { Today = new DateOnly(2026, 11, 30) };
        (await loader.LoadAsync(folder, options)).Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded);
        await w.RefreshAsync();

        // The next snapshot no longer has one contact that resulted in early help: it was deleted in the case system.
        var file = Path.Combine(folder, "ssd_contacts.csv");
        var lines = File.ReadAllLines(file).ToList();
        var deleted = lines.FindLastIndex(l => l.Contains("EH Referral", StringComparison.Ordinal) && l.Split(',')[2].StartsWith("2026-0", StringComparison.Ordinal));
        var month = lines[deleted].Split(',')[2][..7];
        var (before, beforeOf) = await w.CountsAsync("EH09", month);
        lines.RemoveAt(deleted);
        File.WriteAllLines(file, lines);
        var second = await loader.LoadAsync(folder, options);
        second.Tables.Single(t => t.Table == "ssd_contacts").RowsDeleted.ShouldBe(1);

        var incremental = await w.RefreshAsync();

        incremental.Kind.ShouldBe("Incremental");
        // One contact fewer in its month, and one early help outcome fewer: it counts nowhere now.
        (await w.CountsAsync("EH09", month)).ShouldBe((before - 1, beforeOf - 1));
        var afterIncremental = await SnapshotAsync(w);
        var publishedAfterIncremental = await PublishedAsync(w);
        await w.RefreshAsync(RefreshMode.Full);
        (await SnapshotAsync(w)).ShouldBe(afterIncremental);
        (await PublishedAsync(w)).Except(publishedAfterIncremental).Take(5).ShouldBeEmpty();
    }

    /// <summary>Both published tables, cell by cell, everything but the keys and the time they were written.</summary>
    private static async Task<List<string>> PublishedAsync(TestWarehouse w)
    {
        await using var db = w.Contexts.Create();
        var rows = new List<string>();
        foreach (var audience in new[] { Scorecard.Warehouse.Publishing.Audience.Internal, Scorecard.Warehouse.Publishing.Audience.Partnership })
            rows.AddRange((await db.Published(audience).AsNoTracking().ToListAsync()).Select(v => string.Join("|", audience, v.MeasureCode, v.PeriodKey, v.OrgUnitKey,
                v.BreakdownKind, v.BreakdownValue, v.State, v.Numerator, v.Denominator, v.Value, v.DisplayValue, v.Target, v.Rag, v.DirectionVsPrevious,
                v.DirectionVsLastYear, v.PreviousValue, v.LastYearValue, v.IsSuppressed, v.IsProvisional, v.SettlesOn, v.PeriodIsComplete, v.Locality, v.Note)));
        return rows;
    }

    private static async Task<List<string>> SnapshotAsync(TestWarehouse w)
    {
        await using var db = w.Contexts.Create();
        return (await db.MeasureValues.OrderBy(v => v.MeasureCode).ThenBy(v => v.PeriodKey).ThenBy(v => v.OrgUnitKey).ThenBy(v => v.BreakdownKind).ThenBy(v => v.BreakdownValue)
            .Select(v => v.MeasureCode + "|" + v.PeriodKey + "|" + v.OrgUnitKey + "|" + v.BreakdownKind + "|" + v.BreakdownValue + "|" + v.Numerator + "|" + v.Denominator + "|" + v.Value + "|" + v.Rag + "|" + v.DirectionVsPrevious + "|" + v.DirectionVsLastYear)
            .ToListAsync()).Concat(await RefreshTables.OpenAtPeriodEndAsync(db)).ToList();
    }
}
