using Scorecard.Etl.Loading;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.SampleData;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Measures.Tests;

/// <summary>
/// The generated council the incremental refresh tests load, refresh in full, change and refresh again, then hold to
/// another full refresh.
/// </summary>
/// <remarks>
/// Its data begin on 2024-10-01 rather than the generator's 2021-04-01. A refresh costs by the cells it writes
/// (periods x teams, localities and the authority x breakdowns), not by the children, so the five and a half years'
/// 100 periods made each of these tests three refreshes of 74,000 values or more. Two years still have every kind of
/// period (24 months, 8 quarters, 3 financial and 3 calendar years), periods kept before those a change redoes, a
/// year-ago value for each period redone, and full 12-month and 365-day windows (re-referrals, repeat plans) behind
/// them. The changes the tests make are all dated in 2026.
/// </remarks>
internal static class RefreshTestCouncil
{
    /// <summary>What the loads say today is: the extract runs to 2026-09-30, two months before.</summary>
    public static readonly LoadOptions Load = new() { Today = new DateOnly(2026, 11, 30) };

    public static SyntheticCouncilOptions Options(int children = 800) =>
        new() { Children = children, Seed = 11, From = new DateOnly(2024, 10, 1) };

    // Loaded and refreshed once in a test run, then copied for each test that starts from it: the copy, not the
    // council, is what a test changes. Shared by test classes that run side by side, so it is deleted when the test
    // process ends rather than with a class.
    private static readonly Lazy<Task<TestWarehouse>> Council = new(async () =>
    {
        var w = new TestWarehouse();
        new SyntheticCouncilGenerator(Options()).Write(ExtractOf(w));
        (await w.Loader.LoadAsync(ExtractOf(w), Load)).Status.ShouldBe(LoadStatus.Succeeded);
        (await w.RefreshAsync()).Kind.ShouldBe("Full");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => w.Dispose();
        return w;
    });

    /// <summary>A warehouse of the test's own holding the council loaded and refreshed in full, and its extract (in <see cref="ExtractOf"/>) to change and load again.</summary>
    public static async Task<TestWarehouse> LoadedAsync() => TestWarehouse.CopyOf(await Council.Value);

    /// <summary>The folder of the extract the warehouse was loaded from.</summary>
    public static string ExtractOf(TestWarehouse w) => Path.Combine(w.Folder, "extract");
}

/// <summary>
/// The same council on PostgreSQL for a class's tests: loaded and refreshed in full by the first test that asks, then
/// copied (as a template database) for each; the council's own database is dropped when the class is done.
/// </summary>
public sealed class PostgresRefreshTestCouncil : IAsyncLifetime
{
    private readonly SemaphoreSlim _first = new(1, 1);
    private PostgresTestWarehouse? _council;

    /// <summary>A database of the test's own holding the council loaded and refreshed, and the council's extract, generated again, to change and load.</summary>
    public async Task<(PostgresTestWarehouse Warehouse, GeneratedFolder Extract)> LoadedAsync()
    {
        // The generator is seeded: this folder holds the same rows as the one the council was loaded from.
        var extract = new GeneratedFolder(RefreshTestCouncil.Options());
        await _first.WaitAsync();
        try
        {
            if (_council is null)
            {
                var council = await PostgresTestWarehouse.CreateAsync();
                (await council.Loader.LoadAsync(extract.Folder)).Status.ShouldBe(LoadStatus.Succeeded);
                (await new MeasureRefresher(council.Contexts, new MeasureOptions(), Repository.TargetsFile).RefreshAsync()).Kind.ShouldBe("Full");
                _council = council;
            }
        }
        finally
        {
            _first.Release();
        }
        return (await PostgresTestWarehouse.CopyOfAsync(_council), extract);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_council is not null) await _council.DisposeAsync();
        _first.Dispose();
    }
}
