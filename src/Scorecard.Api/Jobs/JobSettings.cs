using Microsoft.Extensions.Configuration;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse;

namespace Scorecard.Api.Jobs;

/// <summary>
/// The settings the jobs share with the command line, read from the same keys (Scorecard:AuthorityName,
/// Scorecard:Load:Deletions, Scorecard:PseudonymisationKey or Scorecard:PseudonymisationKeyFile, Scorecard:MappingFile,
/// Scorecard:TemplatesFolder, Scorecard:TargetsPath), so a load or pack made by a job is the one `scorecard load` or
/// `scorecard pack` would make.
/// </summary>
public sealed class JobSettings
{
    public string AuthorityName { get; init; } = "Whole authority";
    public DeletionOptions Deletions { get; init; } = new();
    public string? PseudonymisationKey { get; init; }
    public string PseudonymisationKeyFile { get; init; } = "data/scorecard.key";
    public PackFolders Packs { get; init; } = new();
    /// <summary>The council's mapping file (its case system's words to Scorecard codes), beside the application when relative.</summary>
    public string? MappingFile { get; init; }

    public static JobSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Scorecard");
        return new JobSettings
        {
            AuthorityName = section["AuthorityName"] ?? "Whole authority",
            Deletions = section.GetSection("Load:Deletions").Get<DeletionOptions>() ?? new(),
            PseudonymisationKey = section["PseudonymisationKey"],
            PseudonymisationKeyFile = section["PseudonymisationKeyFile"] ?? "data/scorecard.key",
            Packs = new PackFolders(section["TemplatesFolder"], section["TargetsPath"]),
            MappingFile = section["MappingFile"] is { Length: > 0 } m ? AppPaths.Resolve(m) : null,
        };
    }

    /// <summary>The council's mapping over the shipped defaults, as `scorecard load` reads it.</summary>
    public CouncilMapping ResolveMapping() => CouncilMapping.Load(MappingFile);

    /// <summary>The configured key (never made up here: a new key would break linkage with every earlier load).</summary>
    public Pseudonymiser ResolvePseudonymiser()
    {
        if (!string.IsNullOrWhiteSpace(PseudonymisationKey)) return Pseudonymiser.FromKeyText(PseudonymisationKey);
        var path = Path.GetFullPath(PseudonymisationKeyFile);
        if (File.Exists(path)) return Pseudonymiser.FromKeyText(File.ReadAllText(path));
        throw new InvalidOperationException(
            $"No pseudonymisation key is configured: set Scorecard__PseudonymisationKey, or put the key in {path}. Keep the key every earlier load used.");
    }
}
