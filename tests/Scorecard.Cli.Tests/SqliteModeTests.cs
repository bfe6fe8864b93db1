using System.Diagnostics;

namespace Scorecard.Cli.Tests;

/// <summary>
/// SQLite's threading mode is the process's for good, so it is checked here in `scorecard serve` processes of their
/// own, each started with the setting one way: the feed logs the mode SQLite reports for its own connection.
/// </summary>
public sealed class SqliteModeTests
{
    [Theory]
    [InlineData(null, "multi-thread")]
    [InlineData("false", "serialized")]
    [InlineData("true", "multi-thread")]
    public async Task Serve_OpensItsConnectionsInTheConfiguredMode(string? setting, string mode)
    {
        var folder = Directory.CreateTempSubdirectory("scorecard-sqlite-mode-").FullName;
        var cli = Path.Combine(AppContext.BaseDirectory, "scorecard.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "--database", Path.Combine(folder, "warehouse.db"), "serve", "--urls", "http://127.0.0.1:0"])
        {
            UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder,
        };
        start.Environment["Scorecard__Api__WarmUp__Pages"] = "0";
        start.Environment["Scorecard__Jobs__Enabled"] = "false";
        start.Environment.Remove("Scorecard__Warehouse__SqliteMultiThread");
        if (setting is not null) start.Environment["Scorecard__Warehouse__SqliteMultiThread"] = setting;
        var said = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var serve = Process.Start(start)!;
        try
        {
            serve.OutputDataReceived += (_, e) => { if (e.Data?.Contains("SQLite connections in", StringComparison.Ordinal) == true) said.TrySetResult(e.Data); };
            serve.BeginOutputReadLine();
            serve.BeginErrorReadLine();
            var line = await said.Task.WaitAsync(TimeSpan.FromSeconds(90));
            line.ShouldContain($"SQLite connections in {mode} mode");
        }
        finally
        {
            if (!serve.HasExited) serve.Kill(entireProcessTree: true);
            await serve.WaitForExitAsync();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
