using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.OData.Abstracts;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.OData.Edm;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;
using Scorecard.Warehouse;

namespace Scorecard.Api.Feed;

/// <summary>
/// Reads a plain page (the pages <see cref="FeedPageWriter"/> writes) from the data reader of EF Core's own command
/// for the page, writing each column straight into the page's JSON instead of into a row object per row, and reads
/// the next page of an export ahead (<see cref="ReadAheads"/>). Timed, reading the columns costs the same either way
/// (EF Core and this make the same Microsoft.Data.Sqlite calls per column, and those calls are most of a page); what
/// this gives is a page held as JSON with its reader still open, so the next page is read from the same query while
/// the caller reads this one. The query is still the library's and EF Core's: ASP.NET Core OData applies $filter,
/// $orderby, $skiptoken, $skip, $top and its page size (the Take of one row more than a page) to the set's query
/// exactly as before, and EF Core translates it and makes its command; only the execution is ours. The page is read
/// here, in the action, into a pooled buffer, so a query the database cannot run is still a 400 and never a page cut
/// off half-written. Where anything is not as expected (a column not named after its property, a type EF Core reads
/// through a value converter, a request the writer will not take) the page is read through EF Core as before.
/// </summary>
internal static class FeedPageReader
{
    /// <summary>Pages read from the data reader (the tests check which path a page took).</summary>
    internal static long PagesRead;

    /// <summary>Of those, pages read ahead while the caller was reading the page before, and answered from there.</summary>
    internal static long PagesReadAhead;

    /// <summary>Pages whose columns were read from SQLite's statement (<see cref="SqliteColumns"/>).</summary>
    internal static long PagesReadFromStatement;

    private static readonly ConcurrentDictionary<Type, Columns?> Compiled = new();

    /// <summary>
    /// The library's page for a request the feed's writer will write, read from the data reader (a
    /// <see cref="ReadPage"/>, or the library's own result should it not ask for a page); null when the request or
    /// the set is not one for this path, and the caller applies the options as before.
    /// </summary>
    public static object? TryRead<T>(HttpRequest request, IQueryable<T> rows, ODataQueryOptions<T> options, ODataQuerySettings settings, FeedLimits limits)
    {
        if (!limits.OwnPageWriter || !limits.ReadPagesFromDataReader || !WillBeWrittenPlain(request, options)) return null;
        if (rows.Provider is not IAsyncQueryProvider || request.HttpContext.RequestServices.GetService<WarehouseContext>() is not { } db || !db.Database.IsRelational()) return null;
        if (options.Context.ElementType is not IEdmEntityType edmType || Compiled.GetOrAdd(typeof(T), t => Columns.Compile(t, edmType, options.Context.Model, db)) is not Columns<T> columns)
            return null;

        // The library composes the page's query over this wrapper and asks it for the page (Take(page size + 1)); the
        // wrapper keeps that query and answers with no rows, so nothing is read until it is read here.
        var capture = new CapturingProvider(rows.Provider);
        var applied = options.ApplyTo(new CapturingQueryable<T>(rows, capture), settings);
        if (capture.Page is not { } page) return applied;
        var pageSize = PageSizeOf(page);
        var query = rows.Provider.CreateQuery<T>(page);
        if (!ReadAheads.Eligible(options) || ReadAheads.KeyOf(request.HttpContext, request.Path, request.QueryString.Value) is not { } key)
            return columns.Read(request, db, query, pageSize, ahead: null, limits.ReadColumnsFromStatement) ?? ReadPage.ThroughEfCore(request, query, pageSize);
        if (ReadAheads.Take(key) is JsonPage<T> ready)
        {
            Interlocked.Increment(ref PagesReadAhead);
            // Its next page is what its nextLink's $skiptoken selects: the library's skip token applied to this page's
            // query in the set's own order, a page and a row.
            var ordered = rows.Provider.CreateQuery<T>(WithoutSkipToken(((MethodCallExpression)page).Arguments[0]));
            return columns.Served(request, db, ready, query, pageSize, limits.ReadColumnsFromStatement, token =>
                rows.Provider.CreateQuery<T>(WithTake(page, pageSize + 1, new SkipTokenQueryOption(token, options.Context).ApplyTo(ordered, settings, options).Expression)));
        }
        // Read ahead only along an export (its first page, or a page that was itself read ahead), never for a page
        // asked for on its own (a $skiptoken of the caller's choosing), which would read a page no one asks for.
        // The first page's query takes two pages and a row: its second page is the next one, as its nextLink would read it.
        return columns.Read(request, db, query, pageSize, string.IsNullOrEmpty(options.RawValues.SkipToken) ? rows.Provider.CreateQuery<T>(WithTake(page, 2 * pageSize + 1)) : null, limits.ReadColumnsFromStatement)
            ?? ReadPage.ThroughEfCore(request, query, pageSize);
    }

    /// <summary>
    /// A page's query without its own $skiptoken, which the library applies as a Where straight after the order
    /// (ODataQueryOptions.ApplyTo: $filter, the order, then $skiptoken). Left in, it would be a second, weaker bound
    /// beside the next page's, and SQLite starts its search at the first: it would step over this page's keys again.
    /// Anything else is left as it is (the next page is still right, only slower).
    /// </summary>
    private static Expression WithoutSkipToken(Expression query) =>
        query is MethodCallExpression { Method: { Name: nameof(Queryable.Where), DeclaringType: var where } } skipToken && where == typeof(Queryable)
        && skipToken.Arguments[0] is MethodCallExpression { Method: { Name: nameof(Queryable.OrderBy) or nameof(Queryable.OrderByDescending) or nameof(Queryable.ThenBy) or nameof(Queryable.ThenByDescending), DeclaringType: var order } } ordered
        && order == typeof(Queryable)
            ? ordered
            : query;

    /// <summary>The page's query with its Take(page size + 1) made another number of rows, over its own source or another.</summary>
    private static Expression WithTake(Expression page, int rows, Expression? source = null)
    {
        var take = (MethodCallExpression)page;
        // A property of a constant, as the library parameterizes it, so the database sees a parameter and EF Core one query shape.
        return Expression.Call(take.Method, source ?? take.Arguments[0], Expression.Property(Expression.Constant(new RowCount(rows)), nameof(RowCount.Rows)));
    }

    private sealed record RowCount(int Rows);

    /// <summary>
    /// What <see cref="FeedPageWriter"/> takes, as far as the request says before its answer is chosen: a whole set,
    /// every column, no $apply or $compute, and no other metadata level or IEEE754Compatible in Accept or $format.
    /// The writer checks again on the answer; a page it then refuses is read through EF Core there.
    /// </summary>
    private static bool WillBeWrittenPlain<T>(HttpRequest request, ODataQueryOptions<T> options)
    {
        if (request.ODataFeature().Path is not { Count: 1 } path || path.FirstSegment is not EntitySetSegment) return false;
        var raw = options.RawValues;
        if (!string.IsNullOrEmpty(raw.Select) || !string.IsNullOrEmpty(raw.Expand) || !string.IsNullOrEmpty(raw.Apply) || !string.IsNullOrEmpty(raw.Compute)) return false;
        foreach (var asked in request.Headers.Accept.Append(raw.Format))
        {
            if (string.IsNullOrEmpty(asked)) continue;
            if (asked.Contains("IEEE754Compatible=true", StringComparison.OrdinalIgnoreCase)) return false;
            for (var at = asked.IndexOf("metadata=", StringComparison.OrdinalIgnoreCase); at >= 0; at = asked.IndexOf("metadata=", at + 1, StringComparison.OrdinalIgnoreCase))
                if (!asked.AsSpan(at + "metadata=".Length).StartsWith("minimal", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    /// <summary>The page size the library asked for: its Take is of one row more than a page.</summary>
    private static int PageSizeOf(Expression page)
    {
        var count = ((MethodCallExpression)page).Arguments[1];
        // A constant, or (EnableConstantParameterization) a property of a constant holder: either way a closed expression.
        var rows = count is ConstantExpression { Value: int n } ? n : Expression.Lambda<Func<int>>(count).Compile(preferInterpretation: true)();
        return rows - 1;
    }

    /// <summary>A page read before the answer is written: the JSON of its rows, or (read through EF Core) its rows.</summary>
    internal abstract class ReadPage : IDisposable
    {
        public abstract Type ElementType { get; }

        /// <summary>The rows' JSON, "[" then the rows with commas between them, no "]"; null when read through EF Core.</summary>
        public PageBuffer? Json { get; protected init; }

        /// <summary>The page's last row (what the nextLink is built from) when there is a next page.</summary>
        public object? Last { get; protected init; }

        /// <summary>The page size when the page was cut short (there is a next page), else 0.</summary>
        public int NextPageSize { get; protected init; }

        /// <summary>Reads the next page, given the nextLink this one was answered with (see <see cref="ReadAheads"/>); null when not read ahead.</summary>
        public Func<Uri, ReadPage?>? ReadNext { get; set; }

        /// <summary>The rows as the library would have handed them on, for its serializer.</summary>
        public abstract IQueryable Materialise(HttpRequest request);

        public void Dispose() => Json?.Dispose();

        /// <summary>What the library's paging does (ODataQueryOptions.LimitResults): read one row more than a page; if it came, drop it and note the page size.</summary>
        public static ReadPage ThroughEfCore<T>(HttpRequest request, IQueryable<T> query, int pageSize)
        {
            var rows = query.ToList();
            var truncated = rows.Count > pageSize;
            if (truncated) rows.RemoveAt(rows.Count - 1);
            var page = new RowsPage<T>(rows, truncated ? pageSize : 0);
            page.NoteOn(request);
            return page;
        }

        protected void NoteOn(HttpRequest request)
        {
            if (NextPageSize > 0 && request.ODataFeature() is ODataFeature { NextLink: null } feature) FeedPageWriter.SetPageSize(feature, NextPageSize);
        }
    }

    /// <summary>
    /// Enumerable as the set's rows only so that the OData formatter, which picks its serializer by the answer's
    /// type, hands it to the set serializer (<see cref="FeedPageWriter"/>); that takes it apart itself.
    /// </summary>
    private abstract class ReadPage<T> : ReadPage, IEnumerable<T>
    {
        public override Type ElementType => typeof(T);

        public abstract IEnumerator<T> GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed class RowsPage<T> : ReadPage<T>
    {
        private readonly List<T> _rows;

        public RowsPage(List<T> rows, int nextPageSize)
        {
            _rows = rows;
            NextPageSize = nextPageSize;
        }

        public override IQueryable Materialise(HttpRequest request) => _rows.AsQueryable();

        public override IEnumerator<T> GetEnumerator() => _rows.GetEnumerator();
    }

    private sealed class JsonPage<T> : ReadPage<T>
    {
        private IQueryable<T>? _query;
        private int _pageSize;

        public JsonPage(PageBuffer json, T? last, int nextPageSize)
        {
            Json = json;
            Last = last;
            NextPageSize = nextPageSize;
        }

        /// <summary>The query that reads this page through EF Core, should the writer not take it.</summary>
        public JsonPage<T> ReadThrough(IQueryable<T> query, int pageSize)
        {
            _query = query;
            _pageSize = pageSize;
            return this;
        }

        public override IEnumerator<T> GetEnumerator() =>
            throw new InvalidOperationException("A page read as JSON is written by FeedPageWriter, or read again through EF Core by Materialise.");

        /// <summary>The writer did not take the page after all: read again through EF Core, for the library's serializer.</summary>
        public override IQueryable Materialise(HttpRequest request)
        {
            Json?.Dispose();
            return ThroughEfCore(request, _query!, _pageSize).Materialise(request);
        }
    }

    /// <summary>A row type's columns: how each is read from a data reader and written, in the model's property order.</summary>
    private abstract class Columns
    {
        /// <summary>Null when a property is of a type the page writer does not write, or EF Core reads it through a converter.</summary>
        public static Columns? Compile(Type clrType, IEdmEntityType edmType, IEdmModel model, DbContext db)
        {
            var mappings = db.GetService<IRelationalTypeMappingSource>();
            var reader = Expression.Parameter(typeof(DbDataReader), "reader");
            var ordinals = Expression.Parameter(typeof(int[]), "ordinals");
            var json = Expression.Parameter(typeof(Utf8JsonWriter), "json");
            var statement = Expression.Parameter(typeof(nint), "statement");
            var writes = new List<Expression>();
            var fromStatement = new List<Expression>();
            var sets = new List<MemberBinding>();
            var names = new List<string>();
            foreach (var (property, i) in edmType.StructuralProperties().Select((p, i) => (p, i)))
            {
                var clrProperty = clrType.GetProperty(model.GetClrPropertyName(property) ?? property.Name);
                if (clrProperty?.SetMethod is null) return null;
                var type = clrProperty.PropertyType;
                var underlying = Nullable.GetUnderlyingType(type) ?? type;
                var write = typeof(FeedPageWriter.Values).GetMethod(nameof(FeedPageWriter.Values.Write), [typeof(Utf8JsonWriter), typeof(JsonEncodedText), underlying]);
                // Read as EF Core reads a column of this type on this provider, and only where no converter stands between.
                if (write is null || mappings.FindMapping(underlying) is not { Converter: null } mapping) return null;
                var method = mapping.GetDataReaderMethod();
                var ordinal = Expression.ArrayIndex(ordinals, Expression.Constant(i));
                Expression value = Expression.Call(Expression.Convert(reader, method.DeclaringType!), method, ordinal);
                if (value.Type != underlying) return null;
                var name = Expression.Constant(JsonEncodedText.Encode(property.Name, FeedPageWriter.Encoder));
                var canBeNull = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
                var isNull = Expression.Call(reader, typeof(DbDataReader).GetMethod(nameof(DbDataReader.IsDBNull))!, ordinal);
                var writeValue = Expression.Call(write, json, name, value);
                writes.Add(canBeNull
                    ? Expression.IfThenElse(isNull, Expression.Call(json, typeof(Utf8JsonWriter).GetMethod(nameof(Utf8JsonWriter.WriteNull), [typeof(JsonEncodedText)])!, name), writeValue)
                    : writeValue);
                // The same column from SQLite's statement where the type allows (SqliteColumns), else as above.
                fromStatement.Add(SqliteColumns.WriterFor(type) is { } native && db.Database.IsSqlite()
                    ? Expression.Call(native, statement, reader, ordinal, json, name, Expression.Constant(canBeNull))
                    : writes[^1]);
                sets.Add(Expression.Bind(clrProperty, canBeNull
                    ? Expression.Condition(isNull, Expression.Default(type), Expression.Convert(value, type))
                    : value));
                names.Add(clrProperty.Name);
            }
            if (clrType.GetConstructor(Type.EmptyTypes) is null) return null;
            var writeRow = Expression.Lambda(typeof(Action<,,>).MakeGenericType(typeof(DbDataReader), typeof(int[]), typeof(Utf8JsonWriter)), Expression.Block(writes), reader, ordinals, json).Compile();
            var writeFromStatement = Expression.Lambda<Action<nint, DbDataReader, int[], Utf8JsonWriter>>(Expression.Block(fromStatement), statement, reader, ordinals, json).Compile();
            var readRow = Expression.Lambda(typeof(Func<,,>).MakeGenericType(typeof(DbDataReader), typeof(int[]), clrType), Expression.MemberInit(Expression.New(clrType), sets), reader, ordinals).Compile();
            return (Columns)Activator.CreateInstance(typeof(Columns<>).MakeGenericType(clrType), names.ToArray(), writeRow, writeFromStatement, readRow)!;
        }
    }

    private sealed class Columns<T>(string[] names, Action<DbDataReader, int[], Utf8JsonWriter> writeRow, Action<nint, DbDataReader, int[], Utf8JsonWriter> writeFromStatement,
        Func<DbDataReader, int[], T> readRow) : Columns
    {
        /// <summary>
        /// The page from the data reader of EF Core's command; null when its columns are not the properties by name.
        /// With <paramref name="ahead"/> (the same query taking two pages and a row) the reader is kept open after
        /// the page, and the next page read from it once this one has been answered.
        /// </summary>
        public ReadPage? Read(HttpRequest request, DbContext db, IQueryable<T> query, int pageSize, IQueryable<T>? ahead, bool fromStatement)
        {
            if (Open(db, ahead ?? query, fromStatement) is not { } cursor) return null;
            var response = request.HttpContext.Response;
            response.RegisterForDispose(cursor);
            try
            {
                var page = ReadPage(cursor, pageSize).ReadThrough(query, pageSize);
                response.RegisterForDispose(page);
                if (ahead is not null && page.NextPageSize > 0)
                    page.ReadNext = _ =>
                    {
                        using (cursor) return ReadPage(cursor, pageSize);
                    };
                else
                    cursor.Dispose();
                return page;
            }
            catch
            {
                cursor.Dispose();
                throw;
            }
        }

        /// <summary>
        /// A page read ahead, answered; its own next page is read after it by <paramref name="after"/>: the query its
        /// nextLink's $skiptoken names. So no row is read twice, and the page is what that nextLink reads at the time.
        /// </summary>
        public ReadPage Served(HttpRequest request, DbContext db, JsonPage<T> page, IQueryable<T> query, int pageSize, bool fromStatement, Func<string, IQueryable<T>> after)
        {
            request.HttpContext.Response.RegisterForDispose(page.ReadThrough(query, pageSize));
            if (page.NextPageSize > 0)
                page.ReadNext = next =>
                {
                    if (QueryHelpers.ParseQuery(next.Query).TryGetValue("$skiptoken", out var token) is false || token.Count != 1) return null;
                    if (Open(db, after(token[0]!), fromStatement) is not { } cursor) return null;
                    using (cursor) return ReadPage(cursor, pageSize);
                };
            return page;
        }

        private Cursor? Open(DbContext db, IQueryable<T> query, bool fromStatement)
        {
            var command = query.CreateDbCommand();
            db.Database.OpenConnection();
            DbDataReader? reader = null;
            try
            {
                reader = command.ExecuteReader();
                // EF Core names each column of a projection after the property it fills; a column it shares between
                // two properties, or one it computes from others, leaves a property without a column of its name.
                if (Ordinals(reader) is { } ordinals) return new Cursor(db, command, reader, ordinals) { Statement = fromStatement ? SqliteColumns.StatementOf(reader, command) : 0 };
            }
            catch
            {
                new Cursor(db, command, reader, []).Dispose();
                throw;
            }
            new Cursor(db, command, reader, []).Dispose();
            return null;
        }

        /// <summary>A page from the cursor's next row: up to a page of rows, and one more to know whether a page follows.</summary>
        private JsonPage<T> ReadPage(Cursor cursor, int pageSize)
        {
            var buffer = new PageBuffer();
            using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = FeedPageWriter.Encoder, SkipValidation = true });
            json.WriteStartArray();
            var count = 0;
            T? last = default;
            var truncated = false;
            var reader = cursor.Reader;
            while (cursor.OnRow || reader.Read())
            {
                cursor.OnRow = false;
                if (count == pageSize)
                {
                    // This row begins the next page.
                    truncated = true;
                    cursor.OnRow = true;
                    break;
                }
                json.WriteStartObject();
                if (cursor.Statement != 0) writeFromStatement(cursor.Statement, reader, cursor.Ordinals, json);
                else writeRow(reader, cursor.Ordinals, json);
                json.WriteEndObject();
                if (++count == pageSize) last = readRow(reader, cursor.Ordinals);
            }
            json.Flush();
            Interlocked.Increment(ref PagesRead);
            if (cursor.Statement != 0) Interlocked.Increment(ref PagesReadFromStatement);
            return new JsonPage<T>(buffer, last, truncated ? pageSize : 0);
        }

        private int[]? Ordinals(DbDataReader reader)
        {
            if (reader.FieldCount != names.Length) return null;
            var byName = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
                if (!byName.TryAdd(reader.GetName(i), i)) return null;
            var ordinals = new int[names.Length];
            for (var i = 0; i < names.Length; i++)
                if (!byName.TryGetValue(names[i], out ordinals[i])) return null;
            return ordinals;
        }
    }

    /// <summary>An open data reader on EF Core's connection, and where it stands; disposing it closes what it opened, once.</summary>
    private sealed class Cursor(DbContext db, DbCommand command, DbDataReader? reader, int[] ordinals) : IDisposable
    {
        private bool _disposed;

        public DbDataReader Reader => reader!;
        public int[] Ordinals => ordinals;

        /// <summary>The reader stands on a row no page has taken yet (the row that showed a page was cut short).</summary>
        public bool OnRow { get; set; }

        /// <summary>SQLite's statement under the reader, whose columns are read straight (SqliteColumns); 0 when read through the reader.</summary>
        public nint Statement { get; init; }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            reader?.Dispose();
            command.Dispose();
            db.Database.CloseConnection();
        }
    }

    /// <summary>
    /// Pages read ahead along an export. A client reading a set through its nextLinks (Power BI, the benchmark) parses
    /// each page before it asks for the next, and the server would wait idle meanwhile; so once a page of an export has
    /// been answered (the response completed), the request goes on to read the next page from the same query, and
    /// keeps it here for that caller and that nextLink. It is answered from here when asked for; a page not asked for
    /// within <see cref="Life"/> is dropped. Only where the next page is exactly the rest of the same query: the
    /// set's own order (no $orderby, $skip or $top), so the rows after the last are the ones its $skiptoken selects.
    /// </summary>
    internal static class ReadAheads
    {
        private static readonly TimeSpan Life = TimeSpan.FromSeconds(30);
        private const int MaxPages = 16;
        private static readonly ConcurrentDictionary<string, (Task<ReadPage?> Page, DateTime Read)> Pages = new();

        public static bool Eligible<T>(ODataQueryOptions<T> options) =>
            string.IsNullOrEmpty(options.RawValues.OrderBy) && string.IsNullOrEmpty(options.RawValues.Skip) && string.IsNullOrEmpty(options.RawValues.Top);

        /// <summary>The caller (every claim of its credential), the set and the query: a page is only ever answered to whoever it was read for.</summary>
        public static string? KeyOf(HttpContext http, string path, string? query)
        {
            if (http.User.Identity is not { IsAuthenticated: true }) return null;
            return Who(http.User) + "\n" + path.TrimEnd('/').Split('/')[^1] + "\n" + Uri.UnescapeDataString((query ?? "").TrimStart('?'));
        }

        /// <summary>Reads the page (on this thread, after the answer before it has gone) and keeps it for its key.</summary>
        public static void Fill(string key, Func<ReadPage?> read)
        {
            var now = DateTime.UtcNow;
            foreach (var (stale, entry) in Pages)
                if (now - entry.Read > Life && Pages.TryRemove(stale, out _) && entry.Page.IsCompletedSuccessfully) entry.Page.Result?.Dispose();
            if (Pages.Count >= MaxPages) return;
            var page = new TaskCompletionSource<ReadPage?>(TaskCreationOptions.RunContinuationsAsynchronously);
            if (!Pages.TryAdd(key, (page.Task, now))) return;
            try
            {
                page.SetResult(read());
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A page read ahead is only a guess at what comes next; should it fail, the request for it reads it itself.
                Pages.TryRemove(key, out _);
                page.SetResult(null);
            }
        }

        /// <summary>Pages read ahead and waiting (the tests check none is left for no one).</summary>
        internal static int Count => Pages.Count;

        /// <summary>Drops every page read ahead for this caller.</summary>
        public static void Forget(System.Security.Claims.ClaimsPrincipal user)
        {
            var who = Who(user) + "\n";
            foreach (var (key, entry) in Pages)
                if (key.StartsWith(who, StringComparison.Ordinal) && Pages.TryRemove(key, out _) && entry.Page.IsCompletedSuccessfully) entry.Page.Result?.Dispose();
        }

        private static string Who(System.Security.Claims.ClaimsPrincipal user) => string.Join("\n", user.Claims.Select(c => c.Type + "=" + c.Value));

        /// <summary>The page read ahead for this key, waiting for it while it is being read; null when there is none.</summary>
        public static ReadPage? Take(string key)
        {
            if (!Pages.TryRemove(key, out var entry)) return null;
            if (DateTime.UtcNow - entry.Read > Life || !entry.Page.Wait(Life)) return null;
            return entry.Page.Result;
        }
    }

    /// <summary>
    /// Passes everything to the set's own provider (EF Core), except that the page itself, the library's
    /// Take(page size + 1) enumerated for its page, is kept instead of run.
    /// </summary>
    private sealed class CapturingProvider(IQueryProvider inner) : IQueryProvider
    {
        public Expression? Page { get; private set; }

        public IQueryable CreateQuery(Expression expression)
        {
            var query = inner.CreateQuery(expression);
            return (IQueryable)Activator.CreateInstance(typeof(CapturingQueryable<>).MakeGenericType(query.ElementType), query, this)!;
        }

        public IQueryable<TElement> CreateQuery<TElement>(Expression expression) => new CapturingQueryable<TElement>(inner.CreateQuery<TElement>(expression), this);

        public object? Execute(Expression expression) => inner.Execute(expression);

        public TResult Execute<TResult>(Expression expression) => inner.Execute<TResult>(expression);

        public bool Keep(Expression expression)
        {
            if (Page is not null || expression is not MethodCallExpression { Method: { Name: nameof(Queryable.Take), DeclaringType: var type } } || type != typeof(Queryable)) return false;
            Page = expression;
            return true;
        }
    }

    private sealed class CapturingQueryable<T>(IQueryable<T> inner, CapturingProvider provider) : IOrderedQueryable<T>
    {
        public Type ElementType => inner.ElementType;
        public Expression Expression => inner.Expression;
        public IQueryProvider Provider => provider;

        public IEnumerator<T> GetEnumerator() => provider.Keep(Expression) ? Enumerable.Empty<T>().GetEnumerator() : inner.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A page's JSON in pooled 64 KiB pieces, so a page costs no large array and no copy as it grows.</summary>
    internal sealed class PageBuffer : IBufferWriter<byte>, IDisposable
    {
        private const int Piece = 64 * 1024;
        private readonly List<(byte[] Array, int Length)> _full = [];
        private byte[]? _current;
        private int _used;

        public void Advance(int count) => _used += count;

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _current.AsMemory(_used);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            Ensure(sizeHint);
            return _current.AsSpan(_used);
        }

        private void Ensure(int sizeHint)
        {
            sizeHint = Math.Max(sizeHint, 1);
            if (_current is not null && _current.Length - _used >= sizeHint) return;
            if (_current is not null) _full.Add((_current, _used));
            _current = ArrayPool<byte>.Shared.Rent(Math.Max(Piece, sizeHint));
            _used = 0;
        }

        /// <summary>The bytes written, in order.</summary>
        public IEnumerable<ReadOnlyMemory<byte>> Pieces()
        {
            foreach (var (array, length) in _full) yield return array.AsMemory(0, length);
            if (_current is not null) yield return _current.AsMemory(0, _used);
        }

        public void Dispose()
        {
            foreach (var (array, _) in _full) ArrayPool<byte>.Shared.Return(array);
            _full.Clear();
            if (_current is not null) ArrayPool<byte>.Shared.Return(_current);
            _current = null;
            _used = 0;
        }
    }
}
