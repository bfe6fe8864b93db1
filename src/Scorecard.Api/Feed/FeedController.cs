using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Microsoft.AspNetCore.OData.Routing.Controllers;

namespace Scorecard.Api.Feed;

/// <summary>
/// One entity set: GET the set with OData query options, paged by the server. A set says only which rows it
/// serves; authorization is on each subclass.
/// </summary>
public abstract class FeedController<TRow>(FeedQuery query) : ODataController where TRow : class
{
    protected FeedQuery Query => query;

    protected abstract IQueryable<TRow> Rows();

    [HttpGet]
    public IActionResult Get(ODataQueryOptions<TRow> options) => query.Respond(this, Rows(), options);
}
