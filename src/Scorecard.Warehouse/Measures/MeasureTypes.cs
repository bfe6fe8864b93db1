namespace Scorecard.Warehouse.Measures;

// The domain's small vocabularies as types. The warehouse stores them as their names (value converters in
// WarehouseModel), so SQL users, Power BI and the feed read "Percentage" and "Green", never 1 or 0.

/// <summary>What a measure's value is.</summary>
public enum MeasureUnit
{
    Count,
    /// <summary>Numerator over denominator, 0-100.</summary>
    Percentage,
}

/// <summary>Which way is better.</summary>
public enum Polarity
{
    HigherIsBetter,
    LowerIsBetter,
    /// <summary>Context: no RAG; direction says up or down without judging it.</summary>
    Context,
}

/// <summary>Red, amber or green against a target.</summary>
public enum Rag
{
    Green,
    Amber,
    Red,
}

/// <summary>Direction of travel against a comparator period.</summary>
public enum Direction
{
    Improving,
    Worsening,
    NoChange,
    /// <summary>Context measures have no better or worse: they only go up or down.</summary>
    Up,
    Down,
}
