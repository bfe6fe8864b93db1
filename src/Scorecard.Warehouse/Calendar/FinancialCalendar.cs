using System.Globalization;

namespace Scorecard.Warehouse.Calendar;

/// <summary>The April-to-March year councils budget and report in.</summary>
public static class FinancialCalendar
{
    /// <summary>The calendar year in which the financial year containing <paramref name="date"/> began.</summary>
    public static int FinancialYearStartOf(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    /// <summary>
    /// "2024-25": the start year in full and the end year as two digits, so 1999-00 and 2009-10
    /// (the end year's last two digits, zero-padded).
    /// </summary>
    public static string FinancialYearLabel(int startYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(startYear, 9998);
        return string.Create(CultureInfo.InvariantCulture, $"{startYear:D4}-{(startYear + 1) % 100:D2}");
    }

    /// <summary>"2024-25 Q3".</summary>
    public static string FinancialQuarterLabel(int startYear, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return string.Create(CultureInfo.InvariantCulture, $"{FinancialYearLabel(startYear)} Q{quarter}");
    }

    /// <summary>1 for April-June through 4 for January-March.</summary>
    public static int FinancialQuarterOf(DateOnly date) => ((FinancialMonthOf(date) - 1) / 3) + 1;

    /// <summary>1 for April through 12 for March.</summary>
    public static int FinancialMonthOf(DateOnly date) => ((date.Month + 8) % 12) + 1;
}
