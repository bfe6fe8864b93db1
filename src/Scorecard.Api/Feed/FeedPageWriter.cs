using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.OData.Abstracts;
using Microsoft.AspNetCore.OData.Edm;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Formatter;
using Microsoft.AspNetCore.OData.Formatter.Serialization;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Scorecard.Api.Feed;

/// <summary>
/// Writes a plain page of a set (every column, metadata=minimal) straight to the response with a compiled writer
/// per row type, the bytes ASP.NET Core OData's serializer would write: that serializer builds an ODataResource and
/// an ODataProperty per value and validates each against the model, which was most of the time a full export took.
/// It stands where the library's set serializer stands, so filtering, paging, authorization and role trimming have
/// all happened before; the context URL, @odata.count and @odata.nextLink come from the same places the library
/// takes them from (the request's OData base address, the OData feature, the skip-token handler). Anything else
/// ($select, $apply, full or no metadata, IEEE754Compatible, a function's result, a type with a column it cannot
/// write) goes to the library's serializer unchanged.
/// </summary>
internal sealed class FeedPageWriter(IODataSerializerProvider serializers) : ODataResourceSetSerializer(serializers)
{
    /// <summary>The encoder the OData JSON writer is configured with too, so strings are escaped alike.</summary>
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Default;

    private static readonly ConcurrentDictionary<Type, RowWriter?> Writers = new();
    private static readonly JsonEncodedText Context = JsonEncodedText.Encode("@odata.context", Encoder);
    private static readonly JsonEncodedText Count = JsonEncodedText.Encode("@odata.count", Encoder);
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value", Encoder);
    private static readonly JsonEncodedText NextLink = JsonEncodedText.Encode("@odata.nextLink", Encoder);

    /// <summary>
    /// The page size the library noted on the request when it cut the page short (what its own nextLink is built
    /// with; 0 when the page is the last). Internal to the library, so read by reflection: should a version move it,
    /// this is null and every page goes back to the library's serializer, slower but the same.
    /// </summary>
    private static readonly Func<ODataFeature, int>? TruncatedPageSize = CompilePageSize();

    /// <summary>Sets that property as the library's paging does, for a page read from the data reader (FeedPageReader).</summary>
    private static readonly Action<ODataFeature, int>? SetTruncatedPageSize = CompileSetPageSize();

    /// <summary>Pages this writer wrote (the tests check that it, not the library, wrote what they compare).</summary>
    internal static long PagesWritten;

    public override async Task WriteObjectAsync(object graph, Type type, ODataMessageWriter messageWriter, ODataSerializerContext writeContext)
    {
        if (graph is FeedPageReader.ReadPage read)
        {
            using (read)
            {
                if (read.Json is not null && Plain(read.ElementType, writeContext) is { } own)
                {
                    await own.WritePageAsync(read, writeContext);
                    return;
                }
                // Read through EF Core after all (the answer asked for more than the request showed): the library's rows.
                graph = read.Materialise(writeContext.Request);
            }
        }
        var rows = graph is IQueryable page ? Plain(page.ElementType, writeContext) : null;
        if (rows is null)
            await base.WriteObjectAsync(graph, type, messageWriter, writeContext);
        else
            await rows.WritePageAsync((IEnumerable)graph, writeContext);
    }

    /// <summary>The writer for this page when the page is one the feed writes itself; null hands it to the library.</summary>
    private static RowWriter? Plain(Type elementType, ODataSerializerContext context)
    {
        var request = context.Request;
        if (request is null || TruncatedPageSize is null || SetTruncatedPageSize is null || request.ODataFeature() is not ODataFeature) return null;
        if (!request.HttpContext.RequestServices.GetRequiredService<IOptions<FeedLimits>>().Value.OwnPageWriter) return null;
        // A whole set (not a function's result or a nested collection), every column, the metadata Power BI asks for.
        if (context.NavigationSource is not IEdmEntitySet set || context.Path is not { Count: 1 } path || path.FirstSegment is not EntitySetSegment) return null;
        if (context.MetadataLevel != ODataMetadataLevel.Minimal || context.SelectExpandClause is not null || context.ComputedProperties.Count > 0) return null;
        // Times are written as UTC, which is what the library does only when the feed's time zone is UTC (FeedRegistration).
        if (context.ExpandedResource is not null || context.TimeZone != TimeZoneInfo.Utc) return null;
        // IEEE754Compatible=true asks for Int64 and Decimal as strings: rare, and the library does it.
        if (request.HttpContext.Response.ContentType?.Contains("IEEE754Compatible=true", StringComparison.OrdinalIgnoreCase) == true) return null;
        return Writers.GetOrAdd(elementType, t => RowWriter.Compile(t, set.EntityType, context.Model));
    }

    /// <summary>Notes the page size on the request as the library's paging does when it cuts a page short.</summary>
    internal static void SetPageSize(ODataFeature feature, int pageSize) => SetTruncatedPageSize?.Invoke(feature, pageSize);

    /// <summary>One row type's compiled writer and the page loop around it.</summary>
    private abstract class RowWriter
    {
        public abstract Task WritePageAsync(IEnumerable rows, ODataSerializerContext context);

        /// <summary>A page read from the data reader (FeedPageReader): its rows' JSON is copied as it is.</summary>
        public async Task WritePageAsync(FeedPageReader.ReadPage page, ODataSerializerContext context)
        {
            var (json, body, token) = Start(context);
            await using (json)
            {
                // The buffer holds "[" and the rows: the writer writes its own "[" (so it knows an array is open) and the rest is copied.
                json.WriteStartArray();
                json.Flush();
                var skip = 1;
                foreach (var piece in page.Json!.Pieces())
                {
                    await body.WriteAsync(piece[skip..], token);
                    skip = 0;
                }
                json.WriteEndArray();
                var next = await EndAsync(json, body, context, page.NextPageSize, page.Last);
                if (next is null || page.ReadNext is not { } readNext) return;
                // The page is answered; while the caller reads it, this request reads the page its nextLink names.
                var http = context.Request.HttpContext;
                await http.Response.CompleteAsync();
                if (FeedPageReader.ReadAheads.KeyOf(http, next.AbsolutePath, next.Query) is { } key) FeedPageReader.ReadAheads.Fill(key, () => readNext(next));
            }
        }

        /// <summary>The page up to its rows: the library's context URL, then @odata.count when asked, then "value".</summary>
        protected static (Utf8JsonWriter Json, System.IO.Pipelines.PipeWriter Body, CancellationToken Token) Start(ODataSerializerContext context)
        {
            var request = context.Request;
            var http = request.HttpContext;
            var body = http.Response.BodyWriter;
            var feature = request.ODataFeature();
            var json = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = Encoder, SkipValidation = true });
            json.WriteStartObject();
            // The library's context URL: the service root it was given ($metadata relative to it), then the set.
            json.WriteString(Context, new Uri(new Uri(request.CreateODataLink().TrimEnd('/') + "/"), "$metadata").AbsoluteUri + "#" + context.NavigationSource.Name);
            if (feature.TotalCount is { } count) json.WriteNumber(Count, count);
            json.WritePropertyName(Value);
            return (json, body, http.RequestAborted);
        }

        /// <summary>The nextLink, written last as the library does for odata.streaming=true, by the same skip-token handler from the page's last row.</summary>
        protected static async Task<Uri?> EndAsync(Utf8JsonWriter json, System.IO.Pipelines.PipeWriter body, ODataSerializerContext context, int pageSize, object? last)
        {
            var request = context.Request;
            Uri? next = null;
            if (pageSize > 0 && last is not null)
            {
                var handler = request.GetRouteServices()?.GetService<SkipTokenHandler>() ?? new DefaultSkipTokenHandler();
                next = handler.GenerateNextPageLink(new Uri(request.GetEncodedUrl()), pageSize, last, context);
                if (next is not null) json.WriteString(NextLink, next.IsAbsoluteUri ? next.AbsoluteUri : next.OriginalString);
            }
            json.WriteEndObject();
            json.Flush();
            await body.FlushAsync(request.HttpContext.RequestAborted);
            Interlocked.Increment(ref PagesWritten);
            return next is { IsAbsoluteUri: true } ? next : null;
        }

        /// <summary>Null when the type has a column of a kind the writer does not write, so its pages stay the library's.</summary>
        public static RowWriter? Compile(Type clrType, IEdmEntityType edmType, IEdmModel model)
        {
            var writer = Expression.Parameter(typeof(Utf8JsonWriter), "writer");
            var row = Expression.Parameter(clrType, "row");
            var steps = new List<Expression>();
            // The model's order, which is the order the library writes the properties in.
            foreach (var property in edmType.StructuralProperties())
            {
                var clrProperty = clrType.GetProperty(model.GetClrPropertyName(property) ?? property.Name);
                var write = clrProperty is null ? null : typeof(Values).GetMethod(nameof(Values.Write), [typeof(Utf8JsonWriter), typeof(JsonEncodedText), clrProperty.PropertyType]);
                if (write is null) return null;
                steps.Add(Expression.Call(write, writer, Expression.Constant(JsonEncodedText.Encode(property.Name, Encoder)), Expression.Property(row, clrProperty!)));
            }
            var lambda = Expression.Lambda(typeof(Action<,>).MakeGenericType(typeof(Utf8JsonWriter), clrType), Expression.Block(steps), writer, row).Compile();
            return (RowWriter)Activator.CreateInstance(typeof(RowWriter<>).MakeGenericType(clrType), lambda)!;
        }
    }

    private sealed class RowWriter<T>(Action<Utf8JsonWriter, T> writeRow) : RowWriter
    {
        public override async Task WritePageAsync(IEnumerable rows, ODataSerializerContext context)
        {
            var (json, body, token) = Start(context);
            await using (json)
            {
                json.WriteStartArray();
                T? last = default;
                var any = false;
                foreach (var row in (IEnumerable<T>)rows)
                {
                    json.WriteStartObject();
                    writeRow(json, row);
                    json.WriteEndObject();
                    last = row;
                    any = true;
                    if (json.BytesPending > 32 * 1024)
                    {
                        json.Flush();
                        await body.FlushAsync(token);
                    }
                }
                json.WriteEndArray();
                await EndAsync(json, body, context, any ? TruncatedPageSize!((ODataFeature)context.Request.ODataFeature()) : 0, last);
            }
        }
    }

    private static Func<ODataFeature, int>? CompilePageSize()
    {
        var property = typeof(ODataFeature).GetProperty("PageSize", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        if (property?.PropertyType != typeof(int) || property.GetMethod is null) return null;
        var feature = Expression.Parameter(typeof(ODataFeature), "feature");
        return Expression.Lambda<Func<ODataFeature, int>>(Expression.Property(feature, property), feature).Compile();
    }

    private static Action<ODataFeature, int>? CompileSetPageSize()
    {
        var property = typeof(ODataFeature).GetProperty("PageSize", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic);
        if (property?.PropertyType != typeof(int) || property.SetMethod is null) return null;
        var feature = Expression.Parameter(typeof(ODataFeature), "feature");
        var size = Expression.Parameter(typeof(int), "size");
        return Expression.Lambda<Action<ODataFeature, int>>(Expression.Assign(Expression.Property(feature, property), size), feature, size).Compile();
    }

    /// <summary>One value of each kind the feed's rows carry, written as the OData JSON writer writes it.</summary>
    internal static class Values
    {
        public static void Write(Utf8JsonWriter w, JsonEncodedText name, int value) => w.WriteNumber(name, value);
        public static void Write(Utf8JsonWriter w, JsonEncodedText name, long value) => w.WriteNumber(name, value);
        public static void Write(Utf8JsonWriter w, JsonEncodedText name, bool value) => w.WriteBoolean(name, value);
        public static void Write(Utf8JsonWriter w, JsonEncodedText name, string? value)
        {
            if (value is null) w.WriteNull(name);
            else w.WriteString(name, value);
        }

        public static void Write(Utf8JsonWriter w, JsonEncodedText name, int? value)
        {
            if (value is { } v) w.WriteNumber(name, v);
            else w.WriteNull(name);
        }

        public static void Write(Utf8JsonWriter w, JsonEncodedText name, long? value)
        {
            if (value is { } v) w.WriteNumber(name, v);
            else w.WriteNull(name);
        }

        public static void Write(Utf8JsonWriter w, JsonEncodedText name, bool? value)
        {
            if (value is { } v) w.WriteBoolean(name, v);
            else w.WriteNull(name);
        }

        /// <summary>
        /// Edm.Double as OData writes it: shortest round-trip digits with ".0" on a whole number (396.0, so a reader
        /// keeps it a double); NaN and the infinities as the strings "NaN", "INF" and "-INF".
        /// </summary>
        public static void Write(Utf8JsonWriter w, JsonEncodedText name, double value)
        {
            if (!double.IsFinite(value))
            {
                w.WriteString(name, double.IsNaN(value) ? "NaN" : value > 0 ? "INF" : "-INF");
                return;
            }
            Span<byte> text = stackalloc byte[40];
            value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture);
            if (text[..written].IndexOfAny((byte)'.', (byte)'E', (byte)'e') < 0)
            {
                text[written++] = (byte)'.';
                text[written++] = (byte)'0';
            }
            w.WritePropertyName(name);
            w.WriteRawValue(text[..written], skipInputValidation: true);
        }

        public static void Write(Utf8JsonWriter w, JsonEncodedText name, double? value)
        {
            if (value is { } v) Write(w, name, v);
            else w.WriteNull(name);
        }

        /// <summary>Edm.Date: yyyy-MM-dd.</summary>
        public static void Write(Utf8JsonWriter w, JsonEncodedText name, DateOnly value)
        {
            Span<byte> text = stackalloc byte[10];
            value.TryFormat(text, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            w.WriteString(name, text[..written]);
        }

        public static void Write(Utf8JsonWriter w, JsonEncodedText name, DateOnly? value)
        {
            if (value is { } v) Write(w, name, v);
            else w.WriteNull(name);
        }

        /// <summary>Edm.DateTimeOffset in UTC (the feed's time zone; the warehouse stores UTC, read back unspecified).</summary>
        public static void Write(Utf8JsonWriter w, JsonEncodedText name, DateTime value)
        {
            // As UTC, Utf8JsonWriter writes what OData's writer does for an offset of zero: 2026-12-01T10:51:16.7868038Z.
            w.WriteString(name, value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc));
        }

        public static void Write(Utf8JsonWriter w, JsonEncodedText name, DateTime? value)
        {
            if (value is { } v) Write(w, name, v);
            else w.WriteNull(name);
        }
    }
}
