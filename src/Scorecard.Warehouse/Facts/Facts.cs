namespace Scorecard.Warehouse.Facts;

/// <summary>A contact at the front door (ssd_contacts).</summary>
public class Contact
{
    public long ContactKey { get; set; }
    public string ContactId { get; set; } = "";
    public int PersonKey { get; set; }
    public DateOnly ContactDate { get; set; }
    public int ContactDateKey { get; set; }
    public string? SourceCode { get; set; }
    /// <summary>Outcome codes joined with '|', e.g. "EH Referral|CIN Referral".</summary>
    public string? OutcomeCodes { get; set; }
    public bool IsEarlyHelpOutcome { get; set; }
    public bool IsSocialCareOutcome { get; set; }
    public bool IsNoFurtherAction { get; set; }
    public bool IsInformationAndAdvice { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>An early help episode (ssd_early_help_episodes with ext_early_help_episode_details).</summary>
public class EarlyHelpEpisode
{
    public long EpisodeKey { get; set; }
    public string EpisodeId { get; set; } = "";
    public int PersonKey { get; set; }
    public int? FamilyKey { get; set; }
    public int? OrgUnitKey { get; set; }
    public DateOnly? ReferralDate { get; set; }
    public DateOnly StartDate { get; set; }
    public int StartDateKey { get; set; }
    public DateOnly? EndDate { get; set; }
    public int? EndDateKey { get; set; }
    public string? Reason { get; set; }
    public string? EndReasonCode { get; set; }
    public string? LevelCode { get; set; }
    public int? LeadOrganisationKey { get; set; }
    public int? ProfessionalKey { get; set; }
    /// <summary>
    /// True when the team was worked out by the load (from ssd_involvements, or from an organisation that is a team)
    /// rather than given by the extract's episode details.
    /// </summary>
    public bool TeamDerived { get; set; }
    /// <summary>
    /// True when the worker was worked out by the load (from the involvement that gave the team) because the extract
    /// named none or a placeholder (SystemC's SSD_PH). A later extract with the placeholder again keeps it.
    /// </summary>
    public bool WorkerDerived { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>A children's social care referral and the CIN episode it opens (ssd_cin_episodes).</summary>
public class SocialCareReferral
{
    public long ReferralKey { get; set; }
    public string ReferralId { get; set; } = "";
    public int PersonKey { get; set; }
    public int? OrgUnitKey { get; set; }
    public DateOnly ReferralDate { get; set; }
    public int ReferralDateKey { get; set; }
    public string? SourceCode { get; set; }
    public string? OutcomeCodes { get; set; }
    public bool IsNoFurtherAction { get; set; }
    /// <summary>Referral outcome says "Step-down to Early Help".</summary>
    public bool IsStepDownOutcome { get; set; }
    public string? CloseReasonCode { get; set; }
    public DateOnly? CloseDate { get; set; }
    public int? CloseDateKey { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>A social care (single) assessment (ssd_cin_assessments).</summary>
public class SocialCareAssessment
{
    public long AssessmentKey { get; set; }
    public string AssessmentId { get; set; } = "";
    public int PersonKey { get; set; }
    public long? ReferralKey { get; set; }
    public int? OrgUnitKey { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? AuthorisedDate { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>A worker's (and team's) involvement with a child (ssd_involvements): where early help episodes get a team the extract does not give.</summary>
public class Involvement
{
    public long InvolvementKey { get; set; }
    public string InvolvementId { get; set; } = "";
    /// <summary>The child; taken from the referral when the extract names none (Mosaic).</summary>
    public int? PersonKey { get; set; }
    public long? ReferralKey { get; set; }
    public int? ProfessionalKey { get; set; }
    public int? OrgUnitKey { get; set; }
    /// <summary>The case system's kind of involvement (SystemC: the involvement type code).</summary>
    public string? RoleCode { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>A section 47 enquiry (ssd_s47_enquiry).</summary>
public class Section47Enquiry
{
    public long EnquiryKey { get; set; }
    public string EnquiryId { get; set; } = "";
    public int PersonKey { get; set; }
    public long? ReferralKey { get; set; }
    public int? OrgUnitKey { get; set; }
    public DateOnly StartDate { get; set; }
    public int StartDateKey { get; set; }
    public DateOnly? EndDate { get; set; }
    public bool? IsNoFurtherAction { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>A child protection plan (ssd_cp_plans).</summary>
public class ChildProtectionPlan
{
    public long PlanKey { get; set; }
    public string PlanId { get; set; } = "";
    public int PersonKey { get; set; }
    public long? ReferralKey { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>A period of being looked after (ssd_cla_episodes).</summary>
public class LookedAfterEpisode
{
    public long EpisodeKey { get; set; }
    public string EpisodeId { get; set; } = "";
    public int PersonKey { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public string? EndReasonCode { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>An Early Help Assessment (EHA, formerly CAF) (ext_early_help_assessments).</summary>
public class EarlyHelpAssessment
{
    public long AssessmentKey { get; set; }
    public string AssessmentId { get; set; } = "";
    public long EpisodeKey { get; set; }
    public int PersonKey { get; set; }
    public DateOnly? StartDate { get; set; }
    public DateOnly? CompletedDate { get; set; }
    public int? CompletedDateKey { get; set; }
    public int? LeadOrganisationKey { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>A plan review or Team Around the Family meeting (ext_plan_reviews).</summary>
public class PlanReview
{
    public long ReviewKey { get; set; }
    public string ReviewId { get; set; } = "";
    public long EpisodeKey { get; set; }
    public DateOnly ReviewDate { get; set; }
    /// <summary>TAF (a Team Around the Family meeting) or REVIEW (a single-agency plan review).</summary>
    public string ReviewType { get; set; } = "";
    public int LineageBatchId { get; set; }
}

/// <summary>One domain score on a progression-of-change tool (spidergraph, Outcome Star...) (ext_outcome_scores).</summary>
public class OutcomeScore
{
    public long ScoreKey { get; set; }
    public string ScoreId { get; set; } = "";
    public long EpisodeKey { get; set; }
    public DateOnly ScoreDate { get; set; }
    public string Tool { get; set; } = "";
    /// <summary>BASELINE, REVIEW or CLOSURE.</summary>
    public string Stage { get; set; } = "";
    public string Domain { get; set; } = "";
    public int Score { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>One section's grade in a case audit (ext_case_audits): 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate.</summary>
public class CaseAudit
{
    public long CaseAuditKey { get; set; }
    public string AuditId { get; set; } = "";
    public string Section { get; set; } = "";
    public int? PersonKey { get; set; }
    public long? EpisodeKey { get; set; }
    public int? OrgUnitKey { get; set; }
    public DateOnly AuditDate { get; set; }
    public int Grade { get; set; }
    public int? ModeratedGrade { get; set; }
    public string? AuditorId { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>A family attached to the Supporting Families programme, and its outcome claim (ext_family_programme).</summary>
public class FamilyProgrammeAttachment
{
    public long AttachmentKey { get; set; }
    public string AttachmentId { get; set; } = "";
    public int FamilyKey { get; set; }
    public int? OrgUnitKey { get; set; }
    public DateOnly AttachedDate { get; set; }
    public DateOnly? ClaimDate { get; set; }
    /// <summary>SUCCESSFUL, REJECTED, or empty while no claim is made.</summary>
    public string? ClaimOutcome { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>A family's answer to "was the support timely and helpful?" (ext_family_feedback).</summary>
public class FamilyFeedback
{
    public long FeedbackKey { get; set; }
    public string FeedbackId { get; set; } = "";
    public int? FamilyKey { get; set; }
    public long? EpisodeKey { get; set; }
    public int? OrgUnitKey { get; set; }
    public DateOnly ResponseDate { get; set; }
    public bool TimelyAndHelpful { get; set; }
    public int LineageBatchId { get; set; }
}
