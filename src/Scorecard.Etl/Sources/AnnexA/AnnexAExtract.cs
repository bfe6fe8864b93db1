using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Sources.CinCensus;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Etl.Sources.AnnexA;

/// <summary>
/// An Ofsted Annex A workbook read as an extract. Each list Scorecard uses is found by its sheet's name ("List 3",
/// "List_3", "list3"), its header row by the first row (of the first ten) that names a child id, and its columns by
/// their headers through the mapping's AnnexAColumn lines (shipped synonyms plus the council's own). Each row's cells
/// are written as they are into the SSD table the list means, in a scratch folder; those rows then load through the
/// same field rules, mapping and reject policy as any SSD extract. Dates given as Excel serial numbers become dates
/// here (the number is the cell's type, which a CSV cannot carry); everything else is judged by the field rules.
/// Referrals are named by child and date as the CIN census names them (<see cref="CinCensusExtract.ReferralId"/>),
/// so an Annex A and a census describing the same referrals load them once.
/// Follows the Ofsted Annex A template (sheets List_1 to List_11 with a title row, as ofsted-template-2015-01) and the
/// later layout councils send (sheets "List 1" to "List 11", headers in the first row).
/// </summary>
public sealed partial class AnnexAExtract : TranslatedExtract
{
    public const string Kind = "Annex A";

    private readonly List<string> _found = [], _unused = [], _missing = [];
    private readonly List<string> _notes = [];
    private readonly List<SourceWarning> _headers = [];

    /// <summary>Headers of the lists read that no AnnexAColumn line names: each can be mapped (or marked '-') in the mapping file.</summary>
    public override IReadOnlyList<SourceWarning> SourceWarnings => _headers;

    private AnnexAExtract(string path) : base(path, "scorecard-annexa-")
    {
    }

    public override string SourceKind => Kind;

    /// <summary>Lists read, lists in the workbook Scorecard does not use, and lists it uses that the workbook lacks.</summary>
    public IReadOnlyList<string> ListsFound => _found;
    public IReadOnlyList<string> ListsUnused => _unused;
    public IReadOnlyList<string> ListsMissing => _missing;

    public override string? Describe()
    {
        var parts = new List<string> { $"{Kind} workbook: read {Join(_found)}" };
        if (_unused.Count > 0) parts.Add($"not used {Join(_unused)}");
        if (_missing.Count > 0) parts.Add($"missing {Join(_missing)}");
        parts.AddRange(_notes);
        return string.Join("; ", parts);
    }

    private static string Join(List<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    public override string DisplayName(string fileName) =>
        $"{Path.GetFileName(Name)} ({(Lists.FirstOrDefault(l => l.File == fileName) is { } list ? $"List {list.Number}" : fileName == WorkersFile ? "List 3 allocated workers" : "children of every list")})";

    /// <summary>Referrals' allocated workers, as involvements: the worker known only by a keyed hash.</summary>
    private const string WorkersFile = "ssd_involvements.csv";

    private sealed record ListSpec(int Number, string What, string File, string[] Columns, string[] Fields, string[] Required);

    /// <summary>The lists Scorecard reads and the SSD table each one means: contract columns, and the Annex A field each takes.</summary>
    private static readonly ListSpec[] Lists =
    [
        new(1, "contacts", "ssd_contacts.csv", ["cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code"],
            ["#id", "ChildId", "ContactDate", "ContactSource"], ["ChildId", "ContactDate"]),
        new(3, "referrals", "ssd_cin_episodes.csv", ["cine_referral_id", "cine_person_id", "cine_referral_date", "cine_referral_source_code", "cine_referral_nfa"],
            ["#referral", "ChildId", "ReferralDate", "ReferralSource", "ReferralNfa"], ["ChildId", "ReferralDate"]),
        new(4, "assessments", "ssd_cin_assessments.csv", ["cina_assessment_id", "cina_person_id", "cina_assessment_start_date", "cina_assessment_auth_date"],
            ["#id", "ChildId", "AssessmentStart", "AssessmentAuthorised"], ["ChildId", "AssessmentStart"]),
        new(5, "section 47 enquiries", "ssd_s47_enquiry.csv", ["s47e_s47_enquiry_id", "s47e_person_id", "s47e_s47_start_date"],
            ["#id", "ChildId", "Section47Start"], ["ChildId", "Section47Start"]),
        new(7, "child protection plans", "ssd_cp_plans.csv", ["cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date"],
            ["#id", "ChildId", "PlanStart", "PlanEnd"], ["ChildId", "PlanStart"]),
    ];

    /// <summary>Lists an Annex A has that Scorecard does not read, and why.</summary>
    private static readonly Dictionary<int, string> NotRead = new()
    {
        [2] = "early help assessments: Scorecard's early help comes from episodes, which List 2 does not give",
        [6] = "children in need: their referrals come from List 3",
        [8] = "children looked after: not read yet",
        [9] = "care leavers", [10] = "adoption", [11] = "adopters",
    };

    /// <summary>Whether a file is an xlsx workbook with at least one sheet named like an Annex A list.</summary>
    public static bool Recognises(string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase)) return false;
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            var workbook = zip.GetEntry("xl/workbook.xml");
            if (workbook is null) return false;
            using var reader = new StreamReader(workbook.Open());
            return SheetName().IsMatch(reader.ReadToEnd());
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"name=""\s*list[\s_]*\d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex SheetName();

    [GeneratedRegex(@"^\s*list[\s_\-]*(\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ListNumber();

    /// <exception cref="ExtractStructureException">The workbook cannot be opened, or has no list Scorecard reads.</exception>
    public static AnnexAExtract Read(string path, CouncilMapping mapping)
    {
        var extract = new AnnexAExtract(path);
        try
        {
            extract.Translate(path, mapping);
            return extract;
        }
        catch (Exception e) when (e is not ExtractStructureException)
        {
            extract.Dispose();
            if (e is IOException or UnauthorizedAccessException) throw;
            throw new ExtractStructureException($"{Path.GetFileName(path)} cannot be opened as an Excel workbook ({e.Message.TrimEnd('.')}). Save it again as .xlsx; nothing was loaded.");
        }
        catch
        {
            extract.Dispose();
            throw;
        }
    }

    private void Translate(string path, CouncilMapping mapping)
    {
        using var workbook = new XLWorkbook(path);
        var sheets = new Dictionary<int, IXLWorksheet>();
        foreach (var sheet in workbook.Worksheets)
            if (ListNumber().Match(sheet.Name) is { Success: true } m && int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var n) && !sheets.ContainsKey(n))
                sheets[n] = sheet;
        foreach (var (n, sheet) in sheets.OrderBy(s => s.Key))
            if (NotRead.TryGetValue(n, out var why)) _unused.Add($"List {n} ('{sheet.Name}': {why})");

        var people = new StringWriter(CultureInfo.InvariantCulture);
        var workers = new StringWriter(CultureInfo.InvariantCulture);
        var seenPeople = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in Lists)
        {
            if (!sheets.TryGetValue(list.Number, out var sheet))
            {
                _missing.Add($"List {list.Number} ({list.What})");
                continue;
            }
            var (headerRow, columns, unknown) = FindHeader(sheet, mapping);
            if (headerRow < 0)
            {
                _notes.Add($"List {list.Number} ('{sheet.Name}') has no header row naming a child id in its first ten rows, so it was not read");
                _missing.Add($"List {list.Number} ({list.What})");
                continue;
            }
            foreach (var header in unknown)
                _headers.Add(new SourceWarning(DisplayName(list.File), "header not read", CouncilMapping.AnnexAColumnList, header, headerRow,
                    $"List {list.Number}: the column '{header}' is not read (an AnnexAColumn line in the mapping file can name the field it holds, or '-' for none)."));
            var absent = list.Required.Where(f => !columns.ContainsKey(f)).ToList();
            if (absent.Count > 0)
            {
                _notes.Add($"List {list.Number} ('{sheet.Name}') has no column for {string.Join(", ", absent)} (add an AnnexAColumn line to the mapping file for its header), so it was not read");
                _missing.Add($"List {list.Number} ({list.What})");
                continue;
            }
            _found.Add($"List {list.Number} ('{sheet.Name}', headers on row {headerRow})");
            using var writer = CreateTable(list.File, string.Join(',', list.Columns));
            var last = sheet.LastRowUsed()?.RowNumber() ?? headerRow;
            var names = new HashSet<string>(StringComparer.Ordinal);
            for (var r = headerRow + 1; r <= last; r++)
            {
                var row = sheet.Row(r);
                string? Cell(string field, bool date = false) => columns.TryGetValue(field, out var c) ? CellText(row.Cell(c), date) : null;
                var child = Cell("ChildId");
                if (row.IsEmpty()) continue;
                var values = new string?[list.Columns.Length];
                for (var i = 0; i < values.Length; i++)
                {
                    var field = list.Fields[i];
                    if (field.StartsWith('#')) continue;
                    values[i] = Cell(field, IsDate(field));
                }
                // A record's name: its child, the list and its date (a referral as the census names it), kept unique.
                var date = values[2];
                values[0] = list.Fields[0] == "#referral" && child is not null && date is not null
                    ? Unique(names, CinCensusExtract.ReferralId(child, IsoDate(date)))
                    : Unique(names, $"{child}/list{list.Number}/{date}");
                AppendRow(writer, values, r);
                // A referral's allocated worker becomes an involvement whose worker is known only by the keyed hash of
                // what the cell says (the loader pseudonymises it): the name itself is never written anywhere.
                if (list.Number == 3 && Cell("Worker") is { } worker && child is not null && date is not null)
                    AppendRow(workers, [$"{values[0]}/worker", worker, child, date, values[0]], r);
                if (child is not null && seenPeople.Add(child))
                    AppendRow(people, [child, Cell("Gender"), Cell("Ethnicity"), Cell("DateOfBirth", date: true)], r);
            }
        }
        if (_found.Count == 0)
            throw new ExtractStructureException(
                $"{Path.GetFileName(Name)} has none of the Annex A lists Scorecard reads ({string.Join(", ", Lists.Select(l => $"List {l.Number}"))}), " +
                $"found by sheet names such as 'List 3' or 'List_3'{(_notes.Count > 0 ? $": {string.Join("; ", _notes)}" : "")}. Nothing was loaded.");
        Write("ssd_person.csv", "pers_person_id,pers_sex,pers_ethnicity,pers_dob", people);
        foreach (var list in Lists.Where(l => File.Exists(Path.Combine(Folder, l.File)))) AddFile(list.File);
        if (workers.GetStringBuilder().Length > 0)
            Write(WorkersFile, "invo_involvements_id,invo_professional_id,invo_person_id,invo_involvement_start_date,invo_referral_id", workers);
    }

    /// <summary>A table gathered across lists (children, workers), written once every list is read.</summary>
    private void Write(string file, string header, StringWriter rows)
    {
        using (var writer = CreateTable(file, header)) writer.Write(rows.ToString());
        AddFile(file);
    }

    private static bool IsDate(string field) => field.EndsWith("Date", StringComparison.Ordinal) || field.EndsWith("Start", StringComparison.Ordinal)
        || field.EndsWith("End", StringComparison.Ordinal) || field is "AssessmentAuthorised" or "DateOfBirth";

    /// <summary>
    /// The header row (of the first ten) that names a child id, each field's column in it, and the headers no mapping
    /// line knows (a line with '-' says a header is known and not needed).
    /// </summary>
    private static (int Row, Dictionary<string, int> Columns, List<string> Unknown) FindHeader(IXLWorksheet sheet, CouncilMapping mapping)
    {
        for (var r = 1; r <= 10; r++)
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            var unknown = new List<string>();
            var row = sheet.Row(r);
            var lastColumn = row.LastCellUsed()?.Address.ColumnNumber ?? 0;
            for (var c = 1; c <= lastColumn; c++)
            {
                var header = row.Cell(c).GetString().Trim();
                if (header.Length == 0) continue;
                if (!mapping.TryResolve(CouncilMapping.AnnexAColumnList, header, out var hit)) unknown.Add(header);
                else if (hit.Code is not null) columns.TryAdd(hit.Code, c);
            }
            if (columns.ContainsKey("ChildId")) return (r, columns, unknown);
        }
        return (-1, [], []);
    }

    /// <summary>A cell as text: a number in a date column is an Excel serial date, a date cell its date; blanks are null.</summary>
    private static string? CellText(IXLCell cell, bool date)
    {
        if (cell.IsEmpty()) return null;
        string text;
        switch (cell.DataType)
        {
            case XLDataType.DateTime:
                text = cell.GetDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            case XLDataType.Number when date && cell.TryGetValue<double>(out var serial) && ValueParsers.FromExcelSerial(serial) is { } d:
                text = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            default:
                text = cell.HasFormula ? cell.CachedValue?.ToString() ?? "" : cell.GetString();
                break;
        }
        text = text.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>A referral's date as the census writes it (yyyy-MM-dd), whatever form the workbook gave it in.</summary>
    private static string IsoDate(string text) =>
        ValueParsers.TryParseDate(text, out var d, out _) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : text;
}
