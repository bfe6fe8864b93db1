using System.Text.Json;
using System.Text.Json.Serialization;
using Scorecard.Warehouse.Calendar;

namespace Scorecard.Measures.Targets;

/// <summary>report-templates/targets.json: targets per measure and financial year, optionally per unit.</summary>
public sealed class TargetFile
{
    [JsonPropertyName("targets")]
    public List<TargetEntry> Targets { get; init; } = [];

    public static TargetFile Read(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The targets file {path} does not exist.", path);
        try
        {
            var file = JsonSerializer.Deserialize(File.ReadAllText(path), TargetFileJson.Default.TargetFile) ?? new TargetFile();
            file.Validate(path);
            return file;
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path} is not valid targets JSON: {e.Message}");
        }
    }

    private void Validate(string path)
    {
        foreach (var (t, i) in Targets.Select((t, i) => (t, i + 1)))
        {
            if (Catalogue.MeasureCatalogue.Find(t.Measure) is null)
                throw new FormatException($"{path}: target {i} names unknown measure '{t.Measure}'.");
            if (!ReportingPeriod.TryParse(t.FinancialYear, PeriodGrain.FinancialYear, out _))
                throw new FormatException($"{path}: target {i} ({t.Measure}) has financial year '{t.FinancialYear}'; write it like 2024-25.");
        }
    }

    public static int FinancialYearStartOf(TargetEntry t) => ReportingPeriod.Parse(t.FinancialYear, PeriodGrain.FinancialYear).FinancialYearStart;
}

public sealed class TargetEntry
{
    [JsonPropertyName("measure")] public string Measure { get; init; } = "";
    [JsonPropertyName("financialYear")] public string FinancialYear { get; init; } = "";
    /// <summary>A dept_team_id (or locality id); absent for every unit without a target of its own.</summary>
    [JsonPropertyName("orgUnit")] public string? OrgUnit { get; init; }
    [JsonPropertyName("value")] public double Value { get; init; }
    [JsonPropertyName("tolerance")] public double? Tolerance { get; init; }
}

/// <summary>
/// The targets file's reader, written at build time. Every refresh reads the file; with options made anew for each
/// read, System.Text.Json worked out the types' metadata again and emitted fresh accessors for their properties,
/// which the runtime then compiled: in every refresh, and among the first incremental refresh's compilations.
/// </summary>
[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(TargetFile))]
internal sealed partial class TargetFileJson : JsonSerializerContext;
