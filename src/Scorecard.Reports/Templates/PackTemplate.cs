using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Reports.Templates;

/// <summary>
/// A board pack as a template in report-templates/ defines it: who it is for, which period grain and
/// organisation units it reports, whether small numbers are suppressed, and its sections. Built only by
/// <see cref="PackTemplateReader"/>, which refuses a template naming a measure or chart we do not know,
/// so a pack never fails half-written.
/// </summary>
public sealed class PackTemplate
{
    /// <summary>The file name without .json: "childrens-trust-quarterly". Pack files are named after it.</summary>
    public required string Name { get; init; }
    public required string Title { get; init; }
    /// <summary>Who receives the pack, in words for the cover ("Children's Trust board and partners").</summary>
    public required string Audience { get; init; }
    public required PeriodGrain Grain { get; init; }
    /// <summary>How many periods the trend tables and charts show, the reported one last (8 quarters, 13 months).</summary>
    public required int TrendPeriods { get; init; }
    /// <summary>Partnership-facing packs suppress counts 1-5 (shown "c"); internal ones may not.</summary>
    public required bool SuppressSmallNumbers { get; init; }

    /// <summary>Whose published table the pack reads: a suppressed pack is the partnership's, so it hides what the board's feed hides.</summary>
    public Audience PublishedAudience => SuppressSmallNumbers ? Warehouse.Publishing.Audience.Partnership : Warehouse.Publishing.Audience.Internal;
    /// <summary>The levels the scorecard sheet has rows for (usually the authority alone).</summary>
    public required IReadOnlyList<OrgUnitLevel> ScorecardLevels { get; init; }
    /// <summary>The levels the section sheets and bar charts compare (localities, or teams).</summary>
    public required IReadOnlyList<OrgUnitLevel> ComparisonLevels { get; init; }
    public required IReadOnlyList<PackSection> Sections { get; init; }

    /// <summary>The feed's roles that may download the pack the jobs write ("roles" in the template).</summary>
    public IReadOnlyList<string> Roles { get; init; } = KnownRoles;

    /// <summary>The feed's roles, as templates name them (a feed test checks they are the same).</summary>
    public static readonly IReadOnlyList<string> KnownRoles = ["Board", "QualityAssurance", "Analyst", "Admin"];
    public string? SourcePath { get; init; }

    /// <summary>The measures the equality page breaks down by age band, sex and ethnicity group ("equality" in the template).</summary>
    public IReadOnlyList<MeasureDefinition> EqualityMeasures { get; init; } = [];

    /// <summary>Measure code to the financial year it is measured from (baselines.json beside the template).</summary>
    public IReadOnlyDictionary<string, string> Baselines { get; init; } = new Dictionary<string, string>();

    /// <summary>Every measure the pack shows, in the order the sections list them, each once.</summary>
    public IReadOnlyList<MeasureDefinition> Measures =>
        Sections.SelectMany(s => s.Measures).DistinctBy(m => m.Code).ToList();

    /// <summary>Every measure the pack reads: those shown and those only charted.</summary>
    public IReadOnlyList<MeasureDefinition> MeasuresRead =>
        Measures.Concat(Sections.SelectMany(s => s.Charts).SelectMany(c => c.MeasuresRead)).Concat(EqualityMeasures).DistinctBy(m => m.Code).ToList();

    public IReadOnlyList<PackChart> Charts => Sections.SelectMany(s => s.Charts).ToList();

    /// <summary>"quarter", "month": how the pack speaks of its period ("vs previous quarter").</summary>
    public string GrainWord => Grain switch
    {
        PeriodGrain.Month => "month",
        PeriodGrain.FinancialQuarter => "quarter",
        PeriodGrain.FinancialYear => "year",
        _ => "period",
    };
}

/// <summary>One section: a sheet of the workbook and some charts of the chart pack.</summary>
public sealed record PackSection(string Title, string? Description, IReadOnlyList<MeasureDefinition> Measures, IReadOnlyList<PackChart> Charts)
{
    /// <summary>QA02 is a distribution, not one number: a section that lists it gets the audit grade tables.</summary>
    public bool HasAuditGrades => Measures.Any(m => m.Code == ChartKinds.AuditGradeMeasure);
}

/// <summary>A chart of the chart pack. <see cref="Measure"/> is set for the kinds that chart one measure.</summary>
public sealed record PackChart(string Kind, MeasureDefinition? Measure, string AuditSection, string? Title)
{
    /// <summary>The measures whose snapshot values the chart draws.</summary>
    public IEnumerable<MeasureDefinition> MeasuresRead => Kind switch
    {
        ChartKinds.Trend or ChartKinds.OrgUnitBars => [Measure!],
        ChartKinds.AuditGrades => [MeasureCatalogue.Find(ChartKinds.AuditGradeMeasure)!],
        ChartKinds.StepUpsAndDowns => [MeasureCatalogue.Find(ChartKinds.StepUpMeasure)!, MeasureCatalogue.Find(ChartKinds.StepDownMeasure)!],
        // The spidergraph is a published query of its own; EH06 is its definition.
        _ => [],
    };
}

/// <summary>The charts a pack can draw, by the names templates use.</summary>
public static class ChartKinds
{
    /// <summary>One measure over the trend periods for the authority, with its target.</summary>
    public const string Trend = "trend";
    /// <summary>One measure in the reported period for each comparison unit, coloured by RAG, with the target.</summary>
    public const string OrgUnitBars = "org-unit-bars";
    /// <summary>Average spidergraph domain scores at baseline and at closure, for episodes closed in the period.</summary>
    public const string Spidergraph = "spidergraph";
    /// <summary>Audit grade distribution (QA02) as stacked bars per period, for one audit section.</summary>
    public const string AuditGrades = "audit-grades";
    /// <summary>Step-ups to social care (EH07) and step-downs from it (EH08 numerator) per period.</summary>
    public const string StepUpsAndDowns = "step-ups-and-downs";

    public static readonly IReadOnlyList<string> All = [Trend, OrgUnitBars, Spidergraph, AuditGrades, StepUpsAndDowns];

    public static bool NeedsMeasure(string kind) => kind is Trend or OrgUnitBars;

    public const string AuditGradeMeasure = "QA02";
    public const string GoodOrBetterMeasure = "QA01";
    public const string StepUpMeasure = "EH07";
    public const string StepDownMeasure = "EH08";
    public const string SpidergraphMeasure = "EH06";
    public const string OverallAuditSection = CodeLists.AuditSectionOverall;
}
