using Scorecard.Benchmarks;
using Scorecard.Benchmarks.Load;
using Scorecard.Benchmarks.Refresh;
using Scorecard.Warehouse;
using Microsoft.Extensions.Configuration;

// Subcommands, chosen by the first argument. Add one by writing an IBenchmarkCommand and listing it here.
IBenchmarkCommand[] commands =
[
    new LoadBenchmarkCommand(),
    new LoadOnceCommand(),
    new SsdShapeBenchmarkCommand(),
    new CinCensusBenchmarkCommand(),
    new AnnexABenchmarkCommand(),
    new ReadOnlyCommand(),
    new RefreshBenchmarkCommand(),
    new RawBenchmarkCommand("odata", "MeasureValues page latency with 32 clients; EarlyHelpEpisodes export through nextLink against reading the database.", ODataBenchmark.RunAsync),
    new RawBenchmarkCommand(ODataBenchmark.DirectCommand, "(internal) one set's direct read in this process, in the SQLite mode given.", ODataBenchmark.DirectAsync) { Hidden = true },
    new RawBenchmarkCommand("soak", "The server with its jobs for 5 minutes: 16 feed clients reading while three extracts arrive in the inbox; failures, loads, final values, memory.", SoakBenchmark.RunAsync),
    new RawBenchmarkCommand("pack", "The Children's Trust pack for the large council: time from the refreshed snapshot to finished files, peak memory.", PackBenchmark.RunAsync),
];

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Usage(commands);
    return args.Length == 0 ? 2 : 0;
}

var command = commands.FirstOrDefault(c => string.Equals(c.Name, args[0], StringComparison.OrdinalIgnoreCase));
if (command is null)
{
    Console.Error.WriteLine($"Unknown benchmark '{args[0]}'.");
    Usage(commands);
    return 2;
}

// SQLite's threading mode as the command line sets it (Scorecard__Warehouse__SqliteMultiThread, on by default), for
// the benchmarks that run Scorecard's code in this process (load, refresh, pack). Not for odata, whose direct read is
// the database's own rate in SQLite's default mode (the server, a process of its own, sets its mode from its
// settings), nor for odata-direct, which sets the mode it is asked for.
if (command.Name is not ("odata" or ODataBenchmark.DirectCommand))
{
    var setting = Environment.GetEnvironmentVariable("Scorecard__Warehouse__SqliteMultiThread");
    WarehouseOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection([new("Scorecard:Warehouse:SqliteMultiThread", setting)]).Build());
    Console.WriteLine($"SQLite in {SqliteThreading.Mode} mode (Scorecard__Warehouse__SqliteMultiThread={setting ?? "unset, so true"}).");
}

if (command is RawBenchmarkCommand raw) return await raw.RunRawAsync(args[1..]);

try
{
    var options = BenchmarkArguments.Parse(args.AsSpan(1), command.Options);
    if (options.Has("help"))
    {
        Console.WriteLine($"{command.Name}: {command.Summary}");
        foreach (var o in command.Options) Console.WriteLine($"  --{o.Name,-12} {o.Description}");
        return 0;
    }
    // Ctrl+C cancels the run, so that its temp files are still deleted.
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    return await command.RunAsync(options, cancel.Token);
}
catch (BenchmarkUsageException e)
{
    Console.Error.WriteLine($"{command.Name}: {e.Message}");
    return 2;
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine($"{command.Name}: cancelled.");
    return 130;
}

static void Usage(IEnumerable<IBenchmarkCommand> commands)
{
    Console.WriteLine("Scorecard benchmarks. Run with: dotnet run -c Release --project tests/Scorecard.Benchmarks -- <benchmark> [options]");
    Console.WriteLine();
    foreach (var c in commands.Where(c => !c.Hidden)) Console.WriteLine($"  {c.Name,-10} {c.Summary}");
    Console.WriteLine();
    Console.WriteLine("Options of one benchmark: <benchmark> --help");
}
