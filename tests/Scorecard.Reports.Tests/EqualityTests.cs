using ClosedXML.Excel;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Reports.Tests;

[Collection(PackCollection.Name)]
public class EqualityTests(PackFixture packs)
{
    private const string Template = "childrens-trust-quarterly";

    [Fact]
    public async Task EqualityPage_HoldsThePublishedBreakdownCells_ForEachNamedMeasure()
    {
        var pack = packs.Packs[Template];
        var truth = packs.Truth;
        var period = truth.Period(pack.Template.Grain, pack.PeriodLabel);
        var authority = truth.UnitKeysByName["Northshire"];
        var codes = pack.Template.EqualityMeasures.Select(m => m.Code).ToList();
        codes.ShouldNotBeEmpty();
        var published = (await new PublishedScorecard(packs.Contexts).CellsAsync(pack.Template.PublishedAudience, codes, [period.PeriodKey], [authority], breakdowns: true))
            .ToDictionary(c => (c.MeasureCode, c.BreakdownKind, c.BreakdownValue));
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var rows = workbook.Table(ExcelWorkbookWriter.EqualityTable).DataRange.Rows().ToList();
        rows.Select(r => r.Cell(1).GetString()).Distinct().ShouldBe(codes);
        var kinds = new Dictionary<string, string> { ["Age band"] = "AgeBand", ["Sex"] = "Sex", ["Ethnicity group"] = "EthnicityGroup", ["All"] = "All" };
        foreach (var code in codes)
        {
            var mine = rows.Where(r => r.Cell(1).GetString() == code).ToList();
            // The total, then every age band, sex and ethnicity group the warehouse publishes.
            mine.Count.ShouldBe(1 + published.Keys.Count(k => k.MeasureCode == code && k.BreakdownKind is "AgeBand" or "Sex" or "EthnicityGroup"));
            foreach (var row in mine.Skip(1))
            {
                var kind = kinds[row.Cell(3).GetString()];
                var group = row.Cell(4).GetString();
                var cell = published.Values.Single(c => c.MeasureCode == code && c.BreakdownKind == kind && GroupShown(kind, c.BreakdownValue) == group);
                WorkbookTests.ShouldEqual(row.Cell(5), cell.State == PublishedState.Value ? cell.Value!.Value : cell.DisplayValue, $"{code} {kind} {group}");
            }
            WorkbookTests.ShouldEqual(mine[0].Cell(5), truth.Expected(pack.Template.PublishedAudience, MeasureCatalogue.Find(code)!, period, authority), $"{code} total");
        }
    }

    [Fact]
    public void EqualityPage_WithholdsSmallGroups_SoThatNoneCanBeWorkedOutFromTheTotal()
    {
        using var workbook = new XLWorkbook(packs.Packs[Template].WorkbookPath);
        var rows = workbook.Table(ExcelWorkbookWriter.EqualityTable).DataRange.Rows().ToList();
        var withheld = rows.Count(r => r.Cell(5).GetString() == SmallNumbers.Symbol);
        withheld.ShouldBeGreaterThan(0, "1,500 children leave some ethnicity groups with 1 to 5");
        foreach (var group in rows.GroupBy(r => (Code: r.Cell(1).GetString(), Kind: r.Cell(3).GetString())).Where(g => g.Key.Kind != "All"))
        {
            var total = rows.First(r => r.Cell(1).GetString() == group.Key.Code);
            var counted = MeasureCatalogue.Find(group.Key.Code)!.Unit == MeasureUnit.Count;
            // One withheld group beside a visible total and visible groups would be the total less the rest.
            if (counted && total.Cell(5).GetString() != SmallNumbers.Symbol)
                group.Count(r => r.Cell(5).GetString() == SmallNumbers.Symbol).ShouldNotBe(1, $"{group.Key.Code} {group.Key.Kind}");
        }
    }

    [Fact]
    public void Template_RefusesEqualityForAMonthlyPackOrAMeasureWithoutBreakdowns()
    {
        var e = Should.Throw<PackTemplateException>(() => PackTemplateReader.Parse("""
            { "title": "T", "audience": "A", "grain": "month", "equality": ["EH99", "PT01", "EH05", "EH05"],
              "sections": [ { "title": "S", "measures": ["EH05"] } ] }
            """, "t.json"));
        e.Message.ShouldContain("equality names unknown measure 'EH99'");
        e.Message.ShouldContain("PT01 has no age, sex and ethnicity breakdowns");
        e.Message.ShouldContain("equality names EH05 twice");
        e.Message.ShouldContain("quarters and years, not months");
    }

    [Fact]
    public void PacksWithoutEquality_HaveNoEqualitySheet()
    {
        using var workbook = new XLWorkbook(packs.Packs["qa-audit-quarterly"].WorkbookPath);
        workbook.Worksheets.Select(w => w.Name).ShouldNotContain(ExcelWorkbookWriter.EqualitySheet);
    }

    private static string GroupShown(string kind, string value) =>
        kind == "Sex" ? value switch { "M" => "Male", "F" => "Female", "U" => "Unknown", "I" => "Indeterminate", _ => value }
        : kind == "AgeBand" && value != "Unknown" ? value + " years" : value;
}
