using ClosedXML.Excel;
using Scorecard.Measures.Catalogue;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Story;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;
using Cols = Scorecard.Reports.Excel.ExcelWorkbookWriter.ScorecardColumns;
using Ex = Scorecard.Reports.Excel.ExcelWorkbookWriter.ExceptionColumns;

namespace Scorecard.Reports.Tests;

/// <summary>The commentary file, the exceptions page and the headlines.</summary>
[Collection(PackCollection.Name)]
public class StoryTests(PackFixture packs)
{
    public static TheoryData<string> Templates => new(PackTemplateReader.Shipped);

    [Theory]
    [MemberData(nameof(Templates))]
    public void FirstRun_WritesACommentaryTemplate_BesideThePack_ListingEveryMeasure(string template)
    {
        var pack = packs.Packs[template];
        pack.Story.Commentary.WrittenNow.ShouldBeTrue();
        Path.GetDirectoryName(pack.Story.Commentary.Path).ShouldBe(Path.GetDirectoryName(pack.WorkbookPath));
        Path.GetFileName(pack.Story.Commentary.Path).ShouldBe($"{template}-{pack.PeriodLabel.Replace(' ', '-')}-commentary.json");
        var text = File.ReadAllText(pack.Story.Commentary.Path);
        // The template reads back as a commentary that says nothing: the pack invents none.
        var read = PackCommentary.Parse(text, pack.Story.Commentary.Path, pack.Template, pack.PeriodLabel);
        read.Headlines.ShouldBeEmpty();
        read.Measures.Keys.Order(StringComparer.Ordinal).ShouldBe(pack.Template.Measures.Select(m => m.Code).Order(StringComparer.Ordinal));
        read.Measures.Values.ShouldAllBe(m => !m.IsProvided);
        // Exceptions come first, each with why.
        foreach (var code in pack.Story.Exceptions.Select(e => e.Measure.Code).Distinct())
            text.IndexOf($"\"measure\": \"{code}\"", StringComparison.Ordinal).ShouldBeLessThan(
                pack.Template.Measures.Where(m => pack.Story.Exceptions.All(e => e.Measure.Code != m.Code)).Select(m => text.IndexOf($"\"measure\": \"{m.Code}\"", StringComparison.Ordinal)).DefaultIfEmpty(int.MaxValue).Min());
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void ExceptionsSheet_ListsEveryRedAndTwiceWorseningValue_OfTheScorecard_WithNoCommentaryProvided(string template)
    {
        var pack = packs.Packs[template];
        var truth = packs.Truth;
        var period = truth.Period(pack.Template.Grain, pack.PeriodLabel);
        var previous = truth.PeriodsByKey[period.PreviousPeriodKey!.Value];
        using var workbook = new XLWorkbook(pack.WorkbookPath);
        var expected = new HashSet<(string, string)>();
        foreach (var row in workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows())
        {
            var measure = MeasureCatalogue.Find(row.Cell(Cols.Code).GetString())!;
            var area = row.Cell(Cols.Area).GetString();
            var current = truth.Published(pack.Template.PublishedAudience, measure.Code, period, truth.UnitKeysByName[area])!;
            var before = truth.Published(pack.Template.PublishedAudience, measure.Code, previous, truth.UnitKeysByName[area]);
            var worseningTwice = !measure.CumulativeInYear && current.DirectionVsPrevious == Direction.Worsening && before?.DirectionVsPrevious == Direction.Worsening;
            if (current.Rag == Rag.Red || worseningTwice) expected.Add((measure.Code, area));
            // A process control concern of the authority is an exception too (ProcessControlPackTests checks which).
            else if (area == "Northshire" && pack.Story.Exceptions.Any(e => e.Measure.Code == measure.Code && e.Unit.Name == area && e.Reasons.Any(r => r.Contains("(SPC: ", StringComparison.Ordinal))))
                expected.Add((measure.Code, area));
            // Never a withheld or provisional value.
            if (current.State == PublishedState.Suppressed || current.IsProvisional) expected.ShouldNotContain((measure.Code, area));
        }
        var listed = workbook.Worksheet(ExcelWorkbookWriter.ExceptionsSheet).Tables.FirstOrDefault(t => t.Name == ExcelWorkbookWriter.ExceptionsTable)?.DataRange.Rows().ToList() ?? [];
        listed.Select(r => (r.Cell(Ex.Code).GetString(), r.Cell(Ex.Area).GetString())).ToHashSet().SetEquals(expected).ShouldBeTrue(
            $"listed {string.Join(", ", listed.Select(r => r.Cell(Ex.Code).GetString() + " " + r.Cell(Ex.Area).GetString()))}; expected {string.Join(", ", expected)}");
        foreach (var row in listed)
        {
            row.Cell(Ex.Why).GetString().ShouldNotBeNullOrWhiteSpace();
            row.Cell(Ex.Commentary).GetString().ShouldBe(PackException.NoCommentary);
            row.Cell(Ex.Owner).GetString().ShouldBe("");
        }
    }

    [Fact]
    public void SomePackHasExceptions_SoTheSheetTestsAreNotVacuous() =>
        packs.Packs.Values.Sum(p => p.Story.Exceptions.Count).ShouldBeGreaterThan(2);

    [Fact]
    public async Task Commentary_GoesBesideItsException_AndHeadlinesOnTheCover_AndAMissingOneIsSaidToBeMissing()
    {
        const string template = "early-help-locality-monthly";
        var fixturePack = packs.Packs[template];
        var codes = fixturePack.Story.Exceptions.Select(e => e.Measure.Code).Distinct().ToList();
        codes.Count.ShouldBeGreaterThanOrEqualTo(2, "the monthly pack's localities give it several exceptions");
        var commented = codes[0];
        var quiet = fixturePack.Template.Measures.First(m => !codes.Contains(m.Code)).Code;
        var folder = Directory.CreateTempSubdirectory("scorecard-commentary-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, PackCommentary.FileName(template, fixturePack.PeriodLabel)), $$"""
                {
                  // Written by hand for the test.
                  "pack": "{{template}}", "period": "{{fixturePack.PeriodLabel}}",
                  "headlines": ["Allocation is back on track.", "", "Step-ups rose in the west."],
                  "measures": [
                    { "measure": "{{commented}}", "commentary": "Two vacancies filled in August.", "owner": "Head of early help", "action": "Review in October" },
                    { "measure": "{{codes[1]}}", "commentary": "", "owner": "", "action": "" },
                    { "measure": "{{quiet}}", "commentary": "Steady.", "owner": "Service manager", "action": "" }
                  ]
                }
                """);
            var writer = new BoardPackWriter(packs.Contexts) { CommentaryFolder = folder };
            var pack = await writer.WriteAsync(fixturePack.Template, fixturePack.PeriodLabel, Path.Combine(folder, "out"));
            pack.Story.Commentary.WrittenNow.ShouldBeFalse();
            pack.Story.Commentary.Headlines.ShouldBe(["Allocation is back on track.", "Step-ups rose in the west."]);
            File.Exists(Path.Combine(folder, "out", PackCommentary.FileName(template, fixturePack.PeriodLabel))).ShouldBeFalse("the configured folder's file was used");

            using var workbook = new XLWorkbook(pack.WorkbookPath);
            var cover = workbook.Worksheet(ExcelWorkbookWriter.CoverSheet).CellsUsed().Select(c => c.GetString()).ToList();
            cover.ShouldContain("Allocation is back on track.");
            cover.ShouldContain("Step-ups rose in the west.");
            var rows = workbook.Table(ExcelWorkbookWriter.ExceptionsTable).DataRange.Rows().ToList();
            foreach (var row in rows.Where(r => r.Cell(Ex.Code).GetString() == commented))
            {
                row.Cell(Ex.Commentary).GetString().ShouldBe("Two vacancies filled in August.");
                row.Cell(Ex.Owner).GetString().ShouldBe("Head of early help");
                row.Cell(Ex.Action).GetString().ShouldBe("Review in October");
            }
            rows.Where(r => r.Cell(Ex.Code).GetString() == codes[1]).ShouldAllBe(r => r.Cell(Ex.Commentary).GetString() == PackException.NoCommentary);
            workbook.Worksheet(ExcelWorkbookWriter.ExceptionsSheet).CellsUsed().ShouldContain(c => c.GetString() == "Steady.");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task AnotherChecksSignal_MakesAnException_WithItsReason()
    {
        var fixturePack = packs.Packs["childrens-trust-quarterly"];
        var quiet = fixturePack.Template.Measures.First(m => fixturePack.Story.Exceptions.All(e => e.Measure.Code != m.Code));
        var folder = Directory.CreateTempSubdirectory("scorecard-signal-").FullName;
        try
        {
            var writer = new BoardPackWriter(packs.Contexts) { Signals = s => [new ExceptionSignal(quiet.Code, s.Authority.OrgUnitKey, "SPC: a run of seven below the centre line")] };
            var pack = await writer.WriteAsync(fixturePack.Template, fixturePack.PeriodLabel, folder);
            pack.Story.Exceptions.ShouldContain(e => e.Measure.Code == quiet.Code && e.Reasons.SequenceEqual(new[] { "SPC: a run of seven below the centre line" }));
            using var workbook = new XLWorkbook(pack.WorkbookPath);
            workbook.Table(ExcelWorkbookWriter.ExceptionsTable).DataRange.Rows()
                .ShouldContain(r => r.Cell(Ex.Code).GetString() == quiet.Code && r.Cell(Ex.Why).GetString() == "SPC: a run of seven below the centre line");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void CommentaryFile_NamesEveryProblem()
    {
        var template = packs.Packs["childrens-trust-quarterly"].Template;
        var e = Should.Throw<CommentaryException>(() => PackCommentary.Parse("""
            { "pack": "qa-audit-quarterly", "period": "2026-27 Q1",
              "measures": [ { "measure": "EH99" }, { "measure": "EH05" }, { "measure": "eh05" } ] }
            """, "c.json", template, "2026-27 Q2"));
        e.Message.ShouldContain("for the pack 'qa-audit-quarterly'");
        e.Message.ShouldContain("it is for 2026-27 Q1, not 2026-27 Q2");
        e.Message.ShouldContain("'EH99' is not a measure");
        e.Message.ShouldContain("EH05 has commentary already");
    }
}
