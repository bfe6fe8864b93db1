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

    private PostgresTestWarehouse(string server, string key)
    {
        _server = server;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name, Pooling = false }.ToString();
        Contexts = new WarehouseContextFactory(new WarehouseOptions { Provider = WarehouseProvider.PostgreSql, ConnectionString = ConnectionString });
        Key = key;
        Pseudonymiser = Pseudonymiser.FromKeyText(key);
        Loader = new ExtractLoader(Contexts, Pseudonymiser);
    }

    public string ConnectionString { get; }
    public string Key { get; }
    public WarehouseContextFactory Contexts { get; }
    public Pseudonymiser Pseudonymiser { get; }
    public ExtractLoader Loader { get; }

    public static async Task<PostgresTestWarehouse> CreateAsync()
    {
        var w = new PostgresTestWarehouse(Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable)!, Pseudonymiser.NewKeyText());
        await w.ExecuteOnServerAsync($"CREATE DATABASE \"{w._name}\"");
        return w;
    }

    /// <summary>
    /// A database of its own holding what <paramref name="source"/> holds now (PostgreSQL's copy of a template
    /// database, which no connection may hold open: the test warehouses do not pool) under the same key, so that a
    /// later load of the same extract finds the rows already there. For tests that each start from the same council,
    /// loaded and refreshed once.
    /// </summary>
    public static async Task<PostgresTestWarehouse> CopyOfAsync(PostgresTestWarehouse source)
    {
        var w = new PostgresTestWarehouse(source._server, source.Key);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Autovacuum may be at work in the source just after its load: its workers give way when ended.
                await w.ExecuteOnServerAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{source._name}' AND pid <> pg_backend_pid()");
                await w.ExecuteOnServerAsync($"CREATE DATABASE \"{w._name}\" TEMPLATE \"{source._name}\"");
                return w;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 5)
            {
                await Task.Delay(200);
            }
        }
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
