using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Warehouse;

namespace Scorecard.Etl.Tests;

/// <summary>A throwaway SQLite warehouse file and a loader with a fresh random key.</summary>
public sealed class TestWarehouse : IDisposable
{
    public TestWarehouse()
    {
        Folder = Directory.CreateTempSubdirectory("scorecard-test-").FullName;
        DatabasePath = Path.Combine(Folder, "warehouse.db");
        Contexts = new WarehouseContextFactory(new WarehouseOptions { Provider = WarehouseProvider.Sqlite, ConnectionString = DatabasePath });
        Key = Pseudonymiser.NewKeyText();
        Pseudonymiser = Pseudonymiser.FromKeyText(Key);
        Loader = new ExtractLoader(Contexts, Pseudonymiser);
    }

    public string Folder { get; }
    public string DatabasePath { get; }
    public string Key { get; }
    public WarehouseContextFactory Contexts { get; }
    public Pseudonymiser Pseudonymiser { get; }
    public ExtractLoader Loader { get; }

    public WarehouseContext Open() => Contexts.Create();

    /// <summary>Writes an extract folder from (file name, CSV text) pairs.</summary>
    public string WriteExtract(string name, params (string File, string Csv)[] files)
    {
        var dir = Path.Combine(Folder, name);
        Directory.CreateDirectory(dir);
        foreach (var (file, csv) in files) File.WriteAllText(Path.Combine(dir, file), csv.ReplaceLineEndings("\n"));
        return dir;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
