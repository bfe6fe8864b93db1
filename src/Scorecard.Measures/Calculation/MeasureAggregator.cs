using System.Linq.Expressions;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Measures.Calculation;

/// <summary>
/// Rolls members up to every organisation level (through the closure table: a team's record counts for
/// its team, its locality and the authority) and to the breakdowns, in one grouped query per breakdown.
/// Counts are distinct units, so a child open in two teams counts once in their locality.
/// </summary>
/// <remarks>
/// When every member of a period is a unit of its own (a measure counting episodes, contacts or referrals,
/// each once), counts add up: members are counted per team first and the team counts summed up the
/// hierarchy. That sorts each member once instead of once per level, and counts rows instead of distinct
/// units; on SQLite it is two to three times faster. Units that can repeat (children, organisations, a
/// referral shared by two episodes) keep the distinct count at every level.
/// <para>
/// Distinct counts by organisation are two queries: the teams and localities, joined to the hierarchy on the
/// record's own team with nothing wrapped round it, and the authority (every member, grouped by period alone). A
/// plain join lets SQLite read the hierarchy for each period and then each unit's records through an index on the
/// team, so the rows arrive already in (period, unit) order and the grouping needs no sort; the authority, which
/// every unit hangs under, counts records with no team too. Joined on "team, else the authority" as one query,
/// every member row was sorted once per level: more than half of EH01's query time went on that sort.
/// </para>
/// </remarks>
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

    public static IQueryable<MeasureRow> ByOrganisation(WarehouseContext db, IQueryable<Member> members, int authorityKey, bool membersAreDistinctUnits = false, bool rollUpInOneQuery = false) =>
        membersAreDistinctUnits
            ? from t in from m in members
                        group m by new { m.PeriodKey, OrgUnitKey = m.OrgUnitKey ?? authorityKey } into g
                        select new TeamCount { PeriodKey = g.Key.PeriodKey, OrgUnitKey = g.Key.OrgUnitKey, Numerator = g.Count(x => x.InNumerator), Denominator = g.Count(x => x.InDenominator) }
              join a in db.OrganisationUnitAncestors on t.OrgUnitKey equals a.OrgUnitKey
              group t by new { t.PeriodKey, a.AncestorOrgUnitKey } into g
              select new MeasureRow
              {
                  PeriodKey = g.Key.PeriodKey,
                  OrgUnitKey = g.Key.AncestorOrgUnitKey,
                  BreakdownKind = All,
                  BreakdownValue = All,
                  Numerator = g.Sum(x => x.Numerator),
                  Denominator = g.Sum(x => x.Denominator),
              }
            : rollUpInOneQuery
            ? DistinctUnitsByLevel(db, members, m => m.OrgUnitKey ?? authorityKey, leaveOut: null)
            : DistinctUnitsByLevel(db, members, m => m.OrgUnitKey, leaveOut: authorityKey)
              .Concat(from m in members
                      group m by m.PeriodKey into g
                      select new MeasureRow
                      {
                          PeriodKey = g.Key,
                          OrgUnitKey = authorityKey,
                          BreakdownKind = All,
                          BreakdownValue = All,
                          Numerator = g.Where(x => x.InNumerator).Select(x => x.UnitId).Distinct().Count(),
                          Denominator = g.Where(x => x.InDenominator).Select(x => x.UnitId).Distinct().Count(),
                      });

    /// <summary>
    /// Distinct units for every level the members' unit (<paramref name="unitOf"/>) rolls up to, but
    /// <paramref name="leaveOut"/>: joined to the hierarchy on the record's own team, nothing wrapped round it, the
    /// teams and localities (the authority then comes from its own query); on "the team, else the authority", every
    /// level in one query.
    /// </summary>
    private static IQueryable<MeasureRow> DistinctUnitsByLevel(WarehouseContext db, IQueryable<Member> members, Expression<Func<Member, int?>> unitOf, int? leaveOut)
    {
        var atLevels = members.Join(db.OrganisationUnitAncestors, unitOf, a => (int?)a.OrgUnitKey, (m, a) => new { Member = m, a.AncestorOrgUnitKey });
        if (leaveOut is { } left) atLevels = atLevels.Where(x => x.AncestorOrgUnitKey != left);
        return from x in atLevels
               group x.Member by new { x.Member.PeriodKey, x.AncestorOrgUnitKey } into g
               select new MeasureRow
               {
                   PeriodKey = g.Key.PeriodKey,
                   OrgUnitKey = g.Key.AncestorOrgUnitKey,
                   BreakdownKind = All,
                   BreakdownValue = All,
                   Numerator = g.Where(x => x.InNumerator).Select(x => x.UnitId).Distinct().Count(),
                   Denominator = g.Where(x => x.InDenominator).Select(x => x.UnitId).Distinct().Count(),
               };
    }

    public static IQueryable<MeasureRow> ByBreakdown(WarehouseContext db, IQueryable<Member> members, int authorityKey, string kind, bool membersAreDistinctUnits = false)
    {
        var key = KeyOf(kind);
        if (membersAreDistinctUnits)
        {
            var perTeam = (from m in members
                           join p in db.People on m.PersonKey equals p.PersonKey
                           select new BreakdownSource
                           {
                               PeriodKey = m.PeriodKey, OrgUnitKey = m.OrgUnitKey ?? authorityKey, UnitId = m.UnitId, InNumerator = m.InNumerator, InDenominator = m.InDenominator,
                               Sex = p.Sex, EthnicityGroup = p.EthnicityGroup, MonthOfBirth = p.MonthOfBirth, EventDate = m.EventDate,
                           })
                .GroupBy(key)
                .Select(g => new TeamCount { PeriodKey = g.Key.PeriodKey, OrgUnitKey = g.Key.OrgUnitKey, Value = g.Key.Value, Numerator = g.Count(x => x.InNumerator), Denominator = g.Count(x => x.InDenominator) });
            return from t in perTeam
                   join a in db.OrganisationUnitAncestors on t.OrgUnitKey equals a.OrgUnitKey
                   join u in db.OrganisationUnits on a.AncestorOrgUnitKey equals u.OrgUnitKey
                   where BreakdownLevels.Contains(u.Level)
                   group t by new { t.PeriodKey, a.AncestorOrgUnitKey, t.Value } into g
                   select new MeasureRow
                   {
                       PeriodKey = g.Key.PeriodKey,
                       OrgUnitKey = g.Key.AncestorOrgUnitKey,
                       BreakdownKind = kind,
                       BreakdownValue = g.Key.Value,
                       Numerator = g.Sum(x => x.Numerator),
                       Denominator = g.Sum(x => x.Denominator),
                   };
        }
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
                MonthOfBirth = p.MonthOfBirth,
                EventDate = m.EventDate,
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

    /// <summary>The period, unit and breakdown value a member counts under.</summary>
    private static Expression<Func<BreakdownSource, BreakdownKey>> KeyOf(string kind) => kind switch
    {
        Sex => s => new BreakdownKey { PeriodKey = s.PeriodKey, OrgUnitKey = s.OrgUnitKey, Value = s.Sex },
        EthnicityGroup => s => new BreakdownKey { PeriodKey = s.PeriodKey, OrgUnitKey = s.OrgUnitKey, Value = s.EthnicityGroup },
        // Months of birth are kept, not days (the 1st of the month): age in whole years counts a birthday on
        // the 1st, so "N or older at the event" is "born on or before the event date less N years", a date
        // comparison. Worked out from years and months instead, the age took four date functions per test,
        // repeated in every test, and was the dearest part of the breakdowns. Bands are found by halving.
        // A birth month 12 or more months after the event is Unknown (a typing error), as before.
        AgeBand => s => new BreakdownKey
        {
            PeriodKey = s.PeriodKey,
            OrgUnitKey = s.OrgUnitKey,
            Value = s.MonthOfBirth == null ? "Unknown"
                : s.MonthOfBirth.Value.AddYears(10) <= s.EventDate
                    ? s.MonthOfBirth.Value.AddYears(16) <= s.EventDate ? s.MonthOfBirth.Value.AddYears(18) <= s.EventDate ? "18+" : "16-17" : "10-15"
                    : s.MonthOfBirth.Value.AddYears(5) <= s.EventDate ? "5-9" : s.MonthOfBirth.Value.AddMonths(-11) > s.EventDate ? "Unknown" : "0-4",
        },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown breakdown."),
    };

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
        /// <summary>The 1st of the month of birth.</summary>
        public DateOnly? MonthOfBirth { get; init; }
        public DateOnly EventDate { get; init; }
    }

    /// <summary>A team's count of units in a period (and breakdown value), before it is summed up the hierarchy.</summary>
    public sealed class TeamCount
    {
        public int PeriodKey { get; init; }
        public int OrgUnitKey { get; init; }
        public string Value { get; init; } = "";
        public int Numerator { get; init; }
        public int Denominator { get; init; }
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
