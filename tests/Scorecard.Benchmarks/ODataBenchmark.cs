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
///  2. A full export of EarlyHelpEpisodes through @odata.nextLink from the first page to the last, in rows/s,
///     against reading the same rows (the same joins, every column) straight from the SQLite file in this process.
/// </summary>
public static class ODataBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var o = Options.Parse(args.Length > 0 && args[0] == "odata" ? args[1..] : args);
        if (o.Help)
        {
            Console.WriteLine("odata [--db FILE] [--children N] [--seed N] [--clients N] [--seconds N] [--no-build]");
            Console.WriteLine("  --db        a loaded and refreshed SQLite warehouse to reuse (skips generate, load and refresh)");
            Console.WriteLine("  --children  children in the generated council (default 40000)");
            Console.WriteLine("  --clients   concurrent clients in the latency test (default 32)");
            Console.WriteLine("  --seconds   length of the latency test (default 30)");
            Console.WriteLine("  --no-build  use the Release build of src/Scorecard.Cli as it is");
            return 0;
        }
        var root = ScratchFolder.RepositoryRoot();
        using var scratch = new ScratchFolder("scorecard-odata-bench-");
        Console.WriteLine($"Scorecard OData benchmark: {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        var database = o.Database ?? await BuildWarehouseAsync(scratch, root, o);
        var server = await ServerProcess.StartAsync(root, database, o.Build);
        try
        {
            using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = o.Clients * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
            using var http = new HttpClient(handler) { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(120) };
            http.DefaultRequestHeaders.Add("X-Api-Key", server.Key);
            http.DefaultRequestHeaders.Add("Accept", "application/json;odata.metadata=minimal");

            var (maxKey, pageSize) = await ProbeAsync(http);
            Console.WriteLine($"MeasureValues: keys up to {maxKey:N0}, {pageSize:N0} rows a page.");
            await LatencyAsync(http, maxKey, pageSize, 4, TimeSpan.FromSeconds(5), quiet: true);
            // One client first: what a page costs the server on its own, against which the queueing of 32 shows.
            var alone = await LatencyAsync(http, maxKey, pageSize, 1, TimeSpan.FromSeconds(10), quiet: false);
            var latency = await LatencyAsync(http, maxKey, pageSize, o.Clients, TimeSpan.FromSeconds(o.Seconds), quiet: false);

            var export = await ExportAsync(http);
            var direct = ReadDirect(database);
            Console.WriteLine();
            Console.WriteLine("| measurement | result |");
            Console.WriteLine("|---|---|");
            Console.WriteLine($"| MeasureValues page ({pageSize:N0} rows), 1 client, 10 s | p50 {alone.P50:N0} ms, p95 {alone.P95:N0} ms; {alone.Requests / alone.Elapsed.TotalSeconds:N1} pages/s, {alone.Errors} errors |");
            Console.WriteLine($"| MeasureValues page ({pageSize:N0} rows), {o.Clients} clients, {o.Seconds} s | p50 {latency.P50:N0} ms, p95 {latency.P95:N0} ms, p99 {latency.P99:N0} ms; {latency.Requests:N0} pages ({latency.Requests / latency.Elapsed.TotalSeconds:N1}/s), {latency.Errors} errors |");
            Console.WriteLine($"| EarlyHelpEpisodes export through nextLink | {export.Rows:N0} rows in {export.Pages} pages, {export.Elapsed.TotalSeconds:N2} s, {export.Rows / export.Elapsed.TotalSeconds:N0} rows/s ({export.Bytes / 1048576.0:N1} MiB) |");
            Console.WriteLine($"| The same rows straight from SQLite | {direct.Rows:N0} rows in {direct.Elapsed.TotalSeconds:N2} s, {direct.Rows / direct.Elapsed.TotalSeconds:N0} rows/s |");
            Console.WriteLine($"| Feed / direct | {export.Rows / export.Elapsed.TotalSeconds / (direct.Rows / direct.Elapsed.TotalSeconds):P1} of the direct read's rate |");
            var ok = latency.Errors == 0 && alone.Errors == 0 && export.Rows == direct.Rows;
            Console.WriteLine(latency.Errors + alone.Errors == 0 ? "PASS: no errors under load." : $"FAIL: {latency.Errors + alone.Errors} errors under load.");
            Console.WriteLine(export.Rows == direct.Rows ? "PASS: the export read every row once." : $"FAIL: the export read {export.Rows:N0} rows, the database holds {direct.Rows:N0}.");
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
        var samples = new List<double>[clients];
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = samples[c] = [];
            var random = new Random(c);
            while (clock.Elapsed < duration)
            {
                // A nextLink: the page after a key, as the server's own skiptoken says.
                var after = random.NextInt64(0, Math.Max(1, maxKey - pageSize));
                var start = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await http.GetAsync($"/odata/MeasureValues?$skiptoken=MeasureValueKey-{after}", HttpCompletionOption.ResponseContentRead);
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
        var result = new Latency(At(0.50), At(0.95), At(0.99), all.Count, errors, clock.Elapsed);
        if (!quiet) Console.WriteLine($"Latency, {clients} client(s): {result.Requests:N0} pages, p50 {result.P50:N0} ms, p95 {result.P95:N0} ms, {result.Errors} errors.");
        return result;
    }

    private sealed record Export(long Rows, int Pages, long Bytes, TimeSpan Elapsed);

    private static async Task<Export> ExportAsync(HttpClient http)
    {
        long rows = 0, bytes = 0;
        var pages = 0;
        string? next = "/odata/EarlyHelpEpisodes";
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
        return new Export(rows, pages, bytes, clock.Elapsed);
    }

    /// <summary>The rows of the EarlyHelpEpisodes set with the joins the feed makes, read with a plain SqliteDataReader.</summary>
    private static (long Rows, TimeSpan Elapsed) ReadDirect(string database)
    {
        const string sql = """
            SELECT e.EpisodeKey, e.EpisodeId, e.PersonKey, p.PersonId, f.FamilyId, e.OrgUnitKey, t.OrgUnitId, t.Name,
                   CASE WHEN t.Level = 'Locality' THEN t.Name WHEN t1.Level = 'Locality' THEN t1.Name WHEN t2.Level = 'Locality' THEN t2.Name END,
                   e.ReferralDate, e.StartDate, e.EndDate, d.FinancialQuarterLabel, e.EndDate IS NULL, e.Reason, e.EndReasonCode, r.Label,
                   e.LevelCode, l.Label, o.Name, p.Sex, p.EthnicityGroup
            FROM Fact_EarlyHelpEpisode e
            JOIN Dimension_Person p ON p.PersonKey = e.PersonKey
            LEFT JOIN Dimension_Family f ON f.FamilyKey = e.FamilyKey
            LEFT JOIN Dimension_OrganisationUnit t ON t.OrgUnitKey = e.OrgUnitKey
            LEFT JOIN Dimension_OrganisationUnit t1 ON t1.OrgUnitKey = t.ParentOrgUnitKey
            LEFT JOIN Dimension_OrganisationUnit t2 ON t2.OrgUnitKey = t1.ParentOrgUnitKey
            LEFT JOIN Dimension_Date d ON d.DateKey = e.StartDateKey
            LEFT JOIN Dimension_Code r ON r.CodeSet = 'EarlyHelpEndReason' AND r.Code = e.EndReasonCode
            LEFT JOIN Dimension_Code l ON l.CodeSet = 'EarlyHelpLevel' AND l.Code = e.LevelCode
            LEFT JOIN Dimension_LeadOrganisation o ON o.LeadOrganisationKey = e.LeadOrganisationKey
            ORDER BY e.EpisodeKey
            """;
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
        return (rows, clock.Elapsed);
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
            foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
            server._process = Process.Start(start)!;
            server._process.OutputDataReceived += (_, e) => { if (e.Data?.Contains("warn", StringComparison.OrdinalIgnoreCase) == true || e.Data?.Contains("fail", StringComparison.OrdinalIgnoreCase) == true) Console.WriteLine($"  server: {e.Data}"); };
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
            Console.WriteLine($"scorecard serve (process {server._process.Id}) answers at {server.Address}");
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

    private sealed record Options(string? Database, int Children, int Seed, int Clients, int Seconds, bool Build, bool Help)
    {
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
                    "-h" or "--help" => o with { Help = true },
                    _ => throw new ArgumentException($"Unknown option {args[i]}."),
                };
            }
            return o;
        }
    }
}
