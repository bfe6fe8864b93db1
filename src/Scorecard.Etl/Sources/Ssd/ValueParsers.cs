using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Etl.Sources.Ssd;

/// <summary>Parses the value forms real exports use. Every method is total: it returns a reason rather than throwing.</summary>
public static partial class ValueParsers
{
    public const int MaxTextLength = 200;

    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss",
        "yyyy-MM-ddTHH:mm:ss.fff", "yyyy-MM-ddTHH:mm:ssZ", "dd/MM/yyyy", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm",
    ];

    /// <summary>Code lookups: code and label, case-insensitive, per code set.</summary>
    private static readonly Dictionary<string, Dictionary<string, string>> Codes = BuildCodeIndex();

    /// <summary>Parses a date; whether it is in range is the reader's rule (the calendar for events, plausibility for births).</summary>
    public static bool TryParseDate(string text, out DateOnly date, out string? reason)
    {
        reason = null;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var dt))
        {
            date = DateOnly.FromDateTime(dt);
            return true;
        }
        date = default;
        reason = $"'{text}' is not a date (expected yyyy-MM-dd, yyyy-MM-dd HH:mm:ss or dd/MM/yyyy)";
        return false;
    }

    public static bool TryParseYesNo(string text, out bool value)
    {
        switch (text.Trim().ToUpperInvariant())
        {
            case "Y" or "YES" or "1" or "TRUE" or "T":
                value = true;
                return true;
            case "N" or "NO" or "0" or "FALSE" or "F":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Matches a code or its label in a code set, after stripping Annex A prefixes such as "a) ".</summary>
    public static bool TryParseCode(string codeSet, string text, out string code)
    {
        var cleaned = AnnexAPrefix().Replace(text.Trim(), "");
        if (Codes.TryGetValue(codeSet, out var index) && index.TryGetValue(cleaned, out var found))
        {
            code = found;
            return true;
        }
        code = cleaned;
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

    private static Dictionary<string, Dictionary<string, string>> BuildCodeIndex()
    {
        var index = new Dictionary<string, Dictionary<string, string>>();
        foreach (var group in CodeLists.All.GroupBy(c => c.CodeSet))
        {
            var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var c in group)
            {
                map.TryAdd(c.Code, c.Code);
                map.TryAdd(c.Label, c.Code);
            }
            index[group.Key] = map;
        }
        // The forms sex arrives in besides M/F/U/I: words and the CIN census numbers.
        var sex = index[CodeLists.Sex];
        foreach (var (alias, code) in new[] { ("1", "M"), ("2", "F"), ("0", "U"), ("9", "I"), ("Not known", "U"), ("Not stated", "U") })
            sex.TryAdd(alias, code);
        // Older extracts say "CAF" and "Early Help" for the early help outcome.
        var outcome = index[CodeLists.ContactOutcome];
        foreach (var (alias, code) in new[] { ("Early Help Referral", CodeLists.OutcomeEarlyHelpReferral), ("Early Help", CodeLists.OutcomeEarlyHelpReferral), ("CAF", CodeLists.OutcomeEarlyHelpReferral), ("CSC Referral", CodeLists.OutcomeSocialCareReferral), ("Social Care Referral", CodeLists.OutcomeSocialCareReferral), ("Information & Advice", CodeLists.OutcomeInformationAndAdvice) })
            outcome.TryAdd(alias, code);
        return index;
    }

    [GeneratedRegex(@"^[a-zA-Z0-9]{1,3}\)\s*")]
    private static partial Regex AnnexAPrefix();
}
