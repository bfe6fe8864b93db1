using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Scorecard.SampleData;
using Scorecard.Warehouse;

namespace Scorecard.Benchmarks;

/// <summary>A folder under the temp directory (/tmp) that is deleted, with everything in it, on dispose.</summary>
internal sealed class ScratchFolder : IDisposable
{
    public ScratchFolder(string prefix = "scorecard-bench-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>The repository the benchmark runs from (shipped targets and templates are read from it).</summary>
    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Scorecard.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Scorecard.sln not found.");
    }

    /// <summary>Deletes a SQLite database and its -wal / -shm / -journal files.</summary>
    public static void DeleteDatabase(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
            if (System.IO.File.Exists(f)) System.IO.File.Delete(f);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException e) { Console.Error.WriteLine($"Could not delete {Path}: {e.Message}"); }
    }
}

/// <summary>Fresh SQLite warehouse files, migrated the way the product migrates them.</summary>
internal static class Warehouses
{
    public static WarehouseContextFactory Sqlite(string path) =>
        new(new WarehouseOptions { Provider = WarehouseProvider.Sqlite, ConnectionString = path });

    /// <summary>Creates (replacing any old file) and migrates a warehouse: tables, indexes, calendar and code lists.</summary>
    public static async Task<WarehouseContextFactory> CreateMigratedAsync(string path, CancellationToken ct)
    {
        ScratchFolder.DeleteDatabase(path);
        var contexts = Sqlite(path);
        await using (var db = contexts.Create()) await WarehouseDatabase.MigrateAsync(db, ct);
        SqliteConnection.ClearAllPools();
        return contexts;
    }

    /// <summary>Row counts of every fact and dimension table an extract feeds (not calendar or code lists).</summary>
    public static async Task<SortedDictionary<string, long>> CountRowsAsync(WarehouseContextFactory contexts, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            if (!table.StartsWith("Fact_", StringComparison.Ordinal) && !table.StartsWith("Dimension_", StringComparison.Ordinal)) continue;
            if (table is "Dimension_Date" or "Dimension_Code" or "Dimension_Measure" or "Dimension_Period" or "Dimension_Target" or "Fact_MeasureValue") continue;
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            counts[table] = Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        await db.Database.CloseConnectionAsync();
        SqliteConnection.ClearAllPools();
        return counts;
    }

    public static long FileBytes(string path) =>
        new[] { path, path + "-wal" }.Where(System.IO.File.Exists).Sum(f => new FileInfo(f).Length);
}

/// <summary>Synthetic extracts for the benchmarks (clean: no dirty rows, so every row loads).</summary>
internal static class Extracts
{
    public static GeneratedExtract Generate(string folder, int children, int seed)
    {
        var clock = Stopwatch.StartNew();
        var extract = new SyntheticCouncilGenerator(new SyntheticCouncilOptions { Children = children, Seed = seed }).Write(folder);
        Console.WriteLine($"  generated {children:N0} children -> {extract.TotalRows:N0} rows, {Size(folder) / 1048576.0:N1} MiB in {clock.Elapsed.TotalSeconds:N1} s ({folder})");
        return extract;
    }

    public static long Size(string folder) => Directory.EnumerateFiles(folder, "*.csv").Sum(f => new FileInfo(f).Length);
}

/// <summary>Memory figures of a process from /proc (Linux).</summary>
internal static class ProcStatus
{
    /// <summary>VmHWM (peak resident set) and VmRSS of this process, in KiB; null where /proc is not there.</summary>
    public static (long? PeakKb, long? CurrentKb) Self() => Read("/proc/self/status");

    public static (long? PeakKb, long? CurrentKb) Read(string statusFile)
    {
        if (!File.Exists(statusFile)) return (null, null);
        long? peak = null, current = null;
        foreach (var line in File.ReadLines(statusFile))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal)) peak = Kb(line);
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) current = Kb(line);
        }
        return (peak, current);
    }

    private static long Kb(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}

internal static class Format
{
    public static string Mib(long kb) => (kb / 1024.0).ToString("N1", CultureInfo.InvariantCulture);
    public static string Rate(double rowsPerSecond) => rowsPerSecond.ToString("N0", CultureInfo.InvariantCulture);
    public static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("N2", CultureInfo.InvariantCulture);
    public static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
    public static string Ratio(double r) => r.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>The one-minute load average, printed beside a run's timings: the machine is shared.</summary>
    public static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";
}

/// <summary>A fresh, migrated PostgreSQL database on a server the caller names; dropped on dispose.</summary>
internal sealed class PostgresScratch : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name = "scorecard_bench_" + Guid.NewGuid().ToString("N")[..12];
    private readonly bool _keep;

    private PostgresScratch(string server, bool keep)
    {
        _server = server;
        _keep = keep;
        var database = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = _name }.ToString();
        Contexts = new WarehouseContextFactory(new WarehouseOptions { Provider = WarehouseProvider.PostgreSql, ConnectionString = database });
    }

    public WarehouseContextFactory Contexts { get; }

    /// <param name="keep">Leave the database on the server when done (its name is printed), to look at plans in it.</param>
    public static async Task<PostgresScratch> CreateAsync(string server, CancellationToken ct, bool keep = false)
    {
        var scratch = new PostgresScratch(server, keep);
        await scratch.OnServerAsync($"CREATE DATABASE \"{scratch._name}\"", ct);
        await using (var db = scratch.Contexts.Create()) await WarehouseDatabase.MigrateAsync(db, ct);
        return scratch;
    }

    private async Task OnServerAsync(string sql, CancellationToken ct)
    {
        await using var c = new Npgsql.NpgsqlConnection(new Npgsql.NpgsqlConnectionStringBuilder(_server) { Pooling = false }.ToString());
        await c.OpenAsync(ct);
        await using var cmd = new Npgsql.NpgsqlCommand(sql, c);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        if (_keep)
        {
            Console.WriteLine($"  PostgreSQL database kept: {_name}");
            return;
        }
        await OnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", CancellationToken.None);
    }
}
