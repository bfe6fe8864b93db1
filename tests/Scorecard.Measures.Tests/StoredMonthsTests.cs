using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Measures.Tests.Measures;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;

namespace Scorecard.Measures.Tests;

/// <summary>
/// An incremental refresh of a measure summed from months takes the months and quarters before the quarter of the change
/// from the snapshot (<see cref="StoredMonths"/>) and counts the rest: the years in progress it redoes are then the
/// stored part and the counted part added up, and equal to a full refresh.
/// </summary>
public class StoredMonthsTests
{
    [Fact]
    public async Task AContactInSeptember_RedoesTheYearsFromJuly_WithTheMonthsBeforeAsStored_OnSqlite()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(Extract());
        (await w.RefreshAsync()).Kind.ShouldBe("Full");

        await using (var db = w.Open()) await ShouldReadTheStoredPartsAsync(db);

        await w.LoadAsync(Extract(withTheSeptemberContact: true));
        var incremental = await w.RefreshAsync();

        ShouldHaveRedoneEH09FromTheContact(incremental);
        await ShouldCountEveryContactAsync(w.Contexts);
        await IncrementalRefreshScopeTests.ShouldEqualAFullRefreshAsync(w);
    }

    [Fact]
    public async Task AStoredMonthSayingTheMeasureWasNotAvailable_LeavesEveryMonthToBeCounted()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(Extract());
        (await w.RefreshAsync()).Kind.ShouldBe("Full");
        await using var db = w.Open();
        var scope = await db.Periods.Where(p => p.EndDate >= new DateOnly(2024, 9, 16)).ToListAsync();
        var kept = new StoredMonths.Kept(new DateOnly(2024, 9, 16), (await db.Periods.Select(p => p.PeriodKey).ToListAsync()).ToHashSet());
        var eh09 = MeasureCatalogue.Find("EH09")!;
        (await StoredMonths.ReadAsync(db, eh09, scope, kept, default)).ShouldNotBeNull();

        // May 2024 as a source that cannot say a contact's outcome would have left it: "not available", not a count of
        // 0 of 0 to add into the year. Nothing is taken from the snapshot then.
        var may = await db.Periods.SingleAsync(p => p.Grain == PeriodGrain.Month && p.Label == "2024-05");
        (await db.MeasureValues.Where(v => v.MeasureCode == "EH09" && v.PeriodKey == may.PeriodKey)
            .ExecuteUpdateAsync(u => u.SetProperty(v => v.IsAvailable, false))).ShouldBe(1);

        (await StoredMonths.ReadAsync(db, eh09, scope, kept, default)).ShouldBeNull();
    }

    [PostgresFact]
    public async Task AContactInSeptember_RedoesTheYearsFromJuly_WithTheMonthsBeforeAsStored_OnPostgreSql()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        var refresher = new MeasureRefresher(pg.Contexts, new MeasureOptions(), Repository.TargetsFile);
        await LoadAsync(pg.Loader, Extract());
        (await refresher.RefreshAsync()).Kind.ShouldBe("Full");

        await using (var db = pg.Contexts.Create()) await ShouldReadTheStoredPartsAsync(db);

        await LoadAsync(pg.Loader, Extract(withTheSeptemberContact: true));
        var incremental = await refresher.RefreshAsync();

        ShouldHaveRedoneEH09FromTheContact(incremental);
        await ShouldCountEveryContactAsync(pg.Contexts);
        var afterIncremental = await SnapshotAsync(pg.Contexts);
        (await refresher.RefreshAsync(RefreshMode.Full)).Kind.ShouldBe("Full");
        (await SnapshotAsync(pg.Contexts)).ShouldBe(afterIncremental);
    }

    /// <summary>
    /// Five children born in June 2013 (10 or 11 years old at every contact, so all aged 10-15), all White British; P1,
    /// P3 and P5 girls, P2 and P4 boys. Contacts: C1 (P1) 15 January 2024, early help; C2 (P2) 10 May 2024; C3 (P3) 20 June
    /// 2024, early help; C4 (P4) 5 August 2024, early help; C5 (P2) 30 September 2024, the last date of the data. The next
    /// extract adds C6 (P5) 16 September 2024, early help. The periods run from April 2023 (the financial year of the
    /// first contact).
    /// </summary>
    private static (string File, string Csv)[] Extract(bool withTheSeptemberContact = false)
    {
        string[] contacts =
        [
            "C1,P1,2024-01-15,\"[\"\"EH Referral\"\"]\"", "C2,P2,2024-05-10,\"[\"\"CIN Referral\"\"]\"", "C3,P3,2024-06-20,\"[\"\"EH Referral\"\"]\"",
            "C4,P4,2024-08-05,\"[\"\"EH Referral\"\"]\"", "C5,P2,2024-09-30,\"[\"\"CIN Referral\"\"]\"",
        ];
        return
        [
            Lines.People("P1,F,WBRI,2013-06-01", "P2,M,WBRI,2013-06-01", "P3,F,WBRI,2013-06-01", "P4,M,WBRI,2013-06-01", "P5,F,WBRI,2013-06-01"),
            Lines.File("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_outcome_json",
                withTheSeptemberContact ? [.. contacts, "C6,P5,2024-09-16,\"[\"\"EH Referral\"\"]\""] : contacts),
        ];
    }

    private static async Task LoadAsync(ExtractLoader loader, (string File, string Csv)[] files)
    {
        var folder = Directory.CreateTempSubdirectory("scorecard-stored-months-").FullName;
        try
        {
            foreach (var (file, csv) in files) await File.WriteAllTextAsync(Path.Combine(folder, file), csv);
            (await loader.LoadAsync(folder)).RowsRejected.ShouldBe(0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task ShouldReadTheStoredPartsAsync(WarehouseContext db)
    {
        var eh09 = MeasureCatalogue.Find("EH09")!;
        // A change dated 16 September 2024 redoes September, 2024-25 Q2, the financial year 2024-25 and the calendar year
        // 2024. The months counted again start with the quarter of the change, 1 July; before it, the calendar year's
        // months January to June give its totals, and the financial year's quarter April-June its breakdowns. January
        // to March is a quarter too (2023-24 Q4), whose breakdowns no period in scope adds up but which costs nothing.
        var scope = await db.Periods.Where(p => p.EndDate >= new DateOnly(2024, 9, 16)).ToListAsync();
        scope.Select(p => p.Label).ShouldBe(["2024-09", "2024-25 Q2", "2024-25", "2024"], ignoreOrder: true);

        var periods = (await db.Periods.Select(p => p.PeriodKey).ToListAsync()).ToHashSet();
        var parts = (await StoredMonths.ReadAsync(db, eh09, scope, new StoredMonths.Kept(new DateOnly(2024, 9, 16), periods), default))!;

        parts.From.ShouldBe(new DateOnly(2024, 7, 1));
        // As the full refresh stored them (contacts count for the authority): January C1 (early help, 1 of 1), May C2 (0 of
        // 1), June C3 (1 of 1); February to April had none, so no row. January-March's breakdowns: C1, a girl aged 10-15
        // (1 of 1); April-June's: C2 a boy (0 of 1) and C3 a girl (1 of 1), both White, both 10-15 (1 of 2). Each keyed
        // by its first month.
        var month = (await db.Periods.Where(p => p.Grain == PeriodGrain.Month).ToListAsync()).ToDictionary(p => p.PeriodKey, p => p.Label);
        parts.Rows.Select(r => $"{month[r.PeriodKey]} {r.BreakdownKind} {r.BreakdownValue} {r.Numerator}/{r.Denominator}").ShouldBe(
        [
            "2024-01 All All 1/1", "2024-05 All All 0/1", "2024-06 All All 1/1",
            "2024-01 AgeBand 10-15 1/1", "2024-01 EthnicityGroup White 1/1", "2024-01 Sex F 1/1",
            "2024-04 AgeBand 10-15 1/2", "2024-04 EthnicityGroup White 1/2", "2024-04 Sex F 1/1", "2024-04 Sex M 0/1",
        ], ignoreOrder: true);

        // The calendar year 2023 began before the first period (April 2023): its first months are no period's, so
        // nothing stands for them and the refresh would count every month of it.
        var year2023 = await db.Periods.Where(p => p.Grain == PeriodGrain.CalendarYear && p.Label == "2023").ToListAsync();
        (await StoredMonths.ReadAsync(db, eh09, year2023, new StoredMonths.Kept(new DateOnly(2023, 11, 1), periods), default)).ShouldBeNull();
    }

    private static void ShouldHaveRedoneEH09FromTheContact(RefreshResult incremental)
    {
        incremental.Kind.ShouldBe("Incremental");
        incremental.MeasuresRecomputed.ShouldBe(["EH09"]);
        incremental.RecomputedFrom.ShouldBe(new DateOnly(2024, 9, 16));
        incremental.PeriodsRecomputed.ShouldBe(4);
    }

    private static async Task ShouldCountEveryContactAsync(WarehouseContextFactory contexts)
    {
        await using var db = contexts.Create();
        var authority = await MeasureRowKeys.AuthorityAsync(db);
        var rows = await (from v in db.MeasureValues
                          join p in db.Periods on v.PeriodKey equals p.PeriodKey
                          where v.MeasureCode == "EH09" && v.OrgUnitKey == authority && p.EndDate >= new DateOnly(2024, 9, 16)
                          select new { p.Label, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator }).ToListAsync();
        string At(string kind, string value) => string.Join("; ", rows.Where(r => r.BreakdownKind == kind && r.BreakdownValue == value)
            .Select(r => $"{r.Label} {r.Numerator}/{r.Denominator}").Order(StringComparer.Ordinal));
        // September: C5 and C6, C6 early help (1 of 2). Q2: C4, C5, C6 (2 of 3). The financial year 2024-25: C2 to C6, C3, C4
        // and C6 early help (3 of 5). The calendar year 2024: C1 to C6, C1, C3, C4 and C6 early help (4 of 6).
        At("All", "All").ShouldBe("2024 4/6; 2024-09 1/2; 2024-25 3/5; 2024-25 Q2 2/3");
        // The financial year's girls C3 and C6 (2 of 2), its boys C2, C4 and C5 (1 of 3); Q2's girl C6, boys C4 and C5.
        At("Sex", "F").ShouldBe("2024-25 2/2; 2024-25 Q2 1/1");
        At("Sex", "M").ShouldBe("2024-25 1/3; 2024-25 Q2 1/2");
    }

    private static async Task<List<string>> SnapshotAsync(WarehouseContextFactory contexts)
    {
        await using var db = contexts.Create();
        return (await db.MeasureValues.AsNoTracking().ToListAsync())
            .Select(v => string.Join("|", v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.Value,
                v.IsAvailable, v.IsSmallNumber, v.IsProvisional, v.Target, v.Rag, v.PreviousValue, v.LastYearValue, v.DirectionVsPrevious, v.DirectionVsLastYear))
            .Order(StringComparer.Ordinal).ToList();
    }
}
