using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Api.Feed.Records;

/// <summary>
/// The record-level sets as flattened queries: each fact with its child's pseudonym, team, locality, financial
/// quarter and code labels joined in, so Power BI filters by name without $expand. Every join is on a key. Team
/// and locality names are the published units' (Published.OrgUnit), so a record and its scorecard agree.
/// </summary>
internal static class RecordQueries
{
    private static IQueryable<CodeListEntry> Codes(WarehouseContext db, string set) => db.CodeListEntries.Where(c => c.CodeSet == set);

    public static IQueryable<ContactRow> Contacts(WarehouseContext db)
    {
        var sources = Codes(db, CodeLists.ContactSource);
        return from c in db.Contacts
               join p in db.People on c.PersonKey equals p.PersonKey
               from d in db.CalendarDates.Where(d => d.DateKey == c.ContactDateKey).DefaultIfEmpty()
               from s in sources.Where(s => s.Code == c.SourceCode).DefaultIfEmpty()
               select new ContactRow
               {
                   ContactKey = c.ContactKey, ContactId = c.ContactId, PersonKey = c.PersonKey, PersonId = p.PersonId,
                   ContactDate = c.ContactDate, FinancialQuarter = d.FinancialQuarterLabel, FinancialYear = d.FinancialYearLabel,
                   SourceCode = c.SourceCode, Source = s.Label, OutcomeCodes = c.OutcomeCodes,
                   IsEarlyHelpOutcome = c.IsEarlyHelpOutcome, IsSocialCareOutcome = c.IsSocialCareOutcome,
                   IsNoFurtherAction = c.IsNoFurtherAction, IsInformationAndAdvice = c.IsInformationAndAdvice,
                   Sex = p.Sex, EthnicityGroup = p.EthnicityGroup,
               };
    }

    public static IQueryable<EarlyHelpEpisodeRow> EarlyHelpEpisodes(WarehouseContext db)
    {
        var units = db.PublishedOrgUnits;
        var endReasons = Codes(db, CodeLists.EarlyHelpEndReason);
        var levels = Codes(db, CodeLists.EarlyHelpLevel);
        return from e in db.EarlyHelpEpisodes
               join p in db.People on e.PersonKey equals p.PersonKey
               from f in db.Families.Where(f => f.FamilyKey == e.FamilyKey).DefaultIfEmpty()
               from t in units.Where(t => t.OrgUnitKey == e.OrgUnitKey).DefaultIfEmpty()
               from d in db.CalendarDates.Where(d => d.DateKey == e.StartDateKey).DefaultIfEmpty()
               from r in endReasons.Where(r => r.Code == e.EndReasonCode).DefaultIfEmpty()
               from l in levels.Where(l => l.Code == e.LevelCode).DefaultIfEmpty()
               from o in db.LeadOrganisations.Where(o => o.LeadOrganisationKey == e.LeadOrganisationKey).DefaultIfEmpty()
               select new EarlyHelpEpisodeRow
               {
                   EpisodeKey = e.EpisodeKey, EpisodeId = e.EpisodeId, PersonKey = e.PersonKey, PersonId = p.PersonId,
                   FamilyId = f.FamilyId, OrgUnitKey = e.OrgUnitKey, TeamId = t.OrgUnitId, Team = t.Name, Locality = t.Locality,
                   ReferralDate = e.ReferralDate, StartDate = e.StartDate, EndDate = e.EndDate, StartFinancialQuarter = d.FinancialQuarterLabel,
                   IsOpen = e.EndDate == null, Reason = e.Reason, EndReasonCode = e.EndReasonCode, EndReason = r.Label,
                   LevelCode = e.LevelCode, Level = l.Label, LeadOrganisation = o.Name, Sex = p.Sex, EthnicityGroup = p.EthnicityGroup,
               };
    }

    public static IQueryable<SocialCareReferralRow> SocialCareReferrals(WarehouseContext db)
    {
        var units = db.PublishedOrgUnits;
        var sources = Codes(db, CodeLists.ContactSource);
        var closures = Codes(db, CodeLists.CinClosureReason);
        return from r in db.SocialCareReferrals
               join p in db.People on r.PersonKey equals p.PersonKey
               from t in units.Where(t => t.OrgUnitKey == r.OrgUnitKey).DefaultIfEmpty()
               from d in db.CalendarDates.Where(d => d.DateKey == r.ReferralDateKey).DefaultIfEmpty()
               from s in sources.Where(s => s.Code == r.SourceCode).DefaultIfEmpty()
               from c in closures.Where(c => c.Code == r.CloseReasonCode).DefaultIfEmpty()
               select new SocialCareReferralRow
               {
                   ReferralKey = r.ReferralKey, ReferralId = r.ReferralId, PersonKey = r.PersonKey, PersonId = p.PersonId,
                   OrgUnitKey = r.OrgUnitKey, TeamId = t.OrgUnitId, Team = t.Name, Locality = t.Locality,
                   ReferralDate = r.ReferralDate, FinancialQuarter = d.FinancialQuarterLabel, SourceCode = r.SourceCode, Source = s.Label,
                   OutcomeCodes = r.OutcomeCodes, IsNoFurtherAction = r.IsNoFurtherAction, IsStepDownOutcome = r.IsStepDownOutcome,
                   CloseReasonCode = r.CloseReasonCode, CloseReason = c.Label, CloseDate = r.CloseDate, IsOpen = r.CloseDate == null,
                   Sex = p.Sex, EthnicityGroup = p.EthnicityGroup,
               };
    }

    public static IQueryable<AssessmentRow> Assessments(WarehouseContext db)
    {
        var units = db.PublishedOrgUnits;
        return from a in db.EarlyHelpAssessments
               join e in db.EarlyHelpEpisodes on a.EpisodeKey equals e.EpisodeKey
               join p in db.People on a.PersonKey equals p.PersonKey
               from t in units.Where(t => t.OrgUnitKey == e.OrgUnitKey).DefaultIfEmpty()
               from d in db.CalendarDates.Where(d => d.DateKey == a.CompletedDateKey).DefaultIfEmpty()
               from o in db.LeadOrganisations.Where(o => o.LeadOrganisationKey == a.LeadOrganisationKey).DefaultIfEmpty()
               select new AssessmentRow
               {
                   AssessmentKey = a.AssessmentKey, AssessmentId = a.AssessmentId, EpisodeKey = a.EpisodeKey, EpisodeId = e.EpisodeId,
                   PersonKey = a.PersonKey, PersonId = p.PersonId, OrgUnitKey = e.OrgUnitKey, TeamId = t.OrgUnitId, Team = t.Name, Locality = t.Locality,
                   StartDate = a.StartDate, CompletedDate = a.CompletedDate, CompletedFinancialQuarter = d.FinancialQuarterLabel,
                   IsCompleted = a.CompletedDate != null, CompletingOrganisation = o.Name,
               };
    }

    public static IQueryable<PlanReviewRow> PlanReviews(WarehouseContext db)
    {
        var units = db.PublishedOrgUnits;
        var types = Codes(db, CodeLists.ReviewType);
        return from r in db.PlanReviews
               join e in db.EarlyHelpEpisodes on r.EpisodeKey equals e.EpisodeKey
               join p in db.People on e.PersonKey equals p.PersonKey
               from t in units.Where(t => t.OrgUnitKey == e.OrgUnitKey).DefaultIfEmpty()
               from d in db.CalendarDates.Where(d => d.Date == r.ReviewDate).DefaultIfEmpty()
               from y in types.Where(y => y.Code == r.ReviewType).DefaultIfEmpty()
               select new PlanReviewRow
               {
                   ReviewKey = r.ReviewKey, ReviewId = r.ReviewId, EpisodeKey = r.EpisodeKey, EpisodeId = e.EpisodeId,
                   PersonKey = e.PersonKey, PersonId = p.PersonId, OrgUnitKey = e.OrgUnitKey, TeamId = t.OrgUnitId, Team = t.Name, Locality = t.Locality,
                   ReviewDate = r.ReviewDate, FinancialQuarter = d.FinancialQuarterLabel, ReviewTypeCode = r.ReviewType, ReviewType = y.Label,
               };
    }

    public static IQueryable<OutcomeScoreRow> OutcomeScores(WarehouseContext db)
    {
        var units = db.PublishedOrgUnits;
        return from s in db.OutcomeScores
               join e in db.EarlyHelpEpisodes on s.EpisodeKey equals e.EpisodeKey
               join p in db.People on e.PersonKey equals p.PersonKey
               from t in units.Where(t => t.OrgUnitKey == e.OrgUnitKey).DefaultIfEmpty()
               select new OutcomeScoreRow
               {
                   ScoreKey = s.ScoreKey, ScoreId = s.ScoreId, EpisodeKey = s.EpisodeKey, EpisodeId = e.EpisodeId,
                   PersonKey = e.PersonKey, PersonId = p.PersonId, OrgUnitKey = e.OrgUnitKey, TeamId = t.OrgUnitId, Team = t.Name, Locality = t.Locality,
                   ScoreDate = s.ScoreDate, Tool = s.Tool, Stage = s.Stage, Domain = s.Domain, Score = s.Score,
               };
    }

    public static IQueryable<CaseAuditRow> CaseAudits(WarehouseContext db)
    {
        var units = db.PublishedOrgUnits;
        var sections = Codes(db, CodeLists.AuditSection);
        var grades = Codes(db, CodeLists.AuditGrade);
        return from a in db.CaseAudits
               from p in db.People.Where(p => p.PersonKey == a.PersonKey).DefaultIfEmpty()
               from e in db.EarlyHelpEpisodes.Where(e => e.EpisodeKey == a.EpisodeKey).DefaultIfEmpty()
               from t in units.Where(t => t.OrgUnitKey == a.OrgUnitKey).DefaultIfEmpty()
               from d in db.CalendarDates.Where(d => d.Date == a.AuditDate).DefaultIfEmpty()
               from s in sections.Where(s => s.Code == a.Section).DefaultIfEmpty()
               // A join on a computed key (the grade as text) must be a join, not a correlated Where, or SQLite cannot run it.
               join g in grades on a.Grade.ToString() equals g.Code into graded
               from g in graded.DefaultIfEmpty()
               select new CaseAuditRow
               {
                   CaseAuditKey = a.CaseAuditKey, AuditId = a.AuditId, SectionCode = a.Section, Section = s.Label,
                   PersonId = p.PersonId, EpisodeId = e.EpisodeId, OrgUnitKey = a.OrgUnitKey, TeamId = t.OrgUnitId, Team = t.Name, Locality = t.Locality,
                   AuditDate = a.AuditDate, FinancialQuarter = d.FinancialQuarterLabel, Grade = a.Grade, GradeLabel = g.Label,
                   ModeratedGrade = a.ModeratedGrade, IsModerated = a.ModeratedGrade != null,
                   ModerationAgreed = a.ModeratedGrade == null ? null : a.ModeratedGrade == a.Grade,
                   FinalGrade = a.ModeratedGrade ?? a.Grade, IsGoodOrBetter = (a.ModeratedGrade ?? a.Grade) <= 2, AuditorId = a.AuditorId,
               };
    }
}
