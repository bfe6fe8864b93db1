using ClosedXML.Excel;
using Scorecard.Measures.Snapshot;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Templates;
using Cols = Scorecard.Reports.Excel.ExcelWorkbookWriter.ScorecardColumns;

namespace Scorecard.Reports.Tests;

/// <summary>A pack over a council that loaded only its Annex A (<see cref="AnnexAFixture"/>).</summary>
public class AnnexASourcePackTests
{
    [Fact]
    public async Task APack_ShowsNotAvailable_ForWhatAnAnnexACannotExpress()
    {
        using var w = new TestWarehouse(File.ReadAllText(Repository.TargetsFile));
        var load = await w.Loader.LoadAsync(AnnexAFixture.Write(w.Folder));
        load.Succeeded.ShouldBeTrue(load.Message);
        await w.RefreshAsync(RefreshMode.Full);

        var pack = await new BoardPackWriter(w.Contexts).WriteAsync(PackTemplateReader.Load(Repository.TemplatesFolder, "childrens-trust-quarterly"), "2024-25 Q2", Path.Combine(w.Folder, "out"));

        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var rows = workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows().ToList();
        // EH09 (contacts resulting in early help) needs a contact outcome, which List 1 does not record.
        var eh09 = rows.Where(r => r.Cell(Cols.Code).GetString() == "EH09").ToList();
        eh09.ShouldNotBeEmpty();
        eh09.ShouldAllBe(r => r.Cell(Cols.ThisPeriod).GetString() == "not available");
    }
}
