using System.Diagnostics;

namespace Scorecard.Benchmarks.Load;

/// <summary>The steps of a load, in the order they run, and the group each is reported under.</summary>
internal enum Phase
{
    // Before the transaction.
    Migrate,
    HashAndPlan,
    BatchRow,
    // Per table: stream the CSV into the staging table.
    StagingTable,
    ReadValidate,
    StageInsert,
    // Per table: set-based checks on the staging table.
    StagingIndex,
    Duplicates,
    CreateReferences,
    UnresolvedReferences,
    ValidCount,
    // Per table: the incremental-refresh date, then the merge.
    EarliestDate,
    NewRowCount,
    Upsert,
    Hierarchy,
    DropStaging,
    // After the tables.
    Bookkeeping,
    Commit,
    FinalStatus,
}

internal static class PhaseGroups
{
    public const string Stream = "CSV read + validation + staging insert";
    public const string Checks = "set-based checks";
    public const string Earliest = "earliest-affected-date query";
    public const string Merge = "upsert (merge into warehouse)";
    public const string Other = "other (migrate check, hash, hierarchy, commit...)";

    public static readonly string[] All = [Stream, Checks, Earliest, Merge, Other];

    public static string Of(Phase phase) => phase switch
    {
        Phase.StagingTable or Phase.ReadValidate or Phase.StageInsert => Stream,
        Phase.StagingIndex or Phase.Duplicates or Phase.CreateReferences or Phase.UnresolvedReferences or Phase.ValidCount => Checks,
        Phase.EarliestDate => Earliest,
        Phase.NewRowCount or Phase.Upsert => Merge,
        _ => Other,
    };

    public static string Describe(Phase phase) => phase switch
    {
        Phase.Migrate => "migration check inside LoadAsync",
        Phase.HashAndPlan => "open extract, SHA-256 of files, plan",
        Phase.BatchRow => "batch row (own commit)",
        Phase.StagingTable => "CREATE TEMP staging table",
        Phase.ReadValidate => "CsvTableReader.ReadRow: parse, type checks, pseudonymise",
        Phase.StageInsert => "Fill + prepared INSERT into staging (and reject rows)",
        Phase.StagingIndex => "CREATE INDEX on staging key",
        Phase.Duplicates => "duplicate-key check (UPDATE + reject INSERT)",
        Phase.CreateReferences => "create missing families / workers / lead orgs",
        Phase.UnresolvedReferences => "unresolved-reference checks (UPDATE + reject INSERT)",
        Phase.ValidCount => "COUNT of valid staged rows",
        Phase.EarliestDate => "earliest affected date (MIN over LEFT JOIN to target)",
        Phase.NewRowCount => "COUNT of new keys (NOT EXISTS against target)",
        Phase.Upsert => "INSERT..SELECT..ON CONFLICT / UPDATE..FROM",
        Phase.Hierarchy => "organisation hierarchy rebuild",
        Phase.DropStaging => "DROP staging table",
        Phase.Bookkeeping => "batch counts, LoadBatchTable rows, reject summary",
        Phase.Commit => "COMMIT (WAL append + checkpoint)",
        Phase.FinalStatus => "final batch status UPDATE",
        _ => phase.ToString(),
    };
}

/// <summary>Time spent per (table, phase); "" is the load as a whole.</summary>
internal sealed class PhaseTimer
{
    private readonly Dictionary<(string Table, Phase Phase), long> _ticks = [];
    private readonly List<string> _tables = [];

    public IReadOnlyList<string> Tables => _tables;

    public void Add(string table, Phase phase, long stopwatchTicks)
    {
        if (!_tables.Contains(table)) _tables.Add(table);
        _ticks[(table, phase)] = _ticks.GetValueOrDefault((table, phase)) + stopwatchTicks;
    }

    public Scope Time(string table, Phase phase) => new(this, table, phase, Stopwatch.GetTimestamp());

    public TimeSpan Of(string? table, Phase phase) =>
        TimeSpan.FromSeconds(_ticks.Where(k => k.Key.Phase == phase && (table is null || k.Key.Table == table)).Sum(k => k.Value) / (double)Stopwatch.Frequency);

    public TimeSpan OfGroup(string? table, string group) =>
        TimeSpan.FromSeconds(_ticks.Where(k => PhaseGroups.Of(k.Key.Phase) == group && (table is null || k.Key.Table == table)).Sum(k => k.Value) / (double)Stopwatch.Frequency);

    public TimeSpan Total => TimeSpan.FromSeconds(_ticks.Values.Sum() / (double)Stopwatch.Frequency);

    public readonly struct Scope(PhaseTimer timer, string table, Phase phase, long start) : IDisposable
    {
        public void Dispose() => timer.Add(table, phase, Stopwatch.GetTimestamp() - start);
    }
}
