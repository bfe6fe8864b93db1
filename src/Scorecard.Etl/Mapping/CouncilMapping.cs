using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Etl.Mapping;

/// <summary>Where a value's Scorecard code came from.</summary>
public enum MappingSource
{
    /// <summary>The council's own mapping file.</summary>
    Council,
    /// <summary>The value is a Scorecard code or its label.</summary>
    CodeList,
    /// <summary>A default shipped for one case-system shape (systemc, eclipse, mosaic) or for every shape (common).</summary>
    Shipped,
}

/// <summary>A mapped value: its code (null when the mapping says the value has no Scorecard meaning), and where that came from.</summary>
public readonly record struct MappingHit(string? Code, MappingSource Source, string Origin);

/// <summary>One line of a mapping file.</summary>
public sealed record MappingEntry(string List, string Value, string Code, string Origin, int Line);

/// <summary>A value no mapping knew, with how often and where it was first seen: one line of a starter file.</summary>
public sealed record UnmappedValue(string List, string Value, int Rows, string FirstSeen);

/// <summary>
/// Council and case-system words to Scorecard codes: the one mapping mechanism every source uses. A value is
/// looked up in the council's mapping file first (it lives outside the repository and overrides everything),
/// then among Scorecard's own codes and labels, then in the defaults shipped for each case-system shape.
/// Matching ignores case, Annex A prefixes such as "a) ", and the difference between spaces, hyphens and
/// underscores, so "Step-up", "step up" and "STEP_UP" are one value.
/// </summary>
public sealed partial class CouncilMapping
{
    /// <summary>The code that says "known, but no Scorecard meaning": the value is treated as empty without a warning.</summary>
    public const string Ignore = "-";
    /// <summary>Teams given by name: the list maps a name to a dept_team_id.</summary>
    public const string TeamList = "Team";

    /// <summary>Annex A column headers: a header as a workbook words it to the field it holds (<see cref="AnnexAFields"/>).</summary>
    public const string AnnexAColumnList = "AnnexAColumn";

    /// <summary>The Annex A fields Scorecard reads; an AnnexAColumn line's code is one of them.</summary>
    public static readonly IReadOnlyList<string> AnnexAFields =
    [
        "ChildId", "Gender", "Ethnicity", "DateOfBirth", "ContactDate", "ContactSource", "ReferralDate", "ReferralSource", "ReferralNfa",
        "AssessmentStart", "AssessmentAuthorised", "Section47Start", "PlanStart", "PlanEnd", "LookedAfterStart", "LookedAfterEnd",
        "LookedAfterEndReason", "Worker", "Team",
    ];
    public const string Header = "list,value,code";

    private static readonly string[] ShippedShapes = ["common", "systemc", "eclipse", "mosaic", "annexa"];

    // Declared before Default: static initialisers run in order, and Default needs it.
    /// <summary>Lists a mapping file may name: every code set, and Team.</summary>
    public static IReadOnlyList<string> Lists { get; } = CodeLists.All.Select(c => c.CodeSet).Distinct().Append(TeamList).Append(AnnexAColumnList).ToList();

    private readonly Dictionary<(string, string), MappingHit> _council = new();
    private readonly Dictionary<(string, string), MappingHit> _codes = new();
    private readonly Dictionary<(string, string), MappingHit> _shipped = new();

    private CouncilMapping(string? councilFile, IReadOnlyList<MappingEntry> councilEntries)
    {
        CouncilFile = councilFile;
        CouncilEntries = councilEntries;
        foreach (var c in CodeLists.All)
        {
            _codes.TryAdd((c.CodeSet, Normalise(c.Code)), new MappingHit(c.Code, MappingSource.CodeList, "Scorecard code"));
            _codes.TryAdd((c.CodeSet, Normalise(c.Label)), new MappingHit(c.Code, MappingSource.CodeList, "Scorecard label"));
        }
        foreach (var shape in ShippedShapes)
            foreach (var e in Parse(ReadShipped(shape), $"shipped {shape} defaults"))
                _shipped.TryAdd((e.List, Normalise(e.Value)), Hit(e, MappingSource.Shipped, shape));
        foreach (var e in councilEntries) _council[(e.List, Normalise(e.Value))] = Hit(e, MappingSource.Council, Path.GetFileName(councilFile!));
    }

    /// <summary>The council's file, when one is used.</summary>
    public string? CouncilFile { get; }
    public IReadOnlyList<MappingEntry> CouncilEntries { get; }

    /// <summary>The shipped defaults and Scorecard's codes only.</summary>
    public static CouncilMapping Default { get; } = new(null, []);

    /// <summary>The shipped defaults plus the council's file; a file that cannot be used is an error with its line.</summary>
    public static CouncilMapping Load(string? councilFile)
    {
        if (string.IsNullOrWhiteSpace(councilFile)) return Default;
        if (!File.Exists(councilFile)) throw new MappingFileException($"The mapping file {councilFile} does not exist (write a starter with `scorecard check <extract> --write-mapping {councilFile}`).");
        return new CouncilMapping(Path.GetFullPath(councilFile), Parse(File.ReadAllText(councilFile), Path.GetFileName(councilFile)));
    }

    /// <summary>The code for a value in a list, or false when nothing knows it.</summary>
    public bool TryResolve(string list, string value, out MappingHit hit)
    {
        // The same few values (flag keys, codes, labels) come on every row: remember each raw value's answer.
        if (_resolved.TryGetValue((list, value), out var known))
        {
            hit = known.GetValueOrDefault();
            return known.HasValue;
        }
        var found = Find(list, value, out hit);
        // Annex A codes may come as "code: label" after their letter ("q) 6: Police"): the code, else the label.
        if (!found && AnnexACode().Match(AnnexAPrefix().Replace(value.Trim(), "")) is { Success: true } m)
            found = Find(list, m.Groups[1].Value, out hit) || Find(list, m.Groups[2].Value, out hit);
        if (_resolved.Count < MaxRemembered) _resolved[(list, value)] = found ? hit : null;
        return found;
    }

    private bool Find(string list, string value, out MappingHit hit)
    {
        var key = (list, Normalise(value));
        return _council.TryGetValue(key, out hit) || _codes.TryGetValue(key, out hit) || _shipped.TryGetValue(key, out hit);
    }

    /// <summary>Bounds the memory of answers, whatever values an extract holds.</summary>
    private const int MaxRemembered = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string), MappingHit?> _resolved = new();

    /// <summary>The shipped defaults of each shape, as (shape, entries): for the documentation.</summary>
    public static IEnumerable<(string Shape, IReadOnlyList<MappingEntry> Entries)> ShippedDefaults() =>
        ShippedShapes.Select(s => (s, (IReadOnlyList<MappingEntry>)Parse(ReadShipped(s), $"shipped {s} defaults")));

    /// <summary>
    /// Writes a starter mapping file: the council's existing lines (when this file is the one in use), then every
    /// value that could not be mapped, with its count and where it was first seen, and an empty code to fill in.
    /// </summary>
    public void WriteStarter(string path, IEnumerable<UnmappedValue> unmapped)
    {
        var full = Path.GetFullPath(path);
        var keepOwn = CouncilFile is not null && string.Equals(full, CouncilFile, StringComparison.Ordinal);
        if (File.Exists(full) && !keepOwn)
            throw new MappingFileException($"{path} already exists: choose another name, or pass it as --mapping to add to it.");
        var text = new StringBuilder();
        text.Append("""
            # Scorecard mapping file: your case system's words -> Scorecard codes.
            # Fill in the code column for each line below (see docs/extract-contract.md, "Code lists", for the codes),
            # or write - when the value has no Scorecard meaning (it is then treated as empty, without a warning).
            # Lists: 
            """).Append(string.Join(", ", Lists)).Append('\n');
        text.Append("# Team lines map a team's name to its dept_team_id. Lines starting with # are comments; matching ignores case.\n");
        text.Append(Header).Append(",rows,first_seen\n");
        var known = new HashSet<(string, string)>();
        if (keepOwn)
            foreach (var e in CouncilEntries)
            {
                known.Add((e.List, Normalise(e.Value)));
                text.Append(Csv(e.List)).Append(',').Append(Csv(e.Value)).Append(',').Append(Csv(e.Code)).Append(",,\n");
            }
        foreach (var u in unmapped.OrderBy(u => u.List, StringComparer.Ordinal).ThenByDescending(u => u.Rows).ThenBy(u => u.Value, StringComparer.Ordinal))
        {
            if (!known.Add((u.List, Normalise(u.Value)))) continue;
            text.Append(Csv(u.List)).Append(',').Append(Csv(u.Value)).Append(",,").Append(u.Rows.ToString(CultureInfo.InvariantCulture)).Append(',').Append(Csv(u.FirstSeen)).Append('\n');
        }
        var folder = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        File.WriteAllText(full, text.ToString(), new UTF8Encoding(false));
    }

    /// <summary>The form two values are compared in.</summary>
    public static string Normalise(string value)
    {
        var t = AnnexAPrefix().Replace(value.Trim(), "");
        var s = new StringBuilder(t.Length);
        var space = false;
        foreach (var ch in t)
        {
            // Punctuation that case systems add or drop ("parent(s), relative(s)", "Children's") separates words like a space.
            if (ch is ' ' or '-' or '_' or ',' or '.' or ';' or ':' or '\'' or '\u2019' || char.IsWhiteSpace(ch))
            {
                space = s.Length > 0;
                continue;
            }
            if (space) s.Append(' ');
            space = false;
            s.Append(char.ToUpperInvariant(ch));
        }
        return s.ToString();
    }

    private static MappingHit Hit(MappingEntry e, MappingSource source, string origin) =>
        new(e.Code == Ignore ? null : e.Code, source, origin);

    private static List<MappingEntry> Parse(string text, string origin)
    {
        var entries = new List<MappingEntry>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            AllowComments = true, Comment = '#', IgnoreBlankLines = true, TrimOptions = TrimOptions.Trim, MissingFieldFound = null, BadDataFound = null,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvParser(reader, config);
        int list = -1, value = -1, code = -1;
        var seen = new Dictionary<(string, string), MappingEntry>();
        while (csv.Read())
        {
            var line = (int)csv.RawRow;
            var record = csv.Record ?? [];
            if (list < 0)
            {
                var header = record.Select(h => h.Trim().ToLowerInvariant()).ToList();
                list = header.IndexOf("list");
                value = header.IndexOf("value");
                code = header.IndexOf("code");
                if (list < 0 || value < 0 || code < 0)
                    throw new MappingFileException($"{origin} line {line}: the first line must name the columns {Header}.");
                continue;
            }
            string Field(int i) => i < record.Length ? record[i].Trim() : "";
            var (l, v, c) = (Field(list), Field(value), Field(code));
            if (l.Length == 0 && v.Length == 0 && c.Length == 0) continue;
            var listName = Lists.FirstOrDefault(x => string.Equals(x, l, StringComparison.OrdinalIgnoreCase))
                ?? throw new MappingFileException($"{origin} line {line}: '{l}' is not a list Scorecard maps (expected one of {string.Join(", ", Lists)}).");
            if (v.Length == 0) throw new MappingFileException($"{origin} line {line}: the value is empty.");
            // A starter line not yet filled in maps nothing: the value stays unmapped (and is reported again).
            if (c.Length == 0) continue;
            if (listName == AnnexAColumnList && c != Ignore && !AnnexAFields.Contains(c, StringComparer.OrdinalIgnoreCase))
                throw new MappingFileException($"{origin} line {line}: '{c}' is not an Annex A field Scorecard reads (expected one of {string.Join(", ", AnnexAFields)}, or - for none).");
            if (c != Ignore && listName != TeamList && listName != AnnexAColumnList && !CodeLists.All.Any(x => x.CodeSet == listName && string.Equals(x.Code, c, StringComparison.OrdinalIgnoreCase)))
                throw new MappingFileException($"{origin} line {line}: '{c}' is not a {listName} code (expected one of {string.Join(", ", CodeLists.All.Where(x => x.CodeSet == listName).Select(x => x.Code))}, or - for none).");
            var canonical = c == Ignore || listName == TeamList ? c
                : listName == AnnexAColumnList ? AnnexAFields.First(f => string.Equals(f, c, StringComparison.OrdinalIgnoreCase)) : CodeLists.All.First(x => x.CodeSet == listName && string.Equals(x.Code, c, StringComparison.OrdinalIgnoreCase)).Code;
            var entry = new MappingEntry(listName, v, canonical, origin, line);
            if (seen.TryGetValue((listName, Normalise(v)), out var earlier) && earlier.Code != canonical)
                throw new MappingFileException($"{origin} line {line}: {listName} '{v}' is mapped to {earlier.Code} on line {earlier.Line} and to {canonical} here.");
            seen[(listName, Normalise(v))] = entry;
            entries.Add(entry);
        }
        return entries;
    }

    private static string ReadShipped(string shape)
    {
        var name = $"Scorecard.Etl.Mapping.Defaults.{shape}.csv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The shipped mapping {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Csv(string s) => s.Contains(',') || s.Contains('"') || s.Contains('\n') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;

    [GeneratedRegex(@"^[a-zA-Z0-9]{1,3}\)\s*")]
    private static partial Regex AnnexAPrefix();

    [GeneratedRegex(@"^([0-9A-Za-z]{1,4})\s*:\s*(.+)$")]
    private static partial Regex AnnexACode();
}

/// <summary>A mapping file that cannot be used: the message names the file and line.</summary>
public sealed class MappingFileException(string message) : Exception(message);
