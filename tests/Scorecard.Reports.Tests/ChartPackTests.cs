using System.Text;
using System.Text.RegularExpressions;
using Scorecard.Reports.Charts;
using Scorecard.Reports.Templates;
using SkiaSharp;

namespace Scorecard.Reports.Tests;

[Collection(PackCollection.Name)]
public partial class ChartPackTests(PackFixture packs)
{
    public static TheoryData<string> Templates => new(PackTemplateReader.Shipped);

    [Theory]
    [MemberData(nameof(Templates))]
    public void Pdf_HasOnePagePerChart(string template)
    {
        var pack = packs.Packs[template];
        var pdf = File.ReadAllBytes(pack.Charts.PdfPath);
        Encoding.ASCII.GetString(pdf, 0, 5).ShouldBe("%PDF-");
        // Page objects are "/Type /Page"; the page tree is "/Type /Pages".
        PageObject().Count(Encoding.Latin1.GetString(pdf)).ShouldBe(Kinds(pack.Template).Count);
    }

    /// <summary>
    /// The kind of each page in order: a section's charts, then its process control pages, four measures to a page
    /// (every measure but the audit grade distribution and the year-to-date counts has a series in the fixture).
    /// </summary>
    private static List<string> Kinds(PackTemplate template) =>
        template.Sections.SelectMany(s => s.Charts.Select(c => c.Kind)
            .Concat(Enumerable.Repeat("spc", (s.Measures.Count(m => m.Code != ChartKinds.AuditGradeMeasure && !m.CumulativeInYear) + 3) / 4))).ToList();

    [Theory]
    [MemberData(nameof(Templates))]
    public void Pngs_AreValidImagesOfTheExpectedSize_OnePerChartInTemplateOrder(string template)
    {
        var pack = packs.Packs[template];
        var kinds = Kinds(pack.Template);
        pack.Charts.PngPaths.Count.ShouldBe(kinds.Count);
        Directory.EnumerateFiles(pack.Charts.Folder, "*.png").Count().ShouldBe(kinds.Count);
        for (var i = 0; i < pack.Charts.PngPaths.Count; i++)
        {
            var path = pack.Charts.PngPaths[i];
            Path.GetFileName(path).ShouldStartWith($"{i + 1:00}-{kinds[i]}");
            using var codec = SKCodec.Create(path);
            codec.ShouldNotBeNull(path);
            codec.EncodedFormat.ShouldBe(SKEncodedImageFormat.Png);
            codec.Info.Width.ShouldBe(ChartPage.PngWidth);
            codec.Info.Height.ShouldBe(ChartPage.PngHeight);
            using var bitmap = SKBitmap.Decode(path);
            bitmap.ShouldNotBeNull(path);
            // Something was drawn, in colour: a blank or failed page is one or two colours.
            var colours = new HashSet<SKColor>();
            for (var x = 0; x < bitmap.Width; x += 7)
                for (var y = 0; y < bitmap.Height; y += 7) colours.Add(bitmap.GetPixel(x, y));
            colours.Count.ShouldBeGreaterThan(10, path);
        }
    }

    [Fact]
    public void Files_AreNamedAfterTheTemplateAndPeriod()
    {
        var pack = packs.Packs["childrens-trust-quarterly"];
        var stem = $"childrens-trust-quarterly-{pack.PeriodLabel.Replace(' ', '-')}";
        Path.GetFileName(pack.WorkbookPath).ShouldBe(stem + ".xlsx");
        Path.GetFileName(pack.Charts.PdfPath).ShouldBe(stem + "-charts.pdf");
        Path.GetFileName(pack.Charts.Folder).ShouldBe(stem + "-charts");
        pack.PeriodLabel.ShouldMatch(@"^\d{4}-\d{2} Q[1-4]$");
        packs.Packs["early-help-locality-monthly"].PeriodLabel.ShouldMatch(@"^\d{4}-\d{2}$");
    }

    [Fact]
    public void BundledFont_LoadsFromTheAssembly_NotTheMachine()
    {
        PackFonts.Regular.FamilyName.ShouldBe("DejaVu Sans");
        PackFonts.Bold.FontWeight.ShouldBeGreaterThan(PackFonts.Regular.FontWeight);
        PackFonts.RegisterWithScottPlot();
        ScottPlot.Fonts.Default.ShouldBe(PackFonts.Family);
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
