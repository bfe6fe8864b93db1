using System.Globalization;
using System.Runtime.InteropServices;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// Samples this process's memory every few milliseconds on a background thread and keeps the sample with the
/// highest resident set, so the peak can be split into anonymous memory (managed heap, SQLite's own heap and
/// page cache, native runtime), file-backed pages and shared memory (SQLite's WAL index).
/// </summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;

    public MemorySampler(TimeSpan interval)
    {
        _thread = new Thread(() =>
        {
            while (!_stop)
            {
                Sample();
                Thread.Sleep(interval);
            }
        }) { IsBackground = true, Name = "memory sampler" };
        _thread.Start();
    }

    /// <summary>The sample with the highest VmRSS so far.</summary>
    public Snapshot AtPeak { get; private set; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);
    public long MaxManagedBytes { get; private set; }
    public long MaxSqliteBytes { get; private set; }

    /// <param name="ManagedBytes">GC.GetTotalMemory: live and not yet collected objects.</param>
    /// <param name="GcCommittedBytes">Memory the GC has committed, as of its last collection.</param>
    /// <param name="SqliteBytes">sqlite3_memory_used: SQLite's heap, page caches and sorters included.</param>
    /// <param name="MallocInUseBytes">glibc malloc: bytes handed out (SQLite's allocations are among them), -1 where unknown.</param>
    /// <param name="MallocFreeBytes">glibc malloc: freed bytes it still holds (counted in RSS once touched), -1 where unknown.</param>
    public sealed record Snapshot(long RssKb, long AnonKb, long FileKb, long ShmemKb, long ManagedBytes, long GcCommittedBytes, long SqliteBytes,
        long MallocInUseBytes, long MallocFreeBytes);

    public void Sample()
    {
        long rss = 0, anon = 0, file = 0, shmem = 0;
        if (!File.Exists("/proc/self/status")) return;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal)) rss = Kb(line);
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal)) anon = Kb(line);
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal)) file = Kb(line);
            else if (line.StartsWith("RssShmem:", StringComparison.Ordinal)) shmem = Kb(line);
        }
        var managed = GC.GetTotalMemory(false);
        var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
        var sqlite = SQLitePCL.raw.sqlite3_memory_used();
        var (inUse, free) = Malloc();
        lock (this)
        {
            MaxManagedBytes = Math.Max(MaxManagedBytes, managed);
            MaxSqliteBytes = Math.Max(MaxSqliteBytes, sqlite);
            if (rss > AtPeak.RssKb) AtPeak = new Snapshot(rss, anon, file, shmem, managed, committed, sqlite, inUse, free);
        }
    }

    private static bool _noMallinfo;

    /// <summary>glibc's allocator statistics (all arenas): in use = small blocks + mmapped blocks; free = held but unused.</summary>
    private static (long InUse, long Free) Malloc()
    {
        if (_noMallinfo || !OperatingSystem.IsLinux()) return (-1, -1);
        try
        {
            var m = mallinfo2();
            return ((long)(m.uordblks + m.hblkhd), (long)m.fordblks);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _noMallinfo = true;
            return (-1, -1);
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct MallInfo2
    {
        public nuint arena, ordblks, smblks, hblks, hblkhd, usmblks, fsmblks, uordblks, fordblks, keepcost;
    }

    [DllImport("libc", EntryPoint = "mallinfo2")]
    private static extern MallInfo2 mallinfo2();

    private static long Kb(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        Sample();
    }
}
