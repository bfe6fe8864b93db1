using System.Net;
using Microsoft.Extensions.Options;
using Scorecard.Api.Feed;
using Scorecard.Api.Security;

namespace Scorecard.Api.Landing;

public static class LandingPage
{
    /// <summary>
    /// GET /: what this is and how to connect Power BI, for the person who opens the address in a browser.
    /// The addresses are this request's public ones (after X-Forwarded-*), so they can be copied as they are.
    /// </summary>
    public static IEndpointRouteBuilder MapScorecardLandingPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, IOptions<ApiOptions> api, IOptions<FeedLimits> limits) =>
        {
            var request = context.Request;
            var feed = $"{request.Scheme}://{request.Host}{request.PathBase}/{FeedRegistration.RoutePrefix}";
            var o = api.Value;
            static string E(string s) => WebUtility.HtmlEncode(s);
            var entra = o.Entra.IsConfigured
                ? "<li><b>Organizational account</b>: sign in with your council Microsoft account (Entra ID). Your role comes from the app roles your administrator gave you.</li>"
                : "";
            var html = $$"""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Scorecard OData feed</title>
                <style>body{font-family:system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1b1b1b}
                code,pre{background:#f3f3f3;padding:.1rem .3rem;border-radius:3px}pre{padding:.6rem;overflow-x:auto}
                table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}</style></head>
                <body>
                <h1>Scorecard: early help performance feed</h1>
                <p>This is the OData feed of the council's early help scorecard: the measure catalogue, the pre-computed
                measure values (per month, quarter and financial year, for every team, locality and the whole authority,
                with targets, RAG and direction of travel), and pseudonymised records for drill-through. It is read-only.</p>
                <h2>Connect Power BI</h2>
                <ol>
                <li>In Power BI Desktop choose <b>Get data &rarr; OData feed</b> and paste this address:
                <pre>{{E(feed)}}</pre>
                or, in the Advanced Editor: <pre>= OData.Feed("{{E(feed)}}", null, [Implementation="2.0", ApiKeyName="{{E(o.KeyQueryParameter)}}"])</pre></li>
                <li>When asked for credentials pick one of:
                <ul>
                <li><b>Web API</b>: paste the API key your administrator gave you (it is sent as the <code>{{E(o.KeyQueryParameter)}}</code> query parameter, which needs the <code>ApiKeyName</code> above).</li>
                <li><b>Basic</b>: the user name and password your administrator gave you.</li>
                {{entra}}
                </ul></li>
                <li>Pick the tables you need. Prefer <code>MeasureValues</code> (already aggregated) for reports; the record-level
                tables are for drill-through. Avoid expanding related tables: team and locality names are already in each table.</li>
                </ol>
                <p>Administrators create keys with <code>scorecard api-key new --role Analyst --name "Power BI"</code>; only its hash is configured on the server.</p>
                <h2>What you can read</h2>
                <table><tr><th>Role</th><th>Tables</th></tr>
                <tr><td>Board</td><td>Measures, MeasureValues, Periods, OrgUnits (small numbers shown as "c")</td></tr>
                <tr><td>QualityAssurance</td><td>as Board, unsuppressed, plus CaseAudits</td></tr>
                <tr><td>Analyst, Admin</td><td>every table, including LoadBatches (freshness) and the pseudonymised record-level tables</td></tr></table>
                <p>Pages hold {{limits.Value.PageSize}} rows; Power BI follows <code>@odata.nextLink</code> to the end by itself.
                The model with every column described is at <code>{{E(feed)}}/$metadata</code>. Service status: <a href="{{E(request.PathBase + "/health")}}">/health</a>.</p>
                </body></html>
                """;
            return Results.Content(html, "text/html; charset=utf-8");
        }).AllowAnonymous();
        return app;
    }
}
