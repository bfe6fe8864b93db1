using System.Data.Common;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.OData;

namespace Scorecard.Api.Feed;

/// <summary>
/// Every failure answers with an OData error body ({"error":{"code","message"}}) and OData-Version, which Power BI
/// shows to the user, instead of an empty page or a stack trace: 4xx for what the caller sent, 503 when the warehouse
/// does not answer, 504 when a query runs out of time.
/// </summary>
public static partial class FeedErrors
{
    /// <summary>What a failure answers: status, OData error code, a message in plain words.</summary>
    public sealed record Problem(int Status, string Code, string Message)
    {
        public bool IsClientError => Status is >= 400 and < 500;
    }

    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        context.Response.Headers["OData-Version"] = "4.0";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteStartObject("error");
        json.WriteString("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    public static Task WriteAsync(HttpContext context, Problem problem) => WriteAsync(context, problem.Status, problem.Code, problem.Message);

    /// <summary>Status codes that reach the client with no body (404 for an unknown set, 405, 406, 415...) get one.</summary>
    public static Task WriteStatusBodyAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var (code, message) = http.Response.StatusCode switch
        {
            400 => ("BadRequest", "The request cannot be read. See /odata/$metadata for the sets and their columns."),
            404 => ("NotFound", "There is nothing at this address. The feed's sets are listed at /odata and described at /odata/$metadata."),
            405 => ("MethodNotAllowed", "The feed is read-only: use GET."),
            406 => ("NotAcceptable", "The feed answers in JSON (application/json) and $metadata in XML; ask for one of those."),
            414 => ("UriTooLong", "The address is too long for the feed. Shorten the $filter (an 'in' list instead of many 'or's) or split the request."),
            415 => ("UnsupportedMediaType", "The feed is read-only and takes no request body: use GET."),
            429 => ("TooManyRequests", "Too many requests: wait for the time in Retry-After, then try again."),
            var s => ("Error", $"The request failed with status {s}."),
        };
        return WriteAsync(http, http.Response.StatusCode, code, message);
    }

    /// <summary>
    /// The last line of defence, for what failed outside a set's action (writing a page, a middleware): the same
    /// classification as inside it, one log line for what the caller or the warehouse caused, the whole exception
    /// only for a fault of the feed itself, which alone answers 500 (with no detail). A failure after the page
    /// started cannot change its status: the connection is cut, so the client sees an error, not a short page.
    /// </summary>
    public static IApplicationBuilder UseScorecardErrors(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Scorecard.Api.Errors");
        return app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception e) when (e is not OperationCanceledException || !context.RequestAborted.IsCancellationRequested)
            {
                var problem = Classify(e);
                if (problem is null) logger.LogError(e, "Failed to answer {Method} {Path}.", context.Request.Method, context.Request.Path);
                else if (problem.IsClientError) NoteRefusal(context, problem.Message);
                else logger.LogWarning("{Status} for {Method} {Path}: {Reason}", problem.Status, context.Request.Method, context.Request.Path, Plain(e.Message));
                if (context.Response.HasStarted)
                {
                    context.Items[AbortedItem] = true;
                    context.Abort();
                    return;
                }
                context.Response.Clear();
                await WriteAsync(context, problem ?? Fault);
            }
        });
    }

    /// <summary>Why a client's request was refused: the request log writes it on the request's one line.</summary>
    public const string RefusalItem = "scorecard:refusal";

    public static void NoteRefusal(HttpContext context, string reason) => context.Items[RefusalItem] = FirstLine(reason);

    /// <summary>Set when a response was cut off after it started, so the request log says so.</summary>
    public const string AbortedItem = "scorecard:aborted";

    private static readonly Problem Fault = new(500, "InternalError", "The server could not answer this request; the error has been logged.");

    /// <summary>
    /// What an exception means to the caller, or null for a fault of the feed's own. The warehouse not answering is
    /// 503 (try later); a query out of time is 504 (narrow it); a query the feed cannot run is 400.
    /// </summary>
    public static Problem? Classify(Exception error)
    {
        error = Unwrap(error);
        if (IsTimeout(error))
            return new(504, "GatewayTimeout", "The warehouse took too long to answer this query. Add a $filter (a period, a team) or read fewer columns with $select, then try again.");
        if (Chain(error).OfType<DbException>().FirstOrDefault() is { } db)
            return IsUnavailable(db)
                ? new(503, "ServiceUnavailable", "The warehouse is not answering at the moment. Try again in a few minutes; if it persists, tell the feed's administrator.")
                : new(400, "BadRequest", "The warehouse cannot run this query as written (a function or comparison it does not support for these columns). Simplify the $filter or $apply.");
        if (error is InvalidOperationException && error.Message.Contains("could not be translated", StringComparison.Ordinal))
            return new(400, "BadRequest", "The warehouse cannot evaluate part of this query (a function this database does not offer, such as matchesPattern outside SQLite). Rewrite the $filter with contains, startswith, endswith or comparisons.");
        // The URI parser's own "An internal error 'TypePromotionUtils_...' occurred" is what it says for an operator
        // whose operands it cannot match, such as 'has' on a text column (Rag has 'Red').
        if (error is ODataException && error.Message.StartsWith("An internal error", StringComparison.Ordinal))
            return new(400, "BadRequest", "An operator in this $filter does not apply to these columns or values ('has' is for flag enumerations, and the feed's codes are text: write Rag eq 'Red' or contains(Rag,'Red')).");
        if (IsClientError(error))
            return new(400, "BadRequest", error is ODataException ? Plain(error.Message) : $"The feed cannot run this query: {Plain(error.Message)}");
        return null;
    }

    /// <summary>
    /// The warehouse down, locked or unreadable, as against a statement it refused: the SQL the feed composes from a
    /// caller's $filter can still be one the database will not run (SQLITE_ERROR, PostgreSQL classes 22 and 42,
    /// SQL Server errors of severity 16 and below), which is the query's fault, not the warehouse's.
    /// </summary>
    private static bool IsUnavailable(DbException error) => error switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteErrorCode != 1,
        Npgsql.PostgresException p => !(p.SqlState.StartsWith("22", StringComparison.Ordinal) || p.SqlState.StartsWith("42", StringComparison.Ordinal)),
        Microsoft.Data.SqlClient.SqlException s => s.Class > 16 || s.Number is -1 or 2 or 53 or 4060 or 18456 or 40613,
        _ => true,
    };

    /// <summary>ASP.NET Core OData runs parts of a query through reflection: the reason is inside the wrapper.</summary>
    public static Exception Unwrap(Exception error)
    {
        while (error is System.Reflection.TargetInvocationException or AggregateException && error.InnerException is { } inner) error = inner;
        return error;
    }

    private static IEnumerable<Exception> Chain(Exception? error)
    {
        for (; error is not null; error = error.InnerException) yield return error;
    }

    private static bool IsTimeout(Exception error) => error switch
    {
        TimeoutException => true,
        Microsoft.Data.SqlClient.SqlException { Number: -2 } => true,
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 9 } => true, // SQLITE_INTERRUPT: the command was stopped
        _ => error.InnerException is { } inner && IsTimeout(inner),
    };

    // ASP.NET Core OData refuses some queries it parsed (an unsupported function, a cast it cannot bind) by throwing
    // general exception types (argument, not-supported, not-implemented, cast, null reference) from its own code, or
    // from the LINQ it built for the caller's $filter: those are the caller's query, so 400. The same types thrown from
    // Scorecard's own code are faults, so they stay 500; who threw is the only thing that tells the two apart.
    public static bool IsClientError(Exception? error) => error is ODataException or FormatException or OverflowException
        || (error is InvalidOperationException && error.Message.Contains("could not be translated", StringComparison.Ordinal))
        || (error is InvalidOperationException or ArgumentException or NotSupportedException or NotImplementedException or InvalidCastException or NullReferenceException
            && ThrownBy(error, "Microsoft.AspNetCore.OData", "System.Linq.Expressions", "Microsoft.OData", "System.Linq.Enumerable"));

    // Who threw is the first frame, from the top, that is either Scorecard's own code or one of the libraries: a
    // library frame above any of ours is the library refusing the query; one of ours first is our fault, even when a
    // library (Enumerable running our projection, say) sits further down the stack.
    private static bool ThrownBy(Exception error, params string[] namespaces)
    {
        if (error.StackTrace is not { } trace) return false;
        foreach (var line in trace.Split('\n'))
        {
            var frame = line.TrimStart();
            if (!frame.StartsWith("at ", StringComparison.Ordinal)) continue;
            frame = frame[3..];
            if (frame.StartsWith("Scorecard.", StringComparison.Ordinal)) return false;
            if (namespaces.Any(n => frame.StartsWith(n + ".", StringComparison.Ordinal))) return true;
        }
        return false;
    }

    public static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 300 ? line[..300] + "..." : line;
    }

    /// <summary>The first line of a library's message with .NET's words put as the feed's: EDM type names, no parameter names.</summary>
    public static string Plain(string message)
    {
        var line = ParameterSuffix().Replace(FirstLine(message), "");
        line = QueryNodeName().Replace(line, "the column");
        return ClrTypeName().Replace(line, m => m.Groups[1].Value switch
        {
            "String" => "Edm.String (text)",
            "Int32" or "Int64" or "Int16" or "Byte" => "Edm.Int32 (whole number)",
            "Double" or "Decimal" or "Single" => "Edm.Double (number)",
            "Boolean" => "Edm.Boolean",
            "DateOnly" => "Edm.Date",
            "DateTime" or "DateTimeOffset" => "Edm.DateTimeOffset (timestamp)",
            "TimeOnly" or "TimeSpan" => "Edm.TimeOfDay",
            _ => "a value",
        });
    }

    [GeneratedRegex(@"\s*\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();

    [GeneratedRegex(@"'?Microsoft\.OData\.UriParser\.\w+'?")]
    private static partial Regex QueryNodeName();

    [GeneratedRegex(@"(?:System\.Nullable`1\[)?System\.(\w+)\]?")]
    private static partial Regex ClrTypeName();
}
