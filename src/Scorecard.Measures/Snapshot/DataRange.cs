using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;

namespace Scorecard.Measures.Snapshot;

/// <summary>The first and last business dates in the facts: periods run from the first one's financial year to the last.</summary>
public static class DataRange
{
    public static async Task<(DateOnly First, DateOnly AsOf)> ReadAsync(WarehouseContext db, CancellationToken ct)
    {
        // Every business date a measure can count by, so that an extract holding only, say, feedback still
        // gets its periods.
        var firsts = new List<DateOnly?>
        {
            await db.EarlyHelpEpisodes.MinAsync(e => (DateOnly?)e.StartDate, ct),
            await db.SocialCareReferrals.MinAsync(e => (DateOnly?)e.ReferralDate, ct),
            await db.Contacts.MinAsync(e => (DateOnly?)e.ContactDate, ct),
            await db.EarlyHelpAssessments.MinAsync(e => e.CompletedDate, ct),
            await db.PlanReviews.MinAsync(e => (DateOnly?)e.ReviewDate, ct),
            await db.OutcomeScores.MinAsync(e => (DateOnly?)e.ScoreDate, ct),
            await db.CaseAudits.MinAsync(e => (DateOnly?)e.AuditDate, ct),
            await db.FamilyProgrammeAttachments.MinAsync(e => (DateOnly?)e.AttachedDate, ct),
            await db.FamilyFeedback.MinAsync(e => (DateOnly?)e.ResponseDate, ct),
            await db.SocialCareAssessments.MinAsync(e => e.AuthorisedDate, ct),
            await db.ChildProtectionPlans.MinAsync(e => (DateOnly?)e.StartDate, ct),
            await db.Section47Enquiries.MinAsync(e => (DateOnly?)e.StartDate, ct),
        };
        var lasts = new List<DateOnly?>
        {
            await db.EarlyHelpEpisodes.MaxAsync(e => (DateOnly?)e.StartDate, ct),
            await db.EarlyHelpEpisodes.MaxAsync(e => e.EndDate, ct),
            await db.SocialCareReferrals.MaxAsync(e => (DateOnly?)e.ReferralDate, ct),
            await db.SocialCareReferrals.MaxAsync(e => e.CloseDate, ct),
            await db.Contacts.MaxAsync(e => (DateOnly?)e.ContactDate, ct),
            await db.EarlyHelpAssessments.MaxAsync(e => e.CompletedDate, ct),
            await db.PlanReviews.MaxAsync(e => (DateOnly?)e.ReviewDate, ct),
            await db.OutcomeScores.MaxAsync(e => (DateOnly?)e.ScoreDate, ct),
            await db.CaseAudits.MaxAsync(e => (DateOnly?)e.AuditDate, ct),
            await db.FamilyProgrammeAttachments.MaxAsync(e => (DateOnly?)e.AttachedDate, ct),
            await db.FamilyProgrammeAttachments.MaxAsync(e => e.ClaimDate, ct),
            await db.FamilyFeedback.MaxAsync(e => (DateOnly?)e.ResponseDate, ct),
            await db.SocialCareAssessments.MaxAsync(e => e.AuthorisedDate, ct),
            await db.ChildProtectionPlans.MaxAsync(e => (DateOnly?)e.StartDate, ct),
            await db.ChildProtectionPlans.MaxAsync(e => e.EndDate, ct),
            await db.Section47Enquiries.MaxAsync(e => (DateOnly?)e.StartDate, ct),
        };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = firsts.Where(d => d is not null).Min() ?? today;
        // Dates after today are typing errors or planned dates: the data is as of today at the latest.
        var asOf = lasts.Where(d => d is not null && d <= today).Max() ?? today;
        return (first, asOf);
    }
}
