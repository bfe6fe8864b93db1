using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.Extensions.Configuration;

namespace Scorecard.Warehouse;

public enum WarehouseProvider
{
    Sqlite,
    SqlServer,
    PostgreSql,
}

/// <summary>Where the warehouse lives. Bound from configuration section "Scorecard:Warehouse".</summary>
public sealed class WarehouseOptions
{
    public const string DefaultSqlitePath = "data/scorecard.db";

    public WarehouseProvider Provider { get; set; } = WarehouseProvider.Sqlite;

    /// <summary>For SQLite a file path or a full connection string; for the servers a connection string.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// Leave PostgreSQL's JIT compilation as the server has it. Off by default: Scorecard turns it off for each of
    /// its sessions (<see cref="PostgresSession"/>), since it cost the refresh more than it gave.
    /// </summary>
    public bool PostgreSqlJit { get; set; }

    /// <summary>
    /// SQLite's multi-thread mode for the process (<see cref="SqliteThreading"/>): on by default; false keeps SQLite's
    /// serialized mode, a mutex taken on every call, should a council ever need to rule the mode out.
    /// </summary>
    public bool SqliteMultiThread { get; set; } = true;

    /// <summary>
    /// The "Scorecard:Warehouse" settings (the connection string also from ConnectionStrings:Warehouse), read the
    /// same way by the command line and the feed's host. Reading them is the first thing either does, before any
    /// connection, so SQLite's threading mode is set here, once for the process (<see cref="SqliteThreading.Use"/>).
    /// </summary>
    public static WarehouseOptions FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Scorecard:Warehouse");
        var options = new WarehouseOptions
        {
            Provider = section["Provider"] is { Length: > 0 } p ? ParseProvider(p) : WarehouseProvider.Sqlite,
            ConnectionString = section["ConnectionString"] ?? configuration.GetConnectionString("Warehouse"),
            PostgreSqlJit = Flag(section, nameof(PostgreSqlJit), false),
            SqliteMultiThread = Flag(section, nameof(SqliteMultiThread), true),
        };
        SqliteThreading.Use(options.SqliteMultiThread);
        return options;
    }

    private static bool Flag(IConfigurationSection section, string name, bool fallback) => section[name] switch
    {
        null or "" => fallback,
        var value when bool.TryParse(value.Trim(), out var flag) => flag,
        var value => throw new ArgumentException($"{section.Path}:{name} is '{value}': use true or false."),
    };

    public string ResolveConnectionString()
    {
        var value = string.IsNullOrWhiteSpace(ConnectionString) ? null : ConnectionString.Trim();
        if (Provider != WarehouseProvider.Sqlite)
            return value ?? throw new InvalidOperationException(
                $"The {Provider} warehouse needs a connection string (Scorecard__Warehouse__ConnectionString or --connection).");
        if (value is not null && value.Contains('=', StringComparison.Ordinal)) return value;
        var path = Path.GetFullPath(value ?? DefaultSqlitePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
    }

    public static WarehouseProvider ParseProvider(string value) => value.Trim().ToLowerInvariant() switch
    {
        "sqlite" => WarehouseProvider.Sqlite,
        "sqlserver" or "mssql" or "sql-server" => WarehouseProvider.SqlServer,
        "postgresql" or "postgres" or "npgsql" or "pg" => WarehouseProvider.PostgreSql,
        _ => throw new ArgumentException($"Unknown warehouse provider '{value}'. Use sqlite, sqlserver or postgresql."),
    };
}

public sealed class SqliteWarehouseContext(DbContextOptions<SqliteWarehouseContext> options) : WarehouseContext(options)
{
    protected override bool UsesSchemas => false;
}

public sealed class SqlServerWarehouseContext(DbContextOptions<SqlServerWarehouseContext> options) : WarehouseContext(options)
{
    protected override bool UsesSchemas => true;
}

public sealed class PostgresWarehouseContext(DbContextOptions<PostgresWarehouseContext> options) : WarehouseContext(options)
{
    protected override bool UsesSchemas => true;
}

/// <summary>Creates the context for the configured provider.</summary>
public sealed class WarehouseContextFactory(WarehouseOptions options)
{
    public WarehouseOptions Options => options;

    public WarehouseContext Create()
    {
        var cs = options.ResolveConnectionString();
        return options.Provider switch
        {
            WarehouseProvider.Sqlite => new SqliteWarehouseContext(
                new DbContextOptionsBuilder<SqliteWarehouseContext>().UseSqlite(cs, o => o.CommandTimeout(600)).Options),
            WarehouseProvider.SqlServer => new SqlServerWarehouseContext(
                new DbContextOptionsBuilder<SqlServerWarehouseContext>().UseSqlServer(cs, SqlServerOptions).Options),
            WarehouseProvider.PostgreSql => new PostgresWarehouseContext(PostgresSession.Configure(
                new DbContextOptionsBuilder<PostgresWarehouseContext>().UseNpgsql(cs, o => o.CommandTimeout(600)), options.PostgreSqlJit).Options),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }

    /// <summary>
    /// SQL Server queries are translated for compatibility level 140, SQL Server 2017, the oldest release Scorecard
    /// supports: EF Core would otherwise assume 2022 (160) and may use what older servers lack.
    /// </summary>
    public const int SqlServerCompatibilityLevel = 140;

    public static void SqlServerOptions(Microsoft.EntityFrameworkCore.Infrastructure.SqlServerDbContextOptionsBuilder o) =>
        o.CommandTimeout(600).UseCompatibilityLevel(SqlServerCompatibilityLevel);

    /// <summary>A context over a connection the caller opened and owns (a read-only or in-memory SQLite one).</summary>
    public static WarehouseContext Create(WarehouseProvider provider, System.Data.Common.DbConnection connection) => provider switch
    {
        WarehouseProvider.Sqlite => new SqliteWarehouseContext(
            new DbContextOptionsBuilder<SqliteWarehouseContext>().UseSqlite(connection, o => o.CommandTimeout(600)).Options),
        WarehouseProvider.PostgreSql => new PostgresWarehouseContext(PostgresSession.Configure(
            new DbContextOptionsBuilder<PostgresWarehouseContext>().UseNpgsql(connection, o => o.CommandTimeout(600)), keepJit: false).Options),
        WarehouseProvider.SqlServer => new SqlServerWarehouseContext(
            new DbContextOptionsBuilder<SqlServerWarehouseContext>().UseSqlServer(connection, SqlServerOptions).Options),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}

// Design-time factories: `dotnet ef migrations add X --context SqliteWarehouseContext` and friends.
// The connection strings here are placeholders; generating migrations never connects.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWarehouseContext>
{
    public SqliteWarehouseContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWarehouseContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerWarehouseContext>
{
    public SqlServerWarehouseContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerWarehouseContext>().UseSqlServer("Server=.;Database=Scorecard;Trusted_Connection=True").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWarehouseContext>
{
    public PostgresWarehouseContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWarehouseContext>().UseNpgsql("Host=localhost;Database=scorecard").Options);
}
