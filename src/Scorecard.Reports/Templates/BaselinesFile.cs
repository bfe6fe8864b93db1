using System.Text.Json;
using System.Text.RegularExpressions;
using Scorecard.Measures.Catalogue;

namespace Scorecard.Reports.Templates;

/// <summary>
/// report-templates/baselines.json, beside targets.json: the financial year each measure is measured from (the
/// year a strategy or framework started). A pack shows each measure's value in the same quarter or month of that
/// year beside the current one; the value is the published cell of that period, suppressed as every other.
/// </summary>
public static partial class BaselinesFile
{
    public const string FileName = "baselines.json";

    /// <summary>Measure code to baseline financial year ("2025-26"), from the folder's baselines.json; none without one.</summary>
    public static IReadOnlyDictionary<string, string> Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : new Dictionary<string, string>();
    }

    public static IReadOnlyDictionary<string, string> Parse(string json, string path)
    {
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(json, PackTemplateReader.Json);
        }
        catch (JsonException e)
        {
            throw new PackTemplateException($"{path} is not a baselines file: {e.Message}");
        }
        var problems = new List<string>();
        var baselines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entry, i) in (document?.Baselines ?? []).Select((b, i) => (b, i + 1)))
        {
            var measure = MeasureCatalogue.Find(entry.Measure ?? "");
            if (measure is null) problems.Add($"baseline {i}: '{entry.Measure}' is not a measure in the catalogue");
            else if (entry.FinancialYear is not { } year || !FinancialYear().IsMatch(year)
                     || (int.Parse(year[..4], System.Globalization.CultureInfo.InvariantCulture) + 1) % 100 != int.Parse(year[5..], System.Globalization.CultureInfo.InvariantCulture))
                problems.Add($"baseline {i} ({measure.Code}): financialYear '{entry.FinancialYear}' is not a financial year such as 2025-26");
            else if (!baselines.TryAdd(measure.Code, year)) problems.Add($"baseline {i}: {measure.Code} has a baseline already");
        }
        if (problems.Count > 0)
            throw new PackTemplateException($"{path} cannot be used:{Environment.NewLine}" + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)));
        return baselines;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex FinancialYear();

    private sealed class Document
    {
        public List<Entry>? Baselines { get; set; }
    }

    private sealed class Entry
    {
        public string? Measure { get; set; }
        public string? FinancialYear { get; set; }
    }
}
