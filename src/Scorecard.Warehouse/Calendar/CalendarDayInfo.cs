namespace Scorecard.Warehouse.Calendar;

/// <summary>One row of the warehouse date dimension: every attribute a report might slice or filter a day by.</summary>
/// <param name="DateKey">yyyymmdd as an integer (20241105), the dimension's surrogate key, readable in raw SQL.</param>
/// <param name="MonthName">English month name ("November"), whatever the server's culture.</param>
/// <param name="MonthLabel">Same form as a month <see cref="ReportingPeriod.Label"/> ("2024-11"), so facts join to periods on it.</param>
/// <param name="DayOfWeek">ISO day number, 1 = Monday to 7 = Sunday (not <see cref="System.DayOfWeek"/>, where Sunday is 0).</param>
/// <param name="BankHolidayName">Null unless <paramref name="IsBankHoliday"/>.</param>
/// <param name="FinancialYearStart">Calendar year the April-March financial year began in (2024 for 5 November 2024).</param>
/// <param name="FinancialYearLabel">"2024-25".</param>
/// <param name="FinancialQuarter">1 (April-June) to 4 (January-March).</param>
/// <param name="FinancialQuarterLabel">"2024-25 Q3".</param>
/// <param name="FinancialMonth">1 (April) to 12 (March).</param>
public sealed record CalendarDayInfo(
    int DateKey,
    DateOnly Date,
    int CalendarYear,
    int CalendarMonth,
    string MonthName,
    string MonthLabel,
    int DayOfWeek,
    bool IsWeekend,
    bool IsBankHoliday,
    string? BankHolidayName,
    bool IsWorkingDay,
    int FinancialYearStart,
    string FinancialYearLabel,
    int FinancialQuarter,
    string FinancialQuarterLabel,
    int FinancialMonth);
