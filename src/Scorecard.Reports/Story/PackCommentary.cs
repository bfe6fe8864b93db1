using System.Text;
using System.Text.Json;
using Scorecard.Measures.Catalogue;
using Scorecard.Reports.Templates;

namespace Scorecard.Reports.Story;

/// <summary>A commentary file that cannot be read. Its message lists every problem, so one edit fixes them all.</summary>
public sealed class CommentaryException(string message) : FormatException(message);

/// <summary>What the owner of a measure says about it this period: commentary, who owns it, what is being done.</summary>
public sealed record MeasureCommentary(string Measure, string Commentary, string Owner, string Action)
{
    /// <summary>True when anything was written: an entry left as the template wrote it says nothing.</summary>
    public bool IsProvided => Commentary.Length > 0 || Owner.Length > 0 || Action.Length > 0;
}

/// <summary>
/// The story beside the numbers for one pack and period, as a BI officer wrote it: headline messages for the cover,
/// and per measure commentary, owner and action. Read from a JSON file with comments
/// (<c>childrens-trust-quarterly-2026-27-Q2-commentary.json</c>); nothing in it is ever made up by the pack.
/// </summary>
public sealed record PackCommentary(string Path, bool WrittenNow, IReadOnlyList<string> Headlines, IReadOnlyDictionary<string, MeasureCommentary> Measures)
{
    /// <summary>The commentary for a measure, if its owner wrote any.</summary>
    public MeasureCommentary? For(string measure) => Measures.TryGetValue(measure, out var c) && c.IsProvided ? c : null;

    /// <summary>The file name for a pack and period: "childrens-trust-quarterly-2026-27-Q2-commentary.json".</summary>
    public static string FileName(string template, string periodLabel) => $"{template}-{PackText.FileLabel(periodLabel)}-commentary.json";

    /// <summary>
    /// The commentary for the pack and period from <paramref name="folder"/>; when there is none yet, a template for
    /// it is written there (headline slots and an entry per measure, exceptions first) and an empty commentary returned.
    /// </summary>
    public static PackCommentary LoadOrWriteTemplate(string folder, PackTemplate template, string periodLabel, IReadOnlyList<PackException> exceptions)
    {
        var path = System.IO.Path.Combine(folder, FileName(template.Name, periodLabel));
        if (File.Exists(path)) return Parse(File.ReadAllText(path), path, template, periodLabel);
        Directory.CreateDirectory(folder);
        File.WriteAllText(path, Template(template, periodLabel, exceptions), new UTF8Encoding(false));
        return new PackCommentary(path, WrittenNow: true, [], new Dictionary<string, MeasureCommentary>());
    }

    public static PackCommentary Parse(string json, string path, PackTemplate template, string periodLabel)
    {
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, PackTemplateReader.Json);
        }
        catch (JsonException e)
        {
            throw new CommentaryException($"{path} is not a commentary file: {e.Message}");
        }
        document ??= new Document();
        var problems = new List<string>();
        if (!string.IsNullOrWhiteSpace(document.Pack) && !string.Equals(document.Pack.Trim(), template.Name, StringComparison.OrdinalIgnoreCase))
            problems.Add($"it is for the pack '{document.Pack}', not {template.Name}");
        if (!string.IsNullOrWhiteSpace(document.Period) && document.Period.Trim() != periodLabel)
            problems.Add($"it is for {document.Period}, not {periodLabel}: copy it to {FileName(template.Name, periodLabel)} and update it");
        var measures = new Dictionary<string, MeasureCommentary>(StringComparer.Ordinal);
        foreach (var (entry, i) in (document.Measures ?? []).Select((e, i) => (e, i + 1)))
        {
            var measure = MeasureCatalogue.Find(entry.Measure ?? "");
            if (measure is null) problems.Add($"measures entry {i}: '{entry.Measure}' is not a measure in the catalogue");
            else if (!measures.TryAdd(measure.Code, new MeasureCommentary(measure.Code, Clean(entry.Commentary), Clean(entry.Owner), Clean(entry.Action))))
                problems.Add($"measures entry {i}: {measure.Code} has commentary already");
        }
        if (problems.Count > 0)
            throw new CommentaryException($"{path} cannot be used:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        var headlines = (document.Headlines ?? []).Select(Clean).Where(h => h.Length > 0).ToList();
        return new PackCommentary(path, WrittenNow: false, headlines, measures);
    }

    private static string Clean(string? text) => (text ?? "").Trim();

    /// <summary>The file a BI officer fills in: every measure of the pack, the exceptions first with why each is one.</summary>
    internal static string Template(PackTemplate template, string periodLabel, IReadOnlyList<PackException> exceptions)
    {
        static string Q(string s) => JsonSerializer.Serialize(s);
        var b = new StringBuilder();
        b.AppendLine("{");
        b.AppendLine($"  // Commentary for \"{template.Title}\", {periodLabel}. Fill in what you want the board to read and run");
        b.AppendLine("  // `scorecard pack` again: headlines go on the cover; each measure's commentary, owner and action go beside it");
        b.AppendLine("  // on the Exceptions sheet. Leave an entry empty and the pack says \"No commentary provided\"; it never writes any itself.");
        b.AppendLine($"  \"pack\": {Q(template.Name)},");
        b.AppendLine($"  \"period\": {Q(periodLabel)},");
        b.AppendLine("  // Two or three sentences a board member should take away.");
        b.AppendLine("  \"headlines\": [\"\", \"\", \"\"],");
        b.AppendLine("  \"measures\": [");
        var excepted = exceptions.GroupBy(e => e.Measure.Code).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(e => $"{e.Unit.Name}: {string.Join(", ", e.Reasons)}")));
        var ordered = template.Measures.OrderBy(m => excepted.ContainsKey(m.Code) ? 0 : 1).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            var m = ordered[i];
            if (excepted.TryGetValue(m.Code, out var why)) b.AppendLine($"    // Exception: {why}.");
            b.Append($"    {{ \"measure\": {Q(m.Code)}, \"commentary\": \"\", \"owner\": \"\", \"action\": \"\" }}");
            b.AppendLine(i < ordered.Count - 1 ? $", // {m.Name}" : $"  // {m.Name}");
        }
        b.AppendLine("  ]");
        b.AppendLine("}");
        return b.ToString();
    }

    private sealed class Document
    {
        public string? Pack { get; set; }
        public string? Period { get; set; }
        public List<string?>? Headlines { get; set; }
        public List<Entry>? Measures { get; set; }
    }

    private sealed class Entry
    {
        public string? Measure { get; set; }
        public string? Commentary { get; set; }
        public string? Owner { get; set; }
        public string? Action { get; set; }
    }
}
