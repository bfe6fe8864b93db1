using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Targets;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Tests.Targets;

/// <summary>The Target dimension made to hold a targets file's targets, and left alone when it already does.</summary>
public class TargetSyncTests
{
    [Fact]
    public async Task SameFile_WritesNothing_ChangedFile_ReplacesTheTargets()
    {
        using var w = new TestWarehouse();
        await using var db = w.Open();
        await WarehouseDatabase.MigrateAsync(db);
        await CatalogueSync.SyncAsync(db, new MeasureOptions(), default);
        // One connection throughout, so that SQLite's total_changes() counts every row this context inserts, updates or
        // deletes from here on. Each sync starts with nothing tracked, as each refresh's own context does.
        await db.Database.OpenConnectionAsync();
        var authority = 0; // every target here is the authority's (no orgUnit), so no unit is looked up

        // EH05 80% with a 5-point tolerance and EH01 10, both for 2024-25: two rows written, nothing to delete.
        var first = File("""{ "measure": "EH05", "financialYear": "2024-25", "value": 80, "tolerance": 5 }""",
            """{ "measure": "EH01", "financialYear": "2024-25", "value": 10 }""");
        var before = await SqliteChanges.SoFarAsync(db);
        await Sync(db, first, authority, default);
        (await SqliteChanges.SoFarAsync(db) - before).ShouldBe(2);

        // The same file again: what is stored already says it, so no row is deleted or written.
        before = await SqliteChanges.SoFarAsync(db);
        await Sync(db, File("""{ "measure": "EH05", "financialYear": "2024-25", "value": 80, "tolerance": 5 }""",
            """{ "measure": "EH01", "financialYear": "2024-25", "value": 10 }"""), authority, default);
        (await SqliteChanges.SoFarAsync(db) - before).ShouldBe(0);

        // Only EH05's tolerance differs (3 points): the dimension is replaced, two rows out and two in, and holds the new one.
        before = await SqliteChanges.SoFarAsync(db);
        var book = await Sync(db, File("""{ "measure": "EH05", "financialYear": "2024-25", "value": 80, "tolerance": 3 }""",
            """{ "measure": "EH01", "financialYear": "2024-25", "value": 10 }"""), authority, default);
        (await SqliteChanges.SoFarAsync(db) - before).ShouldBe(4);
        (await db.Targets.AsNoTracking().OrderBy(t => t.MeasureCode).Select(t => new { t.MeasureCode, t.Value, t.Tolerance }).ToListAsync())
            .Select(t => $"{t.MeasureCode} {t.Value} {t.Tolerance}").ShouldBe(["EH01 10 ", "EH05 80 3"]);
        book.For(MeasureCatalogue.Find("EH05")!, 2024, authority).ShouldNotBeNull().Tolerance.ShouldBe(3);

        // A target dropped from the file (EH01): gone from the dimension too.
        await Sync(db, File("""{ "measure": "EH05", "financialYear": "2024-25", "value": 80, "tolerance": 3 }"""), authority, default);
        (await db.Targets.AsNoTracking().Select(t => t.MeasureCode).ToListAsync()).ShouldBe(["EH05"]);
    }

    private static Task<TargetBook> Sync(WarehouseContext db, TargetFile file, int authority, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return TargetSync.SyncAsync(db, file, authority, ct);
    }

    private static TargetFile File(params string[] targets) =>
        System.Text.Json.JsonSerializer.Deserialize<TargetFile>($$"""{ "targets": [{{string.Join(", ", targets)}}] }""")!;
}
