using ScottPlot;
using SkiaSharp;

namespace Scorecard.Reports.Charts;

/// <summary>
/// The one font every chart uses, loaded from the assembly rather than the machine, so a pack drawn on a
/// council laptop, a build server or a headless container looks the same (same glyphs, same line breaks).
/// </summary>
public static class PackFonts
{
    /// <summary>The family name ScottPlot knows the bundled font by.</summary>
    public const string Family = "Scorecard DejaVu Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lock Gate = new();
    private static bool _registered;

    public static SKTypeface Regular => RegularFace.Value;
    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>Puts the bundled font first among ScottPlot's resolvers (once per process; ScottPlot's font list is global).</summary>
    public static void RegisterWithScottPlot()
    {
        lock (Gate)
        {
            if (_registered) return;
            ScottPlot.Fonts.FontResolvers.Insert(0, new BundledFontResolver());
            ScottPlot.Fonts.Default = Family;
            ScottPlot.Fonts.Sans = Family;
            _registered = true;
        }
    }

    private static SKTypeface Load(string file)
    {
        var name = "Scorecard.Reports.Fonts." + file;
        using var stream = typeof(PackFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The bundled font {name} is missing from Scorecard.Reports.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return SKTypeface.FromData(SKData.CreateCopy(copy.ToArray()))
            ?? throw new InvalidOperationException($"The bundled font {name} could not be read.");
    }

    private sealed class BundledFontResolver : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            fontName == Family ? (weight >= FontWeight.SemiBold ? Bold : Regular) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == Family ? (bold ? Bold : Regular) : null;
    }
}
