namespace Scorecard.Api.Security;

/// <summary>
/// Who may read what. Each role sees everything the one before it sees: Board &lt; QualityAssurance &lt; Analyst &lt; Admin.
/// The names are the app roles an Entra ID token carries, and the Role of a configured key or Basic user.
/// </summary>
public static class FeedRoles
{
    /// <summary>Partnership board members: the scorecard only, with small numbers shown as "c".</summary>
    public const string Board = "Board";
    /// <summary>Quality assurance managers: the scorecard and the case audits behind it.</summary>
    public const string QualityAssurance = "QualityAssurance";
    /// <summary>Business intelligence officers: every set, read-only, unsuppressed.</summary>
    public const string Analyst = "Analyst";
    /// <summary>Administrators: what analysts read, plus the jobs dashboard and job controls.</summary>
    public const string Admin = "Admin";

    public static readonly string[] All = [Board, QualityAssurance, Analyst, Admin];

    /// <summary>The configured spelling, or null when it names no role (case-insensitive, so "analyst" works).</summary>
    public static string? Normalise(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>Authorization policies, one per kind of data.</summary>
public static class FeedPolicies
{
    /// <summary>Measures, MeasureValues, Periods, OrgUnits: every role.</summary>
    public const string Scorecard = "Scorecard";
    /// <summary>CaseAudits: quality assurance and above.</summary>
    public const string CaseAudits = "CaseAudits";
    /// <summary>Record-level sets, drill-through and load batches: analysts and administrators.</summary>
    public const string Records = "Records";
    /// <summary>Jobs dashboard and job controls.</summary>
    public const string Jobs = "Jobs";

    public static string[] RolesFor(string policy) => policy switch
    {
        Scorecard => FeedRoles.All,
        CaseAudits => [FeedRoles.QualityAssurance, FeedRoles.Analyst, FeedRoles.Admin],
        Records => [FeedRoles.Analyst, FeedRoles.Admin],
        Jobs => [FeedRoles.Admin],
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "Unknown policy."),
    };

    /// <summary>
    /// Whose published scorecard a caller reads: anyone who is only a board member reads the partnership table
    /// (what the Children's Trust pack shows); a token carrying Board and Analyst belongs to an analyst.
    /// </summary>
    public static global::Scorecard.Warehouse.Publishing.Audience AudienceOf(System.Security.Claims.ClaimsPrincipal user) =>
        RolesFor(CaseAudits).Any(user.IsInRole) ? global::Scorecard.Warehouse.Publishing.Audience.Internal : global::Scorecard.Warehouse.Publishing.Audience.Partnership;
}
