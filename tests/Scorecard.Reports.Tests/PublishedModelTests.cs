using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using ClosedXML.Excel;
using Scorecard.Measures.Catalogue;
using Scorecard.Reports.Charts;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Snapshot;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Publishing;
using ScottPlot;

namespace Scorecard.Reports.Tests;

/// <summary>The packs read the published model only, and show what it decided: the same cells withheld as the board's feed.</summary>
[Collection(PackCollection.Name)]
public class PublishedModelTests(PackFixture packs)
{
    [Fact]
    public void Reports_NeverReadsAFactTable_OrTheWarehouseContext()
    {
        // Everything the packs show comes through Scorecard.Measures.Publishing. The Reports assembly references no
        // type of the warehouse's Fact namespace and no member of WarehouseContext (no DbSet to query).
        using var stream = File.OpenRead(typeof(BoardPackWriter).Assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        string Name(TypeReferenceHandle h) { var t = metadata.GetTypeReference(h); return $"{metadata.GetString(t.Namespace)}.{metadata.GetString(t.Name)}"; }
        var types = metadata.TypeReferences.Select(Name).ToList();
        types.ShouldNotContain(t => t.StartsWith("Scorecard.Warehouse.Facts.", StringComparison.Ordinal));
        var contextMembers = metadata.MemberReferences.Select(metadata.GetMemberReference)
            .Where(m => m.Parent.Kind == HandleKind.TypeReference && Name((TypeReferenceHandle)m.Parent) == "Scorecard.Warehouse.WarehouseContext")
            .Select(m => metadata.GetString(m.Name)).ToList();
        contextMembers.ShouldBeEmpty();
        types.ShouldContain("Scorecard.Measures.Publishing.PublishedScorecard");
    }

    [Fact]
    public void ChildrensTrustPack_WithholdsExactlyTheCellsTheBoardsFeedWithholds_InEveryTable()
    {
        // The scorecard, trend and comparison tables of the partnership pack against the partnership table (what the
        // Board role of the feed serves): the same number where it is shown, "c" exactly where it is withheld.
        var pack = packs.Packs["childrens-trust-quarterly"];
        pack.Template.PublishedAudience.ShouldBe(Audience.Partnership);
        var truth = packs.Truth;
        var period = truth.Period(pack.Template.Grain, pack.PeriodLabel);
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var checkedCells = 0;
        var withheld = 0;
        for (var i = 1; i <= pack.Template.Sections.Count; i++)
        {
            var table = workbook.Table($"Section{i}_Comparison");
            var areas = table.HeadersRow().Cells().Skip(3).Select(c => c.GetString()).ToList();
            foreach (var row in table.DataRange.Rows())
            {
                var measure = MeasureCatalogue.Find(row.Cell(1).GetString())!;
                for (var a = 0; a < areas.Count; a++)
                {
                    var cell = truth.Published(Audience.Partnership, measure.Code, period, truth.UnitKeysByName[areas[a]])!;
                    var shown = row.Cell(4 + a);
                    if (cell.IsSuppressed) { shown.GetString().ShouldBe("c", $"{measure.Code} {areas[a]}"); withheld++; }
                    else if (cell.State == PublishedState.Value) shown.GetDouble().ShouldBe(cell.Value!.Value, 1e-9, $"{measure.Code} {areas[a]}");
                    else shown.GetString().ShouldBe(cell.DisplayValue, $"{measure.Code} {areas[a]}");
                    checkedCells++;
                }
            }
        }
        checkedCells.ShouldBeGreaterThan(50);
        withheld.ShouldBeGreaterThan(0, "a council of 1,500 children has localities with small numbers in a quarter");
    }

    [Fact]
    public void OrgUnitBars_ShowNumeratorAndDenominator_OnlyForCellsTheyShow()
    {
        // "13 of 115" beside a bar is the cell's published numerator and denominator; a withheld cell shows "c" only.
        var pack = packs.Packs["childrens-trust-quarterly"];
        var snapshot = ReadSnapshot(pack);
        foreach (var page in ChartPackWriter.Build(snapshot).Where(p => p.FileStem.Contains("org-unit-bars", StringComparison.Ordinal)))
        {
            var labels = page.Plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
            labels.ShouldContain(l => l.Contains(" of ", StringComparison.Ordinal), page.FileStem);
            foreach (var label in labels.Where(l => l.Contains(" of ", StringComparison.Ordinal)))
                label.ShouldNotStartWith("c", customMessage: page.FileStem);
        }
    }

    [Fact]
    public void ProvisionalValues_AreHollowMarkersInTrendCharts_AndSaySo()
    {
        // The monthly pack's EH16 trend ends on a month whose first TAF meetings can still be recorded.
        var pack = packs.Packs["early-help-locality-monthly"];
        var snapshot = ReadSnapshot(pack);
        var measure = MeasureCatalogue.Find("EH16")!;
        snapshot.Show(measure, snapshot.Period, snapshot.Authority).IsProvisional.ShouldBeTrue("the reported month ends with the data, 42 days before EH16 settles");
        var page = ChartPackWriter.Build(snapshot).Single(p => p.FileStem.EndsWith("trend-eh16", StringComparison.Ordinal));
        var markers = page.Plot.GetPlottables<ScottPlot.Plottables.Scatter>().ToList();
        var hollow = markers.Where(m => m.MarkerShape == MarkerShape.OpenCircle).ToList();
        hollow.ShouldHaveSingleItem();
        // One hollow point per provisional period, and the note gives the settling date.
        var provisional = snapshot.TrendPeriods.Count(p => snapshot.Show(measure, p, snapshot.Authority).IsProvisional);
        hollow[0].Data.GetScatterPoints().Count.ShouldBe(provisional);
        page.Plot.GetPlottables<ScottPlot.Plottables.Text>().ShouldContain(t => t.LabelText.EndsWith(" p", StringComparison.Ordinal));
        page.Notes.ShouldContain(n => n.StartsWith("p = provisional", StringComparison.Ordinal) && n.Contains("EH16", StringComparison.Ordinal));
    }

    private PackSnapshot ReadSnapshot(BoardPack pack) =>
        new PackSnapshotReader(packs.Contexts).ReadAsync(pack.Template, pack.PeriodLabel, DateTime.UtcNow).GetAwaiter().GetResult();
}
