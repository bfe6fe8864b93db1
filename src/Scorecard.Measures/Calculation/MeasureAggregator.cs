using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Measures.Calculation;

/// <summary>
/// Rolls members up to every organisation level (through the closure table: a team's record counts for
/// its team, its locality and the authority) and to the breakdowns: one grouped query per breakdown, or one for all of
/// them where their rows are sums (<see cref="ByTeamAndBreakdowns"/>, <see cref="ByBreakdownCells"/>).
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
        return AtBreakdownLevels(db, members, authorityKey).GroupBy(key).Select(g => new MeasureRow
        {
            PeriodKey = g.Key.PeriodKey,
            OrgUnitKey = g.Key.OrgUnitKey,
            BreakdownKind = kind,
            BreakdownValue = g.Key.Value,
            Numerator = g.Where(x => x.InNumerator).Select(x => x.UnitId).Distinct().Count(),
            Denominator = g.Where(x => x.InDenominator).Select(x => x.UnitId).Distinct().Count(),
        });
    }

    /// <summary>
    /// Distinct units by period, unit at the levels breakdowns are published for, and sex, ethnic group and age band
    /// together: one query for the three breakdowns of a measure whose unit falls in one such cell a period (a child
    /// counted at the period end has one sex, one ethnic group and one age at that day). Each breakdown's rows are then
    /// sums of these cells (<see cref="SumCells"/>), exactly, since no unit is in two cells of a period and unit. Counted
    /// one breakdown a query, as <see cref="ByBreakdown"/> does, the members were worked out and joined to the hierarchy
    /// and the person three times.
    /// </summary>
    public static IQueryable<TeamBreakdownCount> ByBreakdownCells(WarehouseContext db, IQueryable<Member> members, int authorityKey) =>
        AtBreakdownLevels(db, members, authorityKey)
        .GroupBy(WithAgeBand<TeamBreakdownKey>((s, age) => new TeamBreakdownKey
        {
            PeriodKey = s.PeriodKey, OrgUnitKey = s.OrgUnitKey, InBreakdowns = true, Sex = s.Sex, EthnicityGroup = s.EthnicityGroup, AgeBand = age,
        }))
        .Select(g => new TeamBreakdownCount
        {
            Key = g.Key,
            Numerator = g.Where(x => x.InNumerator).Select(x => x.UnitId).Distinct().Count(),
            Denominator = g.Where(x => x.InDenominator).Select(x => x.UnitId).Distinct().Count(),
        });

    /// <summary>The rows of each breakdown in <paramref name="kinds"/> from <see cref="ByBreakdownCells"/>' cells: a row for every value with a member, as <see cref="ByBreakdown"/> gives.</summary>
    public static List<MeasureRow> SumCells(IEnumerable<TeamBreakdownCount> cells, IReadOnlySet<string> kinds)
    {
        var sums = new RowSums();
        foreach (var c in cells)
            foreach (var (kind, value) in new[] { (Sex, c.Key.Sex), (EthnicityGroup, c.Key.EthnicityGroup), (AgeBand, c.Key.AgeBand) })
                if (kinds.Contains(kind)) sums.Add(c.Key.PeriodKey, c.Key.OrgUnitKey, kind, value, c);
        return sums.Rows();
    }

    /// <summary>Numerators and denominators summed by period, unit, breakdown kind and value, then made rows.</summary>
    internal sealed class RowSums
    {
        private readonly Dictionary<(int, int, string, string), (int Numerator, int Denominator)> _sums = [];

        public void Add(int period, int unit, string kind, string value, TeamBreakdownCount c) => Add(period, unit, kind, value, c.Numerator, c.Denominator);

        public void Add(int period, int unit, string kind, string value, int numerator, int denominator)
        {
            var (n, d) = _sums.GetValueOrDefault((period, unit, kind, value));
            _sums[(period, unit, kind, value)] = (n + numerator, d + denominator);
        }

        public List<MeasureRow> Rows() => _sums.Select(x => new MeasureRow
        {
            PeriodKey = x.Key.Item1, OrgUnitKey = x.Key.Item2, BreakdownKind = x.Key.Item3, BreakdownValue = x.Key.Item4,
            Numerator = x.Value.Numerator, Denominator = x.Value.Denominator,
        }).ToList();
    }

    /// <summary>
    /// Each member once for every unit above its team (the authority for records with no team) at the levels breakdowns
    /// are published for, with its person's sex, ethnic group and month of birth. Records with no person are not in the
    /// breakdowns.
    /// </summary>
    private static IQueryable<BreakdownSource> AtBreakdownLevels(WarehouseContext db, IQueryable<Member> members, int authorityKey) =>
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

    /// <summary>The period, unit and breakdown value a member counts under.</summary>
    private static Expression<Func<BreakdownSource, BreakdownKey>> KeyOf(string kind) => kind switch
    {
        Sex => s => new BreakdownKey { PeriodKey = s.PeriodKey, OrgUnitKey = s.OrgUnitKey, Value = s.Sex },
        EthnicityGroup => s => new BreakdownKey { PeriodKey = s.PeriodKey, OrgUnitKey = s.OrgUnitKey, Value = s.EthnicityGroup },
        AgeBand => WithAgeBand<BreakdownKey>((s, age) => new BreakdownKey { PeriodKey = s.PeriodKey, OrgUnitKey = s.OrgUnitKey, Value = age }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown breakdown."),
    };

    /// <summary>
    /// The age band of a member at its event date. Months of birth are kept, not days (the 1st of the month): age in
    /// whole years counts a birthday on the 1st, so "N or older at the event" is "born on or before the event date
    /// less N years", a date comparison. Worked out from years and months instead, the age took four date functions
    /// per test, repeated in every test, and was the dearest part of the breakdowns. Bands are found by halving. A
    /// birth month 12 or more months after the event is Unknown (a typing error), as before.
    /// </summary>
    private static readonly Expression<Func<BreakdownSource, string>> AgeBandOf = s =>
        s.MonthOfBirth == null ? "Unknown"
            : s.MonthOfBirth.Value.AddYears(10) <= s.EventDate
                ? s.MonthOfBirth.Value.AddYears(16) <= s.EventDate ? s.MonthOfBirth.Value.AddYears(18) <= s.EventDate ? "18+" : "16-17" : "10-15"
                : s.MonthOfBirth.Value.AddYears(5) <= s.EventDate ? "5-9" : s.MonthOfBirth.Value.AddMonths(-11) > s.EventDate ? "Unknown" : "0-4";

    /// <summary>A key made of a member and its age band (<see cref="AgeBandOf"/> written into the key's expression).</summary>
    private static Expression<Func<BreakdownSource, T>> WithAgeBand<T>(Expression<Func<BreakdownSource, string, T>> key)
    {
        var source = key.Parameters[0];
        var age = ReplacingExpressionVisitor.Replace(AgeBandOf.Parameters[0], source, AgeBandOf.Body);
        return Expression.Lambda<Func<BreakdownSource, T>>(ReplacingExpressionVisitor.Replace(key.Parameters[1], age, key.Body), source);
    }

    /// <summary>
    /// For a measure whose counts add up and that has age, sex or ethnicity breakdowns: its members counted once, by
    /// period, team (the authority for records with no team) and, in the periods of <paramref name="breakdownPeriodKeys"/> (every period when null),
    /// the person's sex, ethnic group and age band. Every row of the measure is a sum of these (<see cref="RollUp"/>),
    /// so the members are worked out once instead of once for the units and once for each breakdown: for EH06, whose
    /// members need the spidergraph change worked out over every score, that was four times the same work. Records
    /// with no person count in the units only, as in <see cref="ByBreakdown"/>.
    /// </summary>
    public static IQueryable<TeamBreakdownCount> ByTeamAndBreakdowns(WarehouseContext db, IQueryable<Member> members, int authorityKey, IQueryable<int>? breakdownPeriodKeys) =>
        // The person is joined only in the breakdowns' periods (by a key that is null outside them), so "is this a
        // breakdowns' period" is tested once a member; tested in each value taken from the person, as it was, it made
        // nine set lookups a member. No list of them: every period is one (the calendar months, MonthSums).
        (from m in breakdownPeriodKeys is null
             ? members.Select(m => new { Member = m, Person = m.PersonKey })
             : members.Select(m => new { Member = m, Person = breakdownPeriodKeys.Contains(m.PeriodKey) ? m.PersonKey : null })
         join p in db.People on m.Person equals (int?)p.PersonKey into people
         from p in people.DefaultIfEmpty()
         let broken = p != null
         select new BreakdownSource
         {
             PeriodKey = m.Member.PeriodKey, OrgUnitKey = m.Member.OrgUnitKey ?? authorityKey, UnitId = m.Member.UnitId,
             InNumerator = m.Member.InNumerator, InDenominator = m.Member.InDenominator,
             InBreakdowns = broken,
             // Outside the breakdowns' periods the values are left empty, so those rows group by team alone.
             Sex = broken ? p!.Sex : "", EthnicityGroup = broken ? p!.EthnicityGroup : "", MonthOfBirth = broken ? p!.MonthOfBirth : null, EventDate = m.Member.EventDate,
         })
        .GroupBy(WithAgeBand<TeamBreakdownKey>((s, age) => new TeamBreakdownKey
        {
            PeriodKey = s.PeriodKey, OrgUnitKey = s.OrgUnitKey, InBreakdowns = s.InBreakdowns, Sex = s.Sex, EthnicityGroup = s.EthnicityGroup, AgeBand = age,
        }))
        .Select(g => new TeamBreakdownCount { Key = g.Key, Numerator = g.Count(x => x.InNumerator), Denominator = g.Count(x => x.InDenominator) });

    /// <summary>Every unit's ancestors (itself included), and whether breakdowns are published at each.</summary>
    public static async Task<ILookup<int, (int Ancestor, bool Breakdowns)>> HierarchyAsync(WarehouseContext db, CancellationToken ct) =>
        (await (from a in db.OrganisationUnitAncestors
                join u in db.OrganisationUnits on a.AncestorOrgUnitKey equals u.OrgUnitKey
                select new { a.OrgUnitKey, a.AncestorOrgUnitKey, u.Level }).ToListAsync(ct))
        .ToLookup(x => x.OrgUnitKey, x => (x.AncestorOrgUnitKey, BreakdownLevels.Contains(x.Level)));

    /// <summary>
    /// The rows of <see cref="ByOrganisation"/> and <see cref="ByBreakdown"/> (for each kind in <paramref name="kinds"/>)
    /// from <see cref="ByTeamAndBreakdowns"/>' counts: each team's counts summed into every unit above it, and the
    /// breakdowns' into the units breakdowns are published for. A row for every group with a member, as the grouped
    /// queries give.
    /// </summary>
    public static List<MeasureRow> RollUp(IEnumerable<TeamBreakdownCount> counts, ILookup<int, (int Ancestor, bool Breakdowns)> hierarchy, IReadOnlySet<string> kinds)
    {
        var sums = new RowSums();
        foreach (var c in counts)
            foreach (var (ancestor, breakdowns) in hierarchy[c.Key.OrgUnitKey])
            {
                var k = c.Key;
                sums.Add(k.PeriodKey, ancestor, All, All, c);
                if (!k.InBreakdowns || !breakdowns) continue;
                if (kinds.Contains(Sex)) sums.Add(k.PeriodKey, ancestor, Sex, k.Sex, c);
                if (kinds.Contains(EthnicityGroup)) sums.Add(k.PeriodKey, ancestor, EthnicityGroup, k.EthnicityGroup, c);
                if (kinds.Contains(AgeBand)) sums.Add(k.PeriodKey, ancestor, AgeBand, k.AgeBand, c);
            }
        return sums.Rows();
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
        /// <summary>The 1st of the month of birth.</summary>
        public DateOnly? MonthOfBirth { get; init; }
        public DateOnly EventDate { get; init; }
        /// <summary>Whether the member counts in the breakdowns (<see cref="ByTeamAndBreakdowns"/>).</summary>
        public bool InBreakdowns { get; init; }
    }

    /// <summary>The period, team and (in the breakdowns' periods) the person's breakdown values a member is counted under.</summary>
    public sealed class TeamBreakdownKey
    {
        public int PeriodKey { get; init; }
        public int OrgUnitKey { get; init; }
        public bool InBreakdowns { get; init; }
        public string Sex { get; init; } = "";
        public string EthnicityGroup { get; init; } = "";
        public string AgeBand { get; init; } = "";
    }

    /// <summary>A team's count of units in a period with the same sex, ethnic group and age band (when it counts in the breakdowns).</summary>
    public sealed class TeamBreakdownCount
    {
        public TeamBreakdownKey Key { get; init; } = new();
        public int Numerator { get; init; }
        public int Denominator { get; init; }
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
