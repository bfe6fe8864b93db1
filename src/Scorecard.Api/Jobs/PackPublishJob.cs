using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Scorecard.Reports;
using Scorecard.Reports.Snapshot;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Api.Jobs;

/// <summary>A pack the job wrote in this run.</summary>
public sealed record PublishedPackOutcome(string Template, string Period, int PublishedPackId);

/// <summary>
/// build-packs: for each template, once its latest period has closed (the snapshot marks it complete), the pack for
/// that period is written under the packs folder (template/period/) and recorded as a <see cref="PublishedPack"/>,
/// which the feed lists and serves to the roles the template names. A period already published is not written again.
/// </summary>
public sealed class PackPublishJob(WarehouseContextFactory contexts, JobSettings settings, IOptions<JobOptions> options, JobRunLog runs, TimeProvider clock, ILogger<PackPublishJob> logger)
{
    public const string Id = "build-packs";

    public Task<IReadOnlyList<PublishedPackOutcome>> RunAsync(string trigger, CancellationToken ct) => runs.RunAsync(Id, trigger, async (progress, ct) =>
    {
        var names = options.Value.PackTemplates.Count > 0 ? options.Value.PackTemplates : settings.Packs.Available();
        // Every template is read first: a mistake in one stops the run before any pack is written.
        var templates = names.Select(settings.Packs.Load).ToList();
        var reader = new PackSnapshotReader(contexts);
        var written = new List<PublishedPackOutcome>();
        foreach (var template in templates)
        {
            var period = await reader.LatestCompletePeriodAsync(template, ct);
            await using var db = contexts.Create();
            if (await db.PublishedPacks.AnyAsync(p => p.TemplateName == template.Name && p.PeriodLabel == period, ct)) continue;

            var relative = Path.Combine(template.Name, PackText.FileLabel(period));
            var pack = await new BoardPackWriter(contexts).WriteAsync(template, period, Path.Combine(options.Value.PacksPath, relative), ct);
            var published = new PublishedPack
            {
                TemplateName = template.Name, Title = template.Title, PeriodLabel = pack.PeriodLabel,
                GeneratedAtUtc = clock.GetUtcNow().UtcDateTime,
                LoadBatchId = await db.MeasureRefreshes.Where(r => r.FinishedAtUtc != null).OrderByDescending(r => r.MeasureRefreshId).Select(r => (int?)r.UpToBatchId).FirstOrDefaultAsync(ct),
                // Relative, with '/' on every system: the feed never shows where the server keeps them.
                WorkbookFile = Path.GetRelativePath(options.Value.PacksPath, pack.WorkbookPath).Replace('\\', '/'),
                ChartsFile = Path.GetRelativePath(options.Value.PacksPath, pack.Charts.PdfPath).Replace('\\', '/'),
                Roles = "," + string.Join(",", template.Roles) + ",",
            };
            db.PublishedPacks.Add(published);
            // The unique (template, period) index is the last word if another process published it meanwhile.
            await db.SaveChangesAsync(ct);
            written.Add(new PublishedPackOutcome(template.Name, pack.PeriodLabel, published.PublishedPackId));
            logger.LogInformation("Pack {Template} {Period} written", template.Name, pack.PeriodLabel);
        }
        progress.ItemsLoaded = written.Count;
        progress.Message = written.Count == 0 ? "Every template's latest complete period was already published."
            : "Written: " + string.Join(", ", written.Select(w => $"{w.Template} {w.Period}")) + ".";
        return (IReadOnlyList<PublishedPackOutcome>)written;
    }, ct);
}
