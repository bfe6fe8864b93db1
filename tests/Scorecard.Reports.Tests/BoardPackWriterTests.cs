using ClosedXML.Excel;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Templates;

namespace Scorecard.Reports.Tests;

[Collection(PackCollection.Name)]
public class BoardPackWriterTests(PackFixture packs)
{
    [Fact]
    public void DefaultPeriod_IsTheLatestCompletePeriodOfTheTemplatesGrain()
    {
        var quarters = packs.Truth.Periods.Values.Where(p => p.Grain == Scorecard.Warehouse.Calendar.PeriodGrain.FinancialQuarter && p.IsComplete).OrderBy(p => p.SortOrder).ToList();
        packs.Packs["childrens-trust-quarterly"].PeriodLabel.ShouldBe(quarters[^1].Label);
        var months = packs.Truth.Periods.Values.Where(p => p.Grain == Scorecard.Warehouse.Calendar.PeriodGrain.Month && p.IsComplete).OrderBy(p => p.SortOrder).ToList();
        packs.Packs["early-help-locality-monthly"].PeriodLabel.ShouldBe(months[^1].Label);
    }

    [Fact]
    public async Task AnEarlierPeriod_CanBeAskedFor_AndIsWhatTheWorkbookShows()
    {
        var template = PackTemplateReader.Load(PackFixture.TemplatesFolder, "qa-audit-quarterly");
        var folder = Path.Combine(packs.Folder, "earlier");
        var pack = await new BoardPackWriter(packs.Contexts).WriteAsync(template, "2025/26 Q3", folder);
        pack.PeriodLabel.ShouldBe("2025-26 Q3");
        Path.GetFileName(pack.WorkbookPath).ShouldBe("qa-audit-quarterly-2025-26-Q3.xlsx");
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        workbook.Worksheet(ExcelWorkbookWriter.ScorecardSheet).Cell(4, ExcelWorkbookWriter.ScorecardColumns.ThisPeriod).GetString().ShouldBe("2025-26 Q3");
        workbook.Worksheet(ExcelWorkbookWriter.ScorecardSheet).Cell(4, ExcelWorkbookWriter.ScorecardColumns.PreviousPeriod).GetString().ShouldBe("2025-26 Q2");
        workbook.Worksheet(ExcelWorkbookWriter.ScorecardSheet).Cell(4, ExcelWorkbookWriter.ScorecardColumns.LastYear).GetString().ShouldBe("2024-25 Q3");
    }

    [Fact]
    public async Task APeriodTheSnapshotDoesNotHave_FailsWithItsRange_AndWritesNothing()
    {
        var template = PackTemplateReader.Load(PackFixture.TemplatesFolder, "childrens-trust-quarterly");
        var folder = Path.Combine(packs.Folder, "nothing");
        var e = await Should.ThrowAsync<InvalidOperationException>(() => new BoardPackWriter(packs.Contexts).WriteAsync(template, "2031-32 Q1", folder));
        e.Message.ShouldContain("has no quarter 2031-32 Q1: its quarters run from 2021-22 Q1 to");
        Directory.Exists(folder).ShouldBeFalse();
        await Should.ThrowAsync<FormatException>(() => new BoardPackWriter(packs.Contexts).WriteAsync(template, "Q1 2031", folder));
        Directory.Exists(folder).ShouldBeFalse();
    }

    [Fact]
    public void ABadTemplate_FailsBeforeAnythingIsWritten()
    {
        // The command reads the template first; the writer never starts, so the output folder never appears.
        var templates = Path.Combine(packs.Folder, "bad-templates");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "typo.json"), File.ReadAllText(Path.Combine(PackFixture.TemplatesFolder, "childrens-trust-quarterly.json")).Replace("\"EH05\"", "\"EH5\""));
        var output = Path.Combine(packs.Folder, "bad-out");
        var e = Should.Throw<PackTemplateException>(() => PackTemplateReader.Load(templates, "typo"));
        e.Message.ShouldContain("names unknown measure 'EH5'");
        Directory.Exists(output).ShouldBeFalse();
    }
}
