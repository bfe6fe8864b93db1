using System.CommandLine;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Mapping;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

public static class LoadCommands
{
    private static readonly Argument<string> Extract = new("extract") { Description = "A folder or .zip of extract CSV files (see docs/extract-contract.md)." };

    private static readonly Option<string?> MappingFile = new("--mapping")
    {
        Description = "Your mapping file: your case system's words to Scorecard codes (default: Scorecard:MappingFile in configuration). Write a starter with check --write-mapping.",
    };

    public static Command CreateLoad()
    {
        var force = new Option<bool>("--force") { Description = "Load even if this exact extract was loaded before." };
        var command = new Command("load", "Load an extract into the warehouse: unusable rows are rejected with reasons, odd optional values load as unknown with a warning, all in one transaction.") { Extract, force, MappingFile };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var mapping = LoadMapping(settings, parse.GetValue(MappingFile));
            var result = await RunLoadAsync(settings, parse.GetValue(Extract)!, new LoadOptions { Force = parse.GetValue(force), AuthorityName = settings.AuthorityName, Mapping = mapping }, ct);
            return result.Succeeded ? 0 : 1;
        }));
        return command;
    }

    public static Command CreateCheck()
    {
        var writeMapping = new Option<string?>("--write-mapping")
        {
            Description = "Write a starter mapping file here: every value no mapping knew, with counts, ready for you to fill in. The only file check writes.",
        };
        var command = new Command("check", "Validate an extract without changing the warehouse, and print a data-quality report.") { Extract, MappingFile, writeMapping };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var mapping = LoadMapping(settings, parse.GetValue(MappingFile));
            var result = await RunLoadAsync(settings, parse.GetValue(Extract)!, new LoadOptions { DryRun = true, AuthorityName = settings.AuthorityName, Mapping = mapping }, ct);
            if (result.Succeeded) AnsiConsole.MarkupLine("[grey]Checked only: the warehouse was not changed.[/]");
            if (result.Succeeded && parse.GetValue(writeMapping) is { } starter)
            {
                mapping.WriteStarter(starter, result.Unmapped);
                AnsiConsole.MarkupLineInterpolated($"Wrote {Path.GetFullPath(starter)}: {result.Unmapped.Count:N0} value(s) to map. Fill in the code column, then load with [bold]--mapping {starter}[/].");
            }
            return result.Succeeded ? 0 : 1;
        }));
        return command;
    }

    /// <summary>The shipped defaults plus the council's file (from --mapping, else configuration).</summary>
    public static CouncilMapping LoadMapping(ScorecardSettings settings, string? option)
    {
        try
        {
            return CouncilMapping.Load(option ?? settings.MappingFile);
        }
        catch (MappingFileException e)
        {
            throw new CliException(e.Message);
        }
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
                    DryRun = options.DryRun, Force = options.Force, AuthorityName = options.AuthorityName, Progress = progress, Mapping = options.Mapping,
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
        if (result.Source is { } source) AnsiConsole.MarkupLineInterpolated($"Recognised: {source}");
        var table = new Table().Border(TableBorder.Rounded).Title(result.BatchId is { } id ? $"Batch {id}: {result.SourceName}" : $"Check: {result.SourceName}");
        table.AddColumns("File", "Read", "Inserted", "Updated", "Unchanged", "Rejected", "Loaded with warnings");
        foreach (var c in table.Columns.Skip(1)) c.RightAligned();
        foreach (var t in result.Tables)
            table.AddRow(Markup.Escape(t.FileName ?? t.Table), $"{t.RowsRead:N0}", $"{t.RowsInserted:N0}", $"{t.RowsUpdated:N0}", $"{t.RowsUnchanged:N0}",
                t.RowsRejected == 0 ? "0" : $"[red]{t.RowsRejected:N0}[/]", t.RowsWithWarnings == 0 ? "0" : $"[yellow]{t.RowsWithWarnings:N0}[/]");
        table.AddRow("[bold]Total[/]", $"[bold]{result.RowsRead:N0}[/]", $"[bold]{result.RowsInserted:N0}[/]", $"[bold]{result.RowsUpdated:N0}[/]",
            $"[bold]{result.Tables.Sum(t => t.RowsUnchanged):N0}[/]", $"[bold]{result.RowsRejected:N0}[/]", $"[bold]{result.RowsWithWarnings:N0}[/]");
        AnsiConsole.Write(table);
        foreach (var t in result.Tables.Where(t => t.RenamedColumns.Count > 0))
            AnsiConsole.MarkupLineInterpolated($"[grey]{t.FileName}: read under an older SSD name: {string.Join(", ", t.RenamedColumns)}[/]");
        foreach (var t in result.Tables.Where(t => t.IgnoredColumns.Count > 0))
            AnsiConsole.MarkupLineInterpolated($"[grey]{t.FileName}: ignored column(s) the contract does not use (never stored): {string.Join(", ", t.IgnoredColumns)}[/]");
        if (result.UnreadFiles.Count > 0)
            AnsiConsole.MarkupLineInterpolated($"[grey]SSD files not read (no measure uses them; nothing from them is stored): {string.Join(", ", result.UnreadFiles)}[/]");
        if (result.OtherFiles.Count > 0)
            AnsiConsole.MarkupLineInterpolated($"[grey]Other files ignored: {string.Join(", ", result.OtherFiles)}[/]");
        foreach (var t in result.Tables.Where(t => t.NotExpressed.Count > 0))
        {
            var needing = MeasureCatalogue.All.Where(m => m.NeedsFields.Any(f => f.Table == t.Table && t.NotExpressed.Contains(f.Property))).Select(m => m.Code).ToList();
            if (needing.Count > 0)
                AnsiConsole.MarkupLineInterpolated($"[yellow]{t.FileName}: this source does not record {string.Join(", ", t.NotExpressed)}: {string.Join(", ", needing)} show \"not available from this source\" for the periods its records fall in.[/]");
            else
                AnsiConsole.MarkupLineInterpolated($"[grey]{t.FileName}: this source does not record {string.Join(", ", t.NotExpressed)} (no measure depends on it alone).[/]");
        }

        if (result.Rejects.Count > 0)
        {
            var rejects = new Table().Border(TableBorder.Simple).Title("Rejected rows (data quality)");
            rejects.AddColumns("File", "Column", "Rows", "First line", "Reason (first line)");
            foreach (var r in result.Rejects)
                rejects.AddRow(Markup.Escape(r.FileName), Markup.Escape(r.ColumnName ?? "(row)"), $"{r.Count:N0}", $"{r.FirstLine}", Markup.Escape(r.ExampleReason));
            AnsiConsole.Write(rejects);
        }
        var warnings = result.Warnings;
        if (warnings.Count > 0)
        {
            const int shown = 40;
            var table2 = new Table().Border(TableBorder.Simple).Title("Loaded with warnings: optional values loaded as unknown (data quality)");
            table2.AddColumns("File", "Column", "What", "Value", "Rows", "First line");
            foreach (var w in warnings.OrderByDescending(w => w.Rows).Take(shown))
                table2.AddRow(Markup.Escape(w.FileName), Markup.Escape(w.Column), Markup.Escape(w.Kind), Markup.Escape(w.Value ?? ""), $"{w.Rows:N0}", $"{w.FirstLine}");
            AnsiConsole.Write(table2);
            if (warnings.Count > shown)
                AnsiConsole.MarkupLineInterpolated($"[grey]{warnings.Count - shown:N0} rarer values are left out here; the warehouse's LoadWarning table (and the feed's LoadWarnings) lists them all.[/]");
            if (result.Unmapped.Count > 0)
                AnsiConsole.MarkupLineInterpolated($"[grey]{result.Unmapped.Count:N0} value(s) no mapping knew: `scorecard check <extract> --write-mapping mapping.csv` writes them to a file for you to fill in.[/]");
        }
        AnsiConsole.MarkupLineInterpolated($"Read {result.RowsRead:N0} = loaded {result.RowsLoaded:N0} + rejected {result.RowsRejected:N0}; loaded with warnings {result.RowsWithWarnings:N0}; in {result.Elapsed.TotalSeconds:N1} s.");
    }
}
