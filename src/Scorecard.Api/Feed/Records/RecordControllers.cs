using Microsoft.AspNetCore.Authorization;
using Scorecard.Api.Security;
using Scorecard.Warehouse;

namespace Scorecard.Api.Feed.Records;

[Authorize(Policy = FeedPolicies.CaseAudits)]
public sealed class CaseAuditsController(WarehouseContext db, FeedQuery query) : FeedController<CaseAuditRow, long>(query)
{
    protected override IQueryable<CaseAuditRow> Rows() => RecordQueries.CaseAudits(db);
}

[Authorize(Policy = FeedPolicies.Records)]
public sealed class ContactsController(WarehouseContext db, FeedQuery query) : FeedController<ContactRow, long>(query)
{
    protected override IQueryable<ContactRow> Rows() => RecordQueries.Contacts(db);
}

[Authorize(Policy = FeedPolicies.Records)]
public sealed class EarlyHelpEpisodesController(WarehouseContext db, FeedQuery query) : FeedController<EarlyHelpEpisodeRow, long>(query)
{
    protected override IQueryable<EarlyHelpEpisodeRow> Rows() => RecordQueries.EarlyHelpEpisodes(db);
}

[Authorize(Policy = FeedPolicies.Records)]
public sealed class SocialCareReferralsController(WarehouseContext db, FeedQuery query) : FeedController<SocialCareReferralRow, long>(query)
{
    protected override IQueryable<SocialCareReferralRow> Rows() => RecordQueries.SocialCareReferrals(db);
}

[Authorize(Policy = FeedPolicies.Records)]
public sealed class AssessmentsController(WarehouseContext db, FeedQuery query) : FeedController<AssessmentRow, long>(query)
{
    protected override IQueryable<AssessmentRow> Rows() => RecordQueries.Assessments(db);
}

[Authorize(Policy = FeedPolicies.Records)]
public sealed class PlanReviewsController(WarehouseContext db, FeedQuery query) : FeedController<PlanReviewRow, long>(query)
{
    protected override IQueryable<PlanReviewRow> Rows() => RecordQueries.PlanReviews(db);
}

[Authorize(Policy = FeedPolicies.Records)]
public sealed class OutcomeScoresController(WarehouseContext db, FeedQuery query) : FeedController<OutcomeScoreRow, long>(query)
{
    protected override IQueryable<OutcomeScoreRow> Rows() => RecordQueries.OutcomeScores(db);
}
