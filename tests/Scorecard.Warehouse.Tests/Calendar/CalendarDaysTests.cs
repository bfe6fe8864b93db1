using Scorecard.Warehouse.Calendar;

namespace Scorecard.Warehouse.Tests.Calendar;

public class CalendarDaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static readonly CalendarDayInfo[] Year2024 = [.. CalendarDays.Generate(D(2024, 1, 1), D(2024, 12, 31))];

    private static CalendarDayInfo Day(int month, int day) => Year2024.Single(d => d.Date == D(2024, month, day));

    [Fact]
    public void Generate_LeapYear_Has366ConsecutiveDays()
    {
        // 2024 is a leap year: 365 + 29 February.
        Year2024.Length.ShouldBe(366);
        Year2024[0].Date.ShouldBe(D(2024, 1, 1));
        Year2024[^1].Date.ShouldBe(D(2024, 12, 31));
        Year2024.Zip(Year2024.Skip(1)).ShouldAllBe(pair => pair.Second.Date == pair.First.Date.AddDays(1));
    }

    [Fact]
    public void Generate_LeapDay_HasKeyAndWeekday()
    {
        // 29 Feb 2024 is a Thursday (ISO 4), in 2023-24 Q4, financial month 11.
        var leapDay = Day(2, 29);
        leapDay.DateKey.ShouldBe(20240229);
        leapDay.DayOfWeek.ShouldBe(4);
        leapDay.IsWorkingDay.ShouldBeTrue();
        leapDay.FinancialMonth.ShouldBe(11);
        leapDay.MonthLabel.ShouldBe("2024-02");
    }

    [Fact]
    public void Generate_31March_IsLastDayOfFinancialYear()
    {
        // 31 March 2024: Easter Sunday (a Sunday, ISO 7, not itself a bank holiday), month 12 of 2023-24, Q4.
        var day = Day(3, 31);
        day.DateKey.ShouldBe(20240331);
        day.CalendarYear.ShouldBe(2024);
        day.CalendarMonth.ShouldBe(3);
        day.MonthName.ShouldBe("March");
        day.DayOfWeek.ShouldBe(7);
        day.IsWeekend.ShouldBeTrue();
        day.IsBankHoliday.ShouldBeFalse();
        day.BankHolidayName.ShouldBeNull();
        day.IsWorkingDay.ShouldBeFalse();
        day.FinancialYearStart.ShouldBe(2023);
        day.FinancialYearLabel.ShouldBe("2023-24");
        day.FinancialQuarter.ShouldBe(4);
        day.FinancialQuarterLabel.ShouldBe("2023-24 Q4");
        day.FinancialMonth.ShouldBe(12);
    }

    [Fact]
    public void Generate_1April_IsFirstDayOfFinancialYear()
    {
        // 1 April 2024: Easter Monday (ISO 1), a bank holiday; month 1 of 2024-25, Q1.
        var day = Day(4, 1);
        day.DateKey.ShouldBe(20240401);
        day.MonthName.ShouldBe("April");
        day.MonthLabel.ShouldBe("2024-04");
        day.DayOfWeek.ShouldBe(1);
        day.IsWeekend.ShouldBeFalse();
        day.IsBankHoliday.ShouldBeTrue();
        day.BankHolidayName.ShouldBe("Easter Monday");
        day.IsWorkingDay.ShouldBeFalse();
        day.FinancialYearStart.ShouldBe(2024);
        day.FinancialYearLabel.ShouldBe("2024-25");
        day.FinancialQuarter.ShouldBe(1);
        day.FinancialQuarterLabel.ShouldBe("2024-25 Q1");
        day.FinancialMonth.ShouldBe(1);
    }

    [Fact]
    public void Generate_November_UsesEnglishNamesAndQ3()
    {
        // Tuesday 5 November 2024 (ISO 2): 2024-25 Q3, financial month 8.
        var day = Day(11, 5);
        day.MonthName.ShouldBe("November");
        day.MonthLabel.ShouldBe("2024-11");
        day.DayOfWeek.ShouldBe(2);
        day.FinancialQuarterLabel.ShouldBe("2024-25 Q3");
        day.FinancialMonth.ShouldBe(8);
    }

    [Fact]
    public void Generate_2024_HasEightBankHolidaysAnd254WorkingDays()
    {
        // 262 weekdays in 2024 (see WorkingDaysTests) less 8 weekday bank holidays = 254.
        Year2024.Count(d => d.IsBankHoliday).ShouldBe(8);
        Year2024.Count(d => d.IsWorkingDay).ShouldBe(254);
        Year2024.Count(d => d.IsWeekend).ShouldBe(104);
    }

    [Fact]
    public void Generate_AgreesWithWorkingDaysAndBankHolidays()
    {
        foreach (var day in Year2024)
        {
            day.IsWorkingDay.ShouldBe(WorkingDays.IsWorkingDay(day.Date));
            day.BankHolidayName.ShouldBe(EnglandAndWalesBankHolidays.NameOf(day.Date));
            day.DateKey.ShouldBe(CalendarDays.DateKeyOf(day.Date));
        }
    }

    [Fact]
    public void DateKeyOf_IsYearMonthDayDigits()
    {
        // 2024*10000 + 11*100 + 5 = 20241105.
        CalendarDays.DateKeyOf(D(2024, 11, 5)).ShouldBe(20241105);
        CalendarDays.DateKeyOf(D(1999, 12, 31)).ShouldBe(19991231);
    }

    [Fact]
    public void Generate_SingleDay_IsOneRow()
    {
        CalendarDays.Generate(D(2024, 11, 5), D(2024, 11, 5)).Count().ShouldBe(1);
    }

    [Fact]
    public void Generate_BadRange_ThrowsAtTheCall()
    {
        Should.Throw<ArgumentException>(() => CalendarDays.Generate(D(2024, 2, 1), D(2024, 1, 1)));
        Should.Throw<ArgumentOutOfRangeException>(() => CalendarDays.Generate(D(1977, 12, 31), D(1978, 1, 31)));
    }
}
