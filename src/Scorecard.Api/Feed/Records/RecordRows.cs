using System.ComponentModel;

namespace Scorecard.Api.Feed.Records;

// Pseudonymised record-level sets for drill-through. Ids are the warehouse's keyed hashes (never the case
// system's ids); team and locality names are flattened in; codes are strings with their labels beside them.

[Description("A contact at the front door (MASH / single point of access). Pseudonymised.")]
public sealed class ContactRow : IOpenRow
{
    [Description("Key of the contact.")] public long ContactKey { get; set; }
    [Description("Pseudonym of the contact id.")] public string ContactId { get; set; } = "";
    [Description("Key of the child.")] public int PersonKey { get; set; }
    [Description("Pseudonym of the child.")] public string PersonId { get; set; } = "";
    [Description("Date of the contact.")] public DateOnly ContactDate { get; set; }
    [Description("Financial quarter of the contact, \"2024-25 Q3\".")] public string? FinancialQuarter { get; set; }
    [Description("Financial year of the contact, \"2024-25\".")] public string? FinancialYear { get; set; }
    [Description("Who made the contact: CIN census source code.")] public string? SourceCode { get; set; }
    [Description("Who made the contact, in words.")] public string? Source { get; set; }
    [Description("Outcome codes joined with '|'.")] public string? OutcomeCodes { get; set; }
    [Description("An outcome was an early help referral.")] public bool IsEarlyHelpOutcome { get; set; }
    [Description("An outcome was a referral to children's social care.")] public bool IsSocialCareOutcome { get; set; }
    [Description("The outcome was no further action.")] public bool IsNoFurtherAction { get; set; }
    [Description("The outcome was information and advice.")] public bool IsInformationAndAdvice { get; set; }
    [Description("Sex of the child: M, F, U or I.")] public string Sex { get; set; } = "";
    [Description("DfE major ethnic group of the child.")] public string EthnicityGroup { get; set; } = "";

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("An early help episode: from start to closure (outcomes met, step-up...). Pseudonymised.")]
public sealed class EarlyHelpEpisodeRow : IOpenRow
{
    [Description("Key of the episode.")] public long EpisodeKey { get; set; }
    [Description("Pseudonym of the episode id.")] public string EpisodeId { get; set; } = "";
    [Description("Key of the child.")] public int PersonKey { get; set; }
    [Description("Pseudonym of the child.")] public string PersonId { get; set; } = "";
    [Description("Pseudonym of the family.")] public string? FamilyId { get; set; }
    [Description("Key of the team.")] public int? OrgUnitKey { get; set; }
    [Description("Team id.")] public string? TeamId { get; set; }
    [Description("Team name.")] public string? Team { get; set; }
    [Description("Locality name.")] public string? Locality { get; set; }
    [Description("Date of the referral to early help.")] public DateOnly? ReferralDate { get; set; }
    [Description("Date the episode started.")] public DateOnly StartDate { get; set; }
    [Description("Date the episode ended; empty while open.")] public DateOnly? EndDate { get; set; }
    [Description("Financial quarter the episode started in.")] public string? StartFinancialQuarter { get; set; }
    [Description("True while the episode has no end date.")] public bool IsOpen { get; set; }
    [Description("Why support was offered.")] public string? Reason { get; set; }
    [Description("End reason code: OM, NP, DE, SU, MA, TR, OT.")] public string? EndReasonCode { get; set; }
    [Description("End reason in words.")] public string? EndReason { get; set; }
    [Description("Level code: SINGLE, TAF or TARGETED.")] public string? LevelCode { get; set; }
    [Description("Level in words.")] public string? Level { get; set; }
    [Description("Organisation of the lead professional.")] public string? LeadOrganisation { get; set; }
    [Description("Sex of the child: M, F, U or I.")] public string Sex { get; set; } = "";
    [Description("DfE major ethnic group of the child.")] public string EthnicityGroup { get; set; } = "";

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("A referral to children's social care and the child in need episode it opens. Pseudonymised.")]
public sealed class SocialCareReferralRow : IOpenRow
{
    [Description("Key of the referral.")] public long ReferralKey { get; set; }
    [Description("Pseudonym of the referral id.")] public string ReferralId { get; set; } = "";
    [Description("Key of the child.")] public int PersonKey { get; set; }
    [Description("Pseudonym of the child.")] public string PersonId { get; set; } = "";
    [Description("Key of the team.")] public int? OrgUnitKey { get; set; }
    [Description("Team id.")] public string? TeamId { get; set; }
    [Description("Team name.")] public string? Team { get; set; }
    [Description("Locality name.")] public string? Locality { get; set; }
    [Description("Date of the referral.")] public DateOnly ReferralDate { get; set; }
    [Description("Financial quarter of the referral.")] public string? FinancialQuarter { get; set; }
    [Description("Referral source: CIN census code.")] public string? SourceCode { get; set; }
    [Description("Referral source in words.")] public string? Source { get; set; }
    [Description("Referral outcomes joined with '|'.")] public string? OutcomeCodes { get; set; }
    [Description("The referral led to no further action.")] public bool IsNoFurtherAction { get; set; }
    [Description("An outcome was step-down to early help.")] public bool IsStepDownOutcome { get; set; }
    [Description("CIN closure reason code, RC1-RC9.")] public string? CloseReasonCode { get; set; }
    [Description("CIN closure reason in words.")] public string? CloseReason { get; set; }
    [Description("Date the episode closed; empty while open.")] public DateOnly? CloseDate { get; set; }
    [Description("True while the episode has no close date.")] public bool IsOpen { get; set; }
    [Description("Sex of the child: M, F, U or I.")] public string Sex { get; set; } = "";
    [Description("DfE major ethnic group of the child.")] public string EthnicityGroup { get; set; } = "";

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("An Early Help Assessment (EHA, formerly CAF), counted in its episode's team. Pseudonymised.")]
public sealed class AssessmentRow : IOpenRow
{
    [Description("Key of the assessment.")] public long AssessmentKey { get; set; }
    [Description("Pseudonym of the assessment id.")] public string AssessmentId { get; set; } = "";
    [Description("Key of the episode.")] public long EpisodeKey { get; set; }
    [Description("Pseudonym of the episode.")] public string EpisodeId { get; set; } = "";
    [Description("Key of the child.")] public int PersonKey { get; set; }
    [Description("Pseudonym of the child.")] public string PersonId { get; set; } = "";
    [Description("Key of the episode's team.")] public int? OrgUnitKey { get; set; }
    [Description("Team id.")] public string? TeamId { get; set; }
    [Description("Team name.")] public string? Team { get; set; }
    [Description("Locality name.")] public string? Locality { get; set; }
    [Description("Date the assessment started.")] public DateOnly? StartDate { get; set; }
    [Description("Date the assessment was completed; empty while in progress.")] public DateOnly? CompletedDate { get; set; }
    [Description("Financial quarter it was completed in.")] public string? CompletedFinancialQuarter { get; set; }
    [Description("True when completed.")] public bool IsCompleted { get; set; }
    [Description("The organisation that completed it.")] public string? CompletingOrganisation { get; set; }

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("A plan review or Team Around the Family (TAF) meeting of an early help episode. Pseudonymised.")]
public sealed class PlanReviewRow : IOpenRow
{
    [Description("Key of the review.")] public long ReviewKey { get; set; }
    [Description("Pseudonym of the review id.")] public string ReviewId { get; set; } = "";
    [Description("Key of the episode.")] public long EpisodeKey { get; set; }
    [Description("Pseudonym of the episode.")] public string EpisodeId { get; set; } = "";
    [Description("Key of the child.")] public int PersonKey { get; set; }
    [Description("Pseudonym of the child.")] public string PersonId { get; set; } = "";
    [Description("Key of the episode's team.")] public int? OrgUnitKey { get; set; }
    [Description("Team id.")] public string? TeamId { get; set; }
    [Description("Team name.")] public string? Team { get; set; }
    [Description("Locality name.")] public string? Locality { get; set; }
    [Description("Date of the review or meeting.")] public DateOnly ReviewDate { get; set; }
    [Description("Financial quarter of the review.")] public string? FinancialQuarter { get; set; }
    [Description("TAF or REVIEW.")] public string ReviewTypeCode { get; set; } = "";
    [Description("Review type in words.")] public string? ReviewType { get; set; }

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("One domain score on a progression-of-change tool (spidergraph, Outcome Star). Pseudonymised.")]
public sealed class OutcomeScoreRow : IOpenRow
{
    [Description("Key of the score.")] public long ScoreKey { get; set; }
    [Description("Pseudonym of the score id.")] public string ScoreId { get; set; } = "";
    [Description("Key of the episode.")] public long EpisodeKey { get; set; }
    [Description("Pseudonym of the episode.")] public string EpisodeId { get; set; } = "";
    [Description("Key of the child.")] public int PersonKey { get; set; }
    [Description("Pseudonym of the child.")] public string PersonId { get; set; } = "";
    [Description("Key of the episode's team.")] public int? OrgUnitKey { get; set; }
    [Description("Team id.")] public string? TeamId { get; set; }
    [Description("Team name.")] public string? Team { get; set; }
    [Description("Locality name.")] public string? Locality { get; set; }
    [Description("Date of the score.")] public DateOnly ScoreDate { get; set; }
    [Description("The tool (Spidergraph, Outcome Star...).")] public string Tool { get; set; } = "";
    [Description("BASELINE, REVIEW or CLOSURE.")] public string Stage { get; set; } = "";
    [Description("The domain scored (Parenting, Health...).")] public string Domain { get; set; } = "";
    [Description("The score, 0 to 10 (higher is better).")] public int Score { get; set; }

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("One section's grade in a case audit: 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate. Pseudonymised.")]
public sealed class CaseAuditRow : IOpenRow
{
    [Description("Key of the audit row.")] public long CaseAuditKey { get; set; }
    [Description("Pseudonym of the audit id (one audit has a row per section).")] public string AuditId { get; set; } = "";
    [Description("Section code: ASSESSMENT, EFFECTIVENESS, REVIEW, RECORDING, VOICE or OVERALL.")] public string SectionCode { get; set; } = "";
    [Description("Section in words.")] public string? Section { get; set; }
    [Description("Pseudonym of the child audited.")] public string? PersonId { get; set; }
    [Description("Pseudonym of the episode audited.")] public string? EpisodeId { get; set; }
    [Description("Key of the team.")] public int? OrgUnitKey { get; set; }
    [Description("Team id.")] public string? TeamId { get; set; }
    [Description("Team name.")] public string? Team { get; set; }
    [Description("Locality name.")] public string? Locality { get; set; }
    [Description("Date of the audit.")] public DateOnly AuditDate { get; set; }
    [Description("Financial quarter of the audit.")] public string? FinancialQuarter { get; set; }
    [Description("The auditor's grade, 1 to 4.")] public int Grade { get; set; }
    [Description("The grade in words.")] public string? GradeLabel { get; set; }
    [Description("The moderator's grade, when moderated.")] public int? ModeratedGrade { get; set; }
    [Description("True when a moderator graded it too.")] public bool IsModerated { get; set; }
    [Description("True when the moderator agreed with the auditor.")] public bool? ModerationAgreed { get; set; }
    [Description("The final grade (moderated when moderated).")] public int FinalGrade { get; set; }
    [Description("True when the final grade is 1 or 2.")] public bool IsGoodOrBetter { get; set; }
    [Description("Who audited (a role or staff code).")] public string? AuditorId { get; set; }

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("One record behind a measure value: from the same query the value was computed with.")]
public sealed class DrillThroughRecordRow
{
    [Description("EarlyHelpEpisode, SocialCareReferral, Contact, EarlyHelpAssessment, CaseAudit...")] public string RecordKind { get; set; } = "";
    [Description("Pseudonym of the record (the Id column of its set).")] public string RecordId { get; set; } = "";
    [Description("Pseudonym of the child.")] public string? PersonId { get; set; }
    [Description("Team name.")] public string? Team { get; set; }
    [Description("The date the record counts at.")] public DateOnly EventDate { get; set; }
    [Description("Counted in the numerator.")] public bool InNumerator { get; set; }
    [Description("Counted in the denominator.")] public bool InDenominator { get; set; }
}
