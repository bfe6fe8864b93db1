using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Warehouse.Publishing;

/// <summary>Who a published table is for: it decides what is withheld.</summary>
public enum Audience
{
    /// <summary>Staff of the council (service managers, analysts, quality assurance): every number shown.</summary>
    Internal,
    /// <summary>The partnership board and anything published: small numbers, and whatever would give them away, withheld.</summary>
    Partnership,
}

/// <summary>What a published cell shows.</summary>
public enum PublishedState
{
    /// <summary>A number: the count, or the percentage.</summary>
    Value,
    /// <summary>Nothing to divide by (a percentage of nothing): shown "-".</summary>
    NoValue,
    /// <summary>Withheld: a small number, or a cell that would give one away. Shown "c".</summary>
    Suppressed,
    /// <summary>The data loaded cannot give this measure for this period. Shown "not available", never 0.</summary>
    NotAvailable,
}

/// <summary>
/// An organisation unit as every output names it: its parent's name and its locality, by the one locality rule,
/// written at refresh so that no reader works them out again.
/// </summary>
public class PublishedOrgUnit
{
    public int OrgUnitKey { get; set; }
    public string OrgUnitId { get; set; } = "";
    public string Name { get; set; } = "";
    public OrgUnitLevel Level { get; set; }
    public int Depth { get; set; }
    public int? ParentOrgUnitKey { get; set; }
    public string? ParentName { get; set; }
    public int? LocalityOrgUnitKey { get; set; }
    public string? Locality { get; set; }
    /// <summary>The order outputs list units in: the authority, then each locality followed by its teams.</summary>
    public int SortOrder { get; set; }
}

/// <summary>
/// One cell of the scorecard as one audience may see it: measure x period x organisation unit x breakdown, with
/// names, the value or why there is none, its display text, target, RAG, direction of travel and provisional
/// state, all decided at refresh. The feed, the packs, the CLI and the SQL views select from the table of their
/// audience and decide nothing themselves.
/// </summary>
public abstract class PublishedMeasureValue
{
    /// <summary>The same cell has the same key in every audience's table.</summary>
    public long PublishedValueKey { get; set; }
    public string MeasureCode { get; set; } = "";
    public string MeasureName { get; set; } = "";
    public MeasureUnit Unit { get; set; }
    public Polarity Polarity { get; set; }
    public int MeasureSortOrder { get; set; }
    public int PeriodKey { get; set; }
    public PeriodGrain PeriodGrain { get; set; }
    public string PeriodLabel { get; set; } = "";
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public string FinancialYear { get; set; } = "";
    public int PeriodSortOrder { get; set; }
    public bool PeriodIsComplete { get; set; }
    public int OrgUnitKey { get; set; }
    public string OrgUnitId { get; set; } = "";
    public string OrgUnitName { get; set; } = "";
    public OrgUnitLevel OrgUnitLevel { get; set; }
    public string? Locality { get; set; }
    public string BreakdownKind { get; set; } = "All";
    public string BreakdownValue { get; set; } = "All";
    public PublishedState State { get; set; }
    public int? Numerator { get; set; }
    public int? Denominator { get; set; }
    public double? Value { get; set; }
    public string DisplayValue { get; set; } = "";
    public double? Target { get; set; }
    public Rag? Rag { get; set; }
    public Direction? DirectionVsPrevious { get; set; }
    public Direction? DirectionVsLastYear { get; set; }
    public double? PreviousValue { get; set; }
    public double? LastYearValue { get; set; }
    public bool IsSmallNumber { get; set; }
    public bool IsSuppressed { get; set; }
    public bool IsProvisional { get; set; }
    public DateOnly? SettlesOn { get; set; }
    /// <summary>Why the measure is not available, when it is not.</summary>
    public string? Note { get; set; }
    public DateTime RefreshedAtUtc { get; set; }
    public int LineageBatchId { get; set; }
}

/// <summary>The scorecard for staff of the council: nothing withheld.</summary>
public sealed class InternalMeasureValue : PublishedMeasureValue;

/// <summary>The scorecard for the partnership board and for publication: small numbers and what would reveal them withheld.</summary>
public sealed class PartnershipMeasureValue : PublishedMeasureValue;
