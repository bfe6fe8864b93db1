using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Targets;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;
using Cols = Scorecard.Reports.Excel.ExcelWorkbookWriter.ScorecardColumns;

namespace Scorecard.Reports.Tests;

[Collection(PackCollection.Name)]
public class WorkbookTests(PackFixture packs)
{
    public static TheoryData<string> Templates => new(PackTemplateReader.Shipped);

    [Theory]
    [MemberData(nameof(Templates))]
    public void ScorecardCells_EqualTheSnapshot_ForEveryMeasurePeriodAndUnit(string template)
    {
        var pack = packs.Packs[template];
        var truth = packs.Truth;
        var period = truth.Period(pack.Template.Grain, pack.PeriodLabel);
        var previous = period.PreviousPeriodKey is { } p ? truth.PeriodsByKey[p] : null;
        var lastYear = period.SamePeriodLastYearKey is { } l ? truth.PeriodsByKey[l] : null;
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var rows = ScorecardRows(workbook).ToList();

        rows.Count.ShouldBe(pack.Template.Measures.Count * pack.Template.ScorecardLevels.Sum(l => l == OrgUnitLevel.Authority ? 1 : UnitsAt(l)));
        foreach (var row in rows)
        {
            var measure = MeasureCatalogue.Find(row.Cell(Cols.Code).GetString())!;
            var unit = truth.UnitKeysByName[row.Cell(Cols.Area).GetString()];
            var where = $"{template} {measure.Code} {row.Cell(Cols.Area).GetString()}";
            var audience = pack.Template.PublishedAudience;
            ShouldEqual(row.Cell(Cols.ThisPeriod), truth.Expected(audience, measure, period, unit), where + " this period");
            ShouldEqual(row.Cell(Cols.PreviousPeriod), truth.Expected(audience, measure, previous, unit), where + " previous");
            ShouldEqual(row.Cell(Cols.LastYear), truth.Expected(audience, measure, lastYear, unit), where + " last year");
            // A withheld value shows no target either.
            var target = truth.Published(audience, measure.Code, period, unit)?.Target;
            ShouldEqual(row.Cell(Cols.Target), target is { } t ? t : "", where + " target");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void ProvisionalValues_AreMarkedP_WithNoRagOrDirection_AndKeepTheMeasuresOneName(string template)
    {
        var pack = packs.Packs[template];
        var truth = packs.Truth;
        var period = truth.Period(pack.Template.Grain, pack.PeriodLabel);
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var marked = 0;
        foreach (var row in ScorecardRows(workbook))
        {
            var measure = MeasureCatalogue.Find(row.Cell(Cols.Code).GetString())!;
            var unit = truth.UnitKeysByName[row.Cell(Cols.Area).GetString()];
            var where = $"{template} {measure.Code} {row.Cell(Cols.Area).GetString()}";
            var cell = truth.Published(pack.Template.PublishedAudience, measure.Code, period, unit)!;
            var provisional = cell.IsProvisional && cell.State == PublishedState.Value;
            // One name everywhere: provisional is a state of the value, not part of the measure's name.
            row.Cell(Cols.Measure).GetString().ShouldBe(measure.Name, where);
            // The value is still a number, its format marks it "p"; the RAG cell says provisional, with no colour; no arrows.
            row.Cell(Cols.ThisPeriod).Style.NumberFormat.Format.EndsWith(" p\"", StringComparison.Ordinal).ShouldBe(provisional, where);
            if (provisional)
            {
                row.Cell(Cols.ThisPeriod).DataType.ShouldBe(XLDataType.Number, where);
                row.Cell(Cols.Rag).GetString().ShouldBe(ExcelWorkbookWriter.ProvisionalWord, where);
                row.Cell(Cols.Rag).Style.Fill.BackgroundColor.Color.ToArgb().ShouldNotBeOneOf([RagArgb(Rag.Green), RagArgb(Rag.Amber), RagArgb(Rag.Red)], where);
                row.Cell(Cols.VsPrevious).GetString().ShouldBe("", where);
                row.Cell(Cols.VsLastYear).GetString().ShouldBe("", where);
                marked++;
            }
        }
        // The generated data ends on the last day of the reported quarter, so measures with a settling window
        // (step-ups 30 days, first TAF 42 days) cannot have settled yet in the quarterly packs that show them.
        if (pack.Template.Measures.Any(m => m.Code is "EH16" or "EH17") && pack.Template.Grain == PeriodGrain.FinancialQuarter)
        {
            marked.ShouldBeGreaterThan(0);
            // The note says when each settles.
            workbook.Worksheet(ExcelWorkbookWriter.ScorecardSheet).CellsUsed().ShouldContain(c => c.GetString().StartsWith("p = provisional", StringComparison.Ordinal) && c.GetString().Contains("Settles on", StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void RagAndDirection_AgreeWithTheRules_AndArrowsRespectPolarity(string template)
    {
        var pack = packs.Packs[template];
        var truth = packs.Truth;
        var period = truth.Period(pack.Template.Grain, pack.PeriodLabel);
        var previous = period.PreviousPeriodKey is { } p ? truth.PeriodsByKey[p] : null;
        var lastYear = period.SamePeriodLastYearKey is { } l ? truth.PeriodsByKey[l] : null;
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        int rags = 0, arrows = 0, improvingDown = 0;
        foreach (var row in ScorecardRows(workbook))
        {
            var measure = MeasureCatalogue.Find(row.Cell(Cols.Code).GetString())!;
            var unit = truth.UnitKeysByName[row.Cell(Cols.Area).GetString()];
            var where = $"{template} {measure.Code} {row.Cell(Cols.Area).GetString()}";
            var audience = pack.Template.PublishedAudience;
            var current = truth.Expected(audience, measure, period, unit);
            var cell = truth.Published(audience, measure.Code, period, unit)!;
            var provisional = cell.IsProvisional && current is double;

            var ragCell = row.Cell(Cols.Rag);
            var expectedRag = current is "c" ? "c" : provisional ? ExcelWorkbookWriter.ProvisionalWord : current is double ? truth.RagByTheRules(measure, period, unit)?.ToString() ?? "" : "";
            ragCell.GetString().ShouldBe(expectedRag, where + " RAG");
            if (Enum.TryParse<Rag>(expectedRag, out var rag))
            {
                // The published RAG says the same as the rules, and the cell is coloured for it.
                cell.Rag.ShouldBe(rag, where);
                ragCell.Style.Fill.BackgroundColor.Color.ToArgb().ShouldBe(RagArgb(rag), where + " RAG colour");
                rags++;
            }

            foreach (var (column, comparator, isPrevious) in new[] { (Cols.VsPrevious, previous, true), (Cols.VsLastYear, lastYear, false) })
            {
                var other = truth.Expected(audience, measure, comparator, unit);
                var text = row.Cell(column).GetString();
                // None for a withheld value, none for a provisional one, none against a withheld comparator.
                if (current is "c") { text.ShouldBe("c", where); continue; }
                if (provisional) { text.ShouldBe("", where); continue; }
                if (other is "c") { text.ShouldBe("c", where); continue; }
                if (current is not double now || other is not double then) { text.ShouldBe("", where); continue; }
                // A year-to-date count is compared with the same point last year only.
                if (isPrevious && measure.CumulativeInYear) { text.ShouldBe("", where); continue; }
                var direction = TargetRules.DirectionFor(measure, now, then);
                var word = direction switch
                {
                    Direction.Improving => "improving", Direction.Worsening => "worsening", Direction.NoChange => "no change",
                    Direction.Up => "up", _ => "down",
                };
                var arrow = direction == Direction.NoChange ? "►" : now > then ? "▲" : "▼";
                text.ShouldBe($"{arrow} {word}", where + $" vs {comparator!.Label}");
                // Polarity: for lower-is-better measures a fall is the improvement.
                if (word == "improving") (now > then).ShouldBe(measure.Polarity == Polarity.HigherIsBetter, where);
                if (word == "improving" && measure.Polarity == Polarity.LowerIsBetter) improvingDown++;
                arrows++;
            }
        }
        rags.ShouldBeGreaterThan(0);
        arrows.ShouldBeGreaterThan(0);
        if (template == "early-help-locality-monthly") improvingDown.ShouldBeGreaterThan(0, "the locality pack should show a lower-is-better measure falling as ▼ improving");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Workbook_OpensWithoutRepair_ZeroOpenXmlValidationErrors(string template)
    {
        using var document = SpreadsheetDocument.Open(packs.Packs[template].WorkbookPath, false);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2016).Validate(document).Take(20).ToList();
        errors.ShouldBeEmpty(string.Join(Environment.NewLine, errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Workbook_HasItsSheets_PrintSetup_FrozenHeaders_AndNamedTables(string template)
    {
        var pack = packs.Packs[template];
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        // The Benchmarks sheet where the pack shows a measure the DfE publishes (EH10, in the Children's Trust pack).
        var benchmarks = pack.Template.Measures.Any(m => m.Code == "EH10") ? [ExcelWorkbookWriter.BenchmarksSheet] : Array.Empty<string>();
        var expected = new[] { ExcelWorkbookWriter.CoverSheet, ExcelWorkbookWriter.ScorecardSheet, ExcelWorkbookWriter.ExceptionsSheet }
            .Concat(benchmarks)
            .Concat(pack.Template.Sections.Select(s => s.Title))
            .Concat(pack.Template.EqualityMeasures.Count > 0 ? [ExcelWorkbookWriter.EqualitySheet] : [])
            .Concat([ExcelWorkbookWriter.DefinitionsSheet, ExcelWorkbookWriter.DataQualitySheet]);
        workbook.Worksheets.Select(w => w.Name).ShouldBe(expected);
        foreach (var sheet in workbook.Worksheets)
        {
            sheet.PageSetup.PaperSize.ShouldBe(XLPaperSize.A4Paper, sheet.Name);
            sheet.PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Landscape, sheet.Name);
            // An explicit scale, not fit-to-page: fitting shrinks text below what a board member can read.
            sheet.PageSetup.PagesWide.ShouldBe(0, sheet.Name);
            sheet.PageSetup.Scale.ShouldBeGreaterThanOrEqualTo(SheetLayout.MinimumScale, sheet.Name);
            if (sheet.Name != ExcelWorkbookWriter.CoverSheet) sheet.SheetView.SplitRow.ShouldBeGreaterThan(0, $"{sheet.Name} has no frozen header");
        }
        var tables = workbook.Worksheets.SelectMany(w => w.Tables).Select(t => t.Name).ToList();
        tables.ShouldContain(ExcelWorkbookWriter.ScorecardTable);
        tables.ShouldContain("Definitions");
        tables.ShouldContain("SourceTables");
        for (var i = 1; i <= pack.Template.Sections.Count; i++) tables.ShouldContain($"Section{i}_Trend");
        workbook.NamedRanges.Select(n => n.Name).ShouldContain("PackPeriod");
        workbook.Worksheet(ExcelWorkbookWriter.CoverSheet).Cell("B5").GetString().ShouldBe(pack.PeriodLabel);
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Numbers_AreNumbersWithFormats_AndColumnsAreWideEnoughNotToShowHashes(string template)
    {
        using var workbook = new XLWorkbook(packs.Packs[template].WorkbookPath);
        var numbers = 0;
        foreach (var sheet in workbook.Worksheets)
        {
            foreach (var cell in sheet.CellsUsed())
            {
                if (cell.DataType is XLDataType.Number or XLDataType.DateTime)
                {
                    numbers++;
                    cell.Style.NumberFormat.Format.ShouldNotBeNullOrEmpty($"{sheet.Name}!{cell.Address}");
                    var shown = Shown(cell);
                    // Excel shows #### when the formatted number is wider than its column; a width unit is one digit.
                    sheet.Column(cell.Address.ColumnNumber).Width.ShouldBeGreaterThan(shown.Length + 1, $"{sheet.Name}!{cell.Address} '{shown}'");
                }
                else if (cell.DataType == XLDataType.Text && double.TryParse(cell.GetString().TrimEnd('%').Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    // A number stored as text: only header labels such as a year may look like one.
                    cell.Style.Font.Bold.ShouldBeTrue($"{sheet.Name}!{cell.Address} holds the number '{cell.GetString()}' as text");
                }
            }
        }
        numbers.ShouldBeGreaterThan(100);
    }

    [Fact]
    public void SuppressedPack_ShowsC_WithAFootnote_AndInternalPacksSayTheyAreNot()
    {
        using (var trust = new XLWorkbook(packs.Packs["childrens-trust-quarterly"].WorkbookPath))
        {
            var cells = trust.Worksheets.Where(w => w.Name != ExcelWorkbookWriter.CoverSheet).SelectMany(w => w.CellsUsed()).ToList();
            cells.Count(c => c.GetString() == "c").ShouldBeGreaterThan(0, "1,500 children give localities some counts of 1 to 5");
            cells.ShouldContain(c => c.GetString().StartsWith("c = suppressed", StringComparison.Ordinal));
        }
        using var qa = new XLWorkbook(packs.Packs["qa-audit-quarterly"].WorkbookPath);
        qa.Worksheets.SelectMany(w => w.CellsUsed()).Count(c => c.GetString() == "c").ShouldBe(0);
        qa.Worksheet(ExcelWorkbookWriter.CoverSheet).CellsUsed().ShouldContain(c => c.GetString().Contains("NOT suppressed", StringComparison.Ordinal));
    }

    [Fact]
    public void SectionTrendTables_EqualTheSnapshot_ForTheAuthority()
    {
        var truth = packs.Truth;
        foreach (var (name, pack) in packs.Packs)
        {
            using var workbook = new XLWorkbook(pack.WorkbookPath);
            var authority = truth.UnitKeysByName[workbook.Worksheet(ExcelWorkbookWriter.CoverSheet).Cell("A2").GetString()];
            for (var i = 0; i < pack.Template.Sections.Count; i++)
            {
                var table = workbook.Table($"Section{i + 1}_Trend");
                // Periods, then the target and the baseline.
                var labels = table.HeadersRow().Cells().Skip(3).SkipLast(2).Select(c => c.GetString()).ToList();
                labels.Count.ShouldBe(pack.Template.TrendPeriods);
                labels[^1].ShouldBe(pack.PeriodLabel);
                foreach (var row in table.DataRange.Rows())
                {
                    var measure = MeasureCatalogue.Find(row.Cell(1).GetString())!;
                    for (var c = 0; c < labels.Count; c++)
                        ShouldEqual(row.Cell(4 + c), truth.Expected(pack.Template.PublishedAudience, measure, truth.Period(pack.Template.Grain, labels[c]), authority),
                            $"{name} {measure.Code} {labels[c]}");
                }
            }
        }
    }

    private IEnumerable<IXLRangeRow> ScorecardRows(XLWorkbook workbook) => workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows();

    private int UnitsAt(OrgUnitLevel level) => packs.Truth.UnitKeysByName.Keys.Count(n => level == OrgUnitLevel.Locality ? n.EndsWith(" locality", StringComparison.Ordinal) : n.Contains(" Team", StringComparison.Ordinal));

    internal static object Value(IXLCell cell) => cell.DataType == XLDataType.Number ? cell.GetDouble() : cell.GetString();

    /// <summary>
    /// The cell holds the snapshot's value: the same text, or the same number to the 15 significant digits a
    /// workbook keeps (Excel's own precision; ClosedXML writes no more).
    /// </summary>
    internal static void ShouldEqual(IXLCell cell, object expected, string where)
    {
        var actual = Value(cell);
        if (expected is double number)
        {
            actual.ShouldBeOfType<double>(where + " is not a number cell");
            ((double)actual).ShouldBe(number, Math.Max(1, Math.Abs(number)) * 1e-13, where);
        }
        else actual.ShouldBe(expected, where);
    }

    private static int RagArgb(Rag rag) => rag switch
    {
        Rag.Green => XLColor.FromHtml(PackPalette.Green.Fill).Color.ToArgb(),
        Rag.Amber => XLColor.FromHtml(PackPalette.Amber.Fill).Color.ToArgb(),
        _ => XLColor.FromHtml(PackPalette.Red.Fill).Color.ToArgb(),
    };

    /// <summary>The cell as Excel would show it under its format (enough of the formats the pack uses).</summary>
    private static string Shown(IXLCell cell)
    {
        var format = cell.Style.NumberFormat.Format;
        if (cell.DataType == XLDataType.DateTime) return format.Contains("hh", StringComparison.Ordinal) ? "30 Sep 2026 23:59 UTC" : "30 Sep 2026";
        var value = cell.GetDouble();
        // The number's own format, then the literal text the format adds ("% (5 of 8)", " p", a RAG letter).
        var quote = format.IndexOf('"', StringComparison.Ordinal);
        var (number, literal) = quote < 0 ? (format, "") : (format[..quote], format[(quote + 1)..].TrimEnd('"'));
        return number switch
        {
            "#,##0" => value.ToString("#,##0", CultureInfo.InvariantCulture),
            "0.0" => value.ToString("0.0", CultureInfo.InvariantCulture),
            _ => value.ToString(CultureInfo.InvariantCulture),
        } + literal;
    }
}
