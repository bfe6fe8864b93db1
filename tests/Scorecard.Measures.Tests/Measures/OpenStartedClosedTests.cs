using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Snapshot;

namespace Scorecard.Measures.Tests.Measures;

/// <summary>
/// EH01 open at period end, EH02 started in period, EH03 closed in period, around the boundaries of
/// February 2024 (a leap month: it ends on the 29th).
/// </summary>
public class OpenStartedClosedTests(OpenStartedClosedTests.Fixture f) : IClassFixture<OpenStartedClosedTests.Fixture>
{
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-06-14", "P2,M,WBRI,2015-06-14", "P3,F,WBRI,2015-06-14", "P4,M,WBRI,2015-06-14",
                "P5,F,WBRI,2015-06-14", "P6,M,WBRI,2015-06-14", "P7,F,WBRI,2015-06-14"),
            Lines.Episodes(
                "E1,P1,2024-02-29,,",           // starts on the last day of Feb 2024, still open
                "E2,P2,2024-01-10,2024-02-29,OM", // ends on the last day of Feb 2024
                "E3,P3,2024-02-01,2024-03-01,OM", // starts on the first day of Feb, ends the day after it
                "E4,P4,2024-01-31,2024-02-01,OM", // starts on the last day of Jan, ends on the first day of Feb
                "E5,P5,2023-12-01,,",           // open throughout
                "E6,P6,2024-03-01,,",           // starts the day after Feb ends
                "E7,P7,2024-01-15,,",           // P7 has two open episodes at once
                "E8,P7,2024-02-10,,"),
        ];
    }

    [Fact]
    public async Task EH01_CountsStartOnPeriodEndAsOpen_AndEndOnPeriodEndAsNotOpen()
    {
        // Open at 2024-02-29 = start <= 29 Feb and (no end or end > 29 Feb):
        // E1 starts 29 Feb (start = period end: open) -> P1; E2 ends 29 Feb (end not after the end: not open);
        // E3 ends 1 Mar (after the end: open) -> P3; E4 ended 1 Feb; E5 open -> P5; E6 starts 1 Mar (not yet);
        // E7 and E8 both open -> P7 once. Children: P1, P3, P5, P7 => 4.
        (await f.CountsAsync("EH01", "2024-02")).ShouldBe((4, null));
    }

    [Fact]
    public async Task EH01_AtEndOfJanuary_CountsEpisodeEndingTheNextDay()
    {
        // Open at 2024-01-31: E2 (10 Jan, ends 29 Feb) -> P2; E4 (starts 31 Jan = period end, ends 1 Feb > 31 Jan) -> P4;
        // E5 -> P5; E7 (15 Jan) -> P7; E1, E3, E6, E8 start later. => 4.
        (await f.CountsAsync("EH01", "2024-01")).ShouldBe((4, null));
    }

    [Fact]
    public async Task TheRefreshWritesTheEpisodesOpenAtEachEndDate_AsTheEpisodesHaveThem()
    {
        // Open at 2024-02-29, as in the first test: E1 (starts 29 Feb), E3 (1 Feb, ends 1 Mar), E5 (1 Dec 2023), E7 (15 Jan)
        // and E8 (10 Feb); not E2 (ends on 29 Feb), E4 (ended 1 Feb) or E6 (starts 1 Mar). Five rows, four children, one
        // row per episode, each carrying its episode's own key, id, child, team and start date.
        await using var db = f.Warehouse.Contexts.Create();
        var rows = await (from o in db.EarlyHelpOpenAtPeriodEnd
                          join e in db.EarlyHelpEpisodes on o.EpisodeKey equals e.EpisodeKey
                          where o.PeriodEndDate == new DateOnly(2024, 2, 29)
                          select new { o, e }).ToListAsync();
        rows.Select(r => r.o.StartDate.ToString("yyyy-MM-dd")).Order(StringComparer.Ordinal)
            .ShouldBe(["2023-12-01", "2024-01-15", "2024-02-01", "2024-02-10", "2024-02-29"]);
        rows.Select(r => r.o.PersonKey).Distinct().Count().ShouldBe(4);
        rows.ShouldAllBe(r => r.o.EpisodeId == r.e.EpisodeId && r.o.PersonKey == r.e.PersonKey && r.o.OrgUnitKey == r.e.OrgUnitKey && r.o.StartDate == r.e.StartDate);
        // Every end date of the periods, and nothing else: what the rule says, read back from the table.
        (await db.EarlyHelpOpenAtPeriodEnd.CountAsync()).ShouldBe(await OpenAtPeriodEnd.Rows(db, DateOnly.MinValue).CountAsync());
    }

    [Fact]
    public async Task EH02_CountsStartsOnTheFirstAndLastDayOfALeapMonth()
    {
        // Started in [2024-02-01, 2024-02-29]: E1 (29 Feb), E3 (1 Feb), E8 (10 Feb). E4 started 31 Jan, E6 1 Mar. => 3 episodes.
        (await f.CountsAsync("EH02", "2024-02")).ShouldBe((3, null));
    }

    [Fact]
    public async Task EH02_CountsEpisodesNotChildren()
    {
        // Started in Q4 2023-24 (1 Jan - 31 Mar 2024): E1, E2, E3, E4, E6, E7, E8 (E5 started Dec 2023) => 7 episodes,
        // P7's two episodes both counted.
        (await f.CountsAsync("EH02", "2023-24 Q4")).ShouldBe((7, null));
    }

    [Fact]
    public async Task EH03_CountsAnEpisodeEndingOn29February_InFebruary()
    {
        // Ended in [2024-02-01, 2024-02-29]: E2 (29 Feb, the leap day), E4 (1 Feb). E3 ends 1 Mar. => 2.
        (await f.CountsAsync("EH03", "2024-02")).ShouldBe((2, null));
        // E3 ends 1 Mar => March: 1.
        (await f.CountsAsync("EH03", "2024-03")).ShouldBe((1, null));
    }

    [Fact]
    public async Task EH01_QuarterAndYear_UseTheirOwnEndDate()
    {
        // Open at 2024-03-31 (end of Q4 2023-24 and of financial year 2023-24): E1, E5, E6, E7/E8 (P7 once);
        // E2, E3, E4 have ended. => P1, P5, P6, P7 = 4.
        (await f.CountsAsync("EH01", "2023-24 Q4")).ShouldBe((4, null));
        (await f.CountsAsync("EH01", "2023-24")).ShouldBe((4, null));
    }
}
