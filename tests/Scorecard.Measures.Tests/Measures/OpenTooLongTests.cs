namespace Scorecard.Measures.Tests.Measures;

/// <summary>EH13A / EH13B: children open at period end whose episode has been open (period end - start) > 182 / > 365 days.</summary>
public class OpenTooLongTests(OpenTooLongTests.Fixture f) : IClassFixture<OpenTooLongTests.Fixture>
{
    // Days to 31 Mar 2024 (a span that includes 29 Feb 2024) and to 29 Feb 2024:
    // E1 P1 from 30 Sep 2023:            183 to 31 Mar; 152 to 29 Feb
    // E2 P2 from 1 Oct 2023:             182 to 31 Mar; 151 to 29 Feb
    // E3 P3 from 31 Mar 2023:            366 to 31 Mar; 335 to 29 Feb
    // E4 P4 from 1 Apr 2023:             365 to 31 Mar; 334 to 29 Feb
    // E5 P5 1 Jan 2023 - 31 Mar 2024:    closed on the March period end; 424 to 29 Feb
    // E6 P6 from 31 Mar 2024:            0 to 31 Mar (start = period end: open)
    // E7 P7 30 Aug 2023 - 1 Mar 2024:    183 to 29 Feb
    // E8 P8 31 Aug 2023 - 1 Mar 2024:    182 to 29 Feb
    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() =>
        [
            Lines.People("P1,F,WBRI,2015-01-01", "P2,M,WBRI,2015-01-01", "P3,F,WBRI,2015-01-01", "P4,M,WBRI,2015-01-01",
                "P5,F,WBRI,2015-01-01", "P6,M,WBRI,2015-01-01", "P7,F,WBRI,2015-01-01", "P8,M,WBRI,2015-01-01"),
            Lines.Episodes(
                "E1,P1,2023-09-30,,",
                "E2,P2,2023-10-01,,",
                "E3,P3,2023-03-31,,",
                "E4,P4,2023-04-01,,",
                "E5,P5,2023-01-01,2024-03-31,OM",
                "E6,P6,2024-03-31,,",
                "E7,P7,2023-08-30,2024-03-01,OM",
                "E8,P8,2023-08-31,2024-03-01,OM"),
        ];
    }

    [Fact]
    public async Task EH13A_183DaysIsOverSixMonths_182IsNot_AcrossFebruary2024()
    {
        // Open at 31 Mar 2024: P1, P2, P3, P4, P6 (E5 closed on the end; E7, E8 closed 1 Mar) => denominator 5.
        // > 182 days: P1 (183), P3 (366), P4 (365); not P2 (182) or P6 (0) => 3. 60%.
        (await f.CountsAsync("EH13A", "2024-03")).ShouldBe((3, 5));
        (await f.ValueAsync("EH13A", "2024-03")).ShouldNotBeNull().Value.ShouldBe(60.0);
    }

    [Fact]
    public async Task EH13A_AtTheEndOfALeapFebruary()
    {
        // Open at 29 Feb 2024: P1, P2, P3, P4, P5, P7, P8 (E6 starts 31 Mar) => 7.
        // > 182 days: P3 (335), P4 (334), P5 (424), P7 (183); not P8 (182), P1 (152), P2 (151) => 4.
        (await f.CountsAsync("EH13A", "2024-02")).ShouldBe((4, 7));
    }

    [Fact]
    public async Task EH13B_366DaysIsOverTwelveMonths_365IsNot()
    {
        // 31 Mar 2024: > 365 days: only P3 (366, because 2024 has 29 Feb); P4 is 365 => 1 of 5. 20%.
        (await f.CountsAsync("EH13B", "2024-03")).ShouldBe((1, 5));
        // 29 Feb 2024: only P5 (424) => 1 of 7. The same numbers for financial year 2023-24 (ends 31 Mar 2024).
        (await f.CountsAsync("EH13B", "2024-02")).ShouldBe((1, 7));
        (await f.CountsAsync("EH13B", "2023-24")).ShouldBe((1, 5));
    }
}
