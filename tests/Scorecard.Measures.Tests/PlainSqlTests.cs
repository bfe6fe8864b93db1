using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Measures.Tests;

/// <summary>The refresh's statements written from the model without LINQ, on SQLite and PostgreSQL.</summary>
public class PlainSqlTests
{
    [Fact]
    public async Task DeleteWhereIn_ReadWhereIn_Highest_Any_OnSqlite()
    {
        using var w = new TestWarehouse();
        await using var db = w.Open();
        await WarehouseDatabase.MigrateAsync(db);
        await CheckAsync(db);
    }

    [PostgresFact]
    public async Task DeleteWhereIn_ReadWhereIn_Highest_Any_OnPostgres()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        await using var db = pg.Contexts.Create();
        await WarehouseDatabase.MigrateAsync(db);
        await CheckAsync(db);
    }

    private static async Task CheckAsync(WarehouseContext db)
    {
        // An empty table: nothing there, no highest key.
        (await PlainSql.AnyAsync<MeasureValue>(db, default)).ShouldBeFalse();
        (await PlainSql.HighestAsync<InternalMeasureValue>(db, nameof(InternalMeasureValue.PublishedValueKey), default)).ShouldBeNull();

        // Six values: periods 1, 2 and 3, measures EH01 and EH02; period 2's provisional.
        foreach (var period in new[] { 1, 2, 3 })
            foreach (var code in new[] { "EH01", "EH02" })
                db.MeasureValues.Add(new MeasureValue { MeasureCode = code, PeriodKey = period, OrgUnitKey = 1, Numerator = period * 10, IsProvisional = period == 2, RefreshedAtUtc = DateTime.UtcNow, LineageBatchId = 1 });
        await db.SaveChangesAsync();
        (await PlainSql.AnyAsync<MeasureValue>(db, default)).ShouldBeTrue();
        (await PlainSql.HighestAsync<MeasureValue>(db, nameof(MeasureValue.MeasureValueKey), default))
            .ShouldBe(await db.MeasureValues.MaxAsync(v => v.MeasureValueKey));

        // Read back: EH01 in periods 1 and 2 that are not provisional is period 1's row alone (text and integers as stored);
        // provisional, period 2's; an empty list of values reads nothing.
        async Task<List<string>> ReadAsync(bool provisional, IReadOnlyCollection<object> periods)
        {
            var rows = new List<string>();
            await PlainSql.ReadWhereInAsync<MeasureValue>(db, [nameof(MeasureValue.MeasureCode), nameof(MeasureValue.PeriodKey), nameof(MeasureValue.Numerator)],
                row => rows.Add($"{row.GetString(0)}/{row.GetInt32(1)}/{row.GetInt32(2)}"), default,
                (nameof(MeasureValue.PeriodKey), periods), (nameof(MeasureValue.MeasureCode), ["EH01"]), (nameof(MeasureValue.IsProvisional), [provisional]));
            return rows;
        }
        (await ReadAsync(false, [1, 2])).ShouldBe(["EH01/1/10"]);
        (await ReadAsync(true, [1, 2])).ShouldBe(["EH01/2/20"]);
        (await ReadAsync(false, [])).ShouldBeEmpty();

        // Periods 1 and 2 of EH01: two rows go; EH02's and period 3's stay.
        (await PlainSql.DeleteWhereInAsync<MeasureValue>(db, default, (nameof(MeasureValue.PeriodKey), [1, 2]), (nameof(MeasureValue.MeasureCode), ["EH01"]))).ShouldBe(2);
        (await db.MeasureValues.AsNoTracking().OrderBy(v => v.MeasureCode).ThenBy(v => v.PeriodKey).Select(v => v.MeasureCode + "/" + v.PeriodKey).ToListAsync())
            .ShouldBe(["EH01/3", "EH02/1", "EH02/2", "EH02/3"]);
        // By period alone: period 2 of every measure (the one EH02 row left in it).
        (await PlainSql.DeleteWhereInAsync<MeasureValue>(db, default, (nameof(MeasureValue.PeriodKey), [2]))).ShouldBe(1);
        // An empty list of values deletes nothing (rather than sending IN ()).
        (await PlainSql.DeleteWhereInAsync<MeasureValue>(db, default, (nameof(MeasureValue.PeriodKey), []))).ShouldBe(0);
        (await db.MeasureValues.CountAsync()).ShouldBe(3);
    }
}
