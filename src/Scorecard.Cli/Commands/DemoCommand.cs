using System.CommandLine;
using Scorecard.Etl.Loading;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

/// <summary>The whole job on the embedded default: synthetic council, load, and what later stages add.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var dirty = new Option<double>("--dirty") { Description = "Share of extra bad rows in the synthetic extract, to show rejects.", DefaultValueFactory = _ => 0.01 };
        var command = new Command("demo", "Generate a synthetic council, load it into the warehouse (data/scorecard.db), compute the measures and print the scorecard.")
        {
            GenerateCommand.Children, GenerateCommand.Seed, dirty,
        };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            AnsiConsole.Write(new Rule("[bold]Scorecard demo[/]").LeftJustified());
            // The demo may make its own key file (data/scorecard.key, git-ignored); real loads need a configured key.
            settings.ResolvePseudonymiser(createKeyFileIfMissing: true);

            AnsiConsole.Write(new Rule("1. Generate a synthetic council").LeftJustified());
            var extract = GenerateCommand.Generate(Path.Combine("data", "extract"), parse.GetValue(GenerateCommand.Children), parse.GetValue(GenerateCommand.Seed), parse.GetValue(dirty));

            AnsiConsole.Write(new Rule("2. Load it into the warehouse").LeftJustified());
            // The synthetic council's own name heads its hierarchy. A demo of another size replaces the council an
            // earlier demo loaded, so its records are all "deleted at source": that is expected here, not a mistake.
            var result = await LoadCommands.RunLoadAsync(settings, extract.Folder, new LoadOptions
            {
                AuthorityName = new SampleData.SyntheticCouncilOptions().AuthorityName, Deletions = settings.Deletions, AllowMassDelete = true,
            }, ct);
            if (!result.Succeeded) return 1;
            var mismatches = result.Tables
                .Where(t => t.RowsRead != extract.RowsPerTable.GetValueOrDefault(t.Table) || t.RowsRejected != extract.RejectedRows(t.Table)
                    || t.RowsWithWarnings != extract.WarnedRowsPerTable.GetValueOrDefault(t.Table))
                .Select(t => t.Table).ToList();
            if (mismatches.Count == 0)
                AnsiConsole.MarkupLineInterpolated($"[green]Counts match the generated extract:[/] every file's rows were read; of the {extract.DirtyRowsPerTable.Values.Sum():N0} bad rows it planted, the {extract.WarnedRowsPerTable.Values.Sum():N0} with an odd optional value loaded with a warning and the rest were rejected.");
            else
                AnsiConsole.MarkupLineInterpolated($"[red]Counts differ from the generated extract in:[/] {string.Join(", ", mismatches)}");
            AnsiConsole.MarkupLineInterpolated($"Warehouse: {settings.Warehouse.Provider} {Markup.Escape(DescribeDatabase(settings))}");
            if (mismatches.Count > 0) return 1;

            AnsiConsole.Write(new Rule("3. Compute the measures").LeftJustified());
            await MeasureCommands.RunRefreshAsync(settings, Measures.Snapshot.RefreshMode.Incremental, ct);

            AnsiConsole.Write(new Rule("4. The scorecard").LeftJustified());
            await MeasureCommands.PrintScorecardAsync(settings, ct: ct);

            AnsiConsole.Write(new Rule("5. Write the board packs").LeftJustified());
            foreach (var name in Reports.Templates.PackTemplateReader.Shipped)
                await PackCommand.WriteAsync(settings, settings.Packs.Load(name), null, "out", ct);

            AnsiConsole.Write(new Rule("6. Connect Power BI").LeftJustified());
            AnsiConsole.MarkupLine("Create a key for Power BI (shown once; the feed keeps only its hash), set the lines it prints, then serve the feed:");
            AnsiConsole.MarkupLine("  [bold]dotnet run --project src/Scorecard.Cli -- api-key new --role Analyst --name \"Power BI\"[/]");
            AnsiConsole.MarkupLine("  [bold]dotnet run --project src/Scorecard.Cli -- serve[/]   (OData feed at http://127.0.0.1:5080/odata; see README \"Connect Power BI\")");
            return 0;
        }));
        return command;
    }

    private static string DescribeDatabase(ScorecardSettings settings) =>
        settings.Warehouse.Provider == Warehouse.WarehouseProvider.Sqlite
            ? Path.GetFullPath(settings.Warehouse.ConnectionString ?? Warehouse.WarehouseOptions.DefaultSqlitePath)
            : "(connection string from configuration)";
}
