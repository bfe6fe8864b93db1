using System.Globalization;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Reports.Snapshot;

/// <summary>
/// Everything one pack shows, read from the warehouse in a handful of set-based queries
/// (<see cref="PackSnapshotReader"/>). The Excel and chart writers only read this, so both show the same
/// numbers, suppressed the same way.
/// </summary>
public sealed class PackSnapshot
{
    public required PackTemplate Template { get; init; }
    public required Period Period { get; init; }
    /// <summary>The trend window, oldest first; the reported period is last.</summary>
    public required IReadOnlyList<Period> TrendPeriods { get; init; }
    public Period? PreviousPeriod { get; init; }
    public Period? LastYearPeriod { get; init; }
    public required PackUnit Authority { get; init; }
    public required IReadOnlyList<PackUnit> ScorecardUnits { get; init; }
    /// <summary>Localities or teams, as the template asks; the authority is not among them.</summary>
    public required IReadOnlyList<PackUnit> ComparisonUnits { get; init; }
    /// <summary>Measure rows of the warehouse (availability), by code.</summary>
    public required IReadOnlyDictionary<string, Measure> MeasureRows { get; init; }
    public required IReadOnlyDictionary<(string Measure, int Period, int Unit), MeasureValue> Values { get; init; }
    public required IReadOnlyList<AuditGradeCount> AuditGrades { get; init; }
    public required IReadOnlyList<DomainAverage> DomainAverages { get; init; }
    public required DataQuality DataQuality { get; init; }
    public required DateTime GeneratedAtUtc { get; init; }

    public bool Suppress => Template.SuppressSmallNumbers;

    public bool IsAvailable(MeasureDefinition measure) => MeasureRows.TryGetValue(measure.Code, out var m) && m.IsAvailable;

    public MeasureValue? Row(string measure, int periodKey, int unitKey) => Values.GetValueOrDefault((measure, periodKey, unitKey));

    /// <summary>A value as the pack shows it: a number, "c", "-" (no value), or not available.</summary>
    public ShownValue Show(MeasureDefinition measure, Period? period, PackUnit unit)
    {
        if (!IsAvailable(measure)) return ShownValue.NotAvailable;
        if (period is null) return ShownValue.NoPeriod;
        var row = Row(measure.Code, period.PeriodKey, unit.OrgUnitKey);
        // No row means the measure counted nothing there: 0 for a count, no percentage without a denominator.
        if (row is null) return measure.Unit == MeasureUnit.Count ? ShownValue.Of(0, null) : ShownValue.NoValue;
        // The source cannot say for this period (a SystemC contact has no early help flag): never 0.
        if (!row.IsAvailable) return new ShownValue(ShownKind.NotAvailable, null, row);
        if (Suppress && row.IsSmallNumber) return new ShownValue(ShownKind.Suppressed, null, row);
        return row.Value is { } v ? ShownValue.Of(v, row) : new ShownValue(ShownKind.NoValue, null, row);
    }

    /// <summary>True when a unit has any snapshot row for these measures in the trend window: units a section does not concern are left out.</summary>
    public bool HasAnyRow(PackUnit unit, IEnumerable<MeasureDefinition> measures) =>
        measures.Any(m => TrendPeriods.Any(p => Values.ContainsKey((m.Code, p.PeriodKey, unit.OrgUnitKey))));

    /// <summary>A count shown on its own (a numerator such as step-downs): suppressed when it is 1 to 5.</summary>
    public ShownValue ShowCount(int count) => Suppress && Suppression.IsSmall(count) ? ShownValue.Suppressed : ShownValue.Of(count, null);
}

public enum ShownKind
{
    Number,
    /// <summary>A small number in a suppressed pack: "c".</summary>
    Suppressed,
    /// <summary>No value: a percentage without a denominator ("-").</summary>
    NoValue,
    /// <summary>Not available from this source: its tables were never loaded, or the records of the period cannot express it.</summary>
    NotAvailable,
    /// <summary>The period is before the warehouse's data begins.</summary>
    NoPeriod,
}

public readonly record struct ShownValue(ShownKind Kind, double? Number, MeasureValue? Row)
{
    public static readonly ShownValue Suppressed = new(ShownKind.Suppressed, null, null);
    public static readonly ShownValue NoValue = new(ShownKind.NoValue, null, null);
    public static readonly ShownValue NotAvailable = new(ShownKind.NotAvailable, null, null);
    public static readonly ShownValue NoPeriod = new(ShownKind.NoPeriod, null, null);

    public static ShownValue Of(double number, MeasureValue? row) => new(ShownKind.Number, number, row);

    public bool IsNumber => Kind == ShownKind.Number;

    /// <summary>The text a cell or chart label shows for anything that is not a number.</summary>
    public string Text(MeasureUnit unit) => Kind switch
    {
        ShownKind.Number => unit == MeasureUnit.Percentage
            ? Number!.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%"
            : Number!.Value.ToString("#,##0", CultureInfo.InvariantCulture),
        ShownKind.Suppressed => Suppression.Symbol,
        ShownKind.NoValue => "-",
        ShownKind.NotAvailable => "not available",
        _ => "",
    };
}

/// <summary>An organisation unit as a pack lists it.</summary>
public sealed record PackUnit(int OrgUnitKey, string OrgUnitId, string Name, OrgUnitLevel Level, string? LocalityName);

/// <summary>QA02 for one period, unit, audit section and grade: how many graded judgements had that grade.</summary>
public sealed record AuditGradeCount(int PeriodKey, int OrgUnitKey, string Section, int Grade, int Count, int SectionTotal, bool IsSmallNumber);

/// <summary>Average spidergraph score of one domain at one stage, over the episodes closed in the period.</summary>
public sealed record DomainAverage(string Domain, string Stage, double Average, int Episodes);

public sealed record DataQuality(
    MeasureRefresh? Refresh,
    IReadOnlyList<LoadBatch> Batches,
    IReadOnlyList<SourceFreshness> Sources,
    IReadOnlyList<RejectSummary> Rejects,
    int RejectReasonsLeftOut)
{
    /// <summary>Values loaded as unknown (unknown codes, placeholders, placeholder dates...), commonest first.</summary>
    public IReadOnlyList<WarningSummary> Warnings { get; init; } = [];
    public int WarningsLeftOut { get; init; }
}

/// <summary>Values of one file, column and kind loaded as unknown: what a data-quality sheet lists.</summary>
public sealed record WarningSummary(int LoadBatchId, string FileName, string? ColumnName, string Kind, string? Value, int Rows, int? FirstLine);

/// <summary>One source table as last loaded: counts, rejects, and the newest business date it holds.</summary>
public sealed record SourceFreshness(string TableName, string? FileName, int LoadBatchId, DateTime? LoadedAtUtc,
    int RowsRead, int RowsLoaded, int RowsRejected, DateOnly? LatestRecordDate);

/// <summary>Rejected rows of one file and column, with one of their reasons as an example.</summary>
public sealed record RejectSummary(int LoadBatchId, string FileName, string? ColumnName, string Reason, int Rows, int FirstLine);
