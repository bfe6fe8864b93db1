using System.Globalization;

namespace Scorecard.Benchmarks.Refresh;

/// <summary>Where a hand-written query runs: SQLite beside the project, or DuckDB on a copy of the same rows.</summary>
internal enum SqlDialect
{
    Sqlite,
    DuckDb,
}

/// <summary>
/// What an analyst would write by hand for the same numbers: per period and every organisation unit (through
/// the closure table), numerator and denominator. The tables keep their SQLite names in DuckDB too, so the
/// only difference between the dialects is date arithmetic ({EndDate+30} below).
/// </summary>
internal static class HandWrittenSql
{
    /// <summary>The measures with a hand-written query, and which of them also run in DuckDB.</summary>
    public static readonly string[] Codes = ["EH01", "EH07", "EH10"];
    public static readonly string[] ColumnarCodes = ["EH01", "EH07"];

    public static string For(string code, SqlDialect dialect, int authorityKey)
    {
        var sql = Templates[code].Replace("@authority", authorityKey.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        return dialect switch
        {
            SqlDialect.Sqlite => sql
                .Replace("{EndDate+30}", "date(e.EndDate, '+30 days')", StringComparison.Ordinal)
                .Replace("{ReferralDate-365}", "date(r.ReferralDate, '-365 days')", StringComparison.Ordinal),
            SqlDialect.DuckDb => sql
                .Replace("{EndDate+30}", "(e.EndDate + 30)", StringComparison.Ordinal)
                .Replace("{ReferralDate-365}", "(r.ReferralDate - 365)", StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(dialect)),
        };
    }

    private static readonly Dictionary<string, string> Templates = new()
    {
        ["EH01"] = """
            SELECT p.PeriodKey, a.AncestorOrgUnitKey, COUNT(DISTINCT e.PersonKey), 0
            FROM Dimension_Period p
            JOIN Fact_EarlyHelpEpisode e ON e.StartDate <= p.EndDate AND (e.EndDate IS NULL OR e.EndDate > p.EndDate)
            JOIN Dimension_OrganisationUnitAncestor a ON a.OrgUnitKey = COALESCE(e.OrgUnitKey, @authority)
            GROUP BY p.PeriodKey, a.AncestorOrgUnitKey
            """,
        ["EH07"] = """
            WITH first AS (
                SELECT e.EpisodeKey, e.OrgUnitKey, e.EndReasonCode, e.EndDate,
                       (SELECT r.ReferralKey FROM Fact_SocialCareReferral r
                        WHERE r.PersonKey = e.PersonKey AND NOT r.IsNoFurtherAction AND r.ReferralDate >= e.StartDate
                          AND (e.EndDate IS NULL OR r.ReferralDate <= {EndDate+30})
                        ORDER BY r.ReferralDate, r.ReferralKey LIMIT 1) AS ReferralKey
                FROM Fact_EarlyHelpEpisode e),
            stepups AS (
                SELECT f.OrgUnitKey,
                       COALESCE(f.ReferralKey, -f.EpisodeKey) AS StepUpId,
                       CASE WHEN f.ReferralKey IS NOT NULL THEN r.ReferralDate WHEN f.EndReasonCode = 'SU' THEN f.EndDate END AS StepUpDate
                FROM first f LEFT JOIN Fact_SocialCareReferral r ON r.ReferralKey = f.ReferralKey)
            SELECT p.PeriodKey, a.AncestorOrgUnitKey, COUNT(DISTINCT s.StepUpId), 0
            FROM stepups s
            JOIN Dimension_Period p ON s.StepUpDate >= p.StartDate AND s.StepUpDate <= p.EndDate
            JOIN Dimension_OrganisationUnitAncestor a ON a.OrgUnitKey = COALESCE(s.OrgUnitKey, @authority)
            WHERE s.StepUpDate IS NOT NULL
            GROUP BY p.PeriodKey, a.AncestorOrgUnitKey
            """,
        ["EH10"] = """
            WITH flagged AS (
                SELECT r.ReferralKey, r.OrgUnitKey, r.ReferralDate,
                       EXISTS (SELECT 1 FROM Fact_SocialCareReferral o
                               WHERE o.PersonKey = r.PersonKey AND o.ReferralDate < r.ReferralDate
                                 AND o.ReferralDate >= {ReferralDate-365}) AS IsReReferral
                FROM Fact_SocialCareReferral r)
            SELECT p.PeriodKey, a.AncestorOrgUnitKey,
                   COUNT(DISTINCT CASE WHEN f.IsReReferral THEN f.ReferralKey END), COUNT(DISTINCT f.ReferralKey)
            FROM flagged f
            JOIN Dimension_Period p ON f.ReferralDate >= p.StartDate AND f.ReferralDate <= p.EndDate
            JOIN Dimension_OrganisationUnitAncestor a ON a.OrgUnitKey = COALESCE(f.OrgUnitKey, @authority)
            GROUP BY p.PeriodKey, a.AncestorOrgUnitKey
            """,
    };
}
