using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;
using Microsoft.OData.Edm;

namespace Scorecard.Api.Feed;

/// <summary>
/// Validates a request's query options against <see cref="FeedLimits"/> and applies them to a set's query, one
/// page at a time. The page is read here, inside the action, so a query the database cannot run becomes a 400
/// with an OData error instead of a response cut off half-written.
/// </summary>
public sealed class FeedQuery(IOptions<FeedLimits> limits, ILogger<FeedQuery> logger)
{
    // $expand is absent: the model has no navigation properties (names are flattened in) and Power BI's
    // $expand handling is slow and buggy on large sets. $search has nothing to search.
    private const AllowedQueryOptions Allowed = AllowedQueryOptions.Select | AllowedQueryOptions.Filter | AllowedQueryOptions.OrderBy
        | AllowedQueryOptions.Top | AllowedQueryOptions.Skip | AllowedQueryOptions.Count | AllowedQueryOptions.Apply
        | AllowedQueryOptions.SkipToken | AllowedQueryOptions.Format;

    public IActionResult Respond<T>(ODataController controller, IQueryable<T> rows, ODataQueryOptions<T> options)
    {
        var l = limits.Value;
        try
        {
            Validate(options, l);
            var settings = new ODataQuerySettings
            {
                PageSize = l.PageSize,
                EnsureStableOrdering = true,
                // The database handles nulls in comparisons; C#-style null checks would only make the SQL longer. Rows
                // already in memory (drill-through) need them, or tolower(Team) of an empty team would throw.
                HandleNullPropagation = InMemory(rows),
            };
            if (controller.Request.ODataFeature().Path?.LastSegment is CountSegment)
            {
                // /Set/$count: the number of rows the $filter selects, as plain text (Power BI asks for it on its own).
                var filtered = (IQueryable<T>)options.ApplyTo(rows, new ODataQuerySettings { HandleNullPropagation = InMemory(rows) },
                    AllowedQueryOptions.All & ~AllowedQueryOptions.Filter);
                return controller.Ok(filtered.LongCount());
            }
            // With a page size, ApplyTo reads the page (one row more, to know whether there is a next one) here.
            // A plain page is read from the data reader of EF Core's command (FeedPageReader); any other, as the library reads it.
            var applied = FeedPageReader.TryRead(controller.Request, rows, options, settings, l) ?? options.ApplyTo(rows, settings);
            // Declared as the set's type: the OData formatter picks its serializer by it, which is what lets it
            // write $select and $apply results (wrapper types of no EDM type of their own) as the set's payload.
            return new OkObjectResult(applied) { DeclaredType = typeof(IQueryable<T>) };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Refuse(controller.Request, e);
        }
    }

    /// <summary>GET /Set(key): the one row with that key, with $select; 404 when there is none.</summary>
    public IActionResult RespondOne<T>(ODataController controller, IQueryable<T> row, ODataQueryOptions<T> options)
    {
        try
        {
            Validate(options, limits.Value);
            var applied = options.ApplyTo(row, new ODataQuerySettings { HandleNullPropagation = InMemory(row) }, AllowedQueryOptions.All & ~AllowedQueryOptions.Select);
            var first = applied.Cast<object>().FirstOrDefault();
            return first is null
                ? Error(new FeedErrors.Problem(404, "NotFound", $"There is no row with that key in {controller.Request.ODataFeature().Path?.FirstSegment?.Identifier}."))
                : new OkObjectResult(first);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Refuse(controller.Request, e);
        }
    }

    private static HandleNullPropagationOption InMemory<T>(IQueryable<T> rows) =>
        rows is EnumerableQuery ? HandleNullPropagationOption.True : HandleNullPropagationOption.False;

    /// <summary>
    /// A query the feed cannot run is the caller's to change: its reason joins the request's one log line, no stack trace. An exception nothing
    /// classifies still answers 400 (it came from composing the caller's query over a set that reads fine without
    /// it) but is logged in full, because it may be the feed's own fault.
    /// </summary>
    private IActionResult Refuse(HttpRequest request, Exception e)
    {
        e = FeedErrors.Unwrap(e);
        var problem = FeedErrors.Classify(e);
        if (problem is { IsClientError: true })
            FeedErrors.NoteRefusal(request.HttpContext, problem.Message);
        else if (problem is not null)
            logger.LogWarning("{Status} on {Path}: {Reason}", problem.Status, request.Path, FeedErrors.Plain(e.Message));
        else
        {
            logger.LogWarning(e, "A query on {Path} failed in a way the feed does not recognise; answered 400.", request.Path);
            problem = new FeedErrors.Problem(400, "BadRequest", $"The feed cannot run this query: {FeedErrors.Plain(e.Message)}");
        }
        return Error(problem);
    }

    public static IActionResult Error(FeedErrors.Problem problem) =>
        new ObjectResult(new { error = new { code = problem.Code, message = FeedErrors.FirstLine(problem.Message) } }) { StatusCode = problem.Status };

    public static IActionResult BadRequest(string message) => Error(new FeedErrors.Problem(400, "BadRequest", message));

    private static void Validate<T>(ODataQueryOptions<T> options, FeedLimits l)
    {
        if (!string.IsNullOrEmpty(options.RawValues.Expand))
            throw new ODataException("$expand is not offered: each set already carries the names you would expand for (team, locality, measure and period names), and there are no navigation properties.");
        // ASP.NET Core OData would answer the $apply and silently drop the $select: refused, the caller knows why.
        if (!string.IsNullOrEmpty(options.RawValues.Apply) && !string.IsNullOrEmpty(options.RawValues.Select))
            throw new ODataException("$select is not applied beside $apply: an $apply result has exactly the columns its groupby and aggregate name. Drop $select, or name the columns in groupby((...)).");
        if (!string.IsNullOrEmpty(options.RawValues.Search))
            throw new ODataException("$search is not offered: use $filter, e.g. $filter=contains(Team,'North').");
        options.Validate(new ODataValidationSettings
        {
            AllowedQueryOptions = Allowed,
            // Any $top: the server pages it (nextLink carries the rest), so a large one costs no more than reading the set.
            MaxTop = int.MaxValue,
            MaxSkip = l.MaxSkip,
            MaxNodeCount = l.MaxNodeCount,
            MaxOrderByNodeCount = l.MaxOrderByNodeCount,
            MaxAnyAllExpressionDepth = 1,
            MaxExpansionDepth = 1,
            MaxFunctionCallDepth = 3,
        });
        RefuseUnknownNames(options);
        if (options.Apply is { } apply) ValidateApply(apply.ApplyClause, l);
    }

    /// <summary>
    /// The row types are open (FeedModel), so the parser reads a name the type does not declare as a dynamic property
    /// instead of refusing it. Such a name is allowed only where it is an alias the request's own $apply defined.
    /// </summary>
    private static void RefuseUnknownNames<T>(ODataQueryOptions<T> options)
    {
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        var used = new List<string>();
        foreach (var step in options.Apply?.ApplyClause.Transformations ?? [])
        {
            switch (step)
            {
                case FilterTransformationNode filter:
                    used.AddRange(OpenNames(filter.FilterClause.Expression));
                    break;
                case AggregateTransformationNode aggregate:
                    Aggregates(aggregate.AggregateExpressions);
                    break;
                case GroupByTransformationNode groupBy:
                    used.AddRange(GroupedNames(groupBy.GroupingProperties));
                    if (groupBy.ChildTransformations is AggregateTransformationNode inner) Aggregates(inner.AggregateExpressions);
                    break;
            }
        }
        used.AddRange(OpenNames(options.Filter?.FilterClause.Expression));
        for (var order = options.OrderBy?.OrderByClause; order is not null; order = order.ThenBy) used.AddRange(OpenNames(order.Expression));
        foreach (var item in options.SelectExpand?.SelectExpandClause?.SelectedItems.OfType<PathSelectItem>() ?? [])
            if (item.SelectedPath.LastSegment is DynamicPathSegment dynamic) used.Add(dynamic.Identifier);
        if (used.FirstOrDefault(n => !aliases.Contains(n)) is { } unknown)
            throw new ODataException($"Could not find a property named '{unknown}' on type '{options.Context.ElementType.FullTypeName()}'.");

        void Aggregates(IEnumerable<AggregateExpressionBase> expressions)
        {
            foreach (var e in expressions.OfType<AggregateExpression>())
            {
                used.AddRange(OpenNames(e.Expression));
                aliases.Add(e.Alias);
            }
        }
    }

    private static IEnumerable<string> GroupedNames(IEnumerable<GroupByPropertyNode> nodes) =>
        nodes.SelectMany(n => OpenNames(n.Expression).Concat(GroupedNames(n.ChildTransformations)));

    /// <summary>The undeclared names an expression reads; the node kinds a $filter, $orderby or $apply can hold.</summary>
    private static IEnumerable<string> OpenNames(QueryNode? node) => node switch
    {
        null => [],
        SingleValueOpenPropertyAccessNode open => [open.Name, .. OpenNames(open.Source)],
        CollectionOpenPropertyAccessNode open => [open.Name, .. OpenNames(open.Source)],
        BinaryOperatorNode binary => [.. OpenNames(binary.Left), .. OpenNames(binary.Right)],
        UnaryOperatorNode unary => OpenNames(unary.Operand),
        ConvertNode convert => OpenNames(convert.Source),
        InNode @in => [.. OpenNames(@in.Left), .. OpenNames(@in.Right)],
        SingleValueFunctionCallNode call => call.Parameters.SelectMany(OpenNames),
        CollectionFunctionCallNode call => call.Parameters.SelectMany(OpenNames),
        LambdaNode lambda => [.. OpenNames(lambda.Source), .. OpenNames(lambda.Body)],
        SingleValuePropertyAccessNode property => OpenNames(property.Source),
        CollectionPropertyAccessNode property => OpenNames(property.Source),
        _ => [],
    };

    /// <summary>
    /// $apply is allowed for the shapes clients fold (filter, groupby, aggregate): few steps, few grouping
    /// properties, no compute or expand, so an aggregation stays one GROUP BY in the database.
    /// </summary>
    private static void ValidateApply(ApplyClause clause, FeedLimits l)
    {
        var steps = clause.Transformations.ToList();
        if (steps.Count > l.MaxApplyTransformations)
            throw new ODataException($"$apply has {steps.Count} transformations; the feed allows at most {l.MaxApplyTransformations}.");
        foreach (var step in steps)
        {
            switch (step)
            {
                case FilterTransformationNode:
                    break;
                case AggregateTransformationNode aggregate:
                    ValidateAggregates(aggregate.AggregateExpressions);
                    break;
                case GroupByTransformationNode groupBy:
                    if (CountProperties(groupBy.GroupingProperties) > l.MaxGroupByProperties)
                        throw new ODataException($"groupby may name at most {l.MaxGroupByProperties} properties.");
                    if (groupBy.ChildTransformations is AggregateTransformationNode inner) ValidateAggregates(inner.AggregateExpressions);
                    else if (groupBy.ChildTransformations is not null)
                        throw new ODataException("Inside groupby the feed allows only aggregate(...).");
                    break;
                default:
                    throw new ODataException($"$apply supports filter, groupby and aggregate; '{step.Kind}' is not allowed here.");
            }
        }
    }

    private static void ValidateAggregates(IEnumerable<AggregateExpressionBase> expressions)
    {
        var list = expressions.ToList();
        if (list.Count > 10) throw new ODataException("aggregate(...) may compute at most 10 values.");
        if (list.Any(e => e is not AggregateExpression))
            throw new ODataException("aggregate(...) supports sum, min, max, average, countdistinct and $count over properties of the set.");
        foreach (var e in list.OfType<AggregateExpression>())
        {
            var type = e.Expression?.TypeReference;
            var numeric = type is not null && (type.IsInt32() || type.IsInt64() || type.IsDouble() || type.IsDecimal() || type.IsInt16());
            if (e.Method is AggregationMethod.Sum or AggregationMethod.Average && !numeric)
                throw new ODataException($"{e.Method.ToString().ToLowerInvariant()} applies to number columns; {Describe(e.Expression)} is not a number. Use countdistinct or $count.");
            // The aggregation binder gives the minimum of a date or timestamp as a .NET DateTime, which the writer then
            // refuses half-way through the page; refused here, the caller gets a reason instead of a cut-off response.
            if (e.Method is AggregationMethod.Min or AggregationMethod.Max && (type?.IsDate() == true || type?.IsDateTimeOffset() == true))
                throw new ODataException($"min and max of a date column ({Describe(e.Expression)}) are not offered in $apply: use $orderby={Describe(e.Expression)} desc&$top=1.");
        }
    }

    private static string Describe(Microsoft.OData.UriParser.SingleValueNode? node) =>
        node is SingleValuePropertyAccessNode p ? p.Property.Name : "the expression";

    private static int CountProperties(IEnumerable<GroupByPropertyNode> nodes) =>
        nodes.Sum(n => (n.Expression is null ? 0 : 1) + CountProperties(n.ChildTransformations));
}
