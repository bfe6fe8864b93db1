using Npgsql;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Warehouse;

namespace Scorecard.TestSupport;

/// <summary>
/// A test against a real PostgreSQL server. .ci/run starts one and sets SCORECARD_TEST_POSTGRES; without
/// it the test reports as skipped with this reason (visible in the test output), never as passed.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "SCORECARD_TEST_POSTGRES";
    private const string NoServer = "No PostgreSQL server: set " + Variable + " to a connection string (.ci/run starts one).";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable))) Skip = NoServer;
    }
}

/// <summary>A fresh PostgreSQL database per test, dropped afterwards.</summary>
public sealed class PostgresTestWarehouse : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = "scorecard_test_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresTestWarehouse(string server)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name, Pooling = false }.ToString();
        Contexts = new WarehouseContextFactory(new WarehouseOptions { Provider = WarehouseProvider.PostgreSql, ConnectionString = ConnectionString });
        Pseudonymiser = Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText());
        Loader = new ExtractLoader(Contexts, Pseudonymiser);
    }

    public string ConnectionString { get; }
    public WarehouseContextFactory Contexts { get; }
    public Pseudonymiser Pseudonymiser { get; }
    public ExtractLoader Loader { get; }

    public static async Task<PostgresTestWarehouse> CreateAsync()
    {
        var w = new PostgresTestWarehouse(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!);
        await w.ExecuteOnServerAsync($"CREATE DATABASE \"{w._name}\"");
        return w;
    }

    private async Task ExecuteOnServerAsync(string sql)
    {
        await using var c = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ToString());
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync() => await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
}
