using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Reports.Snapshot;

/// <summary>
/// Everything one pack shows, read from the published table of the pack's audience in a handful of set-based
/// queries (<see cref="PackSnapshotReader"/>). The Excel and chart writers only read this: every number, "c",
/// RAG, direction and provisional mark was decided when the snapshot was published, so the pack, the feed and
/// the CLI cannot disagree.
/// </summary>
public sealed class PackSnapshot
{
    public required PackTemplate Template { get; init; }
    public required Period Period { get; init; }
    /// <summary>The trend window, oldest first; the reported period is last.</summary>
    public required IReadOnlyList<Period> TrendPeriods { get; init; }
    public Period? PreviousPeriod { get; init; }
    public Period? LastYearPeriod { get; init; }
    /// <summary>Each measure's baseline period (the same quarter or month of its baseline year), where the data has it.</summary>
    public IReadOnlyDictionary<string, Period> BaselinePeriods { get; init; } = new Dictionary<string, Period>();
    public required PackUnit Authority { get; init; }
    public required IReadOnlyList<PackUnit> ScorecardUnits { get; init; }
    /// <summary>Localities or teams, as the template asks; the authority is not among them.</summary>
    public required IReadOnlyList<PackUnit> ComparisonUnits { get; init; }
    /// <summary>Measure rows of the warehouse (availability), by code.</summary>
    public required IReadOnlyDictionary<string, Measure> MeasureRows { get; init; }
    /// <summary>Published cells of the All breakdown, by measure, period and unit.</summary>
    public required IReadOnlyDictionary<(string Measure, int Period, int Unit), PublishedMeasureValue> Cells { get; init; }
    /// <summary>QA02's published grade cells (breakdown kind AuditGrade:&lt;section&gt;).</summary>
    public required IReadOnlyList<PublishedMeasureValue> AuditGrades { get; init; }
    /// <summary>The authority's age band, sex and ethnicity group cells of the equality measures, for the reported period.</summary>
    public IReadOnlyList<PublishedMeasureValue> EqualityCells { get; init; } = [];
    public required DomainAverages DomainAverages { get; init; }
    /// <summary>The longer series statistical process control reads (<see cref="Spc.PackSpc.Window"/>), oldest first, the reported period last.</summary>
    public IReadOnlyList<Period> SpcPeriods { get; init; } = [];
    /// <summary>Each shown measure's authority series under process control, by code; measures SPC does not suit are absent.</summary>
    public IReadOnlyDictionary<string, Spc.SpcResult> Spc { get; init; } = new Dictionary<string, Spc.SpcResult>();
    /// <summary>The DfE figures the pack compares with (none when no reference folder is found).</summary>
    public Benchmarks.DfeBenchmarks? Benchmarks { get; init; }
    /// <summary>The authority's own published financial-year values of the benchmarked measures, by measure and year ("2024-25").</summary>
    public IReadOnlyDictionary<(string Measure, string Year), PublishedMeasureValue> BenchmarkYears { get; init; } = new Dictionary<(string, string), PublishedMeasureValue>();

    /// <summary>The benchmarked measures the pack shows, in the pack's order.</summary>
    public IEnumerable<(MeasureDefinition Measure, Benchmarks.MeasureBenchmark Benchmark)> Benchmarked =>
        Benchmarks is null ? [] : Template.Measures.Select(m => (m, Benchmarks.For(m.Code))).Where(x => x.Item2 is not null).Select(x => (x.m, x.Item2!));
    public required DataQuality DataQuality { get; init; }
    public required DateTime GeneratedAtUtc { get; init; }

    public bool Suppress => Template.SuppressSmallNumbers;

    /// <summary>True when any measure the pack shows has a baseline year: the tables then have a baseline column.</summary>
    public bool HasBaselines => Template.Measures.Any(m => Template.Baselines.ContainsKey(m.Code));

    /// <summary>A measure's baseline as shown: the published cell of its baseline period; nothing without a baseline year.</summary>
    public ShownValue Baseline(MeasureDefinition measure, PackUnit unit) =>
        BaselinePeriods.TryGetValue(measure.Code, out var period) ? Show(measure, period, unit) : ShownValue.NoPeriod;

    /// <summary>"2025-26 Q2", or "2025-26 (before the data)" when the baseline year is set but the data does not reach it.</summary>
    public string? BaselineLabel(MeasureDefinition measure) =>
        BaselinePeriods.TryGetValue(measure.Code, out var period) ? period.Label
        : Template.Baselines.TryGetValue(measure.Code, out var year) ? $"{year} (no data)" : null;

    public bool IsAvailable(MeasureDefinition measure) => MeasureRows.TryGetValue(measure.Code, out var m) && m.IsAvailable;

    public PublishedMeasureValue? Cell(string measure, int periodKey, int unitKey) => Cells.GetValueOrDefault((measure, periodKey, unitKey));

    /// <summary>A value as the pack shows it: the published cell, or nothing when the period is before the data.</summary>
    public ShownValue Show(MeasureDefinition measure, Period? period, PackUnit unit) =>
        period is null ? ShownValue.NoPeriod
        : Cell(measure.Code, period.PeriodKey, unit.OrgUnitKey) is { } cell ? new ShownValue(cell)
        : IsAvailable(measure) ? ShownValue.NoPeriod : ShownValue.NotAvailable;

    /// <summary>
    /// True when anything was counted for the unit in these measures over the trend window (a count above 0, a
    /// percentage with something to divide by, or a withheld cell): units a section does not concern are left out.
    /// </summary>
    public bool Concerns(PackUnit unit, IEnumerable<MeasureDefinition> measures) =>
        measures.Any(m => TrendPeriods.Any(p => Cell(m.Code, p.PeriodKey, unit.OrgUnitKey) is { } c
            && (c.State == PublishedState.Suppressed || (c.State == PublishedState.Value && (c.Unit == MeasureUnit.Percentage || c.Value > 0)))));

    /// <summary>QA02's grade cells for one period, unit and audit section.</summary>
    public IReadOnlyList<PublishedMeasureValue> Grades(int periodKey, int unitKey, string section) =>
        AuditGrades.Where(g => g.PeriodKey == periodKey && g.OrgUnitKey == unitKey && g.BreakdownKind == MeasureAggregator.AuditGradePrefix + section).ToList();

    /// <summary>Provisional cells among those shown, with the day each settles, for a footnote.</summary>
    public IEnumerable<(MeasureDefinition Measure, DateOnly SettlesOn)> Settling(IEnumerable<(MeasureDefinition Measure, ShownValue Value)> shown) =>
        shown.Where(x => x.Value.IsProvisional && x.Value.Row?.SettlesOn is not null)
            .Select(x => (x.Measure, x.Value.Row!.SettlesOn!.Value)).Distinct();
}

public enum ShownKind
{
    Number,
    /// <summary>Withheld from the pack's audience: "c".</summary>
    Suppressed,
    /// <summary>No value: a percentage without a denominator ("-").</summary>
    NoValue,
    /// <summary>Not available from this source: its tables were never loaded, or the records of the period cannot express it.</summary>
    NotAvailable,
    /// <summary>The period is before the warehouse's data begins.</summary>
    NoPeriod,
}

/// <summary>A published cell as a pack shows it; its text, RAG and direction are the cell's own.</summary>
public readonly record struct ShownValue(PublishedMeasureValue? Row, ShownKind? Missing = null)
{
    public static readonly ShownValue NotAvailable = new(null, ShownKind.NotAvailable);
    public static readonly ShownValue NoPeriod = new(null, ShownKind.NoPeriod);

    public ShownKind Kind => Row is null ? Missing ?? ShownKind.NoPeriod : Row.State switch
    {
        PublishedState.Value => ShownKind.Number,
        PublishedState.Suppressed => ShownKind.Suppressed,
        PublishedState.NoValue => ShownKind.NoValue,
        _ => ShownKind.NotAvailable,
    };

    public bool IsNumber => Kind == ShownKind.Number;
    public double? Number => IsNumber ? Row!.Value : null;
    public bool IsProvisional => Row?.IsProvisional == true && Kind is ShownKind.Number or ShownKind.Suppressed;

    /// <summary>The text a cell or chart label shows: the published display text.</summary>
    public string Text => Row?.DisplayValue ?? (Kind == ShownKind.NotAvailable ? DisplayText.NotAvailable : "");
}

/// <summary>An organisation unit as a pack lists it (the published unit: name and locality by the one rule).</summary>
public sealed record PackUnit(int OrgUnitKey, string OrgUnitId, string Name, OrgUnitLevel Level, string? LocalityName);
