namespace Scorecard.Etl.Loading;

/// <summary>
/// Which records of a table a full snapshot covers: those whose <paramref name="DateColumn"/> is on or after
/// the window's start, and (when <paramref name="OpenWhileEmpty"/> is set) every record whose column of that
/// name is empty, because it is still open.
/// </summary>
public sealed record SnapshotWindow(string DateColumn, string? OpenWhileEmpty = null);

/// <summary>
/// The default windows: each table of an SSD extract is a full snapshot of its own window, as its deployment
/// script selects it. Read from the SSD 1.4.5 SystemC deployment script
/// (data-to-insight/ssd-data-model, deployment_extracts/systemc/live/ssd_deployment_individual_files/
/// systemc_sqlserver_v1.4.5_1_20260708.sql): <c>@ssd_timeframe_years = 6</c>, then per table
/// contacts on <c>CONTACT_DTTM &gt;= cutoff</c>; referrals on <c>REFRL_START_DTTM &gt;= cutoff OR REFRL_END_DTTM IS NULL</c>;
/// early help episodes on <c>EPISODE_END_DTTM &gt;= cutoff OR IS NULL</c>; assessments on the authorised date the same
/// way; child protection plans, looked-after episodes and section 47 enquiries on their end dates the same way.
/// The <c>ext_</c> tables
/// are Scorecard's own, written in the same style: each is windowed on its own event date.
/// Dimensions (people, teams, workers, families) and the episode details table are never snapshots: a person
/// leaves the SSD cohort without being deleted, and details only add to episodes.
/// </summary>
public static class SnapshotWindows
{
    public const int DefaultYears = 6;

    public static IReadOnlyDictionary<string, SnapshotWindow> Defaults { get; } = new Dictionary<string, SnapshotWindow>(StringComparer.OrdinalIgnoreCase)
    {
        ["ssd_contacts"] = new("cont_contact_date"),
        ["ssd_early_help_episodes"] = new("earl_episode_end_date", "earl_episode_end_date"),
        ["ssd_cin_episodes"] = new("cine_referral_date", "cine_close_date"),
        ["ssd_cin_assessments"] = new("cina_assessment_auth_date", "cina_assessment_auth_date"),
        ["ssd_cp_plans"] = new("cppl_cp_plan_end_date", "cppl_cp_plan_end_date"),
        ["ssd_cla_episodes"] = new("clae_cla_episode_ceased_date", "clae_cla_episode_ceased_date"),
        ["ssd_s47_enquiry"] = new("s47e_s47_end_date", "s47e_s47_end_date"),
        ["ext_early_help_assessments"] = new("ehas_completed_date", "ehas_completed_date"),
        ["ext_plan_reviews"] = new("revw_review_date"),
        ["ext_outcome_scores"] = new("scor_score_date"),
        ["ext_case_audits"] = new("audt_audit_date"),
        ["ext_family_programme"] = new("fprg_attached_date"),
        ["ext_family_feedback"] = new("fdbk_response_date"),
    };
}

/// <summary>
/// Deletions from full snapshots (configuration section <c>Scorecard:Load:Deletions</c>). A table is a full
/// snapshot of the last <see cref="WindowYears"/> years unless its entry says otherwise.
/// </summary>
public sealed class DeletionOptions
{
    /// <summary>How far back a snapshot reaches, from the load date (SSD deployments: 6 years).</summary>
    public int WindowYears { get; set; } = SnapshotWindows.DefaultYears;

    /// <summary>A load that would delete more than this share of a table's records stops unless mass deletion is allowed.</summary>
    public double MassDeleteShare { get; set; } = 0.10;

    /// <summary>Per table (ssd_contacts...): turn deletions off, or change its window.</summary>
    public Dictionary<string, TableDeletionOptions> Tables { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The window of a table's snapshots and its length in years, or null when the table is not a full snapshot.</summary>
    public (SnapshotWindow Window, int Years)? For(string table)
    {
        // Configuration binding may not keep the dictionary's comparer: match names in any case here.
        var own = Tables.FirstOrDefault(t => string.Equals(t.Key, table, StringComparison.OrdinalIgnoreCase)).Value;
        if (own?.FullSnapshot == false) return null;
        SnapshotWindows.Defaults.TryGetValue(table, out var window);
        if (own?.DateColumn is { Length: > 0 } column) window = new SnapshotWindow(column, own.OpenWhileEmpty ?? window?.OpenWhileEmpty);
        return window is null ? null : (window, own?.WindowYears ?? WindowYears);
    }
}

public sealed class TableDeletionOptions
{
    /// <summary>False: the table's files are not full snapshots, and records missing from them are never deleted.</summary>
    public bool? FullSnapshot { get; set; }
    public int? WindowYears { get; set; }
    /// <summary>The contract column that places a record in the window.</summary>
    public string? DateColumn { get; set; }
    /// <summary>A column whose emptiness means "still open", so always in the window.</summary>
    public string? OpenWhileEmpty { get; set; }
}
