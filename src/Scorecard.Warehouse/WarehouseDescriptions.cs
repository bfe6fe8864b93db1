using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Facts;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Warehouse;

/// <summary>
/// What every table and column holds, in the model (HasComment), so the SQL Server script documents them for a
/// DBA as MS_Description properties and PostgreSQL as COMMENT ON. A test checks that nothing is left undescribed.
/// </summary>
internal static class WarehouseDescriptions
{
    private const string Lineage = "The load batch that last wrote the row (Integration.LoadBatch).";
    private const string PersonKey = "The child (Dimension.Person).";
    private const string TeamKey = "The team the record belongs to (Dimension.OrganisationUnit); empty counts at the authority only.";
    private const string EpisodeKey = "The early help episode (Fact.EarlyHelpEpisode).";
    private const string Pseudonymised = "The case system's id, pseudonymised with a keyed hash.";

    public static void Apply(ModelBuilder b)
    {
        Describe<CalendarDate>(b, "One row per calendar day, with the financial year, quarter and month it falls in and whether it is a working day.", new()
        {
            [nameof(CalendarDate.DateKey)] = "The date as the integer yyyymmdd.",
            [nameof(CalendarDate.Date)] = "The date.",
            [nameof(CalendarDate.CalendarYear)] = "Calendar year.",
            [nameof(CalendarDate.CalendarMonth)] = "Calendar month, 1 = January.",
            [nameof(CalendarDate.MonthName)] = "Month name, e.g. November.",
            [nameof(CalendarDate.MonthLabel)] = "\"2024-11\": sorts as text.",
            [nameof(CalendarDate.DayOfWeek)] = "Day of the week, 0 = Sunday.",
            [nameof(CalendarDate.IsWeekend)] = "Saturday or Sunday.",
            [nameof(CalendarDate.IsBankHoliday)] = "A bank holiday in England and Wales (substitute days and one-off holidays included).",
            [nameof(CalendarDate.BankHolidayName)] = "The bank holiday's name.",
            [nameof(CalendarDate.IsWorkingDay)] = "Neither a weekend nor a bank holiday: the days working-day windows count.",
            [nameof(CalendarDate.FinancialYearStart)] = "Calendar year in which the financial year starts (2024 for 2024-25).",
            [nameof(CalendarDate.FinancialYearLabel)] = "\"2024-25\".",
            [nameof(CalendarDate.FinancialQuarter)] = "1 = April-June ... 4 = January-March.",
            [nameof(CalendarDate.FinancialQuarterLabel)] = "\"2024-25 Q3\".",
            [nameof(CalendarDate.FinancialMonth)] = "1 = April ... 12 = March.",
        });
        Describe<Person>(b, "A child or adult family member, pseudonymised: no names, addresses or full dates of birth.", new()
        {
            [nameof(Person.PersonKey)] = "Surrogate key.",
            [nameof(Person.PersonId)] = Pseudonymised,
            [nameof(Person.Sex)] = "M, F, U (unknown) or I (indeterminate).",
            [nameof(Person.EthnicityCode)] = "DfE ethnicity code, e.g. WBRI.",
            [nameof(Person.EthnicityGroup)] = "DfE major ethnic group: White, Mixed, Asian, Black, Other, Unknown.",
            [nameof(Person.MonthOfBirth)] = "Date of birth truncated to the first day of its month.",
            [nameof(Person.LineageBatchId)] = Lineage,
        });
        Describe<Family>(b, "A family (ssd_family), pseudonymised.", new()
        {
            [nameof(Family.FamilyKey)] = "Surrogate key.",
            [nameof(Family.FamilyId)] = Pseudonymised,
            [nameof(Family.LineageBatchId)] = Lineage,
        });
        Describe<FamilyMember>(b, "Bridge between families and their members (ssd_family).", new()
        {
            [nameof(FamilyMember.FamilyMemberKey)] = "Surrogate key.",
            [nameof(FamilyMember.FamilyMemberId)] = Pseudonymised,
            [nameof(FamilyMember.FamilyKey)] = "The family (Dimension.Family).",
            [nameof(FamilyMember.PersonKey)] = "The member (Dimension.Person).",
            [nameof(FamilyMember.LineageBatchId)] = Lineage,
        });
        Describe<OrganisationUnit>(b, "Teams, localities (or service areas) and the authority itself, as a parent hierarchy.", new()
        {
            [nameof(OrganisationUnit.OrgUnitKey)] = "Surrogate key.",
            [nameof(OrganisationUnit.OrgUnitId)] = "The case system's team id (dept_team_id), or AUTHORITY for the whole authority.",
            [nameof(OrganisationUnit.Name)] = "Name as staff know it.",
            [nameof(OrganisationUnit.ParentOrgUnitKey)] = "The unit above it; empty for the authority.",
            [nameof(OrganisationUnit.Level)] = "Authority, Locality or Team.",
            [nameof(OrganisationUnit.Depth)] = "0 for the authority, 1 below it, and so on.",
            [nameof(OrganisationUnit.LineageBatchId)] = Lineage,
        });
        Describe<OrganisationUnitAncestor>(b, "Closure table of the organisation hierarchy: one row per unit and each of its ancestors (itself included), so measures roll up to every level with one join.", new()
        {
            [nameof(OrganisationUnitAncestor.OrgUnitKey)] = "The unit.",
            [nameof(OrganisationUnitAncestor.AncestorOrgUnitKey)] = "The unit itself or one above it.",
            [nameof(OrganisationUnitAncestor.Distance)] = "Levels between them: 0 for the unit itself, 1 for its parent.",
        });
        Describe<Professional>(b, "A worker (ssd_professionals); staff ids are pseudonymised too, as they sit beside children's records.", new()
        {
            [nameof(Professional.ProfessionalKey)] = "Surrogate key.",
            [nameof(Professional.ProfessionalId)] = Pseudonymised,
            [nameof(Professional.Role)] = "Job title or role.",
            [nameof(Professional.OrgUnitKey)] = "The worker's team.",
            [nameof(Professional.LineageBatchId)] = Lineage,
        });
        Describe<LeadOrganisation>(b, "An organisation that leads early help or completes assessments (a school, health visiting, the local authority...).", new()
        {
            [nameof(LeadOrganisation.LeadOrganisationKey)] = "Surrogate key.",
            [nameof(LeadOrganisation.Name)] = "The organisation's name.",
            [nameof(LeadOrganisation.LineageBatchId)] = Lineage,
        });
        Describe<CodeListEntry>(b, "The code lists the extract contract accepts, with their labels.", new()
        {
            [nameof(CodeListEntry.CodeSet)] = "Which list: ContactSource, EarlyHelpEndReason, CinClosureReason, AuditSection...",
            [nameof(CodeListEntry.Code)] = "The code as stored in the facts.",
            [nameof(CodeListEntry.Label)] = "What the code means.",
            [nameof(CodeListEntry.SortOrder)] = "Order within its list.",
        });

        Describe<Contact>(b, "A contact at the front door (ssd_contacts).", new()
        {
            [nameof(Contact.ContactKey)] = "Surrogate key.",
            [nameof(Contact.ContactId)] = Pseudonymised,
            [nameof(Contact.PersonKey)] = PersonKey,
            [nameof(Contact.ContactDate)] = "Date of the contact.",
            [nameof(Contact.ContactDateKey)] = "Contact date as yyyymmdd (Dimension.Date).",
            [nameof(Contact.SourceCode)] = "Who made the contact (code list ContactSource).",
            [nameof(Contact.OutcomeCodes)] = "Outcome codes joined with '|'.",
            [nameof(Contact.IsEarlyHelpOutcome)] = "An outcome is an early help referral.",
            [nameof(Contact.IsSocialCareOutcome)] = "An outcome is a referral to children's social care.",
            [nameof(Contact.IsNoFurtherAction)] = "The outcome is no further action.",
            [nameof(Contact.IsInformationAndAdvice)] = "An outcome is information and advice.",
            [nameof(Contact.LineageBatchId)] = Lineage,
        });
        Describe<EarlyHelpEpisode>(b, "An early help episode (ssd_early_help_episodes with ext_early_help_episode_details).", new()
        {
            [nameof(EarlyHelpEpisode.EpisodeKey)] = "Surrogate key.",
            [nameof(EarlyHelpEpisode.EpisodeId)] = Pseudonymised,
            [nameof(EarlyHelpEpisode.PersonKey)] = PersonKey,
            [nameof(EarlyHelpEpisode.FamilyKey)] = "The family (Dimension.Family).",
            [nameof(EarlyHelpEpisode.OrgUnitKey)] = TeamKey,
            [nameof(EarlyHelpEpisode.ReferralDate)] = "Date of the referral to early help.",
            [nameof(EarlyHelpEpisode.StartDate)] = "Date the episode started.",
            [nameof(EarlyHelpEpisode.StartDateKey)] = "Start date as yyyymmdd.",
            [nameof(EarlyHelpEpisode.EndDate)] = "Date the episode ended; empty while open.",
            [nameof(EarlyHelpEpisode.EndDateKey)] = "End date as yyyymmdd.",
            [nameof(EarlyHelpEpisode.Reason)] = "Why early help was offered, in the case system's words.",
            [nameof(EarlyHelpEpisode.EndReasonCode)] = "Why it ended (code list EarlyHelpEndReason; SU is a step-up to social care).",
            [nameof(EarlyHelpEpisode.LevelCode)] = "SINGLE agency, TAF (multi-agency) or TARGETED support.",
            [nameof(EarlyHelpEpisode.LeadOrganisationKey)] = "The lead professional's organisation.",
            [nameof(EarlyHelpEpisode.ProfessionalKey)] = "The lead worker.",
            [nameof(EarlyHelpEpisode.TeamDerived)] = "True when the load worked the team out (from ssd_involvements, or an organisation that is a team) rather than the extract giving it.",
            [nameof(EarlyHelpEpisode.WorkerDerived)] = "True when the load took the worker from ssd_involvements because the episode named none; kept on re-loads while the extract still names none, replaced by a worker the episode gives.",
            [nameof(EarlyHelpEpisode.LineageBatchId)] = Lineage,
        });
        Describe<SocialCareReferral>(b, "A referral to children's social care and the child in need episode it opens (ssd_cin_episodes).", new()
        {
            [nameof(SocialCareReferral.ReferralKey)] = "Surrogate key.",
            [nameof(SocialCareReferral.ReferralId)] = Pseudonymised,
            [nameof(SocialCareReferral.PersonKey)] = PersonKey,
            [nameof(SocialCareReferral.OrgUnitKey)] = TeamKey,
            [nameof(SocialCareReferral.ReferralDate)] = "Date of the referral.",
            [nameof(SocialCareReferral.ReferralDateKey)] = "Referral date as yyyymmdd.",
            [nameof(SocialCareReferral.SourceCode)] = "Who referred (code list ContactSource).",
            [nameof(SocialCareReferral.OutcomeCodes)] = "Referral outcome codes joined with '|'.",
            [nameof(SocialCareReferral.IsNoFurtherAction)] = "The referral led to no further action.",
            [nameof(SocialCareReferral.IsStepDownOutcome)] = "The referral outcome says step-down to early help.",
            [nameof(SocialCareReferral.CloseReasonCode)] = "Why the episode closed (CIN census RC1-RC9; RC9 is referred to early help).",
            [nameof(SocialCareReferral.CloseDate)] = "Date the episode closed; empty while open.",
            [nameof(SocialCareReferral.CloseDateKey)] = "Close date as yyyymmdd.",
            [nameof(SocialCareReferral.LineageBatchId)] = Lineage,
        });
        Describe<SocialCareAssessment>(b, "A social care (single) assessment (ssd_cin_assessments).", new()
        {
            [nameof(SocialCareAssessment.AssessmentKey)] = "Surrogate key.",
            [nameof(SocialCareAssessment.AssessmentId)] = Pseudonymised,
            [nameof(SocialCareAssessment.PersonKey)] = PersonKey,
            [nameof(SocialCareAssessment.ReferralKey)] = "The referral assessed (Fact.SocialCareReferral).",
            [nameof(SocialCareAssessment.OrgUnitKey)] = TeamKey,
            [nameof(SocialCareAssessment.StartDate)] = "Date the assessment started.",
            [nameof(SocialCareAssessment.AuthorisedDate)] = "Date the assessment was authorised; empty until then.",
            [nameof(SocialCareAssessment.LineageBatchId)] = Lineage,
        });
        Describe<ChildProtectionPlan>(b, "A child protection plan (ssd_cp_plans).", new()
        {
            [nameof(ChildProtectionPlan.PlanKey)] = "Surrogate key.",
            [nameof(ChildProtectionPlan.PlanId)] = Pseudonymised,
            [nameof(ChildProtectionPlan.PersonKey)] = PersonKey,
            [nameof(ChildProtectionPlan.ReferralKey)] = "The referral it came from (Fact.SocialCareReferral).",
            [nameof(ChildProtectionPlan.StartDate)] = "Date the plan started.",
            [nameof(ChildProtectionPlan.EndDate)] = "Date the plan ended; empty while open.",
            [nameof(ChildProtectionPlan.LineageBatchId)] = Lineage,
        });
        Describe<Involvement>(b, "A worker's (and team's) involvement with a child (ssd_involvements): where early help episodes get a team the extract does not give.", new()
        {
            [nameof(Involvement.InvolvementKey)] = "Surrogate key.",
            [nameof(Involvement.InvolvementId)] = Pseudonymised,
            [nameof(Involvement.PersonKey)] = "The child (Dimension.Person); taken from the referral when the extract names none.",
            [nameof(Involvement.ReferralKey)] = "The referral it belongs to (Fact.SocialCareReferral).",
            [nameof(Involvement.ProfessionalKey)] = "The worker (Dimension.Professional).",
            [nameof(Involvement.OrgUnitKey)] = "The worker's team (Dimension.OrganisationUnit).",
            [nameof(Involvement.RoleCode)] = "The case system's kind of involvement.",
            [nameof(Involvement.StartDate)] = "Date the involvement started.",
            [nameof(Involvement.EndDate)] = "Date it ended; empty while open.",
            [nameof(Involvement.LineageBatchId)] = Lineage,
        });
        Describe<Section47Enquiry>(b, "A section 47 enquiry (ssd_s47_enquiry).", new()
        {
            [nameof(Section47Enquiry.EnquiryKey)] = "Surrogate key.",
            [nameof(Section47Enquiry.EnquiryId)] = Pseudonymised,
            [nameof(Section47Enquiry.PersonKey)] = PersonKey,
            [nameof(Section47Enquiry.ReferralKey)] = "The referral it belongs to (Fact.SocialCareReferral).",
            [nameof(Section47Enquiry.OrgUnitKey)] = TeamKey,
            [nameof(Section47Enquiry.StartDate)] = "Date the enquiry started.",
            [nameof(Section47Enquiry.StartDateKey)] = "Start date as yyyymmdd.",
            [nameof(Section47Enquiry.EndDate)] = "Date it ended; empty while open.",
            [nameof(Section47Enquiry.IsNoFurtherAction)] = "True when it ended with no further action; empty when not recorded.",
            [nameof(Section47Enquiry.LineageBatchId)] = Lineage,
        });
        Describe<LookedAfterEpisode>(b, "A period of being looked after (ssd_cla_episodes).", new()
        {
            [nameof(LookedAfterEpisode.EpisodeKey)] = "Surrogate key.",
            [nameof(LookedAfterEpisode.EpisodeId)] = Pseudonymised,
            [nameof(LookedAfterEpisode.PersonKey)] = PersonKey,
            [nameof(LookedAfterEpisode.StartDate)] = "Date the episode started.",
            [nameof(LookedAfterEpisode.EndDate)] = "Date it ceased; empty while looked after.",
            [nameof(LookedAfterEpisode.EndReasonCode)] = "Why it ceased (code list LookedAfterEndReason).",
            [nameof(LookedAfterEpisode.LineageBatchId)] = Lineage,
        });
        Describe<EarlyHelpAssessment>(b, "An Early Help Assessment (EHA, formerly CAF) (ext_early_help_assessments).", new()
        {
            [nameof(EarlyHelpAssessment.AssessmentKey)] = "Surrogate key.",
            [nameof(EarlyHelpAssessment.AssessmentId)] = Pseudonymised,
            [nameof(EarlyHelpAssessment.EpisodeKey)] = EpisodeKey,
            [nameof(EarlyHelpAssessment.PersonKey)] = PersonKey,
            [nameof(EarlyHelpAssessment.StartDate)] = "Date the assessment started.",
            [nameof(EarlyHelpAssessment.CompletedDate)] = "Date it was completed; empty until then.",
            [nameof(EarlyHelpAssessment.CompletedDateKey)] = "Completed date as yyyymmdd.",
            [nameof(EarlyHelpAssessment.LeadOrganisationKey)] = "The organisation that completed it.",
            [nameof(EarlyHelpAssessment.LineageBatchId)] = Lineage,
        });
        Describe<PlanReview>(b, "A plan review or Team Around the Family meeting (ext_plan_reviews).", new()
        {
            [nameof(PlanReview.ReviewKey)] = "Surrogate key.",
            [nameof(PlanReview.ReviewId)] = Pseudonymised,
            [nameof(PlanReview.EpisodeKey)] = EpisodeKey,
            [nameof(PlanReview.ReviewDate)] = "Date of the review or meeting.",
            [nameof(PlanReview.ReviewType)] = "TAF (a Team Around the Family meeting) or REVIEW (a single-agency plan review).",
            [nameof(PlanReview.LineageBatchId)] = Lineage,
        });
        Describe<OutcomeScore>(b, "One domain score on a progression-of-change tool such as a spidergraph or Outcome Star (ext_outcome_scores).", new()
        {
            [nameof(OutcomeScore.ScoreKey)] = "Surrogate key.",
            [nameof(OutcomeScore.ScoreId)] = Pseudonymised,
            [nameof(OutcomeScore.EpisodeKey)] = EpisodeKey,
            [nameof(OutcomeScore.ScoreDate)] = "Date the score was given.",
            [nameof(OutcomeScore.Tool)] = "The tool used, e.g. Spidergraph.",
            [nameof(OutcomeScore.Stage)] = "BASELINE, REVIEW or CLOSURE.",
            [nameof(OutcomeScore.Domain)] = "The domain scored, e.g. Health.",
            [nameof(OutcomeScore.Score)] = "The score (1 serious concern to 10 thriving on a spidergraph).",
            [nameof(OutcomeScore.LineageBatchId)] = Lineage,
        });
        Describe<CaseAudit>(b, "One section's grade in a case audit (ext_case_audits): 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate.", new()
        {
            [nameof(CaseAudit.CaseAuditKey)] = "Surrogate key (one per audit and section).",
            [nameof(CaseAudit.AuditId)] = Pseudonymised,
            [nameof(CaseAudit.Section)] = "The section graded (code list AuditSection; OVERALL is the overall judgement).",
            [nameof(CaseAudit.PersonKey)] = PersonKey,
            [nameof(CaseAudit.EpisodeKey)] = EpisodeKey,
            [nameof(CaseAudit.OrgUnitKey)] = TeamKey,
            [nameof(CaseAudit.AuditDate)] = "Date of the audit.",
            [nameof(CaseAudit.Grade)] = "The auditor's grade, 1 to 4.",
            [nameof(CaseAudit.ModeratedGrade)] = "The moderator's grade where the audit was moderated: the final grade.",
            [nameof(CaseAudit.AuditorId)] = "The auditor, pseudonymised.",
            [nameof(CaseAudit.LineageBatchId)] = Lineage,
        });
        Describe<FamilyProgrammeAttachment>(b, "A family attached to the Supporting Families programme, and its outcome claim (ext_family_programme).", new()
        {
            [nameof(FamilyProgrammeAttachment.AttachmentKey)] = "Surrogate key.",
            [nameof(FamilyProgrammeAttachment.AttachmentId)] = Pseudonymised,
            [nameof(FamilyProgrammeAttachment.FamilyKey)] = "The family (Dimension.Family).",
            [nameof(FamilyProgrammeAttachment.OrgUnitKey)] = TeamKey,
            [nameof(FamilyProgrammeAttachment.AttachedDate)] = "Date the family was attached.",
            [nameof(FamilyProgrammeAttachment.ClaimDate)] = "Date of the payment-by-results claim.",
            [nameof(FamilyProgrammeAttachment.ClaimOutcome)] = "SUCCESSFUL, REJECTED, or empty while no claim is made.",
            [nameof(FamilyProgrammeAttachment.LineageBatchId)] = Lineage,
        });
        Describe<FamilyFeedback>(b, "A family's answer to \"was the support timely and helpful?\" (ext_family_feedback).", new()
        {
            [nameof(FamilyFeedback.FeedbackKey)] = "Surrogate key.",
            [nameof(FamilyFeedback.FeedbackId)] = Pseudonymised,
            [nameof(FamilyFeedback.FamilyKey)] = "The family (Dimension.Family).",
            [nameof(FamilyFeedback.EpisodeKey)] = EpisodeKey,
            [nameof(FamilyFeedback.OrgUnitKey)] = TeamKey,
            [nameof(FamilyFeedback.ResponseDate)] = "Date of the response.",
            [nameof(FamilyFeedback.TimelyAndHelpful)] = "The family said yes.",
            [nameof(FamilyFeedback.LineageBatchId)] = Lineage,
        });

        Describe<LoadBatch>(b, "One load of one extract: every fact and dimension row points at the batch that last wrote it.", new()
        {
            [nameof(LoadBatch.LoadBatchId)] = "Batch number, in load order.",
            [nameof(LoadBatch.SourceKind)] = "\"SSD extract\", \"Annex A\", \"CIN census\".",
            [nameof(LoadBatch.SourceName)] = "The folder or file loaded.",
            [nameof(LoadBatch.FileHash)] = "SHA-256 over the extract's files (names and contents).",
            [nameof(LoadBatch.Status)] = "Running, Succeeded or Failed (a load that would change nothing keeps no batch).",
            [nameof(LoadBatch.StartedAtUtc)] = "When the load started (UTC).",
            [nameof(LoadBatch.FinishedAtUtc)] = "When it finished (UTC).",
            [nameof(LoadBatch.RowsRead)] = "Rows read: loaded plus rejected.",
            [nameof(LoadBatch.RowsInserted)] = "Rows new to the warehouse.",
            [nameof(LoadBatch.RowsUpdated)] = "Rows that changed a record already there.",
            [nameof(LoadBatch.RowsUnchanged)] = "Rows identical to what was there.",
            [nameof(LoadBatch.RowsRejected)] = "Rows not loaded (Integration.Reject says why).",
            [nameof(LoadBatch.RowsDeleted)] = "Records this load found deleted at source (missing from a full snapshot), with the records that belonged to them (Integration.DeletedRecord).",
            [nameof(LoadBatch.RowsWithWarnings)] = "Rows loaded with at least one optional field treated as unknown (they are among the loaded rows; Integration.LoadWarning says which).",
            [nameof(LoadBatch.SourceRelease)] = "The SSD release the extract's column names belong to, when they say.",
            [nameof(LoadBatch.SourceShape)] = "The case-system shape recognised (SystemC, Eclipse, Mosaic, Scorecard), and why.",
            [nameof(LoadBatch.UnreadFiles)] = "SSD files in the extract that are not read (addresses, disabilities...).",
            [nameof(LoadBatch.Message)] = "What happened, in words.",
        });
        Describe<LoadBatchTable>(b, "Counts for one source table within a load.", new()
        {
            [nameof(LoadBatchTable.LoadBatchId)] = "The load (Integration.LoadBatch).",
            [nameof(LoadBatchTable.TableName)] = "The extract table, e.g. ssd_contacts.",
            [nameof(LoadBatchTable.FileName)] = "The file it came from.",
            [nameof(LoadBatchTable.RowsRead)] = "Rows read: loaded plus rejected.",
            [nameof(LoadBatchTable.RowsInserted)] = "Rows new to the warehouse.",
            [nameof(LoadBatchTable.RowsUpdated)] = "Rows that changed a record already there.",
            [nameof(LoadBatchTable.RowsUnchanged)] = "Rows identical to what was there.",
            [nameof(LoadBatchTable.RowsRejected)] = "Rows not loaded.",
            [nameof(LoadBatchTable.RowsDeleted)] = "Records of this table missing from the file, a full snapshot of its window: moved to Integration.DeletedRecord.",
            [nameof(LoadBatchTable.IgnoredColumns)] = "Columns in the file that the contract does not know.",
            [nameof(LoadBatchTable.AbsentColumns)] = "Optional contract columns the file lacked: their stored values were kept, not erased.",
            [nameof(LoadBatchTable.RowsWithWarnings)] = "Rows loaded with at least one optional field treated as unknown.",
            [nameof(LoadBatchTable.RenamedColumns)] = "Columns read under an older SSD name.",
            [nameof(LoadBatchTable.NotExpressed)] = "Properties this file's form cannot record (a SystemC contact outcome has no early help flag): measures that need them are not available from this source for the periods its rows fall in.",
            [nameof(LoadBatchTable.EarliestAffectedDate)] = "The earliest business date the load changed: periods ending before it (less the longest backward window) need no recomputing.",
            [nameof(LoadBatchTable.ChangedProperties)] = "When the load only changed values of rows already there: the properties it changed (Entity.Property, comma-separated); measures reading none of them need no recomputing. Null: every property.",
        });
        Describe<Reject>(b, "A row that was not loaded, and why.", new()
        {
            [nameof(Reject.RejectId)] = "Surrogate key.",
            [nameof(Reject.LoadBatchId)] = "The load (Integration.LoadBatch).",
            [nameof(Reject.FileName)] = "The file the row was in.",
            [nameof(Reject.LineNumber)] = "Physical line in the file (the header is line 1).",
            [nameof(Reject.ColumnName)] = "The column at fault; empty for the row as a whole.",
            [nameof(Reject.Value)] = "The offending value; identifiers shown pseudonymised and dates of birth withheld.",
            [nameof(Reject.Reason)] = "Why the row was rejected.",
        });
        Describe<LoadWarning>(b, "A value that was odd but did not stop its row loading (an unknown code, a placeholder, a sentinel date, an over-long optional text): the field was loaded as unknown. One row per load, file, column, kind and value; also what was odd about a whole file.", new()
        {
            [nameof(LoadWarning.LoadWarningId)] = "Surrogate key.",
            [nameof(LoadWarning.LoadBatchId)] = "The load (Integration.LoadBatch).",
            [nameof(LoadWarning.FileName)] = "The file.",
            [nameof(LoadWarning.ColumnName)] = "The column; empty for what concerns a whole file.",
            [nameof(LoadWarning.Kind)] = "What was odd: unknown code, placeholder, placeholder date, too long, not a date...",
            [nameof(LoadWarning.CodeList)] = "The mapping list the value belongs to, when a mapping file line would fix it.",
            [nameof(LoadWarning.Value)] = "The value as it may be shown: identifiers pseudonymised, dates of birth and long text withheld.",
            [nameof(LoadWarning.Rows)] = "Rows with this value.",
            [nameof(LoadWarning.FirstLine)] = "Physical line of the first such row (the header is line 1); empty for a whole file.",
            [nameof(LoadWarning.Message)] = "What happened, in words.",
        });
        Describe<DeletedRecord>(b, "A record deleted at source: a later full snapshot no longer had it. It left its fact table in the same transaction, so nothing counts it, and is kept here whole.", new()
        {
            [nameof(DeletedRecord.DeletedRecordId)] = "Surrogate key.",
            [nameof(DeletedRecord.TableName)] = "The extract table the record came from, e.g. ssd_contacts.",
            [nameof(DeletedRecord.RecordId)] = "Its natural key as stored (a pseudonym; \"id|section\" for case audits).",
            [nameof(DeletedRecord.RecordKey)] = "Its surrogate key in the fact table it left.",
            [nameof(DeletedRecord.EventDate)] = "The date that placed it in the snapshot window (or its event date, for a record deleted with another).",
            [nameof(DeletedRecord.Record)] = "Every column of the stored row, as JSON, as it was when deleted.",
            [nameof(DeletedRecord.LineageBatchId)] = Lineage,
            [nameof(DeletedRecord.DeletedByBatchId)] = "The load that found it deleted (Integration.LoadBatch).",
            [nameof(DeletedRecord.Reason)] = "Why it was taken out.",
        });
        Describe<PublishedPack>(b, "A board pack the build-packs job wrote for a template's latest complete period; the feed lists it and serves its files to the roles the template names.", new()
        {
            [nameof(PublishedPack.PublishedPackId)] = "Surrogate key; the id in the feed's download links.",
            [nameof(PublishedPack.TemplateName)] = "The template's name, e.g. childrens-trust-quarterly.",
            [nameof(PublishedPack.Title)] = "The template's title, as on the pack's cover.",
            [nameof(PublishedPack.PeriodLabel)] = "The period the pack reports, e.g. \"2026-27 Q2\" or \"2026-09\"; one pack per template and period.",
            [nameof(PublishedPack.GeneratedAtUtc)] = "When the pack was written (UTC).",
            [nameof(PublishedPack.LoadBatchId)] = "The last load the published measures it shows had seen (Integration.LoadBatch).",
            [nameof(PublishedPack.WorkbookFile)] = "The workbook, relative to the packs folder (template/period/name.xlsx); never a server path in the feed.",
            [nameof(PublishedPack.ChartsFile)] = "The chart PDF, relative to the packs folder.",
            [nameof(PublishedPack.Roles)] = "The feed roles that may download it, as \",Board,Analyst,\".",
        });
        Describe<JobRun>(b, "One run of a scheduled job (load-extracts, refresh-measures, build-packs), whether started by its schedule, an administrator or the command line; what the health check reads.", new()
        {
            [nameof(JobRun.JobRunId)] = "Surrogate key.",
            [nameof(JobRun.Job)] = "The job: load-extracts, refresh-measures or build-packs.",
            [nameof(JobRun.Trigger)] = "What started it: schedule, administrator or command line.",
            [nameof(JobRun.StartedAtUtc)] = "When it started (UTC).",
            [nameof(JobRun.FinishedAtUtc)] = "When it finished (UTC); empty while running.",
            [nameof(JobRun.Status)] = "Running, Succeeded or Failed.",
            [nameof(JobRun.ItemsLoaded)] = "Inbox items loaded (or found already in the warehouse), or packs written: what the overdue check counts for loads.",
            [nameof(JobRun.ItemsFailed)] = "Inbox items that failed and were moved to failed/.",
            [nameof(JobRun.Message)] = "What the run did or why it failed, in words.",
        });

        Describe<Measure>(b, "The measure catalogue: each measure's definition, unit and polarity, beside its values.", new()
        {
            [nameof(Measure.MeasureCode)] = "Catalogue code, e.g. EH07.",
            [nameof(Measure.Name)] = "The measure's name, the same in every output.",
            [nameof(Measure.Description)] = "What the measure shows, in plain words.",
            [nameof(Measure.NumeratorDefinition)] = "What the numerator (or the count) counts.",
            [nameof(Measure.DenominatorDefinition)] = "What the denominator counts; empty for counts.",
            [nameof(Measure.Unit)] = "Count or Percentage.",
            [nameof(Measure.Polarity)] = "HigherIsBetter, LowerIsBetter or Context (no RAG).",
            [nameof(Measure.CountingUnit)] = "What one unit is: Child, Family, Episode, Audit...",
            [nameof(Measure.Breakdowns)] = "Breakdowns beyond organisation unit.",
            [nameof(Measure.Source)] = "Where the definition comes from.",
            [nameof(Measure.RequiredTables)] = "Extract tables the measure needs.",
            [nameof(Measure.IsAvailable)] = "False when a table it needs was never loaded: not available, never zero.",
            [nameof(Measure.SettlesAfterDays)] = "Days after a period ends in which later records can still change its value (0: final when the period ends).",
            [nameof(Measure.AvailabilityNote)] = "Why the measure is not available.",
            [nameof(Measure.SortOrder)] = "Order on the scorecard.",
        });
        Describe<Period>(b, "A reporting period: month, financial quarter (April-June is Q1), financial year (April-March) or calendar year.", new()
        {
            [nameof(Period.PeriodKey)] = "A digit for the grain (1 month, 2 financial quarter, 3 financial year, 4 calendar year), then the first day as yyyymmdd.",
            [nameof(Period.Grain)] = "Month, FinancialQuarter, FinancialYear or CalendarYear.",
            [nameof(Period.Label)] = "\"2024-11\", \"2024-25 Q3\", \"2024-25\" or \"2024\".",
            [nameof(Period.StartDate)] = "First day of the period.",
            [nameof(Period.EndDate)] = "Last day of the period.",
            [nameof(Period.StartDateKey)] = "First day as yyyymmdd.",
            [nameof(Period.EndDateKey)] = "Last day as yyyymmdd.",
            [nameof(Period.FinancialYearStart)] = "Calendar year in which the financial year starts.",
            [nameof(Period.FinancialYearLabel)] = "\"2024-25\".",
            [nameof(Period.YearToDateStart)] = "Where year-to-date counts start: 1 April (1 January for calendar years).",
            [nameof(Period.SortOrder)] = "Sorts periods in time order.",
            [nameof(Period.PreviousPeriodKey)] = "The previous period of the same grain.",
            [nameof(Period.SamePeriodLastYearKey)] = "The same period a year earlier.",
            [nameof(Period.IsComplete)] = "False while the data does not yet reach the period's end.",
        });
        Describe<Target>(b, "A target for a measure in a financial year, for every unit or for one (report-templates/targets.json).", new()
        {
            [nameof(Target.TargetKey)] = "Surrogate key.",
            [nameof(Target.MeasureCode)] = "The measure (Dimension.Measure).",
            [nameof(Target.FinancialYearStart)] = "The financial year (2024 for 2024-25).",
            [nameof(Target.OrgUnitKey)] = "The unit; empty for every unit without its own (year-to-date counts: the authority only).",
            [nameof(Target.Value)] = "The target: a count or a percentage.",
            [nameof(Target.Tolerance)] = "Amber band: percentage points for percentages, a share (0.10 = 10%) for counts; empty for the default.",
        });
        Describe<EarlyHelpOpenAtPeriodEnd>(b, "Early help episodes open at each period end date (started on or before it, not ended by it), written by the measure refresh from Fact.EarlyHelpEpisode for the end dates it recomputes; the measures counted at period end read it.", new()
        {
            [nameof(EarlyHelpOpenAtPeriodEnd.PeriodEndDate)] = "The end date of one or more periods (Dimension.Period).",
            [nameof(EarlyHelpOpenAtPeriodEnd.EpisodeKey)] = EpisodeKey,
            [nameof(EarlyHelpOpenAtPeriodEnd.EpisodeId)] = Pseudonymised,
            [nameof(EarlyHelpOpenAtPeriodEnd.PersonKey)] = PersonKey,
            [nameof(EarlyHelpOpenAtPeriodEnd.OrgUnitKey)] = TeamKey,
            [nameof(EarlyHelpOpenAtPeriodEnd.StartDate)] = "Date the episode started.",
        });
        Describe<MeasureValue>(b, "The computed snapshot: one measure, period, organisation unit and breakdown, as computed, before anything is withheld. Outputs read the Published tables.", new()
        {
            [nameof(MeasureValue.MeasureValueKey)] = "Surrogate key.",
            [nameof(MeasureValue.MeasureCode)] = "The measure (Dimension.Measure).",
            [nameof(MeasureValue.PeriodKey)] = "The period (Dimension.Period).",
            [nameof(MeasureValue.OrgUnitKey)] = "The unit (Dimension.OrganisationUnit).",
            [nameof(MeasureValue.BreakdownKind)] = "All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02.",
            [nameof(MeasureValue.BreakdownValue)] = "All, or the band, sex, group or grade.",
            [nameof(MeasureValue.Numerator)] = "The count, or the percentage's numerator.",
            [nameof(MeasureValue.Denominator)] = "The percentage's denominator; empty for counts.",
            [nameof(MeasureValue.Value)] = "The count, or the percentage (0-100); empty when the denominator is 0.",
            [nameof(MeasureValue.Target)] = "The target that applies, profiled to the period for year-to-date counts.",
            [nameof(MeasureValue.Rag)] = "Green, Amber or Red against the target, as if final.",
            [nameof(MeasureValue.DirectionVsPrevious)] = "Direction against the previous period (empty for year-to-date counts).",
            [nameof(MeasureValue.DirectionVsLastYear)] = "Direction against the same period last year.",
            [nameof(MeasureValue.PreviousValue)] = "The previous period's value.",
            [nameof(MeasureValue.LastYearValue)] = "The same period last year's value.",
            [nameof(MeasureValue.IsSmallNumber)] = "A count of 1 to 5, or a percentage built on one.",
            [nameof(MeasureValue.IsAvailable)] = "False when the data loaded cannot express what the measure needs for this period (a table never loaded, or records from a source that does not record a field): not available from this source, never 0; no value, target, RAG or direction.",
            [nameof(MeasureValue.NotAvailableReason)] = "Why the value is not available, in words for the reader.",
            [nameof(MeasureValue.IsProvisional)] = "Later records can still change the value (the data does not reach the period end plus the settling window).",
            [nameof(MeasureValue.RefreshedAtUtc)] = "When it was computed (UTC).",
            [nameof(MeasureValue.LineageBatchId)] = "The newest load batch it was computed from.",
        });
        Describe<MeasureRefresh>(b, "One refresh of the snapshot: what it recomputed and why.", new()
        {
            [nameof(MeasureRefresh.MeasureRefreshId)] = "Refresh number.",
            [nameof(MeasureRefresh.StartedAtUtc)] = "When it started (UTC).",
            [nameof(MeasureRefresh.FinishedAtUtc)] = "When it finished (UTC).",
            [nameof(MeasureRefresh.Kind)] = "Full or Incremental.",
            [nameof(MeasureRefresh.UpToBatchId)] = "The newest load batch it includes.",
            [nameof(MeasureRefresh.RecomputedFrom)] = "Periods ending on or after this date were recomputed (empty: all).",
            [nameof(MeasureRefresh.PeriodsRecomputed)] = "How many periods were recomputed.",
            [nameof(MeasureRefresh.ValuesWritten)] = "How many values were written.",
            [nameof(MeasureRefresh.TargetsHash)] = "SHA-256 of the targets file used: a changed file means every RAG is redone.",
            [nameof(MeasureRefresh.DataAsOf)] = "The latest business date in the data (not after the day of the refresh): provisional values are judged by it.",
            [nameof(MeasureRefresh.Message)] = "What the refresh did, in words.",
        });

        Describe<PublishedOrgUnit>(b, "Organisation units as every output names them, with the parent's name and the locality (the nearest locality at or above the unit), written at refresh.", new()
        {
            [nameof(PublishedOrgUnit.OrgUnitKey)] = "The unit (Dimension.OrganisationUnit).",
            [nameof(PublishedOrgUnit.OrgUnitId)] = "The case system's team id, or AUTHORITY.",
            [nameof(PublishedOrgUnit.Name)] = "Name as staff know it.",
            [nameof(PublishedOrgUnit.Level)] = "Authority, Locality or Team.",
            [nameof(PublishedOrgUnit.Depth)] = "0 for the authority, 1 below it, and so on.",
            [nameof(PublishedOrgUnit.ParentOrgUnitKey)] = "The unit above it.",
            [nameof(PublishedOrgUnit.ParentName)] = "Name of the unit above it.",
            [nameof(PublishedOrgUnit.LocalityOrgUnitKey)] = "The locality the unit is in: itself for a locality; empty for the authority.",
            [nameof(PublishedOrgUnit.Locality)] = "Name of that locality.",
            [nameof(PublishedOrgUnit.SortOrder)] = "The order outputs list units in: the authority, then each locality followed by its teams.",
        });
        foreach (var (type, audience) in new[]
                 {
                     (typeof(InternalMeasureValue), "for staff of the council: nothing withheld"),
                     (typeof(PartnershipMeasureValue), "for the partnership board and publication: small numbers (1 to 5), and any cell that would let one be worked out, withheld as \"c\""),
                 })
            Describe(b, type, $"The published scorecard {audience}. One row per measure, period, organisation unit and breakdown, with names, display text, RAG, direction and provisional state decided at refresh; outputs select from it and decide nothing.", PublishedColumns);
    }

    private static readonly Dictionary<string, string> PublishedColumns = new()
    {
        [nameof(PublishedMeasureValue.PublishedValueKey)] = "Key of the cell: the same cell has the same key in every audience's table.",
        [nameof(PublishedMeasureValue.MeasureCode)] = "Catalogue code, e.g. EH07.",
        [nameof(PublishedMeasureValue.MeasureName)] = "The measure's name, the same in every output.",
        [nameof(PublishedMeasureValue.Unit)] = "Count or Percentage.",
        [nameof(PublishedMeasureValue.Polarity)] = "HigherIsBetter, LowerIsBetter or Context.",
        [nameof(PublishedMeasureValue.MeasureSortOrder)] = "Order on the scorecard.",
        [nameof(PublishedMeasureValue.PeriodKey)] = "The period (Dimension.Period).",
        [nameof(PublishedMeasureValue.PeriodGrain)] = "Month, FinancialQuarter, FinancialYear or CalendarYear.",
        [nameof(PublishedMeasureValue.PeriodLabel)] = "\"2024-11\", \"2024-25 Q3\", \"2024-25\" or \"2024\".",
        [nameof(PublishedMeasureValue.PeriodStart)] = "First day of the period.",
        [nameof(PublishedMeasureValue.PeriodEnd)] = "Last day of the period.",
        [nameof(PublishedMeasureValue.FinancialYear)] = "The financial year the period belongs to, \"2024-25\".",
        [nameof(PublishedMeasureValue.PeriodSortOrder)] = "Sorts periods in time order.",
        [nameof(PublishedMeasureValue.PeriodIsComplete)] = "False while the data does not yet reach the end of the period.",
        [nameof(PublishedMeasureValue.OrgUnitKey)] = "The unit (Published.OrgUnit).",
        [nameof(PublishedMeasureValue.OrgUnitId)] = "The case system's team id, or AUTHORITY.",
        [nameof(PublishedMeasureValue.OrgUnitName)] = "Team, locality or authority name.",
        [nameof(PublishedMeasureValue.OrgUnitLevel)] = "Authority, Locality or Team.",
        [nameof(PublishedMeasureValue.Locality)] = "The locality the unit is in (itself for a locality; empty for the authority).",
        [nameof(PublishedMeasureValue.BreakdownKind)] = "All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02.",
        [nameof(PublishedMeasureValue.BreakdownValue)] = "All, or the band, sex, group or grade.",
        [nameof(PublishedMeasureValue.State)] = "Value, NoValue (nothing to divide by), Suppressed (withheld) or NotAvailable (the data cannot give it).",
        [nameof(PublishedMeasureValue.Numerator)] = "The count, or the percentage's numerator; empty when withheld or not available.",
        [nameof(PublishedMeasureValue.Denominator)] = "The percentage's denominator; empty for counts, and when withheld.",
        [nameof(PublishedMeasureValue.Value)] = "The count, or the percentage (0-100); empty when withheld, not available or nothing to divide by.",
        [nameof(PublishedMeasureValue.DisplayValue)] = "The value as every output shows it: \"1,234\", \"12.5%\", \"-\", \"c\" or \"not available\".",
        [nameof(PublishedMeasureValue.Target)] = "The target that applies, profiled to the period for year-to-date counts; empty when withheld.",
        [nameof(PublishedMeasureValue.Rag)] = "Green, Amber or Red; empty without a target, for context measures, and for withheld or provisional values.",
        [nameof(PublishedMeasureValue.DirectionVsPrevious)] = "Against the previous period; empty when either value is withheld, for provisional values and for year-to-date counts.",
        [nameof(PublishedMeasureValue.DirectionVsLastYear)] = "Against the same period last year; empty when either value is withheld, and for provisional values.",
        [nameof(PublishedMeasureValue.PreviousValue)] = "The previous period's value; empty when it is withheld.",
        [nameof(PublishedMeasureValue.LastYearValue)] = "The same period last year's value; empty when it is withheld.",
        [nameof(PublishedMeasureValue.IsSmallNumber)] = "A count of 1 to 5 or a percentage built on one (internal table); in the partnership table, the same as IsSuppressed.",
        [nameof(PublishedMeasureValue.IsSuppressed)] = "Withheld from this audience: shown \"c\".",
        [nameof(PublishedMeasureValue.IsProvisional)] = "Later records can still change the value: shown with its settling date, without RAG or direction.",
        [nameof(PublishedMeasureValue.SettlesOn)] = "The day the value becomes final: the period end plus the measure's settling window; empty for measures final when the period ends.",
        [nameof(PublishedMeasureValue.Note)] = "Why the value is not available, when it is not.",
        [nameof(PublishedMeasureValue.RefreshedAtUtc)] = "When it was published (UTC).",
        [nameof(PublishedMeasureValue.LineageBatchId)] = "The newest load batch it was computed from.",
    };

    private static void Describe<T>(ModelBuilder b, string table, Dictionary<string, string> columns) where T : class =>
        Describe(b, typeof(T), table, columns);

    private static void Describe(ModelBuilder b, Type type, string table, Dictionary<string, string> columns)
    {
        var entity = b.Entity(type);
        entity.Metadata.SetComment(table);
        foreach (var (property, comment) in columns) entity.Property(property).HasComment(comment);
    }
}
