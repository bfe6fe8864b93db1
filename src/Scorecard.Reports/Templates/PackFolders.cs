using Scorecard.Warehouse;

namespace Scorecard.Reports.Templates;

/// <summary>
/// Where templates and targets are found, the one rule for the CLI, the feed host and the jobs: a council's own
/// folder first (Scorecard:TemplatesFolder), then the templates shipped beside the application, wherever it runs
/// from (its report-templates folder, copied there at build and publish). The targets file is the configured one
/// (Scorecard:TargetsPath), else the council folder's targets.json, else the shipped one. Configured paths that are
/// relative are relative to the application (<see cref="AppPaths"/>): nothing depends on the folder a command is started in.
/// </summary>
public sealed class PackFolders(string? councilTemplates = null, string? targetsPath = null)
{
    public const string TargetsFileName = "targets.json";

    /// <summary>The templates and targets that come with the product, beside the application.</summary>
    public static string Shipped => AppPaths.Resolve("report-templates");

    public string? CouncilTemplates { get; } = string.IsNullOrWhiteSpace(councilTemplates) ? null : AppPaths.Resolve(councilTemplates);

    /// <summary>Folders searched for a template, in order.</summary>
    public IReadOnlyList<string> TemplateFolders => CouncilTemplates is null ? [Shipped] : [CouncilTemplates, Shipped];

    public string TargetsPath =>
        !string.IsNullOrWhiteSpace(targetsPath) ? AppPaths.Resolve(targetsPath)
        : CouncilTemplates is not null && File.Exists(Path.Combine(CouncilTemplates, TargetsFileName)) ? Path.Combine(CouncilTemplates, TargetsFileName)
        : Path.Combine(Shipped, TargetsFileName);

    /// <summary>A template by name (the council's own wins over a shipped one of the same name), or a path to a .json file.</summary>
    public PackTemplate Load(string nameOrPath) =>
        PackTemplateReader.Load(TemplateFolders.FirstOrDefault(f => File.Exists(Path.Combine(f, nameOrPath + ".json"))) ?? TemplateFolders[0], nameOrPath, TemplateFolders);

    /// <summary>Every template name found, each once (a council's own hides a shipped one of the same name).</summary>
    public IReadOnlyList<string> Available() =>
        TemplateFolders.Where(Directory.Exists).SelectMany(PackTemplateReader.Available).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
