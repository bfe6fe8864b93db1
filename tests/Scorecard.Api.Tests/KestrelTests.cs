using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Scorecard.Api.Warehouse;

namespace Scorecard.Api.Tests;

/// <summary>
/// The host as `scorecard serve` builds it, on Kestrel on 127.0.0.1, with real sockets: what Power BI Desktop
/// talks to, and what a reverse proxy forwards to.
/// </summary>
[Collection(FeedCollection.Name)]
public class KestrelTests(FeedFixture feed) : IAsyncLifetime
{
    private WebApplication _app = null!;
    private Uri _address = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        // With the jobs on, so the dashboard and the job endpoints are there to be refused.
        builder.Configuration.AddInMemoryCollection(feed.Settings(jobs: true));
        // The proxy in front of the feed forwards from this machine: named, as a real one must be.
        builder.Configuration.AddInMemoryCollection([new("Scorecard:Api:TrustedProxies:0", "127.0.0.1")]);
        builder.Logging.ClearProviders().AddProvider(feed.Logs);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddScorecardApi();
        _app = builder.Build();
        _app.UseScorecardApi();
        await _app.PrepareScorecardWarehouseAsync();
        await _app.StartAsync();
        _address = new Uri(_app.Urls.Single());
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    private HttpClient Client(string? key = FeedFixture.AnalystKey)
    {
        var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(60) };
        PowerBi.Headers(client);
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    [Fact]
    public async Task PowerBiReplay_OverLoopback_MetadataThenASetThroughEveryNextLink()
    {
        _address.Host.ShouldBe("127.0.0.1");
        using var client = Client();
        (await client.GetAsync("/odata/$metadata")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var total = long.Parse(await client.GetStringAsync("/odata/MeasureValues/$count"), System.Globalization.CultureInfo.InvariantCulture);
        var export = await PowerBi.ReadAllAsync(client, "/odata/MeasureValues");
        export.Rows.Count.ShouldBe((int)total);
        export.NextLinks.ShouldAllBe(l => l.StartsWith($"{_address.ToString().TrimEnd('/')}/odata/MeasureValues?", StringComparison.Ordinal));
        (await Client(key: null).GetAsync("/odata/MeasureValues")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task BehindAProxy_NextLinksAndTheLandingPage_KeepThePublicSchemeAndHost()
    {
        using var client = Client();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "scorecard.northshire.gov.uk");
        client.DefaultRequestHeaders.Add("X-Forwarded-Prefix", "/performance");
        var page = await PowerBi.GetJsonAsync(client, "/odata/OutcomeScores");
        page.GetProperty("@odata.context").GetString().ShouldBe("https://scorecard.northshire.gov.uk/performance/odata/$metadata#OutcomeScores");
        page.GetProperty("@odata.nextLink").GetString()!.ShouldStartWith("https://scorecard.northshire.gov.uk/performance/odata/OutcomeScores?");
        (await client.GetStringAsync("/")).ShouldContain("OData.Feed(\"https://scorecard.northshire.gov.uk/performance/odata\"");
    }

    [Fact]
    public async Task JobsDashboardAndJobEndpoints_RefuseAllButAnAdmin_EvenFromLoopback()
    {
        // Hangfire's own default would let any request from this machine into the dashboard.
        _address.Host.ShouldBe("127.0.0.1");
        using var anonymous = Client(key: null);
        using var analyst = Client();
        using var admin = Client(FeedFixture.AdminKey);
        foreach (var path in new[] { "/jobs", "/jobs/recurring", "/jobs/runs" })
        {
            (await anonymous.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
            (await analyst.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            (await admin.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }
        foreach (var job in Scorecard.Api.Jobs.ScheduledJobs.Names)
        {
            (await anonymous.PostAsync($"/jobs/run/{job}", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, job);
            (await analyst.PostAsync($"/jobs/run/{job}", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, job);
        }
    }
}
