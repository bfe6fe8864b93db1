using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using Scorecard.Api.Feed;

namespace Scorecard.Api.Security;

/// <summary>
/// What every request passes before anything reads it: the key is taken out of the query string (so no link,
/// log line or error message can carry it on), the address links are built on is fixed (never a client's Host or
/// unvetted X-Forwarded-*), over-long addresses are refused, and a caller that keeps failing is slowed down.
/// </summary>
internal static class RequestGuards
{
    /// <summary>Where the key from the query string waits for <see cref="CredentialsHandler"/>.</summary>
    public const string QueryKeyItem = "scorecard:query-key";

    /// <summary>Before UseForwardedHeaders: only a configured proxy may forward; the key leaves the query string.</summary>
    public static IApplicationBuilder UseScorecardRequestGuards(this IApplicationBuilder app)
    {
        var api = app.ApplicationServices.GetRequiredService<IOptionsMonitor<ApiOptions>>();
        return app.Use((context, next) =>
        {
            var settings = api.CurrentValue;
            var request = context.Request;
            if (request.Query.TryGetValue(settings.KeyQueryParameter, out var key))
            {
                context.Items[QueryKeyItem] = key.FirstOrDefault();
                request.QueryString = QueryString.Create(request.Query.Where(q => !string.Equals(q.Key, settings.KeyQueryParameter, StringComparison.OrdinalIgnoreCase)));
            }
            if (!IsTrustedProxy(context.Connection.RemoteIpAddress, settings))
            {
                foreach (var header in ForwardedHeaderNames) request.Headers.Remove(header);
                // The Host header is the client's to choose; the address it connected to is not.
                request.Host = context.Connection.LocalIpAddress is { } local
                    ? new HostString(local.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{local}]" : local.ToString(), context.Connection.LocalPort)
                    : new HostString("localhost");
            }
            return next(context);
        });
    }

    private static readonly string[] ForwardedHeaderNames = ["X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Prefix", "Forwarded", "X-Original-Host"];

    private static bool IsTrustedProxy(IPAddress? remote, ApiOptions settings) =>
        remote is not null && settings.TrustedProxies.Any(p => IPAddress.TryParse(p, out var proxy) && (proxy.Equals(remote) || (remote.IsIPv4MappedToIPv6 && proxy.Equals(remote.MapToIPv4()))));

    /// <summary>After UseForwardedHeaders: the configured public address, when there is one, wins over everything.</summary>
    public static IApplicationBuilder UseScorecardPublicAddress(this IApplicationBuilder app)
    {
        var api = app.ApplicationServices.GetRequiredService<IOptionsMonitor<ApiOptions>>();
        var limits = app.ApplicationServices.GetRequiredService<IOptions<FeedLimits>>();
        return app.Use((context, next) =>
        {
            if (api.CurrentValue.PublicBaseAddress is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out var address))
            {
                context.Request.Scheme = address.Scheme;
                context.Request.Host = HostString.FromUriComponent(address);
                var prefix = address.AbsolutePath.TrimEnd('/');
                context.Request.PathBase = prefix.Length == 0 ? PathString.Empty : new PathString(prefix);
            }
            var length = context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length ?? 0;
            if (length > limits.Value.MaxQueryLength)
            {
                context.Response.StatusCode = StatusCodes.Status414UriTooLong;
                return FeedErrors.WriteAsync(context, 414, "UriTooLong",
                    $"The address is {length} characters long; the feed accepts at most {limits.Value.MaxQueryLength}. Shorten the $filter (an 'in' list instead of many 'or's) or split the request.");
            }
            if (!Acceptable(context.Request))
                return FeedErrors.WriteAsync(context, 406, "NotAcceptable", "The feed answers in JSON (application/json), $metadata in XML (application/xml) and $count as text; the Accept header asks for none of these.");
            // Every answer from the feed says which OData it speaks, errors included.
            context.Response.OnStarting(() =>
            {
                context.Response.Headers.TryAdd("OData-Version", "4.0");
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>
    /// OData's formatter would answer JSON whatever Accept says; a client that can read none of what the feed writes
    /// is told so (406) instead of being handed a body it will fail to parse.
    /// </summary>
    private static bool Acceptable(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments("/odata") || request.Query.ContainsKey("$format")) return true;
        var accept = request.GetTypedHeaders().Accept;
        return accept.Count == 0 || accept.Any(a => a.Quality is not 0 && (a.MediaType.Value is "*/*" or "application/*" or "application/json" or "application/xml" or "text/*" or "text/plain"
            || a.MediaType.Value?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) == true));
    }

    /// <summary>
    /// After authentication: a caller (a key, a user, else an address) that has failed more than MaxFailures times
    /// in the window is answered 429 with Retry-After until the window ends, without its query being parsed or logged
    /// at length. A misconfigured refresh repeating one bad query costs the feed almost nothing.
    /// </summary>
    public static IApplicationBuilder UseScorecardFailureLimit(this IApplicationBuilder app)
    {
        var api = app.ApplicationServices.GetRequiredService<IOptionsMonitor<ApiOptions>>();
        var windows = new ConcurrentDictionary<string, Window>();
        return app.Use(async (context, next) =>
        {
            var limit = api.CurrentValue.FailureLimit;
            if (limit.MaxFailures <= 0) { await next(context); return; }
            var caller = context.User.Identity?.IsAuthenticated == true ? "user:" + context.User.Identity.Name : "ip:" + context.Connection.RemoteIpAddress;
            var now = DateTime.UtcNow;
            var window = windows.AddOrUpdate(caller, _ => new Window(now, 0), (_, w) => now - w.Start > TimeSpan.FromSeconds(limit.WindowSeconds) ? new Window(now, 0) : w);
            if (window.Failures >= limit.MaxFailures)
            {
                var wait = Math.Max(1, (int)Math.Ceiling((window.Start.AddSeconds(limit.WindowSeconds) - now).TotalSeconds));
                context.Response.Headers.RetryAfter = wait.ToString(CultureInfo.InvariantCulture);
                await FeedErrors.WriteAsync(context, 429, "TooManyRequests",
                    $"{window.Failures} requests from you failed in the last {limit.WindowSeconds} s; wait {wait} s (Retry-After) and fix the query before trying again.");
                return;
            }
            await next(context);
            if (context.Response.StatusCode is >= 400 and < 500 and not 429)
                windows.AddOrUpdate(caller, _ => new Window(now, 1), (_, w) => w with { Failures = w.Failures + 1 });
            // Forget idle callers now and then, so the table stays the size of the active ones.
            if (windows.Count > 10_000)
                foreach (var stale in windows.Where(w => now - w.Value.Start > TimeSpan.FromSeconds(limit.WindowSeconds)).Select(w => w.Key).ToList())
                    windows.TryRemove(stale, out _);
        });
    }

    private sealed record Window(DateTime Start, int Failures);
}
