using Scorecard.Warehouse.Calendar;

namespace Scorecard.Warehouse.Tests.Calendar;

public class WorkingDaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void IsWorkingDay_WeekdayWeekendAndBankHoliday()
    {
        // Tuesday 5 Nov 2024 ordinary; Saturday 2 Nov weekend; Wednesday 25 Dec Christmas Day.
        WorkingDays.IsWorkingDay(D(2024, 11, 5)).ShouldBeTrue();
        WorkingDays.IsWorkingDay(D(2024, 11, 2)).ShouldBeFalse();
        WorkingDays.IsWorkingDay(D(2024, 12, 25)).ShouldBeFalse();
    }

    [Fact]
    public void AddWorkingDays_FromFridayReferral_SkipsTwoWeekends()
    {
        // Friday 1 Nov 2024: Mon 4..Fri 8 are days 1-5, Mon 11..Fri 15 are days 6-10 -> Friday 15 November.
        WorkingDays.AddWorkingDays(D(2024, 11, 1), 10).ShouldBe(D(2024, 11, 15));
        // One working day after a Friday is the Monday.
        WorkingDays.AddWorkingDays(D(2024, 11, 1), 1).ShouldBe(D(2024, 11, 4));
    }

    [Fact]
    public void AddWorkingDays_SkipsEasterMonday_WhenWindowSpansEaster()
    {
        // Easter Sunday 2024 is 31 March, so Good Friday 29 March and Easter Monday 1 April are off.
        // From Thursday 28 March: Tue 2, Wed 3, Thu 4, Fri 5 April are days 1-4,
        // Mon 8..Fri 12 are days 5-9, Mon 15 April is day 10.
        WorkingDays.AddWorkingDays(D(2024, 3, 28), 10).ShouldBe(D(2024, 4, 15));
    }

    [Fact]
    public void AddWorkingDays_SkipsChristmasBoxingDayAndNewYear()
    {
        // From Monday 23 Dec 2024: Tue 24 (1), [Wed 25, Thu 26 bank holidays], Fri 27 (2), Mon 30 (3), Tue 31 (4),
        // [Wed 1 Jan New Year's Day], Thu 2 (5), Fri 3 (6), Mon 6 (7), Tue 7 (8), Wed 8 (9), Thu 9 (10).
        WorkingDays.AddWorkingDays(D(2024, 12, 23), 5).ShouldBe(D(2025, 1, 2));
        WorkingDays.AddWorkingDays(D(2024, 12, 23), 10).ShouldBe(D(2025, 1, 9));
    }

    [Fact]
    public void AddWorkingDays_CountsLeapDayAsAWorkingDay()
    {
        // 29 Feb 2024 is a Thursday. From Monday 26 Feb: Tue 27 (1), Wed 28 (2), Thu 29 (3), Fri 1 Mar (4),
        // Mon 4..Fri 8 (5-9), Mon 11 March (10).
        WorkingDays.AddWorkingDays(D(2024, 2, 26), 10).ShouldBe(D(2024, 3, 11));
        // Starting on the leap day: Fri 1 Mar (1), Mon 4..Fri 8 (2-6), Mon 11..Thu 14 (7-10) -> 14 March.
        WorkingDays.AddWorkingDays(D(2024, 2, 29), 10).ShouldBe(D(2024, 3, 14));
    }

    [Fact]
    public void AddWorkingDays_Zero_ReturnsStartEvenAtTheWeekend()
    {
        // Saturday 2 Nov 2024: no days to add, so the clock has not moved.
        WorkingDays.AddWorkingDays(D(2024, 11, 2), 0).ShouldBe(D(2024, 11, 2));
    }

    [Fact]
    public void AddWorkingDays_FromSaturday_FirstDayIsMonday()
    {
        // Saturday 2 Nov 2024 + 1 working day: Sunday 3 skipped -> Monday 4 November.
        WorkingDays.AddWorkingDays(D(2024, 11, 2), 1).ShouldBe(D(2024, 11, 4));
    }

    [Fact]
    public void AddWorkingDays_Negative_Throws()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => WorkingDays.AddWorkingDays(D(2024, 11, 1), -1));
    }

    [Fact]
    public void Between_SameDay_IsZero()
    {
        WorkingDays.Between(D(2024, 11, 5), D(2024, 11, 5)).ShouldBe(0);
    }

    [Fact]
    public void Between_FridayToMonday_IsOne()
    {
        // Counting days after Friday 1 Nov 2024 up to Monday 4 Nov: Sat and Sun don't count, Monday does.
        WorkingDays.Between(D(2024, 11, 1), D(2024, 11, 4)).ShouldBe(1);
    }

    [Fact]
    public void Between_SaturdayToSunday_IsZero()
    {
        WorkingDays.Between(D(2024, 11, 2), D(2024, 11, 3)).ShouldBe(0);
    }

    [Fact]
    public void Between_AcrossEaster_UndoesAddWorkingDays()
    {
        // Thursday 28 March to Monday 15 April 2024 is the 10-working-day window over Easter above.
        WorkingDays.Between(D(2024, 3, 28), D(2024, 4, 15)).ShouldBe(10);
    }

    [Fact]
    public void Between_ToBeforeFrom_IsNegativeOfReverse()
    {
        // Reverse of the Easter window: -10 so that a closure recorded before the referral is visible.
        WorkingDays.Between(D(2024, 4, 15), D(2024, 3, 28)).ShouldBe(-10);
    }

    [Fact]
    public void Between_Whole2024_Is254()
    {
        // 2024 has 366 days starting on a Monday: 52 weeks (260 weekdays) plus Mon 30 and Tue 31 Dec = 262 weekdays.
        // All eight 2024 bank holidays fall on weekdays: 262 - 8 = 254.
        WorkingDays.Between(D(2023, 12, 31), D(2024, 12, 31)).ShouldBe(254);
    }

    [Fact]
    public void Between_AgreesWithCountingDayByDay()
    {
        var random = new Random(20241105);
        var origin = D(1978, 1, 1);
        for (var i = 0; i < 500; i++)
        {
            var from = origin.AddDays(random.Next(0, 365 * 60));
            var to = from.AddDays(random.Next(0, 400));

            var expected = 0;
            for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            {
                if (WorkingDays.IsWorkingDay(d))
                {
                    expected++;
                }
            }

            WorkingDays.Between(from, to).ShouldBe(expected, $"{from} to {to}");
        }
    }

    [Fact]
    public void Between_OfAddWorkingDays_GivesBackTheDays()
    {
        var start = D(2021, 12, 20);
        for (var days = 1; days <= 60; days++)
        {
            WorkingDays.Between(start, WorkingDays.AddWorkingDays(start, days)).ShouldBe(days);
        }
    }
}
