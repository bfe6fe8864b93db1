using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.SampleData;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Etl.Tests.Loading;

/// <summary>The same extract gives the same warehouse and the same measures on SQLite and on PostgreSQL.</summary>
public class CrossProviderTests
{
    [PostgresFact]
    public async Task SnapshotOnPostgres_EqualsSnapshotOnSqlite_ForTheSameExtract()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        using var sqlite = new TestWarehouse();
        var extract = Path.Combine(sqlite.Folder, "extract");
        // The generator's last two years rather than its five and a half: every kind of period, a year-ago value for
        // each and full 12-month windows behind the latest, for a third of the periods each refresh writes.
        new SyntheticCouncilGenerator(new SyntheticCouncilOptions { Children = 600, Seed = 5, DirtyShare = 0.02, From = new DateOnly(2024, 10, 1) }).Write(extract);
        var targets = Repository.TargetsFile;

        // One key for both, so both hold the same pseudonyms.
        var onSqlite = await new ExtractLoader(sqlite.Contexts, pg.Pseudonymiser).LoadAsync(extract);
        var onPostgres = await pg.Loader.LoadAsync(extract);
        onPostgres.Tables.Select(t => (t.Table, t.RowsRead, t.RowsLoaded, t.RowsRejected))
            .ShouldBe(onSqlite.Tables.Select(t => (t.Table, t.RowsRead, t.RowsLoaded, t.RowsRejected)));

        await new MeasureRefresher(sqlite.Contexts, new MeasureOptions(), targets).RefreshAsync();
        await new MeasureRefresher(pg.Contexts, new MeasureOptions(), targets).RefreshAsync();

        var a = await SnapshotAsync(sqlite.Contexts);
        var b = await SnapshotAsync(pg.Contexts);
        a.Count.ShouldBeGreaterThan(1000);
        b.Except(a).Take(5).ShouldBeEmpty("values on PostgreSQL that SQLite does not have");
        a.Except(b).Take(5).ShouldBeEmpty("values on SQLite that PostgreSQL does not have");
    }

    private static async Task<List<string>> SnapshotAsync(WarehouseContextFactory contexts)
    {
        await using var db = contexts.Create();
        var rows = await (from v in db.MeasureValues
                          join p in db.Periods on v.PeriodKey equals p.PeriodKey
                          join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                          select new { v.MeasureCode, p.Grain, p.Label, u.OrgUnitId, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Value, v.Rag, v.DirectionVsPrevious, v.IsSmallNumber, v.IsProvisional })
            .ToListAsync();
        return rows.Select(r => $"{r.MeasureCode}|{r.Grain}|{r.Label}|{r.OrgUnitId}|{r.BreakdownKind}|{r.BreakdownValue}|{r.Numerator}|{r.Denominator}|{r.Value:0.######}|{r.Rag}|{r.DirectionVsPrevious}|{r.IsSmallNumber}|{r.IsProvisional}")
            .Order(StringComparer.Ordinal).ToList();
    }

}
