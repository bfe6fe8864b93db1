using System.Text.RegularExpressions;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Scorecard.Measures.Catalogue;
using Scorecard.Reports.Charts;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Snapshot;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;
using Cols = Scorecard.Reports.Excel.ExcelWorkbookWriter.ScorecardColumns;

namespace Scorecard.Reports.Tests;

/// <summary>What a board member reading a printout, or a reader who cannot tell red from green, depends on.</summary>
[Collection(PackCollection.Name)]
public partial class PrintAndAccessibilityTests(PackFixture packs)
{
    public static TheoryData<string> Templates => new(PackTemplateReader.Shipped);

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryRagColouredCell_SaysItsRagInALetterOrWord(string template)
    {
        using var workbook = new XLWorkbook(packs.Packs[template].WorkbookPath);
        var rags = new[] { Rag.Green, Rag.Amber, Rag.Red }.ToDictionary(r => XLColor.FromHtml(PackPalette.Rag(r).Fill).Color.ToArgb());
        var coloured = 0;
        foreach (var cell in workbook.Worksheets.SelectMany(w => w.CellsUsed()))
        {
            if (!rags.TryGetValue(cell.Style.Fill.BackgroundColor.Color.ToArgb(), out var rag)) continue;
            coloured++;
            // A word ("Green") in the scorecard's RAG column; elsewhere the letter after the value, in the cell's format.
            var shown = cell.DataType == XLDataType.Number ? cell.Style.NumberFormat.Format : cell.GetString();
            var said = shown.Contains(rag.ToString(), StringComparison.Ordinal) || Regex.IsMatch(shown, $@"\s{PackPalette.RagLetter(rag)}""?$");
            said.ShouldBeTrue($"{cell.Worksheet.Name}!{cell.Address} is {rag} but shows '{shown}'");
        }
        coloured.ShouldBeGreaterThan(5);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryPublishedPercentage_ShowsItsNumeratorAndDenominator(string template)
    {
        var pack = packs.Packs[template];
        var truth = packs.Truth;
        var period = truth.Period(pack.Template.Grain, pack.PeriodLabel);
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var checkedCells = 0;
        foreach (var row in workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows())
        {
            var measure = MeasureCatalogue.Find(row.Cell(Cols.Code).GetString())!;
            if (measure.Unit != MeasureUnit.Percentage) continue;
            var unit = truth.UnitKeysByName[row.Cell(Cols.Area).GetString()];
            var published = truth.Published(pack.Template.PublishedAudience, measure.Code, period, unit)!;
            var format = row.Cell(Cols.ThisPeriod).Style.NumberFormat.Format;
            if (published is { State: PublishedState.Value, Denominator: > 0 })
            {
                format.ShouldContain($"({published.Numerator:#,##0} of {published.Denominator:#,##0})", Case.Sensitive, $"{measure.Code} {row.Cell(Cols.Area).GetString()}");
                checkedCells++;
            }
            else format.ShouldNotContain(" of ", Case.Sensitive);
        }
        checkedCells.ShouldBeGreaterThan(3);

        // Every other percentage in the measure tables has its base too, but targets (no base) and the data-quality
        // sheet, whose "% rejected" sits beside the rows read and rejected it divides.
        foreach (var sheet in workbook.Worksheets.Where(w => w.Name != ExcelWorkbookWriter.DataQualitySheet))
            foreach (var table in sheet.Tables)
                foreach (var column in table.Fields.Where(f => !f.Name.StartsWith("Target", StringComparison.Ordinal)))
                    foreach (var cell in table.DataRange.Column(column.Index + 1).CellsUsed().Where(c => c.DataType == XLDataType.Number))
                        if (cell.Style.NumberFormat.Format.StartsWith("0.0\"%", StringComparison.Ordinal))
                            cell.Style.NumberFormat.Format.ShouldMatch(@"\(\d[\d,]* of \d[\d,]*\)", $"{sheet.Name}!{cell.Address}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void PrintTitles_AreAbsolute_SoHeaderRowsRepeatOnEveryPage(string template)
    {
        using var document = SpreadsheetDocument.Open(packs.Packs[template].WorkbookPath, isEditable: false);
        var titles = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>().Where(n => n.Name?.Value == "_xlnm.Print_Titles").ToList();
        titles.Count.ShouldBeGreaterThan(5);
        foreach (var title in titles)
            foreach (var part in title.Text.Split(','))
                part.ShouldMatch(@"!\$(\d+:\$\d+|[A-Z]+:\$[A-Z]+)$");
        PrintTitles.Absolute("Definitions!4:4").ShouldBe("Definitions!$4:$4");
        PrintTitles.Absolute("'Data quality'!1:1,'Data quality'!A:B").ShouldBe("'Data quality'!$1:$1,'Data quality'!$A:$B");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryText_PrintsAt8PointOrMore(string template)
    {
        using var workbook = new XLWorkbook(packs.Packs[template].WorkbookPath);
        foreach (var sheet in workbook.Worksheets)
        {
            var scale = sheet.PageSetup.Scale;
            sheet.PageSetup.PagesWide.ShouldBe(0, $"{sheet.Name}: fit-to-page would decide the scale, and the text size, by itself");
            foreach (var cell in sheet.CellsUsed())
                (cell.Style.Font.FontSize * scale / 100).ShouldBeGreaterThanOrEqualTo(8, $"{sheet.Name}!{cell.Address} {cell.Style.Font.FontSize} pt at {scale}%");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void NoPrintedPage_HoldsOnlyNotes(string template)
    {
        var path = packs.Packs[template].WorkbookPath;
        using var workbook = new XLWorkbook(path);
        foreach (var sheet in workbook.Worksheets.Where(w => w.Name != ExcelWorkbookWriter.CoverSheet))
            foreach (var page in Pages(sheet, RepeatedRows(path, sheet.Position - 1)))
                page.Any(r => !IsNote(sheet, r) && !sheet.Row(r).IsEmpty()).ShouldBeTrue($"{sheet.Name}: rows {page.First()}-{page.Last()} are only notes");
    }

    [Fact]
    public void ALongTable_TakesItsLastRowsOverToTheNotesPage()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("Long");
        var layout = new SheetLayout(sheet);
        // At 100% a page holds about 35 rows of 13.2 pt: 36 rows of table end the first page exactly, notes follow.
        var rows = (int)(0.95 * SheetLayout.PrintableHeightPoints / layout.Height(1));
        for (var r = 1; r <= rows; r++) layout.Text(r, 1, "row " + r);
        layout.Paragraph(rows + 2, 1, 3, "A note that would otherwise print alone.");
        layout.Paragraph(rows + 3, 1, 3, "And another.");
        layout.Apply();
        layout.PrintOnA4(3, 1, 1, 0);
        sheet.PageSetup.RowBreaks.ShouldHaveSingleItem().ShouldBe(rows - 3);
        Pages(sheet, [1]).ShouldAllBe(page => page.Any(r => !IsNote(sheet, r) && !sheet.Row(r).IsEmpty()));
    }

    [Fact]
    public void Cover_NamesTheExtract_NotWhereItWasLoadedFrom()
    {
        var pack = packs.Packs["childrens-trust-quarterly"];
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var texts = workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()).ToList();
        texts.ShouldNotContain(t => t.Contains(packs.Folder, StringComparison.Ordinal));
        texts.ShouldNotContain(t => t.Contains("/tmp", StringComparison.Ordinal) || t.Contains(":\\", StringComparison.Ordinal));
        workbook.Worksheet(ExcelWorkbookWriter.CoverSheet).CellsUsed().ShouldContain(c => c.GetString().Contains("Extract 'extract'", StringComparison.Ordinal));
    }

    [Fact]
    public void Definitions_NameNoOtherCouncilsDocuments()
    {
        using var workbook = new XLWorkbook(packs.Packs["childrens-trust-quarterly"].WorkbookPath);
        var sources = workbook.Table("Definitions").DataRange.Rows().Select(r => r.Cell(9).GetString()).ToList();
        var councilDocuments = MeasureCatalogue.All.Select(m => m.Source).Where(s => !s.StartsWith("DfE", StringComparison.Ordinal)).Distinct().ToList();
        councilDocuments.ShouldNotBeEmpty();
        foreach (var source in sources) councilDocuments.ShouldNotContain(source);
        sources.ShouldContain(PackText.DefinitionSource(MeasureCatalogue.Find("EH05")!));
    }

    [Fact]
    public async Task TeamBarCharts_AreReferredToTheTeamAverage_NotTheAuthorityTotal()
    {
        var snapshot = await Snapshot("early-help-locality-monthly");
        var pages = ChartPackWriter.Build(snapshot);
        var eh01 = MeasureCatalogue.Find("EH01")!;
        var page = pages.Single(p => p.FileStem.EndsWith("org-unit-bars-eh01", StringComparison.Ordinal));
        // The mean of the teams' own published counts, from the snapshot's cells directly.
        var teams = snapshot.ComparisonUnits.Select(u => snapshot.Cell(eh01.Code, snapshot.Period.PeriodKey, u.OrgUnitKey))
            .Where(c => c is { State: PublishedState.Value, Value: > 0 }).Select(c => c!.Value!.Value).ToList();
        teams.Count.ShouldBeGreaterThan(3);
        var reference = page.ReferenceLines.ShouldHaveSingleItem();
        reference.Value.ShouldBe(teams.Average(), 1e-9);
        reference.Value.ShouldBeLessThan(snapshot.Cell(eh01.Code, snapshot.Period.PeriodKey, snapshot.Authority.OrgUnitKey)!.Value!.Value / 2);
        foreach (var p in pages.Where(p => p.LabelsFrom is not null))
            foreach (var line in p.ReferenceLines) line.Value.ShouldBeLessThan(p.LabelsFrom!.Value, $"{p.FileStem}: {line.Name} runs into the labels");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task TrendLabels_StayClearOfTheTargetLine(string template)
    {
        foreach (var page in ChartPackWriter.Build(await Snapshot(template)).Where(p => p.TargetAt.Count > 0))
            foreach (var (x, low, high) in page.LabelSpans)
                if (page.TargetAt.TryGetValue((int)x, out var target))
                    (target < low || target > high).ShouldBeTrue($"{page.FileStem}: the target {target} runs through the label at {x} ({low}-{high})");
    }

    [Fact]
    public async Task StepUpsChart_CountsReferrals()
    {
        var page = ChartPackWriter.Build(await Snapshot("childrens-trust-quarterly")).Single(p => p.FileStem.Contains(ChartKinds.StepUpsAndDowns, StringComparison.Ordinal));
        page.Plot.Axes.Left.Label.Text.ShouldBe("Number of referrals");
    }

    private Task<PackSnapshot> Snapshot(string template) =>
        new PackSnapshotReader(packs.Contexts).ReadAsync(PackTemplateReader.Load(PackFixture.TemplatesFolder, template), packs.Packs[template].PeriodLabel, DateTime.UtcNow);

    /// <summary>The rows the saved workbook's print titles repeat for a sheet (by its 0-based position).</summary>
    private static List<int> RepeatedRows(string path, int sheetIndex)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var title = document.WorkbookPart!.Workbook.DefinedNames!.Elements<DefinedName>()
            .FirstOrDefault(n => n.Name?.Value == "_xlnm.Print_Titles" && n.LocalSheetId?.Value == (uint)sheetIndex);
        var rows = title is null ? null : Regex.Match(title.Text, @"!\$(\d+):\$(\d+)");
        return rows is { Success: true } ? Enumerable.Range(int.Parse(rows.Groups[1].Value), int.Parse(rows.Groups[2].Value) - int.Parse(rows.Groups[1].Value) + 1).ToList() : [];
    }

    /// <summary>A note as the workbook writes one: text merged across columns from its first column.</summary>
    private static bool IsNote(IXLWorksheet sheet, int row) =>
        sheet.Row(row).CellsUsed().Count() == 1 && sheet.Row(row).FirstCellUsed() is { } cell && cell.IsMerged() && cell.Style.Alignment.WrapText;

    /// <summary>The pages the rows fall on at the sheet's scale, with its manual breaks, as the layout estimates them.</summary>
    private static List<List<int>> Pages(IXLWorksheet sheet, IEnumerable<int> repeatedRows)
    {
        var usable = 0.95 * SheetLayout.PrintableHeightPoints * 100 / sheet.PageSetup.Scale;
        var breaks = sheet.PageSetup.RowBreaks.ToHashSet();
        // Rows repeated at the top of every page after the first take their room there too.
        var repeated = repeatedRows.Sum(r => sheet.Row(r).Height);
        var pages = new List<List<int>> { new() };
        var used = 0.0;
        var last = sheet.LastRowUsed()?.RowNumber() ?? 0;
        for (var r = 1; r <= last; r++)
        {
            var h = sheet.Row(r).Height;
            if (pages[^1].Count > 0 && used + h > usable)
            {
                pages.Add([]);
                used = repeated;
            }
            pages[^1].Add(r);
            used += h;
            if (breaks.Contains(r))
            {
                pages.Add([]);
                used = repeated;
            }
        }
        return pages.Where(p => p.Count > 0).ToList();
    }
}
