using ClosedXML.Excel;
using Scorecard.Reports.Benchmarks;
using Scorecard.Reports.Snapshot;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Reports.Excel;

public sealed partial class ExcelWorkbookWriter
{
    public const string BenchmarksSheet = "Benchmarks";
    public const string BenchmarksTable = "Benchmarks";

    /// <summary>Benchmarks table columns (1-based), for readers such as the tests.</summary>
    public static class BenchmarkColumns
    {
        public const int Code = 1, Measure = 2, Year = 3, Own = 4, Published = 5, England = 6, Region = 7, Neighbours = 8, BetterWhen = 9;
        public const int Count = 9;
    }

    /// <summary>Each benchmarked measure over the DfE's latest years: our figure beside England, the region and the neighbours.</summary>
    private static void Benchmarks(IXLWorksheet sheet, PackSnapshot s)
    {
        var b = s.Benchmarks!;
        var layout = new SheetLayout(sheet);
        Title(layout, 1, BenchmarkText.Heading(s), 15);
        layout.Paragraph(2, 1, BenchmarkColumns.Count, BenchmarkText.Explanation(s, b), isNote: false).Style.Font.SetFontColor(NoteInk);
        const int header = 4;
        Header(layout, header, 1,
        [
            "Code", "Measure", "Year", $"{s.Authority.Name} (this warehouse)", b.LaName is null ? "Council as published by DfE" : $"{b.LaName} as published by DfE",
            "England", b.RegionName ?? "Region", "Statistical neighbours (average)", "Better when",
        ], BenchmarkColumns.Own, BenchmarkColumns.Neighbours);
        layout.FixWidth(BenchmarkColumns.Measure, 28);
        var row = header;
        foreach (var (m, benchmark) in s.Benchmarked)
        {
            foreach (var year in benchmark.Years.TakeLast(PackSnapshotReader.BenchmarkYearsShown))
            {
                row++;
                layout.Text(row, BenchmarkColumns.Code, m.Code);
                layout.Wrapped(row, BenchmarkColumns.Measure, m.Name);
                layout.Text(row, BenchmarkColumns.Year, year.Year);
                var own = s.BenchmarkYears.GetValueOrDefault((m.Code, year.Year));
                if (own is { State: PublishedState.Value, Value: { } v }) layout.Percentage(row, BenchmarkColumns.Own, v, suffix: PackText.OutOf(own)).Style.Font.SetBold();
                else layout.Text(row, BenchmarkColumns.Own, BenchmarkText.Own(own)).Style.Font.SetFontColor(NoteInk);
                Figure(layout, row, BenchmarkColumns.Published, year.Published);
                Figure(layout, row, BenchmarkColumns.England, year.England);
                Figure(layout, row, BenchmarkColumns.Region, year.Region);
                // A mean of ten rates has no single base: said in words, so it is text, not a bare percentage.
                var neighbours = layout.Text(row, BenchmarkColumns.Neighbours, BenchmarkText.Neighbours(year));
                if (year.Neighbours is null) neighbours.Style.Font.SetFontColor(NoteInk);
                layout.Text(row, BenchmarkColumns.BetterWhen, BetterWhen(m));
                foreach (var c in new[] { BenchmarkColumns.Own, BenchmarkColumns.Published, BenchmarkColumns.England, BenchmarkColumns.Region, BenchmarkColumns.Neighbours })
                    sheet.Cell(row, c).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }
        }
        if (row > header) Table(sheet, header, row, BenchmarkColumns.Count, BenchmarksTable);
        var noteRow = row + 2;
        foreach (var note in BenchmarkText.Sources(s, b)) Note(layout, noteRow++, BenchmarkColumns.Count, note);
        layout.Apply();
        sheet.SheetView.Freeze(header, BenchmarkColumns.Measure);
        layout.PrintOnA4(BenchmarkColumns.Count, header, header, BenchmarkColumns.Measure);
    }

    private static void Figure(SheetLayout layout, int row, int column, DfeValue value)
    {
        if (value.Percent is { } v) layout.Percentage(row, column, v, suffix: BenchmarkText.Base(value));
        else layout.Text(row, column, BenchmarkText.Figure(null)).Style.Font.SetFontColor(NoteInk);
    }
}
