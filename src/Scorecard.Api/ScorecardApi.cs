using Microsoft.AspNetCore.Authorization;
using Scorecard.Api.Feed;
using Scorecard.Api.Feed.Packs;
using Scorecard.Api.Health;
using Scorecard.Api.Jobs;
using Scorecard.Api.Landing;
using Scorecard.Api.Security;
using Scorecard.Api.Warehouse;

namespace Scorecard.Api;

/// <summary>
/// The feed host, feature by feature. Program.cs and `scorecard serve` both build it from here, so the
/// command and a standalone deployment serve exactly the same thing.
/// </summary>
public static class ScorecardApi
{
    public static WebApplicationBuilder AddScorecardApi(this WebApplicationBuilder builder)
    {
        // "Request starting GET https://host/odata/X?api_key=..." is logged before any middleware could remove
        // the key; our own request log says the same with the key blanked.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Server.Kestrel.BadRequests", LogLevel.Warning);
        builder.AddScorecardWarehouse();
        builder.AddScorecardSecurity();
        builder.AddScorecardOData();
        builder.AddScorecardJobs();
        builder.Services.Configure<AuthorizationOptions>(o =>
            // Anything not marked otherwise ($metadata, the service document, unknown paths) needs a signed-in role.
            o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireRole(FeedRoles.All).Build());
        return builder;
    }

    public static WebApplication UseScorecardApi(this WebApplication app)
    {
        // Before everything, so the feed's warm-up at start goes through all of it (FeedWarmUp).
        app.UseScorecardWarmUp();
        // Outermost, so it records the status actually sent, whatever answered.
        app.UseScorecardRequestLog();
        app.UseResponseCompression();
        app.UseScorecardErrors();
        app.UseStatusCodePages(FeedErrors.WriteStatusBodyAsync);
        app.UseScorecardRequestGuards();
        app.UseForwardedHeaders();
        app.UseScorecardPublicAddress();
        app.UseRouting();
        app.UseAuthentication();
        app.UseScorecardFailureLimit();
        app.UseAuthorization();
        app.UseRoleTrimmedMetadata();

        app.MapScorecardLandingPage();
        app.MapScorecardHealth();
        app.MapControllers();
        app.MapScorecardPackDownloads();
        app.MapScorecardJobs();
        return app;
    }
}
