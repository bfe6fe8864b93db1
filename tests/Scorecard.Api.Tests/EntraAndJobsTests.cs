using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using Scorecard.Api.Jobs;

namespace Scorecard.Api.Tests;

/// <summary>Power BI's "Organizational account" credential (Entra ID bearer tokens) and the jobs dashboard.</summary>
[Collection(FeedCollection.Name)]
public class EntraAndJobsTests(FeedFixture feed)
{
    private const string Tenant = "11111111-2222-3333-4444-555555555555";
    private const string Audience = "https://scorecard.northshire.gov.uk";
    private static readonly SymmetricSecurityKey SigningKey = new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> EntraFeed() => feed.CreateFactory(
        new Dictionary<string, string?> { ["Scorecard:Api:Entra:TenantId"] = Tenant, ["Scorecard:Api:Entra:Audience"] = Audience },
        b => b.ConfigureTestServices(s => s.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
        {
            // No network here: the signing key Entra would publish is given directly.
            o.Configuration = new OpenIdConnectConfiguration { Issuer = $"https://sts.windows.net/{Tenant}/" };
            o.Configuration.SigningKeys.Add(SigningKey);
            o.TokenValidationParameters.IssuerSigningKey = SigningKey;
        })));

    private static string Token(string role, string audience = Audience) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = $"https://sts.windows.net/{Tenant}/",
        Audience = audience,
        Expires = DateTime.UtcNow.AddMinutes(10),
        Subject = new ClaimsIdentity([new Claim("name", "A. Analyst"), new Claim("roles", role)]),
        SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
    });

    [Fact]
    public async Task Anonymous_Gets401_WithTheBearerAuthorizationUriPowerBiLooksFor()
    {
        await using var factory = EntraFeed();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/odata/MeasureValues");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var challenges = response.Headers.GetValues("WWW-Authenticate").ToList();
        challenges.ShouldContain($"Bearer authorization_uri=https://login.microsoftonline.com/{Tenant}/oauth2/authorize");
        challenges.ShouldContain(c => c.StartsWith("Basic", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ABearerToken_WithAnAppRole_ReadsWhatThatRoleMay_AndABadOneGets401()
    {
        await using var factory = EntraFeed();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("Analyst"));
        (await client.GetAsync("/odata/Contacts?$top=1")).StatusCode.ShouldBe(HttpStatusCode.OK);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("Board"));
        (await client.GetAsync("/odata/Contacts?$top=1")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var board = await PowerBi.GetJsonAsync(client, "/odata/MeasureValues?$filter=IsSmallNumber&$top=1");
        board.GetProperty("value")[0].GetProperty("DisplayValue").GetString().ShouldBe("c");

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token("Analyst", audience: "https://someone-else.example"));
        using var wrongAudience = await client.GetAsync("/odata/Contacts?$top=1");
        wrongAudience.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrongAudience.Headers.GetValues("WWW-Authenticate").ShouldContain(c => c.StartsWith("Bearer authorization_uri=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JobsDashboard_IsForAdministratorsOnly_AndTheRefreshIsScheduledInUkTime()
    {
        await using var factory = feed.CreateFactory(jobs: true);
        using var anonymous = factory.CreateClient();
        (await anonymous.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var analyst = factory.CreateClient();
        analyst.DefaultRequestHeaders.Add("X-Api-Key", FeedFixture.AnalystKey);
        (await analyst.GetAsync("/jobs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await analyst.PostAsync("/jobs/refresh", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        // The trigger and last-runs endpoints too, for every job; a request from loopback is no exception.
        foreach (var job in ScheduledJobs.Names)
        {
            (await anonymous.PostAsync($"/jobs/run/{job}", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
            (await analyst.PostAsync($"/jobs/run/{job}", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }
        (await anonymous.GetAsync("/jobs/runs")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await analyst.GetAsync("/jobs/runs")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", FeedFixture.AdminKey);
        using var dashboard = await admin.GetAsync("/jobs/recurring");
        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await dashboard.Content.ReadAsStringAsync()).ShouldContain(MeasureRefreshJob.Id);

        using var connection = factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var recurring = connection.GetRecurringJobs().Single(j => j.Id == MeasureRefreshJob.Id);
        recurring.TimeZoneId.ShouldBeOneOf("Europe/London", "GMT Standard Time");
        recurring.Cron.ShouldBe("0 6 * * *");

        // Queued now, it runs (one at a time) and finds nothing new to compute: the refresh is safe to repeat.
        using var queued = await admin.PostAsync("/jobs/refresh", null);
        queued.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var jobId = (await queued.Content.ReadAsStringAsync()).Split('"').SkipWhile(s => s != "jobId").Skip(2).First();
        var monitor = factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string? state = null;
        while (DateTime.UtcNow < deadline && state is not ("Succeeded" or "Failed"))
        {
            state = monitor.JobDetails(jobId)?.History.FirstOrDefault()?.StateName;
            await Task.Delay(200);
        }
        state.ShouldBe("Succeeded", string.Join("\n", feed.Logs.Lines.Where(l => l.Contains("Hangfire", StringComparison.Ordinal) || l.Contains("MeasureRefresh", StringComparison.Ordinal)).TakeLast(20)));
    }
}
