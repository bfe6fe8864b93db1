using Scorecard.Warehouse.Measures;

namespace Scorecard.Reports;

/// <summary>A fill and the ink that reads on it (contrast 4.5:1 or more; the palette tests compute it).</summary>
public readonly record struct Swatch(string Fill, string Ink);

/// <summary>
/// Every colour the packs print, in one place, as hex ("#RRGGBB") so the workbook, the charts and the board
/// document use the same ones. RAG and audit grades are told apart by lightness as well as hue: green dark, red
/// middling, amber light; the four grades spread from dark blue to pale yellow. So they stay distinct for a reader
/// with deuteranopia or protanopia and on a greyscale printer, and each is also said in words or a letter.
/// The tests simulate both deficiencies (Machado 2009) and greyscale and require a CIE76 distance of at least
/// <see cref="MinimumDistance"/> between any two RAG colours and any two grade colours.
/// </summary>
public static class PackPalette
{
    /// <summary>The smallest CIE76 distance allowed between two RAG or two grade colours, as seen by any reader.</summary>
    public const double MinimumDistance = 20;

    public const string White = "#FFFFFF";
    public const string Black = "#000000";
    /// <summary>Body text.</summary>
    public const string Ink = "#202020";
    /// <summary>Notes, explanations, "not available".</summary>
    public const string NoteInk = "#404040";
    /// <summary>Titles, the main series of a chart, table headers.</summary>
    public const string Title = "#1F4E79";
    public const string Link = "#0563C1";
    /// <summary>The second series of a chart (baseline, step-ups).</summary>
    public const string SecondSeries = "#9E4D00";
    /// <summary>Target lines and value labels on charts.</summary>
    public const string Reference = "#262626";
    public const string Grid = "#E3E3E3";
    /// <summary>The authority's rows when areas follow in the same table.</summary>
    public const string AuthorityFill = "#EAF1F8";
    /// <summary>A bar with no RAG (no target, or provisional): pale with an outline in <see cref="Title"/>.</summary>
    public const string NoRagFill = "#DCE6F0";
    /// <summary>Words that judge a direction: "improving" and "worsening" (the arrow and word carry the meaning).</summary>
    public const string Improving = "#1B5E20";
    public const string Worsening = "#B71C1C";

    public static readonly Swatch Header = new(Title, White);
    public static readonly Swatch Green = new("#1A5C1F", White);
    public static readonly Swatch Amber = new("#F5C242", Black);
    public static readonly Swatch Red = new("#E3655A", Black);

    /// <summary>Audit grades 1 Outstanding to 4 Inadequate.</summary>
    public static readonly IReadOnlyList<Swatch> Grades =
    [
        new("#08284A", White),
        new("#6FA8DC", Black),
        new("#FFDB6E", Black),
        new("#A82C20", White),
    ];

    public static Swatch Rag(Rag rag) => rag switch
    {
        Warehouse.Measures.Rag.Green => Green,
        Warehouse.Measures.Rag.Amber => Amber,
        _ => Red,
    };

    /// <summary>"G", "A", "R": the letter every RAG colour carries, so colour is never the only sign.</summary>
    public static string RagLetter(Rag rag) => rag switch
    {
        Warehouse.Measures.Rag.Green => "G",
        Warehouse.Measures.Rag.Amber => "A",
        _ => "R",
    };

    /// <summary>Text on a background, as printed: every pair the packs use, for the contrast test.</summary>
    public static IEnumerable<(string Name, string Ink, string Fill)> TextPairs()
    {
        foreach (var ink in new[] { (nameof(Ink), Ink), (nameof(NoteInk), NoteInk), (nameof(Title), Title), (nameof(Link), Link), (nameof(SecondSeries), SecondSeries),
                     (nameof(Reference), Reference), (nameof(Improving), Improving), (nameof(Worsening), Worsening) })
        {
            yield return (ink.Item1 + " on white", ink.Item2, White);
            yield return (ink.Item1 + " on authority rows", ink.Item2, AuthorityFill);
        }
        yield return ("Header", Header.Ink, Header.Fill);
        yield return ("Ink on no-RAG bar", Ink, NoRagFill);
        foreach (var rag in new[] { Warehouse.Measures.Rag.Green, Warehouse.Measures.Rag.Amber, Warehouse.Measures.Rag.Red })
            yield return ("RAG " + rag, Rag(rag).Ink, Rag(rag).Fill);
        for (var i = 0; i < Grades.Count; i++) yield return ($"Grade {i + 1}", Grades[i].Ink, Grades[i].Fill);
    }
}
