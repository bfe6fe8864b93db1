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
        var commentary = new Option<string?>("--commentary", "-c")
        {
            Description = "Folder of commentary files (<template>-<period>-commentary.json: headlines, and per measure commentary, owner and action). " +
                          "Default: the output folder. A template for the file is written there when the pack has none yet.",
        };
        var command = new Command("pack", "Write a board pack: one board PDF, the Excel workbook, chart PNGs and a chart PDF, from the measure snapshot.") { template, period, output, commentary };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            // The template is read and checked first: a wrong measure or chart name stops here, before any file is written.
            var pack = settings.Packs.Load(parse.GetValue(template)!);
            await WriteAsync(settings, pack, parse.GetValue(period), parse.GetValue(output)!, ct, parse.GetValue(commentary));
            return 0;
        }));
        return command;
    }

    public static async Task<BoardPack> WriteAsync(ScorecardSettings settings, PackTemplate template, string? period, string outputFolder, CancellationToken ct, string? commentaryFolder = null)
    {
        var writer = new BoardPackWriter(new WarehouseContextFactory(settings.Warehouse)) { CommentaryFolder = commentaryFolder };
        var pack = await writer.WriteAsync(template, period, outputFolder, ct);
        AnsiConsole.MarkupLineInterpolated($"[bold]{template.Title}[/], {pack.PeriodLabel}: {pack.Charts.PngPaths.Count} charts, written in {pack.Elapsed.TotalSeconds:N1} s");
        if (pack.Board is { } board) AnsiConsole.MarkupLineInterpolated($"  board     {Path.GetFullPath(board.Path)} ({board.PageTitles.Count} pages: the one document to circulate)");
        AnsiConsole.MarkupLineInterpolated($"  workbook  {Path.GetFullPath(pack.WorkbookPath)}");
        AnsiConsole.MarkupLineInterpolated($"  charts    {Path.GetFullPath(pack.Charts.PdfPath)}");
        AnsiConsole.MarkupLineInterpolated($"  PNGs      {Path.GetFullPath(pack.Charts.Folder)}{Path.DirectorySeparatorChar}");
        var story = pack.Story;
        AnsiConsole.MarkupLineInterpolated($"  story     {story.Exceptions.Count} exceptions, {story.Exceptions.Count(e => e.Commentary is null)} without commentary; {story.Commentary.Headlines.Count} headlines");
        if (story.Commentary.WrittenNow)
            AnsiConsole.MarkupLineInterpolated($"  [yellow]No commentary yet: a template was written to {Path.GetFullPath(story.Commentary.Path)}; fill it in and run the pack again.[/]");
        else AnsiConsole.MarkupLineInterpolated($"  commentary {Path.GetFullPath(story.Commentary.Path)}");
        if (!template.SuppressSmallNumbers)
            AnsiConsole.MarkupLine("  [yellow]Small numbers are not suppressed in this pack: internal use only.[/]");
        return pack;
    }
}
