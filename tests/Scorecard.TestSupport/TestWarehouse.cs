using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Measures;

namespace Scorecard.TestSupport;

/// <summary>
/// A throwaway SQLite warehouse in a temp folder with a fresh random pseudonymisation key: write and load
/// hand-made extracts through the real loader, refresh the snapshot, and read values back by measure code,
/// period label, org unit id and breakdown. Deleted with the object.
/// </summary>
public sealed class TestWarehouse : IDisposable
{
    public TestWarehouse(string? targetsJson = null) : this(Pseudonymiser.NewKeyText(), targetsJson ?? """{ "targets": [] }""")
    {
    }

    /// <param name="targetsJson">The targets file's text; null when the caller copies one in.</param>
    private TestWarehouse(string key, string? targetsJson)
    {
        Folder = Directory.CreateTempSubdirectory("scorecard-test-").FullName;
        DatabasePath = Path.Combine(Folder, "warehouse.db");
        Contexts = new WarehouseContextFactory(new WarehouseOptions { Provider = WarehouseProvider.Sqlite, ConnectionString = DatabasePath });
        Key = key;
        Pseudonymiser = Pseudonymiser.FromKeyText(Key);
        Loader = new ExtractLoader(Contexts, Pseudonymiser);
        TargetsPath = Path.Combine(Folder, "targets.json");
        if (targetsJson is not null) File.WriteAllText(TargetsPath, targetsJson);
    }

    /// <summary>
    /// A warehouse of its own holding what <paramref name="source"/> holds now: the database (through SQLite's backup,
    /// which takes in what its write-ahead log holds), the same key (so that a later load of the same extract finds the
    /// rows already there), the targets and every other file in its folder, such as extracts written there. For tests
    /// that each start from the same council, loaded and refreshed once.
    /// </summary>
    public static TestWarehouse CopyOf(TestWarehouse source)
    {
        var copy = new TestWarehouse(source.Key, targetsJson: null) { Options = source.Options };
        foreach (var file in Directory.EnumerateFiles(source.Folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source.Folder, file);
            if (relative.StartsWith("warehouse.db", StringComparison.Ordinal)) continue;
            var target = Path.Combine(copy.Folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        using var from = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={source.DatabasePath};Mode=ReadOnly;Pooling=False");
        using var to = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy.DatabasePath};Pooling=False");
        from.Open();
        to.Open();
        from.BackupDatabase(to);
        return copy;
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    public string Key { get; }
    public string TargetsPath { get; }
    public WarehouseContextFactory Contexts { get; }
    public Pseudonymiser Pseudonymiser { get; }
    public ExtractLoader Loader { get; }
    public MeasureOptions Options { get; set; } = new();

    public WarehouseContext Open() => Contexts.Create();

    /// <summary>The pseudonym a case-system id gets under this warehouse's key.</summary>
    public string Id(string kind, string raw) => Pseudonymiser.Pseudonymise(kind, raw);

    /// <summary>Writes an extract folder from (file name, CSV text) pairs.</summary>
    public string WriteExtract(string name, params (string File, string Csv)[] files)
    {
        var dir = Path.Combine(Folder, name);
        Directory.CreateDirectory(dir);
        foreach (var (file, csv) in files) File.WriteAllText(Path.Combine(dir, file), csv.ReplaceLineEndings("\n"));
        return dir;
    }

    /// <summary>Loads (file, csv) pairs as one extract; fails the test if the load fails or any row is rejected.</summary>
    public async Task<LoadResult> LoadAsync(params (string File, string Csv)[] files)
    {
        var dir = WriteExtract("extract-" + Guid.NewGuid().ToString("N")[..8], files);
        var result = await Loader.LoadAsync(dir);
        result.Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded, result.Message);
        result.RowsRejected.ShouldBe(0, string.Join("; ", result.Rejects.Select(r => $"{r.FileName}:{r.FirstLine} {r.ExampleReason}")));
        return result;
    }

    public Task<RefreshResult> RefreshAsync(RefreshMode mode = RefreshMode.Incremental) =>
        new MeasureRefresher(Contexts, Options, TargetsPath).RefreshAsync(mode);

    /// <summary>The snapshot row, or null when the measure counted nothing there.</summary>
    public async Task<MeasureValue?> ValueAsync(string measure, string period, string orgUnit = "AUTHORITY", string breakdownKind = "All", string breakdownValue = "All")
    {
        await using var db = Contexts.Create();
        return await (from v in db.MeasureValues
                      join p in db.Periods on v.PeriodKey equals p.PeriodKey
                      join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                      where v.MeasureCode == measure && p.Label == period && u.OrgUnitId == orgUnit && v.BreakdownKind == breakdownKind && v.BreakdownValue == breakdownValue
                      select v).SingleOrDefaultAsync();
    }

    /// <summary>(numerator, denominator) for a snapshot row; (0, null) when absent, which is what a count of nothing means.</summary>
    public async Task<(int Numerator, int? Denominator)> CountsAsync(string measure, string period, string orgUnit = "AUTHORITY", string breakdownKind = "All", string breakdownValue = "All")
    {
        var v = await ValueAsync(measure, period, orgUnit, breakdownKind, breakdownValue);
        return v is null ? (0, null) : (v.Numerator, v.Denominator);
    }

    /// <summary>
    /// The database file and its write-ahead log, as they are on disk after every connection is closed: what a search for
    /// a value that must never be stored looks through.
    /// </summary>
    public DatabaseFileText DatabaseBytes()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return new DatabaseFileText(Directory.GetFiles(Folder, "warehouse.db*").SelectMany(File.ReadAllBytes).ToArray());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>The bytes of a database file, searched for text as UTF-8 and as UTF-16 (SQLite may store either).</summary>
public sealed class DatabaseFileText(byte[] bytes)
{
    public int Length => bytes.Length;

    /// <summary>Where the text first occurs, or -1.</summary>
    public int IndexOf(string text)
    {
        var utf8 = bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text));
        return utf8 >= 0 ? utf8 : bytes.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(text));
    }
}

/// <summary>What the refresh writes besides the snapshot, as text rows in a fixed order, for "incremental equals full" comparisons.</summary>
public static class RefreshTables
{
    /// <summary>The episodes open at each period end date (<see cref="EarlyHelpOpenAtPeriodEnd"/>).</summary>
    public static async Task<List<string>> OpenAtPeriodEndAsync(WarehouseContext db) =>
        (await db.EarlyHelpOpenAtPeriodEnd.AsNoTracking().ToListAsync())
            .Select(o => $"open|{o.PeriodEndDate:yyyy-MM-dd}|{o.EpisodeKey}|{o.EpisodeId}|{o.PersonKey}|{o.OrgUnitKey}|{o.StartDate:yyyy-MM-dd}")
            .Order(StringComparer.Ordinal).ToList();
}
