using Scorecard.Warehouse.Calendar;

namespace Scorecard.Warehouse.Tests.Calendar;

public class FinancialCalendarTests
{
    [Theory]
    // The financial year turns over between 31 March and 1 April.
    [InlineData(2024, 3, 31, 2023)]
    [InlineData(2024, 4, 1, 2024)]
    [InlineData(2025, 1, 1, 2024)]
    public void FinancialYearStartOf_TurnsOverOnFirstApril(int year, int month, int day, int expected)
    {
        FinancialCalendar.FinancialYearStartOf(new DateOnly(year, month, day)).ShouldBe(expected);
    }

    [Theory]
    // April = 1 ... December = 9, January = 10, March = 12.
    [InlineData(4, 1, 1)]
    [InlineData(6, 3, 1)]
    [InlineData(7, 4, 2)]
    [InlineData(12, 9, 3)]
    [InlineData(1, 10, 4)]
    [InlineData(3, 12, 4)]
    public void FinancialMonthAndQuarterOf(int month, int financialMonth, int quarter)
    {
        var date = new DateOnly(2024, month, 15);
        FinancialCalendar.FinancialMonthOf(date).ShouldBe(financialMonth);
        FinancialCalendar.FinancialQuarterOf(date).ShouldBe(quarter);
    }

    [Theory]
    [InlineData(1999, "1999-00")]
    [InlineData(2009, "2009-10")]
    [InlineData(2099, "2099-00")]
    [InlineData(2024, "2024-25")]
    public void FinancialYearLabel_PadsTwoDigitEndYear(int startYear, string expected)
    {
        FinancialCalendar.FinancialYearLabel(startYear).ShouldBe(expected);
    }

    [Fact]
    public void FinancialQuarterLabel_AddsQuarter()
    {
        FinancialCalendar.FinancialQuarterLabel(2024, 3).ShouldBe("2024-25 Q3");
        Should.Throw<ArgumentOutOfRangeException>(() => FinancialCalendar.FinancialQuarterLabel(2024, 5));
    }
}
