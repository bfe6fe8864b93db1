using Scorecard.Reports.Story;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Measures;
using UglyToad.PdfPig;

namespace Scorecard.Reports.Tests;

/// <summary>
/// The board document read back as a reader's PDF software reads it (PdfPig): its pages in reading order, the
/// scorecard's and exceptions' content, and no text set below 8 pt.
/// </summary>
[Collection(PackCollection.Name)]
public class BoardDocumentTests(PackFixture packs)
{
    public static TheoryData<string> Templates => new(PackTemplateReader.Shipped);

    /// <summary>Each page's words, joined by spaces.</summary>
    private static List<string> PageTexts(string path)
    {
        using var pdf = PdfDocument.Open(path);
        // No-break spaces hold a value and its base, or a RAG letter and word, on one line: they read as spaces.
        return [.. pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)).Replace('\u00A0', ' '))];
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Pages_FollowTheReadingOrder_CoverScorecardExceptionsBenchmarksThenEachSectionsTablesAndCharts(string template)
    {
        var pack = packs.Packs[template];
        var board = pack.Board.ShouldNotBeNull();
        var texts = PageTexts(board.Path);
        texts.Count.ShouldBe(board.PageTitles.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            texts[i].ShouldContain(board.PageTitles[i], Case.Sensitive, $"page {i + 1}");
            texts[i].ShouldContain($"Page {i + 1} of {texts.Count}");
        }

        // The kinds of page in order, read from the titles: the sequence a board member turns through.
        var kinds = board.PageTitles.Select(t => Kind(pack.Template, t)).ToList();
        var expected = new List<string> { "cover", "scorecard", "exceptions" };
        if (template == "childrens-trust-quarterly") expected.Add("benchmarks");
        foreach (var section in pack.Template.Sections)
            expected.AddRange([$"{section.Title}: tables", $"{section.Title}: charts"]);
        kinds.Distinct().ToList().ShouldBe(expected);
        // Kinds are not interleaved: each appears as one run.
        kinds.Zip(kinds.Skip(1)).Count(p => p.First != p.Second).ShouldBe(expected.Count - 1);
        // Every chart of the chart pack is in the board document, in the same order.
        board.PageTitles.Where(t => kinds[board.PageTitles.ToList().IndexOf(t)].EndsWith(": charts", StringComparison.Ordinal)).Count()
            .ShouldBe(pack.Charts.PngPaths.Count);
    }

    private static string Kind(PackTemplate t, string title)
    {
        if (title == t.Title) return "cover";
        if (title.StartsWith("Scorecard:", StringComparison.Ordinal)) return "scorecard";
        if (title.StartsWith("Exceptions and commentary:", StringComparison.Ordinal)) return "exceptions";
        if (title.StartsWith("How ", StringComparison.Ordinal) && title.Contains("compares", StringComparison.Ordinal)) return "benchmarks";
        var section = t.Sections.FirstOrDefault(s => title.StartsWith(s.Title + ": trend", StringComparison.Ordinal) || title.StartsWith(s.Title + ": " + (t.ComparisonLevels[0] == Warehouse.Dimensions.OrgUnitLevel.Locality ? "localities" : "teams"), StringComparison.Ordinal));
        if (section is not null) return $"{section.Title}: tables";
        var owner = t.Sections.FirstOrDefault(s => s.Charts.Any(c => title == (c.Title ?? title) && c.Title is not null) || title.StartsWith(s.Title + ": is the change real?", StringComparison.Ordinal));
        // A chart's own title names its measure; the section is the one listing that chart.
        owner ??= t.Sections.FirstOrDefault(s => s.Charts.Any(c => c.Measure is { } m && title.StartsWith(m.Code + " ", StringComparison.Ordinal))
            || (s.Charts.Any(c => c.Kind == ChartKinds.Spidergraph) && title.Contains("domain", StringComparison.OrdinalIgnoreCase))
            || (s.Charts.Any(c => c.Kind == ChartKinds.StepUpsAndDowns) && title.Contains("Step", StringComparison.Ordinal))
            || (s.Charts.Any(c => c.Kind == ChartKinds.AuditGrades) && title.Contains("audit", StringComparison.OrdinalIgnoreCase)));
        return owner is null ? "unknown: " + title : $"{owner.Title}: charts";
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Scorecard_ShowsEveryMeasureWithItsRagAsLetterAndWord(string template)
    {
        var pack = packs.Packs[template];
        var board = pack.Board!;
        var texts = PageTexts(board.Path);
        var scorecard = string.Join(" ", texts.Where((_, i) => board.PageTitles[i].StartsWith("Scorecard:", StringComparison.Ordinal)));
        foreach (var m in pack.Template.Measures) scorecard.ShouldContain(m.Code + " ", Case.Sensitive, $"{template} {m.Code}");
        // Every RAG the published cells give the scorecard's rows is printed as its letter and word.
        var truth = packs.Truth;
        var period = truth.Period(pack.Template.Grain, pack.PeriodLabel);
        var units = pack.Template.ScorecardLevels.Contains(Warehouse.Dimensions.OrgUnitLevel.Locality)
            ? truth.UnitKeysByName.Where(u => u.Key == "Northshire" || u.Key.EndsWith(" locality", StringComparison.Ordinal)).Select(u => u.Value).ToList()
            : [truth.UnitKeysByName["Northshire"]];
        foreach (var rag in new[] { Rag.Green, Rag.Amber, Rag.Red })
        {
            var expected = pack.Template.Measures.Sum(m => units.Count(u => truth.Published(pack.Template.PublishedAudience, m.Code, period, u) is { Rag: { } r, IsProvisional: false } && r == rag));
            Occurrences(scorecard, $"{PackPalette.RagLetter(rag)} {rag}").ShouldBe(expected, $"{template} {rag}");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Exceptions_ListEachExceptionWithItsCommentaryOrSayThereIsNone(string template)
    {
        var pack = packs.Packs[template];
        var board = pack.Board!;
        var texts = PageTexts(board.Path);
        var exceptions = string.Join(" ", texts.Where((_, i) => board.PageTitles[i].StartsWith("Exceptions and commentary:", StringComparison.Ordinal)));
        foreach (var e in pack.Story.Exceptions) exceptions.ShouldContain(e.Measure.Code + " ", Case.Sensitive);
        // The fixture has no commentary file: every exception says so, none is invented.
        // (The note under the table quotes the words once.)
        (Occurrences(exceptions, PackException.NoCommentary) - Occurrences(exceptions, $"\"{PackException.NoCommentary}\""))
            .ShouldBe(pack.Story.Exceptions.Count(e => e.Commentary is null));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void NoText_IsSetBelow8Points(string template)
    {
        using var pdf = PdfDocument.Open(packs.Packs[template].Board!.Path);
        foreach (var page in pdf.GetPages())
        {
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            letters.ShouldNotBeEmpty($"page {page.Number}");
            var smallest = letters.MinBy(l => l.PointSize)!;
            smallest.PointSize.ShouldBeGreaterThanOrEqualTo(8, $"page {page.Number}: '{smallest.Value}' at {smallest.PointSize:0.0} pt");
        }
    }

    private static int Occurrences(string text, string word)
    {
        var count = 0;
        for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + word.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
