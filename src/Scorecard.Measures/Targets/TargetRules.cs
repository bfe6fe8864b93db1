using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Targets;

/// <summary>RAG and direction of travel, as docs/measures.md sets them out.</summary>
public static class TargetRules
{
    /// <summary>Default amber band: 5 percentage points for percentages.</summary>
    public const double DefaultPercentageTolerance = 5;
    /// <summary>Default amber band: 10% of the target for counts.</summary>
    public const double DefaultCountToleranceShare = 0.10;

    /// <summary>Green on or better than target; amber worse but within tolerance; red otherwise; none without a target or for context.</summary>
    public static Rag? RagFor(MeasureDefinition measure, double? value, double? target, double? tolerance)
    {
        if (measure.Polarity == Polarity.Context || value is null || target is null) return null;
        var shortfall = measure.Polarity == Polarity.HigherIsBetter ? target.Value - value.Value : value.Value - target.Value;
        if (shortfall <= 1e-9) return Rag.Green;
        var band = measure.Unit == MeasureUnit.Percentage
            ? tolerance ?? DefaultPercentageTolerance
            : Math.Abs(target.Value) * (tolerance ?? DefaultCountToleranceShare);
        return shortfall <= band + 1e-9 ? Rag.Amber : Rag.Red;
    }

    /// <summary>Improving / worsening / no change by the measure's polarity; up / down for context measures.</summary>
    public static Direction? DirectionFor(MeasureDefinition measure, double? value, double? comparator)
    {
        if (value is null || comparator is null) return null;
        // Percentages are shown to one decimal place: a change the reader cannot see is no change.
        var delta = measure.Unit == MeasureUnit.Percentage
            ? Math.Round(value.Value, 1, MidpointRounding.AwayFromZero) - Math.Round(comparator.Value, 1, MidpointRounding.AwayFromZero)
            : value.Value - comparator.Value;
        if (Math.Abs(delta) < 1e-9) return Direction.NoChange;
        return measure.Polarity switch
        {
            Polarity.HigherIsBetter => delta > 0 ? Direction.Improving : Direction.Worsening,
            Polarity.LowerIsBetter => delta < 0 ? Direction.Improving : Direction.Worsening,
            _ => delta > 0 ? Direction.Up : Direction.Down,
        };
    }

    /// <summary>Counts that accumulate through the year are judged against the target profiled to the period end.</summary>
    public static double ProfiledTarget(MeasureDefinition measure, double annualTarget, int financialMonthOfPeriodEnd) =>
        measure.CumulativeInYear ? annualTarget * financialMonthOfPeriodEnd / 12.0 : annualTarget;
}
