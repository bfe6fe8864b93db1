using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Scorecard.Api.Jobs;
using Scorecard.Api.Security;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Api.Feed.Packs;

[Description("A board pack the scheduled job published: its template, period, when it was made, and links that download it (for the roles the template names).")]
public sealed class PackRow : IOpenRow
{
    [Description("Pack number.")] public int PackId { get; set; }
    [Description("The template it was made from (childrens-trust-quarterly, ...).")] public string Template { get; set; } = "";
    [Description("The pack's title.")] public string Title { get; set; } = "";
    [Description("The period it reports (2026-27 Q2, 2026-09).")] public string Period { get; set; } = "";
    [Description("When it was made (UTC).")] public DateTime GeneratedAtUtc { get; set; }
    [Description("The last load the measures it shows had seen.")] public int? LoadBatchId { get; set; }
    [Description("Downloads the Excel workbook.")] public string WorkbookLink { get; set; } = "";
    [Description("Downloads the charts as a PDF.")] public string ChartsLink { get; set; } = "";

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

/// <summary>Only the packs the caller's roles may download are listed; the links carry no server path.</summary>
internal static class PackQueries
{
    public const string DownloadPath = "/packs";

    public static IQueryable<PackRow> Packs(WarehouseContext db, ClaimsPrincipal user, string linkBase)
    {
        // Roles are stored as ",Board,Analyst,": one LIKE per role, on any provider. A role the caller does not hold
        // becomes a control character no stored list contains, so the query keeps one shape.
        var roles = FeedRoles.All.Select(r => user.IsInRole(r) ? $",{r}," : "\u0001").ToArray();
        string r0 = roles[0], r1 = roles[1], r2 = roles[2], r3 = roles[3];
        var prefix = linkBase.TrimEnd('/') + DownloadPath + "/";
        return db.PublishedPacks
            .Where(p => p.Roles.Contains(r0) || p.Roles.Contains(r1) || p.Roles.Contains(r2) || p.Roles.Contains(r3))
            .Select(p => new PackRow
            {
                PackId = p.PublishedPackId, Template = p.TemplateName, Title = p.Title, Period = p.PeriodLabel, GeneratedAtUtc = p.GeneratedAtUtc,
                LoadBatchId = p.LoadBatchId, WorkbookLink = prefix + p.PublishedPackId.ToString() + "/workbook", ChartsLink = prefix + p.PublishedPackId.ToString() + "/charts",
            });
    }

    public static bool MayDownload(PublishedPack pack, ClaimsPrincipal user) =>
        FeedRoles.All.Any(r => user.IsInRole(r) && pack.Roles.Contains($",{r},", StringComparison.Ordinal));

    /// <summary>GET /packs/{id}/workbook and /packs/{id}/charts: the file, for a role the template names; 403 for any other.</summary>
    public static IEndpointRouteBuilder MapScorecardPackDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet($"{DownloadPath}/{{id:int}}/{{file}}", async (int id, string file, HttpContext http, WarehouseContext db, IOptions<JobOptions> jobs, CancellationToken ct) =>
        {
            var pack = await db.PublishedPacks.FindAsync([id], ct);
            if (pack is null || file is not ("workbook" or "charts")) return Results.NotFound();
            if (!MayDownload(pack, http.User)) return Results.Forbid();
            var root = Path.GetFullPath(jobs.Value.PacksPath);
            var path = Path.GetFullPath(Path.Combine(root, file == "workbook" ? pack.WorkbookFile : pack.ChartsFile));
            // The stored path is relative to the packs folder and must stay inside it.
            if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(path)) return Results.NotFound();
            return Results.File(path, file == "workbook" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/pdf", Path.GetFileName(path));
        }).RequireAuthorization(new AuthorizeAttribute { Roles = string.Join(",", FeedRoles.All) });
        return app;
    }
}

[Authorize(Policy = FeedPolicies.Scorecard)]
public sealed class PacksController(WarehouseContext db, FeedQuery query) : FeedController<PackRow, int>(query)
{
    protected override IQueryable<PackRow> Rows() => PackQueries.Packs(db, User, $"{Request.Scheme}://{Request.Host}{Request.PathBase}");
}
