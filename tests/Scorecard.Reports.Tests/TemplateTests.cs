using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Reports.Tests;

public class TemplateTests
{
    private const string Valid = """
        {
          "title": "Test pack", "audience": "Tests", "grain": "quarter", "suppressSmallNumbers": true,
          "orgUnits": { "scorecard": ["authority"], "comparison": ["localities"] },
          "sections": [ { "title": "One", "measures": ["EH01", "EH05"], "charts": [ { "chart": "trend", "measure": "EH05" } ] } ]
        }
        """;

    [Fact]
    public void ShippedTemplates_Load_WithTheGrainsAndAudiencesTheIssueAsksFor()
    {
        var trust = PackTemplateReader.Load(PackFixture.TemplatesFolder, "childrens-trust-quarterly");
        trust.Grain.ShouldBe(PeriodGrain.FinancialQuarter);
        trust.TrendPeriods.ShouldBe(8);
        trust.SuppressSmallNumbers.ShouldBeTrue();
        trust.ComparisonLevels.ShouldBe([OrgUnitLevel.Locality]);
        trust.Charts.Select(c => c.Kind).Distinct().Order().ShouldBe(ChartKinds.All.Except([ChartKinds.AuditGrades]).Order());

        var locality = PackTemplateReader.Load(PackFixture.TemplatesFolder, "early-help-locality-monthly");
        locality.Grain.ShouldBe(PeriodGrain.Month);
        locality.TrendPeriods.ShouldBe(13);
        locality.ComparisonLevels.ShouldBe([OrgUnitLevel.Team]);

        var qa = PackTemplateReader.Load(PackFixture.TemplatesFolder, "qa-audit-quarterly");
        qa.Sections.ShouldContain(s => s.HasAuditGrades);
        qa.Charts.ShouldContain(c => c.Kind == ChartKinds.AuditGrades);
        qa.Measures.Select(m => m.Code).ShouldContain("QA03");

        PackTemplateReader.Available(PackFixture.TemplatesFolder).ShouldBe(PackTemplateReader.Shipped.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_ReadsAValidTemplate()
    {
        var t = PackTemplateReader.Parse(Valid, "report-templates/test-pack.json");
        t.Name.ShouldBe("test-pack");
        t.Measures.Select(m => m.Code).ShouldBe(["EH01", "EH05"]);
        t.Charts.Single().Measure!.Code.ShouldBe("EH05");
    }

    [Fact]
    public void UnknownMeasure_FailsWithAClearMessage()
    {
        var e = Should.Throw<PackTemplateException>(() => PackTemplateReader.Parse(Valid.Replace("\"EH01\"", "\"EH99\""), "bad.json"));
        e.Message.ShouldContain("section 1 'One' names unknown measure 'EH99'");
    }

    [Fact]
    public void UnknownChart_AndChartWithoutItsMeasure_FailWithClearMessages_AllAtOnce()
    {
        var json = Valid.Replace("""{ "chart": "trend", "measure": "EH05" }""", """{ "chart": "pie", "measure": "EH05" }, { "chart": "org-unit-bars" }, { "chart": "trend", "measure": "XX1" }""");
        var e = Should.Throw<PackTemplateException>(() => PackTemplateReader.Parse(json, "bad.json"));
        e.Message.ShouldContain("chart 1: 'pie' is not a chart the pack can draw (use one of trend, org-unit-bars, spidergraph, audit-grades, step-ups-and-downs)");
        e.Message.ShouldContain("chart 2: a org-unit-bars chart needs a \"measure\"");
        e.Message.ShouldContain("chart 3 names unknown measure 'XX1'");
    }

    [Theory]
    [InlineData("\"grain\": \"quarter\"", "\"grain\": \"fortnight\"", "grain 'fortnight' is not one of month, quarter or year")]
    [InlineData("\"comparison\": [\"localities\"]", "\"comparison\": [\"wards\"]", "orgUnits.comparison: 'wards' is not one of authority, localities, teams")]
    [InlineData("\"title\": \"One\"", "\"title\": \"Scorecard\"", "'Scorecard' is the name of a sheet every pack has")]
    [InlineData("\"title\": \"One\"", "\"title\": \"Q2/Q3\"", "at most 31 characters without")]
    [InlineData("\"suppressSmallNumbers\": true", "\"supressSmallNumbers\": true", "is not a pack template")]
    public void OtherMistakes_AreNamed(string from, string to, string message)
    {
        var e = Should.Throw<PackTemplateException>(() => PackTemplateReader.Parse(Valid.Replace(from, to), "bad.json"));
        e.Message.ShouldContain(message);
    }

    [Fact]
    public void MissingTemplate_ListsTheOnesThatExist()
    {
        var e = Should.Throw<PackTemplateException>(() => PackTemplateReader.Load(PackFixture.TemplatesFolder, "childrens-trust-quartely"));
        e.Message.ShouldContain("childrens-trust-quarterly, early-help-locality-monthly, qa-audit-quarterly");
    }
    [Fact]
    public void Roles_DefaultBySuppression_AndAnUnknownRoleIsNamed()
    {
        // A suppressed (partnership) pack may go to every role; an unsuppressed one only to those who see raw numbers.
        PackTemplateReader.Parse(Valid, "a.json").Roles.ShouldBe(PackTemplate.KnownRoles);
        PackTemplateReader.Parse(Valid.Replace("\"suppressSmallNumbers\": true", "\"suppressSmallNumbers\": false"), "b.json").Roles.ShouldBe(["Analyst", "Admin"]);
        PackTemplateReader.Parse(Valid.Replace("\"grain\"", "\"roles\": [\"Board\"], \"grain\""), "c.json").Roles.ShouldBe(["Board"]);

        var e = Should.Throw<PackTemplateException>(() => PackTemplateReader.Parse(Valid.Replace("\"grain\"", "\"roles\": [\"Boss\"], \"grain\""), "d.json"));
        e.Message.ShouldContain("roles: 'Boss' is not one of Board, QualityAssurance, Analyst, Admin");
        Should.Throw<PackTemplateException>(() => PackTemplateReader.Parse(Valid.Replace("\"grain\"", "\"roles\": [], \"grain\""), "e.json"))
            .Message.ShouldContain("roles is empty");
    }

    [Fact]
    public void PackFolders_FindShippedTemplatesBesideTheApplication_AndACouncilsOwnFirst()
    {
        // The shipped templates are copied beside the assembly at build: found without the repository or the working folder.
        File.Exists(Path.Combine(PackFolders.Shipped, "childrens-trust-quarterly.json")).ShouldBeTrue();
        new PackFolders().TargetsPath.ShouldBe(Path.Combine(PackFolders.Shipped, "targets.json"));
        new PackFolders().Available().ShouldBe(PackTemplateReader.Shipped.Order(StringComparer.Ordinal));

        var council = Directory.CreateTempSubdirectory("council-templates-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(council, "childrens-trust-quarterly.json"), Valid.Replace("Test pack", "Our own trust pack"));
            File.WriteAllText(Path.Combine(council, "our-pack.json"), Valid);
            var folders = new PackFolders(council);
            folders.Load("childrens-trust-quarterly").Title.ShouldBe("Our own trust pack");
            folders.Load("qa-audit-quarterly").SourcePath.ShouldStartWith(PackFolders.Shipped);
            folders.Available().ShouldContain("our-pack");
            folders.TargetsPath.ShouldBe(Path.Combine(PackFolders.Shipped, "targets.json"));
            File.Copy(Path.Combine(PackFolders.Shipped, "targets.json"), Path.Combine(council, "targets.json"));
            folders.TargetsPath.ShouldBe(Path.Combine(council, "targets.json"));
            Should.Throw<PackTemplateException>(() => folders.Load("nope")).Message.ShouldContain(council);
        }
        finally { Directory.Delete(council, true); }
    }
}
