using Spectre.Console;

namespace Scorecard.Cli.Tests;

/// <summary>Runs the real `scorecard` command in-process and captures what a user would see.</summary>
[CollectionDefinition(nameof(CliRunner), DisableParallelization = true)]
public sealed class CliRunner : IDisposable
{
    public CliRunner()
    {
        Folder = Directory.CreateTempSubdirectory("scorecard-cli-").FullName;
        DatabasePath = Path.Combine(Folder, "warehouse.db");
    }

    public string Folder { get; }
    /// <summary>The warehouse every command is pointed at (--database).</summary>
    public string DatabasePath { get; set; }

    /// <summary>Runs with the given key in the environment (null: no key configured), against this runner's SQLite file.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(string? key, params string[] args) => RunOnAsync(key, [.. args, "--database", DatabasePath]);

    /// <summary>Runs with the given key and exactly these arguments (say which warehouse with --provider and --database).</summary>
    public async Task<(int ExitCode, string Output)> RunOnAsync(string? key, params string[] args)
    {
        var previousKey = Environment.GetEnvironmentVariable("Scorecard__PseudonymisationKey");
        var previousFile = Environment.GetEnvironmentVariable("Scorecard__PseudonymisationKeyFile");
        Environment.SetEnvironmentVariable("Scorecard__PseudonymisationKey", key);
        // Never fall back to a developer's own key file.
        Environment.SetEnvironmentVariable("Scorecard__PseudonymisationKeyFile", Path.Combine(Folder, "no-such.key"));
        var writer = new StringWriter();
        var previousConsole = AnsiConsole.Console;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        AnsiConsole.Profile.Width = 200;
        try
        {
            var exit = await ScorecardCli.Build().Parse(args).InvokeAsync();
            return (exit, writer.ToString());
        }
        finally
        {
            AnsiConsole.Console = previousConsole;
            Environment.SetEnvironmentVariable("Scorecard__PseudonymisationKey", previousKey);
            Environment.SetEnvironmentVariable("Scorecard__PseudonymisationKeyFile", previousFile);
        }
    }

    public string WriteExtract(string name, params (string File, string Csv)[] files)
    {
        var dir = Path.Combine(Folder, name);
        Directory.CreateDirectory(dir);
        foreach (var (file, csv) in files) File.WriteAllText(Path.Combine(dir, file), csv);
        return dir;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, true); } catch (IOException) { }
    }
}
