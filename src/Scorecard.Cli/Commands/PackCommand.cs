using System.CommandLine;
using Scorecard.Reports;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

/// <summary>`scorecard pack`: a board pack (workbook, chart PNGs and PDF) from a template in report-templates/.</summary>
public static class PackCommand
{
    public static Command Create()
    {
        var template = new Option<string>("--template", "-t")
        {
            Description = "Template name (a council's own in Scorecard:TemplatesFolder, or a shipped one: childrens-trust-quarterly, early-help-locality-monthly, qa-audit-quarterly) or a path to a .json template.",
            Required = true,
        };
        var period = new Option<string?>("--period", "-p") { Description = "Period label such as 2026-27 Q2 or 2026-09 (default: the latest complete period of the template's grain)." };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write the pack into.", DefaultValueFactory = _ => "out" };
        var command = new Command("pack", "Write a board pack: one board PDF, the Excel workbook, chart PNGs and a chart PDF, from the measure snapshot.") { template, period, output };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            // The template is read and checked first: a wrong measure or chart name stops here, before any file is written.
            var pack = settings.Packs.Load(parse.GetValue(template)!);
            await WriteAsync(settings, pack, parse.GetValue(period), parse.GetValue(output)!, ct);
            return 0;
        }));
        return command;
    }

    public static async Task<BoardPack> WriteAsync(ScorecardSettings settings, PackTemplate template, string? period, string outputFolder, CancellationToken ct)
    {
        var pack = await new BoardPackWriter(new WarehouseContextFactory(settings.Warehouse)).WriteAsync(template, period, outputFolder, ct);
        AnsiConsole.MarkupLineInterpolated($"[bold]{template.Title}[/], {pack.PeriodLabel}: {pack.Charts.PngPaths.Count} charts, written in {pack.Elapsed.TotalSeconds:N1} s");
        if (pack.Board is { } board) AnsiConsole.MarkupLineInterpolated($"  board     {Path.GetFullPath(board.Path)} ({board.PageTitles.Count} pages: the one document to circulate)");
        AnsiConsole.MarkupLineInterpolated($"  workbook  {Path.GetFullPath(pack.WorkbookPath)}");
        AnsiConsole.MarkupLineInterpolated($"  charts    {Path.GetFullPath(pack.Charts.PdfPath)}");
        AnsiConsole.MarkupLineInterpolated($"  PNGs      {Path.GetFullPath(pack.Charts.Folder)}{Path.DirectorySeparatorChar}");
        if (!template.SuppressSmallNumbers)
            AnsiConsole.MarkupLine("  [yellow]Small numbers are not suppressed in this pack: internal use only.[/]");
        return pack;
    }
}
