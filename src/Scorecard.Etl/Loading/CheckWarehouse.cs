using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scorecard.Warehouse;

namespace Scorecard.Etl.Loading;

/// <summary>
/// The warehouse as <c>scorecard check</c> sees it: opened read-only, never created, never migrated, no batch
/// touched. A SQLite file is opened read-only (as immutable when no write-ahead log is open, so not even the
/// -shm file is made); PostgreSQL runs the check in a transaction that writes nothing but temporary tables
/// and is rolled back (PostgreSQL refuses temporary tables in a read-only transaction). When there is no
/// warehouse yet, or one from an older release, the check runs against an empty in-memory warehouse and says so.
/// </summary>
internal sealed class CheckWarehouse : IAsyncDisposable
{
    private readonly DbConnection? _owned;

    private CheckWarehouse(WarehouseContext db, WarehouseProvider provider, string? note, DbConnection? owned)
    {
        Db = db;
        Provider = provider;
        Note = note;
        _owned = owned;
    }

    public WarehouseContext Db { get; }
    public WarehouseProvider Provider { get; }

    /// <summary>Why the check could not compare with the configured warehouse, when it could not.</summary>
    public string? Note { get; }

    public static async Task<CheckWarehouse> OpenAsync(WarehouseContextFactory contexts, CancellationToken ct)
    {
        var options = contexts.Options;
        switch (options.Provider)
        {
            case WarehouseProvider.Sqlite:
            {
                var path = SqlitePath(options);
                if (path is null || !File.Exists(path))
                    return await InMemoryAsync($"There is no warehouse at {path ?? "(an in-memory database)"} yet, and check creates none: references were checked against this extract only.", ct);
                // Without a write-ahead log nothing is being written: read the file as it is and create nothing beside it.
                var immutable = !File.Exists(path + "-wal");
                var connection = new SqliteConnection(new SqliteConnectionStringBuilder
                {
                    DataSource = immutable ? new Uri(path).AbsoluteUri + "?immutable=1" : path,
                    Mode = SqliteOpenMode.ReadOnly,
                    Pooling = false,
                }.ToString());
                await connection.OpenAsync(ct);
                var db = WarehouseContextFactory.Create(WarehouseProvider.Sqlite, connection);
                if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                {
                    await db.DisposeAsync();
                    await connection.DisposeAsync();
                    return await OlderReleaseAsync(path, ct);
                }
                return new CheckWarehouse(db, WarehouseProvider.Sqlite, null, connection);
            }
            case WarehouseProvider.PostgreSql:
            {
                var db = contexts.Create();
                try
                {
                    await db.Database.OpenConnectionAsync(ct);
                }
                catch (PostgresException e) when (e.SqlState == "3D000")
                {
                    await db.DisposeAsync();
                    return await InMemoryAsync("The PostgreSQL warehouse database does not exist yet, and check creates none: references were checked against this extract only.", ct);
                }
                if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
                {
                    await db.DisposeAsync();
                    return await OlderReleaseAsync("the PostgreSQL database", ct);
                }
                return new CheckWarehouse(db, WarehouseProvider.PostgreSql, null, null);
            }
            default:
                return new CheckWarehouse(contexts.Create(), options.Provider, null, null);
        }
    }

    private static Task<CheckWarehouse> OlderReleaseAsync(string where, CancellationToken ct) =>
        InMemoryAsync($"The warehouse at {where} was made by an older release of Scorecard and check does not upgrade it: references were checked " +
                      "against this extract only (`scorecard load` upgrades the warehouse first).", ct);

    private static async Task<CheckWarehouse> InMemoryAsync(string note, CancellationToken ct)
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        var db = WarehouseContextFactory.Create(WarehouseProvider.Sqlite, connection);
        await WarehouseDatabase.MigrateAsync(db, ct);
        return new CheckWarehouse(db, WarehouseProvider.Sqlite, note, connection);
    }

    private static string? SqlitePath(WarehouseOptions options)
    {
        var value = string.IsNullOrWhiteSpace(options.ConnectionString) ? WarehouseOptions.DefaultSqlitePath : options.ConnectionString.Trim();
        var source = value.Contains('=', StringComparison.Ordinal) ? new SqliteConnectionStringBuilder(value).DataSource : value;
        return source is "" or ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? null : Path.GetFullPath(source);
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        if (_owned is not null) await _owned.DisposeAsync();
    }
}
