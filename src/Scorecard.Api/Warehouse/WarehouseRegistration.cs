using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Warehouse;

namespace Scorecard.Api.Warehouse;

public static class WarehouseRegistration
{
    /// <summary>
    /// The warehouse the CLI uses (Scorecard:Warehouse:Provider and ConnectionString; SQLite data/scorecard.db by
    /// default), opened read-only per request: the feed never writes, so nothing is tracked.
    /// </summary>
    public static IHostApplicationBuilder AddScorecardWarehouse(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Scorecard");
        var options = WarehouseOptions.FromConfiguration(builder.Configuration);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new WarehouseContextFactory(options));
        builder.Services.AddSingleton(section.GetSection("Measures").Get<MeasureOptions>() ?? new MeasureOptions());
        builder.Services.AddScoped(sp =>
        {
            var db = sp.GetRequiredService<WarehouseContextFactory>().Create();
            db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
            db.Database.SetCommandTimeout(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Feed.FeedLimits>>().Value.QueryTimeoutSeconds);
            return db;
        });
        return builder;
    }

    /// <summary>
    /// The embedded SQLite warehouse is created on first use, as the CLI does, so `scorecard serve` works on a fresh
    /// checkout. A server warehouse is migrated by `scorecard load`/`refresh`, not by the read-only feed.
    /// </summary>
    public static async Task PrepareScorecardWarehouseAsync(this IHost app)
    {
        var options = app.Services.GetRequiredService<WarehouseOptions>();
        if (options.Provider != WarehouseProvider.Sqlite) return;
        await using var db = app.Services.GetRequiredService<WarehouseContextFactory>().Create();
        await WarehouseDatabase.MigrateAsync(db);
        // Which mode SQLite is in, asked of a connection itself: the setting only says what was asked for (see SqliteThreading).
        await db.Database.OpenConnectionAsync();
        var mode = SqliteThreading.ModeOf((Microsoft.Data.Sqlite.SqliteConnection)db.Database.GetDbConnection());
        await db.Database.CloseConnectionAsync();
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(WarehouseRegistration).FullName!).LogInformation(
            "SQLite connections in {Mode} mode (Scorecard:Warehouse:SqliteMultiThread={Setting}).",
            mode switch { SqliteThreadingMode.MultiThread => "multi-thread", SqliteThreadingMode.Serialized => "serialized", _ => "an unknown" },
            options.SqliteMultiThread ? "true" : "false");
    }
}
