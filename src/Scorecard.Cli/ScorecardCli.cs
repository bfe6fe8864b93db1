using System.CommandLine;
using Scorecard.Cli.Commands;
using Spectre.Console;

namespace Scorecard.Cli;

/// <summary>The `scorecard` command: one subcommand per job, options shared through <see cref="GlobalOptions"/>.</summary>
public static class ScorecardCli
{
    public static RootCommand Build()
    {
        // Logs and CI capture output without a terminal, where Spectre would assume 80 columns and wrap every table.
        if (Console.IsOutputRedirected) AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 140);
        var root = new RootCommand("Scorecard: early help performance warehouse, measures and board packs for children's services.");
        foreach (var option in GlobalOptions.All) root.Add(option);
        root.Add(DemoCommand.Create());
        root.Add(GenerateCommand.Create());
        root.Add(LoadCommands.CreateCheck());
        root.Add(LoadCommands.CreateLoad());
        root.Add(MeasureCommands.CreateRefresh());
        root.Add(MeasureCommands.CreateExplain());
        root.Add(MeasureCommands.CreateShow());
        root.Add(ContractCommand.Create());
        root.Add(MeasuresDocumentCommand.Create());
        root.Add(KeyCommands.Create());
        root.Add(PackCommand.Create());
        root.Add(BenchmarkCommands.Create());
        root.Add(ServeCommand.Create());
        root.Add(HostCommands.CreateWorker());
        root.Add(HostCommands.CreateJobs());
        root.Add(ApiKeyCommands.Create());
        return root;
    }

    /// <summary>Runs a command body; errors the user can act on are printed as one sentence, not a stack trace.</summary>
    public static Func<ParseResult, CancellationToken, Task<int>> Guarded(Func<ParseResult, ScorecardSettings, CancellationToken, Task<int>> body) =>
        async (parse, ct) =>
        {
            ScorecardSettings? settings = null;
            try
            {
                settings = ScorecardSettings.Load(parse.GetValue(GlobalOptions.Provider), parse.GetValue(GlobalOptions.Database));
                return await body(parse, settings, ct);
            }
            catch (OperationCanceledException)
            {
                AnsiConsole.MarkupLine("[yellow]Cancelled.[/]");
                return 130;
            }
            catch (Exception e) when (Warehouse.WarehouseErrors.IsDatabaseError(e))
            {
                // A database's own error numbers and words ("SQLite Error 14") mean nothing to a BI officer.
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {Warehouse.WarehouseErrors.Describe(e, settings?.Warehouse)}");
                if (Environment.GetEnvironmentVariable("SCORECARD_DEBUG") == "1") AnsiConsole.WriteLine(e.ToString());
                return 1;
            }
            catch (Exception e) when (e is CliException or ArgumentException or Etl.Sources.ExtractStructureException or Etl.Mapping.MappingFileException or InvalidOperationException or IOException or InvalidDataException or FormatException or NotSupportedException)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
                if (Environment.GetEnvironmentVariable("SCORECARD_DEBUG") == "1") AnsiConsole.WriteLine(e.ToString());
                return 1;
            }
        };
}

/// <summary>Options every command understands.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Database = new("--database", "-d")
    {
        Description = "SQLite file path, or a connection string for SQL Server / PostgreSQL (default: data/scorecard.db).",
        Recursive = true,
    };

    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "Warehouse provider: sqlite (default), postgresql or sqlserver.",
        Recursive = true,
    };

    public static IEnumerable<Option> All => [Database, Provider];
}
