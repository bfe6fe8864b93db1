using Scorecard.Warehouse.Calendar;

namespace Scorecard.Warehouse.Measures;

/// <summary>A measure from the catalogue, stored so users read definitions next to values.</summary>
public class Measure
{
    public string MeasureCode { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string NumeratorDefinition { get; set; } = "";
    public string? DenominatorDefinition { get; set; }
    public MeasureUnit Unit { get; set; }
    /// <summary>HigherIsBetter, LowerIsBetter or Context (no RAG).</summary>
    public Polarity Polarity { get; set; }
    /// <summary>Child, Family, Episode, Audit, Organisation...</summary>
    public string CountingUnit { get; set; } = "";
    public string Breakdowns { get; set; } = "";
    public string Source { get; set; } = "";
    public string RequiredTables { get; set; } = "";
    /// <summary>False when a table the measure needs was never loaded: it is "not available", never zero.</summary>
    public bool IsAvailable { get; set; }
    /// <summary>Days after a period ends in which later records can still change its value (0: final when the period ends).</summary>
    public int SettlesAfterDays { get; set; }
    public string? AvailabilityNote { get; set; }
    public int SortOrder { get; set; }
}

/// <summary>A reporting period: month, financial quarter, financial year or calendar year.</summary>
public class Period
{
    /// <summary>Grain digit then the start date's yyyymmdd: 1 month, 2 financial quarter, 3 financial year, 4 calendar year.</summary>
    public int PeriodKey { get; set; }
    public PeriodGrain Grain { get; set; }
    /// <summary>"2024-11", "2024-25 Q3", "2024-25", "2024".</summary>
    public string Label { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public int StartDateKey { get; set; }
    public int EndDateKey { get; set; }
    public int FinancialYearStart { get; set; }
    public string FinancialYearLabel { get; set; } = "";
    /// <summary>Where "in year to date" counts start: 1 April (1 January for calendar years).</summary>
    public DateOnly YearToDateStart { get; set; }
    public int SortOrder { get; set; }
    public int? PreviousPeriodKey { get; set; }
    public int? SamePeriodLastYearKey { get; set; }
    /// <summary>False while the data does not yet reach the period's end.</summary>
    public bool IsComplete { get; set; }

    /// <summary>A month's key less its first day's yyyymmdd (<see cref="KeyOf"/>).</summary>
    public const int MonthKeyBase = 100_000_000;

    /// <summary>
    /// The period's key: a digit for the grain, then its first day as yyyymmdd (200241001 is 2024-25 Q3).
    /// Every reader resolves a period label through this one rule.
    /// </summary>
    public static int KeyOf(ReportingPeriod p) => p.Grain switch
    {
        PeriodGrain.Month => MonthKeyBase,
        PeriodGrain.FinancialQuarter => 200_000_000,
        PeriodGrain.FinancialYear => 300_000_000,
        _ => 400_000_000,
    } + CalendarDays.DateKeyOf(p.Start);
}

/// <summary>A target for a measure in a financial year, for the authority or one organisation unit.</summary>
public class Target
{
    public int TargetKey { get; set; }
    public string MeasureCode { get; set; } = "";
    public int FinancialYearStart { get; set; }
    /// <summary>Null: the target applies to every unit without its own.</summary>
    public int? OrgUnitKey { get; set; }
    public double Value { get; set; }
    /// <summary>Amber band: percentage points for percentages, a share (0.10 = 10%) for counts. Null: the default.</summary>
    public double? Tolerance { get; set; }
}

/// <summary>
/// An early help episode open at the end date of a period (started on or before it, not ended by it): one row per
/// episode and end date. The refresh writes it from the episodes before it computes, for the end dates it
/// recomputes, and the measures counted at period end read it rather than each working out which episodes span each
/// end date again (a range join, four times a measure). It carries what those measures read of the episode, so
/// they need not go back to it.
/// </summary>
public class EarlyHelpOpenAtPeriodEnd
{
    public DateOnly PeriodEndDate { get; set; }
    public long EpisodeKey { get; set; }
    public string EpisodeId { get; set; } = "";
    public int PersonKey { get; set; }
    public int? OrgUnitKey { get; set; }
    public DateOnly StartDate { get; set; }
}

/// <summary>
/// The periodic snapshot: one measure, period, organisation unit and breakdown. OData and the packs read
/// this, never the facts, so Power BI's refresh stays fast.
/// </summary>
public class MeasureValue
{
    public long MeasureValueKey { get; set; }
    public string MeasureCode { get; set; } = "";
    public int PeriodKey { get; set; }
    public int OrgUnitKey { get; set; }
    /// <summary>All, AgeBand, Sex or EthnicityGroup.</summary>
    public string BreakdownKind { get; set; } = "All";
    /// <summary>"All", or the band/sex/group ("0-4", "F", "Asian").</summary>
    public string BreakdownValue { get; set; } = "All";
    public int Numerator { get; set; }
    public int? Denominator { get; set; }
    /// <summary>The count, or the percentage (0-100) numerator / denominator; null when the denominator is 0.</summary>
    public double? Value { get; set; }
    public double? Target { get; set; }
    /// <summary>Green, Amber, Red; null without a target or for context measures.</summary>
    public Rag? Rag { get; set; }
    /// <summary>Improving, Worsening, NoChange (Up, Down for context measures); null without a comparator.</summary>
    public Direction? DirectionVsPrevious { get; set; }
    public Direction? DirectionVsLastYear { get; set; }
    public double? PreviousValue { get; set; }
    public double? LastYearValue { get; set; }
    /// <summary>True when published outputs must show "c" (a count 1-5, or a percentage built on one).</summary>
    public bool IsSmallNumber { get; set; }
    /// <summary>True while the data does not yet reach the end of the period plus the measure's settling window.</summary>
    public bool IsProvisional { get; set; }
    /// <summary>
    /// False when the data loaded cannot express what the measure needs for this period (a table never loaded, or
    /// records from a source whose form does not record a field): "not available from this source", never 0.
    /// Such a row carries no value, target, RAG or direction.
    /// </summary>
    public bool IsAvailable { get; set; } = true;
    /// <summary>Why the value is not available, in words for the reader of a pack or report.</summary>
    public string? NotAvailableReason { get; set; }
    public DateTime RefreshedAtUtc { get; set; }
    /// <summary>The newest load batch the value was computed from.</summary>
    public int LineageBatchId { get; set; }
}

/// <summary>One refresh of the snapshot: what it recomputed and why.</summary>
public class MeasureRefresh
{
    public int MeasureRefreshId { get; set; }
    public DateTime StartedAtUtc { get; set; }
    public DateTime? FinishedAtUtc { get; set; }
    /// <summary>Full or Incremental.</summary>
    public string Kind { get; set; } = "";
    public int UpToBatchId { get; set; }
    public DateOnly? RecomputedFrom { get; set; }
    public int PeriodsRecomputed { get; set; }
    public int ValuesWritten { get; set; }
    /// <summary>SHA-256 of the targets file used: a changed file means every RAG must be redone.</summary>
    public string TargetsHash { get; set; } = "";
    /// <summary>The latest business date in the data (not after the day of the refresh): what provisional values are judged by.</summary>
    public DateOnly? DataAsOf { get; set; }
    public string? Message { get; set; }
}
