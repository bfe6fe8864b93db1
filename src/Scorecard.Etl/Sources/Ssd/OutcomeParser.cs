using System.Text;
using System.Text.Json;
using Scorecard.Etl.Mapping;

namespace Scorecard.Etl.Sources.Ssd;

/// <summary>The form an outcome value was written in.</summary>
public enum OutcomeFormat
{
    Empty,
    /// <summary>SystemC: {"NEW_REFERRAL_FLAG": "N", ..., "NFA_FLAG": "Y", "COMMENTS": "..."}.</summary>
    FlagObject,
    /// <summary>Eclipse: {"OUTCOME_SINGLE_ASSESSMENT_FLAG": "Y", ...}.</summary>
    OutcomeFlagObject,
    /// <summary>Scorecard's own extracts: ["EH Referral","CIN Referral"].</summary>
    Array,
    /// <summary>Mosaic: one label, or the case system's labels joined with ", ".</summary>
    Labels,
    /// <summary>Looks like JSON but is not.</summary>
    Invalid,
}

/// <summary>What an outcome value says.</summary>
public sealed class OutcomeReading
{
    /// <summary>Scorecard codes the value says yes to, distinct, in the order met.</summary>
    public List<string> Codes { get; } = [];
    /// <summary>
    /// Codes the value's form could have said yes to: a flag object can only say what its keys map to (a SystemC
    /// contact has no early help flag); labels and arrays can say anything (null).
    /// </summary>
    public HashSet<string>? Expressible { get; set; }
    /// <summary>Labels, or keys set to yes, that no mapping knows.</summary>
    public List<string> Unmapped { get; } = [];
    public OutcomeFormat Format { get; set; }

    /// <summary>The flag object's keys and values, kept between rows so reading one allocates no list.</summary>
    internal List<(string Key, string? Value)> Pairs { get; } = [];

    // Kept between rows of one column: the same dozen keys and Y/N values come on every row, so each key's meaning
    // (metadata, OUTCOME_ prefix, what the mapping makes of it) is worked out once, and its text is not copied again.
    internal StringPool Strings { get; } = new();
    internal Dictionary<string, FlagKey> Keys { get; } = new(StringComparer.Ordinal);
    internal (string List, CouncilMapping Mapping)? KeysFor { get; set; }
    private readonly HashSet<string> _expressible = new(StringComparer.Ordinal);

    internal void Clear()
    {
        Codes.Clear();
        Unmapped.Clear();
        Expressible = null;
        Format = OutcomeFormat.Empty;
    }

    internal HashSet<string> EmptyExpressible()
    {
        _expressible.Clear();
        return _expressible;
    }
}

/// <summary>What one flag object key means: skipped (metadata), an Eclipse OUTCOME_ key, and its mapping, if any.</summary>
internal readonly record struct FlagKey(bool Metadata, bool OutcomePrefixed, bool Mapped, string? Code);

/// <summary>Short strings met again and again (flag keys, Y/N), handed out once each; bounded.</summary>
internal sealed class StringPool
{
    private const int MaxStrings = 512;
    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.Length > 64) return text.ToString();
        var lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(text, out var known)) return known;
        var s = text.ToString();
        if (_strings.Count < MaxStrings) _strings.Add(s);
        return s;
    }
}

/// <summary>
/// Reads the outcome columns (cont_contact_outcome_json, cine_referral_outcome_json) in every form the SSD
/// deployment scripts write them and maps each flag key or label through the council mapping. Free-text
/// comments inside the objects are skipped, never kept: they may name people.
/// </summary>
public static class OutcomeParser
{
    /// <summary>Keys that describe the object rather than an outcome; comments are never read.</summary>
    private static readonly HashSet<string> MetadataKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        "NUMBER_OF_OUTCOMES", "TOTAL_NO_OF_OUTCOMES", "COMMENTS", "OUTCOME_COMMENTS",
    };

    private static readonly HashSet<string> CommentKeys = new(StringComparer.OrdinalIgnoreCase) { "COMMENTS", "OUTCOME_COMMENTS" };

    public static OutcomeReading Parse(string text, string list, CouncilMapping mapping, OutcomeReading? reuse = null) =>
        Parse(text.AsSpan(), list, mapping, reuse);

    public static OutcomeReading Parse(ReadOnlySpan<char> text, string list, CouncilMapping mapping, OutcomeReading? reuse = null)
    {
        var reading = reuse ?? new OutcomeReading();
        reading.Clear();
        var t = text.Trim();
        if (t.Length == 0) return reading;
        if (t[0] == '{')
        {
            reading.Expressible = reuse is null ? [] : reading.EmptyExpressible();
            var pairs = reading.Pairs;
            if (!FlatJson.TryReadObject(t, pairs, reading.Strings) && !TryReadObjectWithJsonDocument(t, pairs))
            {
                reading.Format = OutcomeFormat.Invalid;
                return reading;
            }
            reading.Format = OutcomeFormat.FlagObject;
            if (reading.KeysFor is not { } keysFor || keysFor.List != list || !ReferenceEquals(keysFor.Mapping, mapping))
            {
                reading.Keys.Clear();
                reading.KeysFor = (list, mapping);
            }
            foreach (var (key, value) in pairs)
            {
                if (!reading.Keys.TryGetValue(key, out var meaning))
                {
                    var mapped = mapping.TryResolve(list, key, out var hit);
                    meaning = new FlagKey(MetadataKeys.Contains(key), key.StartsWith("OUTCOME_", StringComparison.OrdinalIgnoreCase), mapped, mapped ? hit.Code : null);
                    if (reading.Keys.Count < 256) reading.Keys[key] = meaning;
                }
                if (meaning.Metadata) continue;
                if (meaning.OutcomePrefixed) reading.Format = OutcomeFormat.OutcomeFlagObject;
                var yes = IsYes(value);
                if (meaning.Mapped)
                {
                    if (meaning.Code is not { } code) continue;
                    reading.Expressible.Add(code);
                    if (yes && !reading.Codes.Contains(code)) reading.Codes.Add(code);
                }
                else if (yes) reading.Unmapped.Add(key);
            }
            return reading;
        }
        if (t[0] == '[')
        {
            var items = new List<string>();
            if (!FlatJson.TryReadArray(t, items))
            {
                reading.Format = OutcomeFormat.Invalid;
                return reading;
            }
            reading.Format = OutcomeFormat.Array;
            foreach (var item in items) Label(reading, item, list, mapping);
            return reading;
        }
        reading.Format = OutcomeFormat.Labels;
        var whole = t.Trim('"').ToString();
        // A label may itself hold a comma ("Other internal e,g, BC Council"): the whole value first, then its parts.
        if (mapping.TryResolve(list, whole, out var one))
        {
            if (one.Code is not null) reading.Codes.Add(one.Code);
            return reading;
        }
        if (!whole.Contains(',', StringComparison.Ordinal))
        {
            reading.Unmapped.Add(whole);
            return reading;
        }
        foreach (var part in whole.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) Label(reading, part, list, mapping);
        return reading;
    }

    private static void Label(OutcomeReading reading, string label, string list, CouncilMapping mapping)
    {
        if (string.IsNullOrWhiteSpace(label)) return;
        if (mapping.TryResolve(list, label, out var hit))
        {
            if (hit.Code is not null && !reading.Codes.Contains(hit.Code)) reading.Codes.Add(hit.Code);
        }
        else reading.Unmapped.Add(label.Trim());
    }

    private static bool IsYes(string? value)
    {
        if (value is null) return false;
        var v = value.AsSpan().Trim();
        return v.Equals("Y", StringComparison.OrdinalIgnoreCase) || v.Equals("YES", StringComparison.OrdinalIgnoreCase)
            || v.Equals("1", StringComparison.Ordinal) || v.Equals("TRUE", StringComparison.OrdinalIgnoreCase) || v.Equals("T", StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryReadObjectWithJsonDocument(ReadOnlySpan<char> text, List<(string, string?)> pairs)
    {
        pairs.Clear();
        try
        {
            using var doc = JsonDocument.Parse(text.ToString());
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return false;
            foreach (var p in doc.RootElement.EnumerateObject())
                pairs.Add((p.Name, p.Value.ValueKind switch
                {
                    JsonValueKind.String => p.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => p.Value.GetRawText(),
                }));
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// A reader for the flat JSON the deployment scripts build by string concatenation: an object of scalar
    /// values, or an array of strings. SystemC does not escape quotes inside COMMENTS, so the comment (always
    /// the last key) is skipped to the closing brace rather than parsed.
    /// </summary>
    private static class FlatJson
    {
        public static bool TryReadObject(ReadOnlySpan<char> s, List<(string Key, string? Value)> pairs, StringPool? strings = null)
        {
            pairs.Clear();
            var i = 1;
            SkipSpace(s, ref i);
            if (i < s.Length && s[i] == '}') return End(s, i + 1);
            while (i < s.Length)
            {
                if (!TryString(s, ref i, out var key, strings)) return false;
                SkipSpace(s, ref i);
                if (i >= s.Length || s[i] != ':') return false;
                i++;
                SkipSpace(s, ref i);
                if (CommentKeys.Contains(key))
                {
                    // Whatever the comment holds, the object ends at the last brace.
                    return s.TrimEnd().EndsWith("}");
                }
                if (!TryScalar(s, ref i, out var value, strings)) return false;
                pairs.Add((key, value));
                SkipSpace(s, ref i);
                if (i >= s.Length) return false;
                if (s[i] == ',') { i++; SkipSpace(s, ref i); continue; }
                if (s[i] == '}') return End(s, i + 1);
                return false;
            }
            return false;
        }

        public static bool TryReadArray(ReadOnlySpan<char> s, List<string> items)
        {
            items.Clear();
            var i = 1;
            SkipSpace(s, ref i);
            if (i < s.Length && s[i] == ']') return End(s, i + 1);
            while (i < s.Length)
            {
                if (!TryScalar(s, ref i, out var value)) return false;
                if (value is not null) items.Add(value);
                SkipSpace(s, ref i);
                if (i >= s.Length) return false;
                if (s[i] == ',') { i++; SkipSpace(s, ref i); continue; }
                if (s[i] == ']') return End(s, i + 1);
                return false;
            }
            return false;
        }

        private static bool End(ReadOnlySpan<char> s, int i)
        {
            SkipSpace(s, ref i);
            return i == s.Length;
        }

        private static void SkipSpace(ReadOnlySpan<char> s, ref int i)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
        }

        private static bool TryScalar(ReadOnlySpan<char> s, ref int i, out string? value, StringPool? strings = null)
        {
            value = null;
            if (i >= s.Length) return false;
            if (s[i] == '"') return TryString(s, ref i, out value, strings);
            var start = i;
            while (i < s.Length && s[i] is not (',' or '}' or ']') && !char.IsWhiteSpace(s[i])) i++;
            var token = s[start..i];
            if (token.Length == 0) return false;
            if (token.SequenceEqual("null")) return true;
            if (token.SequenceEqual("true") || token.SequenceEqual("false") || double.TryParse(token, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                value = strings?.Get(token) ?? token.ToString();
                return true;
            }
            return false;
        }

        private static bool TryString(ReadOnlySpan<char> s, ref int i, out string value, StringPool? strings = null)
        {
            value = "";
            if (i >= s.Length || s[i] != '"') return false;
            i++;
            var start = i;
            while (i < s.Length && s[i] != '"' && s[i] != '\\') i++;
            if (i < s.Length && s[i] == '"')
            {
                value = strings?.Get(s[start..i]) ?? s[start..i].ToString();
                i++;
                return true;
            }
            var sb = new StringBuilder().Append(s[start..i]);
            while (i < s.Length)
            {
                var ch = s[i++];
                if (ch == '"')
                {
                    value = sb.ToString();
                    return true;
                }
                if (ch != '\\') { sb.Append(ch); continue; }
                if (i >= s.Length) return false;
                var e = s[i++];
                switch (e)
                {
                    case '"' or '\\' or '/': sb.Append(e); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u' when i + 4 <= s.Length && int.TryParse(s.Slice(i, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                        sb.Append((char)code);
                        i += 4;
                        break;
                    default: return false;
                }
            }
            return false;
        }
    }
}
