using ClosedXML.Excel;
using Scorecard.Measures.Catalogue;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Templates;
using Cols = Scorecard.Reports.Excel.ExcelWorkbookWriter.ScorecardColumns;

namespace Scorecard.Reports.Tests;

[Collection(PackCollection.Name)]
public class BaselineTests(PackFixture packs)
{
    public static TheoryData<string> Templates => new(PackTemplateReader.Shipped);

    [Theory]
    [MemberData(nameof(Templates))]
    public void ScorecardBaselineColumn_HoldsTheSamePeriodOfTheBaselineYear_AndNothingForOtherMeasures(string template)
    {
        var pack = packs.Packs[template];
        var truth = packs.Truth;
        var period = truth.Period(pack.Template.Grain, pack.PeriodLabel);
        // The shipped baselines.json measures from 2025-26: the same quarter or month of that year.
        var baseline = truth.Periods.Values.Single(p => p.Grain == period.Grain && p.FinancialYearStart == 2025 && p.StartDate.Month == period.StartDate.Month);
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        workbook.Table(ExcelWorkbookWriter.ScorecardTable).Field(Cols.Baseline - 1).Name.ShouldBe("Baseline");
        workbook.Worksheet(ExcelWorkbookWriter.ScorecardSheet).Cell(4, Cols.Baseline).GetString().ShouldBe(baseline.Label);
        var withBaseline = 0;
        foreach (var row in workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows())
        {
            var measure = MeasureCatalogue.Find(row.Cell(Cols.Code).GetString())!;
            var unit = truth.UnitKeysByName[row.Cell(Cols.Area).GetString()];
            var where = $"{template} {measure.Code} {row.Cell(Cols.Area).GetString()} baseline";
            if (pack.Template.Baselines.ContainsKey(measure.Code))
            {
                WorkbookTests.ShouldEqual(row.Cell(Cols.Baseline), truth.Expected(pack.Template.PublishedAudience, measure, baseline, unit), where);
                withBaseline++;
            }
            else row.Cell(Cols.Baseline).GetString().ShouldBe("", where);
        }
        withBaseline.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void SectionTrendTables_HaveABaselineColumn()
    {
        var pack = packs.Packs["childrens-trust-quarterly"];
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var trend = workbook.Table("Section2_Trend");
        trend.Fields.Last().Name.ShouldStartWith("Baseline");
        var eh05 = trend.DataRange.Rows().Single(r => r.Cell(1).GetString() == "EH05");
        var period = packs.Truth.Period(pack.Template.Grain, pack.PeriodLabel);
        var baseline = packs.Truth.Periods.Values.Single(p => p.Grain == period.Grain && p.FinancialYearStart == 2025 && p.StartDate.Month == period.StartDate.Month);
        WorkbookTests.ShouldEqual(eh05.Cell(trend.Fields.Count()), packs.Truth.Expected(pack.Template.PublishedAudience, MeasureCatalogue.Find("EH05")!, baseline, packs.Truth.UnitKeysByName["Northshire"]), "EH05 baseline");
    }

    [Fact]
    public void BaselinesFile_NamesEveryProblem()
    {
        var e = Should.Throw<PackTemplateException>(() => BaselinesFile.Parse("""
            { "baselines": [
              { "measure": "EH99", "financialYear": "2025-26" },
              { "measure": "EH05", "financialYear": "2025-27" },
              { "measure": "EH06", "financialYear": "2025-26" },
              { "measure": "eh06", "financialYear": "2024-25" } ] }
            """, "baselines.json"));
        e.Message.ShouldContain("'EH99' is not a measure");
        e.Message.ShouldContain("EH05): financialYear '2025-27'");
        e.Message.ShouldContain("EH06 has a baseline already");
        BaselinesFile.Parse("""{ "baselines": [ { "measure": "eh05", "financialYear": "2099-00" } ] }""", "b.json")["EH05"].ShouldBe("2099-00");
    }

    [Fact]
    public void BaselinesFile_IsNotATemplate() =>
        PackTemplateReader.Available(PackFixture.TemplatesFolder).ShouldBe(PackTemplateReader.Shipped.Order(StringComparer.Ordinal).ToList());
}
