namespace Scorecard.Warehouse.Calendar;

/// <summary>The lengths of period the scorecard reports over.</summary>
public enum PeriodGrain
{
    Month,

    /// <summary>April-June is Q1, because councils and the DfE report on the April-March year.</summary>
    FinancialQuarter,

    /// <summary>1 April to 31 March, labelled by both years ("2024-25").</summary>
    FinancialYear,

    CalendarYear,
}
