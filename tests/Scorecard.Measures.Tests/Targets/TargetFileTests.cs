using Scorecard.Measures.Targets;

namespace Scorecard.Measures.Tests.Targets;

/// <summary>The targets file as a performance team edits it by hand: comments and a trailing comma are fine, mistakes are named.</summary>
public class TargetFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scorecard-targets-").FullName;

    [Fact]
    public void Read_TakesCommentsAndTrailingCommas_AndEveryField()
    {
        var path = Write("""
            {
              // The board's targets for 2025-26, agreed in March.
              "targets": [
                { "measure": "EH05", "financialYear": "2025-26", "value": 0.8, "tolerance": 0.05, },
                { "measure": "EH02", "financialYear": "2025-26", "orgUnit": "T01", "value": 120 },
              ],
            }
            """);

        var file = TargetFile.Read(path);

        file.Targets.Count.ShouldBe(2);
        var (first, second) = (file.Targets[0], file.Targets[1]);
        (first.Measure, first.FinancialYear, first.OrgUnit, first.Value, first.Tolerance).ShouldBe(("EH05", "2025-26", (string?)null, 0.8, (double?)0.05));
        (second.Measure, second.OrgUnit, second.Value, second.Tolerance).ShouldBe(("EH02", (string?)"T01", 120.0, (double?)null));
        TargetFile.FinancialYearStartOf(second).ShouldBe(2025);
    }

    [Fact]
    public void Read_NamesTheFileAndTheMistake()
    {
        var unknown = Write("""{ "targets": [ { "measure": "EH99", "financialYear": "2025-26", "value": 1 } ] }""");
        Should.Throw<FormatException>(() => TargetFile.Read(unknown)).Message.ShouldBe($"{unknown}: target 1 names unknown measure 'EH99'.");

        var year = Write("""{ "targets": [ { "measure": "EH02", "financialYear": "2025", "value": 1 } ] }""");
        Should.Throw<FormatException>(() => TargetFile.Read(year)).Message.ShouldBe($"{year}: target 1 (EH02) has financial year '2025'; write it like 2024-25.");

        var broken = Write("""{ "targets": [ { "measure": "EH02", "value": "high" } ] }""");
        Should.Throw<FormatException>(() => TargetFile.Read(broken)).Message.ShouldStartWith($"{broken} is not valid targets JSON: ");
    }

    private string Write(string json)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N")[..8] + ".json");
        File.WriteAllText(path, json);
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
