using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Routing.Controllers;

namespace Scorecard.Api.Feed;

/// <summary>
/// One entity set: GET the set with OData query options, paged by the server, and GET Set(key) for one row (the
/// @odata.id the feed itself writes). A set says only which rows it serves; authorization is on each subclass.
/// </summary>
public abstract class FeedController<TRow, TKey>(FeedQuery query) : ODataController where TRow : class
{
    /// <summary>row => row.Key == key, on the property the model declares as the set's key.</summary>
    private static readonly PropertyInfo KeyProperty = typeof(TRow).GetProperty(FeedModel.KeyPropertyOf(typeof(TRow)))!;

    protected FeedQuery Query => query;

    protected abstract IQueryable<TRow> Rows();

    [HttpGet]
    public IActionResult Get(ODataQueryOptions<TRow> options) => query.Respond(this, Rows(), options);

    [HttpGet]
    public IActionResult Get(TKey key, ODataQueryOptions<TRow> options)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        // The key as a closure member, not a constant, so the database sees a parameter and reuses its plan.
        var value = Expression.Property(Expression.Constant(new Holder(key)), nameof(Holder.Value));
        var match = Expression.Lambda<Func<TRow, bool>>(Expression.Equal(Expression.Property(row, KeyProperty), value), row);
        return query.RespondOne(this, Rows().Where(match), options);
    }

    private sealed record Holder(TKey Value);
}
