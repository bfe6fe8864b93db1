namespace Scorecard.TestSupport;

/// <summary>The repository the tests run from: shipped templates and targets are read from it, never written.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string TemplatesFolder => Path.Combine(Root, "report-templates");

    public static string TargetsFile => Path.Combine(TemplatesFolder, "targets.json");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Scorecard.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Scorecard.sln not found above " + AppContext.BaseDirectory);
    }
}
