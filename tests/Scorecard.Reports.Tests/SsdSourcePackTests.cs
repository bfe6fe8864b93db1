using ClosedXML.Excel;
using Scorecard.Measures.Snapshot;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Templates;
using Cols = Scorecard.Reports.Excel.ExcelWorkbookWriter.ScorecardColumns;

namespace Scorecard.Reports.Tests;

/// <summary>Packs over a council whose SSD came in the SystemC shape, and one that loaded only its Annex A: "not available" cells and the data-quality sheet's warnings.</summary>
public class SsdSourcePackTests
{
    [Fact]
    public async Task APack_ShowsNotAvailable_WhereTheSourceCannotExpressTheMeasure_AndListsTheLoadsWarnings()
    {
        using var w = new TestWarehouse(File.ReadAllText(Repository.TargetsFile));
        using var workbook = await PackAsync(w, w.WriteExtract("x", SsdCouncil.Files(SsdShape.SystemC145, NullStyle.Null).ToArray()));
        var rows = workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows().ToList();
        var eh09 = rows.Where(r => r.Cell(Cols.Code).GetString() == "EH09").ToList();
        eh09.ShouldNotBeEmpty();
        // SystemC's contact outcomes have no early help flag: the value is not available, never 0, and carries no RAG.
        eh09.ShouldAllBe(r => r.Cell(Cols.ThisPeriod).GetString() == "not available");
        // A measure the shape can express shows its value (here "c": this board pack hides small numbers).
        var eh01 = rows.First(r => r.Cell(Cols.Code).GetString() == "EH01");
        eh01.Cell(Cols.ThisPeriod).GetString().ShouldBe("c");

        var quality = workbook.Worksheet(ExcelWorkbookWriter.DataQualitySheet);
        var warnings = workbook.Table("Warnings").DataRange.Rows().ToList();
        warnings.ShouldContain(r => r.Cell(3).GetString() == "earl_episode_worker_id" && r.Cell(7).GetString() == "SSD_PH" && r.Cell(5).GetDouble() == SsdCouncil.Episodes.Length);
        warnings.ShouldContain(r => r.Cell(3).GetString() == "cina_assessment_auth_date" && r.Cell(7).GetString() == "1900-01-01");
        quality.ShouldNotBeNull();

        // The definitions say why, in the words of the snapshot's reason.
        var definition = workbook.Table("Definitions").DataRange.Rows().First(r => r.Cell(1).GetString() == "EH09");
        definition.Cell(10).GetString().ShouldStartWith("Not for ");
        definition.Cell(10).GetString().ShouldContain("ssd_contacts as loaded (SystemC (Liquidlogic)");
        workbook.Table("Definitions").DataRange.Rows().First(r => r.Cell(1).GetString() == "EH01").Cell(10).GetString().ShouldBe("Yes");
    }

    [Fact]
    public async Task APack_ShowsNotAvailable_ForWhatAnAnnexACannotExpress()
    {
        // AnnexAFixture: EH09 (contacts resulting in early help) needs a contact outcome, which List 1 does not record.
        using var w = new TestWarehouse(File.ReadAllText(Repository.TargetsFile));
        using var workbook = await PackAsync(w, AnnexAFixture.Write(w.Folder));
        var eh09 = workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows().Where(r => r.Cell(Cols.Code).GetString() == "EH09").ToList();
        eh09.ShouldNotBeEmpty();
        eh09.ShouldAllBe(r => r.Cell(Cols.ThisPeriod).GetString() == "not available");
    }

    [Fact]
    public async Task APack_ShowsNotAvailable_ForTheEarlyHelpACensusCannotExpress()
    {
        // CinCensusFixture: a census holds no early help episodes, so EH01 (children open to early help) cannot be said.
        using var w = new TestWarehouse(File.ReadAllText(Repository.TargetsFile));
        using var workbook = await PackAsync(w, CinCensusFixture.Write(w.Folder));
        var eh01 = workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows().Where(r => r.Cell(Cols.Code).GetString() == "EH01").ToList();
        eh01.ShouldNotBeEmpty();
        eh01.ShouldAllBe(r => r.Cell(Cols.ThisPeriod).GetString() == "not available");
    }

    /// <summary>Loads a source, refreshes, writes the Children's Trust pack for 2024-25 Q2 and opens its workbook.</summary>
    private static async Task<XLWorkbook> PackAsync(TestWarehouse w, string source)
    {
        var load = await w.Loader.LoadAsync(source);
        load.Succeeded.ShouldBeTrue(load.Message);
        await w.RefreshAsync(RefreshMode.Full);
        var pack = await new BoardPackWriter(w.Contexts).WriteAsync(PackTemplateReader.Load(Repository.TemplatesFolder, "childrens-trust-quarterly"), "2024-25 Q2", Path.Combine(w.Folder, "out"));
        return new XLWorkbook(pack.WorkbookPath);
    }
}
