using System.Diagnostics;
using Scorecard.Reports.Benchmarks;
using Scorecard.Reports.Board;
using Scorecard.Reports.Charts;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Snapshot;
using Scorecard.Reports.Spc;
using Scorecard.Reports.Story;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse;

namespace Scorecard.Reports;

/// <summary>What one pack wrote.</summary>
public sealed record BoardPack(
    PackTemplate Template,
    string PeriodLabel,
    string WorkbookPath,
    ChartPack Charts,
    TimeSpan ReadTime,
    TimeSpan Elapsed)
{
    /// <summary>The commentary read for the pack (or the template just written for it) and the exceptions found.</summary>
    public PackStory Story { get; init; } = PackStory.None;

    /// <summary>The one PDF for the board: cover, scorecard, exceptions, benchmarks, then each section's tables and charts.</summary>
    public BoardDocument? Board { get; init; }

    /// <summary>Every file written: the board document, the workbook, the chart PDF, then the PNGs.</summary>
    public IReadOnlyList<string> Paths => [.. Board is { } board ? [board.Path] : Array.Empty<string>(), WorkbookPath, Charts.PdfPath, .. Charts.PngPaths];
}

/// <summary>
/// Makes a board pack from the measure snapshot: reads it once (<see cref="PackSnapshotReader"/>), then
/// writes the workbook, the chart pack and the board document side by side. Files are named after the template and
/// period: childrens-trust-quarterly-2026-27-Q2.xlsx, ...-board.pdf, ...-charts.pdf, and a ...-charts folder of PNGs.
/// </summary>
public sealed class BoardPackWriter(WarehouseContextFactory contexts, DfeBenchmarks? benchmarks = null)
{
    /// <summary>Further reasons a measure is an exception (statistical process control signals, say), beside red and worsening.</summary>
    public Func<PackSnapshot, IEnumerable<ExceptionSignal>>? Signals { get; init; }

    /// <summary>Where each pack's commentary file is read from, and its template written on the first run; the output folder when not set.</summary>
    public string? CommentaryFolder { get; init; }

    public async Task<BoardPack> WriteAsync(PackTemplate template, string? periodLabel, string outputFolder, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        var reader = new PackSnapshotReader(contexts, benchmarks ?? DfeBenchmarks.ForTemplate(template));
        var label = string.IsNullOrWhiteSpace(periodLabel) ? await reader.LatestCompletePeriodAsync(template, ct) : periodLabel.Trim();
        var snapshot = await reader.ReadAsync(template, label, DateTime.UtcNow, ct);
        var readTime = clock.Elapsed;
        // Process control's signals are always exceptions; a caller may add its own.
        var signals = PackSpc.Signals(snapshot).Concat(Signals?.Invoke(snapshot) ?? []).ToList();
        var commentary = PackCommentary.LoadOrWriteTemplate(CommentaryFolder ?? outputFolder, template, snapshot.Period.Label, PackExceptions.Find(snapshot, null, signals));
        var story = new PackStory(commentary, PackExceptions.Find(snapshot, commentary, signals));

        Directory.CreateDirectory(outputFolder);
        var stem = Path.Combine(outputFolder, $"{template.Name}-{PackText.FileLabel(snapshot.Period.Label)}");
        var workbookPath = stem + ".xlsx";
        var chartFolder = stem + "-charts";
        var pdfPath = stem + "-charts.pdf";
        // Charts from an earlier run of the same pack would otherwise sit beside the new ones.
        if (Directory.Exists(chartFolder))
            foreach (var old in Directory.EnumerateFiles(chartFolder, "*.png")) File.Delete(old);

        // The workbook, the charts and the board document share nothing but the snapshot (each draws its own plots).
        var workbook = Task.Run(() => new ExcelWorkbookWriter().Write(snapshot, workbookPath, story), ct);
        var charts = Task.Run(() => new ChartPackWriter().Write(snapshot, chartFolder, pdfPath), ct);
        var board = Task.Run(() => new BoardDocumentWriter().Write(snapshot, story, stem + "-board.pdf"), ct);
        await Task.WhenAll(workbook, charts, board);
        return new BoardPack(template, snapshot.Period.Label, workbookPath, await charts, readTime, clock.Elapsed) { Story = story, Board = await board };
    }
}
