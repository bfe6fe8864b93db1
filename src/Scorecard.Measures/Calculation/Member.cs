namespace Scorecard.Measures.Calculation;

/// <summary>
/// One record's part in a measure for one period: which team it belongs to, who it is about, what unit
/// it counts as, and whether it is in the numerator and the denominator. Every measure is a query of
/// these; rolling up to teams, localities, the authority and breakdowns is done once, in
/// <see cref="MeasureAggregator"/>.
/// </summary>
public sealed class Member
{
    public int PeriodKey { get; init; }
    /// <summary>The record's team; null counts at the authority only.</summary>
    public int? OrgUnitKey { get; init; }
    public int? PersonKey { get; init; }
    /// <summary>What is counted (distinct): a person key, an episode key, an organisation key...</summary>
    public long UnitId { get; init; }
    public bool InNumerator { get; init; }
    public bool InDenominator { get; init; }
    /// <summary>The date age is worked out at (the event, or the period end for "open at end" measures).</summary>
    public DateOnly EventDate { get; init; }
    /// <summary>For drill-through: the record's pseudonymised id and what kind of record it is.</summary>
    public string RecordId { get; init; } = "";
    public string RecordKind { get; init; } = "";
    /// <summary>QA02 only: the audit section and grade this member counts under.</summary>
    public string? Section { get; init; }
    public int? Grade { get; init; }
}

/// <summary>A computed value before targets and RAG: what the aggregator returns.</summary>
public sealed class MeasureRow
{
    public int PeriodKey { get; init; }
    public int OrgUnitKey { get; init; }
    public string BreakdownKind { get; init; } = "All";
    public string BreakdownValue { get; init; } = "All";
    public int Numerator { get; init; }
    public int Denominator { get; init; }
}
