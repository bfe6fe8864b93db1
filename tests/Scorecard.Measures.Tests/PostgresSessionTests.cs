using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Measures.Tests;

/// <summary>
/// Each PostgreSQL session Scorecard opens has JIT compilation off, whatever the server's default (it cost the refresh
/// more than it saved), unless the council keeps the server's setting with Scorecard:Warehouse:PostgreSqlJit; and the
/// refresh's readers run without parallel workers, and group without sorting where their counts add up.
/// </summary>
public class PostgresSessionTests
{
    [PostgresFact]
    public async Task EverySessionScorecardOpens_HasJitOff_WhetherOpenedOnceOrAgainFromThePool()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        var pooled = new WarehouseContextFactory(new WarehouseOptions
        {
            Provider = WarehouseProvider.PostgreSql,
            ConnectionString = new NpgsqlConnectionStringBuilder(pg.ConnectionString) { Pooling = true }.ToString(),
        });

        // Twice: the second context gets the first one's physical connection back from the pool, which the pool resets
        // (DISCARD ALL) on return, so the setting must be made again at each opening.
        for (var i = 0; i < 2; i++)
        {
            await using var db = pooled.Create();
            (await JitAsync(db)).ShouldBe("off");
        }
        NpgsqlConnection.ClearAllPools();
    }

    [PostgresFact]
    public async Task PostgreSqlJit_KeepsTheServersOwnSetting()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        // The server's default, on a connection Scorecard did not open: "on" where PostgreSQL was built with LLVM,
        // "off" where not. The test makes the server's default "on" for its database so that keeping it shows.
        await using (var admin = new NpgsqlConnection(pg.ConnectionString))
        {
            await admin.OpenAsync();
            await using var alter = new NpgsqlCommand($"ALTER DATABASE \"{admin.Database}\" SET jit = on", admin);
            await alter.ExecuteNonQueryAsync();
        }
        var keeping = new WarehouseContextFactory(new WarehouseOptions
        {
            Provider = WarehouseProvider.PostgreSql, ConnectionString = pg.ConnectionString, PostgreSqlJit = true,
        });

        await using (var db = keeping.Create()) (await JitAsync(db)).ShouldBe("on");
        await using (var db = pg.Contexts.Create()) (await JitAsync(db)).ShouldBe("off");
    }

    [PostgresFact]
    public async Task TheRefreshsReaders_RunWithoutParallelWorkers_OtherSessionsKeepTheServersSetting()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        await using var reader = pg.Contexts.Create();
        await MeasureComputation.ConfigureReaderAsync(reader, CancellationToken.None);
        (await ShowAsync(reader, "max_parallel_workers_per_gather")).ShouldBe("0");

        // Any other session (the feed's, a load's) keeps the server's default, which is 2 unless a council changed it.
        await using var other = pg.Contexts.Create();
        (await ShowAsync(other, "max_parallel_workers_per_gather")).ShouldNotBe("0");
    }

    [PostgresFact]
    public async Task TheReadersOfCountsThatAddUp_GroupWithoutSorting_DistinctCountsAndOtherSessionsKeepSorting()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        var pooled = new WarehouseContextFactory(new WarehouseOptions
        {
            Provider = WarehouseProvider.PostgreSql,
            ConnectionString = new NpgsqlConnectionStringBuilder(pg.ConnectionString) { Pooling = true, MaxPoolSize = 1 }.ToString(),
        });
        // EH06 counts episodes (each member a different one: its counts add up); EH01 counts distinct children.
        var episodes = MeasureCatalogue.Find("EH06")!;
        var children = MeasureCatalogue.Find("EH01")!;
        episodes.MembersAreDistinctUnits.ShouldBeTrue();
        children.MembersAreDistinctUnits.ShouldBeFalse();

        await using (var reader = pooled.Create())
        {
            await MeasureComputation.ConfigureReaderAsync(reader, CancellationToken.None, episodes);
            (await ShowAsync(reader, "enable_sort")).ShouldBe("off");
            (await ShowAsync(reader, "max_parallel_workers_per_gather")).ShouldBe("0");
        }
        // The same physical connection (a pool of one), back from the pool: the setting went with the reader.
        await using (var other = pooled.Create()) (await ShowAsync(other, "enable_sort")).ShouldBe("on");
        await using (var reader = pooled.Create())
        {
            await MeasureComputation.ConfigureReaderAsync(reader, CancellationToken.None, children);
            (await ShowAsync(reader, "enable_sort")).ShouldBe("on");
        }
        NpgsqlConnection.ClearAllPools();
    }

    private static Task<string> JitAsync(WarehouseContext db) => ShowAsync(db, "jit");

    private static async Task<string> ShowAsync(WarehouseContext db, string setting)
    {
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SHOW " + setting;
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
