using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;

namespace Scorecard.Measures.Tests;

/// <summary>
/// A percentage that takes its denominators from the count it names is redone with that count, both from the earlier
/// of their dates (<see cref="MeasureRefresher.RedoneWithTheirCounts"/>), so it is counted numerator only in every
/// refresh; a percentage not redone leaves its count as it is.
/// </summary>
public class CountsRedoneWithTheirPercentagesTests
{
    private static readonly DateOnly August16 = new(2026, 8, 16), September16 = new(2026, 9, 16), July1 = new(2026, 7, 1);

    private static Dictionary<string, DateOnly> NothingRedone() => MeasureCatalogue.All.ToDictionary(m => m.Code, _ => DateOnly.MaxValue);

    [Fact]
    public void AClosure_RedoesEH02WithEH11_AndEH03FromEH17sDate_ButNotEH16()
    {
        // As a closure dated 16 September leaves them: EH11 (re-referrals after a closure) and EH17 (closures that
        // stepped up, reaching back 30 days) redone from 16 August, EH03 (closures) from 16 September, EH02 (starts)
        // and EH16 (a percentage of EH02's starts that reads nothing a closure changes) not at all.
        var fromOf = NothingRedone();
        fromOf["EH11"] = August16;
        fromOf["EH17"] = August16;
        fromOf["EH03"] = September16;

        MeasureRefresher.RedoneWithTheirCounts(fromOf);

        // EH11's denominators are EH02's starts: EH02 comes in from EH11's date. EH17's are EH03's closures: EH03 moves
        // back to EH17's date. EH16 was not redone, so nothing moves it.
        fromOf["EH02"].ShouldBe(August16);
        fromOf["EH11"].ShouldBe(August16);
        fromOf["EH03"].ShouldBe(August16);
        fromOf["EH17"].ShouldBe(August16);
        fromOf["EH16"].ShouldBe(DateOnly.MaxValue);
        // Nothing else is touched: of the 34 measures, only the four above are redone.
        fromOf.Count(x => x.Value != DateOnly.MaxValue).ShouldBe(4);
    }

    [Fact]
    public void PercentagesSharingACount_AreAllRedoneFromTheEarliestOfTheirDates()
    {
        // EH05, EH13A and EH13B all take EH01's counts of children open at period end. EH13A redone from 1 July pulls
        // EH01 back to July, and EH01 then pulls EH05 (from September) and EH13B (from 16 August) back with it: each
        // pair agrees, so every percentage is counted numerator only against one EH01.
        var fromOf = NothingRedone();
        fromOf["EH01"] = September16;
        fromOf["EH05"] = September16;
        fromOf["EH13A"] = July1;
        fromOf["EH13B"] = August16;

        MeasureRefresher.RedoneWithTheirCounts(fromOf);

        foreach (var code in new[] { "EH01", "EH05", "EH13A", "EH13B" }) fromOf[code].ShouldBe(July1, code);
    }

    [Fact]
    public void APercentageWithBreakdownsItsCountHasNot_LeavesTheCount()
    {
        // QA01's count, QA02, has none of QA01's breakdowns, so QA01 always counts its own denominators
        // (MeasureComputation.NumeratorOnly): redoing QA02 with it would buy nothing.
        MeasureCatalogue.Find("QA01")!.DenominatorIs.ShouldBe("QA02");
        var fromOf = NothingRedone();
        fromOf["QA01"] = July1;

        MeasureRefresher.RedoneWithTheirCounts(fromOf);

        fromOf["QA02"].ShouldBe(DateOnly.MaxValue);
    }
}
