using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Scorecard.Warehouse.Tests.Hygiene;

/// <summary>The repository keeps its house in order: what code comments cite exists, and the generator is not in the loader.</summary>
public partial class RepositoryTests
{
    private static string Root => Scorecard.TestSupport.Repository.Root;

    [GeneratedRegex(@"(?<![\w./-])((?:docs|warehouse-sql|report-templates|src|tests)/[\w./-]+\.(?:md|sql|json|txt))|(?<![\w./-])([A-Za-z][\w-]*\.md)\b")]
    private static partial Regex Citation();

    [Fact]
    public void EveryDocumentACodeCommentCites_Exists()
    {
        var files = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "tests"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var cited = 0;
        var missing = new List<string>();
        foreach (var file in files)
        {
            foreach (var (line, number) in File.ReadLines(file).Select((l, i) => (l, i + 1)))
            {
                var comment = line.IndexOf("//", StringComparison.Ordinal);
                if (comment < 0) continue;
                foreach (Match m in Citation().Matches(line[comment..]))
                {
                    cited++;
                    var path = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
                    // A bare name ("README.md") is the repository's own or one in docs/.
                    var exists = m.Groups[1].Success
                        ? File.Exists(Path.Combine(Root, path)) || path.Contains('*', StringComparison.Ordinal)
                        : File.Exists(Path.Combine(Root, path)) || File.Exists(Path.Combine(Root, "docs", path));
                    if (!exists) missing.Add($"{Path.GetRelativePath(Root, file)}:{number} cites {path}");
                }
            }
        }
        cited.ShouldBeGreaterThan(5);
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void TheSyntheticCouncilGenerator_LivesInItsOwnProject_NotInTheLoader()
    {
        var etl = Path.Combine(Root, "src", "Scorecard.Etl");
        File.Exists(Path.Combine(Root, "src", "Scorecard.SampleData", "SyntheticCouncilGenerator.cs")).ShouldBeTrue();
        Directory.EnumerateFiles(etl, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("SyntheticCouncil", StringComparison.Ordinal)).ShouldBeEmpty();
        // The production loader does not even reference it; the generator references the loader's contract instead.
        References(Path.Combine(etl, "Scorecard.Etl.csproj")).ShouldNotContain(r => r.Contains("SampleData", StringComparison.Ordinal));
        References(Path.Combine(Root, "src", "Scorecard.SampleData", "Scorecard.SampleData.csproj")).ShouldContain(r => r.EndsWith("Scorecard.Etl.csproj", StringComparison.Ordinal));
        // And one shared test-support project serves every test project.
        File.ReadAllText(Path.Combine(Root, "tests", "Directory.Build.props")).ShouldContain("Scorecard.TestSupport/Scorecard.TestSupport.csproj");
    }

    private static List<string> References(string project) =>
        XDocument.Load(project).Descendants("ProjectReference").Select(r => (string)r.Attribute("Include")!).ToList();
}
