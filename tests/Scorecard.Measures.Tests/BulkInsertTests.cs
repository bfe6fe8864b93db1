using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Measures.Tests;

/// <summary>
/// BulkInsert stores what EF Core's own SaveChanges stores: the same rows written both ways read back the same, on
/// SQLite and PostgreSQL. A published cell has every kind of column the bulk path writes (long, int and int?, double?,
/// bool, DateOnly and DateOnly?, a UTC DateTime, strings, enums stored as their names and null enums). On PostgreSQL
/// the rows are laid out in COPY's binary format by Scorecard itself, so the edges of that format are here: dates
/// before 2000 (negative days), the extreme dates Npgsql writes as infinities, ticks below a microsecond, characters
/// of one to four bytes in UTF-8, tabs and newlines, and enough rows to be sent in several pieces.
/// </summary>
public class BulkInsertTests
{
    [Fact]
    public async Task WritesWhatSaveChangesWrites_OnSqlite()
    {
        using var w = new TestWarehouse();
        await using var db = w.Open();
        await WarehouseDatabase.MigrateAsync(db);
        await CheckAsync(db);
    }

    [PostgresFact]
    public async Task WritesWhatSaveChangesWrites_OnPostgres()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        await using var db = pg.Contexts.Create();
        await WarehouseDatabase.MigrateAsync(db);
        await CheckAsync(db);
    }

    [PostgresFact]
    public async Task RefusesATimeThatIsNotUtc_OnPostgres()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        await using var db = pg.Contexts.Create();
        await WarehouseDatabase.MigrateAsync(db);
        var local = Cell(1, 0);
        local.RefreshedAtUtc = new DateTime(2026, 12, 3, 4, 5, 6, DateTimeKind.Unspecified);

        var refused = await Should.ThrowAsync<ArgumentException>(() => BulkInsert.InsertAsync(db, [local]));
        refused.Message.ShouldContain("only UTC");
        // Nothing half-written: the COPY was abandoned with the refused row.
        (await db.InternalMeasureValues.CountAsync()).ShouldBe(0);
    }

    private const int Generated = 2_500;
    private const long SaveChangesKeys = 1L << 40;

    private static async Task CheckAsync(WarehouseContext db)
    {
        var rows = Rows().ToList();
        await BulkInsert.InsertAsync(db, rows);
        foreach (var row in Rows()) db.InternalMeasureValues.Add(WithKey(row, row.PublishedValueKey + SaveChangesKeys));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var stored = await db.InternalMeasureValues.AsNoTracking().ToListAsync();
        var bulk = stored.Where(r => r.PublishedValueKey < SaveChangesKeys).OrderBy(r => r.PublishedValueKey).ToList();
        var saved = stored.Where(r => r.PublishedValueKey >= SaveChangesKeys).OrderBy(r => r.PublishedValueKey).ToList();
        bulk.Count.ShouldBe(3 + Generated);
        saved.Count.ShouldBe(bulk.Count);
        string[] keys = [nameof(PublishedMeasureValue.PublishedValueKey), nameof(PublishedMeasureValue.BreakdownValue)];
        var properties = typeof(PublishedMeasureValue).GetProperties().Where(p => !keys.Contains(p.Name)).ToList();
        for (var i = 0; i < bulk.Count; i++)
        {
            bulk[i].BreakdownValue.ShouldBe($"V{bulk[i].PublishedValueKey}");
            foreach (var p in properties)
                p.GetValue(bulk[i]).ShouldBe(p.GetValue(saved[i]), $"row {bulk[i].PublishedValueKey}, {p.Name}");
        }

        // And what was stored is what was written, but for the time's ticks below a microsecond, which both drop on
        // PostgreSQL: 04:05:06 and 1,234,567 ticks (0.1234567 s) is stored as 04:05:06.123456.
        var edge = bulk[1];
        edge.MeasureName.ShouldBe(rows[1].MeasureName);
        edge.Note.ShouldBe(rows[1].Note);
        edge.PeriodStart.ShouldBe(new DateOnly(1999, 12, 31));
        edge.SettlesOn.ShouldBe(DateOnly.MinValue);
        edge.PeriodEnd.ShouldBe(DateOnly.MaxValue);
        edge.Numerator.ShouldBe(int.MinValue);
        edge.Value.ShouldBe(0.1);
        edge.Rag.ShouldBe(Rag.Red);
        edge.Locality.ShouldBeNull();
        if (db.Database.IsNpgsql()) edge.RefreshedAtUtc.ShouldBe(new DateTime(2026, 12, 3, 4, 5, 6, DateTimeKind.Utc).AddTicks(1_234_560));
        bulk[0].Numerator.ShouldBeNull();
        bulk[0].Value.ShouldBeNull();
        bulk[0].Rag.ShouldBeNull();
    }

    private static IEnumerable<InternalMeasureValue> Rows()
    {
        // Nothing in the nullable columns, empty strings in the others.
        var empty = Cell(1, 0);
        empty.MeasureName = empty.PeriodLabel = empty.DisplayValue = "";
        yield return empty;

        // The edges of each type.
        var edge = Cell(2, 1);
        edge.MeasureName = "Ysgol Gymraeg – café, 東京, 🎈 and a tab\there,\na newline and a back\\slash";
        edge.Note = string.Concat(Enumerable.Repeat("é東🎈", 333)) + "x";
        edge.PeriodStart = new DateOnly(1999, 12, 31);
        edge.PeriodEnd = DateOnly.MaxValue;
        edge.SettlesOn = DateOnly.MinValue;
        edge.Numerator = int.MinValue;
        edge.Denominator = int.MaxValue;
        edge.Value = 0.1;
        edge.Target = double.MaxValue;
        edge.PreviousValue = -double.Epsilon;
        edge.LastYearValue = -0.0;
        edge.Rag = Rag.Red;
        edge.DirectionVsPrevious = Direction.Worsening;
        edge.Locality = null;
        edge.RefreshedAtUtc = new DateTime(2026, 12, 3, 4, 5, 6, DateTimeKind.Utc).AddTicks(1_234_567);
        yield return edge;

        var old = Cell(3, 2);
        old.RefreshedAtUtc = new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddTicks(-15);
        old.PeriodStart = new DateOnly(1, 1, 2);
        yield return old;

        for (var i = 0; i < Generated; i++) yield return Cell(10 + i, i);
    }

    private static InternalMeasureValue Cell(long key, int i) => new()
    {
        PublishedValueKey = key, MeasureCode = $"EH{i % 40:00}", MeasureName = $"Measure {i} with a name of some length", Unit = (MeasureUnit)(i % 2),
        Polarity = (Polarity)(i % 2), MeasureSortOrder = i, PeriodKey = i, PeriodGrain = (PeriodGrain)(i % 4), PeriodLabel = $"2026-{i % 12 + 1:00}",
        PeriodStart = new DateOnly(2005, 4, 1).AddDays(i), PeriodEnd = new DateOnly(2005, 4, 30).AddDays(i), FinancialYear = "2025-26", PeriodSortOrder = -i,
        PeriodIsComplete = i % 2 == 0, OrgUnitKey = i, OrgUnitId = $"T{i}", OrgUnitName = $"Team {i}", OrgUnitLevel = (OrgUnitLevel)(i % 3),
        Locality = i % 5 == 0 ? null : $"Locality {i % 7}", BreakdownKind = "All", BreakdownValue = $"V{key}", State = (PublishedState)(i % 3),
        Numerator = i % 4 == 0 ? null : i, Denominator = i % 3 == 0 ? null : i * 2, Value = i % 4 == 0 ? null : i / 7.0, DisplayValue = $"{i / 7.0:0.0}%",
        Target = i % 2 == 0 ? null : 50.5, Rag = i % 4 == 0 ? null : (Rag)(i % 3), DirectionVsPrevious = i % 3 == 0 ? null : (Direction)(i % 5),
        DirectionVsLastYear = null, PreviousValue = i % 6 == 0 ? null : -i, LastYearValue = i * 1e-9, IsSmallNumber = i % 2 == 1, IsSuppressed = i % 3 == 1,
        IsProvisional = i % 5 == 1, SettlesOn = i % 2 == 0 ? null : new DateOnly(2027, 1, 1).AddDays(-i), Note = i % 9 == 0 ? $"Note {i}" : null,
        RefreshedAtUtc = new DateTime(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc).AddTicks(i * 10_000_001L), LineageBatchId = 1,
    };

    private static InternalMeasureValue WithKey(InternalMeasureValue row, long key)
    {
        // The cell's own key is in its natural key too (the breakdown value), so the copy is another cell.
        (row.PublishedValueKey, row.BreakdownValue) = (key, $"V{key}");
        return row;
    }
}
