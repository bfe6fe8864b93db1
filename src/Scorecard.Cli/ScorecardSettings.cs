using Microsoft.Extensions.Configuration;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Warehouse;

namespace Scorecard.Cli;

/// <summary>
/// Settings from appsettings.json, then environment variables (Scorecard__Warehouse__Provider,
/// Scorecard__PseudonymisationKey...), then command-line options.
/// </summary>
public sealed class ScorecardSettings
{
    public WarehouseOptions Warehouse { get; init; } = new();
    public string AuthorityName { get; init; } = "Whole authority";
    public string? PseudonymisationKey { get; init; }
    public string PseudonymisationKeyFile { get; init; } = "data/scorecard.key";
    /// <summary>A council's own templates (and targets.json), searched before the shipped ones (Scorecard:TemplatesFolder).</summary>
    public string? TemplatesFolder { get; init; }
    /// <summary>Targets for RAG when not the templates folder's or the shipped targets.json (Scorecard:TargetsPath).</summary>
    public string? TargetsPath { get; init; }
    /// <summary>Where templates and targets are found: beside the application, never relative to where the command runs.</summary>
    public Reports.Templates.PackFolders Packs => new(TemplatesFolder, TargetsPath);
    public Measures.Calculation.MeasureOptions Measures { get; init; } = new();
    /// <summary>The council's mapping file (its case system's words to Scorecard codes), kept outside the repository.</summary>
    public string? MappingFile { get; init; }
    /// <summary>Which extract tables are full snapshots of which window (Scorecard:Load:Deletions).</summary>
    public Etl.Loading.DeletionOptions Deletions { get; init; } = new();

    public static ScorecardSettings Load(string? provider, string? database)
    {
        var config = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var section = config.GetSection("Scorecard");
        var warehouse = WarehouseOptions.FromConfiguration(config);
        if (provider is not null)
        {
            warehouse.Provider = WarehouseOptions.ParseProvider(provider);
            // A server needs its own connection string; the SQLite default path means nothing there.
            if (warehouse.Provider != WarehouseProvider.Sqlite && database is null && warehouse.ConnectionString == "data/scorecard.db")
                warehouse.ConnectionString = null;
        }
        if (database is not null) warehouse.ConnectionString = database;
        return new ScorecardSettings
        {
            Warehouse = warehouse,
            AuthorityName = section["AuthorityName"] ?? "Whole authority",
            PseudonymisationKey = section["PseudonymisationKey"],
            PseudonymisationKeyFile = section["PseudonymisationKeyFile"] ?? "data/scorecard.key",
            TemplatesFolder = section["TemplatesFolder"],
            TargetsPath = section["TargetsPath"],
            Measures = section.GetSection("Measures").Get<Measures.Calculation.MeasureOptions>() ?? new(),
            MappingFile = section["MappingFile"] is { Length: > 0 } m ? m : null,
            Deletions = section.GetSection("Load:Deletions").Get<Etl.Loading.DeletionOptions>() ?? new(),
        };
    }

    /// <summary>
    /// The key from configuration, else from the local key file. Only the demo may create a key file:
    /// a real council's key is set by its administrators, and losing it breaks linkage between loads.
    /// </summary>
    public Pseudonymiser ResolvePseudonymiser(bool createKeyFileIfMissing)
    {
        if (!string.IsNullOrWhiteSpace(PseudonymisationKey)) return Pseudonymiser.FromKeyText(PseudonymisationKey);
        var path = Path.GetFullPath(PseudonymisationKeyFile);
        if (File.Exists(path)) return Pseudonymiser.FromKeyText(File.ReadAllText(path));
        if (!createKeyFileIfMissing)
            throw new CliException(
                "No pseudonymisation key is configured. Set Scorecard__PseudonymisationKey (make one with `scorecard key new`) " +
                $"or put a key in {path}. Keep the same key for every load: it is what links a child's records across extracts.");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Pseudonymiser.NewKeyText());
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return Pseudonymiser.FromKeyText(File.ReadAllText(path));
    }
}

/// <summary>An error the user can act on: printed as a sentence, never as a stack trace.</summary>
public sealed class CliException(string message) : Exception(message);
