using System.Globalization;
using System.Text;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.SampleData;

/// <summary>
/// Rewrites the generated council's rows into the shape the SSD release 1.4.5 SystemC (Liquidlogic) deployment
/// writes, as exported from SQL Server: every column of each table in the script's order, datetimes as
/// "2024-12-10 00:00:00.000", nulls as NULL, contact and referral outcomes as objects of Y/N flags (a contact has no
/// early help flag), early help end reasons in the council's words, the SSD_PH worker placeholder, 1900-01-01 for an
/// assessment not authorised, professionals' teams by name, looked-after ceased reasons as descriptions, and
/// synthetic names and identifiers in the columns Scorecard must never store. Followed:
/// deployment_extracts/systemc/live/ssd_deployment_individual_files/systemc_sqlserver_v1.4.5_1_20260708.sql
/// (data-to-insight/ssd-data-model). The ext_ tables stay Scorecard's, without the episode team.
/// </summary>
internal sealed class SystemCShape(CouncilStructure council)
{
    public const string Null = "NULL";

    private static readonly string[] Forenames = ["Alex", "Sam", "Jordan", "Casey", "Riley", "Morgan", "Taylor", "Jamie", "Robin", "Charlie"];

    private readonly Dictionary<string, string> _teamNames = council.Teams.ToDictionary(t => t.Id, t => t.Name, StringComparer.Ordinal);

    // The case system's own source ids (DIM_LOOKUP_CONT_SORC_ID): a number per CIN source code, with its description beside it.
    private static readonly Dictionary<string, (string Id, string Label)> Sources = CodeLists.All.Where(c => c.CodeSet == CodeLists.ContactSource)
        .Select((c, i) => (c.Code, Id: (1000 + i).ToString(CultureInfo.InvariantCulture), c.Label)).ToDictionary(x => x.Code, x => (x.Id, x.Label), StringComparer.Ordinal);

    private static readonly Dictionary<string, string> EndReasonWords = new(StringComparer.Ordinal)
    {
        ["OM"] = "Outcomes met", ["SU"] = "Step-up", ["NP"] = "No progress", ["DE"] = "Family disengaged",
        ["MA"] = "Moved away", ["TR"] = "Transferred", ["OT"] = "NFA",
    };

    // SystemC writes CARE_REASON_END_DESC: the SSDA903 wording, which the shipped mapping reads back.
    private static readonly Dictionary<string, string> CeasedDescriptions = CouncilMapping.ShippedDefaults()
        .SelectMany(s => s.Entries).Where(e => e.List == CodeLists.LookedAfterEndReason)
        .GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);

    public TableShape? For(TableSpec spec, string[] columns)
    {
        int I(string name) => Array.IndexOf(columns, name);
        return spec.Name switch
        {
            "ssd_department" => Shape(["dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name"], r => r),
            "ssd_professionals" => Shape(
                ["prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag",
                 "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency"],
                r => [r[0], "STF" + Digits(r[0]), Name(r[0], "Worker"), "SW" + Digits(r[0]), null, r[1], "0", r[2] is { } t && _teamNames.TryGetValue(t, out var n) ? n : r[2], "1.0"]),
            "ssd_person" => Shape(
                ["pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob",
                 "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality"],
                r => ["LEG" + Digits(r[0]), r[0], "A" + Digits(r[0]).PadLeft(12, '0'), Forename(r[0]), Name(r[0], "Family"), r[1], r[1], r[2], DateTime(r[3]),
                      "9" + Digits(r[0]).PadLeft(9, '0'), null, null, null, null, null, null]),
            "ssd_family" => Shape(["fami_table_id", "fami_family_id", "fami_person_id"], r => r),
            "ssd_contacts" => Shape(
                ["cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc", "cont_contact_outcome_json"],
                r => [r[0], r[1], DateTime(r[2]), SourceId(r[3]), SourceLabel(r[3]), ContactFlags(r[4])]),
            "ssd_early_help_episodes" => Shape(
                ["earl_episode_id", "earl_person_id", "earl_episode_start_date", "earl_episode_end_date", "earl_episode_reason", "earl_episode_end_reason",
                 "earl_episode_organisation", "earl_episode_worker_id"],
                r => [r[0], r[1], DateTime(r[2]), DateTime(r[3]), r[4], r[5] is { } e && EndReasonWords.TryGetValue(e, out var w) ? w : r[5], r[6], "SSD_PH"]),
            // SSD has no table for these; the episode's team is left out so that it comes from ssd_involvements.
            "ext_early_help_episode_details" => Shape(["exte_episode_id", "exte_level", "exte_referral_date", "exte_family_id"],
                r => [r[I("exte_episode_id")], r[I("exte_level")], r[I("exte_referral_date")], r[I("exte_family_id")]]),
            "ssd_cin_episodes" => Shape(
                ["cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code", "cine_referral_source_desc",
                 "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id"],
                r => [r[0], r[1], DateTime(r[2]), "N1", SourceId(r[3]), SourceLabel(r[3]), ReferralFlags(r[4]), r[5], r[6], DateTime(r[7]), r[8], Name(r[0], "Worker")]),
            "ssd_involvements" => Shape(
                ["invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id",
                 "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id"],
                r => [r[0], r[1], r[2], r[3], r[4], DateTime(r[5]), DateTime(r[6]), null, r[7]]),
            "ssd_cin_assessments" => Shape(
                ["cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen", "cina_assessment_auth_date",
                 "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id"],
                // SystemC's script writes 1900-01-01 for an assessment with no authorisation date (ISNULL(..., '1900-01-01')).
                r => [r[0], r[1], r[2], DateTime(r[3]), "Y", r[4] is null ? "1900-01-01 00:00:00.000" : DateTime(r[4]), AssessmentFlags(), "N", r[5], Digits(r[0])]),
            "ssd_s47_enquiry" => Shape(
                ["s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa",
                 "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id"],
                r => [r[0], r[1], r[2], DateTime(r[3]), DateTime(r[4]), r[5], S47Flags(r[5]), r[6], "STF" + Digits(r[0])]),
            "ssd_cp_plans" => Shape(
                ["cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date", "cppl_cp_plan_ola",
                 "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category"],
                r => [r[0], r[1], null, r[2], DateTime(r[3]), DateTime(r[4]), "N", "Neglect", "Neglect"]),
            "ssd_cla_episodes" => Shape(
                ["clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason",
                 "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id",
                 "clae_cla_last_iro_contact_date", "clae_entered_care_date"],
                r => [r[0], r[1], null, DateTime(r[2]), "Accommodated under section 20", "N1", DateTime(r[3]),
                      r[4] is { } c && CeasedDescriptions.TryGetValue(c, out var d) ? d : r[4], null, null, null, DateTime(r[2])]),
            _ => null,
        };
    }

    private static TableShape Shape(string[] header, Func<string?[], string?[]> row) => new(header, row, Null);

    /// <summary>SQL Server's datetime text; a value that is not a date (a planted bad one) passes through unchanged.</summary>
    private static string? DateTime(string? text) =>
        text is null ? null : ValueParsers.TryParseDate(text, out var d, out _) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00.000" : text;

    private static string? SourceId(string? code) => code is null ? null : Sources.TryGetValue(code, out var s) ? s.Id : code;

    private static string? SourceLabel(string? code) => code is not null && Sources.TryGetValue(code, out var s) ? s.Label : null;

    private static string Digits(string? id) => new((id ?? "").Where(char.IsAsciiDigit).ToArray());

    private static string Forename(string? id) => Forenames[int.Parse("0" + Digits(id), CultureInfo.InvariantCulture) % Forenames.Length];

    private static string Name(string? id, string kind) => $"Synthetic{kind}{Digits(id)}";

    private static string ContactFlags(string? outcomes)
    {
        var labels = Labels(outcomes);
        return Flags(
            ("NEW_REFERRAL_FLAG", labels.Contains(FamilySimulator.SocialCareReferral)), ("EXISTING_REFERRAL_FLAG", false), ("CP_ENQUIRY_FLAG", false),
            ("NFA_FLAG", labels.Contains(FamilySimulator.NoFurtherAction)), ("NON_AGENCY_ADOPTION_FLAG", false), ("PRIVATE_FOSTERING_FLAG", false),
            ("ADVICE_FLAG", labels.Contains(FamilySimulator.InformationAndAdvice)), ("MISSING_FLAG", false), ("OLA_CP_FLAG", false),
            ("OTHER_OUTCOMES_EXIST_FLAG", labels.Contains(FamilySimulator.EarlyHelpReferral)));
    }

    private static string ReferralFlags(string? outcomes)
    {
        var labels = Labels(outcomes);
        return Flags(
            ("SINGLE_ASSESSMENT_FLAG", labels.Contains("Single Assessment")), ("STRATEGY_DISCUSSION_FLAG", labels.Contains("Strategy Discussion")),
            ("CLA_REQUEST_FLAG", labels.Contains("Looked After")), ("NON_AGENCY_ADOPTION_FLAG", false), ("PRIVATE_FOSTERING_FLAG", false),
            ("CP_TRANSFER_IN_FLAG", false), ("CP_CONFERENCE_FLAG", labels.Contains("Child Protection Plan")), ("CARE_LEAVER_FLAG", false),
            ("OTHER_OUTCOMES_EXIST_FLAG", labels.Contains("Child in Need Plan") || labels.Contains("Step-down to Early Help")));
    }

    private static string AssessmentFlags() => Flags(("NFA_FLAG", false), ("NFA_S47_END_FLAG", false), ("STRATEGY_DISCUSSION_FLAG", false),
        ("CLA_REQUEST_FLAG", false), ("PRIVATE_FOSTERING_FLAG", false), ("LEGAL_ACTION_FLAG", false), ("PROV_OF_SERVICES_FLAG", true),
        ("PROV_OF_SB_CARE_FLAG", false), ("SPECIALIST_ASSESSMENT_FLAG", false), ("REFERRAL_TO_OTHER_AGENCY_FLAG", false), ("OTHER_ACTIONS_FLAG", false),
        ("OTHER_OUTCOMES_EXIST_FLAG", false));

    private static string S47Flags(string? nfa) => Flags(("NFA_FLAG", nfa == "Y"), ("LEGAL_ACTION_FLAG", false), ("PROV_OF_SERVICES_FLAG", false),
        ("PROV_OF_SB_CARE_FLAG", false), ("CP_CONFERENCE_FLAG", nfa == "N"), ("NFA_CONTINUE_SINGLE_FLAG", false), ("MONITOR_FLAG", false),
        ("OTHER_OUTCOMES_EXIST_FLAG", false));

    /// <summary>The object the script builds by concatenation: every key, Y or N, then the count and an empty comment.</summary>
    private static string Flags(params (string Key, bool Yes)[] flags)
    {
        var sb = new StringBuilder("{");
        foreach (var (key, yes) in flags) sb.Append('"').Append(key).Append("\": \"").Append(yes ? 'Y' : 'N').Append("\", ");
        sb.Append("\"NUMBER_OF_OUTCOMES\": ").Append(flags.Count(f => f.Yes).ToString(CultureInfo.InvariantCulture)).Append(", \"COMMENTS\": \"\"}");
        return sb.ToString();
    }

    private static HashSet<string> Labels(string? json) =>
        json is not null && ValueParsers.TryParseArray(json, out var values) ? values.ToHashSet(StringComparer.Ordinal) : [];
}
