using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Scorecard.Api.Security;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.SampleData;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Api.Tests;

/// <summary>
/// A generated council (about 1,200 children, with a few planted bad rows), loaded and refreshed once into a
/// SQLite warehouse in a temp folder, and the feed host over it with one credential per role.
/// </summary>
public sealed class FeedFixture : IAsyncLifetime
{
    public const string AnalystKey = "sck_analyst-key-for-tests-0000000000000000000";
    public const string BoardKey = "sck_board-key-for-tests-11111111111111111111111";
    public const string QualityAssuranceKey = "sck_qa-key-for-tests-2222222222222222222222222";
    public const string AdminKey = "sck_admin-key-for-tests-333333333333333333333";
    public const string BasicUser = "bi.officer";
    public const string BasicPassword = "correct horse battery staple";

    public const int PageSize = 2000;

    public string Folder { get; } = Directory.CreateTempSubdirectory("scorecard-api-tests-").FullName;
    public string ExtractFolder => Path.Combine(Folder, "extract");
    public string DatabasePath => Path.Combine(Folder, "warehouse.db");
    /// <summary>The pseudonymisation key: configured on the host too, to prove the feed never shows it.</summary>
    public string PseudonymisationKey { get; } = Pseudonymiser.NewKeyText();
    public WarehouseContextFactory Contexts { get; private set; } = null!;
    public LogCapture Logs { get; } = new();
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        new SyntheticCouncilGenerator(new SyntheticCouncilOptions { Children = 1200, Seed = 11, DirtyShare = 0.01 }).Write(ExtractFolder);
        Contexts = new WarehouseContextFactory(new WarehouseOptions { ConnectionString = DatabasePath });
        var load = await new ExtractLoader(Contexts, Pseudonymiser.FromKeyText(PseudonymisationKey)).LoadAsync(ExtractFolder);
        load.Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded, load.Message);
        var targets = Repository.TargetsFile;
        await new MeasureRefresher(Contexts, new MeasureOptions(), targets).RefreshAsync(RefreshMode.Full);
        Factory = CreateFactory();
    }

    /// <summary>Settings every host in these tests shares: the warehouse, one key per role, a Basic user.</summary>
    public Dictionary<string, string?> Settings(bool jobs = false) => new()
    {
        ["Scorecard:Warehouse:Provider"] = "Sqlite",
        ["Scorecard:Warehouse:ConnectionString"] = DatabasePath,
        ["Scorecard:PseudonymisationKey"] = PseudonymisationKey,
        ["Scorecard:Jobs:Enabled"] = jobs ? "true" : "false",
        ["Scorecard:Jobs:TargetsPath"] = Repository.TargetsFile,
        // Small pages, so every set of this small council is read through several nextLinks.
        ["Scorecard:Api:Limits:PageSize"] = PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        // No warm-up at start: it would read pages beside the tests that count the pages read (its own test turns it on).
        ["Scorecard:Api:WarmUp:Pages"] = "0",
        // These tests send thousands of refused queries on purpose; the limit on repeated failures has its own test.
        ["Scorecard:Api:FailureLimit:MaxFailures"] = "0",
        ["Scorecard:Api:Keys:0:Name"] = "Power BI service",
        ["Scorecard:Api:Keys:0:Role"] = FeedRoles.Analyst,
        ["Scorecard:Api:Keys:0:Sha256"] = SecretHashing.HashKey(AnalystKey),
        ["Scorecard:Api:Keys:1:Name"] = "Board pack",
        ["Scorecard:Api:Keys:1:Role"] = FeedRoles.Board,
        ["Scorecard:Api:Keys:1:Sha256"] = SecretHashing.HashKey(BoardKey),
        ["Scorecard:Api:Keys:2:Name"] = "QA workbook",
        ["Scorecard:Api:Keys:2:Role"] = FeedRoles.QualityAssurance,
        ["Scorecard:Api:Keys:2:Sha256"] = SecretHashing.HashKey(QualityAssuranceKey),
        ["Scorecard:Api:Keys:3:Name"] = "Administrator",
        ["Scorecard:Api:Keys:3:Role"] = FeedRoles.Admin,
        ["Scorecard:Api:Keys:3:Sha256"] = SecretHashing.HashKey(AdminKey),
        ["Scorecard:Api:Users:0:Name"] = BasicUser,
        ["Scorecard:Api:Users:0:Role"] = FeedRoles.Analyst,
        // Fewer iterations than production so the suite stays fast; the check is the same code.
        ["Scorecard:Api:Users:0:PasswordHash"] = SecretHashing.HashPassword(BasicPassword, iterations: 10_000),
    };

    public WebApplicationFactory<Program> CreateFactory(IDictionary<string, string?>? extra = null, Action<IWebHostBuilder>? configure = null, bool jobs = false) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in Settings(jobs).Concat(extra ?? new Dictionary<string, string?>())) b.UseSetting(key, value);
            b.ConfigureLogging(l => l.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
            configure?.Invoke(b);
        });

    public HttpClient Client(string? key = null) => ClientOf(Factory, key);

    /// <summary>A client of any host (this fixture's, or one with settings of its own), with Power BI's headers and a key.</summary>
    public static HttpClient ClientOf(WebApplicationFactory<Program> host, string? key)
    {
        var client = host.CreateClient();
        PowerBi.Headers(client);
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    public HttpClient BasicClient(string user = BasicUser, string password = BasicPassword)
    {
        var client = Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return client;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

}

[CollectionDefinition(Name)]
public sealed class FeedCollection : ICollectionFixture<FeedFixture>
{
    public const string Name = "Feed";
}

/// <summary>Every log line any host wrote, formatted, with its exception and structured values.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join("; ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
