using System.Globalization;

namespace Scorecard.Measures.Tests;

/// <summary>
/// One value changed in one row already loaded, for each fact table the measures read: what a load records as a
/// change of columns only (no row added or deleted). Each edits a row dated in 2026, within the generated council's
/// data (which runs to 2026-09-30), so that the measures reading it have periods to redo.
/// </summary>
public static class ColumnOnlyChanges
{
    /// <summary>Table, the column whose value dates the row, the column changed, and how.</summary>
    public static readonly (string Table, string DatedBy, string Column, Func<string, string> Change)[] All =
    [
        ("ssd_early_help_episodes", "earl_episode_start_date", "earl_episode_start_date", EarlierDay),
        ("ext_early_help_episode_details", "exte_referral_date", "exte_referral_date", EarlierDay),
        ("ext_early_help_assessments", "ehas_completed_date", "ehas_completed_date", EarlierDay),
        ("ext_outcome_scores", "scor_score_date", "scor_score", v => v == "1" ? "2" : "1"),
        ("ext_plan_reviews", "revw_review_date", "revw_review_date", EarlierDay),
        ("ext_case_audits", "audt_audit_date", "audt_grade", v => v == "1" ? "2" : "1"),
        ("ext_family_feedback", "fdbk_response_date", "fdbk_timely_helpful", v => v == "Y" ? "N" : "Y"),
        ("ext_family_programme", "fprg_attached_date", "fprg_attached_date", EarlierDay),
        ("ssd_contacts", "cont_contact_date", "cont_contact_date", EarlierDay),
        ("ssd_cin_episodes", "cine_referral_date", "cine_referral_date", EarlierDay),
        ("ssd_cin_assessments", "cina_assessment_auth_date", "cina_assessment_auth_date", EarlierDay),
        ("ssd_cp_plans", "cppl_cp_plan_start_date", "cppl_cp_plan_start_date", EarlierDay),
        ("ssd_s47_enquiry", "s47e_s47_start_date", "s47e_s47_start_date", EarlierDay),
    ];

    public static IEnumerable<object[]> Tables => All.Select(c => new object[] { c.Table });

    /// <summary>Changes the first row of <paramref name="table"/> dated in 2026 (before September, so a day earlier stays in the data).</summary>
    public static void Apply(string folder, string table)
    {
        var (_, datedBy, column, change) = All.Single(c => c.Table == table);
        var file = Path.Combine(folder, table + ".csv");
        var lines = File.ReadAllLines(file);
        var header = lines[0].Split(',');
        int dated = Array.IndexOf(header, datedBy), changed = Array.IndexOf(header, column);
        // Only the columns before any quoted JSON are split on: the rest of the line is kept as it is.
        var row = Array.FindIndex(lines, 1, l => l.Split(',') is var c && c.Length > Math.Max(dated, changed)
            && string.CompareOrdinal(c[dated], "2026-02") >= 0 && string.CompareOrdinal(c[dated], "2026-09") < 0 && c[changed].Length > 0);
        if (row < 0) throw new InvalidOperationException($"{table}: no row dated February to August 2026 with {column}");
        var cells = lines[row].Split(',');
        cells[changed] = change(cells[changed]);
        lines[row] = string.Join(',', cells);
        File.WriteAllLines(file, lines);
    }

    private static string EarlierDay(string value) =>
        DateTime.Parse(value, CultureInfo.InvariantCulture).AddDays(-1).ToString(value.Length > 10 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
