namespace Scorecard.Measures.Calculation;

/// <summary>The windows in the catalogue's definitions. Defaults follow docs/domain.md; councils may set their own.</summary>
public sealed class MeasureOptions
{
    /// <summary>Step-up: a CSC referral up to this many days after an early help episode ends. Also step-down's window either side.</summary>
    public int StepWindowDays { get; init; } = 30;
    /// <summary>Re-referral: a previous referral 1 to this many days before.</summary>
    public int ReReferralDays { get; init; } = 365;
    /// <summary>Timely allocation: start within this many working days of the referral.</summary>
    public int AllocationWorkingDays { get; init; } = 10;
    /// <summary>First TAF meeting within this many days of the start.</summary>
    public int FirstTafDays { get; init; } = 42;
    /// <summary>Plan reviews at most this many days apart (12 weeks).</summary>
    public int ReviewDays { get; init; } = 84;
    /// <summary>Long-open cases: more than this many days (about 6 months / 12 months).</summary>
    public int OpenSixMonthsDays { get; init; } = 182;
    public int OpenTwelveMonthsDays { get; init; } = 365;
    /// <summary>Single assessments: authorised within this many working days of the referral, both days counted (DfE).</summary>
    public int AssessmentWorkingDays { get; init; } = 45;
    /// <summary>Sustained outcome: no CSC referral within this many days of closure.</summary>
    public int SustainedDays { get; init; } = 365;
}
