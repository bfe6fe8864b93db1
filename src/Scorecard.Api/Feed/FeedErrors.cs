using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.OData;

namespace Scorecard.Api.Feed;

/// <summary>
/// Every failure answers with an OData error body ({"error":{"code","message"}}), which Power BI shows to the user,
/// instead of an empty page or a stack trace.
/// </summary>
public static class FeedErrors
{
    public static async Task WriteAsync(HttpContext context, int status, string code, string message)
    {
        if (context.Response.HasStarted) return;
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteStartObject("error");
        json.WriteString("code", code);
        json.WriteString("message", message);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }

    /// <summary>Status codes that reach the client with no body (404 for an unknown set, 405...) get one.</summary>
    public static Task WriteStatusBodyAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var (code, message) = http.Response.StatusCode switch
        {
            404 => ("NotFound", "There is nothing at this address. The feed's sets are listed at /odata and described at /odata/$metadata."),
            405 => ("MethodNotAllowed", "The feed is read-only: use GET."),
            _ => ("Error", $"The request failed with status {http.Response.StatusCode}."),
        };
        return WriteAsync(http, http.Response.StatusCode, code, message);
    }

    /// <summary>
    /// The last line of defence: a malformed query that slipped past validation still answers 400, and anything
    /// else 500 with no detail (details go to the log, which never holds credentials).
    /// </summary>
    public static Task HandleExceptionAsync(HttpContext context)
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        return IsClientError(error)
            ? WriteAsync(context, 400, "BadRequest", $"The query cannot be run: {FirstLine(error!.Message)}")
            : WriteAsync(context, 500, "InternalError", "The server could not answer this request; the error has been logged.");
    }

    // ASP.NET Core OData refuses some queries it parsed (an unsupported function, a cast it cannot bind) by throwing
    // ArgumentException, NotSupportedException or NotImplementedException from its own code: those are the caller's
    // query, so 400. The same exception types thrown from Scorecard's own code are faults, so they stay 500; the
    // thrower's namespace in the trace is the only thing that tells the two apart.
    public static bool IsClientError(Exception? error) => error is ODataException or FormatException or OverflowException
        || (error is InvalidOperationException && error.Message.Contains("could not be translated", StringComparison.Ordinal))
        || (error is ArgumentException && error.StackTrace?.Contains("Microsoft.AspNetCore.OData", StringComparison.Ordinal) == true)
        || (error is NotSupportedException or NotImplementedException && error.StackTrace?.Contains("Microsoft.AspNetCore.OData", StringComparison.Ordinal) == true);

    public static string FirstLine(string message)
    {
        var line = message.Split('\n')[0].Trim();
        return line.Length > 300 ? line[..300] + "..." : line;
    }
}
