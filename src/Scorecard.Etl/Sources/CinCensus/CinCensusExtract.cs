using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Scorecard.Etl.Sources.CinCensus;

/// <summary>
/// A DfE children in need census return (XML) read as an extract: the file is streamed one &lt;Child&gt; at a time and
/// each child's values are written, as the census gives them, into the SSD tables they mean (ssd_person,
/// ssd_cin_episodes, ssd_cin_assessments, ssd_s47_enquiry, ssd_cp_plans) in a scratch folder. Those rows then load
/// through the same field rules, mapping and reject policy as any SSD extract: nothing is judged here but the XML.
/// The census has no ids for referrals, assessments, enquiries or plans; each is named by its child and dates
/// (<see cref="ReferralId"/>), so a census loaded again updates the records it loaded before, and another source
/// naming a referral the same way (an Annex A list for the same child and date) matches it instead of adding one.
/// Element names follow the DfE CIN census specification as the public fake returns of
/// data-to-insight/csc-validator-be-cin carry them (fake_data/CIN_Census_2021.xml, _2024.xml, _2026.xml).
/// </summary>
public sealed class CinCensusExtract : TranslatedExtract
{
    public const string Kind = "CIN census";

    private CinCensusExtract(string path) : base(path, "scorecard-cin-")
    {
    }

    public override string SourceKind => Kind;

    /// <summary>The schema year worked out from the elements, and why (with the header's year when it differs).</summary>
    public CinCensusYear Year { get; private set; } = null!;

    /// <summary>Children, referrals (CINdetails) and the elements read and not read.</summary>
    public int Children { get; private set; }

    public override string? Describe() => Year.Describe();

    /// <summary>"CIN_Census_2024.xml (ssd_cin_episodes)": rows read from the census are reported against it, by its line numbers.</summary>
    public override string DisplayName(string fileName) => $"{Path.GetFileName(Name)} ({Path.GetFileNameWithoutExtension(fileName)})";

    /// <summary>Whether a file's first element is a census &lt;Message&gt; (peeked without reading the rest).</summary>
    public static bool Recognises(string path)
    {
        try
        {
            using var reader = XmlReader.Create(path, Settings);
            return reader.MoveToContent() == XmlNodeType.Element && reader.LocalName == "Message";
        }
        catch (Exception e) when (e is XmlException or IOException)
        {
            return path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <exception cref="ExtractStructureException">The file is not well-formed XML or not a CIN census.</exception>
    public static CinCensusExtract Read(string path)
    {
        var extract = new CinCensusExtract(path);
        try
        {
            extract.Translate(path);
            return extract;
        }
        catch (XmlException e)
        {
            extract.Dispose();
            throw new ExtractStructureException(
                $"{Path.GetFileName(path)} is not well-formed XML ({(e.LineNumber > 0 ? $"line {e.LineNumber}, position {e.LinePosition}: " : "")}{FirstSentence(e.Message)}). " +
                "Export the census again from the case system; nothing was loaded.");
        }
        catch
        {
            extract.Dispose();
            throw;
        }
    }

    internal static readonly XmlReaderSettings Settings = new()
    {
        // A census never needs a DTD; refusing one keeps entity expansion out.
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true, IgnoreProcessingInstructions = true,
    };

    private static readonly (string File, string Header)[] Tables =
    [
        ("ssd_person.csv", "pers_person_id,pers_sex,pers_ethnicity,pers_dob"),
        ("ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_referral_date,cine_referral_source_code,cine_referral_nfa,cine_close_reason,cine_close_date"),
        ("ssd_cin_assessments.csv", "cina_assessment_id,cina_person_id,cina_referral_id,cina_assessment_start_date,cina_assessment_auth_date"),
        ("ssd_s47_enquiry.csv", "s47e_s47_enquiry_id,s47e_referral_id,s47e_person_id,s47e_s47_start_date"),
        ("ssd_cp_plans.csv", "cppl_cp_plan_id,cppl_referral_id,cppl_person_id,cppl_cp_plan_start_date,cppl_cp_plan_end_date"),
    ];

    /// <summary>Elements whose values are read; every other element is named in the report as not read.</summary>
    private static readonly HashSet<string> ReadElements = new(StringComparer.Ordinal)
    {
        "Message", "Header", "CollectionDetails", "Collection", "Year", "ReferenceDate", "Children", "Child", "ChildIdentifiers", "LAchildID",
        "PersonBirthDate", "Sex", "GenderCurrent", "ChildCharacteristics", "Ethnicity", "CINdetails", "CINreferralDate", "ReferralSource",
        "ReferralNFA", "CINclosureDate", "ReasonForClosure", "Assessments", "AssessmentActualStartDate", "AssessmentAuthorisationDate",
        "Section47", "S47ActualStartDate", "ChildProtectionPlans", "CPPstartDate", "CPPendDate",
    };

    private void Translate(string path)
    {
        var writers = Tables.Select(t => CreateTable(t.File, t.Header)).ToArray();
        var year = new CinCensusYear();
        var notRead = new SortedSet<string>(StringComparer.Ordinal);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            using var reader = XmlReader.Create(stream, Settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "Message")
                throw new ExtractStructureException($"{Path.GetFileName(path)} is XML but not a CIN census: its root element is <{reader.LocalName}>, where a census has <Message>. Nothing was loaded.");
            var more = reader.Read();
            while (more)
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName is not ("Header" or "Child"))
                {
                    more = reader.Read();
                    continue;
                }
                var name = reader.LocalName;
                XElement element;
                using (var subtree = reader.ReadSubtree()) element = XElement.Load(subtree, LoadOptions.SetLineInfo);
                switch (name)
                {
                    case "Header":
                        var header = element;
                        var collection = Text(header.Descendants("Collection").FirstOrDefault());
                        if (collection is not null && !collection.Equals("CIN", StringComparison.OrdinalIgnoreCase))
                            throw new ExtractStructureException($"{Path.GetFileName(path)} is a '{collection}' collection, not a CIN census. Nothing was loaded.");
                        year.HeaderYear = Text(header.Descendants("Year").FirstOrDefault());
                        year.ReferenceDate = Text(header.Descendants("ReferenceDate").FirstOrDefault());
                        break;
                    case "Child":
                        // One child at a time: memory holds one child's elements, whatever the size of the census.
                        var child = element;
                        Children++;
                        foreach (var e in child.DescendantsAndSelf())
                        {
                            year.Saw(e.Name.LocalName);
                            if (!ReadElements.Contains(e.Name.LocalName) && !e.Ancestors().Any(a => notRead.Contains(a.Name.LocalName))) notRead.Add(e.Name.LocalName);
                        }
                        WriteChild(child, writers);
                        break;
                }
                more = reader.Read();
            }
        }
        finally
        {
            foreach (var w in writers) w.Dispose();
        }
        year.NotRead = notRead;
        Year = year;
        foreach (var t in Tables) AddFile(t.File);
    }

    /// <summary>The census names a referral by its child and date; the same words name it wherever it comes from.</summary>
    public static string ReferralId(string childId, string referralDate) => $"{childId}/{referralDate}";

    private static void WriteChild(XElement child, StreamWriter[] w)
    {
        var ids = child.Element("ChildIdentifiers");
        var childId = Text(ids?.Element("LAchildID")) ?? "";
        // Sex from 2023-24 on; GenderCurrent before (DfE codes 0, 1, 2, 9: the contract's Sex list reads both).
        var sex = Text(ids?.Element("Sex")) ?? Text(ids?.Element("GenderCurrent"));
        AppendRow(w[0], [childId, sex, Text(child.Element("ChildCharacteristics")?.Element("Ethnicity")), Text(ids?.Element("PersonBirthDate"))], Line(child));

        var episode = 0;
        foreach (var cin in child.Elements("CINdetails"))
        {
            episode++;
            var referralDate = Text(cin.Element("CINreferralDate"));
            // Without a date the referral cannot be named by it; its own row is rejected for the missing date.
            var referral = ReferralId(childId, referralDate ?? $"#{episode}");
            AppendRow(w[1], [referral, childId, referralDate, Text(cin.Element("ReferralSource")), Text(cin.Element("ReferralNFA")),
                Text(cin.Element("ReasonForClosure")), Text(cin.Element("CINclosureDate"))], Line(cin));
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var a in cin.Elements("Assessments"))
            {
                var start = Text(a.Element("AssessmentActualStartDate"));
                AppendRow(w[2], [Unique(names, $"{referral}/assessment/{start}"), childId, referral, start, Text(a.Element("AssessmentAuthorisationDate"))], Line(a));
            }
            foreach (var s in cin.Elements("Section47"))
            {
                var start = Text(s.Element("S47ActualStartDate"));
                AppendRow(w[3], [Unique(names, $"{referral}/s47/{start}"), referral, childId, start], Line(s));
            }
            foreach (var p in cin.Elements("ChildProtectionPlans"))
            {
                var start = Text(p.Element("CPPstartDate"));
                AppendRow(w[4], [Unique(names, $"{referral}/cpp/{start}"), referral, childId, start, Text(p.Element("CPPendDate"))], Line(p));
            }
        }
    }

    /// <summary>An element's own text, trimmed; stray text between elements (some exports carry it) is never read.</summary>
    private static string? Text(XElement? e)
    {
        if (e is null || e.HasElements) return null;
        var text = e.Value.Trim();
        return text.Length == 0 ? null : text;
    }

    /// <summary>The census line an element starts on: rejects and warnings point there, not into the scratch tables.</summary>
    private static int Line(XElement e) => ((IXmlLineInfo)e).LineNumber;

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd('.');
    }
}

/// <summary>
/// Which year's census shape a return is, from its elements first and its header second: returns are known to carry
/// a header year that is not the collection's. Elements that mark a shape (DfE CIN census specifications): 
/// GenderCurrent up to 2022-23 and Sex from 2023-24; PreProceedingsandFGDM (pre-proceedings and family group
/// decision making) from 2025-26.
/// </summary>
public sealed class CinCensusYear
{
    private bool _sex, _gender, _preProceedings;

    public string? HeaderYear { get; set; }
    public string? ReferenceDate { get; set; }
    public IReadOnlyCollection<string> NotRead { get; set; } = [];

    internal void Saw(string element)
    {
        switch (element)
        {
            case "Sex": _sex = true; break;
            case "GenderCurrent": _gender = true; break;
            case "PreProceedingsandFGDM": _preProceedings = true; break;
        }
    }

    /// <summary>The census year (2021 to 2026: the year its reference date falls in) the elements show, or null when nothing tells.</summary>
    public int? Year
    {
        get
        {
            var stated = StatedYear;
            if (_preProceedings) return Math.Max(2026, stated ?? 2026);
            if (_sex) return Math.Clamp(stated ?? 2024, 2024, 2025);
            if (_gender) return Math.Clamp(stated ?? 2023, 2021, 2023);
            return stated;
        }
    }

    /// <summary>The year the header says: its reference date's year, else its Year.</summary>
    public int? StatedYear =>
        DateOnly.TryParseExact(ReferenceDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.Year
        : int.TryParse(HeaderYear, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y) ? y : null;

    public string Why => _preProceedings ? "PreProceedingsandFGDM present"
        : _sex ? "Sex, not GenderCurrent"
        : _gender ? "GenderCurrent, not Sex"
        : "no element marks a year; the header's";

    public string Describe()
    {
        var header = HeaderYear is null && ReferenceDate is null ? "the header gives no year"
            : $"the header says Year {HeaderYear ?? "(none)"}, reference date {ReferenceDate ?? "(none)"}";
        var differs = Year is { } y && StatedYear is { } s && y != s ? " (not the same year: the elements decide)" : "";
        // Assessment factors, CIN plan dates, ICPC dates and the rest have no warehouse column, and no measure of the
        // catalogue needs them (docs/sources.md): they are named, so that nobody wonders where they went.
        var notRead = NotRead.Count == 0 ? "" : $"; not read (no warehouse column or measure uses them): {string.Join(", ", NotRead)}";
        return $"{CinCensusExtract.Kind} {(Year is { } year ? $"{year - 1}-{year % 100:00}" : "(year unknown)")} shape: {Why}; {header}{differs}{notRead}";
    }
}
