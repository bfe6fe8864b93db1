using Scorecard.Warehouse.Integration;

namespace Scorecard.Measures.Tests;

/// <summary>
/// One value changed in one row already loaded, a case for each fact the measures read (ColumnOnlyChanges): the load
/// records the properties it changed, and the incremental refresh that follows equals a full one. A class of its own
/// so that its thirteen cases, each two refreshes of a council, run beside IncrementalRefreshScopeTests rather than
/// after it (test classes run in parallel, a class's tests one after another).
/// </summary>
public class ColumnOnlyChangeRefreshTests
{
    [Theory]
    [MemberData(nameof(ColumnOnlyChanges.Tables), MemberType = typeof(ColumnOnlyChanges))]
    public async Task AValueChangedInARowAlreadyLoaded_IsRecordedAsThePropertiesChanged_AndTheRefreshAgreesWithAFullOne(string table)
    {
        // The council every incremental refresh test starts from (loaded and refreshed once in the run): it has rows of
        // each fact dated February to August 2026 to edit.
        using var w = await RefreshTestCouncil.LoadedAsync();
        var folder = RefreshTestCouncil.ExtractOf(w);
        ColumnOnlyChanges.Apply(folder, table);
        var load = await w.Loader.LoadAsync(folder, RefreshTestCouncil.Load);
        load.Status.ShouldBe(LoadStatus.Succeeded, load.Message);
        var changed = load.Tables.Single(t => t.Table == table);
        (changed.RowsInserted, changed.RowsUpdated, changed.RowsDeleted).ShouldBe((0, 1, 0));
        changed.ChangedProperties.ShouldNotBeNull().ShouldNotBeEmpty();

        var incremental = await w.RefreshAsync();

        incremental.Kind.ShouldBe("Incremental");
        incremental.MeasuresRecomputed.ShouldNotBeEmpty();
        await IncrementalRefreshScopeTests.ShouldEqualAFullRefreshAsync(w);
    }
}
