namespace Scorecard.Warehouse.Dimensions;

/// <summary>One row per calendar day. The key is the integer yyyymmdd that Power BI and SQL users expect.</summary>
public class CalendarDate
{
    public int DateKey { get; set; }
    public DateOnly Date { get; set; }
    public int CalendarYear { get; set; }
    public int CalendarMonth { get; set; }
    public string MonthName { get; set; } = "";
    /// <summary>"2024-11": sorts as text.</summary>
    public string MonthLabel { get; set; } = "";
    public int DayOfWeek { get; set; }
    public bool IsWeekend { get; set; }
    public bool IsBankHoliday { get; set; }
    public string? BankHolidayName { get; set; }
    public bool IsWorkingDay { get; set; }
    /// <summary>Calendar year in which the financial year starts (2024 for 2024-25).</summary>
    public int FinancialYearStart { get; set; }
    /// <summary>"2024-25".</summary>
    public string FinancialYearLabel { get; set; } = "";
    /// <summary>1 = April-June ... 4 = January-March.</summary>
    public int FinancialQuarter { get; set; }
    /// <summary>"2024-25 Q3".</summary>
    public string FinancialQuarterLabel { get; set; } = "";
    /// <summary>1 = April ... 12 = March.</summary>
    public int FinancialMonth { get; set; }
}

/// <summary>A child (or adult family member), pseudonymised. No names, addresses or full dates of birth.</summary>
public class Person
{
    public int PersonKey { get; set; }
    /// <summary>Keyed hash of the case system's person id.</summary>
    public string PersonId { get; set; } = "";
    /// <summary>M, F, U (unknown) or I (indeterminate).</summary>
    public string Sex { get; set; } = "U";
    public string? EthnicityCode { get; set; }
    /// <summary>DfE major ethnic group: White, Mixed, Asian, Black, Other, Unknown.</summary>
    public string EthnicityGroup { get; set; } = "Unknown";
    /// <summary>Date of birth truncated to the first day of its month.</summary>
    public DateOnly? MonthOfBirth { get; set; }
    public int LineageBatchId { get; set; }
}

public class Family
{
    public int FamilyKey { get; set; }
    /// <summary>Keyed hash of the case system's family id.</summary>
    public string FamilyId { get; set; } = "";
    public int LineageBatchId { get; set; }
}

/// <summary>Bridge between families and their members (ssd_family).</summary>
public class FamilyMember
{
    public long FamilyMemberKey { get; set; }
    public string FamilyMemberId { get; set; } = "";
    public int FamilyKey { get; set; }
    public int PersonKey { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>Where a unit sits in the hierarchy. Enum order is the order units are listed in.</summary>
public enum OrgUnitLevel
{
    Authority,
    /// <summary>A locality or service area: a unit with teams under it.</summary>
    Locality,
    Team,
}

/// <summary>Team, locality (or service area) and the authority itself, as a parent hierarchy.</summary>
public class OrganisationUnit
{
    /// <summary>The id of the root unit, the whole authority: every record without a team counts there.</summary>
    public const string AuthorityId = "AUTHORITY";

    public int OrgUnitKey { get; set; }
    public string OrgUnitId { get; set; } = "";
    public string Name { get; set; } = "";
    public int? ParentOrgUnitKey { get; set; }
    public OrgUnitLevel Level { get; set; } = OrgUnitLevel.Team;
    /// <summary>0 for the authority.</summary>
    public int Depth { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>
/// Closure table of the organisation hierarchy: one row per (unit, ancestor-or-self), so a measure
/// rolls up to every level with a single join instead of a recursive query per level.
/// </summary>
public class OrganisationUnitAncestor
{
    public int OrgUnitKey { get; set; }
    public int AncestorOrgUnitKey { get; set; }
    public int Distance { get; set; }
}

/// <summary>A worker (ssd_professionals). Staff ids are hashed too: they sit next to children's records.</summary>
public class Professional
{
    public int ProfessionalKey { get; set; }
    public string ProfessionalId { get; set; } = "";
    public string? Role { get; set; }
    public int? OrgUnitKey { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>An organisation that leads early help or completes assessments (school, health visiting, the LA...).</summary>
public class LeadOrganisation
{
    public int LeadOrganisationKey { get; set; }
    public string Name { get; set; } = "";
    public int LineageBatchId { get; set; }
}

/// <summary>Code lists (contact source, contact outcome, episode level, end reasons, CIN closure reasons...).</summary>
public class CodeListEntry
{
    public string CodeSet { get; set; } = "";
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";
    public int SortOrder { get; set; }
}
