using System.Diagnostics;
using System.Globalization;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// Hidden: one Scorecard load in a process of its own, so that its peak resident set (VmHWM) is the load's
/// alone. Migrates a fresh warehouse, loads the extract, then prints one machine-readable line that the
/// parent (<see cref="LoadBenchmarkCommand"/>) parses.
/// </summary>
internal sealed class LoadOnceCommand : IBenchmarkCommand
{
    public const string CommandName = "load-once";
    public const string ResultPrefix = "load-once-result:";

    public string Name => CommandName;
    public string Summary => "(internal) one Scorecard load in this process; prints its peak RSS.";
    public bool Hidden => true;

    public IReadOnlyList<BenchmarkOption> Options { get; } =
    [
        new("extract", "The extract folder or .zip to load."),
        new("db", "The SQLite warehouse file to create (replaced if it exists)."),
    ];

    public async Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct)
    {
        var extract = args.String("extract") ?? throw new BenchmarkUsageException("--extract DIR is required.");
        var database = args.String("db") ?? throw new BenchmarkUsageException("--db FILE is required.");
        if (!Directory.Exists(extract) && !File.Exists(extract)) throw new BenchmarkUsageException($"{extract} is neither a folder nor a file.");

        var contexts = await Warehouses.CreateMigratedAsync(database, ct);
        var (afterMigrate, _) = ProcStatus.Self();
        var loader = new ExtractLoader(contexts, Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText()));
        var sampler = new MemorySampler(TimeSpan.FromMilliseconds(20));
        var clock = Stopwatch.StartNew();
        var result = await loader.LoadAsync(extract, ct: ct);
        clock.Stop();
        sampler.Dispose();
        var (peak, current) = ProcStatus.Self();
        var gc = GC.GetGCMemoryInfo();
        var p = sampler.AtPeak;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ResultPrefix} status={result.Status} rows={result.RowsRead} rejected={result.RowsRejected} seconds={clock.Elapsed.TotalSeconds:F3} " +
            $"hwm_kb={peak ?? -1} hwm_after_migrate_kb={afterMigrate ?? -1} rss_kb={current ?? -1} gc_heap_bytes={gc.HeapSizeBytes} gc_committed_bytes={gc.TotalCommittedBytes} " +
            $"sampled_rss_kb={p.RssKb} anon_kb={p.AnonKb} file_kb={p.FileKb} shmem_kb={p.ShmemKb} managed_bytes={p.ManagedBytes} gc_committed_at_peak_bytes={p.GcCommittedBytes} sqlite_bytes={p.SqliteBytes} " +
            $"malloc_in_use_bytes={p.MallocInUseBytes} malloc_free_bytes={p.MallocFreeBytes} " +
            $"max_managed_bytes={sampler.MaxManagedBytes} max_sqlite_bytes={sampler.MaxSqliteBytes} sqlite_highwater_bytes={SQLitePCL.raw.sqlite3_memory_highwater(0)}"));
        return result.Succeeded ? 0 : 1;
    }
}

/// <summary>What a load-once child reported.</summary>
internal sealed record ChildLoad(string Status, int Rows, int Rejected, double Seconds, long PeakKb, long PeakAfterMigrateKb, long RssKb, long GcHeapBytes,
    MemorySampler.Snapshot AtPeak, long MaxManagedBytes, long MaxSqliteBytes, long SqliteHighwaterBytes)
{
    public static ChildLoad? Parse(string line)
    {
        if (!line.StartsWith(LoadOnceCommand.ResultPrefix, StringComparison.Ordinal)) return null;
        var fields = line[LoadOnceCommand.ResultPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2)).ToDictionary(f => f[0], f => f[1]);
        long L(string k) => long.Parse(fields[k], CultureInfo.InvariantCulture);
        return new ChildLoad(fields["status"], (int)L("rows"), (int)L("rejected"), double.Parse(fields["seconds"], CultureInfo.InvariantCulture),
            L("hwm_kb"), L("hwm_after_migrate_kb"), L("rss_kb"), L("gc_heap_bytes"),
            new MemorySampler.Snapshot(L("sampled_rss_kb"), L("anon_kb"), L("file_kb"), L("shmem_kb"), L("managed_bytes"), L("gc_committed_at_peak_bytes"),
                L("sqlite_bytes"), L("malloc_in_use_bytes"), L("malloc_free_bytes")),
            L("max_managed_bytes"), L("max_sqlite_bytes"), L("sqlite_highwater_bytes"));
    }

    /// <summary>Runs a load-once child on a scratch warehouse, deletes that warehouse, and returns what the child reported.</summary>
    public static async Task<ChildLoad> RunOnScratchAsync(string extract, string database, CancellationToken ct)
    {
        var result = await RunAsync(extract, database, ct);
        ScratchFolder.DeleteDatabase(database);
        return result;
    }

    /// <summary>Runs this executable's load-once in a child process and returns what it reported.</summary>
    public static async Task<ChildLoad> RunAsync(string extract, string database, CancellationToken ct)
    {
        var start = new ProcessStartInfo { RedirectStandardOutput = true, UseShellExecute = false };
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot tell which executable this is.");
        start.FileName = self;
        // Under `dotnet Scorecard.Benchmarks.dll` the process is the dotnet host: pass it the assembly.
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(typeof(ChildLoad).Assembly.Location);
        foreach (var a in new[] { LoadOnceCommand.CommandName, "--extract", extract, "--db", database }) start.ArgumentList.Add(a);

        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {self}.");
        ChildLoad? result = null;
        var output = new List<string>();
        while (await child.StandardOutput.ReadLineAsync(ct) is { } line)
        {
            output.Add(line);
            result ??= Parse(line);
        }
        await child.WaitForExitAsync(ct);
        if (child.ExitCode != 0 || result is null)
            throw new InvalidOperationException($"The load-once child exited with {child.ExitCode}:{Environment.NewLine}{string.Join(Environment.NewLine, output)}");
        return result;
    }
}
