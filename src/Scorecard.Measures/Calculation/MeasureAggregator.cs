using System.Linq.Expressions;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Measures.Calculation;

/// <summary>
/// Rolls members up to every organisation level (through the closure table: a team's record counts for
/// its team, its locality and the authority) and to the breakdowns, in one grouped query per breakdown.
/// Counts are distinct units, so a child open in two teams counts once in their locality.
/// </summary>
public static class MeasureAggregator
{
    public const string All = "All";
    public const string AgeBand = "AgeBand";
    public const string Sex = "Sex";
    public const string EthnicityGroup = "EthnicityGroup";
    public const string AuditGradePrefix = "AuditGrade:";

    /// <summary>Breakdowns are published for the authority and its localities, where numbers are large enough.</summary>
    public static readonly OrgUnitLevel[] BreakdownLevels = [OrgUnitLevel.Authority, OrgUnitLevel.Locality];

    /// <summary>Every value a breakdown can take, so that a count of nothing in one is a 0, not a missing row.</summary>
    public static IReadOnlyList<string> BreakdownValues(string kind) => kind switch
    {
        AgeBand => ["0-4", "5-9", "10-15", "16-17", "18+", "Unknown"],
        Sex => CodeLists.All.Where(c => c.CodeSet == CodeLists.Sex).Select(c => c.Code).ToList(),
        EthnicityGroup => CodeLists.All.Where(c => c.CodeSet == CodeLists.Ethnicity).Select(c => CodeLists.EthnicityGroupOf(c.Code)).Append(CodeLists.EthnicityGroupOf(null)).Distinct().ToList(),
        _ => [],
    };

    public static IQueryable<MeasureRow> ByOrganisation(WarehouseContext db, IQueryable<Member> members, int authorityKey) =>
        from m in members
        join a in db.OrganisationUnitAncestors on m.OrgUnitKey ?? authorityKey equals a.OrgUnitKey
        group m by new { m.PeriodKey, a.AncestorOrgUnitKey } into g
        select new MeasureRow
        {
            PeriodKey = g.Key.PeriodKey,
            OrgUnitKey = g.Key.AncestorOrgUnitKey,
            BreakdownKind = All,
            BreakdownValue = All,
            Numerator = g.Where(x => x.InNumerator).Select(x => x.UnitId).Distinct().Count(),
            Denominator = g.Where(x => x.InDenominator).Select(x => x.UnitId).Distinct().Count(),
        };

    public static IQueryable<MeasureRow> ByBreakdown(WarehouseContext db, IQueryable<Member> members, int authorityKey, string kind)
    {
        var source =
            from m in members
            join a in db.OrganisationUnitAncestors on m.OrgUnitKey ?? authorityKey equals a.OrgUnitKey
            join u in db.OrganisationUnits on a.AncestorOrgUnitKey equals u.OrgUnitKey
            where BreakdownLevels.Contains(u.Level)
            join p in db.People on m.PersonKey equals p.PersonKey
            select new BreakdownSource
            {
                PeriodKey = m.PeriodKey,
                OrgUnitKey = a.AncestorOrgUnitKey,
                UnitId = m.UnitId,
                InNumerator = m.InNumerator,
                InDenominator = m.InDenominator,
                Sex = p.Sex,
                EthnicityGroup = p.EthnicityGroup,
                // Months of birth are kept, not days: age in whole years counts a birthday on the 1st.
                AgeInYears = p.MonthOfBirth == null ? -1
                    : (m.EventDate.Year * 12 + m.EventDate.Month - p.MonthOfBirth.Value.Year * 12 - p.MonthOfBirth.Value.Month) / 12,
            };
        Expression<Func<BreakdownSource, BreakdownKey>> key = kind switch
        {
            Sex => s => new BreakdownKey { PeriodKey = s.PeriodKey, OrgUnitKey = s.OrgUnitKey, Value = s.Sex },
            EthnicityGroup => s => new BreakdownKey { PeriodKey = s.PeriodKey, OrgUnitKey = s.OrgUnitKey, Value = s.EthnicityGroup },
            AgeBand => s => new BreakdownKey
            {
                PeriodKey = s.PeriodKey,
                OrgUnitKey = s.OrgUnitKey,
                Value = s.AgeInYears < 0 ? "Unknown"
                    : s.AgeInYears < 5 ? "0-4"
                    : s.AgeInYears < 10 ? "5-9"
                    : s.AgeInYears < 16 ? "10-15"
                    : s.AgeInYears < 18 ? "16-17"
                    : "18+",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown breakdown."),
        };
        return source.GroupBy(key).Select(g => new MeasureRow
        {
            PeriodKey = g.Key.PeriodKey,
            OrgUnitKey = g.Key.OrgUnitKey,
            BreakdownKind = kind,
            BreakdownValue = g.Key.Value,
            Numerator = g.Where(x => x.InNumerator).Select(x => x.UnitId).Distinct().Count(),
            Denominator = g.Where(x => x.InDenominator).Select(x => x.UnitId).Distinct().Count(),
        });
    }

    /// <summary>QA02: audits by section and final grade. The denominator (graded audits in the section) is added by the caller.</summary>
    public static IQueryable<AuditGradeRow> ByAuditSectionAndGrade(WarehouseContext db, IQueryable<Member> members, int authorityKey) =>
        from m in members
        where m.Section != null && m.Grade != null
        join a in db.OrganisationUnitAncestors on m.OrgUnitKey ?? authorityKey equals a.OrgUnitKey
        group m by new { m.PeriodKey, a.AncestorOrgUnitKey, m.Section, m.Grade } into g
        select new AuditGradeRow
        {
            PeriodKey = g.Key.PeriodKey,
            OrgUnitKey = g.Key.AncestorOrgUnitKey,
            Section = g.Key.Section!,
            Grade = g.Key.Grade!.Value,
            Audits = g.Select(x => x.UnitId).Distinct().Count(),
        };

    public sealed class BreakdownSource
    {
        public int PeriodKey { get; init; }
        public int OrgUnitKey { get; init; }
        public long UnitId { get; init; }
        public bool InNumerator { get; init; }
        public bool InDenominator { get; init; }
        public string Sex { get; init; } = "";
        public string EthnicityGroup { get; init; } = "";
        public int AgeInYears { get; init; }
    }

    public sealed class BreakdownKey
    {
        public int PeriodKey { get; init; }
        public int OrgUnitKey { get; init; }
        public string Value { get; init; } = "";
    }

    public sealed class AuditGradeRow
    {
        public int PeriodKey { get; init; }
        public int OrgUnitKey { get; init; }
        public string Section { get; init; } = "";
        public int Grade { get; init; }
        public int Audits { get; init; }
    }
}
