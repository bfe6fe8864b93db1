using ClosedXML.Excel;
using Scorecard.Reports.Benchmarks;
using Scorecard.Reports.Excel;
using Scorecard.Warehouse.Calendar;
using Cols = Scorecard.Reports.Excel.ExcelWorkbookWriter.BenchmarkColumns;

namespace Scorecard.Reports.Tests;

/// <summary>
/// The shipped DfE reference data read back as the DfE published them. Expected figures are copied by hand from
/// report-templates/reference/dfe-c1-referrals-rereferrals-2013-2025.csv (column rereferral_percent, time_period 2025)
/// and the neighbour groups from dfe-statistical-neighbours-2025-05.csv.
/// </summary>
public sealed class DfeBenchmarksTests : IDisposable
{
    private static string Shipped => Path.Combine(Repository.TemplatesFolder, DfeBenchmarks.FolderName);
    private readonly string _folder = Directory.CreateTempSubdirectory("scorecard-benchmarks-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Load_GivesThePublishedFigures_ForNorthumberland()
    {
        // The shipped settings name Northumberland (929). Its 2025 row: 3,013 referrals, 604 re-referrals, 20%;
        // England 22.6; North East 20.7. Its ten neighbours (926, 830, 888, 908, 878, 840, 838, 886, 885, 935) published
        // 17.9, 28.9, 16.3, 27.9, 19.7, 18.7, 14.7, 21.6, 17.8, 20.1: sum 203.6, mean 20.36.
        var b = DfeBenchmarks.Load(Shipped);
        b.LaName.ShouldBe("Northumberland");
        var year = b.For("EH10").ShouldNotBeNull().Latest;
        year.Year.ShouldBe("2024-25");
        year.Published.ShouldBe(new DfeValue(20, 604, 3013));
        year.England.ShouldBe(new DfeValue(22.6, 142900, 632830));
        year.RegionName.ShouldBe("North East");
        year.Region.Percent.ShouldBe(20.7);
        year.NeighboursPublished.ShouldBe(10);
        year.Neighbours!.Value.ShouldBe(20.36, 1e-9);
        b.NeighbourNames[0].ShouldBe("Norfolk");
    }

    [Fact]
    public void Load_GivesThePublishedFigures_ForLeeds()
    {
        // Leeds (383), 2025: 10,304 referrals, 2,494 re-referrals, 24.2%; Yorkshire and The Humber 21.7. Neighbours 851, 882,
        // 373, 826, 382, 355, 801, 852, 306, 839 published 23.9, 17.1, 16.5, 20.3, 19.7, 23.4, 23.2, 20.2, 26.8, 22.6: mean 21.37.
        var b = DfeBenchmarks.Load(CopyWith(laNumber: 383));
        b.LaName.ShouldBe("Leeds");
        var year = b.For("EH10")!.Latest;
        year.Published.Percent.ShouldBe(24.2);
        year.England.Percent.ShouldBe(22.6);
        year.RegionName.ShouldBe("Yorkshire and The Humber");
        year.Region.Percent.ShouldBe(21.7);
        year.Neighbours!.Value.ShouldBe(21.37, 1e-9);
        // 2013, the first reporting year in the file, is the financial year 2012-13.
        b.For("EH10")!.Years[0].Year.ShouldBe("2012-13");
    }

    [Fact]
    public void Load_ReadsAQuotedNameWithAComma_InItsOwnColumn()
    {
        // "Kingston upon Hull, City of" (810), 2025: 4,696 referrals, 1,019 re-referrals, 21.7%.
        DfeBenchmarks.Load(CopyWith(laNumber: 810)).For("EH10")!.Latest.Published.ShouldBe(new DfeValue(21.7, 1019, 4696));
    }

    [Fact]
    public void Load_ShowsEnglandOnly_WhenTheCouncilHasNoDfeNumber()
    {
        var b = DfeBenchmarks.Load(CopyWith(laNumber: null));
        b.LaName.ShouldBeNull();
        var year = b.For("EH10")!.Latest;
        year.England.Percent.ShouldBe(22.6);
        year.Region.Percent.ShouldBeNull();
        year.NeighboursPublished.ShouldBe(0);
    }

    [Fact]
    public void Import_PointsTheSettingsAtTheNewFile_AndRefusesOneWithoutTheColumn()
    {
        // A "newer download": the shipped table with a 2026 England row added.
        var downloaded = Path.Combine(_folder, "downloads");
        Directory.CreateDirectory(downloaded);
        var source = File.ReadAllLines(Path.Combine(Shipped, "dfe-c1-referrals-rereferrals-2013-2025.csv"));
        var newer = Path.Combine(downloaded, "dfe-c1-2026.csv");
        File.WriteAllLines(newer, [.. source, "2026,Reporting year,National,E92000001,England,,,,,,Referrals and Re-referrals,640000,140800,22,40000,6.3,190000,29.7,560000,115000,20.5"]);
        var council = Path.Combine(_folder, "council-reference");

        var result = DfeBenchmarks.Import(newer, council, "EH10");

        result.LatestYear.ShouldBe("2025-26");
        result.LatestEngland.ShouldBe(22);
        var b = DfeBenchmarks.Load(council);
        b.For("EH10")!.Source.File.ShouldBe("dfe-c1-2026.csv");
        b.For("EH10")!.Source.DataDate.ShouldBe("2026-03-31");
        b.For("EH10")!.Latest.England.Percent.ShouldBe(22);
        // The council folder started from the shipped settings: the same authority and neighbour groups.
        b.LaName.ShouldBe("Northumberland");

        var wrong = Path.Combine(downloaded, "wrong.csv");
        File.WriteAllLines(wrong, [source[0].Replace("rereferral_percent", "rereferral_pct"), .. source.Skip(1)]);
        var e = Should.Throw<InvalidDataException>(() => DfeBenchmarks.Import(wrong, council, "EH10"));
        e.Message.ShouldContain("rereferral_percent");
        DfeBenchmarks.Load(council).For("EH10")!.Source.File.ShouldBe("dfe-c1-2026.csv");
    }

    /// <summary>The shipped reference folder with another council number.</summary>
    private string CopyWith(int? laNumber)
    {
        var folder = Path.Combine(_folder, "ref-" + (laNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"));
        Directory.CreateDirectory(folder);
        foreach (var f in Directory.EnumerateFiles(Shipped)) File.Copy(f, Path.Combine(folder, Path.GetFileName(f)));
        var path = Path.Combine(folder, DfeBenchmarks.SettingsFileName);
        DfeBenchmarks.WriteSettings(path, DfeBenchmarks.ReadSettings(path) with { LaNumber = laNumber });
        return folder;
    }
}

/// <summary>The Benchmarks sheet of a pack: the authority's financial-year figure beside the DfE's, as read.</summary>
[Collection(PackCollection.Name)]
public class BenchmarkSheetTests(PackFixture packs)
{
    [Fact]
    public void BenchmarksSheet_ShowsOurPublishedYearBesideEnglandRegionAndNeighbours()
    {
        var pack = packs.Packs["childrens-trust-quarterly"];
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var rows = workbook.Table(ExcelWorkbookWriter.BenchmarksTable).DataRange.Rows().ToList();
        rows.Count.ShouldBe(3);
        var latest = rows[^1];
        latest.Cell(Cols.Code).GetString().ShouldBe("EH10");
        latest.Cell(Cols.Year).GetString().ShouldBe("2024-25");
        latest.Cell(Cols.England).GetDouble().ShouldBe(22.6);
        latest.Cell(Cols.Region).GetDouble().ShouldBe(20.7);
        latest.Cell(Cols.Neighbours).GetString().ShouldBe("20.4% (mean of 10)");
        latest.Cell(Cols.England).Style.NumberFormat.Format.ShouldContain("(142,900 of 632,830)");
        latest.Cell(Cols.Published).GetDouble().ShouldBe(20);
        // Our own figure is the partnership's published financial-year cell for the authority.
        var year = packs.Truth.Period(PeriodGrain.FinancialYear, "2024-25");
        var own = packs.Truth.Published(pack.Template.PublishedAudience, "EH10", year, packs.Truth.UnitKeysByName["Northshire"]).ShouldNotBeNull();
        if (own.State == Warehouse.Publishing.PublishedState.Value) latest.Cell(Cols.Own).GetDouble().ShouldBe(own.Value!.Value, 1e-9);
        else latest.Cell(Cols.Own).GetString().ShouldBe(own.DisplayValue);
    }
}
