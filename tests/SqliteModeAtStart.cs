using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Scorecard.Warehouse;

namespace Scorecard.TestSupport;

/// <summary>
/// Compiled into every test project (tests/Directory.Build.props). A test process opens SQLite connections long before
/// any host in it reads its settings, so SQLite's threading mode is set here, when the test assembly loads, as the
/// command line and the feed's host set it when they start: the suite runs in the mode councils run in (multi-thread
/// unless Scorecard__Warehouse__SqliteMultiThread=false is in the environment).
/// </summary>
internal static class SqliteModeAtStart
{
    [ModuleInitializer]
    internal static void Set() => WarehouseOptions.FromConfiguration(new ConfigurationBuilder()
        .AddInMemoryCollection([new("Scorecard:Warehouse:SqliteMultiThread", Environment.GetEnvironmentVariable("Scorecard__Warehouse__SqliteMultiThread"))])
        .Build());
}
