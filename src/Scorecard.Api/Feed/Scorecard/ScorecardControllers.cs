using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OData.Query;
using Scorecard.Api.Feed.Records;
using Scorecard.Api.Security;
using Scorecard.Warehouse;

namespace Scorecard.Api.Feed.Scorecard;

[Authorize(Policy = FeedPolicies.Scorecard)]
public sealed class MeasuresController(WarehouseContext db, FeedQuery query) : FeedController<MeasureRow, string>(query)
{
    protected override IQueryable<MeasureRow> Rows() => ScorecardQueries.Measures(db);
}

[Authorize(Policy = FeedPolicies.Scorecard)]
public sealed class PeriodsController(WarehouseContext db, FeedQuery query) : FeedController<PeriodRow, int>(query)
{
    protected override IQueryable<PeriodRow> Rows() => ScorecardQueries.Periods(db);
}

[Authorize(Policy = FeedPolicies.Scorecard)]
public sealed class OrgUnitsController(WarehouseContext db, FeedQuery query) : FeedController<OrgUnitRow, int>(query)
{
    protected override IQueryable<OrgUnitRow> Rows() => ScorecardQueries.OrgUnits(db);
}

[Authorize(Policy = FeedPolicies.Scorecard)]
public sealed class MeasureValuesController(WarehouseContext db, FeedQuery query, DrillThroughService drillThrough) : FeedController<MeasureValueRow, long>(query)
{
    protected override IQueryable<MeasureValueRow> Rows() => ScorecardQueries.MeasureValues(db, FeedPolicies.AudienceOf(User));

    /// <summary>
    /// GET /odata/MeasureValues(key)/Scorecard.DrillThrough(): the pseudonymised records behind one value.
    /// Record-level, so analysts only, whatever the role may read of the scorecard.
    /// </summary>
    [HttpGet]
    [Authorize(Policy = FeedPolicies.Records)]
    public async Task<IActionResult> DrillThrough(long key, ODataQueryOptions<DrillThroughRecordRow> options, CancellationToken ct)
    {
        var result = await drillThrough.ForValueAsync(key, ct);
        return result.Error switch
        {
            null => Query.Respond(this, result.Records.AsQueryable(), options),
            { } e => FeedQuery.Error(new FeedErrors.Problem(e.Status, e.Status switch { 400 => "BadRequest", 404 => "NotFound", _ => "NotImplemented" }, e.Message)),
        };
    }
}
