using ClosedXML.Excel;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Reports.Snapshot;
using Scorecard.Reports.Story;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Reports.Excel;

/// <summary>
/// The pack workbook: cover, scorecard, a sheet per section (trend and comparison), definitions and data
/// quality. Numbers are numbers with formats (a BI officer can point a formula at them through the named
/// tables), every sheet prints on A4 landscape one page wide, and suppressed cells say "c" with a footnote.
/// </summary>
public sealed partial class ExcelWorkbookWriter
{
    public const string CoverSheet = "Cover";
    public const string ScorecardSheet = "Scorecard";
    public const string ExceptionsSheet = "Exceptions";
    public const string ExceptionsTable = "Exceptions";
    public const string CommentaryTable = "Commentary";
    public const string EqualitySheet = "Equality";
    public const string EqualityTable = "Equality";

    /// <summary>Exceptions table columns (1-based).</summary>
    public static class ExceptionColumns
    {
        public const int Code = 1, Measure = 2, Area = 3, ThisPeriod = 4, Target = 5, Why = 6, Commentary = 7, Owner = 8, Action = 9;
        public const int Count = 9;
    }
    public const string DefinitionsSheet = "Definitions";
    public const string DataQualitySheet = "Data quality";
    public const string ScorecardTable = "Scorecard";

    /// <summary>Scorecard table columns (1-based), for readers such as the tests.</summary>
    public static class ScorecardColumns
    {
        // What a board reads first (value, target, RAG, direction, variation and assurance) comes first: with every
        // percentage's base beside it the table is wider than A4 at a readable size, and the comparisons print on the page
        // after, by code and name.
        public const int Code = 1, Measure = 2, Area = 3, BetterWhen = 4, ThisPeriod = 5, Target = 6, Rag = 7, VsPrevious = 8, VsLastYear = 9,
            Variation = 10, Assurance = 11, PreviousPeriod = 12, LastYear = 13, Baseline = 14;
        public const int Count = 14;
    }

    private static readonly XLColor HeaderFill = Colour(PackPalette.Header.Fill);
    private static readonly XLColor HeaderInk = Colour(PackPalette.Header.Ink);
    private static readonly XLColor TitleInk = Colour(PackPalette.Title);
    private static readonly XLColor NoteInk = Colour(PackPalette.NoteInk);
    private static readonly XLColor AuthorityFill = Colour(PackPalette.AuthorityFill);

    private static XLColor Colour(string hex) => XLColor.FromHtml(hex);

    public void Write(PackSnapshot s, string path, PackStory? story = null)
    {
        story ??= PackStory.None;
        using var workbook = new XLWorkbook();
        workbook.Style.Font.FontName = "Arial";
        workbook.Style.Font.FontSize = 10;
        // Rows grow for wrapped measure names; centred, the numbers beside them stay level with the text.
        workbook.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
        workbook.Properties.Title = $"{s.Template.Title}, {s.Period.Label}";
        workbook.Properties.Author = s.Authority.Name;
        workbook.Properties.Subject = s.Template.Audience;
        workbook.Properties.Created = s.GeneratedAtUtc;

        var sectionSheets = SectionSheetNames(s.Template);
        Cover(workbook.AddWorksheet(CoverSheet), s, sectionSheets, story);
        Scorecard(workbook.AddWorksheet(ScorecardSheet), s);
        Exceptions(workbook.AddWorksheet(ExceptionsSheet), s, story);
        if (s.Benchmarked.Any()) Benchmarks(workbook.AddWorksheet(BenchmarksSheet), s);
        for (var i = 0; i < s.Template.Sections.Count; i++)
            Section(workbook.AddWorksheet(sectionSheets[i]), s, s.Template.Sections[i], i + 1);
        if (s.Template.EqualityMeasures.Count > 0) Equality(workbook.AddWorksheet(EqualitySheet), s);
        Definitions(workbook.AddWorksheet(DefinitionsSheet), s);
        DataQuality(workbook.AddWorksheet(DataQualitySheet), s);

        foreach (var sheet in workbook.Worksheets) PrintSetup(sheet, s);
        workbook.Worksheet(CoverSheet).SetTabActive();
        workbook.SaveAs(path);
        PrintTitles.MakeAbsolute(path);
    }

    internal static List<string> SectionSheetNames(PackTemplate t) => t.Sections.Select(x => x.Title).ToList();

    private static void Cover(IXLWorksheet sheet, PackSnapshot s, List<string> sectionSheets, PackStory story)
    {
        var layout = new SheetLayout(sheet);
        layout.FixWidth(1, 24);
        layout.FixWidth(2, 96);
        Title(layout, 1, s.Template.Title, 18);
        layout.Spill(2, 1, s.Authority.Name).Style.Font.SetBold().Font.SetFontSize(13);
        layout.Spill(3, 1, s.Template.Audience).Style.Font.SetItalic();
        layout.MinimumHeight(1, 26);
        layout.MinimumHeight(2, 18);

        var row = 5;
        void Item(string label, Action<int> value)
        {
            layout.Text(row, 1, label, bold: true).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            value(row);
            row++;
        }
        Item("Period", r => layout.Text(r, 2, s.Period.Label).AddToNamed("PackPeriod", XLScope.Workbook));
        Item("Period runs", r => layout.Text(r, 2, $"{PackText.Date(s.Period.StartDate)} to {PackText.Date(s.Period.EndDate)}" + (s.Period.IsComplete ? "" : " (not yet complete: the data does not reach its end)")));
        Item("Compared with", r => layout.Wrapped(r, 2,
            $"previous {s.Template.GrainWord}: {s.PreviousPeriod?.Label ?? "none in the data"}; same {s.Template.GrainWord} last year: {s.LastYearPeriod?.Label ?? "none in the data"}"));
        Item("Areas", r => layout.Wrapped(r, 2,
            $"Scorecard: {Levels(s.Template.ScorecardLevels)}. Section sheets compare {Levels(s.Template.ComparisonLevels)} with {s.Authority.Name} as a whole."));
        Item("Generated", r => layout.DateTimeUtc(r, 2, s.GeneratedAtUtc).AddToNamed("PackGenerated", XLScope.Workbook).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Left);
        Item("Data as of", r => layout.Wrapped(r, 2, (PackText.DataAsOf(s.DataQuality) is { } asOf ? $"{PackText.Date(asOf)} (the newest record loaded)\n" : "") +
            string.Join("\n", s.DataQuality.Batches.Select(b =>
                $"Extract '{PackText.ExtractName(b.SourceName)}' ({b.SourceKind}), loaded {PackText.Date(DateOnly.FromDateTime(b.FinishedAtUtc ?? b.StartedAtUtc))}: {b.RowsRead:N0} rows read, {b.RowsRejected:N0} rejected (load batch {b.LoadBatchId})"))));
        Item("Measures refreshed", r => layout.Wrapped(r, 2, s.DataQuality.Refresh is { } refresh
            ? $"{PackText.DateTimeUtc(refresh.FinishedAtUtc ?? refresh.StartedAtUtc)} ({refresh.Kind.ToLowerInvariant()} refresh up to load batch {refresh.UpToBatchId})"
            : "never"));
        Item("Small numbers", r => layout.Wrapped(r, 2, PackText.Suppression(s.Suppress)).Style.Font.SetBold(!s.Suppress));
        Item("Template", r => layout.Text(r, 2, $"{s.Template.Name} (report-templates/{s.Template.Name}.json)"));

        row++;
        // The story first: what the board should take away, in the words of those who run the service.
        layout.Spill(row++, 1, "Headlines").Style.Font.SetBold().Font.SetFontSize(12).Font.SetFontColor(TitleInk);
        if (story.Commentary.Headlines.Count == 0)
            layout.Paragraph(row++, 1, 2, NoHeadlines(story), isNote: false).Style.Font.SetItalic().Font.SetFontColor(NoteInk);
        foreach (var headline in story.Commentary.Headlines)
        {
            layout.Text(row, 1, "•").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            layout.Wrapped(row++, 2, headline).Style.Font.SetBold();
        }
        row++;
        layout.Spill(row++, 1, "Contents").Style.Font.SetBold().Font.SetFontSize(12).Font.SetFontColor(TitleInk);
        var contents = new List<(string Sheet, string About)>
        {
            (ScorecardSheet, $"Every measure for {s.Period.Label}: previous {s.Template.GrainWord}, same {s.Template.GrainWord} last year, baseline, target, RAG and direction of travel."),
            (ExceptionsSheet, $"What is red, worsening two {s.Template.GrainWord}s running or a process control concern, with the owner's commentary and action ({story.Exceptions.Count} this {s.Template.GrainWord})."),
        };
        for (var i = 0; i < s.Template.Sections.Count; i++)
        {
            var section = s.Template.Sections[i];
            contents.Add((sectionSheets[i], section.Description ?? $"Trend over {s.TrendPeriods.Count} {s.Template.GrainWord}s and {Levels(s.Template.ComparisonLevels)} compared."));
        }
        if (s.Template.EqualityMeasures.Count > 0)
            contents.Add((EqualitySheet, $"{string.Join(", ", s.Template.EqualityMeasures.Select(m => m.Code))} by age band, sex and ethnicity group, {s.Period.Label}."));
        contents.Add((DefinitionsSheet, "What each measure counts: numerator, denominator, polarity, source."));
        contents.Add((DataQualitySheet, "Where the data came from: loads, rows rejected and why, how recent each source is."));
        foreach (var (name, about) in contents)
        {
            var link = layout.Text(row, 1, name);
            link.Hyperlink = new XLHyperlink($"'{name}'!A1");
            link.Style.Font.SetUnderline(XLFontUnderlineValues.Single).Font.SetFontColor(Colour(PackPalette.Link));
            layout.Wrapped(row++, 2, about);
        }

        row++;
        layout.Spill(row++, 1, "Reading the scorecard").Style.Font.SetBold().Font.SetFontSize(12).Font.SetFontColor(TitleInk);
        foreach (var (term, meaning) in new (string Term, string Meaning)[]
        {
            ("RAG", "Green: on or better than target. Amber: worse than target but within tolerance (5 percentage points for percentages, 10% of the target for counts, unless the target says otherwise). Red: worse than that. No RAG for context measures, without a target, or while a value is provisional."),
            ("▲ ▼ ►", "The arrow shows which way the value moved (up, down, no change); the word says whether that is better or worse for the measure: a fall in re-referrals is ▼ improving. Context measures say only up or down."),
            s.Suppress ? ("c", PackText.Suppression(true)) : ("", ""),
            ("p", "Provisional: records dated after the period can still change the value, so it has no RAG or direction yet; the notes say when it settles."),
            ("-", "No value: nothing to divide by (for example no audits were moderated)."),
            ("not available", "Not available from this source: a table the measure needs has never been loaded, or the records of the period came from a source that does not record what the measure needs (a SystemC contact has no early help flag). It is not 0; the Definitions sheet says why."),
        }.Where(x => x.Term.Length > 0))
        {
            layout.Text(row, 1, term, bold: true).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            layout.Wrapped(row++, 2, meaning);
        }
        sheet.Range(5, 1, row, 2).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        layout.Apply(maximum: 96);
        layout.PrintOnA4(2, 1, 1, 0);
    }

    private static void Scorecard(IXLWorksheet sheet, PackSnapshot s)
    {
        var layout = new SheetLayout(sheet);
        var grain = s.Template.GrainWord;
        Title(layout, 1, $"Scorecard: {s.Period.Label}", 15);
        layout.Paragraph(2, 1, ScorecardColumns.Count, $"{s.Authority.Name}. {PackText.PeriodWithDates(s.Period)}. RAG against the {s.Period.FinancialYearLabel} targets; arrows compare with the previous {grain} and the same {grain} last year.", isNote: false)
            .Style.Font.SetFontColor(NoteInk);

        // Which period each value column is: above the header, so the table's column names stay the same every quarter.
        const int periodRow = 4, header = 5;
        layout.Spill(periodRow, ScorecardColumns.ThisPeriod, s.Period.Label);
        layout.Spill(periodRow, ScorecardColumns.PreviousPeriod, s.PreviousPeriod?.Label ?? "");
        layout.Spill(periodRow, ScorecardColumns.LastYear, s.LastYearPeriod?.Label ?? "");
        layout.Spill(periodRow, ScorecardColumns.Baseline, CommonBaseline(s) ?? "");
        layout.Spill(periodRow, ScorecardColumns.Target, s.Period.FinancialYearLabel);
        sheet.Range(periodRow, ScorecardColumns.ThisPeriod, periodRow, ScorecardColumns.Count).Style
            .Font.SetBold().Font.SetFontColor(TitleInk).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);

        string[] headings =
        [
            "Code", "Measure", "Area", "Better when", "This period", "Target", "RAG", $"vs previous {grain}", $"vs same {grain} last year",
            "Variation", "Assurance", $"Previous {grain}", $"Same {grain} last year", "Baseline",
        ];
        Header(layout, header, 1, headings, ScorecardColumns.ThisPeriod, ScorecardColumns.Count);
        layout.Sheet.Cell(header, ScorecardColumns.Rag).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        // Narrow enough that the scorecard, bases and all, prints one page wide at 80% or more: long names wrap.
        layout.FixWidth(ScorecardColumns.Measure, 26);
        layout.FixWidth(ScorecardColumns.Area, 11);

        var row = header;
        var shown = new List<(MeasureDefinition, ShownValue)>();
        foreach (var unit in s.ScorecardUnits)
        {
            foreach (var m in s.Template.Measures)
            {
                row++;
                // The authority's rows are shaded when areas follow, so each block starts visibly (RAG fills go over it).
                if (unit.Level == OrgUnitLevel.Authority && s.ScorecardUnits.Count > 1)
                    sheet.Range(row, 1, row, ScorecardColumns.Count).Style.Fill.SetBackgroundColor(AuthorityFill);
                var current = s.Show(m, s.Period, unit);
                var previous = s.Show(m, s.PreviousPeriod, unit);
                var lastYear = s.Show(m, s.LastYearPeriod, unit);
                shown.AddRange([(m, current), (m, previous), (m, lastYear)]);
                layout.Text(row, ScorecardColumns.Code, m.Code);
                layout.Wrapped(row, ScorecardColumns.Measure, m.Name);
                layout.Wrapped(row, ScorecardColumns.Area, unit.Name);
                layout.Text(row, ScorecardColumns.BetterWhen, BetterWhen(m));
                Value(layout, row, ScorecardColumns.ThisPeriod, m, current).Style.Font.SetBold();
                Value(layout, row, ScorecardColumns.PreviousPeriod, m, previous);
                Value(layout, row, ScorecardColumns.LastYear, m, lastYear);
                Baseline(layout, row, ScorecardColumns.Baseline, s, m, unit, shown);
                if (current.Row?.Target is { } target) Value(layout, row, ScorecardColumns.Target, m, target);
                Rag(layout, row, ScorecardColumns.Rag, current);
                // A year-to-date count is not compared with the month before (it only grows through the year).
                Direction(layout, row, ScorecardColumns.VsPrevious, current, m.CumulativeInYear ? ShownValue.NoPeriod : previous, current.Row?.DirectionVsPrevious);
                Direction(layout, row, ScorecardColumns.VsLastYear, current, lastYear, current.Row?.DirectionVsLastYear);
                // Process control reads the authority's long series only.
                if (unit == s.Authority && s.Spc.TryGetValue(m.Code, out var spc)) ProcessControlCells(layout, row, spc);
            }
        }
        if (row > header) Table(sheet, header, row, ScorecardColumns.Count, ScorecardTable);
        layout.SameWidth(ScorecardColumns.PreviousPeriod, ScorecardColumns.Baseline);
        layout.AtLeast(ScorecardColumns.Rag, 9);
        layout.AtLeast(ScorecardColumns.VsPrevious, 13);
        layout.AtLeast(ScorecardColumns.VsLastYear, 13);
        layout.AtLeast(ScorecardColumns.Variation, 13);
        layout.AtLeast(ScorecardColumns.Assurance, 11);
        Notes(layout, row + 2, ScorecardColumns.Count, s, profiled: s.Template.Measures.Any(m => m.CumulativeInYear), shown: shown, processControl: true);
        layout.Apply();
        sheet.SheetView.Freeze(header, ScorecardColumns.Measure);
        layout.PrintOnA4(ScorecardColumns.Count, header, header, ScorecardColumns.Measure);
    }

    /// <summary>What the cover says when there are no headlines: where they would come from.</summary>
    private static string NoHeadlines(PackStory story) => story.Commentary.Path.Length == 0
        ? "No headline messages were provided."
        : $"No headline messages were provided: they come from the commentary file {Path.GetFileName(story.Commentary.Path)}" +
          (story.Commentary.WrittenNow ? ", written as a template with this pack to be filled in." : ".");

    /// <summary>
    /// The exceptions page: each exception found in the published values with why it is one and its owner's
    /// commentary and action, "No commentary provided" where there is none; then commentary on other measures.
    /// </summary>
    private static void Exceptions(IXLWorksheet sheet, PackSnapshot s, PackStory story)
    {
        var layout = new SheetLayout(sheet);
        var grain = s.Template.GrainWord;
        Title(layout, 1, $"Exceptions and commentary: {s.Period.Label}", 15);
        layout.Paragraph(2, 1, ExceptionColumns.Count, $"{s.Authority.Name}. Measures red against target, worsening two {grain}s running, or showing a special-cause concern in process control, from the published values, with what their owners say.", isNote: false)
            .Style.Font.SetFontColor(NoteInk);
        const int header = 4;
        Header(layout, header, 1, ["Code", "Measure", "Area", "This period", "Target", "Why", "Commentary", "Owner", "Action"], ExceptionColumns.ThisPeriod, ExceptionColumns.Target);
        // Widths that print one page wide: the words wrap, the numbers do not.
        layout.FixWidth(ExceptionColumns.Measure, 22);
        layout.FixWidth(ExceptionColumns.Area, 11);
        layout.FixWidth(ExceptionColumns.Why, 16);
        layout.FixWidth(ExceptionColumns.Commentary, 36);
        layout.FixWidth(ExceptionColumns.Owner, 12);
        layout.FixWidth(ExceptionColumns.Action, 22);
        var row = header;
        var shown = new List<(MeasureDefinition, ShownValue)>();
        foreach (var e in story.Exceptions)
        {
            row++;
            layout.Text(row, ExceptionColumns.Code, e.Measure.Code);
            layout.Wrapped(row, ExceptionColumns.Measure, e.Measure.Name);
            layout.Wrapped(row, ExceptionColumns.Area, e.Unit.Name);
            shown.Add((e.Measure, e.Value));
            Value(layout, row, ExceptionColumns.ThisPeriod, e.Measure, e.Value, ragLetter: true);
            if (e.Value.Row?.Target is { } target) Value(layout, row, ExceptionColumns.Target, e.Measure, target);
            layout.Wrapped(row, ExceptionColumns.Why, string.Join("; ", e.Reasons));
            if (e.Commentary is { } c)
            {
                layout.Wrapped(row, ExceptionColumns.Commentary, c.Commentary.Length > 0 ? c.Commentary : PackException.NoCommentary);
                layout.Wrapped(row, ExceptionColumns.Owner, c.Owner);
                layout.Wrapped(row, ExceptionColumns.Action, c.Action);
            }
            else layout.Wrapped(row, ExceptionColumns.Commentary, PackException.NoCommentary).Style.Font.SetItalic().Font.SetFontColor(NoteInk);
        }
        if (row > header) Table(sheet, header, row, ExceptionColumns.Count, ExceptionsTable);
        else layout.Paragraph(++row, 1, ExceptionColumns.Count, $"No measure is red, worsening two {grain}s running or showing a process control concern this {grain}.", isNote: false);
        sheet.Range(header + 1, 1, Math.Max(row, header + 1), ExceptionColumns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;

        // Commentary written for measures that are not exceptions still reaches the board.
        var excepted = story.Exceptions.Select(e => e.Measure.Code).ToHashSet();
        var others = s.Template.Measures.Where(m => !excepted.Contains(m.Code)).Select(m => (Measure: m, Commentary: story.Commentary.For(m.Code))).Where(x => x.Commentary is not null).ToList();
        if (others.Count > 0)
        {
            row += 2;
            Subtitle(layout, row++, "Commentary on other measures");
            var otherHeader = row;
            Header(layout, row, 1, ["Code", "Measure", "Commentary", "Owner", "Action"]);
            foreach (var (m, c) in others)
            {
                row++;
                layout.Text(row, 1, m.Code);
                layout.Wrapped(row, 2, m.Name);
                // Merged over the exceptions table's columns, so both tables share one set of widths.
                layout.Paragraph(row, 3, ExceptionColumns.Commentary, c!.Commentary, isNote: false);
                layout.Wrapped(row, ExceptionColumns.Owner, c.Owner);
                layout.Wrapped(row, ExceptionColumns.Action, c.Action);
            }
            sheet.Range(otherHeader + 1, 1, row, ExceptionColumns.Count).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        }

        row += 2;
        Note(layout, row++, ExceptionColumns.Count, $"Exceptions are found from the published values, never chosen: red against target, worsening against the previous {grain} in this {grain} and the one before, or a special-cause concern at the latest settled point of the process control chart. " +
            "A withheld (c) or provisional value has no RAG or direction, so it is never an exception. Letters beside a value: G green, A amber, R red.");
        Note(layout, row++, ExceptionColumns.Count, story.Commentary.Path.Length == 0
            ? "No commentary file was read for this pack."
            : $"Commentary, owners and actions: {Path.GetFileName(story.Commentary.Path)}, written by the council's performance team; \"{PackException.NoCommentary}\" where the file has none." +
              (story.Commentary.WrittenNow ? " It did not exist: a template for it was written beside this pack, to be filled in." : ""));
        if (PackText.ProvisionalNote(s.Settling(shown)) is { } provisional) Note(layout, row++, ExceptionColumns.Count, provisional);
        layout.Apply();
        sheet.SheetView.Freeze(header, 0);
        layout.PrintOnA4(ExceptionColumns.Count, header, header, 0);
    }

    /// <summary>
    /// The equality page: each named measure for the authority in the period, in total and by age band, sex and
    /// ethnicity group. Every value is a published cell, withheld ("c") where it or the sums around it would reveal a small number.
    /// </summary>
    private static void Equality(IXLWorksheet sheet, PackSnapshot s)
    {
        var layout = new SheetLayout(sheet);
        Title(layout, 1, $"Equality: {s.Period.Label}", 15);
        const int lastColumn = 5;
        layout.Paragraph(2, 1, lastColumn, $"{s.Authority.Name}, {PackText.PeriodWithDates(s.Period)}. Each measure in total and by the child's age band, sex and ethnicity group, as recorded.", isNote: false)
            .Style.Font.SetFontColor(NoteInk);
        const int header = 4;
        Header(layout, header, 1, ["Code", "Measure", "Breakdown", "Group", "Value"], 5);
        layout.FixWidth(2, 30);
        var row = header;
        var shown = new List<(MeasureDefinition, ShownValue)>();
        foreach (var m in s.Template.EqualityMeasures)
        {
            var total = s.Show(m, s.Period, s.Authority);
            var lines = new List<(string Kind, string Group, ShownValue Value, bool Bold)> { ("All", "All children", total, true) };
            foreach (var (kind, word) in new[] { (MeasureAggregator.AgeBand, "Age band"), (MeasureAggregator.Sex, "Sex"), (MeasureAggregator.EthnicityGroup, "Ethnicity group") })
                foreach (var value in MeasureAggregator.BreakdownValues(kind))
                {
                    // Groups in their usual order; only those the warehouse published (a group no child was ever recorded in has no row).
                    if (s.EqualityCells.FirstOrDefault(c => c.MeasureCode == m.Code && c.BreakdownKind == kind && c.BreakdownValue == value) is { } cell)
                        lines.Add((word, GroupName(kind, value), new ShownValue(cell), false));
                }
            foreach (var (kind, group, value, bold) in lines)
            {
                row++;
                layout.Text(row, 1, m.Code, bold);
                layout.Wrapped(row, 2, m.Name, bold);
                layout.Text(row, 3, kind, bold);
                layout.Text(row, 4, group, bold);
                shown.Add((m, value));
                var cell = Value(layout, row, 5, m, value);
                if (bold) cell.Style.Font.SetBold();
            }
        }
        if (row > header) Table(sheet, header, row, lastColumn, EqualityTable);
        row += 2;
        Note(layout, row++, lastColumn, PackText.Suppression(s.Suppress) + (s.Suppress ? " A group is also withheld where it and the total would give away another group's small number." : ""));
        Note(layout, row++, lastColumn, "Age at the end of the period. Groups as recorded in the case system; Unknown where nothing usable was recorded. Percentages are the group's own (its numerator over its denominator).");
        if (PackText.ProvisionalNote(s.Settling(shown)) is { } provisional) Note(layout, row++, lastColumn, provisional);
        layout.Apply();
        sheet.SheetView.Freeze(header, 2);
        layout.PrintOnA4(lastColumn, header, header, 2);
    }

    /// <summary>"Male" for M; age bands and ethnicity groups are already words.</summary>
    private static string GroupName(string kind, string value) =>
        kind == MeasureAggregator.Sex ? CodeLists.All.FirstOrDefault(c => c.CodeSet == CodeLists.Sex && c.Code == value)?.Label ?? value
        : kind == MeasureAggregator.AgeBand && value != "Unknown" ? value + " years"
        : value;

    private static void Section(IXLWorksheet sheet, PackSnapshot s, PackSection section, int number)
    {
        var layout = new SheetLayout(sheet);
        var grain = s.Template.GrainWord;
        Title(layout, 1, section.Title, 15);
        layout.Spill(2, 1, section.Description ?? $"{s.Authority.Name}, {PackText.PeriodWithDates(s.Period)}.").Style.Font.SetFontColor(NoteInk);
        layout.FixWidth(2, 30);

        // Trend: measures down, periods across, the reported period last.
        var row = 4;
        Subtitle(layout, row++, $"Trend: {s.Authority.Name}, last {s.TrendPeriods.Count} {grain}s");
        var header = row;
        var headings = new List<string> { "Code", "Measure", "Better when" };
        headings.AddRange(s.TrendPeriods.Select(p => p.Label));
        headings.Add($"Target {s.Period.FinancialYearLabel}");
        headings.Add(CommonBaseline(s) is { } common ? $"Baseline {common}" : "Baseline");
        Header(layout, header, 1, headings, 4);
        var shown = new List<(MeasureDefinition, ShownValue)>();
        foreach (var m in section.Measures)
        {
            row++;
            layout.Text(row, 1, m.Code);
            layout.Wrapped(row, 2, m.Name);
            layout.Text(row, 3, BetterWhen(m));
            for (var i = 0; i < s.TrendPeriods.Count; i++)
            {
                var v = s.Show(m, s.TrendPeriods[i], s.Authority);
                shown.Add((m, v));
                var cell = Value(layout, row, 4 + i, m, v);
                if (i == s.TrendPeriods.Count - 1) cell.Style.Font.SetBold();
            }
            if (s.Cell(m.Code, s.Period.PeriodKey, s.Authority.OrgUnitKey)?.Target is { } target)
                Value(layout, row, 4 + s.TrendPeriods.Count, m, target);
            Baseline(layout, row, 5 + s.TrendPeriods.Count, s, m, s.Authority, shown);
        }
        var lastColumn = 3 + s.TrendPeriods.Count + 2;
        if (section.Measures.Count > 0) Table(sheet, header, row, lastColumn, $"Section{number}_Trend");

        // Comparison: the same measures for each locality or team in the reported period, the authority last.
        var units = s.ComparisonUnits.Where(u => s.Concerns(u, section.Measures)).ToList();
        if (section.Measures.Count > 0)
        {
            row += 2;
            Subtitle(layout, row++, $"Comparison: {Levels(s.Template.ComparisonLevels)}, {s.Period.Label}");
            var compareHeader = row;
            var columns = new List<string> { "Code", "Measure", "Better when" };
            columns.AddRange(units.Select(u => u.Name));
            columns.Add(s.Authority.Name);
            Header(layout, compareHeader, 1, columns, 4);
            foreach (var m in section.Measures)
            {
                row++;
                layout.Text(row, 1, m.Code);
                layout.Wrapped(row, 2, m.Name);
                layout.Text(row, 3, BetterWhen(m));
                for (var i = 0; i <= units.Count; i++)
                {
                    var unit = i < units.Count ? units[i] : s.Authority;
                    var v = s.Show(m, s.Period, unit);
                    shown.Add((m, v));
                    var cell = Value(layout, row, 4 + i, m, v, ragLetter: true);
                    if (unit == s.Authority) cell.Style.Font.SetBold();
                }
            }
            Table(sheet, compareHeader, row, 3 + units.Count + 1, $"Section{number}_Comparison");
            row++;
            Note(layout, ++row, 3 + units.Count + 1, "Shading and letter: RAG of each area's value against its target (G green: on or better; A amber: within tolerance; R red: worse; none while provisional). Areas with nothing counted for these measures are left out.");
        }

        if (section.HasAuditGrades) row = AuditGradeTables(layout, s, row + 2, number, shown);
        // Periods and areas read across evenly; wide enough for "2026-27 Q2" and a team name over two lines.
        var valueColumns = Math.Max(lastColumn, 3 + units.Count + 1);
        for (var column = 4; column <= valueColumns; column++) layout.AtLeast(column, 10.5);
        layout.SameWidth(4, valueColumns);
        Notes(layout, row + 2, valueColumns, s, profiled: section.Measures.Any(m => m.CumulativeInYear), shown: shown);
        layout.Apply();
        sheet.SheetView.Freeze(header, 2);
        layout.PrintOnA4(valueColumns, 1, 1, 2);
    }

    /// <summary>
    /// QA02 is a distribution: grades by audit section, the overall grade by period, and by area. Every count is a
    /// published cell. For the overall judgement, audits graded is QA02 itself and good or better is QA01; for the
    /// other sections they are added up here, and only when no grade of the row is withheld.
    /// </summary>
    private static int AuditGradeTables(SheetLayout layout, PackSnapshot s, int row, int number, List<(MeasureDefinition, ShownValue)> shown)
    {
        var grain = s.Template.GrainWord;
        var qa01 = MeasureCatalogue.Find(ChartKinds.GoodOrBetterMeasure)!;
        var qa02 = MeasureCatalogue.Find(ChartKinds.AuditGradeMeasure)!;
        string[] gradeHeadings = ["1 Outstanding", "2 Good", "3 Requires improvement", "4 Inadequate", "Graded", "Good or better"];

        int Block(int start, string title, string firstHeading, IEnumerable<(string Label, Warehouse.Measures.Period Period, PackUnit Unit, string Section, bool Bold)> lines, string tableName)
        {
            var r = start;
            Subtitle(layout, r++, title);
            var head = r;
            var headings = new List<string> { firstHeading };
            headings.AddRange(gradeHeadings);
            Header(layout, head, 2, headings, 3);
            foreach (var (label, period, unit, section, bold) in lines)
            {
                r++;
                layout.Text(r, 2, label, bold);
                var grades = s.Grades(period.PeriodKey, unit.OrgUnitKey, section);
                for (var grade = 1; grade <= 4; grade++)
                {
                    var cell = grades.FirstOrDefault(g => g.BreakdownValue == grade.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    // No cell: no audit had that grade, which is 0.
                    if (cell is null) layout.Count(r, 2 + grade, 0);
                    else
                    {
                        var v = new ShownValue(cell);
                        shown.Add((qa02, v));
                        Value(layout, r, 2 + grade, qa02, v);
                    }
                }
                if (section == ChartKinds.OverallAuditSection)
                {
                    var graded = s.Show(qa02, period, unit);
                    var good = s.Show(qa01, period, unit);
                    shown.AddRange([(qa02, graded), (qa01, good)]);
                    Value(layout, r, 7, qa02, graded);
                    Value(layout, r, 8, qa01, good);
                }
                else if (grades.Any(g => g.State == PublishedState.Suppressed))
                {
                    layout.Text(r, 7, SmallNumbers.Symbol).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                    layout.Text(r, 8, SmallNumbers.Symbol).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                }
                else
                {
                    var total = grades.Sum(g => g.Numerator ?? 0);
                    layout.Count(r, 7, total);
                    if (total == 0) layout.Text(r, 8, DisplayText.NoValue).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                    else
                    {
                        var good = grades.Where(g => g.BreakdownValue is "1" or "2").Sum(g => g.Numerator ?? 0);
                        layout.Percentage(r, 8, 100.0 * good / total, suffix: PackText.OutOf(good, total));
                    }
                }
            }
            Table(layout.Sheet, head, r, 8, tableName, firstColumn: 2);
            return r + 2;
        }

        row = Block(row, $"Audit grades by section: {s.Authority.Name}, {s.Period.Label}", "Audit section",
            PackTemplateReader.AuditSections.Select(a => (a.Value, s.Period, s.Authority, a.Key, a.Key == ChartKinds.OverallAuditSection)),
            $"Section{number}_GradesBySection");
        row = Block(row, $"Overall judgement by {grain}: {s.Authority.Name}", grain[..1].ToUpperInvariant() + grain[1..],
            s.TrendPeriods.Select(p => (p.Label, p, s.Authority, ChartKinds.OverallAuditSection, p == s.Period)),
            $"Section{number}_GradesByPeriod");
        row = Block(row, $"Overall judgement by {Levels(s.Template.ComparisonLevels)}: {s.Period.Label}", "Area",
            s.ComparisonUnits.Where(u => s.Grades(s.Period.PeriodKey, u.OrgUnitKey, ChartKinds.OverallAuditSection).Count > 0)
                .Select(u => (u.Name, s.Period, u, ChartKinds.OverallAuditSection, false))
                .Append((s.Authority.Name, s.Period, s.Authority, ChartKinds.OverallAuditSection, true)),
            $"Section{number}_GradesByArea");
        Note(layout, row - 1, 8, $"Grades are the moderated grade where an audit was moderated. Graded: audits with a grade for the section ({qa02.Code} for the overall judgement). " +
                $"Good or better: grades 1 and 2 as a percentage of those graded ({qa01.Code} for the overall judgement).", firstColumn: 2);
        for (var column = 3; column <= 8; column++) layout.AtLeast(column, 12.5);
        return row;
    }

    private static void Definitions(IXLWorksheet sheet, PackSnapshot s)
    {
        var layout = new SheetLayout(sheet);
        Title(layout, 1, "Definitions", 15);
        layout.Paragraph(2, 1, 10, "What each measure in this pack counts, from the measure catalogue. Percentages are numerator over denominator, re-aggregated from counts (never averaged).", isNote: false)
            .Style.Font.SetFontColor(NoteInk);
        const int header = 4;
        Header(layout, header, 1, ["Code", "Measure", "Description", "Numerator", "Denominator", "Unit", "Better when", "Counting unit", "Source", "Available"]);
        // Long definitions read from the top of their row.
        sheet.Range(header + 1, 1, header + s.Template.MeasuresRead.Count, 10).Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
        // Widths that print one page wide at 80%: the long texts wrap.
        layout.FixWidth(2, 20);
        layout.FixWidth(3, 36);
        layout.FixWidth(4, 26);
        layout.FixWidth(5, 22);
        layout.FixWidth(8, 10);
        layout.FixWidth(9, 14);
        layout.FixWidth(10, 20);
        var row = header;
        foreach (var m in s.Template.MeasuresRead)
        {
            row++;
            layout.Text(row, 1, m.Code, bold: true);
            layout.Wrapped(row, 2, m.Name);
            layout.Wrapped(row, 3, m.Description);
            layout.Wrapped(row, 4, m.Numerator);
            layout.Wrapped(row, 5, m.Denominator ?? "-");
            layout.Text(row, 6, PackText.Unit(m));
            layout.Text(row, 7, BetterWhen(m));
            layout.Wrapped(row, 8, m.CountingUnit);
            layout.Wrapped(row, 9, PackText.DefinitionSource(m));
            layout.Wrapped(row, 10, Availability(s, m));
        }
        Table(sheet, header, row, 10, "Definitions");
        layout.Apply();
        sheet.SheetView.Freeze(header, 2);
        layout.PrintOnA4(10, header, header, 2);
    }

    /// <summary>"Yes"; or not available, with the reason: never loaded, or not for some of the pack's periods.</summary>
    private static string Availability(PackSnapshot s, MeasureDefinition m)
    {
        if (!s.IsAvailable(m))
            return s.MeasureRows.TryGetValue(m.Code, out var measure) && measure.AvailabilityNote is { } note
                ? $"No: {note}"
                : "No: not available from this source (its tables have not been loaded)";
        var gaps = s.TrendPeriods.Select(p => (Period: p, Row: s.Cell(m.Code, p.PeriodKey, s.Authority.OrgUnitKey)))
            .Where(x => x.Row is { State: PublishedState.NotAvailable }).ToList();
        if (gaps.Count == 0) return "Yes";
        return $"Not for {(gaps.Count == s.TrendPeriods.Count ? "any period in this pack" : string.Join(", ", gaps.Select(g => g.Period.Label)))}. {gaps[^1].Row!.Note}";
    }

    private static void DataQuality(IXLWorksheet sheet, PackSnapshot s)
    {
        var layout = new SheetLayout(sheet);
        var q = s.DataQuality;
        Title(layout, 1, "Data quality", 15);
        layout.Paragraph(2, 1, 10, q.Refresh is { } refresh
                ? $"Measures refreshed {PackText.DateTimeUtc(refresh.FinishedAtUtc ?? refresh.StartedAtUtc)} from load batches up to {refresh.UpToBatchId}. Rows that failed the extract contract were rejected, not loaded: they count in no measure."
                : "The measures have not been refreshed.", isNote: false)
            .Style.Font.SetFontColor(NoteInk);
        layout.FixWidth(2, 44);
        for (var column = 4; column <= 10; column++) layout.AtLeast(column, 11);

        var row = 4;
        Subtitle(layout, row++, "Loads the numbers come from");
        var loadsHeader = row;
        // The three tables share columns: text first, then dates, then counts, so each column holds one kind of thing.
        Header(layout, row, 1, ["Source", "Source name", "Loaded at", "Status", "Rows read", "Rows loaded", "Rows rejected", "% rejected", "Batch"], 5);
        foreach (var b in q.Batches)
        {
            row++;
            layout.Text(row, 1, b.SourceKind);
            layout.Wrapped(row, 2, PackText.ExtractName(b.SourceName));
            layout.DateTimeUtc(row, 3, b.FinishedAtUtc ?? b.StartedAtUtc);
            layout.Text(row, 4, b.Status.ToString());
            layout.Count(row, 5, b.RowsRead);
            layout.Count(row, 6, b.RowsLoaded);
            layout.Count(row, 7, b.RowsRejected);
            if (b.RowsRead > 0) layout.Percentage(row, 8, 100.0 * b.RowsRejected / b.RowsRead);
            layout.Count(row, 9, b.LoadBatchId);
        }
        if (row > loadsHeader) Table(sheet, loadsHeader, row, 9, "Loads");

        row += 2;
        Subtitle(layout, row++, $"Freshness and rejects per source table (as last loaded); the period ends {PackText.Date(s.Period.EndDate)}");
        var sourcesHeader = row;
        Header(layout, row, 1, ["Source table", "File", "Loaded at", "Latest record dated", "Rows read", "Rows loaded", "Rows rejected", "% rejected", "Reaches period end", "Batch"], 4);
        layout.Sheet.Cell(row, 9).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        foreach (var t in q.Sources)
        {
            row++;
            layout.Text(row, 1, t.TableName);
            layout.Wrapped(row, 2, t.FileName ?? "");
            if (t.LoadedAtUtc is { } loaded) layout.DateTimeUtc(row, 3, loaded);
            if (t.LatestRecordDate is { } latest) layout.Date(row, 4, latest);
            else layout.Text(row, 4, "-").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            layout.Count(row, 5, t.RowsRead);
            layout.Count(row, 6, t.RowsLoaded);
            layout.Count(row, 7, t.RowsRejected);
            if (t.RowsRead > 0) layout.Percentage(row, 8, 100.0 * t.RowsRejected / t.RowsRead);
            var reaches = t.LatestRecordDate is null ? "-" : t.LatestRecordDate >= s.Period.EndDate ? "Yes" : "No";
            var cell = layout.Text(row, 9, reaches);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            if (reaches == "No") cell.Style.Font.SetBold().Font.SetFontColor(Colour(PackPalette.Worsening));
            layout.Count(row, 10, t.LoadBatchId);
        }
        if (row > sourcesHeader) Table(sheet, sourcesHeader, row, 10, "SourceTables");
        row++;
        Note(layout, ++row, 10, "Latest record dated: the newest business date in the table (contact, start, review, audit date...); '-' for tables of people, families and teams. " +
                "No: the newest record is dated before the period ends. For a busy table that suggests the extract stops early and the period is undercounted; for a sparse one (audits, plans) it may be a quiet week.");

        row += 2;
        Subtitle(layout, row++, "Rows rejected, by file and column");
        var rejectsHeader = row;
        Header(layout, row, 1, ["File", "Example reason", "Column", "First line", "Rows rejected", "Batch"], 4);
        foreach (var r in q.Rejects)
        {
            row++;
            layout.Text(row, 1, r.FileName);
            layout.Wrapped(row, 2, r.Reason);
            layout.Text(row, 3, r.ColumnName ?? "(row)");
            layout.Count(row, 4, r.FirstLine);
            layout.Count(row, 5, r.Rows);
            layout.Count(row, 6, r.LoadBatchId);
        }
        if (row > rejectsHeader) Table(sheet, rejectsHeader, row, 6, "Rejects");
        else layout.Spill(++row, 1, "No rows were rejected.");
        if (q.RejectReasonsLeftOut > 0)
            Note(layout, ++row + 1, 10, $"{q.RejectReasonsLeftOut:N0} rarer file and column combinations are left out here; the warehouse's reject table lists every rejected row.");

        row += 2;
        Subtitle(layout, row++, "Loaded with warnings: values loaded as unknown, by file, column and value");
        var warningsHeader = row;
        Header(layout, row, 1, ["File", "What", "Column", "First line", "Rows", "Batch", "Value"], 4);
        foreach (var w in q.Warnings)
        {
            row++;
            layout.Text(row, 1, w.FileName);
            layout.Wrapped(row, 2, w.Kind);
            layout.Text(row, 3, w.ColumnName ?? "(the whole file)");
            if (w.FirstLine is { } first) layout.Count(row, 4, first);
            layout.Count(row, 5, w.Rows);
            layout.Count(row, 6, w.LoadBatchId);
            layout.Text(row, 7, w.Value ?? "");
        }
        if (row > warningsHeader) Table(sheet, warningsHeader, row, 7, "Warnings");
        else layout.Spill(++row, 1, "No values were loaded as unknown.");
        Note(layout, ++row + 1, 10, "A row with an odd value in an optional field (a code no mapping knows, a placeholder such as -1 or SSD_PH, a placeholder date such as 1900-01-01) is loaded, with that field unknown; it counts in every measure that does not need the field." +
                (q.WarningsLeftOut > 0 ? $" {q.WarningsLeftOut:N0} rarer values are left out here; the warehouse's LoadWarning table lists them all." : ""));
        layout.Apply();
        sheet.SheetView.Freeze(3, 0);
        layout.PrintOnA4(10, 1, 1, 1);
    }

    /// <summary>A published value: a number cell ("p" in its format when provisional), or its display text.</summary>
    private static IXLCell Value(SheetLayout layout, int row, int column, MeasureDefinition m, ShownValue v, bool ragLetter = false, string extra = "")
    {
        IXLCell cell;
        if (v.IsNumber)
        {
            var provisional = v.IsProvisional;
            // A percentage shows the base it rests on: "100.0% (1 of 1)" is not "100.0% (1,200 of 1,200)".
            var suffix = m.Unit == MeasureUnit.Percentage ? PackText.OutOf(v.Row) : "";
            if (ragLetter && v.Row?.Rag is { } rag) suffix += "  " + PackPalette.RagLetter(rag);
            suffix += extra;
            cell = m.Unit == MeasureUnit.Percentage ? layout.Percentage(row, column, v.Number!.Value, provisional, suffix) : layout.Count(row, column, v.Number!.Value, provisional, suffix);
            if (ragLetter && v.Row?.Rag is { } fill) Paint(cell, PackPalette.Rag(fill));
        }
        else
        {
            cell = layout.Text(row, column, v.Text + (v.Text.Length > 0 ? extra : ""));
            if (v.Kind == ShownKind.NotAvailable) cell.Style.Font.SetItalic().Font.SetFontColor(NoteInk);
        }
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        return cell;
    }

    /// <summary>
    /// The value in the measure's baseline period, with the period it is ("48.0% (12 of 25) in 2025-26 Q2"); empty for
    /// a measure with no baseline year. A published cell like any other: withheld is "c".
    /// </summary>
    private static void Baseline(SheetLayout layout, int row, int column, PackSnapshot s, MeasureDefinition m, PackUnit unit, List<(MeasureDefinition, ShownValue)> shown)
    {
        if (s.BaselineLabel(m) is not { } label) return;
        var v = s.Baseline(m, unit);
        shown.Add((m, v));
        if (v.Kind == ShownKind.NoPeriod) layout.Text(row, column, label).Style.Font.SetItalic().Font.SetFontColor(NoteInk).Alignment.SetHorizontal(XLAlignmentHorizontalValues.Right);
        // The period goes over the column when every baseline is the same one; otherwise beside each value.
        else Value(layout, row, column, m, v, extra: CommonBaseline(s) is null ? " in " + label : "");
    }

    /// <summary>The one baseline period every measure with a baseline shares, if they share one.</summary>
    private static string? CommonBaseline(PackSnapshot s)
    {
        var labels = s.Template.Measures.Select(s.BaselineLabel).OfType<string>().Distinct().ToList();
        return labels.Count == 1 ? labels[0] : null;
    }

    /// <summary>A target: a number of the measure's unit.</summary>
    private static IXLCell Value(SheetLayout layout, int row, int column, MeasureDefinition m, double target)
    {
        var cell = m.Unit == MeasureUnit.Percentage ? layout.Percentage(row, column, target) : layout.Count(row, column, target);
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        return cell;
    }

    /// <summary>The published RAG as a coloured word; "c" for a withheld value; "Provisional" for one that can still change.</summary>
    private static void Rag(SheetLayout layout, int row, int column, ShownValue current)
    {
        if (current.Kind == ShownKind.Suppressed)
        {
            layout.Text(row, column, SmallNumbers.Symbol).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            return;
        }
        if (current.IsProvisional)
        {
            var note = layout.Text(row, column, ProvisionalWord);
            note.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            note.Style.Font.SetItalic().Font.SetFontColor(NoteInk);
            return;
        }
        if (current.Row?.Rag is not { } rag) return;
        var cell = layout.Text(row, column, rag.ToString(), bold: true);
        cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
        Paint(cell, PackPalette.Rag(rag));
    }

    private static void Paint(IXLCell cell, Swatch swatch) =>
        cell.Style.Fill.SetBackgroundColor(Colour(swatch.Fill)).Font.SetFontColor(Colour(swatch.Ink));

    /// <summary>What the RAG column says of a provisional value.</summary>
    public const string ProvisionalWord = "Provisional";

    private static void Direction(SheetLayout layout, int row, int column, ShownValue current, ShownValue comparator, Direction? direction)
    {
        var text = PackText.DirectionOfTravel(current, comparator, direction);
        if (text.Length == 0) return;
        var cell = layout.Text(row, column, text);
        var judged = direction is Warehouse.Measures.Direction.Improving or Warehouse.Measures.Direction.Worsening && text != SmallNumbers.Symbol;
        cell.Style.Font.SetFontColor(!judged ? NoteInk : Colour(direction == Warehouse.Measures.Direction.Improving ? PackPalette.Improving : PackPalette.Worsening));
        if (judged) cell.Style.Font.SetBold();
    }

    /// <summary>Variation and assurance as letter and word (never colour alone); concern in the worsening ink, improvement in the improving one.</summary>
    private static void ProcessControlCells(SheetLayout layout, int row, Spc.SpcResult spc)
    {
        var (vLetter, vShort, _) = Spc.ProcessControl.Describe(spc.Variation);
        var variation = layout.Text(row, ScorecardColumns.Variation, $"{vLetter} {vShort}");
        variation.Style.Font.SetFontColor(spc.Variation switch
        {
            Spc.Variation.SpecialCauseConcern => Colour(PackPalette.Worsening),
            Spc.Variation.SpecialCauseImprovement => Colour(PackPalette.Improving),
            _ => NoteInk,
        });
        if (spc.Variation is Spc.Variation.SpecialCauseConcern or Spc.Variation.SpecialCauseImprovement) variation.Style.Font.SetBold();
        if (spc.Assurance == Spc.Assurance.None) return;
        var (aLetter, aShort, _) = Spc.ProcessControl.Describe(spc.Assurance);
        var assurance = layout.Text(row, ScorecardColumns.Assurance, $"{aLetter} {aShort}");
        assurance.Style.Font.SetFontColor(spc.Assurance == Spc.Assurance.ConsistentlyFails ? Colour(PackPalette.Worsening) : NoteInk);
    }

    private static void Notes(SheetLayout layout, int row, int lastColumn, PackSnapshot s, bool profiled, List<(MeasureDefinition Measure, ShownValue Value)> shown, bool processControl = false)
    {
        var notes = new List<string> { PackText.Suppression(s.Suppress) };
        if (s.Suppress && !shown.Any(x => x.Value.Kind == ShownKind.Suppressed)) notes[0] = "Small numbers (1 to 5) would be shown as c; none appear on this sheet.";
        notes.Add("-: no value (nothing to divide by). Percentages are shown to one decimal place; the cell holds the exact value (0-100).");
        if (profiled) notes.Add("SF01 and SF02 count from 1 April: they are judged against a unit's own target profiled to the period end (no RAG where a unit has none) and compared with the same point last year.");
        if (PackText.ProvisionalNote(s.Settling(shown)) is { } provisional) notes.Add(provisional);
        if (processControl && s.Spc.Count > 0) notes.Add(Spc.ProcessControl.Legend);
        foreach (var note in notes) Note(layout, row++, lastColumn, note);
    }

    /// <summary>A footnote: wrapped across the table's width, in the note ink, at the workbook's one note size.</summary>
    private static void Note(SheetLayout layout, int row, int lastColumn, string text, int firstColumn = 1) =>
        layout.Paragraph(row, firstColumn, lastColumn, text).Style.Font.SetFontColor(NoteInk).Font.SetFontSize(SheetLayout.SmallestFont);

    private static void Title(SheetLayout layout, int row, string text, double size)
    {
        layout.Spill(row, 1, text).Style.Font.SetBold().Font.SetFontSize(size).Font.SetFontColor(TitleInk);
        layout.MinimumHeight(row, size * 1.5);
    }

    private static void Subtitle(SheetLayout layout, int row, string text) =>
        layout.Spill(row, 1, text).Style.Font.SetBold().Font.SetFontSize(11.5).Font.SetFontColor(TitleInk);

    /// <summary>A table's header row: headings over numbers align right, as the numbers do.</summary>
    private static void Header(SheetLayout layout, int row, int firstColumn, IReadOnlyList<string> headings, int firstNumberColumn = int.MaxValue, int lastNumberColumn = int.MaxValue)
    {
        for (var i = 0; i < headings.Count; i++)
        {
            var column = firstColumn + i;
            // Over numbers the numbers set the width: a long team or authority name wraps rather than widening every column.
            var overNumbers = column >= firstNumberColumn && column <= lastNumberColumn;
            var cell = layout.Wrapped(row, column, headings[i], bold: true, widenForLongestWord: !overNumbers);
            cell.Style.Fill.SetBackgroundColor(HeaderFill).Font.SetFontColor(HeaderInk).Alignment.SetVertical(XLAlignmentVerticalValues.Bottom);
            if (overNumbers)
            {
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
                layout.AtLeast(column, 10.5);
            }
        }
    }

    /// <summary>An Excel table over the block, named so a formula or Power Query can find it (=Scorecard[This period]).</summary>
    private static void Table(IXLWorksheet sheet, int headerRow, int lastRow, int lastColumn, string name, int firstColumn = 1)
    {
        var table = sheet.Range(headerRow, firstColumn, lastRow, lastColumn).CreateTable(name);
        table.Theme = XLTableTheme.None;
        table.ShowRowStripes = false;
        table.ShowAutoFilter = true;
        sheet.Range(headerRow + 1, firstColumn, lastRow, lastColumn).Style.Border
            .SetBottomBorder(XLBorderStyleValues.Hair).Border.SetBottomBorderColor(XLColor.FromHtml("#BFBFBF"));
    }

    private static void PrintSetup(IXLWorksheet sheet, PackSnapshot s)
    {
        var page = sheet.PageSetup;
        page.PaperSize = XLPaperSize.A4Paper;
        page.PageOrientation = XLPageOrientation.Landscape;
        page.Margins.Left = page.Margins.Right = 0.4;
        page.Margins.Top = 0.55;
        page.Margins.Bottom = 0.6;
        page.Margins.Header = page.Margins.Footer = 0.25;
        page.CenterHorizontally = true;
        page.Footer.Left.AddText($"{s.Authority.Name}: {s.Template.Title}, {s.Period.Label}");
        page.Footer.Right.AddText("&A, page &P of &N");
        if (s.Suppress) page.Header.Right.AddText("Small numbers suppressed");
        else page.Header.Right.AddText("NOT FOR PUBLICATION: small numbers not suppressed");
    }

    private static string BetterWhen(MeasureDefinition m) => m.Polarity switch
    {
        Polarity.HigherIsBetter => "Higher",
        Polarity.LowerIsBetter => "Lower",
        _ => "Context",
    };

    private static string Levels(IEnumerable<OrgUnitLevel> levels) => string.Join(" and ", levels.Select(l => l switch
    {
        OrgUnitLevel.Authority => "the whole authority",
        OrgUnitLevel.Locality => "localities",
        _ => "teams",
    }));
}
