using System.Collections.Concurrent;

namespace Scorecard.Warehouse.Calendar;

/// <summary>
/// Bank holidays in England and Wales, worked out from the rules rather than copied from a list,
/// so the date dimension can be extended years ahead without someone remembering to paste in dates.
/// </summary>
/// <remarks>
/// The rules only hold from <see cref="FirstSupportedYear"/>; earlier years throw rather than give
/// a plausible-looking but wrong answer. One-off proclamations are the only hand-kept data (see
/// <see cref="Proclaimed"/>) and must be added there when a new one is announced.
/// </remarks>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>
    /// 1978 is the first year with today's set of eight (the early May bank holiday began then);
    /// before it the pattern was different and is not modelled.
    /// </summary>
    public const int FirstSupportedYear = 1978;

    public const string NewYearsDay = "New Year's Day";
    public const string GoodFriday = "Good Friday";
    public const string EasterMonday = "Easter Monday";
    public const string EarlyMayBankHoliday = "Early May bank holiday";
    public const string SpringBankHoliday = "Spring bank holiday";
    public const string SummerBankHoliday = "Summer bank holiday";
    public const string ChristmasDay = "Christmas Day";
    public const string BoxingDay = "Boxing Day";

    private const string SubstituteSuffix = " (substitute day)";

    /// <summary>
    /// One-off changes by royal proclamation. An entry with <c>Replaces</c> moves that year's usual
    /// holiday of that name to the new date; an entry without it is an extra day. Kept in one table
    /// so a new proclamation is a one-line change (and a one-line test).
    /// </summary>
    private static readonly ProclaimedChange[] Proclaimed =
    [
        new(new DateOnly(1981, 7, 29), "Royal wedding", Replaces: null),
        new(new DateOnly(1995, 5, 8), "Early May bank holiday (VE day)", Replaces: EarlyMayBankHoliday),
        new(new DateOnly(1999, 12, 31), "Millennium celebrations", Replaces: null),
        new(new DateOnly(2002, 6, 3), "Golden Jubilee bank holiday", Replaces: null),
        new(new DateOnly(2002, 6, 4), SpringBankHoliday, Replaces: SpringBankHoliday),
        new(new DateOnly(2011, 4, 29), "Royal wedding", Replaces: null),
        new(new DateOnly(2012, 6, 4), SpringBankHoliday, Replaces: SpringBankHoliday),
        new(new DateOnly(2012, 6, 5), "Queen's Diamond Jubilee", Replaces: null),
        new(new DateOnly(2020, 5, 8), "Early May bank holiday (VE day)", Replaces: EarlyMayBankHoliday),
        new(new DateOnly(2022, 6, 2), SpringBankHoliday, Replaces: SpringBankHoliday),
        new(new DateOnly(2022, 6, 3), "Platinum Jubilee bank holiday", Replaces: null),
        new(new DateOnly(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II", Replaces: null),
        new(new DateOnly(2023, 5, 8), "Bank holiday for the coronation of King Charles III", Replaces: null),
    ];

    private static readonly ConcurrentDictionary<int, YearHolidays> Cache = new();

    /// <summary>The bank holidays observed in <paramref name="year"/>, in date order.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is before <see cref="FirstSupportedYear"/> or after 9999.</exception>
    public static IReadOnlyList<BankHoliday> For(int year) => YearOf(year).Holidays;

    public static bool IsBankHoliday(DateOnly date) => YearOf(date.Year).ByDate.ContainsKey(date);

    /// <summary>The holiday's name, or null when <paramref name="date"/> is not a bank holiday.</summary>
    public static string? NameOf(DateOnly date) =>
        YearOf(date.Year).ByDate.TryGetValue(date, out var name) ? name : null;

    /// <summary>Easter Sunday in the Gregorian calendar (anonymous Gregorian / Meeus algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        // Variable names follow Meeus so the arithmetic can be checked against the book line by line.
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static YearHolidays YearOf(int year)
    {
        if (year < FirstSupportedYear || year > 9999)
        {
            throw new ArgumentOutOfRangeException(
                nameof(year),
                year,
                $"England and Wales bank holidays are only computed for {FirstSupportedYear} to 9999; "
                + $"before {FirstSupportedYear} the pattern of holidays was different.");
        }

        // GetOrAdd may build the same year twice under a race; the result is identical, so that is harmless.
        return Cache.GetOrAdd(year, static y => new YearHolidays(Compute(y)));
    }

    private static BankHoliday[] Compute(int year)
    {
        var easter = EasterSunday(year);
        var holidays = new List<BankHoliday>(12)
        {
            NewYear(year),
            new(easter.AddDays(-2), GoodFriday),
            new(easter.AddDays(1), EasterMonday),
            new(FirstMonday(year, 5), EarlyMayBankHoliday),
            new(LastMonday(year, 5), SpringBankHoliday),
            new(LastMonday(year, 8), SummerBankHoliday),
        };

        // Christmas and Boxing Day substitutes are fixed by the pair, not by each day alone: whichever
        // of the two lands on a weekend takes the next free weekday after the other (27th, then 28th).
        var christmas = new DateOnly(year, 12, 25);
        var boxing = new DateOnly(year, 12, 26);
        holidays.Add(IsWeekend(christmas) ? new BankHoliday(new DateOnly(year, 12, 27), ChristmasDay + SubstituteSuffix) : new BankHoliday(christmas, ChristmasDay));
        holidays.Add(IsWeekend(boxing) ? new BankHoliday(new DateOnly(year, 12, 28), BoxingDay + SubstituteSuffix) : new BankHoliday(boxing, BoxingDay));

        foreach (var change in Proclaimed)
        {
            if (change.Date.Year != year)
            {
                continue;
            }

            if (change.Replaces is { } replaced)
            {
                var removed = holidays.RemoveAll(h => h.Name == replaced);
                if (removed != 1)
                {
                    throw new InvalidOperationException($"Proclaimed change on {change.Date:yyyy-MM-dd} replaces '{replaced}', which is not a usual holiday in {year}.");
                }
            }

            holidays.Add(new BankHoliday(change.Date, change.Name));
        }

        holidays.Sort(static (x, y) => x.Date.CompareTo(y.Date));
        return [.. holidays];
    }

    // A New Year's Day at the weekend is taken on the following Monday (3rd if Saturday, 2nd if Sunday).
    private static BankHoliday NewYear(int year)
    {
        var newYear = new DateOnly(year, 1, 1);
        return newYear.DayOfWeek switch
        {
            DayOfWeek.Saturday => new BankHoliday(newYear.AddDays(2), NewYearsDay + SubstituteSuffix),
            DayOfWeek.Sunday => new BankHoliday(newYear.AddDays(1), NewYearsDay + SubstituteSuffix),
            _ => new BankHoliday(newYear, NewYearsDay),
        };
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static DateOnly FirstMonday(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
    }

    private static DateOnly LastMonday(int year, int month)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
    }

    private sealed record ProclaimedChange(DateOnly Date, string Name, string? Replaces);

    private sealed class YearHolidays
    {
        public YearHolidays(BankHoliday[] holidays)
        {
            Holidays = Array.AsReadOnly(holidays);
            ByDate = holidays.ToDictionary(h => h.Date, h => h.Name);
        }

        public IReadOnlyList<BankHoliday> Holidays { get; }

        // Only read after construction, so safe to share between threads.
        public IReadOnlyDictionary<DateOnly, string> ByDate { get; }
    }
}
