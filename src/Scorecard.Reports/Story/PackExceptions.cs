using Scorecard.Measures.Catalogue;
using Scorecard.Reports.Snapshot;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Reports.Story;

/// <summary>
/// A signal from outside the published RAG and direction that makes a measure an exception for a unit, such as a
/// special-cause variation found by statistical process control: "SPC: a run of seven below the centre line".
/// </summary>
public sealed record ExceptionSignal(string Measure, int OrgUnitKey, string Reason);

/// <summary>Something the board should look at: a measure for a unit, why, and what its owner says (if anything).</summary>
public sealed record PackException(MeasureDefinition Measure, PackUnit Unit, IReadOnlyList<string> Reasons, ShownValue Value, MeasureCommentary? Commentary)
{
    /// <summary>What an exception without commentary says: the pack never writes commentary of its own.</summary>
    public const string NoCommentary = "No commentary provided";
}

/// <summary>
/// The exceptions page's rows, found from the published cells alone: red against target, worsening two periods
/// running (the published direction of this period and of the one before), or a signal given by another check.
/// A withheld or provisional value has no RAG or direction, so it is never an exception and gives nothing away.
/// </summary>
public static class PackExceptions
{
    public const string Red = "Red against target";
    public const string WorseningTwice = "Worsening two periods running";

    public static IReadOnlyList<PackException> Find(PackSnapshot s, PackCommentary? commentary, IEnumerable<ExceptionSignal>? signals = null)
    {
        var extra = (signals ?? []).ToLookup(x => (x.Measure, x.OrgUnitKey), x => x.Reason);
        var found = new List<PackException>();
        foreach (var unit in s.ScorecardUnits)
        {
            foreach (var m in s.Template.Measures)
            {
                var current = s.Show(m, s.Period, unit);
                var reasons = new List<string>();
                if (current.Row?.Rag == Rag.Red) reasons.Add(Red);
                // A year-to-date count only grows through the year: its month-on-month direction is not judged.
                if (!m.CumulativeInYear && current.Row?.DirectionVsPrevious == Direction.Worsening
                    && s.PreviousPeriod is { } previous && s.Cell(m.Code, previous.PeriodKey, unit.OrgUnitKey)?.DirectionVsPrevious == Direction.Worsening)
                    reasons.Add(WorseningTwice);
                reasons.AddRange(extra[(m.Code, unit.OrgUnitKey)]);
                if (reasons.Count > 0) found.Add(new PackException(m, unit, reasons, current, commentary?.For(m.Code)));
            }
        }
        return found;
    }
}

/// <summary>The story of a pack: its commentary and the exceptions found, each with its commentary or none.</summary>
public sealed record PackStory(PackCommentary Commentary, IReadOnlyList<PackException> Exceptions)
{
    public static readonly PackStory None = new(new PackCommentary("", false, [], new Dictionary<string, MeasureCommentary>()), []);
}
