using Scorecard.Warehouse.Calendar;

namespace Scorecard.Etl.Sources.Ssd;

/// <summary>
/// A row's typed values travel as objects (one array per staged row). The same dates, flags and small numbers come
/// on millions of rows, so each is boxed once and shared (boxes are never changed), and reading a row allocates only
/// for the values stored as text.
/// </summary>
internal static class Boxes
{
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] SmallIntegers = Enumerable.Range(0, 1024).Select(i => (object)i).ToArray();

    // Every day from 1900 (the earliest date of birth) to the end of 2040 (past the warehouse calendar).
    private static readonly int FirstDay = new DateOnly(1900, 1, 1).DayNumber;
    private static readonly object?[] Dates = new object?[new DateOnly(2041, 1, 1).DayNumber - FirstDay];
    private static readonly object?[] DateKeys = new object?[Dates.Length];

    public static object Of(bool value) => value ? True : False;

    public static object Of(int value) => (uint)value < (uint)SmallIntegers.Length ? SmallIntegers[value] : value;

    // Two threads may box the same day at once: either box will do.
    public static object Of(DateOnly date)
    {
        var i = date.DayNumber - FirstDay;
        return (uint)i < (uint)Dates.Length ? Dates[i] ??= date : date;
    }

    /// <summary>The date's yyyyMMdd key (<see cref="CalendarDays.DateKeyOf"/>), boxed once per day.</summary>
    public static object KeyOf(DateOnly date)
    {
        var i = date.DayNumber - FirstDay;
        return (uint)i < (uint)DateKeys.Length ? DateKeys[i] ??= CalendarDays.DateKeyOf(date) : CalendarDays.DateKeyOf(date);
    }
}
