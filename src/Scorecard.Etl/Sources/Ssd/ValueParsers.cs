using System.Globalization;
using System.Text.Json;
using Scorecard.Etl.Mapping;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Etl.Sources.Ssd;

/// <summary>Parses the value forms real exports use. Every method is total: it returns a reason rather than throwing.</summary>
public static class ValueParsers
{
    /// <summary>Text columns without a length of their own in the SSD metadata hold up to this many characters.</summary>
    public const int MaxTextLength = 200;

    /// <summary>
    /// Dates a case system writes for "no date": SQL Server's and Excel's zero days, the smallest datetime, the
    /// far-future "open" date. SystemC's own scripts write 1900-01-01 for an assessment with no authorisation date
    /// (ssd_cin_assessments in systemc_sqlserver_v1.4.5_1_20260708.sql).
    /// </summary>
    public static readonly IReadOnlySet<DateOnly> SentinelDates = new HashSet<DateOnly>
    {
        new(1900, 1, 1), new(1899, 12, 30), new(1753, 1, 1), new(1, 1, 1), new(9999, 12, 31),
    };

    /// <summary>
    /// Values that stand for "none": -1 is the case systems' "no worker / no team / no record" key (the SSD scripts
    /// filter or null most of them since release 1.2.0, not all), SSD_PH is the SSD scripts' own placeholder
    /// (earl_episode_worker_id in SystemC 1.4.5; pers_sex in SystemC 1.2.4).
    /// </summary>
    public static readonly IReadOnlyList<string> Placeholders = ["-1", "SSD_PH"];

    private static readonly string[] OtherDateFormats =
    [
        "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "d/M/yyyy", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss",
    ];

    /// <summary>Empty, or the text SQL Server exports write for a null.</summary>
    public static bool IsMissing(string? text) => IsMissing(text.AsSpan());

    /// <summary>
    /// A date given as an Excel serial number (days since 30 December 1899, in the 1900 date system every Annex A
    /// workbook uses), or null when the number is out of Excel's range. A time of day is dropped.
    /// </summary>
    public static DateOnly? FromExcelSerial(double serial)
    {
        if (double.IsNaN(serial) || serial < 1 || serial > 2958465) return null;
        return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)));
    }

    public static bool IsMissing(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        // NULL: what a SQL Server export writes; #N/A and n/a: what a spreadsheet (an Annex A list) shows for nothing.
        return t.IsEmpty || t.Equals("NULL", StringComparison.OrdinalIgnoreCase) || t.Equals("#N/A", StringComparison.OrdinalIgnoreCase)
            || t.Equals("n/a", StringComparison.OrdinalIgnoreCase);
    }

    public static bool IsPlaceholder(string text) => IsPlaceholder(text.AsSpan());

    public static bool IsPlaceholder(ReadOnlySpan<char> text)
    {
        var t = text.Trim();
        foreach (var p in Placeholders)
            if (t.Equals(p, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static bool IsSentinel(DateOnly date) => SentinelDates.Contains(date);

    /// <summary>
    /// yyyy-MM-dd, optionally with a time of day and 0 to 7 fraction digits as SQL Server writes datetime and
    /// datetime2 ("2024-12-10 00:00:00.000", "2024-12-10T09:15:00.1234567"), or dd/MM/yyyy with an optional time.
    /// The time is dropped. A sentinel date parses (see <see cref="IsSentinel"/>); whether a date is in range is the
    /// reader's rule (the calendar for events, plausibility for births).
    /// </summary>
    public static bool TryParseDate(string text, out DateOnly date, out string? reason) => TryParseDate(text.AsSpan(), out date, out reason);

    /// <inheritdoc cref="TryParseDate(string, out DateOnly, out string?)"/>
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date, out string? reason)
    {
        reason = null;
        var t = text.Trim();
        if (TryIso(t, out date) || TryUk(t, out date) ||
            (DateTime.TryParseExact(t, OtherDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt) && Assign(DateOnly.FromDateTime(dt), out date)))
            return true;
        date = default;
        reason = $"'{t}' is not a date (expected yyyy-MM-dd, yyyy-MM-dd HH:mm:ss[.fffffff] or dd/MM/yyyy)";
        return false;
    }

    private static bool Assign(DateOnly value, out DateOnly date)
    {
        date = value;
        return true;
    }

    private static bool TryIso(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-') return false;
        if (!Digits(s[..4], out var y) || !Digits(s.Slice(5, 2), out var m) || !Digits(s.Slice(8, 2), out var d)) return false;
        if (!IsTimeOfDay(s[10..])) return false;
        return TryDate(y, m, d, out date);
    }

    private static bool TryUk(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length < 10 || s[2] != '/' || s[5] != '/') return false;
        if (!Digits(s[..2], out var d) || !Digits(s.Slice(3, 2), out var m) || !Digits(s.Slice(6, 4), out var y)) return false;
        if (!IsTimeOfDay(s[10..])) return false;
        return TryDate(y, m, d, out date);
    }

    private static bool TryDate(int y, int m, int d, out DateOnly date)
    {
        date = default;
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    /// <summary>Nothing, or " HH:mm[:ss[.f to .fffffff]]" (a T instead of the space), with an optional Z.</summary>
    private static bool IsTimeOfDay(ReadOnlySpan<char> s)
    {
        if (s.Length == 0) return true;
        if (s[0] is not (' ' or 'T') || s.Length < 6) return false;
        if (s[^1] == 'Z') s = s[..^1];
        if (s.Length < 6 || !Digits(s.Slice(1, 2), out var h) || s[3] != ':' || !Digits(s.Slice(4, 2), out var min) || h > 23 || min > 59) return false;
        var rest = s[6..];
        if (rest.Length == 0) return true;
        if (rest.Length < 3 || rest[0] != ':' || !Digits(rest.Slice(1, 2), out var sec) || sec > 59) return false;
        rest = rest[3..];
        if (rest.Length == 0) return true;
        return rest[0] == '.' && rest.Length is >= 2 and <= 8 && Digits(rest[1..], out _);
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var ch in s)
        {
            if (ch is < '0' or > '9') return false;
            value = value * 10 + (ch - '0');
        }
        return s.Length > 0;
    }

    public static bool TryParseYesNo(string text, out bool value) => TryParseYesNo(text.AsSpan(), out value);

    private static readonly string[] Yes = ["Y", "YES", "1", "TRUE", "T"];
    private static readonly string[] No = ["N", "NO", "0", "FALSE", "F"];

    public static bool TryParseYesNo(ReadOnlySpan<char> text, out bool value)
    {
        var t = text.Trim();
        value = false;
        foreach (var y in Yes)
            if (t.Equals(y, StringComparison.OrdinalIgnoreCase)) return value = true;
        foreach (var n in No)
            if (t.Equals(n, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Matches a code, its label or a shipped default in a code set (Annex A prefixes such as "a) " are stripped).</summary>
    public static bool TryParseCode(string codeSet, string text, out string code)
    {
        if (CouncilMapping.Default.TryResolve(codeSet, text, out var hit) && hit.Code is not null)
        {
            code = hit.Code;
            return true;
        }
        code = text.Trim();
        return false;
    }

    /// <summary>A JSON array of strings, or one plain value (possibly empty).</summary>
    public static bool TryParseArray(string text, out List<string> values)
    {
        values = [];
        var t = text.Trim();
        if (t.Length == 0) return true;
        if (t[0] != '[')
        {
            values.Add(t.Trim('"'));
            return true;
        }
        try
        {
            using var doc = JsonDocument.Parse(t);
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                var s = item.ValueKind == JsonValueKind.String ? item.GetString() : item.ToString();
                if (!string.IsNullOrWhiteSpace(s)) values.Add(s.Trim());
            }
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }

    public static string DescribeCodes(string codeSet) =>
        string.Join(", ", CodeLists.All.Where(c => c.CodeSet == codeSet).Select(c => c.Code));
}
