using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Scorecard.Api.Feed;

/// <summary>Bound from "Scorecard:Api:WarmUp".</summary>
public sealed class FeedWarmUpOptions
{
    public const string Section = "Scorecard:Api:WarmUp";

    /// <summary>
    /// Pages of each set read at start, through their nextLinks, before the feed says it is ready; 0 reads none.
    /// Each page costs what a client's page costs (about 20 ms of CPU for 5,000 rows).
    /// </summary>
    public int Pages { get; set; } = 30;
}

/// <summary>
/// Reads a few pages of every set through the feed's own request pipeline when the server starts, answered to no one.
/// The runtime compiles code first quickly and then again, optimised with what it has seen, once a method has run
/// often enough: the first few exports after a start paid for that as much CPU as the export itself (measured in
/// docs/performance.md). A council's Power BI refresh is often the first request after a nightly restart, so the
/// server does that work itself before it says it is ready. The requests go through every middleware, the
/// controllers and the page reader and writer as a client's do, as an analyst (every set), into a stream that keeps
/// only the end of each page (for its nextLink); they write no request log lines, and their pages read ahead are
/// answered to no client (a page read ahead is kept for the caller it was read for).
/// </summary>
public sealed class FeedWarmUp(IOptions<FeedWarmUpOptions> options, IHttpContextFactory contexts, ILogger<FeedWarmUp> logger)
{
    private RequestDelegate? _pipeline;

    /// <summary>The feature that marks a warm-up request: set only here, in the process, never from anything a client sends.</summary>
    internal sealed class Caller;

    /// <summary>The name the warm-up's requests are answered as.</summary>
    internal const string CallerName = "feed warm-up";

    /// <summary>First in the pipeline: keeps the whole pipeline after it, which the warm-up's requests go through.</summary>
    internal void Keep(RequestDelegate pipeline) => _pipeline = pipeline;

    public async Task RunAsync(CancellationToken ct)
    {
        var pages = options.Value.Pages;
        if (pages <= 0 || _pipeline is not { } pipeline) return;
        var clock = Stopwatch.StartNew();
        var read = 0;
        try
        {
            foreach (var set in FeedModel.Sets)
            {
                var path = $"/{FeedRegistration.RoutePrefix}/{set.Name}";
                string? query = "";
                System.Security.Claims.ClaimsPrincipal? caller = null;
                for (var page = 0; page < pages && query is not null && !ct.IsCancellationRequested; page++, read++)
                    (query, caller) = await GetAsync(pipeline, path, query!);
                // The page read ahead after the last one is for no one: it would hold a place a client's export could use.
                if (caller is not null) FeedPageReader.ReadAheads.Forget(caller);
            }
            logger.LogInformation("Warmed up the feed: {Pages} pages of {Sets} sets in {Seconds:0.0} s.", read, FeedModel.Sets.Count, clock.Elapsed.TotalSeconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Only ever a head start: a feed that cannot read a set now says so on the client's request, as before.
            logger.LogWarning("The feed's warm-up stopped after {Pages} pages: {Reason}", read, FeedErrors.Plain(e.Message));
        }
    }

    /// <summary>
    /// One page through the pipeline: the query of the next page (from the page's nextLink, whose address may be the
    /// configured public one), or null at the last page; and the caller the request was answered as.
    /// </summary>
    private async Task<(string? Next, System.Security.Claims.ClaimsPrincipal Caller)> GetAsync(RequestDelegate pipeline, string path, string query)
    {
        var features = new FeatureCollection();
        var request = new HttpRequestFeature { Method = HttpMethods.Get, Scheme = "http", Protocol = "HTTP/1.1", Path = path, QueryString = query, RawTarget = path + query };
        request.Headers.Host = "localhost";
        request.Headers.Accept = "application/json;odata.metadata=minimal";
        var response = new Response();
        var body = new Tail();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(body));
        features.Set(new Caller());
        var context = contexts.Create(features);
        var status = 0;
        var caller = context.User;
        try
        {
            await pipeline(context);
            (status, caller) = (context.Response.StatusCode, context.User);
        }
        finally
        {
            // What a server does once a response is sent: the page's reader, buffers and request scope are disposed here.
            await response.CompletedAsync();
            contexts.Dispose(context);
        }
        if (status != StatusCodes.Status200OK) throw new InvalidOperationException($"{path} answered {status}.");
        return (body.NextLink() is { } next ? new Uri(next).Query : null, caller);
    }

    /// <summary>Runs the callbacks a server runs when a response has been sent (disposing what the request registered).</summary>
    private sealed class Response : HttpResponseFeature
    {
        private readonly List<(Func<object, Task> Callback, object State)> _completed = [];

        public override void OnCompleted(Func<object, Task> callback, object state) => _completed.Add((callback, state));

        public async Task CompletedAsync()
        {
            for (var i = _completed.Count - 1; i >= 0; i--) await _completed[i].Callback(_completed[i].State);
        }
    }

    /// <summary>A response body that keeps only its last bytes, where a page's nextLink is.</summary>
    private sealed class Tail : Stream
    {
        private readonly byte[] _tail = new byte[8192];
        private int _length;

        public string? NextLink()
        {
            var text = Encoding.UTF8.GetString(_tail, 0, _length);
            const string name = "\"@odata.nextLink\":\"";
            var at = text.LastIndexOf(name, StringComparison.Ordinal);
            if (at < 0) return null;
            var end = text.IndexOf('"', at + name.Length);
            return end < 0 ? null : System.Text.Json.JsonSerializer.Deserialize<string>(text[(at + name.Length - 1)..(end + 1)]);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (buffer.Length >= _tail.Length)
            {
                buffer[^_tail.Length..].CopyTo(_tail);
                _length = _tail.Length;
                return;
            }
            var keep = Math.Min(_length, _tail.Length - buffer.Length);
            Buffer.BlockCopy(_tail, _length - keep, _tail, 0, keep);
            buffer.CopyTo(_tail.AsSpan(keep));
            _length = keep + buffer.Length;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer.AsSpan(offset, count));
            return Task.CompletedTask;
        }

        public override void Flush() { }
        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}

public static class FeedWarmUpRegistration
{
    /// <summary>First in the pipeline, so the warm-up's requests pass through all of it.</summary>
    public static IApplicationBuilder UseScorecardWarmUp(this IApplicationBuilder app)
    {
        var warmUp = app.ApplicationServices.GetRequiredService<FeedWarmUp>();
        return app.Use(next =>
        {
            warmUp.Keep(next);
            return next;
        });
    }

    /// <summary>After the server has started, before it says it is ready: see <see cref="FeedWarmUp"/>.</summary>
    public static Task WarmUpScorecardFeedAsync(this IHost app, CancellationToken ct = default) =>
        app.Services.GetRequiredService<FeedWarmUp>().RunAsync(ct);
}
