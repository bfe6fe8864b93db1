using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Scorecard.Warehouse.Tests;

/// <summary>
/// SQLite's threading mode (Scorecard:Warehouse:SqliteMultiThread). This process set it when the test assembly loaded
/// (tests/SqliteModeAtStart.cs), from the environment as a host does from its settings: multi-thread unless
/// Scorecard__Warehouse__SqliteMultiThread=false. The mode with the setting off is checked in a process of its own
/// (the command line's tests), since a process has one mode for good.
/// </summary>
public sealed class SqliteThreadingTests
{
    private static SqliteThreadingMode Configured =>
        Environment.GetEnvironmentVariable("Scorecard__Warehouse__SqliteMultiThread")?.Trim().Equals("false", StringComparison.OrdinalIgnoreCase) == true
            ? SqliteThreadingMode.Serialized
            : SqliteThreadingMode.MultiThread;

    [Fact]
    public void AWarehouseConnection_IsInTheConfiguredMode_AskedOfSqliteItself()
    {
        using var warehouse = new TestWarehouse();
        using var db = warehouse.Open();
        db.Database.OpenConnection();
        // A serialized connection has a mutex of its own (sqlite3_db_mutex); a multi-thread one has none.
        SqliteThreading.ModeOf((SqliteConnection)db.Database.GetDbConnection()).ShouldBe(Configured);
        SqliteThreading.Mode.ShouldBe(Configured);
    }

    [Fact]
    public void AskingAgain_ChangesNothing_WhicheverWayItAsks()
    {
        // Only the first call decides: the settings of a host built later in the process (a test host with the
        // setting off, say) leave the mode as it is, and asking again is no error.
        SqliteThreading.Use(true).ShouldBe(Configured);
        SqliteThreading.Use(false).ShouldBe(Configured);
        WarehouseOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection([new("Scorecard:Warehouse:SqliteMultiThread", "false")]).Build())
            .SqliteMultiThread.ShouldBeFalse();
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        SqliteThreading.ModeOf(connection).ShouldBe(Configured);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("false", false)]
    [InlineData(" False ", false)]
    [InlineData("true", true)]
    public void TheSetting_IsOnUnlessSaidOtherwise(string? value, bool expected) =>
        WarehouseOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection([new("Scorecard:Warehouse:SqliteMultiThread", value)]).Build())
            .SqliteMultiThread.ShouldBe(expected);

    [Fact]
    public void TheSetting_RefusesAnythingButTrueOrFalse() =>
        Should.Throw<ArgumentException>(() => WarehouseOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection([new("Scorecard:Warehouse:SqliteMultiThread", "yes")]).Build()))
            .Message.ShouldContain("Scorecard:Warehouse:SqliteMultiThread is 'yes'");

    [Fact]
    public void TheOtherWarehouseSettings_AreReadFromTheSamePlace()
    {
        // PostgreSqlJit is documented as a setting (README); it is read here with the rest.
        var options = WarehouseOptions.FromConfiguration(new ConfigurationBuilder().AddInMemoryCollection([
            new("Scorecard:Warehouse:Provider", "postgresql"),
            new("ConnectionStrings:Warehouse", "Host=db;Database=scorecard"),
            new("Scorecard:Warehouse:PostgreSqlJit", "true"),
        ]).Build());
        options.Provider.ShouldBe(WarehouseProvider.PostgreSql);
        options.ConnectionString.ShouldBe("Host=db;Database=scorecard");
        options.PostgreSqlJit.ShouldBeTrue();
    }
}
