namespace Scorecard.Warehouse.Calendar;

/// <summary>
/// Working days in England and Wales (Monday to Friday, not a bank holiday), the unit statutory
/// guidance uses for timescales such as "a decision within one working day" or "assessment within
/// 45 working days".
/// </summary>
/// <remarks>Dates before <see cref="EnglandAndWalesBankHolidays.FirstSupportedYear"/> throw, as the bank holidays do.</remarks>
public static class WorkingDays
{
    public static bool IsWorkingDay(DateOnly date) =>
        !IsWeekend(date) && !EnglandAndWalesBankHolidays.IsBankHoliday(date);

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="start"/>. Counting starts
    /// the day after <paramref name="start"/>, so a referral on Friday with a 1-working-day
    /// deadline is due the next Monday, and <c>days = 0</c> returns <paramref name="start"/>
    /// unchanged even if it is a weekend or bank holiday (the clock has not started).
    /// </summary>
    /// <remarks>For days &gt;= 1, <c>Between(start, AddWorkingDays(start, days)) == days</c>.</remarks>
    public static DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);

        var date = start;
        var remaining = days;
        while (remaining > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                remaining--;
            }
        }

        return date;
    }

    /// <summary>
    /// The number of working days after <paramref name="from"/> up to and including
    /// <paramref name="to"/>: 0 on the same day, 1 from a Friday to the following Monday (if not
    /// a bank holiday). When <paramref name="to"/> is before <paramref name="from"/> the result is
    /// the negative of <c>Between(to, from)</c>, so a record closed before it opened (a data
    /// quality problem) shows up as a negative duration instead of being hidden as zero.
    /// </summary>
    public static int Between(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -Between(to, from);
        }

        // Counted arithmetically rather than day by day because the warehouse runs this for every
        // referral and assessment, and some spans (long-open cases) are years long.
        var count = WeekdaysUpTo(to) - WeekdaysUpTo(from);
        for (var year = from.Year; year <= to.Year; year++)
        {
            foreach (var holiday in EnglandAndWalesBankHolidays.For(year))
            {
                if (holiday.Date > from && holiday.Date <= to && !IsWeekend(holiday.Date))
                {
                    count--;
                }
            }
        }

        return count;
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    // Weekdays from 0001-01-01 (DayNumber 0, a Monday) up to and including the date.
    private static int WeekdaysUpTo(DateOnly date)
    {
        var days = date.DayNumber + 1;
        return (days / 7 * 5) + Math.Min(days % 7, 5);
    }
}
