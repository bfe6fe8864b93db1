using System.Text.Json;
using System.Text.Json.Serialization;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Reports.Templates;

/// <summary>A template that cannot make a pack. Its message lists every problem, so one edit fixes them all.</summary>
public sealed class PackTemplateException(string message) : FormatException(message);

/// <summary>
/// Reads and checks report-templates/*.json (see docs/report-templates.md). Every measure and chart is
/// checked against the catalogue before anything is written, so a typo fails in a second, not after a
/// half-written pack has been sent.
/// </summary>
public static class PackTemplateReader
{
    /// <summary>The templates that come with the product.</summary>
    public static readonly IReadOnlyList<string> Shipped = ["childrens-trust-quarterly", "early-help-locality-monthly", "qa-audit-quarterly"];

    /// <summary>How every file a BI officer edits is read: comments and trailing commas allowed, unknown fields refused.</summary>
    internal static readonly JsonSerializerOptions Json = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        PropertyNameCaseInsensitive = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The template named <paramref name="nameOrPath"/> in <paramref name="folder"/>, or the .json file it is a path to.</summary>
    /// <param name="searched">Every folder that was searched, for the message when there is no such template.</param>
    public static PackTemplate Load(string folder, string nameOrPath, IReadOnlyList<string>? searched = null)
    {
        var path = nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && File.Exists(nameOrPath)
            ? nameOrPath
            : Path.Combine(folder, nameOrPath + ".json");
        if (!File.Exists(path))
        {
            var folders = searched ?? [folder];
            var known = folders.Where(Directory.Exists).SelectMany(Available).Distinct().Order(StringComparer.Ordinal).ToList();
            throw new PackTemplateException(
                $"There is no pack template '{nameOrPath}' in {string.Join(" or ", folders.Select(Path.GetFullPath))}." +
                (known.Count > 0 ? $" Templates there: {string.Join(", ", known)}." : ""));
        }
        return Parse(File.ReadAllText(path), path, BaselinesFile.Load(Path.GetDirectoryName(Path.GetFullPath(path))!));
    }

    /// <summary>Template names in a folder (every .json but the targets and baselines files).</summary>
    public static List<string> Available(string folder) =>
        Directory.EnumerateFiles(folder, "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Where(n => !string.Equals(n, "targets", StringComparison.OrdinalIgnoreCase) && !string.Equals(n + ".json", BaselinesFile.FileName, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal).ToList();

    public static PackTemplate Parse(string json, string path, IReadOnlyDictionary<string, string>? baselines = null)
    {
        TemplateDocument document;
        try
        {
            document = JsonSerializer.Deserialize<TemplateDocument>(json, Json) ?? throw new PackTemplateException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new PackTemplateException($"{path} is not a pack template: {e.Message}");
        }

        var problems = new List<string>();
        var name = Path.GetFileNameWithoutExtension(path);
        if (string.IsNullOrWhiteSpace(document.Title)) problems.Add("it has no \"title\"");
        if (string.IsNullOrWhiteSpace(document.Audience)) problems.Add("it has no \"audience\"");

        var grain = ParseGrain(document.Grain);
        if (grain is null) problems.Add($"grain '{document.Grain}' is not one of month, quarter or year");
        var trend = document.TrendPeriods ?? grain switch { PeriodGrain.Month => 13, PeriodGrain.FinancialYear => 5, _ => 8 };
        if (trend is < 2 or > 36) problems.Add($"trendPeriods {trend} is outside 2 to 36");

        var scorecardLevels = Levels(document.OrgUnits?.Scorecard ?? ["authority"], "orgUnits.scorecard", problems);
        var comparisonLevels = Levels(document.OrgUnits?.Comparison ?? ["localities"], "orgUnits.comparison", problems);
        if (comparisonLevels.Contains(OrgUnitLevel.Authority))
            problems.Add("orgUnits.comparison compares localities or teams; the authority is always shown beside them");

        if (document.Sections is not { Count: > 0 }) problems.Add("it has no \"sections\"");
        var sections = new List<PackSection>();
        var sheetNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (section, index) in (document.Sections ?? []).Select((s, i) => (s, i + 1)))
        {
            var where = $"section {index}" + (string.IsNullOrWhiteSpace(section.Title) ? "" : $" '{section.Title}'");
            if (string.IsNullOrWhiteSpace(section.Title)) problems.Add($"{where} has no \"title\"");
            else if (section.Title.Trim().Length > 31 || section.Title.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0)
                problems.Add($"{where}: a title becomes a sheet name, so it must be at most 31 characters without [ ] : * ? / \\");
            else if (ReservedSheetNames.Contains(section.Title.Trim(), StringComparer.OrdinalIgnoreCase))
                problems.Add($"{where}: '{section.Title.Trim()}' is the name of a sheet every pack has");
            else if (!sheetNames.Add(section.Title.Trim())) problems.Add($"{where}: another section has the same title (each becomes a sheet)");
            var measures = new List<MeasureDefinition>();
            foreach (var code in section.Measures ?? [])
            {
                var measure = MeasureCatalogue.Find(code ?? "");
                if (measure is null) problems.Add($"{where} names unknown measure '{code}'");
                else measures.Add(measure);
            }
            if (measures.Count == 0 && (section.Charts ?? []).Count == 0) problems.Add($"{where} has no measures and no charts");

            var charts = new List<PackChart>();
            foreach (var (chart, chartIndex) in (section.Charts ?? []).Select((c, i) => (c, i + 1)))
            {
                var chartWhere = $"{where}, chart {chartIndex}";
                var kind = chart.Chart?.Trim().ToLowerInvariant();
                if (kind is null || !ChartKinds.All.Contains(kind))
                {
                    problems.Add($"{chartWhere}: '{chart.Chart}' is not a chart the pack can draw (use one of {string.Join(", ", ChartKinds.All)})");
                    continue;
                }
                MeasureDefinition? measure = null;
                if (ChartKinds.NeedsMeasure(kind))
                {
                    measure = chart.Measure is null ? null : MeasureCatalogue.Find(chart.Measure);
                    if (chart.Measure is null) problems.Add($"{chartWhere}: a {kind} chart needs a \"measure\"");
                    else if (measure is null) problems.Add($"{chartWhere} names unknown measure '{chart.Measure}'");
                    else if (measure.Code == ChartKinds.AuditGradeMeasure) problems.Add($"{chartWhere}: QA02 is a distribution; draw it with an audit-grades chart");
                }
                else if (chart.Measure is not null)
                    problems.Add($"{chartWhere}: a {kind} chart takes no \"measure\" (it always draws {DescribeFixedMeasures(kind)})");

                var auditSection = (chart.AuditSection ?? ChartKinds.OverallAuditSection).Trim().ToUpperInvariant();
                if (chart.AuditSection is not null && kind != ChartKinds.AuditGrades)
                    problems.Add($"{chartWhere}: \"auditSection\" is for audit-grades charts");
                else if (!AuditSections.ContainsKey(auditSection))
                    problems.Add($"{chartWhere}: audit section '{chart.AuditSection}' is not one of {string.Join(", ", AuditSections.Keys)}");
                if (measure is not null || !ChartKinds.NeedsMeasure(kind))
                    charts.Add(new PackChart(kind, measure, auditSection, string.IsNullOrWhiteSpace(chart.Title) ? null : chart.Title.Trim()));
            }
            sections.Add(new PackSection(section.Title?.Trim() ?? "", string.IsNullOrWhiteSpace(section.Description) ? null : section.Description.Trim(), measures, charts));
        }

        // The equality page: measures broken down by age band, sex and ethnicity group, as the warehouse publishes them.
        var equality = new List<MeasureDefinition>();
        foreach (var code in document.Equality ?? [])
        {
            var measure = MeasureCatalogue.Find(code ?? "");
            if (measure is null) problems.Add($"equality names unknown measure '{code}'");
            else if ((measure.Breakdowns & Breakdowns.Child) != Breakdowns.Child) problems.Add($"equality: {measure.Code} has no age, sex and ethnicity breakdowns (it does not count children or their records)");
            else if (equality.Contains(measure)) problems.Add($"equality names {measure.Code} twice");
            else equality.Add(measure);
        }
        if (equality.Count > 0 && grain is PeriodGrain.Month)
            problems.Add("equality: breakdowns are published for quarters and years, not months");

        // Partnership-facing (suppressed) packs may go to every role; an internal pack only to those who see unsuppressed numbers.
        var roles = (document.Roles ?? (document.SuppressSmallNumbers ?? true ? [.. PackTemplate.KnownRoles] : ["Analyst", "Admin"])).Select(r => r?.Trim()).ToList();
        foreach (var role in roles.Where(r => !PackTemplate.KnownRoles.Contains(r, StringComparer.Ordinal)))
            problems.Add($"roles: '{role}' is not one of {string.Join(", ", PackTemplate.KnownRoles)}");
        if (roles.Count == 0) problems.Add("roles is empty: nobody could download the pack");

        if (problems.Count > 0)
            throw new PackTemplateException($"{path} cannot make a pack:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));

        return new PackTemplate
        {
            Name = name,
            Title = document.Title!.Trim(),
            Audience = document.Audience!.Trim(),
            Grain = grain!.Value,
            TrendPeriods = trend,
            SuppressSmallNumbers = document.SuppressSmallNumbers ?? true,
            ScorecardLevels = scorecardLevels,
            ComparisonLevels = comparisonLevels,
            Sections = sections,
            Roles = roles.Distinct().ToList()!,
            SourcePath = path,
            EqualityMeasures = equality,
            Baselines = baselines ?? new Dictionary<string, string>(),
        };
    }

    /// <summary>The sheets every pack has besides its sections.</summary>
    public static readonly IReadOnlyList<string> ReservedSheetNames = ["Cover", "Scorecard", "Exceptions", "Equality", "Definitions", "Data quality"];

    /// <summary>Audit sections by code, with the words the QA framework uses.</summary>
    public static readonly IReadOnlyDictionary<string, string> AuditSections =
        CodeLists.All.Where(c => c.CodeSet == CodeLists.AuditSection).OrderBy(c => c.SortOrder).ToDictionary(c => c.Code, c => c.Label);

    private static string DescribeFixedMeasures(string kind) => kind switch
    {
        ChartKinds.Spidergraph => "the outcome scores behind EH06",
        ChartKinds.AuditGrades => "QA02",
        _ => "EH07 and EH08",
    };

    private static PeriodGrain? ParseGrain(string? grain) => grain?.Trim().ToLowerInvariant() switch
    {
        "month" or "monthly" => PeriodGrain.Month,
        "quarter" or "quarterly" or "financialquarter" or "financial-quarter" => PeriodGrain.FinancialQuarter,
        "year" or "yearly" or "annual" or "financialyear" or "financial-year" => PeriodGrain.FinancialYear,
        _ => null,
    };

    private static List<OrgUnitLevel> Levels(IEnumerable<string?> names, string where, List<string> problems)
    {
        var levels = new List<OrgUnitLevel>();
        foreach (var name in names)
        {
            OrgUnitLevel? level = name?.Trim().ToLowerInvariant() switch
            {
                "authority" => OrgUnitLevel.Authority,
                "locality" or "localities" => OrgUnitLevel.Locality,
                "team" or "teams" => OrgUnitLevel.Team,
                _ => null,
            };
            if (level is null) problems.Add($"{where}: '{name}' is not one of authority, localities, teams");
            else if (!levels.Contains(level.Value)) levels.Add(level.Value);
        }
        if (levels.Count == 0) problems.Add($"{where} is empty");
        return levels;
    }

    private sealed class TemplateDocument
    {
        [JsonPropertyName("$comment")] public string? Comment { get; init; }
        public string? Title { get; init; }
        public string? Audience { get; init; }
        public string? Grain { get; init; }
        public int? TrendPeriods { get; init; }
        public bool? SuppressSmallNumbers { get; init; }
        public List<string?>? Roles { get; init; }
        public OrgUnitsDocument? OrgUnits { get; init; }
        public List<SectionDocument>? Sections { get; init; }
        public List<string?>? Equality { get; init; }
    }

    private sealed class OrgUnitsDocument
    {
        public List<string?>? Scorecard { get; init; }
        public List<string?>? Comparison { get; init; }
    }

    private sealed class SectionDocument
    {
        public string? Title { get; init; }
        public string? Description { get; init; }
        public List<string?>? Measures { get; init; }
        public List<ChartDocument>? Charts { get; init; }
    }

    private sealed class ChartDocument
    {
        public string? Chart { get; init; }
        public string? Measure { get; init; }
        public string? AuditSection { get; init; }
        public string? Title { get; init; }
    }
}
