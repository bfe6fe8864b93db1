using Microsoft.Data.Sqlite;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.SampleData;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse;

namespace Scorecard.Reports.Tests;

/// <summary>
/// A small generated council (1,500 children), loaded and refreshed once, and the three shipped packs written
/// from it for the latest complete period. Every test reads these files; none writes to the repository.
/// </summary>
public sealed class PackFixture : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("scorecard-reports-").FullName;
    public WarehouseContextFactory Contexts { get; private set; } = null!;
    public string OutputFolder => Path.Combine(Folder, "out");
    public static string TemplatesFolder => Repository.TemplatesFolder;
    public Dictionary<string, BoardPack> Packs { get; } = [];
    public SnapshotTruth Truth { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Contexts = new WarehouseContextFactory(new WarehouseOptions { ConnectionString = Path.Combine(Folder, "warehouse.db") });
        var extract = Path.Combine(Folder, "extract");
        var council = new SyntheticCouncilOptions { Children = 1500, Seed = 7 };
        new SyntheticCouncilGenerator(council).Write(extract);
        var load = await new ExtractLoader(Contexts, Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText()))
            .LoadAsync(extract, new LoadOptions { AuthorityName = council.AuthorityName });
        load.Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded, load.Message);
        var targets = Path.Combine(Folder, "targets.json");
        File.Copy(Path.Combine(TemplatesFolder, "targets.json"), targets);
        await new MeasureRefresher(Contexts, new MeasureOptions(), targets).RefreshAsync(RefreshMode.Full);

        foreach (var name in PackTemplateReader.Shipped)
            Packs[name] = await new BoardPackWriter(Contexts).WriteAsync(PackTemplateReader.Load(TemplatesFolder, name), null, OutputFolder);
        Truth = await SnapshotTruth.ReadAsync(Contexts);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

}

[CollectionDefinition(Name)]
public sealed class PackCollection : ICollectionFixture<PackFixture>
{
    public const string Name = "Generated packs";
}
