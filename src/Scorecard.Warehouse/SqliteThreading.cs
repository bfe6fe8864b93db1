using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Scorecard.Warehouse;

/// <summary>How SQLite guards a connection against use from two threads at once.</summary>
public enum SqliteThreadingMode
{
    /// <summary>SQLite's default: every call on a connection takes that connection's mutex.</summary>
    Serialized,

    /// <summary>No mutex per connection: safe while no connection is used by two threads at the same moment.</summary>
    MultiThread,
}

/// <summary>
/// SQLite's threading mode for the whole process (Scorecard:Warehouse:SqliteMultiThread, on by default). By default
/// SQLite takes a connection's mutex on every call, every column of every row read included: measured, a fifth to a
/// quarter of the CPU of reading a large set (docs/performance.md). The mutex guards a connection used by two threads
/// at the same moment, which Scorecard never does: Microsoft.Data.Sqlite and EF Core hand a connection (pooled or
/// not) to one command at a time, a context is used by one request or one refresh reader at a time, and the feed's
/// read-ahead reads the next page on the request's own connection only after the page before has been answered.
/// Use from different threads one after another (the pool, an await resuming elsewhere) is what multi-thread mode
/// allows. Microsoft.Data.Sqlite opens connections without SQLITE_OPEN_NOMUTEX or FULLMUTEX, so the process's mode
/// applies to them; a library that opens its own connections with FULLMUTEX (the SQLite job store,
/// JobsRegistration) keeps its mutex whatever the mode.
/// </summary>
public static class SqliteThreading
{
    private static readonly Lock Gate = new();
    private static bool _decided;

    /// <summary>The mode the process's connections open in, as this class set it (Serialized until it has).</summary>
    public static SqliteThreadingMode Mode { get; private set; } = SqliteThreadingMode.Serialized;

    /// <summary>
    /// Asks SQLite for multi-thread mode, once per process; only the first call decides. SQLite takes the setting only
    /// before it has started (before the process's first connection): asked later it answers SQLITE_MISUSE, and the
    /// process carries on in serialized mode, slower but as safe. A host that turns the setting off calls this too,
    /// so that nothing after it switches the mode.
    /// </summary>
    public static SqliteThreadingMode Use(bool multiThread)
    {
        lock (Gate)
        {
            if (_decided) return Mode;
            _decided = true;
            if (!multiThread) return Mode;
            // The provider Microsoft.Data.Sqlite would set on its first connection; setting it opens nothing.
            Batteries_V2.Init();
            if (raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD) == raw.SQLITE_OK) Mode = SqliteThreadingMode.MultiThread;
            return Mode;
        }
    }

    /// <summary>
    /// The mode an open connection is actually in, asked of SQLite itself (a connection has a mutex only when
    /// serialized); null when SQLite's library cannot be asked.
    /// </summary>
    public static SqliteThreadingMode? ModeOf(SqliteConnection connection) => connection.Handle is { } handle ? ModeOf(handle) : null;

    /// <inheritdoc cref="ModeOf(SqliteConnection)"/>
    public static SqliteThreadingMode? ModeOf(sqlite3 handle)
    {
        if (handle.IsInvalid) return null;
        try
        {
            return DbMutex(handle.DangerousGetHandle()) == IntPtr.Zero ? SqliteThreadingMode.MultiThread : SqliteThreadingMode.Serialized;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // SQLitePCLRaw does not wrap sqlite3_db_mutex; the library is the one it loads (SQLitePCLRaw.bundle_e_sqlite3).
    [DllImport("e_sqlite3", EntryPoint = "sqlite3_db_mutex")]
    private static extern IntPtr DbMutex(IntPtr db);
}
