using System.CommandLine;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Sources.Csv;
using Scorecard.Warehouse;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

public static class LoadCommands
{
    private static readonly Argument<string> Extract = new("extract") { Description = "A folder or .zip of extract CSV files (see docs/extract-contract.md)." };

    private static readonly Option<string?> Encoding = new("--encoding")
    {
        Description = "The encoding the files were saved in when it is not UTF-8, e.g. windows-1252 for an older Windows export (a byte order mark still wins).",
    };

    public static Command CreateLoad()
    {
        var allowMassDelete = new Option<bool>("--allow-mass-delete")
        {
            Description = "Let this load delete more than the configured share (default 10%) of a table's records, when the case system really deleted them.",
        };
        var command = new Command("load", "Load an extract into the warehouse: bad rows are rejected with reasons, good rows load, records deleted at source are archived, all in one transaction.")
        {
            Extract, Encoding, allowMassDelete,
        };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var result = await RunLoadAsync(settings, parse.GetValue(Extract)!, new LoadOptions
            {
                AuthorityName = settings.AuthorityName, Encoding = TextEncodings.Resolve(parse.GetValue(Encoding)),
                Deletions = settings.Deletions, AllowMassDelete = parse.GetValue(allowMassDelete),
            }, ct);
            return result.Succeeded ? 0 : 1;
        }));
        return command;
    }

    public static Command CreateCheck()
    {
        var command = new Command("check", "Validate an extract against the warehouse and print a data-quality report. Changes nothing: the warehouse is opened read-only, and none is created.")
        {
            Extract, Encoding,
        };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var result = await RunLoadAsync(settings, parse.GetValue(Extract)!, new LoadOptions
            {
                DryRun = true, AuthorityName = settings.AuthorityName, Encoding = TextEncodings.Resolve(parse.GetValue(Encoding)), Deletions = settings.Deletions,
            }, ct);
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
                    DryRun = options.DryRun, AuthorityName = options.AuthorityName, Progress = progress, Encoding = options.Encoding,
                    Deletions = options.Deletions, AllowMassDelete = options.AllowMassDelete,
                }, ct);
                task.Value = 1;
            });
        Render(result!, options.DryRun);
        return result!;
    }

    public static void Render(LoadResult result, bool check = false)
    {
        if (result.Status == Warehouse.Integration.LoadStatus.Skipped)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{result.Message}[/]");
        }
        else if (!result.Succeeded)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{(check ? "Check failed" : "Load failed")}:[/] {result.Message}");
            RenderWarnings(result);
            return;
        }
        if (result.Tables.Count == 0) return;
        var deletions = result.Tables.Any(t => t.RowsDeleted > 0 || t.DependentsDeleted.Count > 0);
        var title = check ? $"Check: {result.SourceName}"
            : result.Status == Warehouse.Integration.LoadStatus.Skipped ? $"Nothing changed: {result.SourceName}"
            : $"Batch {result.BatchId}: {result.SourceName}";
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumns("File", "Read", "Inserted", "Updated", "Unchanged", "Rejected");
        if (deletions) table.AddColumn("Deleted at source");
        foreach (var c in table.Columns.Skip(1)) c.RightAligned();
        foreach (var t in result.Tables)
        {
            var cells = new List<string> { Markup.Escape(t.FileName ?? t.Table), $"{t.RowsRead:N0}", $"{t.RowsInserted:N0}", $"{t.RowsUpdated:N0}", $"{t.RowsUnchanged:N0}",
                t.RowsRejected == 0 ? "0" : $"[red]{t.RowsRejected:N0}[/]" };
            if (deletions) cells.Add(t.RowsDeleted == 0 ? "0" : $"[yellow]{t.RowsDeleted:N0}[/]");
            table.AddRow(cells.ToArray());
        }
        var total = new List<string> { "[bold]Total[/]", $"[bold]{result.RowsRead:N0}[/]", $"[bold]{result.RowsInserted:N0}[/]", $"[bold]{result.RowsUpdated:N0}[/]",
            $"[bold]{result.Tables.Sum(t => t.RowsUnchanged):N0}[/]", $"[bold]{result.RowsRejected:N0}[/]" };
        if (deletions) total.Add($"[bold]{result.Tables.Sum(t => t.RowsDeleted):N0}[/]");
        table.AddRow(total.ToArray());
        AnsiConsole.Write(table);
        foreach (var t in result.Tables.Where(t => t.IgnoredColumns.Count > 0))
            AnsiConsole.MarkupLineInterpolated($"[grey]{t.FileName}: ignored column(s) the contract does not use: {string.Join(", ", t.IgnoredColumns)}[/]");
        foreach (var t in result.Tables.Where(t => t.AbsentColumns.Count > 0))
            AnsiConsole.MarkupLineInterpolated($"[grey]{t.FileName}: column(s) absent from the file, so stored values were kept: {string.Join(", ", t.AbsentColumns)}[/]");
        foreach (var t in result.Tables.Where(t => t.DependentsDeleted.Count > 0))
            AnsiConsole.MarkupLineInterpolated($"[yellow]{t.FileName}: with the records deleted at source went {string.Join(", ", t.DependentsDeleted.Select(d => $"{d.Value:N0} of {d.Key}"))} that belonged to them.[/]");
        if (deletions)
            AnsiConsole.MarkupLine("[grey]Records deleted at source are kept for audit in the DeletedRecord table, with the batch that deleted them; no measure, feed or pack counts them.[/]");

        if (result.Rejects.Count > 0)
        {
            var rejects = new Table().Border(TableBorder.Simple).Title("Rejected rows (data quality)");
            rejects.AddColumns("File", "Column", "Rows", "First line", "Reason (first line)");
            foreach (var r in result.Rejects)
                rejects.AddRow(Markup.Escape(r.FileName), Markup.Escape(r.ColumnName ?? "(row)"), $"{r.Count:N0}", $"{r.FirstLine}", Markup.Escape(r.ExampleReason));
            AnsiConsole.Write(rejects);
        }
        RenderWarnings(result);
        AnsiConsole.MarkupLineInterpolated($"Read {result.RowsRead:N0} = loaded {result.RowsLoaded:N0} + rejected {result.RowsRejected:N0}, in {result.Elapsed.TotalSeconds:N1} s.");
    }

    private static void RenderWarnings(LoadResult result)
    {
        if (result.Warnings.Count == 0) return;
        var warnings = new Table().Border(TableBorder.Simple).Title("Warnings (nothing rejected)");
        warnings.AddColumns("File", "Column", "Rows", "First line", "What happened");
        foreach (var w in result.Warnings)
            warnings.AddRow(Markup.Escape(Path.GetFileName(w.FileName)), Markup.Escape(w.ColumnName ?? ""), w.FirstLine is null ? "" : $"{w.Count:N0}",
                w.FirstLine?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "", Markup.Escape(w.Message));
        AnsiConsole.Write(warnings);
    }
}
