using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
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
        $"{Path.GetFileName(Name)} ({(Lists.FirstOrDefault(l => l.File == fileName) is { } list ? $"List {list.Number}" : fileName == WorkersFile ? "allocated workers and teams" : "children of every list")})";

    /// <summary>Each list's allocated worker and team, as involvements: the worker known only by a keyed hash.</summary>
    private const string WorkersFile = "ssd_involvements.csv";

    private sealed record ListSpec(int Number, string What, string File, string[] Columns, string[] Fields, string[] Required);

    /// <summary>
    /// The lists Scorecard reads and the SSD table each one means: contract columns, and the Annex A field each takes
    /// ('#': the record's name, made here). The second column is the child and the third the date that names the record.
    /// </summary>
    private static readonly ListSpec[] Lists =
    [
        new(1, "contacts", "ssd_contacts.csv", ["cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code"],
            ["#id", "ChildId", "ContactDate", "ContactSource"], ["ChildId", "ContactDate"]),
        new(3, "referrals", "ssd_cin_episodes.csv", ["cine_referral_id", "cine_person_id", "cine_referral_date", "cine_referral_source_code", "cine_referral_nfa", "cine_referral_team"],
            ["#referral", "ChildId", "ReferralDate", "ReferralSource", "ReferralNfa", "Team"], ["ChildId", "ReferralDate"]),
        new(4, "assessments", "ssd_cin_assessments.csv", ["cina_assessment_id", "cina_person_id", "cina_assessment_start_date", "cina_assessment_auth_date", "cina_assessment_team"],
            ["#id", "ChildId", "AssessmentStart", "AssessmentAuthorised", "Team"], ["ChildId", "AssessmentStart"]),
        new(5, "section 47 enquiries", "ssd_s47_enquiry.csv", ["s47e_s47_enquiry_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_completed_by_team"],
            ["#id", "ChildId", "Section47Start", "Team"], ["ChildId", "Section47Start"]),
        new(7, "child protection plans", "ssd_cp_plans.csv", ["cppl_cp_plan_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date"],
            ["#id", "ChildId", "PlanStart", "PlanEnd"], ["ChildId", "PlanStart"]),
        new(8, "children looked after", "ssd_cla_episodes.csv", ["clae_cla_episode_id", "clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason"],
            ["#id", "ChildId", "LookedAfterStart", "LookedAfterEnd", "LookedAfterEndReason"], ["ChildId", "LookedAfterStart"]),
    ];

    /// <summary>Lists an Annex A has that Scorecard does not read, and why.</summary>
    private static readonly Dictionary<int, string> NotRead = new()
    {
        [2] = "early help assessments: Scorecard's early help comes from episodes, which List 2 does not give",
        [6] = "children in need: their referrals come from List 3",
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

    /// <summary>A list found in the workbook, with its header row and each field's column once the headers are read.</summary>
    private sealed record FoundList(ListSpec Spec, string Sheet, string Part)
    {
        public int HeaderRow { get; set; } = -1;
        public Dictionary<string, int> Columns { get; set; } = [];
    }

    private void Translate(string path, CouncilMapping mapping)
    {
        using var workbook = new StreamedWorkbook(path);
        var sheets = new Dictionary<int, (string Name, string Part)>();
        foreach (var sheet in workbook.Sheets)
            if (ListNumber().Match(sheet.Name) is { Success: true } m && int.TryParse(m.Groups[1].Value, CultureInfo.InvariantCulture, out var n) && !sheets.ContainsKey(n))
                sheets[n] = sheet;
        foreach (var (n, sheet) in sheets.OrderBy(s => s.Key))
            if (NotRead.TryGetValue(n, out var why)) _unused.Add($"List {n} ('{sheet.Name}': {why})");
        var lists = new List<FoundList>();
        foreach (var list in Lists)
            if (sheets.TryGetValue(list.Number, out var sheet)) lists.Add(new FoundList(list, sheet.Name, sheet.Part));
            else _missing.Add($"List {list.Number} ({list.What})");

        // Three forward passes, none holding more than a row: the header rows' strings, then the strings of the
        // columns read, then the rows themselves.
        var strings = new HashSet<int>();
        foreach (var list in lists)
            foreach (var row in workbook.Rows(list.Part).TakeWhile(r => r.Number <= HeaderRowsSearched))
                for (var c = 1; c <= row.LastColumn; c++)
                    if (row.SharedStringAt(c) is { } i) strings.Add(i);
        workbook.KeepStrings(strings);
        var read = new List<FoundList>();
        foreach (var list in lists)
        {
            if (!FindHeader(workbook, list, mapping, out var unknown))
            {
                _notes.Add($"List {list.Spec.Number} ('{list.Sheet}') has no header row naming a child id in its first ten rows, so it was not read");
                _missing.Add($"List {list.Spec.Number} ({list.Spec.What})");
                continue;
            }
            foreach (var header in unknown)
                _headers.Add(new SourceWarning(DisplayName(list.Spec.File), "header not read", CouncilMapping.AnnexAColumnList, header, list.HeaderRow,
                    $"List {list.Spec.Number}: the column '{header}' is not read (an AnnexAColumn line in the mapping file can name the field it holds, or '-' for none)."));
            var absent = list.Spec.Required.Where(f => !list.Columns.ContainsKey(f)).ToList();
            if (absent.Count > 0)
            {
                _notes.Add($"List {list.Spec.Number} ('{list.Sheet}') has no column for {string.Join(", ", absent)} (add an AnnexAColumn line to the mapping file for its header), so it was not read");
                _missing.Add($"List {list.Spec.Number} ({list.Spec.What})");
                continue;
            }
            read.Add(list);
        }
        foreach (var list in read)
            foreach (var row in workbook.Rows(list.Part).Where(r => r.Number > list.HeaderRow))
                foreach (var c in list.Columns.Values)
                    if (row.SharedStringAt(c) is { } i) strings.Add(i);
        workbook.KeepStrings(strings);

        using var people = CreateTable("ssd_person.csv", "pers_person_id,pers_sex,pers_ethnicity,pers_dob");
        using var workers = CreateTable(WorkersFile, "invo_involvements_id,invo_professional_id,invo_professional_team,invo_professional_role_id,invo_person_id,invo_involvement_start_date,invo_referral_id");
        var seenPeople = new HashSet<string>(StringComparer.Ordinal);
        var anyWorker = false;
        foreach (var list in read)
        {
            _found.Add($"List {list.Spec.Number} ('{list.Sheet}', headers on row {list.HeaderRow})");
            using var writer = CreateTable(list.Spec.File, string.Join(',', list.Spec.Columns));
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in workbook.Rows(list.Part).Where(r => r.Number > list.HeaderRow))
            {
                string? Cell(string field, bool date = false) => list.Columns.TryGetValue(field, out var c) ? row.Text(c, date) : null;
                var values = new string?[list.Spec.Columns.Length];
                for (var i = 0; i < values.Length; i++)
                    if (!list.Spec.Fields[i].StartsWith('#')) values[i] = Cell(list.Spec.Fields[i], IsDate(list.Spec.Fields[i]));
                // A record's name: its child, the list and its date (a referral as the census names it), kept unique.
                var (child, date) = (values[1], values[2]);
                var referral = list.Spec.Fields[0] == "#referral" && child is not null && date is not null;
                values[0] = referral
                    ? Unique(names, CinCensusExtract.ReferralId(child!, IsoDate(date!)))
                    : Unique(names, $"{child}/list{list.Spec.Number}/{date}");
                AppendRow(writer, values, row.Number);
                // The allocated worker (and team) becomes an involvement whose worker is known only by the keyed hash of
                // what the cell says (the loader pseudonymises it): the name itself is never written anywhere.
                var (worker, team) = (Cell("Worker"), Cell("Team"));
                if ((worker is not null || team is not null) && child is not null && date is not null)
                {
                    AppendRow(workers, [$"{values[0]}/worker", worker, team, $"Annex A List {list.Spec.Number} allocated worker", child, date, referral ? values[0] : null], row.Number);
                    anyWorker = true;
                }
                if (child is not null && seenPeople.Add(child))
                    AppendRow(people, [child, Cell("Gender"), Cell("Ethnicity"), Cell("DateOfBirth", date: true)], row.Number);
            }
        }
        if (_found.Count == 0)
            throw new ExtractStructureException(
                $"{Path.GetFileName(Name)} has none of the Annex A lists Scorecard reads ({string.Join(", ", Lists.Select(l => $"List {l.Number}"))}), " +
                $"found by sheet names such as 'List 3' or 'List_3'{(_notes.Count > 0 ? $": {string.Join("; ", _notes)}" : "")}. Nothing was loaded.");
        AddFile("ssd_person.csv");
        foreach (var list in read) AddFile(list.Spec.File);
        if (anyWorker) AddFile(WorkersFile);
    }

    private const int HeaderRowsSearched = 10;

    private static bool IsDate(string field) => field.EndsWith("Date", StringComparison.Ordinal) || field.EndsWith("Start", StringComparison.Ordinal)
        || field.EndsWith("End", StringComparison.Ordinal) || field is "AssessmentAuthorised" or "DateOfBirth";

    /// <summary>
    /// The header row (of the first ten) that names a child id, each field's column in it, and the headers no mapping
    /// line knows (a line with '-' says a header is known and not needed).
    /// </summary>
    private static bool FindHeader(StreamedWorkbook workbook, FoundList list, CouncilMapping mapping, out List<string> unknown)
    {
        unknown = [];
        foreach (var row in workbook.Rows(list.Part).TakeWhile(r => r.Number <= HeaderRowsSearched))
        {
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            var notKnown = new List<string>();
            for (var c = 1; c <= row.LastColumn; c++)
            {
                if (row.Text(c) is not { } header) continue;
                if (!mapping.TryResolve(CouncilMapping.AnnexAColumnList, header, out var hit)) notKnown.Add(header);
                else if (hit.Code is not null) columns.TryAdd(hit.Code, c);
            }
            if (!columns.ContainsKey("ChildId")) continue;
            (list.HeaderRow, list.Columns, unknown) = (row.Number, columns, notKnown);
            return true;
        }
        return false;
    }

    /// <summary>A referral's date as the census writes it (yyyy-MM-dd), whatever form the workbook gave it in.</summary>
    private static string IsoDate(string text) =>
        ValueParsers.TryParseDate(text, out var d, out _) ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : text;
}
