using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Measures.Tests;

/// <summary>The incremental refresh agrees with a full one on PostgreSQL too (the same steps as on SQLite).</summary>
public class PostgresIncrementalRefreshTests(PostgresRefreshTestCouncil council) : IClassFixture<PostgresRefreshTestCouncil>
{
    [PostgresFact]
    public async Task IncrementalRefresh_OnPostgres_RecomputesOnlyLaterPeriods_AndAgreesWithAFullRefresh()
    {
        var (pg, extract) = await council.LoadedAsync();
        await using var disposePg = pg;
        using var disposeExtract = extract;
        var refresher = new MeasureRefresher(pg.Contexts, new MeasureOptions(), Repository.TargetsFile);

        // Close one open episode on 2026-09-15 (the extract runs to 2026-09-30), as next month's extract would.
        var file = Path.Combine(extract.Folder, "ssd_early_help_episodes.csv");
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',');
        int end = Array.IndexOf(header, "earl_episode_end_date"), reason = Array.IndexOf(header, "earl_episode_end_reason");
        var open = Array.FindIndex(lines, 1, l => l.Split(',')[end].Length == 0);
        var cells = lines[open].Split(',');
        (cells[end], cells[reason]) = ("2026-09-15", "OM");
        lines[open] = string.Join(',', cells);
        File.WriteAllLines(file, lines);
        var second = await pg.Loader.LoadAsync(extract.Folder);
        second.Tables.Single(t => t.Table == "ssd_early_help_episodes").RowsUpdated.ShouldBe(1);

        var incremental = await refresher.RefreshAsync();

        // From 2026-09-15 less the 30-day reach of step-ups (EH07, EH17; EH16's 42 days no longer count: it reads no
        // column a closure changes): months Aug and Sep 2026, 2026-27 Q2, 2026-27 and 2026.
        incremental.Kind.ShouldBe("Incremental");
        incremental.RecomputedFrom.ShouldBe(new DateOnly(2026, 8, 16));
        incremental.PeriodsRecomputed.ShouldBe(5);
        var afterIncremental = await SnapshotAsync(pg.Contexts);
        afterIncremental.Count.ShouldBeGreaterThan(1000);

        var full = await refresher.RefreshAsync(RefreshMode.Full);
        full.PeriodsRecomputed.ShouldBe(full.PeriodsTotal);
        (await SnapshotAsync(pg.Contexts)).ShouldBe(afterIncremental);
    }

    [PostgresFact]
    public async Task IncrementalRefresh_OnPostgres_AfterAContactOnly_RedoesOnlyEH09_AndAgreesWithAFullRefresh()
    {
        var (pg, extract) = await council.LoadedAsync();
        await using var disposePg = pg;
        using var disposeExtract = extract;
        var refresher = new MeasureRefresher(pg.Contexts, new MeasureOptions(), Repository.TargetsFile);

        // One more contact on 2026-09-20, copied from one of September's.
        var file = Path.Combine(extract.Folder, "ssd_contacts.csv");
        var lines = File.ReadAllLines(file).ToList();
        var header = lines[0].Split(',');
        int id = Array.IndexOf(header, "cont_contact_id"), date = Array.IndexOf(header, "cont_contact_date");
        var cells = lines.Skip(1).Select(l => l.Split(',')).First(c => c[date].StartsWith("2026-09", StringComparison.Ordinal));
        (cells[id], cells[date]) = ("C-NEW-1", "2026-09-20");
        lines.Add(string.Join(',', cells));
        File.WriteAllLines(file, lines);
        (await pg.Loader.LoadAsync(extract.Folder)).Tables.Single(t => t.Table == "ssd_contacts").RowsInserted.ShouldBe(1);

        var incremental = await refresher.RefreshAsync();

        // Only EH09 reads contacts: redone in the periods ending on or after the contact's date (Sep 2026, Q2, 2026-27, 2026).
        incremental.MeasuresRecomputed.ShouldBe(["EH09"]);
        incremental.PeriodsRecomputed.ShouldBe(4);
        var afterIncremental = await SnapshotAsync(pg.Contexts);
        (await refresher.RefreshAsync(RefreshMode.Full)).Kind.ShouldBe("Full");
        (await SnapshotAsync(pg.Contexts)).ShouldBe(afterIncremental);
    }

    [PostgresFact]
    public async Task IncrementalRefresh_OnPostgres_AfterValuesChangedInEveryFact_AgreesWithAFullRefresh()
    {
        var (pg, extract) = await council.LoadedAsync();
        await using var disposePg = pg;
        using var disposeExtract = extract;
        var refresher = new MeasureRefresher(pg.Contexts, new MeasureOptions(), Repository.TargetsFile);

        // One value of one row already loaded, in each fact the measures read: a load of column changes only.
        foreach (var (table, _, _, _) in ColumnOnlyChanges.All) ColumnOnlyChanges.Apply(extract.Folder, table);
        var second = await pg.Loader.LoadAsync(extract.Folder);
        foreach (var (table, _, _, _) in ColumnOnlyChanges.All)
            second.Tables.Single(t => t.Table == table).ChangedProperties.ShouldNotBeNull(table);

        var incremental = await refresher.RefreshAsync();

        incremental.Kind.ShouldBe("Incremental");
        var afterIncremental = await SnapshotAsync(pg.Contexts);
        (await refresher.RefreshAsync(RefreshMode.Full)).Kind.ShouldBe("Full");
        (await SnapshotAsync(pg.Contexts)).ShouldBe(afterIncremental);
    }

    [PostgresFact]
    public async Task FullRefresh_OnPostgres_LeavesTheOpenEpisodesVacuumedAndAnalysed_ForIndexOnlyReads()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        using var extract = new GeneratedFolder(RefreshTestCouncil.Options());
        (await pg.Loader.LoadAsync(extract.Folder)).Status.ShouldBe(LoadStatus.Succeeded);
        (await new MeasureRefresher(pg.Contexts, new MeasureOptions(), Repository.TargetsFile).RefreshAsync()).OpenAtPeriodEnd.Rows.ShouldBeGreaterThan(0);

        // A VACUUM run by a session, not by autovacuum, counts in vacuum_count, which is updated as it ends; ANALYZE
        // records the row count (reltuples, -1 when never analysed). Whether VACUUM could mark the pages all-visible
        // (relallvisible) is not asserted: it cannot while any older transaction in the database is open, such as
        // autovacuum analysing the tables just loaded, which a loaded test server does.
        await using var db = pg.Contexts.Create();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT pg_stat_get_vacuum_count(c.oid), c.reltuples FROM pg_class c WHERE c.oid = '\"Fact\".\"EarlyHelpOpenAtPeriodEnd\"'::regclass";
        long vacuums;
        float tuples;
        await using (var reader = await command.ExecuteReaderAsync())
        {
            (await reader.ReadAsync()).ShouldBeTrue();
            (vacuums, tuples) = (reader.GetInt64(0), reader.GetFloat(1));
        }
        vacuums.ShouldBe(1);
        tuples.ShouldBe(await db.EarlyHelpOpenAtPeriodEnd.CountAsync());
    }

    [PostgresFact]
    public async Task Refresh_OnPostgres_AnalysesThePeriodsWhenItAddsThem_AndOnlyThen()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        using var extract = new GeneratedFolder(RefreshTestCouncil.Options());
        (await pg.Loader.LoadAsync(extract.Folder)).Status.ShouldBe(LoadStatus.Succeeded);
        var refresher = new MeasureRefresher(pg.Contexts, new MeasureOptions(), Repository.TargetsFile);
        await using var db = pg.Contexts.Create();
        await db.Database.OpenConnectionAsync();

        // The load analyses the tables it wrote, not the periods, which only a refresh writes: none analysed by a session
        // yet (analyze_count counts ANALYZE run by a session, updated as it ends; autovacuum's count apart).
        (await PeriodAnalysesAsync(db)).ShouldBe(0);
        (await refresher.RefreshAsync()).PeriodsTotal.ShouldBeGreaterThan(0);
        // The first refresh wrote every period, and analysed the table once, before its measure queries planned on it.
        (await PeriodAnalysesAsync(db)).ShouldBe(1);
        // A refresh that adds none leaves the statistics as they were.
        (await refresher.RefreshAsync(RefreshMode.Full)).Kind.ShouldBe("Full");
        (await PeriodAnalysesAsync(db)).ShouldBe(1);
    }

    private static async Task<long> PeriodAnalysesAsync(WarehouseContext db)
    {
        // A session's counts reach the server's shared statistics as the session ends, and the refresher's sessions end
        // when it closes them (the test warehouses do not pool) a moment before their server processes finish. A
        // session's statistics are written before it leaves pg_stat_activity, so wait (bounded) until no other client
        // session is connected to this database; read at once, the count could still miss the refresh's ANALYZE.
        await using var waiting = db.Database.GetDbConnection().CreateCommand();
        waiting.CommandText = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()";
        for (var waited = 0; (long)(await waiting.ExecuteScalarAsync())! > 0; waited += 50)
        {
            waited.ShouldBeLessThan(30_000, "the refresher's sessions are still connected");
            await Task.Delay(50);
        }
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT pg_stat_get_analyze_count('\"Dimension\".\"Period\"'::regclass)";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> SnapshotAsync(WarehouseContextFactory contexts)
    {
        await using var db = contexts.Create();
        var rows = await db.MeasureValues
            .Select(v => new { v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Value, v.Rag, v.DirectionVsPrevious, v.DirectionVsLastYear, v.IsProvisional })
            .ToListAsync();
        return rows.Select(v => $"{v.MeasureCode}|{v.PeriodKey}|{v.OrgUnitKey}|{v.BreakdownKind}|{v.BreakdownValue}|{v.Numerator}|{v.Denominator}|{v.Value:0.######}|{v.Rag}|{v.DirectionVsPrevious}|{v.DirectionVsLastYear}|{v.IsProvisional}")
            .Order(StringComparer.Ordinal).Concat(await RefreshTables.OpenAtPeriodEndAsync(db)).ToList();
    }
}
