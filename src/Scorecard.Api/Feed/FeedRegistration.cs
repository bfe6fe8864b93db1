using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.OData;
using Microsoft.AspNetCore.OData.Abstracts;
using Microsoft.OData.Edm;
using Scorecard.Api.Feed.Records;
using Scorecard.Api.Security;

namespace Scorecard.Api.Feed;

public static class FeedRegistration
{
    public const string RoutePrefix = "odata";

    /// <summary>
    /// The OData feed at /odata: real OData routes (controllers per entity set, AddRouteComponents), UTC times,
    /// $count, server paging with nextLink, and the proxy headers that keep nextLinks on the public address.
    /// </summary>
    public static WebApplicationBuilder AddScorecardOData(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<FeedLimits>(builder.Configuration.GetSection(FeedLimits.Section));
        builder.Services.AddSingleton<FeedQuery>();
        builder.Services.Configure<FeedWarmUpOptions>(builder.Configuration.GetSection(FeedWarmUpOptions.Section));
        builder.Services.AddSingleton<FeedWarmUp>();
        builder.Services.AddScoped<DrillThroughService>();
        builder.Services.AddSingleton(new RoleModels());

        builder.Services.AddControllers()
            // Named, not discovered: hosted by the CLI or a test, the entry assembly is not this one, and
            // $metadata and the service document come from OData's own MetadataController.
            .AddApplicationPart(typeof(FeedModel).Assembly)
            .AddApplicationPart(typeof(Microsoft.AspNetCore.OData.Routing.Controllers.MetadataController).Assembly)
            .AddOData(o =>
            {
                // The System.Text.Json writer: Power BI reads whole sets page by page, and writing JSON is most of a
                // page's cost, so the faster writer is most of the feed's throughput.
                o.AddRouteComponents(RoutePrefix, FeedModel.Build(), services =>
                {
                    services.AddSingleton<Microsoft.OData.Json.IJsonWriterFactory>(_ => new Microsoft.OData.Json.ODataUtf8JsonWriterFactory(FeedPageWriter.Encoder));
                    // Plain pages are written by the feed's own writer; everything else still by the library's.
                    services.AddSingleton<Microsoft.AspNetCore.OData.Formatter.Serialization.ODataResourceSetSerializer, FeedPageWriter>();
                    services.AddSingleton<Microsoft.AspNetCore.OData.Query.Expressions.IFilterBinder, FeedFilterBinder>();
                });
                // Edm.DateTimeOffset values are written in UTC (the warehouse stores UTC), not the server's zone.
                o.TimeZone = TimeZoneInfo.Utc;
                // $skiptoken pages by key (WHERE key > last), so the last page of a large export costs what the first does.
                o.Select().Filter().OrderBy().Count().SkipToken().SetMaxTop(null);
                o.RouteOptions.EnableUnqualifiedOperationCall = true;
            });

        var trusted = builder.Configuration.GetSection($"{ApiOptions.Section}:TrustedProxies").Get<List<string>>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind IIS, nginx or an Azure front door, nextLink and the landing page must show the address Power BI
            // used (https://scorecard.council.gov.uk/odata), not the one Kestrel listens on. Only the proxies named in
            // Scorecard:Api:TrustedProxies are believed: not even loopback by default, since anything on this machine
            // (or a tunnel) could otherwise choose the host every link points at.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost | ForwardedHeaders.XForwardedPrefix;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in trusted) o.KnownProxies.Add(IPAddress.Parse(proxy));
        });

        // Power BI sends Accept-Encoding: gzip, deflate; pages of JSON shrink ten-fold. Fastest: the feed's own time
        // matters more than the last few per cent of bytes. Over HTTPS too: no response carries a secret to guess at.
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["application/json", "application/xml", "text/plain", "text/html"];
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);

        // Long addresses get the feed's own 414 (with an OData error) instead of Kestrel's bare one.
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestLineSize = 64 * 1024);
        return builder;
    }

    /// <summary>
    /// $metadata and the service document list only the sets the caller may read. The routes themselves use the
    /// whole model; the types are the same, so a page of a set reads the same either way.
    /// </summary>
    public static IApplicationBuilder UseRoleTrimmedMetadata(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value?.TrimEnd('/') ?? "";
            if (path.Equals($"/{RoutePrefix}", StringComparison.OrdinalIgnoreCase) || path.Equals($"/{RoutePrefix}/$metadata", StringComparison.OrdinalIgnoreCase))
            {
                var feature = context.Features.Get<IODataFeature>();
                if (feature is not null) feature.Model = context.RequestServices.GetRequiredService<RoleModels>().For(context.User);
            }
            return next(context);
        });

    internal sealed class RoleModels
    {
        private readonly IEdmModel _board = FeedModel.ForPolicies(p => p == FeedPolicies.Scorecard);
        private readonly IEdmModel _qualityAssurance = FeedModel.ForPolicies(p => p is FeedPolicies.Scorecard or FeedPolicies.CaseAudits);
        private readonly IEdmModel _all = FeedModel.Build();

        public IEdmModel For(System.Security.Claims.ClaimsPrincipal user) =>
            FeedPolicies.RolesFor(FeedPolicies.Records).Any(user.IsInRole) ? _all
            : FeedPolicies.RolesFor(FeedPolicies.CaseAudits).Any(user.IsInRole) ? _qualityAssurance
            : _board;
    }
}
