using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Extensions;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Query.Validator;
using Microsoft.AspNetCore.OData.Routing.Controllers;
using Microsoft.Extensions.Options;
using Microsoft.OData;
using Microsoft.OData.UriParser;
using Microsoft.OData.UriParser.Aggregation;

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
            Validate(controller.Request, options, l);
            var settings = new ODataQuerySettings
            {
                PageSize = l.PageSize,
                EnsureStableOrdering = true,
                // The database handles nulls in comparisons; C#-style null checks would only make the SQL longer.
                HandleNullPropagation = HandleNullPropagationOption.False,
            };
            if (controller.Request.ODataFeature().Path?.LastSegment is CountSegment)
            {
                // /Set/$count: the number of rows the $filter selects, as plain text (Power BI asks for it on its own).
                var filtered = (IQueryable<T>)options.ApplyTo(rows, new ODataQuerySettings { HandleNullPropagation = HandleNullPropagationOption.False },
                    AllowedQueryOptions.All & ~AllowedQueryOptions.Filter);
                return controller.Ok(filtered.LongCount());
            }
            // With a page size, ApplyTo reads the page (one row more, to know whether there is a next one) here.
            var applied = options.ApplyTo(rows, settings);
            // Declared as the set's type: the OData formatter picks its serializer by it, which is what lets it
            // write $select and $apply results (wrapper types of no EDM type of their own) as the set's payload.
            return new OkObjectResult(applied) { DeclaredType = typeof(IQueryable<T>) };
        }
        catch (Exception e) when (FeedErrors.IsClientError(e))
        {
            logger.LogInformation("Refused a query on {Path}: {Reason}", controller.Request.Path, FeedErrors.FirstLine(e.Message));
            return BadRequest(e is ODataException ? e.Message : $"The query cannot be run: {FeedErrors.FirstLine(e.Message)}");
        }
    }

    public static IActionResult BadRequest(string message) =>
        new ObjectResult(new { error = new { code = "BadRequest", message = FeedErrors.FirstLine(message) } }) { StatusCode = 400 };

    private static void Validate<T>(HttpRequest request, ODataQueryOptions<T> options, FeedLimits l)
    {
        if (request.QueryString.Value is { } query && query.Length > l.MaxQueryLength)
            throw new ODataException($"The query string is {query.Length} characters long; the feed accepts at most {l.MaxQueryLength}.");
        if (!string.IsNullOrEmpty(options.RawValues.Expand))
            throw new ODataException("$expand is not offered: each set already carries the names you would expand for (team, locality, measure and period names), and there are no navigation properties.");
        if (!string.IsNullOrEmpty(options.RawValues.Search))
            throw new ODataException("$search is not offered: use $filter, e.g. $filter=contains(Team,'North').");
        options.Validate(new ODataValidationSettings
        {
            AllowedQueryOptions = Allowed,
            MaxTop = l.MaxTop,
            MaxSkip = l.MaxSkip,
            MaxNodeCount = l.MaxNodeCount,
            MaxOrderByNodeCount = l.MaxOrderByNodeCount,
            MaxAnyAllExpressionDepth = 1,
            MaxExpansionDepth = 1,
            MaxFunctionCallDepth = 3,
        });
        if (options.Apply is { } apply) ValidateApply(apply.ApplyClause, l);
    }

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
    }

    private static int CountProperties(IEnumerable<GroupByPropertyNode> nodes) =>
        nodes.Sum(n => (n.Expression is null ? 0 : 1) + CountProperties(n.ChildTransformations));
}
