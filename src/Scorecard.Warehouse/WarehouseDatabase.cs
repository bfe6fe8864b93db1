using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Warehouse;

/// <summary>Brings a warehouse up to date: migrations, then the reference rows every warehouse has.</summary>
public static class WarehouseDatabase
{
    /// <summary>The date dimension covers financial years 2005-06 to 2039-40: every extract we have seen fits.</summary>
    public static readonly DateOnly CalendarFrom = new(2005, 4, 1);
    public static readonly DateOnly CalendarTo = new(2040, 3, 31);

    public static async Task MigrateAsync(WarehouseContext db, CancellationToken ct = default)
    {
        // A warehouse already up to date is not migrated again: EF Core's migrate takes its lock (a write and a delete,
        // each committed) and compares the whole model with the last migration's before it finds nothing to do, which
        // was a tenth of an incremental refresh. Reading the history table is enough to know.
        if ((await db.Database.GetPendingMigrationsAsync(ct)).Any())
            await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            // WAL lets the API read while a load writes; it is a property of the file, so set once here.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (!await db.CalendarDates.AnyAsync(ct))
        {
            // 35 years of days: a prepared insert in one transaction, not change tracking.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await BulkInsert.InsertAsync(db, CalendarDays.Generate(CalendarFrom, CalendarTo).Select(d => new CalendarDate
            {
                DateKey = d.DateKey,
                Date = d.Date,
                CalendarYear = d.CalendarYear,
                CalendarMonth = d.CalendarMonth,
                MonthName = d.MonthName,
                MonthLabel = d.MonthLabel,
                DayOfWeek = d.DayOfWeek,
                IsWeekend = d.IsWeekend,
                IsBankHoliday = d.IsBankHoliday,
                BankHolidayName = d.BankHolidayName,
                IsWorkingDay = d.IsWorkingDay,
                FinancialYearStart = d.FinancialYearStart,
                FinancialYearLabel = d.FinancialYearLabel,
                FinancialQuarter = d.FinancialQuarter,
                FinancialQuarterLabel = d.FinancialQuarterLabel,
                FinancialMonth = d.FinancialMonth,
            }), ct);
            await tx.CommitAsync(ct);
        }

        // Code lists are the product's, not the council's: keep them in step with the release.
        var existing = await db.CodeListEntries.AsNoTracking().ToListAsync(ct);
        var known = existing.Select(e => (e.CodeSet, e.Code)).ToHashSet();
        var missing = CodeLists.All.Where(c => !known.Contains((c.CodeSet, c.Code))).ToList();
        if (missing.Count > 0)
        {
            db.CodeListEntries.AddRange(missing.Select(c => new CodeListEntry { CodeSet = c.CodeSet, Code = c.Code, Label = c.Label, SortOrder = c.SortOrder }));
            await db.SaveChangesAsync(ct);
        }
        db.ChangeTracker.Clear();
    }
}
