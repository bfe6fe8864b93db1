using System.Globalization;
using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Sources.AnnexA;
using static Scorecard.Benchmarks.Format;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// The Annex A reader on generated workbooks: one of a given number of rows per list and one ten times larger. For
/// each: the most managed memory held while the workbook is read (in this process), the same for ClosedXML opening it
/// whole and reading every used cell (how the reader worked before, as the yardstick), and the peak resident set of a
/// whole load in a load-once child process. The reader's memory must not grow with the workbook.
/// </summary>
internal sealed class AnnexABenchmarkCommand : IBenchmarkCommand
{
    public string Name => "annexa";
    public string Summary => "Annex A reader: memory reading a 1x and a 10x generated workbook (streamed, against ClosedXML whole), and the whole load's peak RSS.";

    public IReadOnlyList<BenchmarkOption> Options { get; } =
    [
        new("rows", "Rows per list of the small workbook (default 5000; the large one has ten times as many)."),
        new("seed", "Random seed of the generated workbooks (default 20241201)."),
    ];

    public async Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct)
    {
        var rows = args.Int("rows", 5000);
        var seed = args.Int("seed", 20241201);
        using var scratch = new ScratchFolder("scorecard-annexa-bench-");
        Console.WriteLine($"Annex A benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
        var results = new List<(string Name, long Bytes, long Streamed, long Whole, ChildLoad Load)>();
        foreach (var perList in new[] { rows, rows * 10 })
        {
            var path = scratch.File($"annex-a-{perList}.xlsx");
            AnnexAGenerator.Write(path, perList, seed);
            var bytes = new FileInfo(path).Length;
            SQLitePCL.Batteries_V2.Init(); // the sampler also reads SQLite's memory, which needs its provider set
            var streamed = MaxManaged(() => AnnexAExtract.Read(path, CouncilMapping.Default).Dispose());
            var whole = MaxManaged(() =>
            {
                using var workbook = new XLWorkbook(path);
                var cells = 0L;
                foreach (var sheet in workbook.Worksheets)
                    foreach (var row in sheet.RowsUsed())
                        foreach (var cell in row.CellsUsed())
                            cells += cell.GetString().Length;
                GC.KeepAlive(cells);
            });
            var load = await ChildLoad.RunOnScratchAsync(path, scratch.File("annexa.db"), ct);
            Console.WriteLine($"  {N(perList)} rows per list ({N(bytes)} bytes): read at most {Mib(streamed / 1024)} MiB managed (ClosedXML whole: {Mib(whole / 1024)} MiB); " +
                $"load {load.Status} {N(load.Rows)} rows in {load.Seconds:N2} s = {Rate(load.Rows / load.Seconds)} rows/s, peak RSS {Mib(load.PeakKb)} MiB");
            results.Add(($"{N(perList)} rows per list", bytes, streamed, whole, load));
        }
        var (small, large) = (results[0], results[1]);
        Console.WriteLine();
        Console.WriteLine("| Workbook | Bytes | Rows loaded | Reading, max managed (MiB) | ClosedXML whole, max managed (MiB) | Load s | Load rows/s | Load peak RSS (MiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, bytes, s, w, l) in results)
            Console.WriteLine($"| {name} | {N(bytes)} | {N(l.Rows)} | {Mib(s / 1024)} | {Mib(w / 1024)} | {l.Seconds:N2} | {Rate(l.Rows / l.Seconds)} | {Mib(l.PeakKb)} |");
        Console.WriteLine($"| **10x / 1x** | {Ratio((double)large.Bytes / small.Bytes)} | | **{Ratio((double)large.Streamed / small.Streamed)}** | {Ratio((double)large.Whole / small.Whole)} | | | **{Ratio((double)large.Load.PeakKb / small.Load.PeakKb)}** |");
        return 0;
    }

    /// <summary>The most managed memory held while the action ran, sampled every few milliseconds.</summary>
    private static long MaxManaged(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var sampler = new MemorySampler(TimeSpan.FromMilliseconds(5));
        action();
        sampler.Sample();
        sampler.Dispose();
        return sampler.MaxManagedBytes;
    }
}

/// <summary>
/// Writes a synthetic Annex A workbook in the layout councils send now (sheets "List 1" ..., headers in the first row,
/// as the LIIA tools' sample has it), streaming with OpenXmlWriter: Lists 1, 3, 4, 5, 7 and 8, each with the given
/// number of rows, child ids and words as shared strings (as Excel saves them), dates as serial numbers. No real data.
/// </summary>
internal static class AnnexAGenerator
{
    private static readonly string[] Person = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age"];
    private static readonly string[] Allocated = ["Allocated Team", "Allocated Worker"];

    private static readonly (int List, string[] Headers)[] Lists =
    [
        (1, [.. Person, "Date of Contact", "Contact Source"]),
        (3, [.. Person, "Date of Referral", "Referral Source", "Referral NFA?", .. Allocated]),
        (4, [.. Person, "Continuous Assessment Start Date", "Continuous Assessment Date of Authorisation", .. Allocated]),
        (5, [.. Person, "Strategy discussion initiating Section 47 Enquiry Start Date", .. Allocated]),
        (7, [.. Person, "Child Protection Plan Start Date", "Child Protection Plan End Date", .. Allocated]),
        (8, [.. Person, "Date Started to be Looked After", "Date Ceased to be Looked After", "Reason Ceased to be Looked After", .. Allocated]),
    ];

    public static void Write(string path, int rowsPerList, int seed)
    {
        var random = new Random(seed);
        var strings = new Dictionary<string, int>(StringComparer.Ordinal);
        object Text(string s)
        {
            if (!strings.TryGetValue(s, out var i)) strings[s] = i = strings.Count;
            return new SharedIndex(i);
        }
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        var sheets = new Sheets();
        uint sheetId = 1;
        foreach (var (list, headers) in Lists)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var w = OpenXmlWriter.Create(part))
            {
                w.WriteStartElement(new Worksheet());
                w.WriteStartElement(new SheetData());
                WriteRow(w, 1, headers.Select(Text).ToArray());
                for (var r = 0; r < rowsPerList; r++)
                {
                    var date = 45000 + random.Next(0, 365);
                    var values = new List<object>
                    {
                        Text($"C{random.Next(0, rowsPerList * 2):D8}"), Text(random.Next(2) == 0 ? "a) Male" : "b) Female"), Text(random.Next(5) == 0 ? "c) WIRI" : "a) WBRI"),
                        (double)(40000 + random.Next(0, 6000)), Math.Round(random.NextDouble() * 17, 2),
                    };
                    values.AddRange(list switch
                    {
                        1 => [(double)date, Text(random.Next(2) == 0 ? "q) 6: Police" : "a) 2A: Schools")],
                        3 => [(double)date, Text("q) 6: Police"), Text(random.Next(8) == 0 ? "Yes" : "No")],
                        4 => [(double)date, (double)(date + random.Next(5, 50))],
                        5 => [(double)date],
                        7 => [(double)date, random.Next(3) == 0 ? (double)(date + random.Next(30, 400)) : Text("")],
                        _ => [(double)date, (double)(date + random.Next(30, 400)), Text("E4A: Returned home to live with parents")],
                    });
                    if (list != 1) values.AddRange([Text($"Locality {random.Next(1, 6)} Team {random.Next(1, 4)}"), Text($"Worker {random.Next(1, 400):D3}")]);
                    WriteRow(w, r + 2, values.ToArray());
                }
                w.WriteEndElement();
                w.WriteEndElement();
            }
            sheets.Append(new Sheet { Name = $"List {list}", SheetId = sheetId++, Id = workbook.GetIdOfPart(part) });
        }
        workbook.Workbook = new Workbook(sheets);
        var shared = workbook.AddNewPart<SharedStringTablePart>();
        using (var w = OpenXmlWriter.Create(shared))
        {
            w.WriteStartElement(new SharedStringTable());
            foreach (var s in strings.OrderBy(s => s.Value)) w.WriteElement(new SharedStringItem(new DocumentFormat.OpenXml.Spreadsheet.Text(s.Key)));
            w.WriteEndElement();
        }
    }

    private sealed record SharedIndex(int Index);

    private static void WriteRow(OpenXmlWriter w, int row, object[] values)
    {
        w.WriteStartElement(new Row { RowIndex = (uint)row });
        for (var c = 0; c < values.Length; c++)
        {
            var reference = $"{(char)('A' + c)}{row}";
            w.WriteElement(values[c] switch
            {
                SharedIndex s => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(s.Index.ToString(CultureInfo.InvariantCulture)) },
                double d => new Cell { CellReference = reference, CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException("a cell is a shared string or a number"),
            });
        }
        w.WriteEndElement();
    }
}
