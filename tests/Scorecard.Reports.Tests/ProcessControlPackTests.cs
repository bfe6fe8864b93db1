using ClosedXML.Excel;
using Scorecard.Measures.Catalogue;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Spc;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Publishing;
using Cols = Scorecard.Reports.Excel.ExcelWorkbookWriter.ScorecardColumns;

namespace Scorecard.Reports.Tests;

/// <summary>
/// Process control in the packs: the scorecard's variation and assurance cells are what the rules give on the
/// authority's published series (read here from the published table, not from the pack), and nothing withheld
/// goes into a chart or a limit.
/// </summary>
[Collection(PackCollection.Name)]
public class ProcessControlPackTests(PackFixture packs)
{
    public static TheoryData<string> Templates => new(PackTemplateReader.Shipped);

    [Theory]
    [MemberData(nameof(Templates))]
    public void ScorecardVariationAndAssurance_AreTheRulesOnThePublishedSeries_AsLetterAndWord(string template)
    {
        var pack = packs.Packs[template];
        var truth = packs.Truth;
        var audience = pack.Template.PublishedAudience;
        var authority = truth.UnitKeysByName[AuthorityName(pack)];
        var series = Window(pack);
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var judged = 0;
        foreach (var row in workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows())
        {
            var measure = MeasureCatalogue.Find(row.Cell(Cols.Code).GetString())!;
            var variation = row.Cell(Cols.Variation).GetString();
            var assurance = row.Cell(Cols.Assurance).GetString();
            if (truth.UnitKeysByName[row.Cell(Cols.Area).GetString()] != authority || !PackSpc.Charted(pack.Template).Contains(measure))
            {
                (variation + assurance).ShouldBeEmpty($"{template} {measure.Code} {row.Cell(Cols.Area).GetString()}");
                continue;
            }
            // Withheld, missing and provisional periods are gaps; the target is the reported period's.
            var inputs = series.Select(p => truth.Published(audience, measure.Code, p, authority) is { State: PublishedState.Value, IsProvisional: false, Value: { } v } c
                ? new SpcInput(p.Label, v, c.Numerator, c.Denominator) : new SpcInput(p.Label, null)).ToList();
            if (inputs.All(i => i.Value is null)) continue;
            var expected = ProcessControl.Analyse(inputs, measure.Unit, measure.Polarity, truth.Published(audience, measure.Code, series[^1], authority)?.Target);
            var (vLetter, vShort, _) = ProcessControl.Describe(expected.Variation);
            variation.ShouldBe($"{vLetter} {vShort}", $"{template} {measure.Code}");
            if (expected.Assurance == Assurance.None) assurance.ShouldBeEmpty();
            else assurance.ShouldBe(string.Join(" ", ProcessControl.Describe(expected.Assurance).Letter, ProcessControl.Describe(expected.Assurance).Short));
            if (expected.Variation != Variation.TooFewPoints) judged++;
        }
        // The fixture's data reach back far enough for every charted measure of the authority to be judged.
        judged.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ProcessControl_NeverChartsAWithheldValue_InThePartnershipPack()
    {
        var pack = packs.Packs["childrens-trust-quarterly"];
        pack.Template.SuppressSmallNumbers.ShouldBeTrue();
        var truth = packs.Truth;
        var authority = truth.UnitKeysByName[AuthorityName(pack)];
        var series = Window(pack);
        var snapshot = await new Snapshot.PackSnapshotReader(packs.Contexts).ReadAsync(pack.Template, pack.PeriodLabel, DateTime.UtcNow);
        snapshot.Spc.ShouldNotBeEmpty();
        foreach (var (code, result) in snapshot.Spc)
        {
            result.Points.Select(p => p.Label).ShouldBe(series.Select(p => p.Label));
            for (var i = 0; i < series.Count; i++)
            {
                var cell = truth.Published(Audience.Partnership, code, series[i], authority);
                if (result.Points[i].Value is { } charted)
                {
                    cell.ShouldNotBeNull();
                    cell.State.ShouldBe(PublishedState.Value, $"{code} {series[i].Label}");
                    cell.IsProvisional.ShouldBeFalse();
                    charted.ShouldBe(cell.Value!.Value);
                }
                else if (cell is { State: PublishedState.Value, IsProvisional: false }) throw new ShouldAssertException($"{code} {series[i].Label}: a visible settled value left out");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Exceptions_ListEverySpecialCauseConcern_AndNoImprovement(string template)
    {
        var pack = packs.Packs[template];
        var snapshot = await new Snapshot.PackSnapshotReader(packs.Contexts).ReadAsync(pack.Template, pack.PeriodLabel, DateTime.UtcNow);
        var spcReasons = pack.Story.Exceptions.Where(e => e.Unit.OrgUnitKey == snapshot.Authority.OrgUnitKey)
            .SelectMany(e => e.Reasons.Where(r => r.Contains("(SPC: ", StringComparison.Ordinal)).Select(r => (e.Measure.Code, Reason: r))).ToList();
        foreach (var (code, result) in snapshot.Spc)
        {
            var listed = spcReasons.Where(r => r.Code == code).ToList();
            if (result.Variation is Variation.SpecialCauseConcern or Variation.SpecialCauseHigh or Variation.SpecialCauseLow)
                listed.ShouldHaveSingleItem($"{template} {code}").Reason.ShouldStartWith(ProcessControl.Describe(result.Variation).Words + " in " + result.Latest!.Label);
            else listed.ShouldBeEmpty($"{template} {code}");
        }
    }

    /// <summary>The fixture's generated council.</summary>
    private static string AuthorityName(BoardPack pack) => "Northshire";

    /// <summary>The SPC window: the template's grain, the reported period and those before it, as many as <see cref="PackSpc.Window"/>.</summary>
    private List<Warehouse.Measures.Period> Window(BoardPack pack)
    {
        var reported = packs.Truth.Period(pack.Template.Grain, pack.PeriodLabel);
        return packs.Truth.Periods.Values.Where(p => p.Grain == pack.Template.Grain && p.SortOrder <= reported.SortOrder)
            .OrderBy(p => p.SortOrder).TakeLast(PackSpc.Window(pack.Template.Grain)).ToList();
    }
}
