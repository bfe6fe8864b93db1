namespace Scorecard.Etl.Sources.Ssd;

/// <summary>
/// What Scorecard knows of the Standard Safeguarding Dataset beyond the tables it reads: which columns tell the
/// releases apart, which columns and tables hold what must never be stored, and every SSD table's name so that
/// files Scorecard does not read are named in the load report. From the SSD repository
/// (data-to-insight/ssd-data-model): data/objects/*.yml, the SystemC scripts of releases 1.2.4
/// (deployment_extracts_la_release/*_systemc_sqlserver_v1.2.4_1.sql), 1.3.8, 1.3.9, 1.4.0 and 1.4.5
/// (deployment_extracts/systemc/live/ssd_deployment_individual_files/systemc_sqlserver_v1.4.5_1_20260708.sql), and
/// the Eclipse and Mosaic 1.4.4 deployments.
/// </summary>
public static class SsdReleases
{
    public const string Release12 = "1.2.x";
    public const string Release14 = "1.4.x";

    /// <summary>
    /// Columns only one release family has. 1.2.x: pers_common_child_id and clae_cla_episode_ceased. From 1.3.8
    /// on (1.4.x is current): pers_common_child_id became pers_single_unique_id, ssd_person gained pers_upn,
    /// pers_forename and pers_surname, and clae_cla_episode_ceased became clae_cla_episode_ceased_date.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> ReleaseSignatures = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["pers_common_child_id"] = Release12,
        ["clae_cla_episode_ceased"] = Release12,
        ["pers_single_unique_id"] = Release14,
        ["pers_forename"] = Release14,
        ["pers_surname"] = Release14,
        ["pers_upn"] = Release14,
        ["clae_cla_episode_ceased_date"] = Release14,
    };

    /// <summary>Columns of tables Scorecard reads that identify a person or hold free text about them: never read beyond the CSV parser.</summary>
    public static readonly IReadOnlySet<string> PersonalColumns = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "pers_legacy_id", "pers_upn", "pers_forename", "pers_surname", "pers_single_unique_id", "pers_common_child_id",
        "prof_professional_name", "prof_social_worker_registration_no",
        // SystemC writes the worker's name (DIM_WORKER_ID_DESC) into cine_referral_worker_id.
        "cine_referral_worker_id", "cina_assessment_worker_id", "s47e_s47_completed_by_worker_id",
    };

    /// <summary>
    /// Every column the SSD deployment scripts give the tables Scorecard reads, over releases 1.2.x to 1.4.5 and the
    /// SystemC, Eclipse and Mosaic scripts, in the SystemC 1.4.5 order (1.2.x-only columns last). The columns a
    /// table's contract does not list are read past and reported as ignored.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> Columns = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["ssd_person"] = ["pers_legacy_id", "pers_person_id", "pers_upn", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob",
            "pers_single_unique_id", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality", "pers_common_child_id"],
        ["ssd_family"] = ["fami_table_id", "fami_family_id", "fami_person_id"],
        ["ssd_department"] = ["dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name"],
        ["ssd_professionals"] = ["prof_professional_id", "prof_staff_id", "prof_professional_name", "prof_social_worker_registration_no", "prof_agency_worker_flag",
            "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency"],
        ["ssd_contacts"] = ["cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_source_desc", "cont_contact_outcome_json"],
        ["ssd_early_help_episodes"] = ["earl_episode_id", "earl_person_id", "earl_episode_start_date", "earl_episode_end_date", "earl_episode_reason",
            "earl_episode_end_reason", "earl_episode_organisation", "earl_episode_worker_id"],
        ["ssd_cin_episodes"] = ["cine_referral_id", "cine_person_id", "cine_referral_date", "cine_cin_primary_need_code", "cine_referral_source_code",
            "cine_referral_source_desc", "cine_referral_outcome_json", "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team", "cine_referral_worker_id"],
        ["ssd_involvements"] = ["invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_person_id",
            "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason", "invo_referral_id"],
        ["ssd_cin_assessments"] = ["cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_child_seen",
            "cina_assessment_auth_date", "cina_assessment_outcome_json", "cina_assessment_outcome_nfa", "cina_assessment_team", "cina_assessment_worker_id"],
        ["ssd_s47_enquiry"] = ["s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa",
            "s47e_s47_outcome_json", "s47e_s47_completed_by_team", "s47e_s47_completed_by_worker_id"],
        ["ssd_cp_plans"] = ["cppl_cp_plan_id", "cppl_referral_id", "cppl_icpc_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date",
            "cppl_cp_plan_ola", "cppl_cp_plan_initial_category", "cppl_cp_plan_latest_category"],
        ["ssd_cla_episodes"] = ["clae_cla_episode_id", "clae_person_id", "clae_cla_placement_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason",
            "clae_cla_primary_need_code", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason", "clae_cla_id", "clae_referral_id",
            "clae_cla_last_iro_contact_date", "clae_entered_care_date", "clae_cla_episode_ceased"],
    };

    /// <summary>Every SSD table (data/objects/*.yml, plus the helper tables the SystemC script builds).</summary>
    public static readonly IReadOnlyList<string> AllTables =
    [
        "ssd_address", "ssd_api_data_staging", "ssd_assessment_factors", "ssd_care_leavers", "ssd_cin_assessments",
        "ssd_cin_episodes", "ssd_cin_plans", "ssd_cin_visits", "ssd_cla_care_plan", "ssd_cla_convictions", "ssd_cla_episodes",
        "ssd_cla_health", "ssd_cla_immunisations", "ssd_cla_placement", "ssd_cla_previous_permanence", "ssd_cla_reviews",
        "ssd_cla_substance_misuse", "ssd_cla_visits", "ssd_cohort", "ssd_contacts", "ssd_cp_plans", "ssd_cp_reviews", "ssd_cp_visits",
        "ssd_department", "ssd_dim_date", "ssd_disability", "ssd_early_help_episodes", "ssd_ehcp_active_plans", "ssd_ehcp_assessment",
        "ssd_ehcp_named_plan", "ssd_ehcp_requests", "ssd_family", "ssd_immigration_status", "ssd_initial_cp_conference",
        "ssd_involvements", "ssd_legal_status", "ssd_linked_identifiers", "ssd_missing", "ssd_mother", "ssd_permanence", "ssd_person",
        "ssd_pre_cla_care_plan", "ssd_pre_proceedings", "ssd_professionals", "ssd_s251_finance", "ssd_s47_enquiry", "ssd_sdq_scores",
        "ssd_sen_need", "ssd_send", "ssd_version_log", "ssd_voice_of_child",
    ];

    /// <summary>Why a table that holds personal details is not read, beyond "no measure needs it".</summary>
    private static readonly IReadOnlyDictionary<string, string> NotReadBecause = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["ssd_address"] = "addresses are never stored",
        ["ssd_linked_identifiers"] = "other identifiers (NHS number, UPN) are never stored",
        ["ssd_mother"] = "family relations beyond ssd_family are not used",
        ["ssd_voice_of_child"] = "free text about a child is never stored",
        ["ssd_immigration_status"] = "not used by any measure, and sensitive",
    };

    /// <summary>The table an SSD file name belongs to, when it is an SSD table.</summary>
    public static string? TableOf(string fileName)
    {
        var name = Path.GetFileNameWithoutExtension(fileName);
        return AllTables.FirstOrDefault(t => string.Equals(t, name, StringComparison.OrdinalIgnoreCase));
    }

    public static string DescribeUnread(string fileName)
    {
        var table = TableOf(fileName);
        return table is not null && NotReadBecause.TryGetValue(table, out var why) ? $"{fileName} ({why})" : fileName;
    }
}

/// <summary>
/// Evidence, gathered while an extract is read, of which SSD release and case-system shape wrote it. Parsing does not
/// depend on it (one set of rules and the mapping read every shape); the load report says what was recognised and why.
/// </summary>
public sealed class SourceEvidence
{
    public const string SystemC = "SystemC (Liquidlogic)";
    public const string Eclipse = "Eclipse";
    public const string Mosaic = "Mosaic";
    public const string Scorecard = "Scorecard's own extract";

    private readonly Dictionary<string, Dictionary<string, int>> _shapes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _releases = new(StringComparer.Ordinal);

    public void AddShape(string shape, string reason)
    {
        if (!_shapes.TryGetValue(shape, out var reasons)) _shapes[shape] = reasons = new Dictionary<string, int>(StringComparer.Ordinal);
        reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
    }

    /// <summary>A header: the release its signature columns belong to.</summary>
    public void Header(string table, IEnumerable<string> columns)
    {
        foreach (var c in columns)
            if (SsdReleases.ReleaseSignatures.TryGetValue(c, out var release))
            {
                if (!_releases.TryGetValue(release, out var why)) _releases[release] = why = new SortedSet<string>(StringComparer.Ordinal);
                why.Add($"{table}.{c}");
            }
    }

    /// <summary>"1.4.x", "1.2.x", "mixed: ..." or null when no file says.</summary>
    public string? Release => _releases.Count switch
    {
        0 => null,
        1 => _releases.Keys.Single(),
        _ => "mixed " + string.Join(" and ", _releases.Keys.Order(StringComparer.Ordinal)),
    };

    public string? ReleaseEvidence => _releases.Count == 0 ? null
        : string.Join("; ", _releases.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}: {string.Join(", ", r.Value)}"));

    /// <summary>The shape with the most evidence, or null.</summary>
    public string? Shape => _shapes.Count == 0 ? null : _shapes.OrderByDescending(s => s.Value.Values.Sum()).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;

    public string? ShapeEvidence => Shape is { } shape
        ? string.Join("; ", _shapes[shape].OrderByDescending(r => r.Value).Select(r => r.Key))
        : null;

    /// <summary>One line for the load report and the batch row: "shape: why; SSD release r (why)".</summary>
    public string Describe() =>
        (Shape is { } s ? $"{s}: {ShapeEvidence}" : "case system not recognised: read with the common SSD rules (add a mapping file for its words)")
        + (Release is { } r ? $"; SSD release {r} ({ReleaseEvidence})" : "");
}
