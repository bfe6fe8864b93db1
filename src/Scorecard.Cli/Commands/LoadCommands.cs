using System.CommandLine;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Sources;
using Scorecard.Etl.Sources.Csv;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

public static class LoadCommands
{
    private static readonly Argument<string> Extract = new("extract") { Description = "A folder or .zip of extract CSV files (see docs/extract-contract.md), a CIN census XML return or an Annex A workbook (see docs/sources.md)." };

    private static readonly Option<string?> MappingFile = new("--mapping")
    {
        Description = "Your mapping file: your case system's words to Scorecard codes (default: Scorecard:MappingFile in configuration). Write a starter with check --write-mapping.",
    };

    private static readonly Option<string?> Encoding = new("--encoding")
    {
        Description = "The encoding the files were saved in when it is not UTF-8, e.g. windows-1252 for an older Windows export (a byte order mark still wins).",
    };

    private static readonly Option<string?> Format = new("--format")
    {
        Description = "What the extract is, when recognising it from its content is not wanted: ssd (a folder or zip of SSD CSV files), cin-census (a CIN census XML return) or annex-a (an Ofsted Annex A workbook).",
    };

    /// <summary>The --format option as the loader takes it; an unknown word is a sentence, not a stack trace.</summary>
    private static SourceFormat FormatOf(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" => SourceFormat.Recognise,
        "ssd" => SourceFormat.Ssd,
        "cin-census" or "cin" => SourceFormat.CinCensus,
        "annex-a" or "annexa" => SourceFormat.AnnexA,
        _ => throw new CliException($"--format {text}: expected ssd, cin-census or annex-a."),
    };

    public static Command CreateLoad()
    {
        var allowMassDelete = new Option<bool>("--allow-mass-delete")
        {
            Description = "Let this load delete more than the configured share (default 10%) of a table's records, when the case system really deleted them.",
        };
        var command = new Command("load", "Load an extract into the warehouse: unusable rows are rejected with reasons, odd optional values load as unknown with a warning, records deleted at source are archived, all in one transaction.")
        {
            Extract, Encoding, allowMassDelete, MappingFile, Format,
        };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var mapping = LoadMapping(settings, parse.GetValue(MappingFile));
            var results = await RunLoadEachAsync(settings, parse.GetValue(Extract)!, new LoadOptions
            {
                AuthorityName = settings.AuthorityName, Encoding = TextEncodings.Resolve(parse.GetValue(Encoding)),
                Deletions = settings.Deletions, AllowMassDelete = parse.GetValue(allowMassDelete), Mapping = mapping, Format = FormatOf(parse.GetValue(Format)),
            }, ct);
            return results.All(r => r.Succeeded) ? 0 : 1;
        }));
        return command;
    }

    public static Command CreateCheck()
    {
        var writeMapping = new Option<string?>("--write-mapping")
        {
            Description = "Write a starter mapping file here: every value no mapping knew, with counts, ready for you to fill in. The only file check writes.",
        };
        var command = new Command("check", "Validate an extract against the warehouse and print a data-quality report. Changes nothing: the warehouse is opened read-only, and none is created.")
        {
            Extract, Encoding, MappingFile, writeMapping, Format,
        };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var mapping = LoadMapping(settings, parse.GetValue(MappingFile));
            var results = await RunLoadEachAsync(settings, parse.GetValue(Extract)!, new LoadOptions
            {
                DryRun = true, AuthorityName = settings.AuthorityName, Encoding = TextEncodings.Resolve(parse.GetValue(Encoding)), Deletions = settings.Deletions,
                Mapping = mapping, Format = FormatOf(parse.GetValue(Format)),
            }, ct);
            var succeeded = results.All(r => r.Succeeded);
            if (succeeded) AnsiConsole.MarkupLine("[grey]Checked only: the warehouse was not changed.[/]");
            if (succeeded && parse.GetValue(writeMapping) is { } starter)
            {
                var unmapped = results.SelectMany(r => r.Unmapped).ToList();
                mapping.WriteStarter(starter, unmapped);
                AnsiConsole.MarkupLineInterpolated($"Wrote {Path.GetFullPath(starter)}: {unmapped.Count:N0} value(s) to map. Fill in the code column, then load with [bold]--mapping {starter}[/].");
            }
            return succeeded ? 0 : 1;
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

    /// <summary>Loads (or checks) one extract of one source, with a progress bar, and prints its report.</summary>
    public static async Task<LoadResult> RunLoadAsync(ScorecardSettings settings, string path, LoadOptions options, CancellationToken ct) =>
        (await RunAsync(settings, options, async (loader, o) => (IReadOnlyList<LoadResult>)[await loader.LoadAsync(path, o, ct)])).Single();

    /// <summary>
    /// Loads (or checks) a path that may mix sources (SSD files, CIN census returns, Annex A workbooks): one extract per
    /// source, each reported on its own, and which succeeded.
    /// </summary>
    public static async Task<IReadOnlyList<LoadResult>> RunLoadEachAsync(ScorecardSettings settings, string path, LoadOptions options, CancellationToken ct)
    {
        var results = await RunAsync(settings, options, (loader, o) => loader.LoadEachSourceAsync(path, o, ct));
        if (results.Count > 1)
            AnsiConsole.MarkupLineInterpolated($"{results.Count} sources, each its own {(options.DryRun ? "check" : "batch")}: {string.Join("; ", results.Select(r => $"{Path.GetFileName(r.SourceName)} {(r.Succeeded ? (options.DryRun ? "checked" : r.Status.ToString().ToLowerInvariant()) : "FAILED")}"))}.");
        return results;
    }

    private static async Task<IReadOnlyList<LoadResult>> RunAsync(ScorecardSettings settings, LoadOptions options, Func<ExtractLoader, LoadOptions, Task<IReadOnlyList<LoadResult>>> run)
    {
        var pseudonymiser = settings.ResolvePseudonymiser(createKeyFileIfMissing: false);
        var loader = new ExtractLoader(new WarehouseContextFactory(settings.Warehouse), pseudonymiser);
        IReadOnlyList<LoadResult> results = [];
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
                results = await run(loader, new LoadOptions
                {
                    DryRun = options.DryRun, AuthorityName = options.AuthorityName, Progress = progress, Encoding = options.Encoding,
                    Deletions = options.Deletions, AllowMassDelete = options.AllowMassDelete, Mapping = options.Mapping, Format = options.Format,
                });
                task.Value = 1;
            });
        foreach (var result in results) Render(result, options.DryRun);
        return results;
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
        if (result.Source is { } source) AnsiConsole.MarkupLineInterpolated($"Recognised: {source}");
        var deletions = result.Tables.Any(t => t.RowsDeleted > 0 || t.DependentsDeleted.Count > 0);
        var title = check ? $"Check: {result.SourceName}"
            : result.Status == Warehouse.Integration.LoadStatus.Skipped ? $"Nothing changed: {result.SourceName}"
            : $"Batch {result.BatchId}: {result.SourceName}";
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumns("File", "Read", "Inserted", "Updated", "Unchanged", "Rejected", "Loaded with warnings");
        if (deletions) table.AddColumn("Deleted at source");
        foreach (var c in table.Columns.Skip(1)) c.RightAligned();
        foreach (var t in result.Tables)
        {
            var cells = new List<string> { Markup.Escape(t.FileName ?? t.Table), $"{t.RowsRead:N0}", $"{t.RowsInserted:N0}", $"{t.RowsUpdated:N0}", $"{t.RowsUnchanged:N0}",
                t.RowsRejected == 0 ? "0" : $"[red]{t.RowsRejected:N0}[/]", t.RowsWithWarnings == 0 ? "0" : $"[yellow]{t.RowsWithWarnings:N0}[/]" };
            if (deletions) cells.Add(t.RowsDeleted == 0 ? "0" : $"[yellow]{t.RowsDeleted:N0}[/]");
            table.AddRow(cells.ToArray());
        }
        var total = new List<string> { "[bold]Total[/]", $"[bold]{result.RowsRead:N0}[/]", $"[bold]{result.RowsInserted:N0}[/]", $"[bold]{result.RowsUpdated:N0}[/]",
            $"[bold]{result.Tables.Sum(t => t.RowsUnchanged):N0}[/]", $"[bold]{result.RowsRejected:N0}[/]", $"[bold]{result.RowsWithWarnings:N0}[/]" };
        if (deletions) total.Add($"[bold]{result.Tables.Sum(t => t.RowsDeleted):N0}[/]");
        table.AddRow(total.ToArray());
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
        if (result.Unmapped.Count > 0)
            AnsiConsole.MarkupLineInterpolated($"[grey]{result.Unmapped.Count:N0} value(s) no mapping knew: `scorecard check <extract> --write-mapping mapping.csv` writes them to a file for you to fill in.[/]");
        if (result.RowsMatched > 0)
        {
            var reloaded = result.RowsMatched - result.RowsMatchedOtherSource;
            AnsiConsole.MarkupLineInterpolated($"{result.RowsMatched:N0} record(s) matched records already in the warehouse: {result.RowsMatchedOtherSource:N0} last loaded from another source (the same records, which sources overlap on), {reloaded:N0} from an earlier load of this source; {(check ? "a load would update them" : "updated")} in place, not counted twice.");
        }
        AnsiConsole.MarkupLineInterpolated($"Read {result.RowsRead:N0} = loaded {result.RowsLoaded:N0} + rejected {result.RowsRejected:N0}; loaded with warnings {result.RowsWithWarnings:N0}; in {result.Elapsed.TotalSeconds:N1} s.");
    }

    /// <summary>
    /// What cost no row: odd values in a column, as a table (the most frequent first; the warehouse's LoadWarning
    /// table and the feed's LoadWarnings list them all), then what concerns a whole file or the extract, in words.
    /// </summary>
    private static void RenderWarnings(LoadResult result)
    {
        const int shown = 40;
        var values = result.Warnings.Where(w => w.ColumnName is not null).ToList();
        if (values.Count > 0)
        {
            var table = new Table().Border(TableBorder.Simple).Title("Loaded with warnings: optional values loaded as unknown (data quality)");
            table.AddColumns("File", "Column", "What", "Value", "Rows", "First line");
            foreach (var w in values.OrderByDescending(w => w.Rows).Take(shown))
                table.AddRow(Markup.Escape(Path.GetFileName(w.FileName)), Markup.Escape(w.ColumnName!), Markup.Escape(w.Kind), Markup.Escape(w.Value ?? ""), $"{w.Rows:N0}",
                    w.FirstLine?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
            AnsiConsole.Write(table);
            if (values.Count > shown)
                AnsiConsole.MarkupLineInterpolated($"[grey]{values.Count - shown:N0} rarer values are left out here; the warehouse's LoadWarning table (and the feed's LoadWarnings) lists them all.[/]");
        }
        foreach (var w in result.Warnings.Where(w => w.ColumnName is null))
            AnsiConsole.MarkupLineInterpolated($"[yellow]Warning:[/] {w.Message}");
    }
}
