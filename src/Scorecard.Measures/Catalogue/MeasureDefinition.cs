using Scorecard.Measures.Calculation;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Catalogue;

/// <summary>Which breakdowns beyond organisation unit a measure supports.</summary>
[Flags]
public enum Breakdowns
{
    None = 0,
    AgeBand = 1,
    Sex = 2,
    EthnicityGroup = 4,
    /// <summary>Everything about the child: measures counted over children or their records.</summary>
    Child = AgeBand | Sex | EthnicityGroup,
    /// <summary>QA02: audits by section and grade.</summary>
    AuditSectionGrade = 8,
}

/// <summary>
/// One measure of the catalogue: its words for users, and the query of the records it counts.
/// </summary>
public sealed record MeasureDefinition(
    string Code,
    string Name,
    string Description,
    string Numerator,
    string? Denominator,
    MeasureUnit Unit,
    Polarity Polarity,
    string CountingUnit,
    Breakdowns Breakdowns,
    string Source,
    IReadOnlyList<string> RequiredTables,
    Func<MeasureQueryContext, IQueryable<Member>> Members)
{
    /// <summary>
    /// Counts that accumulate through the financial year (family programme, year to date): judged only against a
    /// unit's own target, profiled by month, and compared with the same point last year, never the previous period.
    /// </summary>
    public bool CumulativeInYear { get; init; }

    /// <summary>
    /// The query reads only the period's end (records open on its last day), so every period ending the same day
    /// has the same value: it is computed once per end date (see <see cref="PeriodEnds"/>).
    /// </summary>
    public bool CountsAtPeriodEnd { get; init; }

    /// <summary>
    /// Every member of a period is a different unit: the measure counts records (episodes, contacts, referrals),
    /// each at most once a period. Its counts then add up over teams, and <see cref="MeasureAggregator"/> sums
    /// team counts up the hierarchy instead of counting distinct units at every level. Not for measures
    /// counting children, families or organisations, which can appear in several rows.
    /// </summary>
    public bool MembersAreDistinctUnits { get; init; }

    /// <summary>
    /// The members are a set the query works out in steps and are few (EH07's step-ups: each episode's first
    /// referral, grouped; PT01's organisations, once per team and period): they are rolled up to every level in one query, so the set is worked out once. Counted
    /// as distinct units, members are otherwise rolled up in two queries (teams and localities; the authority),
    /// which lets SQLite read each team's records in order rather than sort them, but works the members out twice:
    /// for plain records that costs nothing, for a worked-out set it doubled the query.
    /// </summary>
    public bool RollUpInOneQuery { get; init; }

    /// <summary>
    /// Each member is a unit of its own with one date (a contact at its date, an episode at its start or at its end, a
    /// step-up at its referral), in a period because that date falls in it and for no other reason, and counted the
    /// same whichever period it is in. A quarter's or a year's members are then its months' members, no unit in two
    /// months, so every row of the measure (by unit, level and breakdown, distinct counts too) is the sum of its months'
    /// rows. The refresh counts such a measure once by calendar month and sums its periods from the months
    /// (<see cref="Calculation.MonthSums"/>), where counted period by period each record was counted again in its quarter,
    /// financial year and calendar year. Not for a measure whose periods reach back from their end (EH12's closures 12 to
    /// 24 months before it), accumulate through the year, or count at the period end. A test holds each such measure's
    /// summed rows equal to its rows counted period by period.
    /// </summary>
    public bool AddsUpOverMonths { get; init; }

    /// <summary>
    /// Days after a period ends during which later records can still change its value (a referral up to 30 days
    /// after an episode closed makes it a step-up; a first TAF may follow up to 42 days after a start). Until the
    /// data reaches that far the value is provisional.
    /// </summary>
    public Func<MeasureOptions, int>? SettlesAfter { get; init; }

    public int SettlesAfterDays(MeasureOptions options) => SettlesAfter?.Invoke(options) ?? 0;

    /// <summary>
    /// For a measure whose periods reach back from their end, by the kind of record: the days from a record's date to
    /// the end of the first period it can count in (EH12 counts episodes closed 12 to 24 months before a period ends, so
    /// a closure counts first a year after it). An incremental refresh redoes the measure only from there: a closure
    /// loaded tonight cannot move this year's values. Negative when a record can move periods ending before its date.
    /// None for a kind not named, nor for a measure that counts a record in the periods its dates fall in.
    /// </summary>
    public Func<MeasureOptions, Type, int>? FirstCountsAfter { get; init; }

    public int FirstCountsAfterDays(MeasureOptions options, Type record) => FirstCountsAfter?.Invoke(options, record) ?? 0;

    /// <summary>
    /// The count measure whose value this percentage's denominator is, for the same period, unit and breakdown
    /// (EH05's denominator is EH01): a published denominator would give that count away, so they are withheld together.
    /// </summary>
    public string? DenominatorIs { get; init; }

    /// <summary>
    /// Properties of loaded records the measure cannot do without. A source whose form does not record one (a SystemC
    /// contact has no early help flag) makes the measure "not available from this source" for the periods its
    /// records fall in, never 0; the load records which properties each file could not express.
    /// </summary>
    public IReadOnlyList<SourceField> NeedsFields { get; init; } = [];
}

/// <summary>A property of a loaded table a measure needs: the table, the warehouse property, and what it means in words.</summary>
public sealed record SourceField(string Table, string Property, string Words);
