using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Scorecard.Api.Security;

/// <summary>
/// One log line per request: method, path, query (with the key parameter blanked), the status actually sent (it
/// runs outside every other middleware), time, the credential's configured name, and why a refused query was
/// refused: a client's mistake costs one line, never a stack trace. ASP.NET Core's own "Request starting" line is turned off in
/// <see cref="ScorecardApi"/>, because it prints the raw URL, key parameter included, before any middleware runs.
/// </summary>
internal static class RequestLog
{
    public static IApplicationBuilder UseScorecardRequestLog(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Scorecard.Api.Requests");
        var api = app.ApplicationServices.GetRequiredService<IOptionsMonitor<ApiOptions>>();
        return app.Use(async (context, next) =>
        {
            var clock = Stopwatch.StartNew();
            try
            {
                await next(context);
            }
            finally
            {
                // The warm-up at start logs one line of its own, not one per page.
                if (logger.IsEnabled(LogLevel.Information) && context.Features.Get<Feed.FeedWarmUp.Caller>() is null)
                    logger.LogInformation("{Method} {Path}{Query} -> {Status} in {Milliseconds} ms ({Caller}){Refusal}",
                        context.Request.Method, context.Request.Path, Redact(context.Request.QueryString, api.CurrentValue.KeyQueryParameter),
                        context.Items.ContainsKey(Feed.FeedErrors.AbortedItem) ? $"{context.Response.StatusCode}, cut off" : context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        clock.ElapsedMilliseconds, SecurityRegistration.Describe(context.User),
                        context.Items[Feed.FeedErrors.RefusalItem] is string reason ? ": " + reason : "");
            }
        });
    }

    public static string Redact(QueryString query, string keyParameter)
    {
        if (!query.HasValue) return "";
        var parts = query.Value!.TrimStart('?').Split('&')
            .Select(p => p.Split('=', 2)[0] is var name && string.Equals(Uri.UnescapeDataString(name), keyParameter, StringComparison.OrdinalIgnoreCase) ? $"{name}=***" : p);
        return "?" + string.Join('&', parts);
    }
}
