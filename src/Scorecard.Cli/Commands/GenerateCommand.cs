using System.CommandLine;
using System.Diagnostics;
using Scorecard.SampleData;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

public static class GenerateCommand
{
    public static readonly Option<int> Children = new("--children") { Description = "Children in the synthetic council (rows grow in proportion).", DefaultValueFactory = _ => 12000 };
    public static readonly Option<int> Seed = new("--seed") { Description = "Random seed: the same seed gives the same extract.", DefaultValueFactory = _ => 20240401 };
    public static readonly Option<double> Dirty = new("--dirty") { Description = "Share of extra bad rows to add (0.01 = about one in a hundred), to see rejects.", DefaultValueFactory = _ => 0 };

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder to write the extract CSV files to.", DefaultValueFactory = _ => "data/extract" };
        var shape = new Option<string>("--shape")
        {
            Description = "canonical (Scorecard's own extract, the default) or ssd-systemc (the same council as the SSD 1.4.5 SystemC/Liquidlogic deployment writes it, exported from SQL Server).",
            DefaultValueFactory = _ => "canonical",
        };
        shape.AcceptOnlyFromAmong("canonical", "ssd-systemc");
        var command = new Command("generate", "Write a synthetic council's extract (SSD-shaped CSV files; no real data).") { output, Children, Seed, Dirty, shape };
        command.SetAction(ScorecardCli.Guarded((parse, _, _) =>
        {
            var generated = Generate(parse.GetValue(output)!, parse.GetValue(Children), parse.GetValue(Seed), parse.GetValue(Dirty),
                parse.GetValue(shape) == "ssd-systemc" ? ExtractShape.SsdSystemC : ExtractShape.Canonical);
            Render(generated);
            return Task.FromResult(0);
        }));
        return command;
    }

    public static GeneratedExtract Generate(string folder, int children, int seed, double dirty, ExtractShape shape = ExtractShape.Canonical)
    {
        if (children < 10) throw new CliException("--children must be at least 10.");
        if (dirty is < 0 or > 0.5) throw new CliException("--dirty must be between 0 and 0.5.");
        var clock = Stopwatch.StartNew();
        // A stale file from an earlier, larger run must not leak into this extract.
        if (Directory.Exists(folder))
            foreach (var f in Directory.EnumerateFiles(folder, "*.csv")) File.Delete(f);
        GeneratedExtract? generated = null;
        AnsiConsole.Status().Start($"Generating a synthetic council of {children:N0} children...", _ =>
            generated = new SyntheticCouncilGenerator(new SyntheticCouncilOptions { Children = children, Seed = seed, DirtyShare = dirty, Shape = shape }).Write(folder));
        AnsiConsole.MarkupLineInterpolated($"Generated {generated!.TotalRows:N0} rows in {generated.RowsPerTable.Count} files into {Path.GetFullPath(folder)} in {clock.Elapsed.TotalSeconds:N1} s.");
        return generated;
    }

    private static void Render(GeneratedExtract generated)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("File", "Rows", "Of which bad", "of them loading with a warning");
        foreach (var (name, rows) in generated.RowsPerTable)
            table.AddRow(name + ".csv", $"{rows:N0}", $"{generated.DirtyRowsPerTable.GetValueOrDefault(name):N0}", $"{generated.WarnedRowsPerTable.GetValueOrDefault(name):N0}");
        AnsiConsole.Write(table);
    }
}
