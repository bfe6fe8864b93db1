using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Api.Health;

public static class HealthEndpoint
{
    /// <summary>
    /// GET /health, open to monitoring without credentials: is the warehouse reachable, and when did a load and a
    /// refresh last succeed. It says nothing about the data itself.
    /// </summary>
    public static IEndpointRouteBuilder MapScorecardHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (WarehouseContext db, WarehouseOptions options, ILoggerFactory logs, CancellationToken ct) =>
        {
            try
            {
                var load = await db.LoadBatches.Where(b => b.Status == LoadStatus.Succeeded)
                    .OrderByDescending(b => b.LoadBatchId)
                    .Select(b => new { b.LoadBatchId, b.SourceKind, b.FinishedAtUtc, RowsLoaded = b.RowsInserted + b.RowsUpdated + b.RowsUnchanged, b.RowsRejected })
                    .FirstOrDefaultAsync(ct);
                var refresh = await db.MeasureRefreshes.Where(r => r.FinishedAtUtc != null)
                    .OrderByDescending(r => r.MeasureRefreshId)
                    .Select(r => new { r.FinishedAtUtc, r.Kind, r.UpToBatchId })
                    .FirstOrDefaultAsync(ct);
                return Results.Json(new
                {
                    status = load is null ? "NoData" : "Healthy",
                    database = new { reachable = true, provider = options.Provider.ToString() },
                    lastSuccessfulLoad = load is null ? null : new
                    {
                        loadBatchId = load.LoadBatchId,
                        source = load.SourceKind,
                        finishedAtUtc = load.FinishedAtUtc is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : (DateTime?)null,
                        rowsLoaded = load.RowsLoaded,
                        rowsRejected = load.RowsRejected,
                    },
                    lastMeasureRefresh = refresh is null ? null : new
                    {
                        finishedAtUtc = refresh.FinishedAtUtc is { } r ? DateTime.SpecifyKind(r, DateTimeKind.Utc) : (DateTime?)null,
                        kind = refresh.Kind,
                        upToLoadBatchId = refresh.UpToBatchId,
                    },
                });
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                // The reason is logged for administrators; the caller learns only that the warehouse is down.
                logs.CreateLogger("Scorecard.Api.Health").LogError(e, "The warehouse is unreachable.");
                return Results.Json(new { status = "Unhealthy", database = new { reachable = false, provider = options.Provider.ToString() } }, statusCode: 503);
            }
        }).AllowAnonymous();
        return app;
    }
}
