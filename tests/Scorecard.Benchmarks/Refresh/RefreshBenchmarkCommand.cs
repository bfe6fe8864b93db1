using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;

namespace Scorecard.Benchmarks.Refresh;

/// <summary>
/// Full refresh of the large council, an incremental refresh after 1% of episodes change, and the project's
/// queries for EH01, EH07 and EH10 against hand-written SQL for the same numbers, on the same database.
/// </summary>
internal sealed class RefreshBenchmarkCommand : IBenchmarkCommand
{
    public const double IncrementalTarget = 0.10;
    public const double QueryTarget = 1.5;

    public string Name => "refresh";
    public string Summary => "Full and incremental snapshot refresh; EH01/EH07/EH10 queries against hand-written SQL.";
    public IReadOnlyList<BenchmarkOption> Options { get; } =
    [
        new("children", "Children in the generated council (default 40000, about a million rows)."),
        new("runs", "Timed runs of each query comparison; the median is reported (default 3)."),
        new("full-runs", "Full refreshes of the same warehouse, each timed in wall and CPU seconds (default 1)."),
        new("skip-queries", "Leave out the query comparisons (for repeated CPU measurements of the refresh).", IsFlag: true),
    ];

    public async Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct)
    {
        var children = args.Int("children", 40_000);
        var runs = args.Int("runs", 3);
        var fullRuns = Math.Max(1, args.Int("full-runs", 1));
        var total = Stopwatch.StartNew();
        using var scratch = new ScratchFolder("scorecard-refresh-");
        var extractFolder = scratch.File("extract");
        var extract = Extracts.Generate(extractFolder, children, seed: 20240401);
        var contexts = await Warehouses.CreateMigratedAsync(scratch.File("warehouse.db"), ct);
        var pseudonymiser = Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText());
        var loader = new ExtractLoader(contexts, pseudonymiser);
        var load = await loader.LoadAsync(extractFolder, null, ct);
        Console.WriteLine($"  loaded {load.RowsLoaded:N0} rows in {load.Elapsed.TotalSeconds:N1} s (untimed here)");
        var targets = scratch.File("targets.json");
        await File.WriteAllTextAsync(targets, await File.ReadAllTextAsync(Path.Combine(ScratchFolder.RepositoryRoot(), "report-templates", "targets.json"), ct), ct);
        var refresher = new MeasureRefresher(contexts, new MeasureOptions(), targets);

        RefreshResult full = null!;
        var fullCpu = new List<double>();
        for (var run = 1; run <= fullRuns; run++)
        {
            Console.Write($"Full refresh{(fullRuns > 1 ? $" {run} of {fullRuns}" : "")}... ");
            // CPU seconds of the whole process while the refresh runs: on a shared machine they move far less than wall time.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            full = await refresher.RefreshAsync(RefreshMode.Full, ct: ct);
            fullCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
            Console.WriteLine($"{full.ValuesWritten:N0} values for {full.PeriodsRecomputed} periods in {full.Elapsed.TotalSeconds:N1} s, {fullCpu[^1]:N1} CPU s");
        }
        if (fullRuns > 1)
            Console.WriteLine($"  full refresh CPU seconds: {string.Join(", ", fullCpu.Select(c => c.ToString("N1", CultureInfo.InvariantCulture)))}; median {fullCpu.Order().ElementAt(fullCpu.Count / 2):N1}");

        var changed = CloseOnePercentOfEpisodes(extractFolder, new DateOnly(2026, 9, 16));
        var reload = await loader.LoadAsync(extractFolder, null, ct);
        var updated = reload.Tables.Single(t => t.Table == "ssd_early_help_episodes").RowsUpdated;
        Console.Write($"Incremental refresh after {updated:N0} of {extract.RowsPerTable["ssd_early_help_episodes"]:N0} episodes changed ({changed:N0} edited)... ");
        var incrementalCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var incremental = await refresher.RefreshAsync(RefreshMode.Incremental, ct: ct);
        var incrementalCpu = (Process.GetCurrentProcess().TotalProcessorTime - incrementalCpuBefore).TotalSeconds;
        Console.WriteLine($"{incremental.PeriodsRecomputed} of {incremental.PeriodsTotal} periods in {incremental.Elapsed.TotalSeconds:N1} s, {incrementalCpu:N1} CPU s");
        foreach (var (name, r) in new[] { ("full", full), ("incremental", incremental) })
            Console.WriteLine($"  {name}: prepare {r.PhaseSeconds.Prepare:N2} s, compute {r.PhaseSeconds.Compute:N2} s, write {r.PhaseSeconds.Write:N2} s, publish {r.PhaseSeconds.Publish:N2} s ({r.CellsPublished:N0} cells per audience); slowest: " +
                string.Join(", ", r.SecondsPerMeasure.OrderByDescending(x => x.Value).Take(6).Select(x => $"{x.Key} {x.Value:N2}")));

        Console.WriteLine("Queries: the project's (EF Core, translated) against hand-written SQL, same numbers, same database:");
        var comparisons = new List<QueryComparison>();
        foreach (var code in args.Has("skip-queries") ? [] : new[] { "EH01", "EH07", "EH10" })
        {
            var c = await CompareAsync(contexts, code, runs, ct);
            comparisons.Add(c);
            Console.WriteLine($"  {code}: project {c.Project.TotalSeconds:N2} s, hand-written {c.Hand.TotalSeconds:N2} s, ratio {c.Ratio:N2}, {c.Rows:N0} rows, same numbers: {(c.Same ? "yes" : "NO")}");
        }
        SqliteConnection.ClearAllPools();

        var incrementalRatio = incremental.Elapsed.TotalSeconds / full.Elapsed.TotalSeconds;
        var incrementalPass = incrementalRatio < IncrementalTarget;
        var queriesPass = comparisons.All(c => c.Same && c.Ratio <= QueryTarget);
        Console.WriteLine();
        Console.WriteLine($"Benchmark wall time {total.Elapsed.TotalMinutes:N1} min; load average {File.ReadAllText("/proc/loadavg").Trim()}.");
        Console.WriteLine($"{(incrementalPass ? "PASS" : "FAIL")} incremental refresh: {incremental.Elapsed.TotalSeconds:N2} s / full {full.Elapsed.TotalSeconds:N2} s = {incrementalRatio:N3} (target < {IncrementalTarget:N2})");
        foreach (var c in comparisons)
            Console.WriteLine($"{(c.Same && c.Ratio <= QueryTarget ? "PASS" : "FAIL")} {c.Code} query: project {c.Project.TotalSeconds:N2} s / hand-written {c.Hand.TotalSeconds:N2} s = {c.Ratio:N2} (target <= {QueryTarget:N1}, same numbers: {(c.Same ? "yes" : "no")})");

        Console.WriteLine();
        Console.WriteLine("----- markdown for docs/performance.md -----");
        Console.WriteLine("## Refresh benchmark");
        Console.WriteLine();
        Console.WriteLine($"`dotnet run -c Release --project tests/Scorecard.Benchmarks -- refresh` on {DateTime.UtcNow:yyyy-MM-dd}: {Environment.ProcessorCount} cores, SQLite, synthetic council of {children:N0} children ({extract.TotalRows:N0} source rows).");
        Console.WriteLine();
        Console.WriteLine("| Refresh | Periods | Values written | Seconds |");
        Console.WriteLine("|---|---:|---:|---:|");
        Console.WriteLine($"| Full | {full.PeriodsRecomputed} | {full.ValuesWritten:N0} | {full.Elapsed.TotalSeconds:N2} |");
        Console.WriteLine($"| Incremental, after {updated:N0} episodes (1%) closed in the last month | {incremental.PeriodsRecomputed} | {incremental.ValuesWritten:N0} | {incremental.Elapsed.TotalSeconds:N2} |");
        Console.WriteLine($"| **Incremental / full** (target < {IncrementalTarget:N2}) | | | **{incrementalRatio:N3}** {(incrementalPass ? "PASS" : "FAIL")} |");
        Console.WriteLine();
        Console.WriteLine($"| Query (all periods, every organisation unit) | Project (EF Core) s | Hand-written SQL s | Ratio (target <= {QueryTarget:N1}) | Same numbers |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var c in comparisons)
            Console.WriteLine($"| {c.Code} | {c.Project.TotalSeconds:N2} | {c.Hand.TotalSeconds:N2} | {c.Ratio:N2} {(c.Ratio <= QueryTarget ? "PASS" : "FAIL")} | {(c.Same ? "yes" : "no")} |");
        Console.WriteLine();
        Console.WriteLine("Slowest measures in the full refresh (seconds, computed two at a time):");
        Console.WriteLine();
        Console.WriteLine(string.Join(", ", full.SecondsPerMeasure.OrderByDescending(x => x.Value).Take(8).Select(x => $"{x.Key} {x.Value:N1}")));
        Console.WriteLine("----- end of markdown -----");
        return incrementalPass && queriesPass ? 0 : 1;
    }

    /// <summary>
    /// Closes 1% of the extract's episodes on <paramref name="endDate"/>, the open ones first: what next month's
    /// extract does to a council's data (open work closes; little else changes).
    /// </summary>
    private static int CloseOnePercentOfEpisodes(string folder, DateOnly endDate)
    {
        var file = Path.Combine(folder, "ssd_early_help_episodes.csv");
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

    private static async Task<QueryComparison> CompareAsync(Scorecard.Warehouse.WarehouseContextFactory contexts, string code, int runs, CancellationToken ct)
    {
        var measure = MeasureCatalogue.Find(code)!;
        var projectTimes = new List<TimeSpan>();
        var handTimes = new List<TimeSpan>();
        List<(int, int, int, int)> project = [], hand = [];
        for (var run = 0; run < runs; run++)
        {
            await using (var db = contexts.Create())
            {
                var authority = await db.OrganisationUnits.Where(u => u.OrgUnitId == "AUTHORITY").Select(u => u.OrgUnitKey).FirstAsync(ct);
                var clock = Stopwatch.StartNew();
                var rows = await MeasureAggregator.ByOrganisation(db, measure.Members(new MeasureQueryContext(db, db.Periods, new MeasureOptions())), authority).ToListAsync(ct);
                projectTimes.Add(clock.Elapsed);
                project = rows.Select(r => (r.PeriodKey, r.OrgUnitKey, r.Numerator, r.Denominator)).Order().ToList();

                await db.Database.OpenConnectionAsync(ct);
                var connection = db.Database.GetDbConnection();
                await using var cmd = connection.CreateCommand();
                cmd.CommandText = HandWritten.Sql[code].Replace("@authority", authority.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                clock.Restart();
                var list = new List<(int, int, int, int)>();
                await using (var r = await cmd.ExecuteReaderAsync(ct))
                    while (await r.ReadAsync(ct)) list.Add((r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)));
                handTimes.Add(clock.Elapsed);
                hand = list.Order().ToList();
            }
        }
        var median = (List<TimeSpan> t) => t.Order().ElementAt(t.Count / 2);
        return new QueryComparison(code, median(projectTimes), median(handTimes), project.Count, project.SequenceEqual(hand));
    }

}

internal sealed record QueryComparison(string Code, TimeSpan Project, TimeSpan Hand, int Rows, bool Same)
{
    public double Ratio => Project.TotalSeconds / Hand.TotalSeconds;
}

/// <summary>
/// What an analyst would write by hand against the SQLite warehouse for the same numbers: per period and
/// every organisation unit (through the closure table), numerator and denominator.
/// </summary>
internal static class HandWritten
{
    public static readonly Dictionary<string, string> Sql = new()
    {
        ["EH01"] = """
            SELECT p.PeriodKey, a.AncestorOrgUnitKey, COUNT(DISTINCT e.PersonKey), 0
            FROM Dimension_Period p
            JOIN Fact_EarlyHelpEpisode e ON e.StartDate <= p.EndDate AND (e.EndDate IS NULL OR e.EndDate > p.EndDate)
            JOIN Dimension_OrganisationUnitAncestor a ON a.OrgUnitKey = COALESCE(e.OrgUnitKey, @authority)
            GROUP BY p.PeriodKey, a.AncestorOrgUnitKey
            """,
        ["EH07"] = """
            WITH first AS (
                SELECT e.EpisodeKey, e.OrgUnitKey, e.EndReasonCode, e.EndDate,
                       (SELECT r.ReferralKey FROM Fact_SocialCareReferral r
                        WHERE r.PersonKey = e.PersonKey AND r.IsNoFurtherAction = 0 AND r.ReferralDate >= e.StartDate
                          AND (e.EndDate IS NULL OR r.ReferralDate <= date(e.EndDate, '+30 days'))
                        ORDER BY r.ReferralDate, r.ReferralKey LIMIT 1) AS ReferralKey
                FROM Fact_EarlyHelpEpisode e),
            stepups AS (
                SELECT f.OrgUnitKey,
                       COALESCE(f.ReferralKey, -f.EpisodeKey) AS StepUpId,
                       CASE WHEN f.ReferralKey IS NOT NULL THEN r.ReferralDate WHEN f.EndReasonCode = 'SU' THEN f.EndDate END AS StepUpDate
                FROM first f LEFT JOIN Fact_SocialCareReferral r ON r.ReferralKey = f.ReferralKey)
            SELECT p.PeriodKey, a.AncestorOrgUnitKey, COUNT(DISTINCT s.StepUpId), 0
            FROM stepups s
            JOIN Dimension_Period p ON s.StepUpDate >= p.StartDate AND s.StepUpDate <= p.EndDate
            JOIN Dimension_OrganisationUnitAncestor a ON a.OrgUnitKey = COALESCE(s.OrgUnitKey, @authority)
            WHERE s.StepUpDate IS NOT NULL
            GROUP BY p.PeriodKey, a.AncestorOrgUnitKey
            """,
        ["EH10"] = """
            WITH flagged AS (
                SELECT r.ReferralKey, r.OrgUnitKey, r.ReferralDate,
                       EXISTS (SELECT 1 FROM Fact_SocialCareReferral o
                               WHERE o.PersonKey = r.PersonKey AND o.ReferralDate < r.ReferralDate
                                 AND o.ReferralDate >= date(r.ReferralDate, '-365 days')) AS IsReReferral
                FROM Fact_SocialCareReferral r)
            SELECT p.PeriodKey, a.AncestorOrgUnitKey,
                   COUNT(DISTINCT CASE WHEN f.IsReReferral THEN f.ReferralKey END), COUNT(DISTINCT f.ReferralKey)
            FROM flagged f
            JOIN Dimension_Period p ON f.ReferralDate >= p.StartDate AND f.ReferralDate <= p.EndDate
            JOIN Dimension_OrganisationUnitAncestor a ON a.OrgUnitKey = COALESCE(f.OrgUnitKey, @authority)
            GROUP BY p.PeriodKey, a.AncestorOrgUnitKey
            """,
    };
}
