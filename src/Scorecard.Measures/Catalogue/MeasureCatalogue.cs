using Scorecard.Measures.Calculation;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Catalogue;

/// <summary>
/// The measure catalogue (version 1), exactly as docs/measures.md defines it. Each entry's query says which
/// records count for a period; <see cref="MeasureAggregator"/> does the rest. "Open at period end" means
/// start &lt;= end of period and (no end, or end after it); "in period" means the date lies within it.
/// </summary>
public static class MeasureCatalogue
{
    private const string Seed = "Derby early help performance framework";
    private const string Dfe = "DfE children in need census definition";

    private static class Kinds
    {
        public const string Episode = "EarlyHelpEpisode";
        public const string Referral = "SocialCareReferral";
        public const string Contact = "Contact";
        public const string Assessment = "EarlyHelpAssessment";
        public const string Audit = "CaseAudit";
        public const string Family = "FamilyProgrammeAttachment";
        public const string Feedback = "FamilyFeedback";
        public const string Organisation = "LeadOrganisation";
        public const string SocialCareAssessment = "SocialCareAssessment";
        public const string ProtectionPlan = "ChildProtectionPlan";
        public const string Enquiry = "Section47Enquiry";
    }

    /// <summary>Whether a contact led to early help: SystemC's contact outcome flags have no key for it.</summary>
    public static readonly SourceField ContactEarlyHelpOutcome = new("ssd_contacts", "IsEarlyHelpOutcome", "whether a contact led to early help");

    public static IReadOnlyList<MeasureDefinition> All { get; } = Build();

    public static MeasureDefinition? Find(string code) =>
        All.FirstOrDefault(m => string.Equals(m.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Members worked out once for each record (one row a record, with what is worked out for it: a count of working
    /// days, a referral looked up), then dated into the periods the record's date falls in, by day (PeriodDays).
    /// </summary>
    /// <remarks>
    /// The records are made a distinct set, which the engines work out before joining it. A plain projection is merged
    /// into the periods' join by every planner, so its subqueries ran once for each period a record falls in (a month,
    /// a quarter, a financial and a calendar year: four times) rather than once; a distinct set is not merged (SQLite
    /// and PostgreSQL work it out first, then join it on the day). Each row carries its record's key, so the distinct
    /// drops nothing. CS03 on PostgreSQL: 470-810 ms of the server's CPU before, 180-250 ms after (docs/performance.md).
    /// </remarks>
    private static IQueryable<Member> WorkedOutOnceAndDatedByDay(MeasureQueryContext c, IQueryable<Member> records) =>
        from p in c.PeriodDays
        from m in records.Distinct()
        where m.EventDate == p.Date
        select new Member
        {
            PeriodKey = p.PeriodKey, OrgUnitKey = m.OrgUnitKey, PersonKey = m.PersonKey, UnitId = m.UnitId, InNumerator = m.InNumerator,
            InDenominator = m.InDenominator, EventDate = m.EventDate, RecordId = m.RecordId, RecordKind = m.RecordKind,
        };

    private static List<MeasureDefinition> Build() =>
    [
        new("EH01", "Children open to early help at period end",
            "Children with an early help episode open on the last day of the period.",
            "Children with an episode that started on or before the period end and had not ended by it", null,
            MeasureUnit.Count, Polarity.Context, "Child", Breakdowns.Child, Seed, ["ssd_early_help_episodes"],
            // The episodes open at each end date are those the refresh found open (OpenAtPeriodEnd says which, for
            // every measure counted at period end).
            c => from p in c.Periods
                 from e in c.Db.EarlyHelpOpenAtPeriodEnd
                 where e.PeriodEndDate == p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.PersonKey, InNumerator = true, InDenominator = false, EventDate = p.EndDate, RecordId = e.EpisodeId, RecordKind = Kinds.Episode })
        { CountsAtPeriodEnd = true },

        new("EH02", "Early help episodes started",
            "Early help episodes whose start date is in the period.",
            "Episodes with a start date in the period", null,
            MeasureUnit.Count, Polarity.Context, "Episode", Breakdowns.Child, Seed, ["ssd_early_help_episodes"],
            c => from p in c.Periods
                 from e in c.Db.EarlyHelpEpisodes
                 where e.StartDate >= p.StartDate && e.StartDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.EpisodeKey, InNumerator = true, InDenominator = false, EventDate = e.StartDate, RecordId = e.EpisodeId, RecordKind = Kinds.Episode })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("EH03", "Early help episodes closed",
            "Early help episodes whose end date is in the period.",
            "Episodes with an end date in the period", null,
            MeasureUnit.Count, Polarity.Context, "Episode", Breakdowns.Child, Seed, ["ssd_early_help_episodes"],
            c => from p in c.Periods
                 from e in c.Db.EarlyHelpEpisodes
                 where e.EndDate >= p.StartDate && e.EndDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.EpisodeKey, InNumerator = true, InDenominator = false, EventDate = e.EndDate!.Value, RecordId = e.EpisodeId, RecordKind = Kinds.Episode })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("EH04", "Early help assessments completed",
            "Early Help Assessments (EHA, formerly CAF) completed in the period, counted in the episode's team.",
            "EHAs with a completed date in the period", null,
            MeasureUnit.Count, Polarity.HigherIsBetter, "Assessment", Breakdowns.Child, Seed, ["ssd_early_help_episodes", "ext_early_help_assessments"],
            c => from p in c.Periods
                 from a in c.Db.EarlyHelpAssessments
                 where a.CompletedDate >= p.StartDate && a.CompletedDate <= p.EndDate
                 join e in c.Db.EarlyHelpEpisodes on a.EpisodeKey equals e.EpisodeKey
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = a.PersonKey, UnitId = a.AssessmentKey, InNumerator = true, InDenominator = false, EventDate = a.CompletedDate!.Value, RecordId = a.AssessmentId, RecordKind = Kinds.Assessment })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("EH05", "Open early help cases with a completed EHA",
            "Of the children open to early help at period end, those whose open episode has an Early Help Assessment completed on or before the period end.",
            "Children open at period end with an EHA completed on or before it", "Children open to early help at period end (EH01)",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Child", Breakdowns.Child, Seed, ["ssd_early_help_episodes", "ext_early_help_assessments"],
            c => from p in c.Periods
                 from e in c.Db.EarlyHelpOpenAtPeriodEnd
                 where e.PeriodEndDate == p.EndDate
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.PersonKey, InDenominator = true, EventDate = p.EndDate,
                     InNumerator = c.Db.EarlyHelpAssessments.Any(a => a.EpisodeKey == e.EpisodeKey && a.CompletedDate != null && a.CompletedDate <= p.EndDate),
                     RecordId = e.EpisodeId, RecordKind = Kinds.Episode,
                 })
        { CountsAtPeriodEnd = true, DenominatorIs = "EH01" },

        new("EH06", "Spidergraphs with an improving direction of travel",
            "Of the early help episodes closed in the period that have a baseline score and a later score, those whose latest mean score is above the baseline mean, over the domains scored at both points.",
            "Closures whose latest mean domain score is above the baseline mean", "Closures in the period with a baseline and a later score",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Episode", Breakdowns.Child, Seed, ["ssd_early_help_episodes", "ext_outcome_scores"],
            c =>
            {
                // Only episodes closed in a period being computed can count. Per episode, in one grouped pass: the
                // first baseline date and the latest score date (the latest score after the baseline, when it is later).
                // Grouped by the episode's key, so an incremental refresh reads the scores of the episodes in scope
                // only (grouped by the score's, the engine reads every score in key order to save a sort).
                var points = from e in c.Db.EarlyHelpEpisodes
                             where e.EndDate >= c.ScopeStart
                             join s in c.Db.OutcomeScores on e.EpisodeKey equals s.EpisodeKey
                             group s by e.EpisodeKey into g
                             select new
                             {
                                 EpisodeKey = g.Key,
                                 Baseline = g.Min(x => x.Stage == CodeLists.ScoreStageBaseline ? (DateOnly?)x.ScoreDate : null),
                                 Latest = g.Max(x => x.ScoreDate),
                             };
                // Same domains at both points, so "mean went up" is "the sum of the differences is positive". The
                // set carries what the members need from the episode, so it is dated into periods as it stands.
                var change = from t in points
                             where t.Baseline != null && t.Latest > t.Baseline
                             join e in c.Db.EarlyHelpEpisodes on t.EpisodeKey equals e.EpisodeKey
                             join bs in c.Db.OutcomeScores on new { t.EpisodeKey, Stage = CodeLists.ScoreStageBaseline, Date = t.Baseline!.Value } equals new { bs.EpisodeKey, bs.Stage, Date = bs.ScoreDate }
                             join ls in c.Db.OutcomeScores on new { t.EpisodeKey, Date = t.Latest, bs.Domain } equals new { ls.EpisodeKey, Date = ls.ScoreDate, ls.Domain }
                             group new { Difference = ls.Score - bs.Score } by new { e.EpisodeKey, e.EpisodeId, e.PersonKey, e.OrgUnitKey, EndDate = e.EndDate!.Value } into g
                             select new { g.Key.EpisodeKey, g.Key.EpisodeId, g.Key.PersonKey, g.Key.OrgUnitKey, g.Key.EndDate, Difference = g.Sum(x => x.Difference) };
                // Dated into periods by day (PeriodDays): the change is a worked-out set with no index.
                return from p in c.PeriodDays
                       from d in change
                       where d.EndDate == p.Date
                       select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = d.OrgUnitKey, PersonKey = d.PersonKey, UnitId = d.EpisodeKey, InDenominator = true, InNumerator = d.Difference > 0, EventDate = d.EndDate, RecordId = d.EpisodeId, RecordKind = Kinds.Episode };
            })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("EH07", "Step-ups to social care",
            "Step-ups dated in the period. A step-up is the first social care referral (not NFA) for the child dated from an early help episode's start to 30 days after its end, dated at that referral; an episode ended with reason step-up and no such referral is dated at its end.",
            "Step-ups dated in the period (one per referral), counted in the team of each early help episode that led to it", null,
            MeasureUnit.Count, Polarity.Context, "Step-up", Breakdowns.Child, "Rutland early help report", ["ssd_early_help_episodes", "ssd_cin_episodes"],
            // Dated into periods by day (PeriodDays): the step-ups are a worked-out set with no index.
            c => from p in c.PeriodDays
                 from s in StepUps(c)
                 where s.Date == p.Date
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = s.OrgUnitKey, PersonKey = s.PersonKey, UnitId = s.StepUpId, InNumerator = true, InDenominator = false, EventDate = s.Date, RecordId = s.EpisodeId, RecordKind = Kinds.Episode })
        { SettlesAfter = o => o.StepWindowDays, RollUpInOneQuery = true, AddsUpOverMonths = true },

        new("EH08", "Step-downs from social care",
            "Of the social care (CIN) episodes closed in the period, NFA referrals included, those closed with reason RC9, with the referral outcome 'Step-down to Early Help', or followed by an early help episode for the child starting within 30 days either side of the closure.",
            "CSC episodes closed in the period with RC9 or a step-down outcome, or with an early help episode starting within 30 days either side of closure", "CSC episodes closed in the period (NFA referrals included)",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Referral", Breakdowns.Child, "Rutland early help report", ["ssd_cin_episodes", "ssd_early_help_episodes"],
            c => from p in c.Periods
                 from r in c.Db.SocialCareReferrals
                 where r.CloseDate >= p.StartDate && r.CloseDate <= p.EndDate
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = r.OrgUnitKey, PersonKey = r.PersonKey, UnitId = r.ReferralKey, InDenominator = true, EventDate = r.CloseDate!.Value,
                     InNumerator = r.CloseReasonCode == CodeLists.ClosureReasonReferredToEarlyHelp || r.IsStepDownOutcome
                         || c.Db.EarlyHelpEpisodes.Any(e => e.PersonKey == r.PersonKey
                             && e.StartDate >= r.CloseDate!.Value.AddDays(-c.Options.StepWindowDays)
                             && e.StartDate <= r.CloseDate!.Value.AddDays(c.Options.StepWindowDays)),
                     RecordId = r.ReferralId, RecordKind = Kinds.Referral,
                 })
        { SettlesAfter = o => o.StepWindowDays, MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("EH09", "Contacts resulting in early help",
            "Contacts received in the period whose outcome includes an early help referral. Contacts belong to the front door, so this is an authority figure.",
            "Contacts in the period with an early help outcome", "Contacts in the period",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Contact", Breakdowns.Child, "Rutland early help report", ["ssd_contacts"],
            c => from p in c.Periods
                 from k in c.Db.Contacts
                 where k.ContactDate >= p.StartDate && k.ContactDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = null, PersonKey = k.PersonKey, UnitId = k.ContactKey, InDenominator = true, InNumerator = k.IsEarlyHelpOutcome, EventDate = k.ContactDate, RecordId = k.ContactId, RecordKind = Kinds.Contact })
        { NeedsFields = [ContactEarlyHelpOutcome], MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("EH10", "CSC re-referrals within 12 months",
            "Social care referrals in the period (NFA included) for a child who had another referral 1 to 365 days before.",
            "Referrals in the period with a previous referral for the child 1 to 365 days before", "Referrals in the period",
            MeasureUnit.Percentage, Polarity.LowerIsBetter, "Referral", Breakdowns.Child, Dfe, ["ssd_cin_episodes"],
            c => from p in c.Periods
                 from r in c.Db.SocialCareReferrals
                 where r.ReferralDate >= p.StartDate && r.ReferralDate <= p.EndDate
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = r.OrgUnitKey, PersonKey = r.PersonKey, UnitId = r.ReferralKey, InDenominator = true, EventDate = r.ReferralDate,
                     InNumerator = c.Db.SocialCareReferrals.Any(o => o.PersonKey == r.PersonKey
                         && o.ReferralDate < r.ReferralDate && o.ReferralDate >= r.ReferralDate.AddDays(-c.Options.ReReferralDays)),
                     RecordId = r.ReferralId, RecordKind = Kinds.Referral,
                 })
        { MembersAreDistinctUnits = true, DenominatorIs = "CS02", AddsUpOverMonths = true },

        new("EH11", "Early help re-referrals within 12 months",
            "Early help episodes started in the period for a child who had another early help episode end in the 365 days before the start.",
            "Episodes started in the period where the child had an episode ending in the 365 days before", "Episodes started in the period",
            MeasureUnit.Percentage, Polarity.LowerIsBetter, "Episode", Breakdowns.Child, "Reading early help report", ["ssd_early_help_episodes"],
            c => from p in c.Periods
                 from e in c.Db.EarlyHelpEpisodes
                 where e.StartDate >= p.StartDate && e.StartDate <= p.EndDate
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.EpisodeKey, InDenominator = true, EventDate = e.StartDate,
                     InNumerator = c.Db.EarlyHelpEpisodes.Any(o => o.PersonKey == e.PersonKey && o.EpisodeKey != e.EpisodeKey
                         && o.EndDate < e.StartDate && o.EndDate >= e.StartDate.AddDays(-c.Options.ReReferralDays)),
                     RecordId = e.EpisodeId, RecordKind = Kinds.Episode,
                 })
        { MembersAreDistinctUnits = true, DenominatorIs = "EH02", AddsUpOverMonths = true },

        new("EH12", "Sustained outcome: no CSC within 12 months of EH closure",
            "Early help episodes closed with outcomes met 12 to 24 months before the period end, and of those, the ones with no social care referral within 365 days of closure.",
            "Closures with outcomes met 12-24 months before period end with no CSC referral within 365 days", "Closures with outcomes met 12-24 months before period end",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Episode", Breakdowns.Child, "Reading early help report", ["ssd_early_help_episodes", "ssd_cin_episodes"],
            c =>
            {
                // The closures a referral followed, found once: a set that does not depend on the member, which PostgreSQL and
                // SQLite both build once and look each member up in. Asked of each member, the question was put again for every
                // period a closure counts in (about 18). A closure counts in periods in scope only if it ended within two years
                // before one's end.
                var referred = from e in c.Db.EarlyHelpEpisodes
                               where e.EndReasonCode == CodeLists.EndReasonOutcomesMet && e.EndDate > c.ScopeStartLess(2 * 366)
                               join r in c.Db.SocialCareReferrals on e.PersonKey equals r.PersonKey
                               where r.ReferralDate >= e.EndDate!.Value && r.ReferralDate <= e.EndDate!.Value.AddDays(c.Options.SustainedDays)
                               select e.EpisodeKey;
                return from p in c.Periods
                       from e in c.Db.EarlyHelpEpisodes
                       where e.EndReasonCode == CodeLists.EndReasonOutcomesMet
                           && e.EndDate > p.EndDate.AddYears(-2) && e.EndDate <= p.EndDate.AddYears(-1)
                       select new Member
                       {
                           PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.EpisodeKey, InDenominator = true, EventDate = e.EndDate!.Value,
                           InNumerator = !referred.Contains(e.EpisodeKey),
                           RecordId = e.EpisodeId, RecordKind = Kinds.Episode,
                       };
            })
        {
            MembersAreDistinctUnits = true,
            // A closure counts in a period whose end less a year is on or after it, and that is 365 days before the
            // end or more: it counts first at least 365 days after it. A referral decides the closures up to
            // SustainedDays before it, the earliest of which counts first 365 days after its own date.
            FirstCountsAfter = (o, record) => record == typeof(Warehouse.Facts.EarlyHelpEpisode) ? 365
                : record == typeof(Warehouse.Facts.SocialCareReferral) ? 365 - o.SustainedDays : 0,
        },

        OpenLongerThan("EH13A", "more than 6 months", c => c.Options.OpenSixMonthsDays),
        OpenLongerThan("EH13B", "more than 12 months", c => c.Options.OpenTwelveMonthsDays),

        new("EH14", "Plans reviewed within 12 weeks",
            "Of the episodes open at period end that have been open at least 84 days, those with a plan review or TAF meeting in the 84 days up to the period end.",
            "Episodes open at period end, open 84+ days, with a review in the last 84 days", "Episodes open at period end and open 84+ days",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Episode", Breakdowns.Child, Seed, ["ssd_early_help_episodes", "ext_plan_reviews"],
            c => from p in c.Periods
                 from e in c.Db.EarlyHelpOpenAtPeriodEnd
                 where e.PeriodEndDate == p.EndDate && e.StartDate <= p.EndDate.AddDays(-c.Options.ReviewDays)
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.EpisodeKey, InDenominator = true, EventDate = p.EndDate,
                     InNumerator = c.Db.PlanReviews.Any(r => r.EpisodeKey == e.EpisodeKey && r.ReviewDate <= p.EndDate && r.ReviewDate > p.EndDate.AddDays(-c.Options.ReviewDays)),
                     RecordId = e.EpisodeId, RecordKind = Kinds.Episode,
                 })
        { CountsAtPeriodEnd = true, MembersAreDistinctUnits = true },

        new("EH15", "Timely allocation",
            "Of the episodes started in the period that have a referral date, those started within 10 working days of the referral (weekends and England and Wales bank holidays skipped).",
            "Episodes started in the period within 10 working days of referral", "Episodes started in the period with a referral date",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Episode", Breakdowns.Child, Seed, ["ssd_early_help_episodes", "ext_early_help_episode_details"],
            // Each episode's working days counted once, then dated into the periods it falls in.
            c => WorkedOutOnceAndDatedByDay(c,
                from e in c.Db.EarlyHelpEpisodes
                where e.StartDate >= c.ScopeStart && e.ReferralDate != null
                select new Member
                {
                    OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.EpisodeKey, InDenominator = true, EventDate = e.StartDate,
                    InNumerator = c.Db.CalendarDates.Count(d => d.IsWorkingDay && d.Date > e.ReferralDate && d.Date <= e.StartDate) <= c.Options.AllocationWorkingDays,
                    RecordId = e.EpisodeId, RecordKind = Kinds.Episode,
                }))
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("EH16", "First TAF within 6 weeks",
            "Of the episodes started in the period, those with a Team Around the Family meeting within 42 days of the start.",
            "Episodes started in the period with a TAF meeting within 42 days of start", "Episodes started in the period",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Episode", Breakdowns.Child, Seed, ["ssd_early_help_episodes", "ext_plan_reviews"],
            c => from p in c.Periods
                 from e in c.Db.EarlyHelpEpisodes
                 where e.StartDate >= p.StartDate && e.StartDate <= p.EndDate
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.EpisodeKey, InDenominator = true, EventDate = e.StartDate,
                     InNumerator = c.Db.PlanReviews.Any(r => r.EpisodeKey == e.EpisodeKey && r.ReviewType == CodeLists.ReviewTypeTaf
                         && r.ReviewDate >= e.StartDate && r.ReviewDate <= e.StartDate.AddDays(c.Options.FirstTafDays)),
                     RecordId = e.EpisodeId, RecordKind = Kinds.Episode,
                 })
        { SettlesAfter = o => o.FirstTafDays, MembersAreDistinctUnits = true, DenominatorIs = "EH02", AddsUpOverMonths = true },

        new("EH17", "Early help closures that stepped up",
            "Of the early help episodes closed in the period, those that stepped up (the rule of EH07). The referral may follow up to 30 days after closure, so a period's value settles 30 days after it ends.",
            "Closures in the period that stepped up", "Episodes closed in the period",
            MeasureUnit.Percentage, Polarity.LowerIsBetter, "Episode", Breakdowns.Child, "Rutland early help report", ["ssd_early_help_episodes", "ssd_cin_episodes"],
            c => from p in c.Periods
                 from e in c.Db.EarlyHelpEpisodes
                 where e.EndDate >= p.StartDate && e.EndDate <= p.EndDate
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.EpisodeKey, InDenominator = true, EventDate = e.EndDate!.Value,
                     InNumerator = e.EndReasonCode == CodeLists.EndReasonStepUp
                         || c.Db.SocialCareReferrals.Any(r => r.PersonKey == e.PersonKey && !r.IsNoFurtherAction
                             && r.ReferralDate >= e.StartDate && r.ReferralDate <= e.EndDate!.Value.AddDays(c.Options.StepWindowDays)),
                     RecordId = e.EpisodeId, RecordKind = Kinds.Episode,
                 })
        { SettlesAfter = o => o.StepWindowDays, MembersAreDistinctUnits = true, DenominatorIs = "EH03", AddsUpOverMonths = true },

        new("CS01", "Children open to social care at period end",
            "Children with a social care (CIN) episode open on the last day of the period.",
            "Children with a CSC episode referred on or before the period end and not closed by it", null,
            MeasureUnit.Count, Polarity.Context, "Child", Breakdowns.Child, Dfe, ["ssd_cin_episodes"],
            c => from p in c.Periods
                 from r in c.Db.SocialCareReferrals
                 where r.ReferralDate <= p.EndDate && (r.CloseDate == null || r.CloseDate > p.EndDate)
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = r.OrgUnitKey, PersonKey = r.PersonKey, UnitId = r.PersonKey, InNumerator = true, InDenominator = false, EventDate = p.EndDate, RecordId = r.ReferralId, RecordKind = Kinds.Referral })
        { CountsAtPeriodEnd = true },

        new("CS02", "Social care referrals",
            "Social care referrals received in the period, NFA referrals included (CS02N counts those separately).",
            "Referrals with a referral date in the period", null,
            MeasureUnit.Count, Polarity.Context, "Referral", Breakdowns.Child, Dfe, ["ssd_cin_episodes"],
            c => from p in c.Periods
                 from r in c.Db.SocialCareReferrals
                 where r.ReferralDate >= p.StartDate && r.ReferralDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = r.OrgUnitKey, PersonKey = r.PersonKey, UnitId = r.ReferralKey, InNumerator = true, InDenominator = false, EventDate = r.ReferralDate, RecordId = r.ReferralId, RecordKind = Kinds.Referral })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("CS02N", "Social care referrals with no further action",
            "Social care referrals received in the period that led to no further action.",
            "NFA referrals with a referral date in the period", null,
            MeasureUnit.Count, Polarity.Context, "Referral", Breakdowns.Child, Dfe, ["ssd_cin_episodes"],
            c => from p in c.Periods
                 from r in c.Db.SocialCareReferrals
                 where r.ReferralDate >= p.StartDate && r.ReferralDate <= p.EndDate && r.IsNoFurtherAction
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = r.OrgUnitKey, PersonKey = r.PersonKey, UnitId = r.ReferralKey, InNumerator = true, InDenominator = false, EventDate = r.ReferralDate, RecordId = r.ReferralId, RecordKind = Kinds.Referral })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("CS03", "Single assessments within 45 working days",
            "Of the social care assessments authorised in the period, those authorised within 45 working days of the referral, counting both the referral day and the authorisation day as the DfE's CIN census validation rules do (weekends and England and Wales bank holidays skipped). The referral is the one the assessment follows, else the child's latest referral on or before the assessment started; an assessment with neither counts in the denominator only.",
            "Assessments authorised in the period within 45 working days of the referral", "Assessments authorised in the period",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Assessment", Breakdowns.Child, Dfe, ["ssd_cin_assessments", "ssd_cin_episodes"],
            // Each assessment's referral and working days worked out once, then dated into the periods it falls in.
            c => WorkedOutOnceAndDatedByDay(c,
                from a in c.Db.SocialCareAssessments
                where a.AuthorisedDate >= c.ScopeStart
                let referred = c.Db.SocialCareReferrals.Where(r => r.ReferralKey == a.ReferralKey).Select(r => (DateOnly?)r.ReferralDate).FirstOrDefault()
                    ?? c.Db.SocialCareReferrals.Where(r => r.PersonKey == a.PersonKey && r.ReferralDate <= a.StartDate)
                        .OrderByDescending(r => r.ReferralDate).Select(r => (DateOnly?)r.ReferralDate).FirstOrDefault()
                select new Member
                {
                    OrgUnitKey = a.OrgUnitKey, PersonKey = a.PersonKey, UnitId = a.AssessmentKey, InDenominator = true, EventDate = a.AuthorisedDate!.Value,
                    InNumerator = referred != null
                        && c.Db.CalendarDates.Count(d => d.IsWorkingDay && d.Date >= referred && d.Date <= a.AuthorisedDate) <= c.Options.AssessmentWorkingDays,
                    RecordId = a.AssessmentId, RecordKind = Kinds.SocialCareAssessment,
                }))
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("CS04", "Children subject to a child protection plan at period end",
            "Children with a child protection plan open on the last day of the period, counted in the team of the referral the plan follows.",
            "Children with a plan started on or before the period end and not ended by it", null,
            MeasureUnit.Count, Polarity.Context, "Child", Breakdowns.Child, Dfe, ["ssd_cp_plans"],
            c => from p in c.Periods
                 from cp in c.Db.ChildProtectionPlans
                 where cp.StartDate <= p.EndDate && (cp.EndDate == null || cp.EndDate > p.EndDate)
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = c.Db.SocialCareReferrals.Where(r => r.ReferralKey == cp.ReferralKey).Select(r => r.OrgUnitKey).FirstOrDefault(),
                     PersonKey = cp.PersonKey, UnitId = cp.PersonKey, InNumerator = true, InDenominator = false, EventDate = p.EndDate, RecordId = cp.PlanId, RecordKind = Kinds.ProtectionPlan,
                 })
        { CountsAtPeriodEnd = true },

        new("CS05", "Child protection plans that are a second or subsequent plan",
            "Of the child protection plans started in the period, those for a child who had any earlier plan, however long before (DfE: \"second or subsequent time\").",
            "Plans started in the period for a child with an earlier plan", "Plans started in the period",
            MeasureUnit.Percentage, Polarity.LowerIsBetter, "Plan", Breakdowns.Child, Dfe, ["ssd_cp_plans"],
            c => from p in c.Periods
                 from cp in c.Db.ChildProtectionPlans
                 where cp.StartDate >= p.StartDate && cp.StartDate <= p.EndDate
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = c.Db.SocialCareReferrals.Where(r => r.ReferralKey == cp.ReferralKey).Select(r => r.OrgUnitKey).FirstOrDefault(),
                     PersonKey = cp.PersonKey, UnitId = cp.PlanKey, InDenominator = true, EventDate = cp.StartDate,
                     InNumerator = c.Db.ChildProtectionPlans.Any(o => o.PersonKey == cp.PersonKey && o.PlanKey != cp.PlanKey && o.StartDate < cp.StartDate),
                     RecordId = cp.PlanId, RecordKind = Kinds.ProtectionPlan,
                 })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("CS06", "Child protection plans ending that lasted two years or more",
            "Of the child protection plans that ended in the period, those whose end date is on or after the start date plus two years.",
            "Plans ended in the period that lasted two years or more", "Plans ended in the period",
            MeasureUnit.Percentage, Polarity.LowerIsBetter, "Plan", Breakdowns.Child, Dfe, ["ssd_cp_plans"],
            c => from p in c.Periods
                 from cp in c.Db.ChildProtectionPlans
                 where cp.EndDate >= p.StartDate && cp.EndDate <= p.EndDate
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = c.Db.SocialCareReferrals.Where(r => r.ReferralKey == cp.ReferralKey).Select(r => r.OrgUnitKey).FirstOrDefault(),
                     PersonKey = cp.PersonKey, UnitId = cp.PlanKey, InDenominator = true, EventDate = cp.EndDate!.Value,
                     InNumerator = cp.EndDate >= cp.StartDate.AddYears(2),
                     RecordId = cp.PlanId, RecordKind = Kinds.ProtectionPlan,
                 })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("CS07", "Section 47 enquiries started",
            "Section 47 enquiries with a start date in the period, counted in the team that completed them.",
            "Enquiries with a start date in the period", null,
            MeasureUnit.Count, Polarity.Context, "Enquiry", Breakdowns.Child, Dfe, ["ssd_s47_enquiry"],
            c => from p in c.Periods
                 from s in c.Db.Section47Enquiries
                 where s.StartDate >= p.StartDate && s.StartDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = s.OrgUnitKey, PersonKey = s.PersonKey, UnitId = s.EnquiryKey, InNumerator = true, InDenominator = false, EventDate = s.StartDate, RecordId = s.EnquiryId, RecordKind = Kinds.Enquiry })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("QA01", "Case audits graded good or better",
            "Of the case audits completed in the period with an overall grade, those graded 1 Outstanding or 2 Good. The moderated grade, where there is one, is the final grade.",
            "Audits in the period with a final overall grade of 1 or 2", "Audits in the period with an overall grade",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Audit", Breakdowns.Child, "Rutland CAF audit", ["ext_case_audits"],
            c => from p in c.Periods
                 from a in c.Db.CaseAudits
                 where a.Section == CodeLists.AuditSectionOverall && a.AuditDate >= p.StartDate && a.AuditDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = a.OrgUnitKey, PersonKey = a.PersonKey, UnitId = a.CaseAuditKey, InDenominator = true, InNumerator = (a.ModeratedGrade ?? a.Grade) <= 2, EventDate = a.AuditDate, RecordId = a.AuditId, RecordKind = Kinds.Audit })
        { MembersAreDistinctUnits = true, DenominatorIs = "QA02", AddsUpOverMonths = true },

        new("QA02", "Audit grade distribution",
            "Case audits in the period with an overall grade, counted by their final overall grade (moderated where moderated). " +
            "The grades of the other sections are its breakdowns: kind AuditGrade:<section>, value the grade, counting the audits graded so in that section.",
            "Audits in the period with an overall grade (by grade: those with that final overall grade)", null,
            MeasureUnit.Count, Polarity.Context, "Audit", Breakdowns.AuditSectionGrade, "Rutland CAF audit", ["ext_case_audits"],
            // Every section's judgement is a member, for the section breakdowns; only the overall one counts in the value.
            c => from p in c.Periods
                 from a in c.Db.CaseAudits
                 where a.AuditDate >= p.StartDate && a.AuditDate <= p.EndDate
                 select new Member
                 {
                     PeriodKey = p.PeriodKey, OrgUnitKey = a.OrgUnitKey, PersonKey = a.PersonKey, UnitId = a.CaseAuditKey, EventDate = a.AuditDate,
                     InNumerator = a.Section == CodeLists.AuditSectionOverall, InDenominator = false,
                     Section = a.Section, Grade = a.ModeratedGrade ?? a.Grade, RecordId = a.AuditId, RecordKind = Kinds.Audit,
                 }),

        new("QA03", "Moderation agreement",
            "Of the audits in the period whose overall judgement was moderated, those where the moderator's grade equals the auditor's.",
            "Moderated audits whose moderated overall grade equals the auditor's", "Moderated audits in the period",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Audit", Breakdowns.None, "Quality assurance framework", ["ext_case_audits"],
            c => from p in c.Periods
                 from a in c.Db.CaseAudits
                 where a.Section == CodeLists.AuditSectionOverall && a.ModeratedGrade != null && a.AuditDate >= p.StartDate && a.AuditDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, OrgUnitKey = a.OrgUnitKey, PersonKey = a.PersonKey, UnitId = a.CaseAuditKey, InDenominator = true, InNumerator = a.ModeratedGrade == a.Grade, EventDate = a.AuditDate, RecordId = a.AuditId, RecordKind = Kinds.Audit })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("SF01", "Families attached to the family programme",
            "Families attached to the Supporting Families programme from the start of the year to the period end (cumulative in year); the annual target is profiled by month.",
            "Families attached from 1 April to the period end", null,
            MeasureUnit.Count, Polarity.HigherIsBetter, "Family", Breakdowns.None, "Rutland early help report", ["ext_family_programme"],
            c => from p in c.Periods
                 from f in c.Db.FamilyProgrammeAttachments
                 where f.AttachedDate >= p.YearToDateStart && f.AttachedDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, PersonKey = null, OrgUnitKey = f.OrgUnitKey, UnitId = f.FamilyKey, InNumerator = true, InDenominator = false, EventDate = f.AttachedDate, RecordId = f.AttachmentId, RecordKind = Kinds.Family })
        { CumulativeInYear = true },

        new("SF02", "Successful family outcome claims",
            "Successful payment-by-results claims for significant and sustained progress from the start of the year to the period end (cumulative in year).",
            "Successful claims from 1 April to the period end", null,
            MeasureUnit.Count, Polarity.HigherIsBetter, "Family", Breakdowns.None, "Rutland early help report", ["ext_family_programme"],
            c => from p in c.Periods
                 from f in c.Db.FamilyProgrammeAttachments
                 where f.ClaimOutcome == CodeLists.ClaimOutcomeSuccessful && f.ClaimDate >= p.YearToDateStart && f.ClaimDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, PersonKey = null, OrgUnitKey = f.OrgUnitKey, UnitId = f.AttachmentKey, InNumerator = true, InDenominator = false, EventDate = f.ClaimDate!.Value, RecordId = f.AttachmentId, RecordKind = Kinds.Family })
        { CumulativeInYear = true, MembersAreDistinctUnits = true },

        new("FB01", "Families saying support was timely and helpful",
            "Of the family feedback responses in the period, those answering yes to 'was the support timely and helpful?'.",
            "Responses in the period answering yes", "Responses in the period",
            MeasureUnit.Percentage, Polarity.HigherIsBetter, "Response", Breakdowns.None, "Reading early help report", ["ext_family_feedback"],
            c => from p in c.Periods
                 from f in c.Db.FamilyFeedback
                 where f.ResponseDate >= p.StartDate && f.ResponseDate <= p.EndDate
                 select new Member { PeriodKey = p.PeriodKey, PersonKey = null, OrgUnitKey = f.OrgUnitKey, UnitId = f.FeedbackKey, InDenominator = true, InNumerator = f.TimelyAndHelpful, EventDate = f.ResponseDate, RecordId = f.FeedbackId, RecordKind = Kinds.Feedback })
        { MembersAreDistinctUnits = true, AddsUpOverMonths = true },

        new("PT01", "Organisations acting as lead professional",
            "Distinct organisations leading early help episodes open at any time during the period.",
            "Distinct lead organisations of episodes open during the period", null,
            MeasureUnit.Count, Polarity.HigherIsBetter, "Organisation", Breakdowns.None, "Reading early help report", ["ssd_early_help_episodes"],
            // Each organisation once per team and period, then rolled up: a few dozen organisations lead hundreds of
            // thousands of episode-periods, and rolled up one episode at a time every one of those rows was joined to
            // each level above its team and sorted into the distinct counts there.
            c => from x in from p in c.Periods
                           from e in c.Db.EarlyHelpEpisodes
                           where e.LeadOrganisationKey != null && e.StartDate <= p.EndDate && (e.EndDate == null || e.EndDate >= p.StartDate)
                           group p by new { p.PeriodKey, p.EndDate, e.OrgUnitKey, LeadOrganisationKey = e.LeadOrganisationKey!.Value } into g
                           select g.Key
                 join o in c.Db.LeadOrganisations on x.LeadOrganisationKey equals o.LeadOrganisationKey
                 select new Member { PeriodKey = x.PeriodKey, PersonKey = null, OrgUnitKey = x.OrgUnitKey, UnitId = o.LeadOrganisationKey, InNumerator = true, InDenominator = false, EventDate = x.EndDate, RecordId = o.Name, RecordKind = Kinds.Organisation })
        { RollUpInOneQuery = true },

        new("PT02", "Organisations completing early help assessments",
            "Distinct organisations that completed an Early Help Assessment in the period.",
            "Distinct organisations completing EHAs in the period", null,
            MeasureUnit.Count, Polarity.HigherIsBetter, "Organisation", Breakdowns.None, "Reading early help report", ["ext_early_help_assessments"],
            c => from p in c.Periods
                 from a in c.Db.EarlyHelpAssessments
                 where a.LeadOrganisationKey != null && a.CompletedDate >= p.StartDate && a.CompletedDate <= p.EndDate
                 join e in c.Db.EarlyHelpEpisodes on a.EpisodeKey equals e.EpisodeKey
                 join o in c.Db.LeadOrganisations on a.LeadOrganisationKey equals o.LeadOrganisationKey
                 select new Member { PeriodKey = p.PeriodKey, PersonKey = null, OrgUnitKey = e.OrgUnitKey, UnitId = o.LeadOrganisationKey, InNumerator = true, InDenominator = false, EventDate = a.CompletedDate!.Value, RecordId = o.Name, RecordKind = Kinds.Organisation }),
    ];

    private static MeasureDefinition OpenLongerThan(string code, string words, Func<MeasureQueryContext, int> days) =>
        new MeasureDefinition(code, $"Cases open {words}",
            $"Of the children open to early help at period end, those whose open episode has been open {words} (period end minus start).",
            $"Children open at period end with an episode open {words}", "Children open to early help at period end (EH01)",
            MeasureUnit.Percentage, Polarity.LowerIsBetter, "Child", Breakdowns.Child, Seed, ["ssd_early_help_episodes"],
            c =>
            {
                var limit = days(c);
                return from p in c.Periods
                       from e in c.Db.EarlyHelpOpenAtPeriodEnd
                       where e.PeriodEndDate == p.EndDate
                       select new Member
                       {
                           PeriodKey = p.PeriodKey, OrgUnitKey = e.OrgUnitKey, PersonKey = e.PersonKey, UnitId = e.PersonKey, InDenominator = true, EventDate = p.EndDate,
                           InNumerator = e.StartDate < p.EndDate.AddDays(-limit),
                           RecordId = e.EpisodeId, RecordKind = Kinds.Episode,
                       };
            })
        { CountsAtPeriodEnd = true, DenominatorIs = "EH01" };

    /// <summary>
    /// Every early help episode's step-up date, if it stepped up: the first non-NFA social care referral for
    /// the child from the episode's start to 30 days after its end; else its end date when it ended "SU".
    /// </summary>
    /// <remarks>
    /// Written as two grouped sets joined once, not as a lookup per episode: a lookup inside the set is evaluated
    /// again for every period the set is joined to (SQLite and PostgreSQL both pull such a set into the period
    /// join), while a grouped set is computed once and then dated into periods.
    /// </remarks>
    public static IQueryable<StepUp> StepUps(MeasureQueryContext c)
    {
        var window = c.Options.StepWindowDays;
        // A step-up falls between the start and 30 days after the end: skip episodes that ended before the scope.
        var episodes = c.Db.EarlyHelpEpisodes.Where(e => e.EndDate == null || e.EndDate >= c.ScopeStartLess(window));
        var referrals = c.Db.SocialCareReferrals.Where(r => !r.IsNoFurtherAction);
        // Referrals first, then each one's child's episodes (written as two sources, which SQLite joins in that order):
        // a third fewer rows than every episode and its child's referrals, and both read from indexes in the child's order.
        var firstDates = from r in referrals
                         from e in episodes
                         where e.PersonKey == r.PersonKey && r.ReferralDate >= e.StartDate && (e.EndDate == null || r.ReferralDate <= e.EndDate.Value.AddDays(window))
                         group r.ReferralDate by e.EpisodeKey into g
                         select new { EpisodeKey = g.Key, Date = g.Min() };
        // The first referral is the earliest, and of two on that day the one loaded first (the lower key).
        var byReferral = from f in firstDates
                         join e in c.Db.EarlyHelpEpisodes on f.EpisodeKey equals e.EpisodeKey
                         join r in referrals on new { e.PersonKey, f.Date } equals new { r.PersonKey, Date = r.ReferralDate }
                         group r.ReferralKey by new { e.EpisodeKey, e.EpisodeId, e.PersonKey, e.OrgUnitKey, f.Date } into g
                         select new StepUp
                         {
                             EpisodeKey = g.Key.EpisodeKey, EpisodeId = g.Key.EpisodeId, PersonKey = g.Key.PersonKey, OrgUnitKey = g.Key.OrgUnitKey, Date = g.Key.Date,
                             // One referral is one step-up, even when a child who moved team had two episodes in its window.
                             StepUpId = g.Min(),
                         };
        // A step-up known only from the end reason is its episode's, dated at its end.
        var byEndReason = from e in episodes
                          where e.EndReasonCode == CodeLists.EndReasonStepUp && e.EndDate != null
                              && !referrals.Any(r => r.PersonKey == e.PersonKey && r.ReferralDate >= e.StartDate && r.ReferralDate <= e.EndDate.Value.AddDays(window))
                          select new StepUp { EpisodeKey = e.EpisodeKey, EpisodeId = e.EpisodeId, PersonKey = e.PersonKey, OrgUnitKey = e.OrgUnitKey, Date = e.EndDate!.Value, StepUpId = -e.EpisodeKey };
        return byReferral.Concat(byEndReason);
    }

    public sealed class StepUp
    {
        public long EpisodeKey { get; init; }
        public string EpisodeId { get; init; } = "";
        public int PersonKey { get; init; }
        public int? OrgUnitKey { get; init; }
        public DateOnly Date { get; init; }
        /// <summary>The referral's key, or minus the episode's key when only the end reason says it stepped up.</summary>
        public long StepUpId { get; init; }
    }
}
