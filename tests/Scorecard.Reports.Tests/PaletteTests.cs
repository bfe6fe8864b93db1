using System.Globalization;

namespace Scorecard.Reports.Tests;

/// <summary>
/// The palette, computed: text contrast by the WCAG 2 formula, and RAG and grade colours as a reader with
/// deuteranopia or protanopia (Machado, Oliveira and Fernandes 2009, severity 1.0) or a greyscale printer sees them.
/// </summary>
public class PaletteTests
{
    [Fact]
    public void EveryTextAndBackgroundPair_HasContrastOfAtLeast4Point5()
    {
        var pairs = PackPalette.TextPairs().ToList();
        pairs.Count.ShouldBeGreaterThan(20);
        foreach (var (name, ink, fill) in pairs)
            Contrast(ink, fill).ShouldBeGreaterThanOrEqualTo(4.5, $"{name}: {ink} on {fill}");
    }

    [Fact]
    public void ContrastFormula_GivesTheKnownValues()
    {
        // Black on white is 21:1 by definition; #767676 on white is the usual 4.54:1 example.
        Contrast("#000000", "#FFFFFF").ShouldBe(21, 0.01);
        Contrast("#767676", "#FFFFFF").ShouldBe(4.54, 0.01);
        // The colours the issue found: black on the old dark green was 2.67:1.
        Contrast("#000000", "#1B5E20").ShouldBe(2.67, 0.01);
    }

    public static TheoryData<string> Visions => new(["normal", "deuteranopia", "protanopia", "greyscale"]);

    [Theory]
    [MemberData(nameof(Visions))]
    public void RagColours_ArePairwiseDistinct(string vision) =>
        ShouldBeDistinct([PackPalette.Green.Fill, PackPalette.Amber.Fill, PackPalette.Red.Fill], vision);

    [Theory]
    [MemberData(nameof(Visions))]
    public void AuditGradeColours_ArePairwiseDistinct(string vision) =>
        ShouldBeDistinct(PackPalette.Grades.Select(g => g.Fill).ToList(), vision);

    [Fact]
    public void TheOldRagColours_FailTheSameTest()
    {
        // The colours the issue measured (#2E7D32, #F2A900, #C62828): red and green became the same brown for a
        // deuteranope and nearly the same grey in print. The test must be able to see that.
        MinimumDistance(["#2E7D32", "#C62828"], "deuteranopia").ShouldBeLessThan(PackPalette.MinimumDistance);
        MinimumDistance(["#2E7D32", "#C62828"], "greyscale").ShouldBeLessThan(PackPalette.MinimumDistance);
    }

    private static void ShouldBeDistinct(IReadOnlyList<string> colours, string vision) =>
        MinimumDistance(colours, vision).ShouldBeGreaterThanOrEqualTo(PackPalette.MinimumDistance, $"{vision}: {string.Join(", ", colours)}");

    private static double MinimumDistance(IReadOnlyList<string> colours, string vision)
    {
        var seen = colours.Select(c => Lab(Simulate(Linear(c), vision))).ToList();
        var min = double.MaxValue;
        for (var i = 0; i < seen.Count; i++)
            for (var j = i + 1; j < seen.Count; j++)
                min = Math.Min(min, Math.Sqrt(Math.Pow(seen[i].L - seen[j].L, 2) + Math.Pow(seen[i].A - seen[j].A, 2) + Math.Pow(seen[i].B - seen[j].B, 2)));
        return min;
    }

    private static double Contrast(string ink, string fill)
    {
        var (a, b) = (Luminance(Linear(ink)), Luminance(Linear(fill)));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    private static double[] Linear(string hex)
    {
        hex.Length.ShouldBe(7, hex);
        return [Channel(hex[1..3]), Channel(hex[3..5]), Channel(hex[5..7])];
        static double Channel(string h)
        {
            var c = int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
    }

    private static double Luminance(double[] rgb) => 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];

    // Machado et al. 2009, severity 1.0, applied to linear RGB.
    private static readonly double[,] Deuteranopia = { { 0.367322, 0.860646, -0.227968 }, { 0.280085, 0.672501, 0.047413 }, { -0.011820, 0.042940, 0.968881 } };
    private static readonly double[,] Protanopia = { { 0.152286, 1.052583, -0.204868 }, { 0.114503, 0.786281, 0.099216 }, { -0.003882, -0.048116, 1.051998 } };

    private static double[] Simulate(double[] rgb, string vision)
    {
        if (vision == "greyscale")
        {
            var y = Luminance(rgb);
            return [y, y, y];
        }
        var m = vision switch { "deuteranopia" => Deuteranopia, "protanopia" => Protanopia, _ => null };
        if (m is null) return rgb;
        return Enumerable.Range(0, 3).Select(i => Math.Clamp(m[i, 0] * rgb[0] + m[i, 1] * rgb[1] + m[i, 2] * rgb[2], 0, 1)).ToArray();
    }

    /// <summary>CIE L*a*b* (D65) from linear sRGB.</summary>
    private static (double L, double A, double B) Lab(double[] rgb)
    {
        var x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        var y = Luminance(rgb);
        var z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        static double F(double t) => t > 0.008856 ? Math.Cbrt(t) : 7.787 * t + 16.0 / 116;
        return (116 * F(y) - 16, 500 * (F(x) - F(y)), 200 * (F(y) - F(z)));
    }
}
