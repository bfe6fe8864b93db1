using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Tests.Measures;

/// <summary>
/// One hand-made extract per test class: loaded through the real loader and refreshed once, then every test
/// of the class reads the snapshot. Keeps the whole set fast while each fixture stays a few records.
/// </summary>
public abstract class MeasureFixture : IAsyncLifetime
{
    protected MeasureFixture(string? targetsJson = null) => Warehouse = new TestWarehouse(targetsJson);

    public TestWarehouse Warehouse { get; }

    protected abstract (string File, string Csv)[] Extract();

    public async Task InitializeAsync()
    {
        await Warehouse.LoadAsync(Extract());
        var result = await Warehouse.RefreshAsync(RefreshMode.Full);
        result.ValuesWritten.ShouldBeGreaterThan(0, result.Message);
    }

    public Task DisposeAsync()
    {
        Warehouse.Dispose();
        return Task.CompletedTask;
    }

    public Task<(int Numerator, int? Denominator)> CountsAsync(string measure, string period, string orgUnit = "AUTHORITY", string kind = "All", string value = "All") =>
        Warehouse.CountsAsync(measure, period, orgUnit, kind, value);

    public Task<MeasureValue?> ValueAsync(string measure, string period, string orgUnit = "AUTHORITY", string kind = "All", string value = "All") =>
        Warehouse.ValueAsync(measure, period, orgUnit, kind, value);

    /// <summary>Every snapshot row of one breakdown kind for a measure, period and unit (value -> row).</summary>
    public async Task<Dictionary<string, MeasureValue>> BreakdownAsync(string measure, string period, string orgUnit, string kind)
    {
        await using var db = Warehouse.Contexts.Create();
        var rows = await (from v in db.MeasureValues
                          join p in db.Periods on v.PeriodKey equals p.PeriodKey
                          join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                          where v.MeasureCode == measure && p.Label == period && u.OrgUnitId == orgUnit && v.BreakdownKind == kind
                          select v).ToListAsync();
        return rows.ToDictionary(v => v.BreakdownValue);
    }

    /// <summary>
    /// "F=2, M=2, U=1": a breakdown's values that counted something, in ordinal order, easy to read when a test fails.
    /// (A count's breakdown also holds a 0 for every other value; <see cref="Zeros"/> lists those.)
    /// </summary>
    public static string Numerators(Dictionary<string, MeasureValue> rows) =>
        string.Join(", ", rows.Where(r => r.Value.Numerator != 0 || r.Value.Denominator is > 0).OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value.Numerator}"));

    /// <summary>The breakdown values that hold a count of 0, in ordinal order.</summary>
    public static string Zeros(Dictionary<string, MeasureValue> rows) =>
        string.Join(", ", rows.Where(r => r.Value.Numerator == 0 && r.Value.Denominator is null or 0).Select(r => r.Key).Order(StringComparer.Ordinal));
}

/// <summary>Extract files in the contract's column names: each row is written as the CSV line it is.</summary>
public static class Lines
{
    public static (string File, string Csv) File(string name, string header, params string[] rows) => Csv.Of(name, header, rows);

    /// <summary>id,sex,ethnicity,dob</summary>
    public static (string, string) People(params string[] rows) =>
        File("ssd_person.csv", "pers_person_id,pers_sex,pers_ethnicity,pers_dob", rows);

    /// <summary>team,name,locality,locality name</summary>
    public static (string, string) Departments(params string[] rows) =>
        File("ssd_department.csv", "dept_team_id,dept_team_name,dept_team_parent_id,dept_team_parent_name", rows);

    /// <summary>episode,person,start,end,end reason</summary>
    public static (string, string) Episodes(params string[] rows) =>
        File("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_end_reason", rows);

    /// <summary>episode,team</summary>
    public static (string, string) EpisodeTeams(params string[] rows) =>
        File("ext_early_help_episode_details.csv", "exte_episode_id,exte_team_id", rows);

    /// <summary>referral,person,referral date,nfa,close date,close reason,team</summary>
    public static (string, string) Referrals(params string[] rows) =>
        File("ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_referral_date,cine_referral_nfa,cine_close_date,cine_close_reason,cine_referral_team", rows);

    /// <summary>assessment,episode,person,start,completed</summary>
    public static (string, string) Assessments(params string[] rows) =>
        File("ext_early_help_assessments.csv", "ehas_assessment_id,ehas_episode_id,ehas_person_id,ehas_start_date,ehas_completed_date", rows);

    /// <summary>review,episode,date,type</summary>
    public static (string, string) Reviews(params string[] rows) =>
        File("ext_plan_reviews.csv", "revw_review_id,revw_episode_id,revw_review_date,revw_review_type", rows);

    /// <summary>score,episode,date,tool,stage,domain,score</summary>
    public static (string, string) Scores(params string[] rows) =>
        File("ext_outcome_scores.csv", "scor_score_id,scor_episode_id,scor_score_date,scor_tool,scor_stage,scor_domain,scor_score", rows);

    /// <summary>audit,section,team,date,grade,moderated grade</summary>
    public static (string, string) Audits(params string[] rows) =>
        File("ext_case_audits.csv", "audt_audit_id,audt_section,audt_team_id,audt_audit_date,audt_grade,audt_moderated_grade", rows);
}
