using System.Globalization;

namespace Scorecard.Warehouse.Calendar;

/// <summary>Builds the rows of the warehouse date dimension.</summary>
public static class CalendarDays
{
    /// <summary>
    /// One row per day from <paramref name="from"/> to <paramref name="to"/> inclusive, in order.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="from"/> is before <see cref="EnglandAndWalesBankHolidays.FirstSupportedYear"/>, so bank holidays are unknown.
    /// </exception>
    public static IEnumerable<CalendarDayInfo> Generate(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        // Checked up front so a bad range fails at the call, not part-way through loading the dimension.
        if (from.Year < EnglandAndWalesBankHolidays.FirstSupportedYear)
        {
            throw new ArgumentOutOfRangeException(
                nameof(from),
                from,
                $"Bank holidays are only known from {EnglandAndWalesBankHolidays.FirstSupportedYear}, so the date dimension cannot start earlier.");
        }

        return Enumerate(from, to);

        static IEnumerable<CalendarDayInfo> Enumerate(DateOnly from, DateOnly to)
        {
            for (var date = from; ; date = date.AddDays(1))
            {
                yield return Describe(date);
                if (date == to)
                {
                    yield break;
                }
            }
        }
    }

    /// <summary>yyyymmdd as an integer: 5 November 2024 is 20241105.</summary>
    public static int DateKeyOf(DateOnly d) => (d.Year * 10000) + (d.Month * 100) + d.Day;

    private static CalendarDayInfo Describe(DateOnly date)
    {
        var bankHolidayName = EnglandAndWalesBankHolidays.NameOf(date);
        var isWeekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        var financialYearStart = FinancialCalendar.FinancialYearStartOf(date);
        var financialQuarter = FinancialCalendar.FinancialQuarterOf(date);

        return new CalendarDayInfo(
            DateKey: DateKeyOf(date),
            Date: date,
            CalendarYear: date.Year,
            CalendarMonth: date.Month,
            MonthName: CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month),
            MonthLabel: ReportingPeriod.Containing(PeriodGrain.Month, date).Label,
            DayOfWeek: date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek,
            IsWeekend: isWeekend,
            IsBankHoliday: bankHolidayName is not null,
            BankHolidayName: bankHolidayName,
            IsWorkingDay: WorkingDays.IsWorkingDay(date),
            FinancialYearStart: financialYearStart,
            FinancialYearLabel: FinancialCalendar.FinancialYearLabel(financialYearStart),
            FinancialQuarter: financialQuarter,
            FinancialQuarterLabel: FinancialCalendar.FinancialQuarterLabel(financialYearStart, financialQuarter),
            FinancialMonth: FinancialCalendar.FinancialMonthOf(date));
    }
}
