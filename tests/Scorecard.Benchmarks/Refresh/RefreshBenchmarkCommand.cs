using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Benchmarks.Refresh;

/// <summary>
/// Full refresh of the large council, an incremental refresh after 1% of episodes change, and the project's
/// queries for EH01, EH07 and EH10 against hand-written SQL for the same numbers: on the same SQLite database,
/// and (EH01, EH07) in DuckDB on a copy of the same rows. Optionally the same refreshes on PostgreSQL, and a
/// full refresh of a council several times larger.
/// </summary>
internal sealed class RefreshBenchmarkCommand : IBenchmarkCommand
{
    public const double FullTargetSeconds = 12;
    public const double IncrementalTarget = 0.05;
    public const double HandWrittenTarget = 1.5;
    public const double ColumnarTarget = 3;
    /// <summary>A council N times larger may take at most 1.2 N times as long (five times the children, six times the time).</summary>
    public const double GrowthAllowance = 1.2;

    public string Name => "refresh";
    public string Summary => "Full and incremental snapshot refresh; EH01/EH07/EH10 against hand-written SQL in SQLite and DuckDB; optionally PostgreSQL and a larger council.";
    public IReadOnlyList<BenchmarkOption> Options { get; } =
    [
        new("children", "Children in the generated council (default 40000, about a million rows)."),
        new("runs", "Timed runs of each query comparison; the median is reported (default 3)."),
        new("postgres", "A PostgreSQL server connection string: also load and refresh the same extract there, in a database made and dropped by the run."),
        new("scale", "Also fully refresh a council this many times larger on SQLite and report how the time grows (e.g. 5)."),
        new("warehouse", "Reuse a loaded and refreshed SQLite warehouse file: run only the query comparisons."),
        new("keep-warehouse", "Copy the SQLite warehouse, loaded and refreshed, to this file after the run (for --warehouse and the sqlite3 shell)."),
        new("full-runs", "Full refreshes of the same SQLite warehouse, each timed in wall and CPU seconds; the median CPU run is reported (default 1)."),
        new("skip-queries", "Leave out the query comparisons (for repeated CPU measurements of the refresh on a shared machine).", IsFlag: true),
        new("no-analyze", "PostgreSQL: refresh right after each load, with the statistics the load took of the tables it wrote only (by default the run analyses every table first, as autovacuum would have before a council's nightly refresh).", IsFlag: true),
        new("keep-postgres", "Keep the PostgreSQL database the run made (its name is printed), for looking at query plans afterwards.", IsFlag: true),
        new("plans", "Print the SQL of each compared query as the project sends it, and SQLite's plan for it.", IsFlag: true),
        new("measures", "With --warehouse: instead of the comparisons, every query a full refresh sends for these measures (e.g. EH06,EH09), each with SQLite's plan and its CPU seconds (median of --runs); with --plans also its SQL."),
    ];

    public async Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct)
    {
        var children = args.Int("children", 40_000);
        var runs = args.Int("runs", 3);
        var fullRuns = args.Int("full-runs", 1, minimum: 1);
        var skipQueries = args.Has("skip-queries");
        var total = Stopwatch.StartNew();
        Console.WriteLine($"Refresh benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
        Console.WriteLine($"  runtime as the scorecard command ships: {RuntimeWork.Settings()}");

        if (args.String("warehouse") is { } existing)
        {
            Console.WriteLine($"  reusing the warehouse {Path.GetFullPath(existing)}: query comparisons only");
            if (args.String("measures") is { } codes)
            {
                await TimeQueriesAsync(Warehouses.Sqlite(existing), codes.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), runs, args.Has("plans"), ct);
                SqliteConnection.ClearAllPools();
                return 0;
            }
            var only = await CompareQueriesAsync(Warehouses.Sqlite(existing), SqlDialect.Sqlite, runs, ct, args.Has("plans"));
            SqliteConnection.ClearAllPools();
            return only.All(c => c.Pass) ? 0 : 1;
        }

        using var scratch = new ScratchFolder("scorecard-refresh-");
        var extractFolder = scratch.File("extract");
        var extract = Extracts.Generate(extractFolder, children, seed: 20240401);
        var nextFolder = scratch.File("extract-next");
        var changed = CloseOnePercentOfEpisodes(extractFolder, nextFolder, new DateOnly(2026, 9, 16));
        var targets = scratch.File("targets.json");
        await File.WriteAllTextAsync(targets, await File.ReadAllTextAsync(Path.Combine(ScratchFolder.RepositoryRoot(), "report-templates", "targets.json"), ct), ct);
        var pseudonymiser = Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText());

        var sqliteContexts = await Warehouses.CreateMigratedAsync(scratch.File("warehouse.db"), ct);
        var sqlite = await RefreshLegAsync("SQLite", sqliteContexts, pseudonymiser, extractFolder, nextFolder, targets, fullRuns, ct);
        Console.WriteLine($"  ({changed:N0} of {extract.RowsPerTable["ssd_early_help_episodes"]:N0} episodes edited in the second extract)");
        var comparisons = skipQueries ? [] : await CompareQueriesAsync(sqliteContexts, SqlDialect.Sqlite, runs, ct, args.Has("plans"));
        SqliteConnection.ClearAllPools();
        if (args.String("keep-warehouse") is { } keep)
        {
            // The pools are cleared, so the write-ahead log is checkpointed into the file and the copy is whole.
            File.Copy(scratch.File("warehouse.db"), keep, overwrite: true);
            Console.WriteLine($"  kept the SQLite warehouse as {Path.GetFullPath(keep)}");
        }

        RefreshLeg? postgres = null;
        List<QueryComparison> postgresComparisons = [];
        if (args.String("postgres") is { } server)
        {
            await using var pg = await PostgresScratch.CreateAsync(server, ct, keep: args.Has("keep-postgres"));
            postgres = await RefreshLegAsync("PostgreSQL", pg.Contexts, pseudonymiser, extractFolder, nextFolder, targets, 1, ct, analyze: !args.Has("no-analyze"));
            if (!skipQueries) postgresComparisons = await CompareQueriesAsync(pg.Contexts, null, runs, ct);
        }

        (int Children, RefreshResult Full, double Cpu)? larger = null;
        if (args.Has("scale"))
        {
            var factor = args.Int("scale", 5, minimum: 2);
            var folder = scratch.File($"extract-x{factor}");
            Extracts.Generate(folder, children * factor, seed: 20240401);
            var contexts = await Warehouses.CreateMigratedAsync(scratch.File($"warehouse-x{factor}.db"), ct);
            var load = await new ExtractLoader(contexts, pseudonymiser).LoadAsync(folder, null, ct);
            Console.WriteLine($"  loaded {load.RowsLoaded:N0} rows in {load.Elapsed.TotalSeconds:N1} s (untimed here)");
            Console.Write($"Full refresh, {children * factor:N0} children (SQLite)... ");
            var (full, cpu) = await TimedRefreshAsync(contexts, targets, RefreshMode.Full, ct);
            Console.WriteLine($"{full.ValuesWritten:N0} values in {full.Elapsed.TotalSeconds:N1} s ({cpu:N1} CPU s)");
            PrintPhases($"x{factor}", full);
            larger = (children * factor, full, cpu);
            Directory.Delete(folder, recursive: true);
            ScratchFolder.DeleteDatabase(scratch.File($"warehouse-x{factor}.db"));
        }

        Console.WriteLine();
        Console.WriteLine($"Benchmark wall time {total.Elapsed.TotalMinutes:N1} min; load average {LoadAverage()}.");
        Console.WriteLine("Wall-clock figures depend on what else the machine runs: CPU seconds of this process are beside them.");
        var verdicts = new List<bool>();
        void Verdict(bool pass, string text)
        {
            verdicts.Add(pass);
            Console.WriteLine($"{(pass ? "PASS" : "FAIL")} {text}");
        }
        Verdict(sqlite.Full.Elapsed.TotalSeconds <= FullTargetSeconds,
            $"full refresh on SQLite: {sqlite.Full.Elapsed.TotalSeconds:N2} s wall, {sqlite.FullCpu:N2} CPU s (target <= {FullTargetSeconds:N0} s wall on a quiet machine)");
        Verdict(sqlite.IncrementalRatio <= IncrementalTarget,
            $"incremental refresh: {sqlite.Incremental.Elapsed.TotalSeconds:N2} s / full {sqlite.Full.Elapsed.TotalSeconds:N2} s = {sqlite.IncrementalRatio:N4} (CPU {sqlite.IncrementalCpu:N2} / {sqlite.FullCpu:N2} = {sqlite.IncrementalCpu / sqlite.FullCpu:N4}; target <= {IncrementalTarget:N2})");
        foreach (var c in comparisons.Concat(postgresComparisons))
            Verdict(c.Pass, c.Describe());
        if (postgres is not null)
        {
            Verdict(postgres.Full.Elapsed.TotalSeconds <= sqlite.Full.Elapsed.TotalSeconds,
                $"full refresh on PostgreSQL: {postgres.Full.Elapsed.TotalSeconds:N2} s wall ({postgres.FullCpu:N2} CPU s in this process; the server's work is not counted) against SQLite's {sqlite.Full.Elapsed.TotalSeconds:N2} s (target: no slower)");
            Console.WriteLine($"     incremental refresh on PostgreSQL: {postgres.Incremental.Elapsed.TotalSeconds:N2} s = {postgres.IncrementalRatio:N4} of its full refresh");
        }
        if (larger is { } l)
        {
            var factor = (double)l.Children / children;
            var ratio = l.Full.Elapsed.TotalSeconds / sqlite.Full.Elapsed.TotalSeconds;
            Verdict(ratio <= GrowthAllowance * factor,
                $"{l.Children:N0}-child council: full refresh {l.Full.Elapsed.TotalSeconds:N2} s ({l.Cpu:N2} CPU s) = {ratio:N2} x the {children:N0}-child time (CPU {l.Cpu / sqlite.FullCpu:N2} x; target <= {GrowthAllowance * factor:N1} x)");
        }

        PrintMarkdown(children, extract.TotalRows, sqlite, comparisons, postgres, postgresComparisons, larger);
        return verdicts.All(v => v) ? 0 : 1;
    }

    /// <summary>
    /// PostgreSQL plans from statistics that autovacuum gathers a minute or so after a load: a council's nightly refresh
    /// meets tables that have them, a refresh seconds after a load into a new database does not, and the plans (and
    /// times) differ by nearly half. ANALYZE (untimed) gives the refresh the statistics a council's would have. The load
    /// itself now vacuums and analyses the tables it wrote (Scorecard.Etl's LoadedTablesVacuum); this adds the rest,
    /// such as the lookups a load fills.
    /// </summary>
    private static async Task StatisticsAsync(WarehouseContextFactory contexts, bool analyze, CancellationToken ct)
    {
        if (!analyze) return;
        await using var db = contexts.Create();
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
    }

    /// <summary>
    /// Load the extract (untimed), refresh fully (<paramref name="fullRuns"/> times: the run of median CPU seconds
    /// counts), load the next month's extract, refresh incrementally.
    /// </summary>
    private static async Task<RefreshLeg> RefreshLegAsync(string provider, WarehouseContextFactory contexts, Pseudonymiser pseudonymiser,
        string extract, string next, string targets, int fullRuns, CancellationToken ct, bool analyze = false)
    {
        var loader = new ExtractLoader(contexts, pseudonymiser);
        var load = await loader.LoadAsync(extract, null, ct);
        Console.WriteLine($"  {provider}: loaded {load.RowsLoaded:N0} rows in {load.Elapsed.TotalSeconds:N1} s (untimed here)");
        await StatisticsAsync(contexts, analyze, ct);
        var fulls = new List<(RefreshResult Result, double Cpu)>();
        for (var run = 1; run <= fullRuns; run++)
        {
            Console.Write($"Full refresh ({provider}{(fullRuns > 1 ? $", {run} of {fullRuns}" : "")})... ");
            var (result, cpu) = await TimedRefreshAsync(contexts, targets, RefreshMode.Full, ct);
            // From the second on, the episodes open at period end are already written: what the refresh writes again.
            Console.WriteLine($"{result.ValuesWritten:N0} values for {result.PeriodsRecomputed} periods in {result.Elapsed.TotalSeconds:N2} s ({cpu:N2} CPU s)" +
                (fullRuns > 1 ? $"; episodes open at period end, {result.OpenAtPeriodEnd.Rows:N0} rows written: {result.OpenAtPeriodEnd.Seconds:N2} s" : ""));
            fulls.Add((result, cpu));
        }
        var (full, fullCpu) = fulls.OrderBy(x => x.Cpu).ElementAt(fulls.Count / 2);
        if (fullRuns > 1)
            Console.WriteLine($"  full refresh CPU seconds: {string.Join(", ", fulls.Select(x => x.Cpu.ToString("N2", CultureInfo.InvariantCulture)))}; median {fullCpu:N2}");

        var reload = await loader.LoadAsync(next, null, ct);
        await StatisticsAsync(contexts, analyze, ct);
        var updated = reload.Tables.Single(t => t.Table == "ssd_early_help_episodes").RowsUpdated;
        // A council's nightly load: every file again, one table changed.
        Console.WriteLine($"  {provider}: the next extract (the same rows, {updated:N0} episodes closed) loaded in {reload.Elapsed.TotalSeconds:N1} s (untimed here)");
        Console.Write($"Incremental refresh ({provider}) after {updated:N0} episodes changed... ");
        var (incremental, incrementalCpu) = await TimedRefreshAsync(contexts, targets, RefreshMode.Incremental, ct);
        Console.WriteLine($"{incremental.PeriodsRecomputed} of {incremental.PeriodsTotal} periods, {incremental.ValuesWritten:N0} values in {incremental.Elapsed.TotalSeconds:N2} s ({incrementalCpu:N2} CPU s)");
        PrintPhases("full", full);
        PrintPhases("incremental", incremental);
        Console.WriteLine($"  incremental recomputed {incremental.MeasuresRecomputed.Count} of {full.MeasuresRecomputed.Count} measures: {string.Join(", ", incremental.MeasuresRecomputed)}");

        // The month after: another 1% closed a week later. The first incremental refresh in a process compiles the
        // queries and code paths a full refresh does not use; this one shows what an incremental refresh costs without
        // that (a long-running host refreshes many times), and how much of the first was it.
        var third = next + "-2";
        if (!Directory.Exists(third)) CloseOnePercentOfEpisodes(next, third, new DateOnly(2026, 9, 23));
        var again = (await loader.LoadAsync(third, null, ct)).Tables.Single(t => t.Table == "ssd_early_help_episodes").RowsUpdated;
        var (second, secondCpu) = await TimedRefreshAsync(contexts, targets, RefreshMode.Incremental, ct);
        Console.WriteLine($"Second incremental refresh ({provider}) after {again:N0} more episodes changed: {second.PeriodsRecomputed} periods, {second.MeasuresRecomputed.Count} measures, " +
            $"{second.ValuesWritten:N0} values in {second.Elapsed.TotalSeconds:N2} s ({secondCpu:N2} CPU s) = {second.Elapsed.TotalSeconds / full.Elapsed.TotalSeconds:N4} of the full refresh (CPU {secondCpu / fullCpu:N4})");
        PrintPhases("second incremental", second);
        return new RefreshLeg(provider, full, fullCpu, incremental, incrementalCpu, updated);
    }

    private static async Task<(RefreshResult Result, double CpuSeconds)> TimedRefreshAsync(WarehouseContextFactory contexts, string targets, RefreshMode mode, CancellationToken ct)
    {
        RuntimeWork.Listen();
        var refresher = new MeasureRefresher(contexts, new MeasureOptions(), targets);
        var work = RuntimeWork.Now();
        var cpu = CpuSeconds();
        var result = await refresher.RefreshAsync(mode, ct: ct);
        var spent = CpuSeconds() - cpu;
        Compiled.AddOrUpdate(result, RuntimeWork.Now() - work);
        return (result, spent);
    }

    /// <summary>What each timed refresh compiled (<see cref="RuntimeWork"/>), printed with its phases.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RefreshResult, RuntimeWork> Compiled = [];

    private static void PrintPhases(string name, RefreshResult r) =>
        Console.WriteLine($"  {name}: prepare {r.PhaseSeconds.Prepare:N2} s, " +
            $"compute {r.PhaseSeconds.Compute:N2} s (its measures {r.SecondsPerMeasure.Values.Sum():N2} s summed; episodes open at period end, {r.OpenAtPeriodEnd.Rows:N0} rows: {r.OpenAtPeriodEnd.Seconds:N2} s, beside the first measures, or before them when SQLite writes the whole table), write {r.PhaseSeconds.Write:N2} s, " +
            $"publish {r.PhaseSeconds.Publish:N2} s ({r.CellsPublished:N0} cells an audience); slowest: " +
            string.Join(", ", r.SecondsPerMeasure.OrderByDescending(x => x.Value).Take(6).Select(x => $"{x.Key} {x.Value:N2}")) +
            (Compiled.TryGetValue(r, out var work) ? $"; {work}" : ""));

    /// <summary>
    /// The project's query for each measure (all periods, every organisation unit) against the hand-written SQL
    /// in SQLite (when the warehouse is SQLite) and in DuckDB on a copy of the same rows.
    /// </summary>
    private static async Task<List<QueryComparison>> CompareQueriesAsync(WarehouseContextFactory contexts, SqlDialect? sameDatabase, int runs, CancellationToken ct, bool plans = false)
    {
        int authority;
        await using (var db = contexts.Create())
            authority = await db.OrganisationUnits.Where(u => u.OrgUnitId == OrganisationUnit.AuthorityId).Select(u => u.OrgUnitKey).FirstAsync(ct);
        using var anchor = await ColumnarAnchor.CopyAsync(contexts, ct);
        var provider = contexts.Options.Provider == WarehouseProvider.Sqlite ? "SQLite" : "PostgreSQL";
        Console.WriteLine($"Queries on {provider}: the project's (EF Core, translated) against hand-written SQL for the same numbers" +
                          $"{(sameDatabase is null ? "" : ", same database")}, and in DuckDB (in memory, one thread, {anchor.RowsCopied:N0} rows copied):");
        var comparisons = new List<QueryComparison>();
        foreach (var code in HandWrittenSql.Codes)
        {
            var measure = MeasureCatalogue.Find(code)!;
            if (plans && sameDatabase is not null) await PrintPlanAsync(contexts, measure, authority, ct);
            List<TimeSpan> projectTimes = [], handTimes = [], duckTimes = [], projectCpu = [], duckCpu = [];
            List<(int, int, int, int)> project = [], hand = [], duck = [];
            for (var run = 0; run < runs; run++)
            {
                await using var db = contexts.Create();
                var cpu = CpuSeconds();
                var clock = Stopwatch.StartNew();
                // Exactly what the refresh runs for the measure's rows by organisation unit (its first query, or its counts by team),
                // with the same shortcuts: one computation per end date for open-at-end measures, then copied.
                var rows = await MeasureComputation.ByOrganisationAsync(db, new MeasureQueryContext(db, db.Periods, new MeasureOptions()), measure, authority, ct);
                if (measure.CountsAtPeriodEnd) rows = PeriodEnds.ToEveryPeriod(rows, await db.Periods.ToListAsync(ct), MeasureComputation.BreakdownGrains);
                projectTimes.Add(clock.Elapsed);
                projectCpu.Add(TimeSpan.FromSeconds(CpuSeconds() - cpu));
                project = rows.Select(r => (r.PeriodKey, r.OrgUnitKey, r.Numerator, r.Denominator)).Order().ToList();

                if (sameDatabase is { } dialect)
                {
                    await db.Database.OpenConnectionAsync(ct);
                    await using var cmd = db.Database.GetDbConnection().CreateCommand();
                    cmd.CommandText = HandWrittenSql.For(code, dialect, authority);
                    clock.Restart();
                    var list = new List<(int, int, int, int)>();
                    await using (var r = await cmd.ExecuteReaderAsync(ct))
                        while (await r.ReadAsync(ct)) list.Add((r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)));
                    handTimes.Add(clock.Elapsed);
                    hand = list.Order().ToList();
                }
                if (HandWrittenSql.ColumnarCodes.Contains(code))
                {
                    cpu = CpuSeconds();
                    var (elapsed, list) = anchor.Run(code, authority);
                    duckTimes.Add(elapsed);
                    duckCpu.Add(TimeSpan.FromSeconds(CpuSeconds() - cpu));
                    duck = list.Order().ToList();
                }
            }
            var c = new QueryComparison(code, provider, Median(projectTimes), project.Count,
                handTimes.Count > 0 ? Median(handTimes) : null, handTimes.Count > 0 ? project.SequenceEqual(hand) : null,
                duckTimes.Count > 0 ? Median(duckTimes) : null, duckTimes.Count > 0 ? project.SequenceEqual(duck) : null)
            {
                // On PostgreSQL the query's work is the server's, not this process's: no CPU comparison there.
                ProjectCpu = sameDatabase is null ? null : Median(projectCpu),
                ColumnarCpu = duckCpu.Count > 0 ? Median(duckCpu) : null,
            };
            comparisons.Add(c);
            Console.WriteLine($"  {c.Describe()}");
        }
        return comparisons;
    }

    /// <summary>
    /// Each query a full refresh sends for each measure, as its readers run it (the same connection settings, numerators
    /// alone where the count is in the catalogue): SQLite's plan and the CPU seconds of running it to the last row.
    /// </summary>
    private static async Task TimeQueriesAsync(WarehouseContextFactory contexts, IEnumerable<string> codes, int runs, bool sql, CancellationToken ct)
    {
        await using var db = contexts.Create();
        await MeasureComputation.ConfigureReaderAsync(db, ct);
        var authority = await db.OrganisationUnits.Where(u => u.OrgUnitId == OrganisationUnit.AuthorityId).Select(u => u.OrgUnitKey).FirstAsync(ct);
        var everyCode = MeasureCatalogue.All.Select(m => m.Code).ToHashSet();
        foreach (var code in codes)
        {
            var measure = MeasureCatalogue.Find(code) ?? throw new ArgumentException($"No measure {code}.");
            var numeratorOnly = MeasureComputation.NumeratorOnly(measure, everyCode);
            var index = 0;
            foreach (var query in MeasureComputation.Queries(db, new MeasureQueryContext(db, db.Periods, new MeasureOptions()), measure, authority, numeratorOnly))
            {
                await using var command = query.CreateDbCommand();
                command.Connection = db.Database.GetDbConnection();
                var text = command.CommandText;
                Console.WriteLine($"  {code} query {++index}{(sql ? $":\n{text}" : "")}");
                command.CommandText = "EXPLAIN QUERY PLAN " + text;
                await using (var reader = await command.ExecuteReaderAsync(ct))
                    while (await reader.ReadAsync(ct)) Console.WriteLine($"    {reader.GetInt32(0),4} {reader.GetInt32(1),4} {reader.GetString(3)}");
                command.CommandText = text;
                var times = new List<double>();
                var rows = 0;
                for (var run = 0; run < runs; run++)
                {
                    var cpu = CpuSeconds();
                    rows = 0;
                    await using (var reader = await command.ExecuteReaderAsync(ct))
                        while (await reader.ReadAsync(ct)) rows++;
                    times.Add(CpuSeconds() - cpu);
                }
                times.Sort();
                Console.WriteLine($"    {rows:N0} rows; CPU s median {times[times.Count / 2]:N3}, least {times[0]:N3}");
            }
        }
    }

    /// <summary>The measure's query by organisation as EF Core writes it for SQLite, and the plan SQLite makes of it.</summary>
    private static async Task PrintPlanAsync(WarehouseContextFactory contexts, MeasureDefinition measure, int authority, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var query = MeasureComputation.Queries(db, new MeasureQueryContext(db, db.Periods, new MeasureOptions()), measure, authority).First();
        var command = query.CreateDbCommand();
        Console.WriteLine($"  {measure.Code} as sent:\n{command.CommandText}");
        await db.Database.OpenConnectionAsync(ct);
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        command.Connection = db.Database.GetDbConnection();
        await using var reader = await command.ExecuteReaderAsync(ct);
        Console.WriteLine($"  {measure.Code} plan:");
        while (await reader.ReadAsync(ct)) Console.WriteLine($"    {reader.GetInt32(0),4} {reader.GetInt32(1),4} {reader.GetString(3)}");
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static void PrintMarkdown(int children, long rows, RefreshLeg sqlite, List<QueryComparison> comparisons, RefreshLeg? postgres,
        List<QueryComparison> postgresComparisons, (int Children, RefreshResult Full, double Cpu)? larger)
    {
        Console.WriteLine();
        Console.WriteLine("----- markdown for docs/performance.md -----");
        Console.WriteLine($"`dotnet run -c Release --project tests/Scorecard.Benchmarks -- refresh` on {DateTime.UtcNow:yyyy-MM-dd}: {Environment.ProcessorCount} cores, " +
                          $"load average {LoadAverage()}, synthetic council of {children:N0} children ({rows:N0} source rows).");
        Console.WriteLine();
        Console.WriteLine("| Refresh | Provider | Periods | Values written | Seconds | CPU s |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        foreach (var leg in new[] { sqlite, postgres }.OfType<RefreshLeg>())
        {
            Console.WriteLine($"| Full | {leg.Provider} | {leg.Full.PeriodsRecomputed} | {leg.Full.ValuesWritten:N0} | {leg.Full.Elapsed.TotalSeconds:N2} | {leg.FullCpu:N2} |");
            Console.WriteLine($"| Incremental, after {leg.EpisodesUpdated:N0} episodes (1%) closed | {leg.Provider} | {leg.Incremental.PeriodsRecomputed} | {leg.Incremental.ValuesWritten:N0} | {leg.Incremental.Elapsed.TotalSeconds:N2} | {leg.IncrementalCpu:N2} |");
            Console.WriteLine($"| **Incremental / full** (target <= {IncrementalTarget:N2}) | {leg.Provider} | | | **{leg.IncrementalRatio:N4}** | {leg.IncrementalCpu / leg.FullCpu:N4} |");
        }
        if (larger is { } l)
            Console.WriteLine($"| Full, {l.Children:N0} children | SQLite | {l.Full.PeriodsRecomputed} | {l.Full.ValuesWritten:N0} | {l.Full.Elapsed.TotalSeconds:N2} | {l.Cpu:N2} |");
        Console.WriteLine();
        Console.WriteLine("| Query (all periods, every organisation unit) | Project s | Hand-written, same database s | Ratio | DuckDB s | Project / DuckDB | Same, CPU s | Same numbers |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (var c in comparisons.Concat(postgresComparisons))
            Console.WriteLine($"| {c.Code} ({c.Provider}) | {c.Project.TotalSeconds:N2} | {c.Hand?.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture) ?? "-"} | {c.HandRatio?.ToString("N2", CultureInfo.InvariantCulture) ?? "-"} | " +
                              $"{c.Columnar?.TotalSeconds.ToString("N3", CultureInfo.InvariantCulture) ?? "-"} | {c.ColumnarRatio?.ToString("N1", CultureInfo.InvariantCulture) ?? "-"} | " +
                              $"{(c.ColumnarCpuRatio is { } r ? $"{c.ProjectCpu?.TotalSeconds:N3} / {c.ColumnarCpu?.TotalSeconds:N3} = {r:N1}" : "-")} | {(c.Same ? "yes" : "NO")} |");
        Console.WriteLine();
        Console.WriteLine("Slowest measures in the full refresh (seconds, computed side by side):");
        Console.WriteLine();
        foreach (var leg in new[] { sqlite, postgres }.OfType<RefreshLeg>())
            Console.WriteLine($"- {leg.Provider}: " + string.Join(", ", leg.Full.SecondsPerMeasure.OrderByDescending(x => x.Value).Take(8).Select(x => $"{x.Key} {x.Value:N2}")));
        Console.WriteLine("----- end of markdown -----");
    }

    /// <summary>
    /// Copies the extract to <paramref name="next"/> with 1% of its episodes closed on <paramref name="endDate"/>, the
    /// open ones first: what next month's extract does to a council's data (open work closes; little else changes).
    /// </summary>
    private static int CloseOnePercentOfEpisodes(string folder, string next, DateOnly endDate)
    {
        Directory.CreateDirectory(next);
        foreach (var f in Directory.EnumerateFiles(folder)) File.Copy(f, Path.Combine(next, Path.GetFileName(f)));
        var file = Path.Combine(next, "ssd_early_help_episodes.csv");
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',');
        int end = Array.IndexOf(header, "earl_episode_end_date"), reason = Array.IndexOf(header, "earl_episode_end_reason"), start = Array.IndexOf(header, "earl_episode_start_date");
        var wanted = (lines.Length - 1) / 100;
        var changed = 0;
        for (var i = 1; i < lines.Length && changed < wanted; i++)
        {
            var cells = lines[i].Split(',');
            if (cells.Length != header.Length || cells[end].Length != 0 || string.CompareOrdinal(cells[start], endDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) > 0) continue;
            cells[end] = endDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            cells[reason] = "OM";
            lines[i] = string.Join(',', cells);
            changed++;
        }
        File.WriteAllLines(file, lines);
        return changed;
    }

    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

}

internal sealed record RefreshLeg(string Provider, RefreshResult Full, double FullCpu, RefreshResult Incremental, double IncrementalCpu, int EpisodesUpdated)
{
    public double IncrementalRatio => Incremental.Elapsed.TotalSeconds / Full.Elapsed.TotalSeconds;
}

/// <summary>One measure's query: the project's time, and the hand-written SQL's in the same database and in DuckDB where run.</summary>
internal sealed record QueryComparison(string Code, string Provider, TimeSpan Project, int Rows, TimeSpan? Hand, bool? SameAsHand, TimeSpan? Columnar, bool? SameAsColumnar)
{
    public double? HandRatio => Hand is { } h ? Project.TotalSeconds / h.TotalSeconds : null;
    public double? ColumnarRatio => Columnar is { } d ? Project.TotalSeconds / d.TotalSeconds : null;
    /// <summary>CPU seconds of the process while each ran (medians): on a machine other work is loading, the steadier comparison.</summary>
    public TimeSpan? ProjectCpu { get; init; }
    public TimeSpan? ColumnarCpu { get; init; }
    public double? ColumnarCpuRatio => ProjectCpu is { } p && ColumnarCpu is { } d && d > TimeSpan.Zero ? p.TotalSeconds / d.TotalSeconds : null;
    public bool Same => SameAsHand != false && SameAsColumnar != false;
    public bool Pass => Same && (HandRatio ?? 0) <= RefreshBenchmarkCommand.HandWrittenTarget && (ColumnarRatio ?? 0) <= RefreshBenchmarkCommand.ColumnarTarget;

    public string Describe() =>
        $"{Code} ({Provider}): project {Project.TotalSeconds:N3} s, {Rows:N0} rows" +
        (Hand is { } h ? $"; hand-written {h.TotalSeconds:N3} s, ratio {HandRatio:N2} (target <= {RefreshBenchmarkCommand.HandWrittenTarget:N1}), same numbers: {(SameAsHand == true ? "yes" : "NO")}" : "") +
        (Columnar is { } d ? $"; DuckDB {d.TotalSeconds:N3} s, project / DuckDB {ColumnarRatio:N1} (target <= {RefreshBenchmarkCommand.ColumnarTarget:N0}{(ColumnarCpuRatio is { } r ? $"; CPU {ProjectCpu?.TotalSeconds:N3} / {ColumnarCpu?.TotalSeconds:N3} = {r:N1}" : "")}), same numbers: {(SameAsColumnar == true ? "yes" : "NO")}" : "");
}
