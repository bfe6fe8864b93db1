using Scorecard.Warehouse.Calendar;

namespace Scorecard.Warehouse.Tests.Calendar;

public class ReportingPeriodTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static TheoryData<PeriodGrain> AllGrains => [.. Enum.GetValues<PeriodGrain>()];

    [Fact]
    public void Containing_FinancialQuarter_OctoberToDecemberIsQ3()
    {
        // 5 Nov 2024 is in the financial year starting April 2024; Apr-Jun Q1, Jul-Sep Q2, Oct-Dec Q3.
        var q3 = ReportingPeriod.Containing(PeriodGrain.FinancialQuarter, D(2024, 11, 5));
        q3.Start.ShouldBe(D(2024, 10, 1));
        q3.End.ShouldBe(D(2024, 12, 31));
        q3.Label.ShouldBe("2024-25 Q3");
        q3.FinancialYearStart.ShouldBe(2024);
    }

    [Fact]
    public void Containing_FinancialQuarter_JanuaryToMarchIsQ4OfYearBefore()
    {
        // 14 Feb 2025 is before April, so still in 2024-25; Jan-Mar is Q4.
        var q4 = ReportingPeriod.Containing(PeriodGrain.FinancialQuarter, D(2025, 2, 14));
        q4.Start.ShouldBe(D(2025, 1, 1));
        q4.End.ShouldBe(D(2025, 3, 31));
        q4.Label.ShouldBe("2024-25 Q4");
        q4.FinancialYearStart.ShouldBe(2024);
    }

    [Fact]
    public void Containing_Month_February2024EndsOnLeapDay()
    {
        // 2024 is divisible by 4 (and not a century), so February has 29 days.
        var february = ReportingPeriod.Containing(PeriodGrain.Month, D(2024, 2, 10));
        february.Start.ShouldBe(D(2024, 2, 1));
        february.End.ShouldBe(D(2024, 2, 29));
        february.Label.ShouldBe("2024-02");
        // A year earlier February had 28 days.
        february.SamePeriodLastYear().End.ShouldBe(D(2023, 2, 28));
    }

    [Fact]
    public void Containing_FinancialYear_AprilToMarch()
    {
        var year = ReportingPeriod.Containing(PeriodGrain.FinancialYear, D(2024, 4, 1));
        year.Start.ShouldBe(D(2024, 4, 1));
        year.End.ShouldBe(D(2025, 3, 31));
        year.Label.ShouldBe("2024-25");
        // 31 March 2024 is the last day of the year before.
        ReportingPeriod.Containing(PeriodGrain.FinancialYear, D(2024, 3, 31)).Label.ShouldBe("2023-24");
    }

    [Fact]
    public void Containing_CalendarYear()
    {
        var year = ReportingPeriod.Containing(PeriodGrain.CalendarYear, D(2024, 6, 30));
        year.Start.ShouldBe(D(2024, 1, 1));
        year.End.ShouldBe(D(2024, 12, 31));
        year.Label.ShouldBe("2024");
        // January 2024 falls in financial year 2023-24.
        year.FinancialYearStart.ShouldBe(2023);
    }

    [Theory]
    // The end year is written as its last two digits, zero-padded: 2000 -> "00", 2010 -> "10".
    [InlineData(1999, "1999-00")]
    [InlineData(2009, "2009-10")]
    [InlineData(2024, "2024-25")]
    public void Label_FinancialYear_HasTwoDigitEndYear(int startYear, string label)
    {
        ReportingPeriod.Containing(PeriodGrain.FinancialYear, D(startYear, 4, 1)).Label.ShouldBe(label);
    }

    [Fact]
    public void Label_Month_IsYearDashTwoDigitMonth()
    {
        ReportingPeriod.Containing(PeriodGrain.Month, D(2024, 11, 5)).Label.ShouldBe("2024-11");
    }

    [Fact]
    public void Previous_OfQ1_IsQ4OfYearBefore()
    {
        // 2024-25 Q1 is April-June 2024; the quarter before is January-March 2024, Q4 of 2023-24.
        var q1 = ReportingPeriod.Parse("2024-25 Q1");
        var previous = q1.Previous();
        previous.Label.ShouldBe("2023-24 Q4");
        previous.Start.ShouldBe(D(2024, 1, 1));
        previous.End.ShouldBe(D(2024, 3, 31));
    }

    [Fact]
    public void Next_OfQ4_IsQ1OfNextYear()
    {
        ReportingPeriod.Parse("2024-25 Q4").Next().Label.ShouldBe("2025-26 Q1");
    }

    [Fact]
    public void Next_OfDecember_IsJanuaryOfNextYear()
    {
        ReportingPeriod.Parse("2024-12").Next().Label.ShouldBe("2025-01");
        ReportingPeriod.Parse("2025-01").Previous().Label.ShouldBe("2024-12");
    }

    [Theory]
    [InlineData("2024-25 Q3", "2023-24 Q3")]
    [InlineData("2024-25", "2023-24")]
    [InlineData("2024-11", "2023-11")]
    [InlineData("2024", "2023")]
    public void SamePeriodLastYear_IsOneYearBack(string label, string expected)
    {
        ReportingPeriod.Parse(label).SamePeriodLastYear().Label.ShouldBe(expected);
    }

    [Fact]
    public void Contains_IncludesBothEnds()
    {
        var q3 = ReportingPeriod.Parse("2024-25 Q3");
        q3.Contains(D(2024, 10, 1)).ShouldBeTrue();
        q3.Contains(D(2024, 12, 31)).ShouldBeTrue();
        q3.Contains(D(2024, 9, 30)).ShouldBeFalse();
        q3.Contains(D(2025, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void Between_FinancialQuartersOverTwoYears_IsEight()
    {
        // 2022-04-01 to 2024-03-31 is exactly financial years 2022-23 and 2023-24: 2 x 4 = 8 quarters.
        var quarters = ReportingPeriod.Between(PeriodGrain.FinancialQuarter, D(2022, 4, 1), D(2024, 3, 31)).ToList();
        quarters.Count.ShouldBe(8);
        quarters[0].Label.ShouldBe("2022-23 Q1");
        quarters[^1].Label.ShouldBe("2023-24 Q4");
    }

    [Fact]
    public void Between_IncludesPartlyCoveredPeriodsAtBothEnds()
    {
        // 15 Jan to 2 Mar 2024 touches January, February and March.
        ReportingPeriod.Between(PeriodGrain.Month, D(2024, 1, 15), D(2024, 3, 2))
            .Select(p => p.Label).ShouldBe(["2024-01", "2024-02", "2024-03"]);
        // 1 June 2023 is in 2023-24; 1 April 2024 starts 2024-25.
        ReportingPeriod.Between(PeriodGrain.FinancialYear, D(2023, 6, 1), D(2024, 4, 1))
            .Select(p => p.Label).ShouldBe(["2023-24", "2024-25"]);
    }

    [Fact]
    public void Between_SingleDay_IsThePeriodContainingIt()
    {
        ReportingPeriod.Between(PeriodGrain.CalendarYear, D(2024, 7, 1), D(2024, 7, 1))
            .Select(p => p.Label).ShouldBe(["2024"]);
    }

    [Fact]
    public void Between_ToBeforeFrom_ThrowsAtTheCall()
    {
        Should.Throw<ArgumentException>(() => ReportingPeriod.Between(PeriodGrain.Month, D(2024, 3, 1), D(2024, 2, 1)));
    }

    [Theory]
    // 5 Nov 2024: October 2024 is the last month finished.
    [InlineData(PeriodGrain.Month, 2024, 11, 5, "2024-10")]
    // 5 Nov 2024 is in Q3 (Oct-Dec), so Q2 (Jul-Sep) is the latest finished quarter.
    [InlineData(PeriodGrain.FinancialQuarter, 2024, 11, 5, "2024-25 Q2")]
    // 31 Dec 2024 is Q3's last day; Q3 is not complete until the day after.
    [InlineData(PeriodGrain.FinancialQuarter, 2024, 12, 31, "2024-25 Q2")]
    [InlineData(PeriodGrain.FinancialQuarter, 2025, 1, 1, "2024-25 Q3")]
    // 1 April 2024: 2023-24 ended yesterday.
    [InlineData(PeriodGrain.FinancialYear, 2024, 4, 1, "2023-24")]
    [InlineData(PeriodGrain.FinancialYear, 2024, 3, 31, "2022-23")]
    [InlineData(PeriodGrain.CalendarYear, 2025, 1, 1, "2024")]
    public void LatestComplete_IsLastPeriodEndingBeforeToday(PeriodGrain grain, int year, int month, int day, string expected)
    {
        var today = D(year, month, day);
        var latest = ReportingPeriod.LatestComplete(grain, today);
        latest.Label.ShouldBe(expected);
        latest.End.ShouldBeLessThan(today);
        latest.Next().End.ShouldBeGreaterThanOrEqualTo(today);
    }

    [Theory]
    [InlineData("2024-11", PeriodGrain.Month, 2024, 11, 1, 2024, 11, 30)]
    [InlineData("2024-25 Q3", PeriodGrain.FinancialQuarter, 2024, 10, 1, 2024, 12, 31)]
    [InlineData("2024/25 Q3", PeriodGrain.FinancialQuarter, 2024, 10, 1, 2024, 12, 31)]
    [InlineData("2024-2025 Q3", PeriodGrain.FinancialQuarter, 2024, 10, 1, 2024, 12, 31)]
    [InlineData(" 2024-25 q3 ", PeriodGrain.FinancialQuarter, 2024, 10, 1, 2024, 12, 31)]
    [InlineData("2024-25", PeriodGrain.FinancialYear, 2024, 4, 1, 2025, 3, 31)]
    [InlineData("2024/25", PeriodGrain.FinancialYear, 2024, 4, 1, 2025, 3, 31)]
    [InlineData("2024-2025", PeriodGrain.FinancialYear, 2024, 4, 1, 2025, 3, 31)]
    [InlineData("2024/2025", PeriodGrain.FinancialYear, 2024, 4, 1, 2025, 3, 31)]
    [InlineData("1999-00", PeriodGrain.FinancialYear, 1999, 4, 1, 2000, 3, 31)]
    [InlineData("2024", PeriodGrain.CalendarYear, 2024, 1, 1, 2024, 12, 31)]
    public void Parse_AcceptedForms(string label, PeriodGrain grain, int sy, int sm, int sd, int ey, int em, int ed)
    {
        ReportingPeriod.Parse(label).ShouldBe(new ReportingPeriod(grain, D(sy, sm, sd), D(ey, em, ed)));
        ReportingPeriod.TryParse(label, out var parsed).ShouldBeTrue();
        parsed.Grain.ShouldBe(grain);
    }

    [Theory]
    [MemberData(nameof(AllGrains))]
    public void Parse_WithGrain_RoundTripsEveryLabel(PeriodGrain grain)
    {
        foreach (var period in ReportingPeriod.Between(grain, D(1995, 1, 1), D(2035, 12, 31)))
        {
            ReportingPeriod.Parse(period.Label, grain).ShouldBe(period);
        }
    }

    [Theory]
    [MemberData(nameof(AllGrains))]
    public void Parse_WithoutGrain_RoundTripsUnambiguousLabels(PeriodGrain grain)
    {
        // Labels from 2012 on can't be mistaken: a month "2024-11" is never the year pair "2024-25".
        foreach (var period in ReportingPeriod.Between(grain, D(2012, 4, 1), D(2035, 12, 31)))
        {
            ReportingPeriod.Parse(period.Label).ShouldBe(period);
        }
    }

    [Theory]
    // "2010-11" is November 2010 and also financial year 2010-11; likewise 2009-10, 2000-01, 2011-12.
    [InlineData("2010-11", 2010, 11)]
    [InlineData("2009-10", 2009, 10)]
    [InlineData("2000-01", 2000, 1)]
    [InlineData("2011-12", 2011, 12)]
    public void Parse_MonthOrFinancialYear_IsRefusedWithoutGrain(string label, int year, int month)
    {
        ReportingPeriod.TryParse(label, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => ReportingPeriod.Parse(label)).Message.ShouldContain("ambiguous");

        ReportingPeriod.Parse(label, PeriodGrain.Month).Start.ShouldBe(D(year, month, 1));
        ReportingPeriod.Parse(label, PeriodGrain.FinancialYear).Start.ShouldBe(D(year, 4, 1));
        ReportingPeriod.Parse(label.Replace('-', '/')).ShouldBe(ReportingPeriod.Parse(label, PeriodGrain.FinancialYear));
    }

    [Theory]
    [InlineData("")]
    [InlineData("2024-13")]     // no month 13, and 13 is not 2025's last two digits
    [InlineData("2024-26")]     // 2024 is followed by 25, not 26
    [InlineData("2024-2026")]
    [InlineData("2024-25 Q5")]
    [InlineData("2024-25Q3")]
    [InlineData("2024-11 Q3")]
    [InlineData("2024/11")]     // slashes are only for financial years
    [InlineData("Nov 2024")]
    [InlineData("24-25")]
    [InlineData("0000")]
    public void TryParse_RejectsOtherText(string label)
    {
        ReportingPeriod.TryParse(label, out _).ShouldBeFalse();
    }

    [Fact]
    public void TryParse_Null_IsFalse()
    {
        ReportingPeriod.TryParse(null, out _).ShouldBeFalse();
        ReportingPeriod.TryParse(null, PeriodGrain.Month, out _).ShouldBeFalse();
    }

    [Fact]
    public void Parse_Unreadable_ListsAcceptedForms()
    {
        var error = Should.Throw<FormatException>(() => ReportingPeriod.Parse("Q3 2024"));
        error.Message.ShouldContain("'Q3 2024'");
        error.Message.ShouldContain("2024-25 Q3");
        error.Message.ShouldContain("2024-2025");
    }

    [Fact]
    public void Parse_WithWrongGrain_Throws()
    {
        Should.Throw<FormatException>(() => ReportingPeriod.Parse("2024-25", PeriodGrain.Month)).Message.ShouldContain("month");
    }

    [Fact]
    public void Constructor_RejectsBoundsThatAreNotAWholePeriod()
    {
        // February 2024 ends on the 29th, not the 28th.
        Should.Throw<ArgumentException>(() => new ReportingPeriod(PeriodGrain.Month, D(2024, 2, 1), D(2024, 2, 28)));
        // A quarter must start on a quarter boundary.
        Should.Throw<ArgumentException>(() => new ReportingPeriod(PeriodGrain.FinancialQuarter, D(2024, 11, 1), D(2025, 1, 31)));
    }

    [Fact]
    public void ToString_IsTheLabel()
    {
        ReportingPeriod.Parse("2024-25 Q3").ToString().ShouldBe("2024-25 Q3");
    }
}
