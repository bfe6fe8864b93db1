using Microsoft.AspNetCore.Authorization;
using Scorecard.Api.Security;
using Scorecard.Warehouse;

namespace Scorecard.Api.Feed.Freshness;

[Authorize(Policy = FeedPolicies.Records)]
public sealed class LoadBatchesController(WarehouseContext db, FeedQuery query) : FeedController<LoadBatchRow>(query)
{
    protected override IQueryable<LoadBatchRow> Rows() => FreshnessQueries.LoadBatches(db);
}
