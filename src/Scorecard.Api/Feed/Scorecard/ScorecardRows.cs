using System.ComponentModel;

namespace Scorecard.Api.Feed.Scorecard;

// The read models of the scorecard sets. Names are flattened in (measure name, period label, team, locality)
// so a Power BI report needs no $expand and no relationships to filter. [Description] becomes the
// Core.Description annotation of the set's type and properties in $metadata.

[Description("A measure from the early help measure catalogue: what it counts, how, and which way is better.")]
public sealed class MeasureRow : IOpenRow
{
    [Description("Catalogue code, e.g. EH07.")] public string MeasureCode { get; set; } = "";
    [Description("The measure's name as the scorecard prints it.")] public string Name { get; set; } = "";
    [Description("What the measure shows, in plain words.")] public string Description { get; set; } = "";
    [Description("What is counted in the numerator (or the count itself).")] public string Numerator { get; set; } = "";
    [Description("What is counted in the denominator; empty for counts.")] public string? Denominator { get; set; }
    [Description("Count or Percentage.")] public string Unit { get; set; } = "";
    [Description("HigherIsBetter, LowerIsBetter or Context (no RAG rating).")] public string Polarity { get; set; } = "";
    [Description("What one unit is: Child, Family, Episode, Audit...")] public string CountingUnit { get; set; } = "";
    [Description("Breakdowns beyond organisation unit: AgeBand, Sex, EthnicityGroup, AuditSectionGrade.")] public string Breakdowns { get; set; } = "";
    [Description("Where the definition comes from.")] public string Source { get; set; } = "";
    [Description("Extract tables the measure needs.")] public string RequiredTables { get; set; } = "";
    [Description("False when a table it needs was never loaded: the measure is not available from this source in any period, never zero. A value can also be not available for some periods only (MeasureValues.IsAvailable).")] public bool IsAvailable { get; set; }
    [Description("Days after a period ends in which later records can still change its value; values inside that window are provisional.")] public int SettlesAfterDays { get; set; }
    [Description("Why the measure is not available.")] public string? AvailabilityNote { get; set; }
    [Description("Order on the scorecard.")] public int SortOrder { get; set; }

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("The published scorecard: one measure for one period, organisation unit and breakdown, with target, RAG, direction of travel and provisional state, as decided at refresh for your role (board members see the partnership table: small numbers and whatever would reveal them withheld). Pre-aggregated: sum Numerator and Denominator to re-aggregate a percentage honestly.")]
public sealed class MeasureValueRow : IOpenRow
{
    [Description("Key of this value (the same cell has the same key for every role).")] public long MeasureValueKey { get; set; }
    [Description("Catalogue code of the measure (see Measures).")] public string MeasureCode { get; set; } = "";
    [Description("Name of the measure.")] public string MeasureName { get; set; } = "";
    [Description("Count or Percentage.")] public string Unit { get; set; } = "";
    [Description("HigherIsBetter, LowerIsBetter or Context.")] public string Polarity { get; set; } = "";
    [Description("Key of the period (see Periods).")] public int PeriodKey { get; set; }
    [Description("Month, FinancialQuarter, FinancialYear or CalendarYear.")] public string PeriodGrain { get; set; } = "";
    [Description("\"2024-11\", \"2024-25 Q3\", \"2024-25\" or \"2024\".")] public string PeriodLabel { get; set; } = "";
    [Description("First day of the period.")] public DateOnly PeriodStart { get; set; }
    [Description("Last day of the period.")] public DateOnly PeriodEnd { get; set; }
    [Description("Financial year the period belongs to, \"2024-25\".")] public string FinancialYear { get; set; } = "";
    [Description("Sorts periods of a grain in time order.")] public int PeriodSortOrder { get; set; }
    [Description("False while the data does not yet reach the end of the period.")] public bool PeriodIsComplete { get; set; }
    [Description("Key of the organisation unit (see OrgUnits).")] public int OrgUnitKey { get; set; }
    [Description("The unit's id in the case system (team id), or AUTHORITY.")] public string OrgUnitId { get; set; } = "";
    [Description("Team, locality or authority name.")] public string OrgUnitName { get; set; } = "";
    [Description("Authority, Locality, Team or Sub-team.")] public string OrgUnitLevel { get; set; } = "";
    [Description("The locality the unit is in (the locality itself for a locality; empty for the authority).")] public string? Locality { get; set; }
    [Description("All, AgeBand, Sex, EthnicityGroup, or AuditGrade:<section> for QA02.")] public string BreakdownKind { get; set; } = "";
    [Description("All, or the band, sex, group or grade.")] public string BreakdownValue { get; set; } = "";
    [Description("Value (a number), NoValue (nothing to divide by), Suppressed (withheld for your role) or NotAvailable (the data loaded cannot give it).")] public string State { get; set; } = "";
    [Description("The count, or the numerator of a percentage. A count of nothing is 0. Empty when withheld or not available.")] public int? Numerator { get; set; }
    [Description("The denominator of a percentage; empty for counts, when withheld and when not available.")] public int? Denominator { get; set; }
    [Description("The count, or the percentage (0-100). Empty when withheld, not available, or when there is nothing to divide by.")] public double? Value { get; set; }
    [Description("The value as every output shows it: \"1,234\", \"12.5%\", \"-\" (nothing to divide by), \"c\" (withheld) or \"not available\".")] public string DisplayValue { get; set; } = "";
    [Description("True when the value is a small number (a count of 1 to 5, or a percentage built on one). For board members, the same as IsSuppressed.")] public bool IsSmallNumber { get; set; }
    [Description("True when the value is withheld for your role (board members): a small number, or a value that would let one be worked out. Shown as \"c\".")] public bool IsSuppressed { get; set; }
    [Description("True while later records can still change the value: the data does not yet reach SettlesOn. A provisional value has no RAG and no direction of travel.")] public bool IsProvisional { get; set; }
    [Description("The day the value becomes final: the period end plus the measure's settling window (e.g. 42 days for a first TAF); empty for measures final when the period ends.")] public DateOnly? SettlesOn { get; set; }
    [Description("False when the data loaded cannot express what the measure needs for this period (a table never loaded, or records from a source that does not record a field): not available from this source, never 0. State is then NotAvailable; value, target, RAG and direction are empty.")] public bool IsAvailable { get; set; } = true;
    [Description("Why the value is not available from this source (the same as Note).")] public string? NotAvailableReason { get; set; }
    [Description("Target for the financial year, profiled to the period for year-to-date counts; empty when withheld.")] public double? Target { get; set; }
    [Description("Green, Amber or Red against the target; empty without a target, for context measures, and for withheld or provisional values.")] public string? Rag { get; set; }
    [Description("Improving, Worsening or NoChange (Up or Down for context measures) against the previous period; empty when either value is withheld, for provisional values and for year-to-date counts.")] public string? DirectionVsPrevious { get; set; }
    [Description("Improving, Worsening or NoChange (Up or Down for context measures) against the same period last year; empty when either value is withheld and for provisional values.")] public string? DirectionVsLastYear { get; set; }
    [Description("Value of the previous period (empty when either value is withheld).")] public double? PreviousValue { get; set; }
    [Description("Value of the same period last year (empty when either value is withheld).")] public double? LastYearValue { get; set; }
    [Description("Why the value is not available, when it is not.")] public string? Note { get; set; }
    [Description("When the value was computed (UTC).")] public DateTime RefreshedAtUtc { get; set; }
    [Description("The newest load batch the value was computed from (see LoadBatches).")] public int LoadBatchId { get; set; }

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("A reporting period: month, financial quarter (April-June is Q1), financial year (April-March) or calendar year.")]
public sealed class PeriodRow : IOpenRow
{
    [Description("Key: grain digit then the start date as yyyymmdd.")] public int PeriodKey { get; set; }
    [Description("Month, FinancialQuarter, FinancialYear or CalendarYear.")] public string Grain { get; set; } = "";
    [Description("\"2024-11\", \"2024-25 Q3\", \"2024-25\" or \"2024\".")] public string Label { get; set; } = "";
    [Description("First day of the period.")] public DateOnly StartDate { get; set; }
    [Description("Last day of the period.")] public DateOnly EndDate { get; set; }
    [Description("Calendar year in which the financial year starts (2024 for 2024-25).")] public int FinancialYearStart { get; set; }
    [Description("\"2024-25\".")] public string FinancialYear { get; set; } = "";
    [Description("Where year-to-date counts start: 1 April (1 January for calendar years).")] public DateOnly YearToDateStart { get; set; }
    [Description("Sorts periods in time order.")] public int SortOrder { get; set; }
    [Description("Key of the previous period of the same grain.")] public int? PreviousPeriodKey { get; set; }
    [Description("Key of the same period a year earlier.")] public int? SamePeriodLastYearKey { get; set; }
    [Description("False while the data does not yet reach the end of the period.")] public bool IsComplete { get; set; }

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}

[Description("A team, locality or the authority itself.")]
public sealed class OrgUnitRow : IOpenRow
{
    [Description("Key of the unit.")] public int OrgUnitKey { get; set; }
    [Description("The unit's id in the case system, or AUTHORITY.")] public string OrgUnitId { get; set; } = "";
    [Description("Name as staff know it.")] public string Name { get; set; } = "";
    [Description("Authority, Locality, Team or Sub-team.")] public string Level { get; set; } = "";
    [Description("0 for the authority, 1 for a locality, 2 for a team.")] public int Depth { get; set; }
    [Description("Key of the parent unit.")] public int? ParentOrgUnitKey { get; set; }
    [Description("Name of the parent unit.")] public string? ParentName { get; set; }
    [Description("The locality the unit is in (itself for a locality).")] public string? Locality { get; set; }
    [Description("The order units are listed in: the authority, then each locality followed by its teams.")] public int SortOrder { get; set; }

    /// <summary>None: see <see cref="IOpenRow"/>.</summary>
    public IDictionary<string, object>? Aggregates => null;
}
