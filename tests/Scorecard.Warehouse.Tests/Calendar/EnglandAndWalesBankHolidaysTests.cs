using Scorecard.Warehouse.Calendar;

namespace Scorecard.Warehouse.Tests.Calendar;

public class EnglandAndWalesBankHolidaysTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateOnly[] DatesIn(int year) => EnglandAndWalesBankHolidays.For(year).Select(h => h.Date).ToArray();

    [Theory]
    // 2019: a=5, b=20, c=19, d=5, e=0, f=1, g=6, h=(95+20-5-6+15)%30=29, i=4, k=3,
    //       l=(32+0+8-29-3)%7=1, m=(5+319+22)/451=0, month=(29+1+114)/31=4, day=144%31+1=21 -> 21 April.
    [InlineData(2019, 4, 21)]
    // 2024: a=10, b=20, c=24, d=5, e=0, f=1, g=6, h=(190+20-5-6+15)%30=4, i=6, k=0,
    //       l=(32+0+12-4-0)%7=5, m=(10+44+110)/451=0, month=123/31=3, day=123%31+1=31 -> 31 March.
    [InlineData(2024, 3, 31)]
    // 2025: a=11, b=20, c=25, d=5, e=0, f=1, g=6, h=(209+20-5-6+15)%30=23, i=6, k=1,
    //       l=(32+0+12-23-1)%7=6, m=(11+253+132)/451=0, month=143/31=4, day=143%31+1=20 -> 20 April.
    [InlineData(2025, 4, 20)]
    // 2038: a=7, b=20, c=38, d=5, e=0, f=1, g=6, h=(133+20-5-6+15)%30=7, i=9, k=2,
    //       l=(32+0+18-7-2)%7=6, m=(7+77+132)/451=0, month=127/31=4, day=127%31+1=25 -> 25 April (the latest Easter can be).
    [InlineData(2038, 4, 25)]
    // 2008: a=13, b=20, c=8, d=5, e=0, f=1, g=6, h=(247+20-5-6+15)%30=1, i=2, k=0,
    //       l=(32+0+4-1-0)%7=0, m=(13+11+0)/451=0, month=115/31=3, day=115%31+1=23 -> 23 March.
    [InlineData(2008, 3, 23)]
    public void EasterSunday_MatchesMeeusWorkedByHand(int year, int month, int day)
    {
        EnglandAndWalesBankHolidays.EasterSunday(year).ShouldBe(D(year, month, day));
    }

    [Fact]
    public void For_GivesGoodFridayAndEasterMonday_AroundEasterSunday()
    {
        // Easter Sunday 2024 is 31 March, so Good Friday 29 March and Easter Monday 1 April.
        EnglandAndWalesBankHolidays.NameOf(D(2024, 3, 29)).ShouldBe(EnglandAndWalesBankHolidays.GoodFriday);
        EnglandAndWalesBankHolidays.NameOf(D(2024, 4, 1)).ShouldBe(EnglandAndWalesBankHolidays.EasterMonday);
        // Easter Sunday itself is a Sunday, not a bank holiday.
        EnglandAndWalesBankHolidays.IsBankHoliday(D(2024, 3, 31)).ShouldBeFalse();
    }

    [Fact]
    public void For_2022_MatchesGovUkList()
    {
        // 1 Jan 2022 is a Saturday -> substitute Monday 3 January.
        // Easter Sunday 17 April -> Good Friday 15 April, Easter Monday 18 April.
        // 1 May is a Sunday -> early May Monday 2 May.
        // Spring bank holiday (would be last Monday, 30 May) moved to Thursday 2 June; Platinum Jubilee Friday 3 June.
        // 31 August is a Wednesday -> summer bank holiday Monday 29 August.
        // State Funeral of Queen Elizabeth II Monday 19 September.
        // 25 Dec is a Sunday -> Boxing Day Monday 26, Christmas substitute Tuesday 27.
        DatesIn(2022).ShouldBe(
        [
            D(2022, 1, 3), D(2022, 4, 15), D(2022, 4, 18), D(2022, 5, 2), D(2022, 6, 2),
            D(2022, 6, 3), D(2022, 8, 29), D(2022, 9, 19), D(2022, 12, 26), D(2022, 12, 27),
        ]);
        EnglandAndWalesBankHolidays.IsBankHoliday(D(2022, 5, 30)).ShouldBeFalse();
        EnglandAndWalesBankHolidays.NameOf(D(2022, 6, 2)).ShouldBe(EnglandAndWalesBankHolidays.SpringBankHoliday);
        EnglandAndWalesBankHolidays.NameOf(D(2022, 6, 3)).ShouldBe("Platinum Jubilee bank holiday");
        EnglandAndWalesBankHolidays.NameOf(D(2022, 9, 19)).ShouldBe("Bank holiday for the State Funeral of Queen Elizabeth II");
    }

    [Fact]
    public void For_2023_MatchesGovUkList()
    {
        // 1 Jan 2023 is a Sunday -> substitute Monday 2 January.
        // Easter Sunday 9 April -> Good Friday 7 April, Easter Monday 10 April.
        // 1 May is a Monday -> early May 1 May; Coronation bank holiday Monday 8 May.
        // 31 May is a Wednesday -> spring bank holiday 29 May; 31 August is a Thursday -> summer 28 August.
        // 25 Dec is a Monday, 26 Dec a Tuesday: no substitutes.
        DatesIn(2023).ShouldBe(
        [
            D(2023, 1, 2), D(2023, 4, 7), D(2023, 4, 10), D(2023, 5, 1), D(2023, 5, 8),
            D(2023, 5, 29), D(2023, 8, 28), D(2023, 12, 25), D(2023, 12, 26),
        ]);
        EnglandAndWalesBankHolidays.NameOf(D(2023, 5, 8)).ShouldBe("Bank holiday for the coronation of King Charles III");
    }

    [Fact]
    public void For_2020_MatchesGovUkList()
    {
        // 1 Jan 2020 is a Wednesday. Easter Sunday 12 April -> 10 and 13 April.
        // Early May (would be Monday 4 May) moved to Friday 8 May for the 75th anniversary of VE day.
        // 31 May is a Sunday -> spring 25 May; 31 August is itself a Monday.
        // 25 Dec is a Friday; Boxing Day is a Saturday -> substitute Monday 28 December.
        DatesIn(2020).ShouldBe(
        [
            D(2020, 1, 1), D(2020, 4, 10), D(2020, 4, 13), D(2020, 5, 8),
            D(2020, 5, 25), D(2020, 8, 31), D(2020, 12, 25), D(2020, 12, 28),
        ]);
        EnglandAndWalesBankHolidays.IsBankHoliday(D(2020, 5, 4)).ShouldBeFalse();
        EnglandAndWalesBankHolidays.NameOf(D(2020, 12, 28)).ShouldBe("Boxing Day (substitute day)");
    }

    [Fact]
    public void For_2024_IsTheUsualEight()
    {
        // 1 Jan 2024 Monday; Easter 31 March -> 29 March, 1 April; 1 May Wednesday -> 6 May;
        // 31 May Friday -> 27 May; 31 August Saturday -> 26 August; 25 Dec Wednesday, 26 Thursday.
        DatesIn(2024).ShouldBe(
        [
            D(2024, 1, 1), D(2024, 3, 29), D(2024, 4, 1), D(2024, 5, 6),
            D(2024, 5, 27), D(2024, 8, 26), D(2024, 12, 25), D(2024, 12, 26),
        ]);
    }

    [Fact]
    public void For_2026_MatchesGovUkList()
    {
        // A year not yet in the warehouse, to show the rules (not a table) produce it:
        // 1 Jan 2026 Thursday; Easter Sunday 5 April -> 3 and 6 April; 1 May Friday -> 4 May;
        // 31 May Sunday -> 25 May; 31 August is a Monday; 25 Dec Friday, Boxing Day Saturday -> Monday 28.
        DatesIn(2026).ShouldBe(
        [
            D(2026, 1, 1), D(2026, 4, 3), D(2026, 4, 6), D(2026, 5, 4),
            D(2026, 5, 25), D(2026, 8, 31), D(2026, 12, 25), D(2026, 12, 28),
        ]);
    }

    [Fact]
    public void For_ChristmasOnSaturday_GivesMonday27AndTuesday28()
    {
        // 25 Dec 2021 is a Saturday, 26th a Sunday: Christmas substitute Monday 27, Boxing Day substitute Tuesday 28.
        EnglandAndWalesBankHolidays.NameOf(D(2021, 12, 27)).ShouldBe("Christmas Day (substitute day)");
        EnglandAndWalesBankHolidays.NameOf(D(2021, 12, 28)).ShouldBe("Boxing Day (substitute day)");
        EnglandAndWalesBankHolidays.IsBankHoliday(D(2021, 12, 25)).ShouldBeFalse();
        EnglandAndWalesBankHolidays.IsBankHoliday(D(2021, 12, 26)).ShouldBeFalse();
    }

    [Fact]
    public void For_ChristmasOnSunday_GivesBoxingDayMonday26AndChristmasSubstituteTuesday27()
    {
        // 25 Dec 2016 is a Sunday: Boxing Day is Monday 26 as usual, Christmas substitute Tuesday 27.
        EnglandAndWalesBankHolidays.NameOf(D(2016, 12, 26)).ShouldBe(EnglandAndWalesBankHolidays.BoxingDay);
        EnglandAndWalesBankHolidays.NameOf(D(2016, 12, 27)).ShouldBe("Christmas Day (substitute day)");
        EnglandAndWalesBankHolidays.IsBankHoliday(D(2016, 12, 25)).ShouldBeFalse();
    }

    [Theory]
    // 1 Jan 2022 is a Saturday -> Monday 3 January.
    [InlineData(2022, 3)]
    // 1 Jan 2023 is a Sunday -> Monday 2 January.
    [InlineData(2023, 2)]
    public void For_NewYearAtTheWeekend_MovesToFollowingMonday(int year, int observedDay)
    {
        EnglandAndWalesBankHolidays.NameOf(D(year, 1, observedDay)).ShouldBe("New Year's Day (substitute day)");
        EnglandAndWalesBankHolidays.IsBankHoliday(D(year, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void For_2002_HasGoldenJubileeAndMovedSpringHoliday()
    {
        // 1 Jan 2002 Tuesday; Easter Sunday 31 March -> 29 March, 1 April; 1 May Wednesday -> 6 May;
        // spring (would be 27 May) moved to Tuesday 4 June, Golden Jubilee Monday 3 June;
        // 31 August Saturday -> 26 August; 25 Dec Wednesday, 26 Thursday.
        DatesIn(2002).ShouldBe(
        [
            D(2002, 1, 1), D(2002, 3, 29), D(2002, 4, 1), D(2002, 5, 6), D(2002, 6, 3),
            D(2002, 6, 4), D(2002, 8, 26), D(2002, 12, 25), D(2002, 12, 26),
        ]);
    }

    [Fact]
    public void For_2012_HasDiamondJubileeAndMovedSpringHoliday()
    {
        // 1 Jan 2012 Sunday -> 2 January; Easter Sunday 8 April -> 6 and 9 April; 1 May Tuesday -> 7 May;
        // spring (would be 28 May) moved to Monday 4 June, Diamond Jubilee Tuesday 5 June;
        // 31 August Friday -> 27 August; 25 Dec Tuesday, 26 Wednesday.
        DatesIn(2012).ShouldBe(
        [
            D(2012, 1, 2), D(2012, 4, 6), D(2012, 4, 9), D(2012, 5, 7), D(2012, 6, 4),
            D(2012, 6, 5), D(2012, 8, 27), D(2012, 12, 25), D(2012, 12, 26),
        ]);
    }

    [Theory]
    // 1995: early May moved from Monday 1 May to Monday 8 May (50th anniversary of VE day).
    [InlineData(1995, 5, 8, "Early May bank holiday (VE day)")]
    // 1999: extra day for the millennium, Friday 31 December.
    [InlineData(1999, 12, 31, "Millennium celebrations")]
    // 2011: Royal Wedding, Friday 29 April.
    [InlineData(2011, 4, 29, "Royal wedding")]
    public void NameOf_ProclaimedDays(int year, int month, int day, string name)
    {
        EnglandAndWalesBankHolidays.NameOf(D(year, month, day)).ShouldBe(name);
    }

    [Fact]
    public void For_1995_NoLongerHasFirstMondayOfMay()
    {
        // The usual early May holiday would have been Monday 1 May 1995; it moved to 8 May.
        EnglandAndWalesBankHolidays.IsBankHoliday(D(1995, 5, 1)).ShouldBeFalse();
        EnglandAndWalesBankHolidays.For(1995).Count(h => h.Date.Month == 5).ShouldBe(2); // 8 May and spring 29 May
    }

    [Fact]
    public void NameOf_OrdinaryWorkingDay_IsNull()
    {
        // Tuesday 5 November 2024 is an ordinary weekday.
        EnglandAndWalesBankHolidays.NameOf(D(2024, 11, 5)).ShouldBeNull();
        EnglandAndWalesBankHolidays.IsBankHoliday(D(2024, 11, 5)).ShouldBeFalse();
    }

    [Fact]
    public void For_EveryYear_IsInDateOrderWithNoWeekendDays()
    {
        for (var year = EnglandAndWalesBankHolidays.FirstSupportedYear; year <= 2100; year++)
        {
            var dates = DatesIn(year);
            dates.ShouldBe(dates.Order().Distinct().ToArray(), $"{year} out of order or duplicated");
            dates.ShouldAllBe(d => d.Year == year && d.DayOfWeek != DayOfWeek.Saturday && d.DayOfWeek != DayOfWeek.Sunday);
            dates.Length.ShouldBeInRange(8, 11);
        }
    }

    [Fact]
    public void For_YearBefore1978_Throws()
    {
        // The early May bank holiday only began in 1978, so earlier years would be guesses.
        Should.Throw<ArgumentOutOfRangeException>(() => EnglandAndWalesBankHolidays.For(1977));
        Should.Throw<ArgumentOutOfRangeException>(() => EnglandAndWalesBankHolidays.IsBankHoliday(D(1970, 1, 1)));
    }

    [Fact]
    public void For_CalledConcurrently_GivesTheSameListsAsSequentially()
    {
        var years = Enumerable.Range(2030, 40).ToArray();
        var parallel = new IReadOnlyList<BankHoliday>[years.Length];
        Parallel.For(0, years.Length * 20, i => parallel[i % years.Length] = EnglandAndWalesBankHolidays.For(years[i % years.Length]));

        for (var i = 0; i < years.Length; i++)
        {
            parallel[i].ShouldBe(EnglandAndWalesBankHolidays.For(years[i]));
        }
    }

    [Fact]
    public void For_ReturnsAListCallersCannotChange()
    {
        var list = EnglandAndWalesBankHolidays.For(2024);
        (list as IList<BankHoliday>)?.IsReadOnly.ShouldBeTrue();
    }
}
