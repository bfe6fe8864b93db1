using System.Globalization;
using System.Text.RegularExpressions;

namespace Scorecard.Warehouse.Calendar;

/// <summary>
/// A month, financial quarter, financial year or calendar year that scorecard measures are
/// reported for. <see cref="End"/> is inclusive, because that is how the council writes periods
/// ("1 October to 31 December").
/// </summary>
/// <remarks>
/// The constructor rejects bounds that are not exactly one whole period of the grain, so a
/// mis-built period fails where it is made rather than as a quietly wrong figure later. Prefer
/// <see cref="Containing"/> or <see cref="Parse(string)"/> to building one by hand.
/// </remarks>
public readonly partial record struct ReportingPeriod(PeriodGrain Grain, DateOnly Start, DateOnly End)
{
    private const string AcceptedForms =
        "Accepted forms are: month '2024-11'; financial quarter '2024-25 Q3' or '2024/25 Q3'; "
        + "financial year '2024-25', '2024/25' or '2024-2025'; calendar year '2024'.";

    public DateOnly End { get; init; } = CheckWholePeriod(Grain, Start, End);

    /// <summary>"2024-11", "2024-25 Q3", "2024-25" or "2024"; <see cref="Parse(string, PeriodGrain)"/> reads it back.</summary>
    public string Label => Grain switch
    {
        PeriodGrain.Month => string.Create(CultureInfo.InvariantCulture, $"{Start.Year:D4}-{Start.Month:D2}"),
        PeriodGrain.FinancialQuarter => FinancialCalendar.FinancialQuarterLabel(FinancialYearStart, FinancialCalendar.FinancialQuarterOf(Start)),
        PeriodGrain.FinancialYear => FinancialCalendar.FinancialYearLabel(FinancialYearStart),
        PeriodGrain.CalendarYear => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Unknown period grain {Grain}."),
    };

    /// <summary>
    /// The calendar year the financial year containing <see cref="Start"/> begins in: 2024 for
    /// "2024-25 Q3", and 2023 for calendar year 2024 (January 2024 is in 2023-24).
    /// </summary>
    public int FinancialYearStart => FinancialCalendar.FinancialYearStartOf(Start);

    public static ReportingPeriod Containing(PeriodGrain grain, DateOnly date)
    {
        var (start, end) = Bounds(grain, date);
        return new ReportingPeriod(grain, start, end);
    }

    /// <summary>
    /// Every period of <paramref name="grain"/> that overlaps <paramref name="from"/> to
    /// <paramref name="to"/> inclusive, oldest first; partial periods at either end are included whole.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static IEnumerable<ReportingPeriod> Between(PeriodGrain grain, DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        // Checked here, not inside the iterator, so a bad grain fails at the call rather than on first use.
        var first = Containing(grain, from);
        return Enumerate(first, to);

        static IEnumerable<ReportingPeriod> Enumerate(ReportingPeriod period, DateOnly to)
        {
            while (true)
            {
                yield return period;
                if (period.End >= to)
                {
                    yield break;
                }

                period = period.Next();
            }
        }
    }

    /// <summary>
    /// The most recent period that has finished before <paramref name="today"/> — the one a
    /// scorecard run today reports as final. A period ending today is not complete yet, because
    /// today's records are still being entered.
    /// </summary>
    public static ReportingPeriod LatestComplete(PeriodGrain grain, DateOnly today) =>
        Containing(grain, today).Previous();

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public ReportingPeriod Previous() => Containing(Grain, Start.AddDays(-1));

    public ReportingPeriod Next() => Containing(Grain, End.AddDays(1));

    /// <summary>The same period a year earlier, for year-on-year comparison (2024-25 Q3 gives 2023-24 Q3).</summary>
    public ReportingPeriod SamePeriodLastYear() => Containing(Grain, Start.AddYears(-1));

    public override string ToString() => Label;

    /// <summary>
    /// Reads any of the label forms. A label such as "2010-11" reads as both November 2010 and
    /// financial year 2010-11, so it is refused here; use <see cref="Parse(string, PeriodGrain)"/>
    /// or the unambiguous "2010/11" for such labels.
    /// </summary>
    /// <exception cref="FormatException">The label is not a period label, or is ambiguous.</exception>
    public static ReportingPeriod Parse(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var candidates = Candidates(label);
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new FormatException($"'{label}' is not a reporting period label. {AcceptedForms}"),
            _ => throw new FormatException(
                $"'{label}' is ambiguous: it could be the month {MonthName(candidates[0].Start)} {candidates[0].Start.Year:D4} or the financial year "
                + $"{candidates[1].Label}. Write the financial year as '{candidates[1].Start.Year:D4}/{candidates[1].End.Year % 100:D2}', "
                + "or pass the grain to Parse."),
        };
    }

    /// <summary>Reads a label known to be of <paramref name="grain"/>, which also settles labels like "2010-11".</summary>
    /// <exception cref="FormatException">The label is not a label of that grain.</exception>
    public static ReportingPeriod Parse(string label, PeriodGrain grain)
    {
        ArgumentNullException.ThrowIfNull(label);
        return TryParse(label, grain, out var period)
            ? period
            : throw new FormatException($"'{label}' is not a {Describe(grain)} label. {AcceptedForms}");
    }

    /// <summary>As <see cref="Parse(string)"/>, returning false for an unreadable or ambiguous label.</summary>
    public static bool TryParse(string? label, out ReportingPeriod period)
    {
        var candidates = label is null ? [] : Candidates(label);
        period = candidates.Count == 1 ? candidates[0] : default;
        return candidates.Count == 1;
    }

    public static bool TryParse(string? label, PeriodGrain grain, out ReportingPeriod period)
    {
        foreach (var candidate in label is null ? [] : Candidates(label))
        {
            if (candidate.Grain == grain)
            {
                period = candidate;
                return true;
            }
        }

        period = default;
        return false;
    }

    private static List<ReportingPeriod> Candidates(string label)
    {
        var found = new List<ReportingPeriod>(2);
        var text = label.Trim();

        var calendarYear = CalendarYearPattern().Match(text);
        if (calendarYear.Success)
        {
            var year = ParseDigits(calendarYear.Groups["year"].Value);
            if (year >= 1)
            {
                found.Add(Containing(PeriodGrain.CalendarYear, new DateOnly(year, 1, 1)));
            }

            return found;
        }

        var match = YearPairPattern().Match(text);
        if (!match.Success)
        {
            return found;
        }

        var startYear = ParseDigits(match.Groups["start"].Value);
        var endText = match.Groups["end"].Value;
        var end = ParseDigits(endText);
        var quarter = match.Groups["quarter"];

        // "yyyy-MM" shares its shape with "yyyy-yy", so it is considered alongside the financial year.
        if (!quarter.Success && match.Groups["separator"].Value == "-" && endText.Length == 2 && end is >= 1 and <= 12 && startYear >= 1)
        {
            found.Add(Containing(PeriodGrain.Month, new DateOnly(startYear, end, 1)));
        }

        var endYearFits = endText.Length == 2 ? end == (startYear + 1) % 100 : end == startYear + 1;
        if (endYearFits && startYear is >= 1 and <= 9998)
        {
            var yearStart = new DateOnly(startYear, 4, 1);
            found.Add(quarter.Success
                ? Containing(PeriodGrain.FinancialQuarter, yearStart.AddMonths(3 * (ParseDigits(quarter.Value) - 1)))
                : Containing(PeriodGrain.FinancialYear, yearStart));
        }

        return found;
    }

    private static string MonthName(DateOnly date) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month);

    private static int ParseDigits(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Describe(PeriodGrain grain) => grain switch
    {
        PeriodGrain.Month => "month",
        PeriodGrain.FinancialQuarter => "financial quarter",
        PeriodGrain.FinancialYear => "financial year",
        PeriodGrain.CalendarYear => "calendar year",
        _ => grain.ToString(),
    };

    private static (DateOnly Start, DateOnly End) Bounds(PeriodGrain grain, DateOnly date)
    {
        switch (grain)
        {
            case PeriodGrain.Month:
                var monthStart = new DateOnly(date.Year, date.Month, 1);
                return (monthStart, new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)));
            case PeriodGrain.FinancialQuarter:
                var quarterStart = new DateOnly(FinancialCalendar.FinancialYearStartOf(date), 4, 1)
                    .AddMonths(3 * (FinancialCalendar.FinancialQuarterOf(date) - 1));
                return (quarterStart, quarterStart.AddMonths(3).AddDays(-1));
            case PeriodGrain.FinancialYear:
                var yearStart = FinancialCalendar.FinancialYearStartOf(date);
                return (new DateOnly(yearStart, 4, 1), new DateOnly(yearStart + 1, 3, 31));
            case PeriodGrain.CalendarYear:
                return (new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31));
            default:
                throw new ArgumentOutOfRangeException(nameof(grain), grain, "Unknown period grain.");
        }
    }

    private static DateOnly CheckWholePeriod(PeriodGrain grain, DateOnly start, DateOnly end)
    {
        var (expectedStart, expectedEnd) = Bounds(grain, start);
        if (start != expectedStart || end != expectedEnd)
        {
            throw new ArgumentException(
                $"{start:yyyy-MM-dd} to {end:yyyy-MM-dd} is not a whole {Describe(grain)}; the one containing "
                + $"{start:yyyy-MM-dd} runs {expectedStart:yyyy-MM-dd} to {expectedEnd:yyyy-MM-dd}. Use ReportingPeriod.Containing.",
                nameof(end));
        }

        return end;
    }

    // [0-9] rather than \d, which would also accept other scripts' digits.
    [GeneratedRegex("^(?<year>[0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex CalendarYearPattern();

    [GeneratedRegex("^(?<start>[0-9]{4})(?<separator>[-/])(?<end>[0-9]{2}|[0-9]{4})(?:\\s+[Qq](?<quarter>[1-4]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex YearPairPattern();
}
