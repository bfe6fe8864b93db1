using Microsoft.AspNetCore.Authorization;
using Scorecard.Api.Security;
using Scorecard.Warehouse;

namespace Scorecard.Api.Feed.Freshness;

[Authorize(Policy = FeedPolicies.Records)]
public sealed class LoadBatchesController(WarehouseContext db, FeedQuery query) : FeedController<LoadBatchRow, int>(query)
{
    protected override IQueryable<LoadBatchRow> Rows() => FreshnessQueries.LoadBatches(db);
}

[Authorize(Policy = FeedPolicies.Records)]
public sealed class LoadWarningsController(WarehouseContext db, FeedQuery query) : FeedController<LoadWarningRow, long>(query)
{
    protected override IQueryable<LoadWarningRow> Rows() => LoadWarningQueries.LoadWarnings(db);
}
