using System.CommandLine;
using Scorecard.Reports.Benchmarks;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

/// <summary>`scorecard benchmarks import`: a newer DfE published file into the reference data the packs compare with.</summary>
public static class BenchmarkCommands
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "The DfE open-data CSV downloaded from explore-education-statistics (for EH10: the children in need table of referrals and re-referrals)." };
        var measure = new Option<string>("--measure", "-m") { Description = "The measure the file benchmarks.", DefaultValueFactory = _ => "EH10" };
        var dataDate = new Option<string?>("--data-date") { Description = "The date the data run to (default: 31 March of the file's latest reporting year)." };
        var folder = new Option<string?>("--folder") { Description = "Reference folder to update (default: the council's templates folder's reference/, else the one shipped beside the application)." };
        var import = new Command("import", "Check a newer DfE file and make it the one the packs read (nothing is fetched: download it first).") { file, measure, dataDate, folder };
        import.SetAction(ScorecardCli.Guarded((parse, settings, _) =>
        {
            var target = parse.GetValue(folder) is { Length: > 0 } given ? Path.GetFullPath(given)
                : settings.Packs.CouncilTemplates is { } council ? Path.Combine(council, DfeBenchmarks.FolderName)
                : DfeBenchmarks.ShippedFolder;
            var result = DfeBenchmarks.Import(Path.GetFullPath(parse.GetValue(file)!), target, parse.GetValue(measure)!, parse.GetValue(dataDate));
            AnsiConsole.MarkupLineInterpolated($"{result.Measure}: {result.File}, reporting years {result.FirstYear} to {result.LatestYear} (England {BenchmarkText.Figure(result.LatestEngland)} in {result.LatestYear}).");
            AnsiConsole.MarkupLineInterpolated($"  benchmarks  {Path.Combine(result.Folder, DfeBenchmarks.SettingsFileName)}");
            return Task.FromResult(0);
        }));
        return new Command("benchmarks", "DfE reference data the packs compare with (England, region, statistical neighbours).") { import };
    }
}
