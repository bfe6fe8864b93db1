namespace Scorecard.Measures.Tests.Catalogue;

/// <summary>The extract's tables with the columns these tests use (docs/extract-contract.md), as CSV builders.</summary>
internal static class Tables
{
    public static Csv People() => new("ssd_person.csv", "pers_person_id", "pers_sex", "pers_ethnicity", "pers_dob");

    /// <summary>ssd_person with one row per id (sex, ethnicity and date of birth play no part in these measures).</summary>
    public static Csv People(IEnumerable<string> ids)
    {
        var csv = People();
        foreach (var id in ids.Distinct()) csv.Add(id, "F", "WBRI", "2012-06-14");
        return csv;
    }

    public static Csv Episodes() => new("ssd_early_help_episodes.csv",
        "earl_episode_id", "earl_person_id", "earl_episode_start_date", "earl_episode_end_date", "earl_episode_end_reason", "earl_episode_organisation");

    public static Csv EpisodeDetails() => new("ext_early_help_episode_details.csv", "exte_episode_id", "exte_team_id", "exte_level", "exte_referral_date");

    public static Csv Referrals() => new("ssd_cin_episodes.csv",
        "cine_referral_id", "cine_person_id", "cine_referral_date", "cine_referral_nfa", "cine_close_reason", "cine_close_date");

    public static Csv Contacts() => new("ssd_contacts.csv", "cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_outcome_json");

    public static Csv PlanReviews() => new("ext_plan_reviews.csv", "revw_review_id", "revw_episode_id", "revw_review_date", "revw_review_type");

    public static Csv Assessments() => new("ext_early_help_assessments.csv",
        "ehas_assessment_id", "ehas_episode_id", "ehas_person_id", "ehas_start_date", "ehas_completed_date", "ehas_organisation");

    public static Csv FamilyProgramme() => new("ext_family_programme.csv",
        "fprg_attachment_id", "fprg_family_id", "fprg_attached_date", "fprg_claim_date", "fprg_claim_outcome");

    public static Csv Feedback() => new("ext_family_feedback.csv", "fdbk_feedback_id", "fdbk_family_id", "fdbk_response_date", "fdbk_timely_helpful");

    public static Csv CaseAudits() => new("ext_case_audits.csv", "audt_audit_id", "audt_section", "audt_audit_date", "audt_grade", "audt_moderated_grade");
}
