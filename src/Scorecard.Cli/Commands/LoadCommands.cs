using System.CommandLine;
using Scorecard.Etl.Loading;
using Scorecard.Warehouse;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

public static class LoadCommands
{
    private static readonly Argument<string> Extract = new("extract") { Description = "A folder or .zip of extract CSV files (see docs/extract-contract.md)." };

    public static Command CreateLoad()
    {
        var force = new Option<bool>("--force") { Description = "Load even if this exact extract was loaded before." };
        var command = new Command("load", "Load an extract into the warehouse: bad rows are rejected with reasons, good rows load, all in one transaction.") { Extract, force };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var result = await RunLoadAsync(settings, parse.GetValue(Extract)!, new LoadOptions { Force = parse.GetValue(force), AuthorityName = settings.AuthorityName }, ct);
            return result.Succeeded ? 0 : 1;
        }));
        return command;
    }

    public static Command CreateCheck()
    {
        var command = new Command("check", "Validate an extract without changing the warehouse, and print a data-quality report.") { Extract };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var result = await RunLoadAsync(settings, parse.GetValue(Extract)!, new LoadOptions { DryRun = true, AuthorityName = settings.AuthorityName }, ct);
            if (result.Succeeded) AnsiConsole.MarkupLine("[grey]Checked only: the warehouse was not changed.[/]");
            return result.Succeeded ? 0 : 1;
        }));
        return command;
    }

    public static async Task<LoadResult> RunLoadAsync(ScorecardSettings settings, string path, LoadOptions options, CancellationToken ct)
    {
        var pseudonymiser = settings.ResolvePseudonymiser(createKeyFileIfMissing: false);
        var loader = new ExtractLoader(new WarehouseContextFactory(settings.Warehouse), pseudonymiser);
        LoadResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask(options.DryRun ? "Checking" : "Loading", maxValue: 1);
                var progress = new Progress<LoadProgress>(p =>
                {
                    task.Description = $"{(options.DryRun ? "Checking" : "Loading")} {p.Table} ({p.RowsRead:N0} rows)";
                    if (p.BytesTotal > 0) task.Value = Math.Min(1, (double)p.BytesRead / p.BytesTotal);
                });
                result = await loader.LoadAsync(path, new LoadOptions
                {
                    DryRun = options.DryRun, Force = options.Force, AuthorityName = options.AuthorityName, Progress = progress,
                }, ct);
                task.Value = 1;
            });
        Render(result!);
        return result!;
    }

    public static void Render(LoadResult result)
    {
        if (result.Status == Warehouse.Integration.LoadStatus.Skipped)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{result.Message}[/]");
            if (result.Tables.Count == 0) return;
        }
        else if (!result.Succeeded)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]Load failed:[/] {result.Message}");
            return;
        }
        var table = new Table().Border(TableBorder.Rounded).Title(result.BatchId is { } id ? $"Batch {id}: {result.SourceName}" : $"Check: {result.SourceName}");
        table.AddColumns("File", "Read", "Inserted", "Updated", "Unchanged", "Rejected");
        foreach (var c in table.Columns.Skip(1)) c.RightAligned();
        foreach (var t in result.Tables)
            table.AddRow(Markup.Escape(t.FileName ?? t.Table), $"{t.RowsRead:N0}", $"{t.RowsInserted:N0}", $"{t.RowsUpdated:N0}", $"{t.RowsUnchanged:N0}",
                t.RowsRejected == 0 ? "0" : $"[red]{t.RowsRejected:N0}[/]");
        table.AddRow("[bold]Total[/]", $"[bold]{result.RowsRead:N0}[/]", $"[bold]{result.RowsInserted:N0}[/]", $"[bold]{result.RowsUpdated:N0}[/]",
            $"[bold]{result.Tables.Sum(t => t.RowsUnchanged):N0}[/]", $"[bold]{result.RowsRejected:N0}[/]");
        AnsiConsole.Write(table);
        foreach (var t in result.Tables.Where(t => t.IgnoredColumns.Count > 0))
            AnsiConsole.MarkupLineInterpolated($"[grey]{t.FileName}: ignored column(s) the contract does not use: {string.Join(", ", t.IgnoredColumns)}[/]");

        if (result.Rejects.Count > 0)
        {
            var rejects = new Table().Border(TableBorder.Simple).Title("Rejected rows (data quality)");
            rejects.AddColumns("File", "Column", "Rows", "First line", "Reason (first line)");
            foreach (var r in result.Rejects)
                rejects.AddRow(Markup.Escape(r.FileName), Markup.Escape(r.ColumnName ?? "(row)"), $"{r.Count:N0}", $"{r.FirstLine}", Markup.Escape(r.ExampleReason));
            AnsiConsole.Write(rejects);
        }
        AnsiConsole.MarkupLineInterpolated($"Read {result.RowsRead:N0} = loaded {result.RowsLoaded:N0} + rejected {result.RowsRejected:N0}, in {result.Elapsed.TotalSeconds:N1} s.");
    }
}
