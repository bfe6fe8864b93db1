using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.SampleData;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Benchmarks;

/// <summary>
/// `odata`: the feed as Power BI uses it, on a large generated council (40,000 children by default), served by
/// `scorecard serve` in its own process on loopback (built in Release), so the clients here do not share a
/// process with the server. Generate, load and refresh are not timed (or are skipped with --db).
///  1. MeasureValues page latency: 32 clients for 30 s, each reading whole pages (the server's page size) at
///     random places through $skiptoken, as nextLinks do. Reports p50/p95/p99 and errors (target: zero).
///  2. Full exports of EarlyHelpEpisodes and of OutcomeScores (the largest record set) through @odata.nextLink from
///     the first page to the last, in rows/s, against reading the same rows (the same joins, every column) straight
///     from the SQLite file in this process (target: 0.8x or better).
///  3. The Power BI refresh page (report columns, a date filter, 5,000 rows): bytes plain, gzip (target: a fifth or
///     less) and Brotli, then 32 clients on it with gzip (target: no errors).
/// </summary>
public static class ODataBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var o = Options.Parse(args.Length > 0 && args[0] == "odata" ? args[1..] : args);
        if (o.Help)
        {
            Console.WriteLine("odata [--db FILE] [--children N] [--seed N] [--clients N] [--seconds N] [--no-build] [--exports-only]");
            Console.WriteLine("  --db        a loaded and refreshed SQLite warehouse to reuse (skips generate, load and refresh)");
            Console.WriteLine("  --children  children in the generated council (default 40000)");
            Console.WriteLine("  --clients   concurrent clients in the latency test (default 32)");
            Console.WriteLine("  --seconds   length of the latency test (default 30)");
            Console.WriteLine("  --no-build  use the Release build of src/Scorecard.Cli as it is");
            Console.WriteLine("  --exports-only  only the two exports and their direct reads (no latency or refresh-page tests)");
            Console.WriteLine("  --set KEY=VALUE a setting for the server, as an environment variable (e.g. Scorecard__Api__Limits__ReadPagesFromDataReader=false)");
            return 0;
        }
        var root = ScratchFolder.RepositoryRoot();
        using var scratch = new ScratchFolder("scorecard-odata-bench-");
        Console.WriteLine($"Scorecard OData benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var database = o.Database ?? await BuildWarehouseAsync(scratch, root, o);
        var server = await ServerProcess.StartAsync(root, database, o.Build, o.Settings);
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = o.Clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var http = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(120) };
            http.DefaultRequestHeaders.Add("X-Api-Key", server.Key);
            http.DefaultRequestHeaders.Add("Accept", "application/json;odata.metadata=minimal");

            using var serverProcess = Process.GetProcessById(server.Id);
            var (maxKey, pageSize) = await ProbeAsync(http);
            Console.WriteLine($"MeasureValues: keys up to {maxKey:N0}, {pageSize:N0} rows a page.");
            Latency? alone = null, latency = null;
            if (!o.ExportsOnly)
            {
                await LatencyAsync(http, maxKey, pageSize, 4, TimeSpan.FromSeconds(5), quiet: true);
                // One client first: what a page costs the server on its own, against which the queueing of 32 shows.
                alone = await LatencyAsync(http, maxKey, pageSize, 1, TimeSpan.FromSeconds(10), quiet: false);
                latency = await LatencyAsync(http, maxKey, pageSize, o.Clients, TimeSpan.FromSeconds(o.Seconds), quiet: false);
            }

            var episodes = await ExportAsync(http, "EarlyHelpEpisodes", serverProcess);
            var episodesDirect = ReadDirect(database, EpisodesSql);
            var scores = await ExportAsync(http, "OutcomeScores", serverProcess);
            var scoresDirect = ReadDirect(database, OutcomeScoresSql);
            // Each export again: the first pays for compiling the set's two query shapes (first page, $skiptoken page)
            // in a server that has not read the set before; the second is what every later refresh costs. The
            // targets are judged on the first.
            var episodesAgain = await ExportAsync(http, "EarlyHelpEpisodes", serverProcess);
            var scoresAgain = await ExportAsync(http, "OutcomeScores", serverProcess);
            // For information only (the targets are judged on the direct reads above, in SQLite's default mode): the
            // same reads in processes of their own, serialized and multi-thread, since a process has one mode for good.
            var ownProcess = new Dictionary<string, (Direct Serialized, Direct MultiThread)>();
            foreach (var set in DirectSql.Keys)
                ownProcess[set] = (await DirectInOwnProcessAsync(database, set, multiThread: false), await DirectInOwnProcessAsync(database, set, multiThread: true));
            var refresh = o.ExportsOnly ? null : await RefreshPageAsync(server.Address, server.Key);
            var refreshLoad = o.ExportsOnly ? null : await RefreshLoadAsync(server.Address, server.Key, o.Clients, TimeSpan.FromSeconds(o.Seconds));
            double Ratio(Export feed, Direct direct) => feed.Rows / feed.Elapsed.TotalSeconds / (direct.Rows / direct.Elapsed.TotalSeconds);
            Console.WriteLine();
            Console.WriteLine("| measurement | result |");
            Console.WriteLine("|---|---|");
            if (alone is not null && latency is not null)
            {
                Console.WriteLine($"| MeasureValues page ({pageSize:N0} rows), 1 client, 10 s | p50 {alone.P50:N0} ms, p95 {alone.P95:N0} ms; {alone.Requests / alone.Elapsed.TotalSeconds:N1} pages/s, {alone.Errors} errors |");
                Console.WriteLine($"| MeasureValues page ({pageSize:N0} rows), {o.Clients} clients, {o.Seconds} s | p50 {latency.P50:N0} ms, p95 {latency.P95:N0} ms, p99 {latency.P99:N0} ms; {latency.Requests:N0} pages ({latency.Requests / latency.Elapsed.TotalSeconds:N1}/s), {latency.Errors} errors |");
            }
            foreach (var (name, feed, direct, again) in new[] { ("EarlyHelpEpisodes", episodes, episodesDirect, episodesAgain), ("OutcomeScores", scores, scoresDirect, scoresAgain) })
            {
                Console.WriteLine($"| {name} export through nextLink | {feed.Rows:N0} rows in {feed.Pages} pages, {feed.Elapsed.TotalSeconds:N2} s, {feed.Rows / feed.Elapsed.TotalSeconds:N0} rows/s ({feed.Bytes / 1048576.0:N1} MiB) |");
                Console.WriteLine($"| {name}: the same rows and columns straight from SQLite | {direct.Rows:N0} rows in {direct.Elapsed.TotalSeconds:N2} s, {direct.Rows / direct.Elapsed.TotalSeconds:N0} rows/s; feed {Ratio(feed, direct):N2}x |");
                Console.WriteLine($"| {name} export again (queries compiled) | {again.Elapsed.TotalSeconds:N2} s, {again.Rows / again.Elapsed.TotalSeconds:N0} rows/s; {Ratio(again, direct):N2}x the direct read |");
                // CPU seconds hold up better than wall time on a shared machine: the server's and this client's, against the direct read's.
                Console.WriteLine($"| {name}: CPU seconds, export (first / again) against the direct read | server {feed.ServerCpu.TotalSeconds:N2} / {again.ServerCpu.TotalSeconds:N2}, client {feed.ClientCpu.TotalSeconds:N2} / {again.ClientCpu.TotalSeconds:N2}; direct read {direct.Cpu.TotalSeconds:N2} |");
                var (serialized, multiThread) = ownProcess[name];
                Console.WriteLine($"| {name}: the direct read in a process of its own, serialized / multi-thread (information) | {serialized.Elapsed.TotalSeconds:N2} / {multiThread.Elapsed.TotalSeconds:N2} s, CPU {serialized.Cpu.TotalSeconds:N2} / {multiThread.Cpu.TotalSeconds:N2} s; feed {Ratio(feed, serialized):N2}x / {Ratio(feed, multiThread):N2}x |");
            }
            if (refresh is not null && refreshLoad is not null)
            {
                Console.WriteLine($"| Power BI refresh page ({refresh.Rows:N0} rows: report columns, PeriodEnd filter) | {refresh.Plain:N0} bytes plain, {refresh.Gzip:N0} gzip ({refresh.Gzip / (double)refresh.Plain:P1}), {refresh.Brotli:N0} Brotli |");
                Console.WriteLine($"| The refresh page, gzip, {o.Clients} clients, {o.Seconds} s | p50 {refreshLoad.P50:N0} ms, p95 {refreshLoad.P95:N0} ms; {refreshLoad.Requests:N0} pages, {refreshLoad.Errors} errors |");
            }
            var errors = (latency?.Errors ?? 0) + (alone?.Errors ?? 0) + (refreshLoad?.Errors ?? 0);
            var checks = new (bool Ok, string Pass, string Fail)[]
            {
                (errors == 0, "no errors under load", $"{errors} errors under load"),
                (episodes.Rows == episodesDirect.Rows && scores.Rows == scoresDirect.Rows, "the exports read every row once", "an export read a different number of rows from the database"),
                (Ratio(episodes, episodesDirect) >= 0.8, "EarlyHelpEpisodes export at 0.8x the direct read or better", $"EarlyHelpEpisodes export at {Ratio(episodes, episodesDirect):N2}x the direct read (target 0.8x)"),
                (Ratio(scores, scoresDirect) >= 0.8, "OutcomeScores export at 0.8x the direct read or better", $"OutcomeScores export at {Ratio(scores, scoresDirect):N2}x the direct read (target 0.8x)"),
                (refresh is null || refresh.Gzip * 5 <= refresh.Plain, "the gzip refresh page is a fifth of the plain one or less", $"the gzip refresh page is {refresh?.Gzip / (double?)refresh?.Plain:P1} of the plain one (target 20%)"),
            };
            foreach (var (pass, yes, no) in checks) Console.WriteLine(pass ? $"PASS: {yes}." : $"FAIL: {no}.");
            var ok = checks.All(c => c.Ok);
            return ok ? 0 : 1;
        }
        finally
        {
            server.Stop();
        }
    }

    private static async Task<string> BuildWarehouseAsync(ScratchFolder scratch, string root, Options o)
    {
        Console.WriteLine($"Building the warehouse (not timed): {o.Children:N0} children...");
        var clock = Stopwatch.StartNew();
        var extract = Extracts.Generate(scratch.File("extract"), o.Children, o.Seed);
        var path = scratch.File("warehouse.db");
        var contexts = await Warehouses.CreateMigratedAsync(path, CancellationToken.None);
        var load = await new ExtractLoader(contexts, Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText())).LoadAsync(extract.Folder);
        if (load.Status != Scorecard.Warehouse.Integration.LoadStatus.Succeeded) throw new InvalidOperationException($"The load failed: {load.Message}");
        var refresh = await new MeasureRefresher(contexts, new MeasureOptions(), Path.Combine(root, "report-templates", "targets.json")).RefreshAsync(RefreshMode.Full);
        SqliteConnection.ClearAllPools();
        Console.WriteLine($"  loaded {load.RowsRead:N0} rows and wrote {refresh.ValuesWritten:N0} measure values in {clock.Elapsed.TotalSeconds:N0} s");
        return path;
    }

    internal static async Task<(long MaxKey, int PageSize)> ProbeAsync(HttpClient http)
    {
        using var last = JsonDocument.Parse(await http.GetStringAsync("/odata/MeasureValues?$orderby=MeasureValueKey desc&$top=1&$select=MeasureValueKey"));
        var maxKey = last.RootElement.GetProperty("value")[0].GetProperty("MeasureValueKey").GetInt64();
        using var first = JsonDocument.Parse(await http.GetStringAsync("/odata/MeasureValues"));
        return (maxKey, first.RootElement.GetProperty("value").GetArrayLength());
    }

    internal sealed record Latency(double P50, double P95, double P99, int Requests, int Errors, TimeSpan Elapsed);

    internal static async Task<Latency> LatencyAsync(HttpClient http, long maxKey, int pageSize, int clients, TimeSpan duration, bool quiet)
    {
        // A nextLink: the page after a key, as the server's own skiptoken says.
        var result = await LoadAsync(http, random => $"/odata/MeasureValues?$skiptoken=MeasureValueKey-{random.NextInt64(0, Math.Max(1, maxKey - pageSize))}", clients, duration);
        if (!quiet) Console.WriteLine($"Latency, {clients} client(s): {result.Requests:N0} pages, p50 {result.P50:N0} ms, p95 {result.P95:N0} ms, {result.Errors} errors.");
        return result;
    }

    /// <summary>Clients each asking for a page (the address from its own seeded random) one after another until the time is up.</summary>
    private static async Task<Latency> LoadAsync(HttpClient http, Func<Random, string> page, int clients, TimeSpan duration)
    {
        var samples = new List<double>[clients];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = samples[c] = [];
            var random = new Random(c);
            while (clock.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync(page(random), HttpCompletionOption.ResponseContentRead);
                    if (response.StatusCode != HttpStatusCode.OK) Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }));
        var all = samples.SelectMany(s => s).Order().ToList();
        double At(double q) => all.Count == 0 ? double.NaN : all[Math.Min(all.Count - 1, (int)Math.Ceiling(q * all.Count) - 1)];
        return new Latency(At(0.50), At(0.95), At(0.99), all.Count, errors, clock.Elapsed);
    }

    private sealed record Export(long Rows, int Pages, long Bytes, TimeSpan Elapsed, TimeSpan ServerCpu, TimeSpan ClientCpu);

    private sealed record Direct(long Rows, TimeSpan Elapsed, TimeSpan Cpu);

    private static TimeSpan CpuOf(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime;
    }

    private static async Task<Export> ExportAsync(HttpClient http, string set, Process server)
    {
        long rows = 0, bytes = 0;
        var pages = 0;
        string? next = "/odata/" + set;
        using var client = Process.GetCurrentProcess();
        var (serverCpu, clientCpu) = (CpuOf(server), CpuOf(client));
        var clock = Stopwatch.StartNew();
        while (next is not null)
        {
            var body = await http.GetByteArrayAsync(next);
            bytes += body.Length;
            pages++;
            using var json = JsonDocument.Parse(body);
            rows += json.RootElement.GetProperty("value").GetArrayLength();
            next = json.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
        }
        var elapsed = clock.Elapsed;
        return new Export(rows, pages, bytes, elapsed, CpuOf(server) - serverCpu, CpuOf(client) - clientCpu);
    }

    private static readonly Dictionary<string, string> DirectSql = new()
    {
        ["EarlyHelpEpisodes"] = EpisodesSql,
        ["OutcomeScores"] = OutcomeScoresSql,
    };

    /// <summary>
    /// The direct read in a child process (the hidden `odata-direct` command), SQLite set to the mode asked before the
    /// child's first connection; what it read, in how long and with how much CPU, parsed from its one line.
    /// </summary>
    private static async Task<Direct> DirectInOwnProcessAsync(string database, string set, bool multiThread)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(ODataBenchmark).Assembly.Location, DirectCommand, database, set, multiThread ? "multi-thread" : "serialized"])
        {
            UseShellExecute = false, RedirectStandardOutput = true,
        };
        using var child = Process.Start(start)!;
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(DirectCommand + ":", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{DirectCommand} {set} printed no result (exit {child.ExitCode}): {output}");
        var parts = line[(DirectCommand.Length + 1)..].Trim().Split(' ');
        double Number(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
        return new Direct((long)Number(0), TimeSpan.FromSeconds(Number(1)), TimeSpan.FromSeconds(Number(2)));
    }

    internal const string DirectCommand = "odata-direct";

    /// <summary>
    /// `odata-direct DB SET serialized|multi-thread` (hidden): one set's direct read in this process, SQLite's threading
    /// mode set first; prints "odata-direct: ROWS SECONDS CPU-SECONDS".
    /// </summary>
    public static Task<int> DirectAsync(string[] args)
    {
        if (args is not [var database, var set, var mode] || !DirectSql.TryGetValue(set, out var sql) || mode is not ("serialized" or "multi-thread"))
        {
            Console.Error.WriteLine($"{DirectCommand} DB EarlyHelpEpisodes|OutcomeScores serialized|multi-thread");
            return Task.FromResult(2);
        }
        var wanted = mode == "multi-thread" ? SqliteThreadingMode.MultiThread : SqliteThreadingMode.Serialized;
        if (SqliteThreading.Use(wanted == SqliteThreadingMode.MultiThread) != wanted) throw new InvalidOperationException($"SQLite would not go into {mode} mode.");
        var direct = ReadDirect(database, sql);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{DirectCommand}: {direct.Rows} {direct.Elapsed.TotalSeconds:F4} {direct.Cpu.TotalSeconds:F4}"));
        return Task.FromResult(0);
    }

    /// <summary>The rows and columns of the EarlyHelpEpisodes set, with the joins the feed makes (RecordQueries).</summary>
    private const string EpisodesSql = """
            SELECT e.EpisodeKey, e.EpisodeId, e.PersonKey, p.PersonId, f.FamilyId, e.OrgUnitKey, t.OrgUnitId, t.Name, t.Locality,
                   e.ReferralDate, e.StartDate, e.EndDate, d.FinancialQuarterLabel, e.EndDate IS NULL, e.Reason, e.EndReasonCode, r.Label,
                   e.LevelCode, l.Label, o.Name, p.Sex, p.EthnicityGroup
            FROM Fact_EarlyHelpEpisode e
            JOIN Dimension_Person p ON p.PersonKey = e.PersonKey
            LEFT JOIN Dimension_Family f ON f.FamilyKey = e.FamilyKey
            LEFT JOIN Published_OrgUnit t ON t.OrgUnitKey = e.OrgUnitKey
            LEFT JOIN Dimension_Date d ON d.DateKey = e.StartDateKey
            LEFT JOIN Dimension_Code r ON r.CodeSet = 'EarlyHelpEndReason' AND r.Code = e.EndReasonCode
            LEFT JOIN Dimension_Code l ON l.CodeSet = 'EarlyHelpLevel' AND l.Code = e.LevelCode
            LEFT JOIN Dimension_LeadOrganisation o ON o.LeadOrganisationKey = e.LeadOrganisationKey
            ORDER BY e.EpisodeKey
            """;

    /// <summary>The rows and columns of the OutcomeScores set, with the joins the feed makes (RecordQueries).</summary>
    private const string OutcomeScoresSql = """
            SELECT s.ScoreKey, s.ScoreId, s.EpisodeKey, e.EpisodeId, e.PersonKey, p.PersonId, e.OrgUnitKey, t.OrgUnitId, t.Name, t.Locality,
                   s.ScoreDate, s.Tool, s.Stage, s.Domain, s.Score
            FROM Fact_OutcomeScore s
            JOIN Fact_EarlyHelpEpisode e ON e.EpisodeKey = s.EpisodeKey
            JOIN Dimension_Person p ON p.PersonKey = e.PersonKey
            LEFT JOIN Published_OrgUnit t ON t.OrgUnitKey = e.OrgUnitKey
            ORDER BY s.ScoreKey
            """;

    /// <summary>
    /// A Power BI report's refresh of the scorecard: the columns a report page uses, a date filter, one page of
    /// 5,000 rows, as Power Query folds it (OData.Feed with Implementation 2.0 sends $select, $filter and $top).
    /// </summary>
    internal const string RefreshPagePath = "/odata/MeasureValues?$select=MeasureCode,MeasureName,PeriodLabel,PeriodEnd,OrgUnitName,OrgUnitLevel,BreakdownKind,BreakdownValue,Value,DisplayValue,Numerator,Denominator,Target,Rag,DirectionVsPrevious&$filter=PeriodEnd ge 2022-04-01&$top=5000";

    private sealed record RefreshPage(int Rows, long Plain, long Gzip, long Brotli);

    /// <summary>Bytes on the wire of the refresh page, plain and compressed, read without decompressing.</summary>
    private static async Task<RefreshPage> RefreshPageAsync(Uri address, string key)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        async Task<byte[]> Get(string? encoding)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, RefreshPagePath);
            if (encoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
            using var response = await http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsByteArrayAsync();
        }
        var plain = await Get(null);
        using var json = JsonDocument.Parse(plain);
        return new RefreshPage(json.RootElement.GetProperty("value").GetArrayLength(), plain.Length, (await Get("gzip, deflate")).Length, (await Get("br")).Length);
    }

    /// <summary>Many report refreshes at once: each client asks for the refresh page with gzip, as Power BI does.</summary>
    private static async Task<Latency> RefreshLoadAsync(Uri address, string key, int clients, TimeSpan duration)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients * 2, AutomaticDecompression = DecompressionMethods.GZip };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return await LoadAsync(http, _ => RefreshPagePath, clients, duration);
    }

    /// <summary>A set's SQL read with a plain SqliteDataReader, every value fetched: what the database alone costs.</summary>
    private static Direct ReadDirect(string database, string sql)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = CpuOf(self);
        var clock = Stopwatch.StartNew();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database, Mode = SqliteOpenMode.ReadOnly }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        long rows = 0;
        var values = new object[reader.FieldCount];
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }
        var elapsed = clock.Elapsed;
        return new Direct(rows, elapsed, CpuOf(self) - cpu);
    }

    /// <summary>`scorecard serve` in a child process of ours, stopped by its process id.</summary>
    internal sealed class ServerProcess
    {
        private Process _process = null!;
        public Uri Address { get; private set; } = null!;
        public string Key { get; } = "sck_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

        public int Id => _process.Id;

        /// <param name="environment">Settings for this server over the benchmark's own (jobs, inbox, key).</param>
        public static async Task<ServerProcess> StartAsync(string root, string database, bool build, IReadOnlyDictionary<string, string>? environment = null)
        {
            var cli = Path.Combine(root, "src", "Scorecard.Cli", "bin", "Release", "net10.0", "scorecard.dll");
            if (build || !File.Exists(cli))
            {
                Console.WriteLine("Building src/Scorecard.Cli (Release)...");
                using var dotnetBuild = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(root, "src", "Scorecard.Cli"), "-c", "Release", "-v", "q", "-nologo"]) { UseShellExecute = false })!;
                await dotnetBuild.WaitForExitAsync();
                if (dotnetBuild.ExitCode != 0) throw new InvalidOperationException("Building the CLI failed.");
            }
            var server = new ServerProcess();
            var port = FreePort();
            server.Address = new Uri($"http://127.0.0.1:{port}");
            var start = new ProcessStartInfo("dotnet", [cli, "--database", database, "serve", "--urls", server.Address.ToString().TrimEnd('/')])
            {
                UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root,
            };
            start.Environment["Scorecard__Api__Keys__0__Name"] = "benchmark";
            start.Environment["Scorecard__Api__Keys__0__Role"] = "Analyst";
            start.Environment["Scorecard__Api__Keys__0__Sha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(server.Key)));
            start.Environment["Scorecard__Jobs__Enabled"] = "false";
            // A log line per request would be part of what is measured; warnings still show.
            start.Environment["Logging__LogLevel__Default"] = "Warning";
            // Except the one line that says which mode SQLite is in (Scorecard:Warehouse:SqliteMultiThread).
            start.Environment["Logging__LogLevel__Scorecard.Api.Warehouse.WarehouseRegistration"] = "Information";
            foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
            server._process = Process.Start(start)!;
            // serve prints its addresses once it is ready, after its warm-up (FeedWarmUp); /health answers before that.
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            server._process.OutputDataReceived += (_, e) =>
            {
                if (e.Data?.Contains("OData feed:", StringComparison.Ordinal) == true) ready.TrySetResult();
                if (e.Data?.Contains("SQLite connections in", StringComparison.Ordinal) == true) Console.WriteLine($"  server: {e.Data.Trim()}");
                if (e.Data?.Contains("warn", StringComparison.OrdinalIgnoreCase) == true || e.Data?.Contains("fail", StringComparison.OrdinalIgnoreCase) == true) Console.WriteLine($"  server: {e.Data}");
            };
            server._process.ErrorDataReceived += (_, e) => { if (!string.IsNullOrEmpty(e.Data)) Console.WriteLine($"  server: {e.Data}"); };
            server._process.BeginOutputReadLine();
            server._process.BeginErrorReadLine();

            using var probe = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(5) };
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                if (server._process.HasExited) throw new InvalidOperationException($"scorecard serve exited with code {server._process.ExitCode}.");
                try
                {
                    if ((await probe.GetAsync("/health")).IsSuccessStatusCode) break;
                }
                catch (HttpRequestException) { }
                if (deadline.Elapsed > TimeSpan.FromSeconds(60)) { server.Stop(); throw new TimeoutException("scorecard serve did not answer /health within 60 s."); }
                await Task.Delay(250);
            }
            var answered = deadline.Elapsed;
            if (await Task.WhenAny(ready.Task, Task.Delay(TimeSpan.FromSeconds(300))) != ready.Task) { server.Stop(); throw new TimeoutException("scorecard serve did not say it was ready within 300 s."); }
            server._process.Refresh();
            Console.WriteLine($"scorecard serve (process {server._process.Id}) answers at {server.Address}; ready {(deadline.Elapsed - answered).TotalSeconds:N1} s after it first answered (its warm-up), server CPU so far {server._process.TotalProcessorTime.TotalSeconds:N2} s");
            return server;
        }

        public void Stop()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
            _process.Dispose();
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    /// <summary>The checkout: above the benchmark's build output, else above the folder it is run from.</summary>

    private sealed record Options(string? Database, int Children, int Seed, int Clients, int Seconds, bool Build, bool Help, bool ExportsOnly = false)
    {
        public Dictionary<string, string> Settings { get; init; } = [];

        public static Options Parse(string[] args)
        {
            var o = new Options(null, 40_000, new SyntheticCouncilOptions().Seed, 32, 30, true, false);
            for (var i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
                int Number() => int.Parse(Next(), NumberStyles.Integer, CultureInfo.InvariantCulture);
                o = args[i] switch
                {
                    "--db" => o with { Database = Path.GetFullPath(Next()) },
                    "--children" => o with { Children = Number() },
                    "--seed" => o with { Seed = Number() },
                    "--clients" => o with { Clients = Number() },
                    "--seconds" => o with { Seconds = Number() },
                    "--no-build" => o with { Build = false },
                    "--exports-only" => o with { ExportsOnly = true },
                    "--set" => Next().Split('=', 2) is [var key, var value] ? o with { Settings = new(o.Settings) { [key] = value } } : throw new ArgumentException("--set needs KEY=VALUE."),
                    "-h" or "--help" => o with { Help = true },
                    _ => throw new ArgumentException($"Unknown option {args[i]}."),
                };
            }
            return o;
        }
    }
}
