using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Api.Jobs;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Api.Health;

public static class HealthEndpoint
{
    /// <summary>
    /// GET /health, open to monitoring without credentials: is the warehouse reachable, when did a load, a refresh and
    /// a pack last succeed, and how did each job last end. While an inbox is watched, no successful load for longer
    /// than Scorecard:Jobs:LoadOverdueHours makes it unhealthy (503): the nightly extract has not arrived or not
    /// loaded. It says nothing about the data itself.
    /// </summary>
    public static IEndpointRouteBuilder MapScorecardHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (WarehouseContext db, WarehouseOptions options, IOptions<JobOptions> jobs, TimeProvider clock, ILoggerFactory logs, CancellationToken ct) =>
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
                var pack = await db.PublishedPacks.OrderByDescending(p => p.PublishedPackId)
                    .Select(p => new { p.TemplateName, p.PeriodLabel, p.GeneratedAtUtc }).FirstOrDefaultAsync(ct);
                var runs = await db.JobRuns.GroupBy(r => r.Job).Select(g => g.Max(r => r.JobRunId)).ToListAsync(ct);
                var lastRuns = await db.JobRuns.Where(r => runs.Contains(r.JobRunId)).OrderBy(r => r.Job)
                    .Select(r => new { job = r.Job, status = r.Status, startedAtUtc = r.StartedAtUtc, finishedAtUtc = r.FinishedAtUtc, message = r.Message })
                    .ToListAsync(ct);
                var now = clock.GetUtcNow().UtcDateTime;
                var overdueAfter = TimeSpan.FromHours(jobs.Value.LoadOverdueHours);
                var overdue = !string.IsNullOrWhiteSpace(jobs.Value.Inbox) && load?.FinishedAtUtc is { } last && now - last > overdueAfter;
                return Results.Json(new
                {
                    status = overdue ? "Unhealthy" : load is null ? "NoData" : "Healthy",
                    reason = overdue ? $"No extract has loaded for more than {jobs.Value.LoadOverdueHours:0.#} hours: look at the inbox's failed folder and the last load-extracts run." : null,
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
                    lastPublishedPack = pack is null ? null : new
                    {
                        template = pack.TemplateName,
                        period = pack.PeriodLabel,
                        generatedAtUtc = DateTime.SpecifyKind(pack.GeneratedAtUtc, DateTimeKind.Utc),
                    },
                    jobs = lastRuns.Select(r => new
                    {
                        r.job, r.status,
                        startedAtUtc = DateTime.SpecifyKind(r.startedAtUtc, DateTimeKind.Utc),
                        finishedAtUtc = r.finishedAtUtc is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : (DateTime?)null,
                        r.message,
                    }),
                }, statusCode: overdue ? 503 : 200);
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
