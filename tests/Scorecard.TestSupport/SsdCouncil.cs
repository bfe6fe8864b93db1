using System.Globalization;
using System.Text;

namespace Scorecard.TestSupport;

/// <summary>The file shapes the fixture council is written in.</summary>
public enum SsdShape
{
    /// <summary>Scorecard's own extract (docs/extract-contract.md), with ext_early_help_episode_details for teams.</summary>
    Canonical,
    /// <summary>SSD 1.4.5, SystemC (Liquidlogic): deployment_extracts/systemc/live/ssd_deployment_individual_files/systemc_sqlserver_v1.4.5_1_20260708.sql.</summary>
    SystemC145,
    /// <summary>SSD 1.2.4, SystemC: deployment_extracts_la_release/332_eastsussex_systemc_sqlserver_v1.2.4_1.sql.</summary>
    SystemC124,
    /// <summary>SSD 1.4.4, Eclipse: deployment_extracts/eclipse/live/ssd_deployment_individual_files/*.sql.</summary>
    Eclipse144,
    /// <summary>SSD 1.4.4, Mosaic: deployment_extracts/mosaic/live/ssd_deployment_individual_files/populate_ssd_data_warehouse.sql.</summary>
    Mosaic144,
}

/// <summary>How nulls are written: empty fields, or the text NULL a SQL Server export writes.</summary>
public enum NullStyle
{
    Empty,
    Null,
}

/// <summary>
/// A small fictional council (16 children, their contacts, early help, referrals, assessments, section 47
/// enquiries, protection plans, care episodes and worker involvements) written in each shape a real council's
/// SSD export takes: the column sets, column order, value forms and placeholders of the SSD deployment scripts
/// in data-to-insight/ssd-data-model, one shape per <see cref="SsdShape"/> (each cites its script), and in
/// Scorecard's canonical shape. Every SSD file holds every column its script creates. The same children are in
/// every shape, so their measures must agree except where a shape cannot say something. Each SSD shape also plants
/// what must never be stored (names, UPNs, NHS numbers, addresses, comments) and one genuinely bad row.
/// Everything here is invented.
/// </summary>
public static class SsdCouncil
{
    public sealed record Child(string Id, string Sex, string? Ethnicity, DateOnly Dob, string Forename, string Surname, string Upn, string Nhs, string Legacy, string Family);
    public sealed record ContactRow(string Id, string Person, DateOnly Date, string Source, string[] Outcomes);
    public sealed record Episode(string Id, string Person, DateOnly Start, DateOnly? End, string Reason, string? EndReason, string Organisation, string Worker, string Team, string Level, DateOnly Referred);
    public sealed record Referral(string Id, string Person, DateOnly Date, string Source, string[] Outcomes, bool Nfa, string? CloseReason, DateOnly? Close);
    public sealed record Assessment(string Id, string Person, string Referral, DateOnly Start, DateOnly? Authorised);
    public sealed record Enquiry(string Id, string Referral, string Person, DateOnly Start, DateOnly? End, bool Nfa);
    public sealed record Plan(string Id, string? Referral, string Person, DateOnly Start, DateOnly? End);
    public sealed record CareEpisode(string Id, string Person, DateOnly Start, DateOnly? Ceased, string? Reason);
    public sealed record InvolvementRow(string Id, string Worker, string Role, string Team, string Person, DateOnly Start, DateOnly? End, string? Referral);

    public const string SocialCareTeam = "T-NSC";
    public const string SocialWorker = "W103";

    public static readonly (string Id, string Name, string Parent, string ParentName)[] Teams =
    [
        ("T-N1", "North Early Help Team 1", "L-N", "North locality"),
        ("T-S1", "South Early Help Team 1", "L-S", "South locality"),
        (SocialCareTeam, "North Social Care Team", "L-N", "North locality"),
    ];

    public static readonly (string Id, string Title, string Team, string Name, string StaffNumber)[] Workers =
    [
        ("W101", "Family Support Worker", "T-N1", "Hepzibah Wrackstraw", "SWE-880101"),
        ("W102", "Early Help Practitioner", "T-S1", "Ignatius Fothergill", "SWE-880102"),
        (SocialWorker, "Social Worker", SocialCareTeam, "Jocasta Brightwater", "SWE-880103"),
    ];

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static readonly Child[] Children =
    [
        new("970000101", "F", "WBRI", D("2014-03-05"), "Araminta", "Quillfeather", "H801200001011", "9434765101", "LG-55101", "930001"),
        new("970000102", "M", "WBRI", D("2016-07-19"), "Benedikt", "Quillfeather", "H801200001012", "9434765102", "LG-55102", "930001"),
        new("970000103", "F", "MWBC", D("2012-11-02"), "Cordelia", "Thistlewood", "H801200001013", "9434765103", "LG-55103", "930002"),
        new("970000104", "M", "BAFR", D("2010-01-30"), "Dashiell", "Ravensworth", "H801200001014", "9434765104", "LG-55104", "930003"),
        new("970000105", "F", "APKN", D("2018-05-21"), "Evangelina", "Marchbanks", "H801200001015", "9434765105", "LG-55105", "930003"),
        new("970000106", "M", "WOTH", D("2009-09-09"), "Florian", "Pemberton", "H801200001016", "9434765106", "LG-55106", "930004"),
        new("970000107", "U", "NOBT", D("2020-02-14"), "Gwendolyn", "Oakenshaw", "H801200001017", "9434765107", "LG-55107", "930005"),
        new("970000108", "F", "WBRI", D("2013-12-25"), "Hyacinth", "Bellweather", "H801200001018", "9434765108", "LG-55108", "930006"),
        // Chinese: Eclipse's script writes its code as CNHE (ssd_person.sql), which the shipped Eclipse mapping reads.
        new("970000109", "M", "CHNE", D("2011-04-04"), "Ignatius", "Kettleborough", "H801200001019", "9434765109", "LG-55109", "930007"),
        // Ethnicity not recorded: Eclipse's script writes '??' for a code it does not know; the others leave it empty.
        new("970000110", "F", null, D("2015-08-08"), "Juniper", "Larkspur-Vane", "H801200001020", "9434765110", "LG-55110", "930008"),
        new("970000111", "M", "WBRI", D("2008-10-10"), "Kasimir", "Montgomerie", "H801200001021", "9434765111", "LG-55111", "930009"),
        new("970000112", "F", "AIND", D("2017-01-01"), "Leocadia", "Nethercott", "H801200001022", "9434765112", "LG-55112", "930010"),
        new("970000113", "M", "WBRI", D("2012-06-30"), "Maximilian", "Oxenford", "H801200001023", "9434765113", "LG-55113", "930011"),
        new("970000114", "F", "BCRB", D("2016-03-03"), "Nerissa", "Pettigrew", "H801200001024", "9434765114", "LG-55114", "930012"),
        new("970000115", "M", "WIRI", D("2011-11-11"), "Octavian", "Quarrington", "H801200001025", "9434765115", "LG-55115", "930013"),
        new("970000116", "F", "WBRI", D("2007-07-07"), "Perpetua", "Rushworth", "H801200001026", "9434765116", "LG-55116", "930014"),
    ];

    private static string P(int n) => Children[n - 1].Id;

    public static readonly ContactRow[] Contacts =
    [
        new("980000201", P(1), D("2024-04-02"), "2A", ["EH Referral"]),
        new("980000202", P(2), D("2024-04-02"), "2A", ["EH Referral"]),
        new("980000203", P(3), D("2024-04-25"), "6", ["EH Referral"]),
        new("980000204", P(4), D("2024-05-08"), "6", ["CIN Referral"]),
        new("980000205", P(10), D("2024-06-14"), "1C", ["CIN Referral"]),
        new("980000206", P(11), D("2024-06-28"), "6", ["CIN Referral"]),
        new("980000207", P(5), D("2024-07-10"), "3B", ["EH Referral"]),
        new("980000208", P(6), D("2024-07-25"), "2A", ["EH Referral"]),
        new("980000209", P(7), D("2024-08-26"), "3A", ["EH Referral", "Information and Advice"]),
        new("980000210", P(9), D("2024-08-30"), "3A", ["CIN Referral"]),
        new("980000211", P(3), D("2024-10-18"), "6", ["CIN Referral"]),
        new("980000212", P(12), D("2024-10-30"), "5D", ["CIN Referral"]),
        new("980000213", P(8), D("2024-11-01"), "2A", ["EH Referral"]),
        new("980000214", P(13), D("2024-11-29"), "6", ["CIN Referral"]),
        new("980000215", P(15), D("2024-12-09"), "8", ["No Further Action"]),
        new("980000216", P(16), D("2025-01-06"), "1A", ["Information and Advice"]),
        new("980000217", P(14), D("2025-01-08"), "6", ["CIN Referral"]),
        new("980000218", P(7), D("2025-02-03"), "2A", ["No Further Action"]),
    ];

    public static readonly Episode[] Episodes =
    [
        new("990000301", P(1), D("2024-04-10"), D("2024-09-30"), "Parenting support", "OM", "ORG-SCH1", "W101", "T-N1", "TAF", D("2024-04-02")),
        new("990000302", P(2), D("2024-04-10"), D("2024-09-30"), "Parenting support", "OM", "ORG-SCH1", "W101", "T-N1", "TAF", D("2024-04-02")),
        // Stepped up: a social care referral for the child follows five days after closure.
        new("990000303", P(3), D("2024-05-01"), D("2024-10-15"), "Domestic abuse", "SU", "ORG-HV", "W102", "T-S1", "TARGETED", D("2024-04-25")),
        new("990000304", P(4), D("2024-06-01"), null, "School attendance", null, "ORG-SCH1", "W102", "T-S1", "SINGLE", D("2024-05-20")),
        new("990000305", P(5), D("2024-07-15"), D("2025-01-20"), "Health needs", "OT", "ORG-HV", "W101", "T-N1", "TAF", D("2024-07-10")),
        new("990000306", P(6), D("2024-08-01"), D("2024-12-01"), "Behaviour", "DE", "ORG-SCH1", "W102", "T-S1", "SINGLE", D("2024-07-25")),
        new("990000307", P(7), D("2024-09-02"), null, "Parenting support", null, "ORG-HV", "W101", "T-N1", "TAF", D("2024-08-26")),
        // Stepped up by its end reason alone: no referral follows.
        new("990000308", P(8), D("2024-11-05"), D("2025-02-28"), "Neglect concerns", "SU", "ORG-SCH1", "W102", "T-S1", "TARGETED", D("2024-11-01")),
        // Stepped down: social care closed with RC9 on 2024-12-20.
        new("990000309", P(9), D("2025-01-06"), null, "Step-down support", null, "ORG-SCH1", "W101", "T-N1", "TAF", D("2024-12-20")),
        new("990000310", P(12), D("2024-05-20"), D("2024-08-30"), "Parenting support", "OM", "ORG-HV", "W101", "T-N1", "SINGLE", D("2024-05-13")),
    ];

    public static readonly Referral[] Referrals =
    [
        new("960000401", P(4), D("2024-05-10"), "6", ["ASSESSMENT"], false, "RC8", D("2024-08-01")),
        new("960000402", P(3), D("2024-10-20"), "6", ["ASSESSMENT", "STRATEGY", "S47", "CPPLAN"], false, null, null),
        new("960000403", P(9), D("2024-09-01"), "3A", ["ASSESSMENT", "STEPDOWN"], false, "RC9", D("2024-12-20")),
        new("960000404", P(10), D("2024-06-15"), "1C", ["NFA"], true, "RC8", D("2024-06-15")),
        new("960000405", P(11), D("2024-07-01"), "6", ["ASSESSMENT", "CINPLAN"], false, "RC7", D("2025-02-10")),
        new("960000406", P(12), D("2024-11-01"), "5D", ["ASSESSMENT"], false, "RC8", D("2025-01-15")),
        new("960000407", P(13), D("2024-12-02"), "6", ["ASSESSMENT", "STRATEGY", "S47", "CPPLAN"], false, null, null),
        new("960000408", P(14), D("2025-01-10"), "6", ["ASSESSMENT", "LAC"], false, null, null),
    ];

    public static readonly Assessment[] Assessments =
    [
        new("950000501", P(4), "960000401", D("2024-05-12"), D("2024-06-20")),
        new("950000502", P(3), "960000402", D("2024-10-21"), D("2024-12-10")),
        new("950000503", P(9), "960000403", D("2024-09-02"), D("2024-10-30")),
        new("950000505", P(11), "960000405", D("2024-07-02"), D("2024-09-20")),
        // Not authorised yet: SystemC's script writes 1900-01-01 here.
        new("950000506", P(12), "960000406", D("2024-11-02"), null),
        new("950000507", P(13), "960000407", D("2024-12-03"), D("2025-01-20")),
        new("950000508", P(14), "960000408", D("2025-01-11"), D("2025-02-14")),
    ];

    public static readonly Enquiry[] Enquiries =
    [
        new("940000601", "960000402", P(3), D("2024-10-22"), D("2024-11-05"), false),
        new("940000602", "960000407", P(13), D("2024-12-04"), D("2024-12-20"), false),
    ];

    public static readonly Plan[] Plans =
    [
        // Child 13's first plan ended four years before the second.
        new("920000701", null, P(13), D("2019-05-01"), D("2020-06-01")),
        new("920000702", "960000402", P(3), D("2024-11-06"), null),
        new("920000703", "960000407", P(13), D("2024-12-21"), null),
        // Exactly two years.
        new("920000704", null, P(15), D("2022-04-01"), D("2024-04-01")),
    ];

    public static readonly CareEpisode[] Care =
    [
        new("910000801", P(16), D("2023-06-01"), D("2024-08-15"), "E4A"),
        new("910000802", P(14), D("2025-01-20"), null, null),
    ];

    /// <summary>Each episode's lead worker for its child, and the social worker for each referral that went beyond NFA.</summary>
    public static IReadOnlyList<InvolvementRow> Involvements { get; } =
        Episodes.Select((e, i) => new InvolvementRow("900000" + (901 + i).ToString(CultureInfo.InvariantCulture), e.Worker, "EHW", e.Team, e.Person, e.Start, e.End, null))
            .Concat(Referrals.Where(r => !r.Nfa).Select((r, i) => new InvolvementRow("900000" + (951 + i).ToString(CultureInfo.InvariantCulture), SocialWorker, "CW", SocialCareTeam, r.Person, r.Date, r.Close, r.Id)))
            .ToList();

    /// <summary>Strings that must never be stored, planted in the SSD shapes' personal columns, comments and unread files.</summary>
    public static IEnumerable<string> Planted =>
        Children.SelectMany(c => new[] { c.Forename, c.Surname, c.Upn, c.Nhs, c.Legacy })
            .Concat(Workers.SelectMany(w => new[] { w.Name, w.StaffNumber }))
            .Concat([PlantedAddress, PlantedPostcode, PlantedComment]);

    public const string PlantedAddress = "17 Wollstonecraft Gardens";
    public const string PlantedPostcode = "ZX9 4QQ";
    public const string PlantedComment = "Grandmother Philomena Ashcombe rang";

    /// <summary>Raw case-system ids: only their pseudonyms may be stored.</summary>
    public static IEnumerable<string> RawIds =>
        Children.Select(c => c.Id).Concat(Contacts.Select(c => c.Id)).Concat(Episodes.Select(e => e.Id)).Concat(Referrals.Select(r => r.Id))
            .Concat(Assessments.Select(a => a.Id)).Concat(Enquiries.Select(e => e.Id)).Concat(Plans.Select(p => p.Id)).Concat(Care.Select(c => c.Id));

    /// <summary>The rows each shape plants as genuinely bad (file, what), which the load must reject.</summary>
    public static IReadOnlyList<(string File, string Why)> PlantedBad(SsdShape shape) => shape switch
    {
        SsdShape.Canonical => [],
        SsdShape.Eclipse144 => [("ssd_contacts.csv", "a contact id used twice")],
        _ => [("ssd_contacts.csv", "a contact whose child is the placeholder -1")],
    };

    /// <summary>Every (shape, null style) pair among <paramref name="shapes"/>: theory data for tests over the fixtures.</summary>
    public static TheoryData<SsdShape, NullStyle> Combinations(params SsdShape[] shapes)
    {
        var data = new TheoryData<SsdShape, NullStyle>();
        foreach (var shape in shapes)
            foreach (var nulls in Enum.GetValues<NullStyle>())
                data.Add(shape, nulls);
        return data;
    }

    /// <summary>The extract's files in a shape.</summary>
    public static IReadOnlyList<(string File, string Csv)> Files(SsdShape shape, NullStyle nulls = NullStyle.Empty) =>
        new Writer(shape, nulls).Write();

    private sealed class Writer(SsdShape shape, NullStyle nulls)
    {
        private readonly List<(string, string)> _files = [];
        private bool SystemC => shape is SsdShape.SystemC145 or SsdShape.SystemC124;

        public List<(string, string)> Write()
        {
            Departments();
            Professionals();
            People();
            if (shape != SsdShape.Mosaic144) Families();
            ContactsFile();
            EpisodesFile();
            if (shape == SsdShape.Canonical) EpisodeDetails();
            ReferralsFile();
            InvolvementsFile();
            AssessmentsFile();
            EnquiriesFile();
            PlansFile();
            CareFile();
            if (shape != SsdShape.Canonical) UnreadFiles();
            return _files;
        }

        // ---- value forms -------------------------------------------------------------------------------------

        /// <summary>A date as the shape's script and export write it.</summary>
        private string? Date(DateOnly? d) => d is not { } v ? null : shape switch
        {
            // SQL Server datetime columns export as "2024-12-10 00:00:00.000" (ssd_person.pers_dob metadata says so).
            SsdShape.SystemC145 or SsdShape.SystemC124 or SsdShape.Mosaic144 => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00.000",
            // PostgreSQL TIMESTAMP columns export as "2024-12-10 00:00:00".
            SsdShape.Eclipse144 => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00",
            _ => v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };

        private void File(string table, string[] header, IEnumerable<string?[]> rows, params string[] extraLines)
        {
            var text = new StringBuilder(string.Join(",", header)).Append('\n');
            foreach (var row in rows)
            {
                if (row.Length != header.Length) throw new InvalidOperationException($"{table}: {row.Length} fields for {header.Length} columns.");
                text.Append(string.Join(",", row.Select(Cell))).Append('\n');
            }
            foreach (var line in extraLines) text.Append(line).Append('\n');
            _files.Add((table + ".csv", text.ToString()));
        }

        private string Cell(string? value)
        {
            if (value is null) return nulls == NullStyle.Null ? "NULL" : "";
            return value.Contains(',') || value.Contains('"') || value.Contains('\n') ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
        }

        private static string Json(IEnumerable<string> labels) => "[" + string.Join(",", labels.Select(l => "\"" + l + "\"")) + "]";

        /// <summary>An object of Y/N flags as SystemC's script concatenates it: every key, a count, and COMMENTS last.</summary>
        private static string Flags(IEnumerable<(string Key, bool Yes)> flags, string comment, string countKey = "NUMBER_OF_OUTCOMES", string commentKey = "COMMENTS")
        {
            var list = flags.ToList();
            var sb = new StringBuilder("{");
            foreach (var (key, yes) in list) sb.Append('"').Append(key).Append("\": \"").Append(yes ? 'Y' : 'N').Append("\", ");
            sb.Append('"').Append(countKey).Append("\": ").Append(list.Count(f => f.Yes)).Append(", \"").Append(commentKey).Append("\": \"").Append(comment).Append("\"}");
            return sb.ToString();
        }

        /// <summary>Eclipse's JSON_BUILD_OBJECT(...)::TEXT: OUTCOME_ keys, no count or comment.</summary>
        private static string EclipseFlags(IEnumerable<(string Key, bool Yes)> flags) =>
            "{" + string.Join(", ", flags.Select(f => $"\"{f.Key}\" : \"{(f.Yes ? 'Y' : 'N')}\"")) + "}";

        private static readonly Dictionary<string, string> ContactLabel = new()
        {
            ["EH"] = "EH Referral", ["CIN"] = "CIN Referral", ["NFA"] = "No Further Action", ["IA"] = "Information and Advice",
        };

        private static readonly Dictionary<string, string> ReferralLabel = new()
        {
            ["ASSESSMENT"] = "Single Assessment", ["STRATEGY"] = "Strategy Discussion", ["S47"] = "Section 47 Enquiry", ["CPPLAN"] = "Child Protection Plan",
            ["CINPLAN"] = "Child in Need Plan", ["LAC"] = "Looked After", ["STEPDOWN"] = "Step-down to Early Help", ["NFA"] = "No Further Action",
        };

        // ---- tables ------------------------------------------------------------------------------------------

        private void Departments()
        {
            // Eclipse's ssd_department.sql writes no parent (NULL AS dept_team_parent_id). Mosaic's script leaves the table to the
            // council (ssd_department_tag_dw.sql is a placeholder): this council filled it in the SSD's own columns.
            File("ssd_department", ["dept_team_id", "dept_team_name", "dept_team_parent_id", "dept_team_parent_name"],
                Teams.Select(t => shape == SsdShape.Eclipse144 ? new[] { t.Id, t.Name, null, null } : new[] { t.Id, t.Name, t.Parent, t.ParentName }));
        }

        private void Professionals()
        {
            switch (shape)
            {
                case SsdShape.Canonical:
                    File("ssd_professionals", ["prof_professional_id", "prof_professional_job_title", "prof_professional_department"],
                        Workers.Select(w => new[] { w.Id, w.Title, w.Team }));
                    break;
                case SsdShape.Eclipse144:
                    // ssd_professionals.sql: id and staff id are the professional's person id; title and department are NULL.
                    File("ssd_professionals", Ssd("ssd_professionals"),
                        Workers.Select(w => new[] { w.Id, w.Id, w.Name, w.StaffNumber, null, null, null, null, null }));
                    break;
                case SsdShape.Mosaic144:
                    // populate_ssd_professionals: prof_professional_id is NULL, the worker id is prof_staff_id, the department is the organisation's name.
                    File("ssd_professionals", ["prof_professional_id", "prof_staff_id", "prof_social_worker_registration_no", "prof_agency_worker_flag",
                        "prof_professional_job_title", "prof_professional_caseload", "prof_professional_department", "prof_full_time_equivalency"],
                        Workers.Select(w => new[] { null, w.Id, null, null, null, "3", TeamName(w.Team), null }));
                    break;
                default:
                    // SystemC: DIM_WORKER, with the team as DEPARTMENT_NAME (a name, not an id).
                    File("ssd_professionals", Ssd("ssd_professionals"),
                        Workers.Select(w => new[] { w.Id, w.StaffNumber, w.Name, "SW" + w.StaffNumber[4..], null, w.Title, "12", TeamName(w.Team), "1" }));
                    break;
            }
        }

        private static string TeamName(string id) => Teams.Single(t => t.Id == id).Name;

        private void People()
        {
            switch (shape)
            {
                case SsdShape.Canonical:
                    File("ssd_person", ["pers_person_id", "pers_sex", "pers_ethnicity", "pers_dob"],
                        Children.Select(c => new[] { c.Id, c.Sex, c.Ethnicity, Date(c.Dob) }));
                    break;
                case SsdShape.SystemC124:
                    // 1.2.4 writes the placeholder SSD_PH as pers_sex and the sex in pers_gender; no UPN or names yet.
                    File("ssd_person", ["pers_legacy_id", "pers_person_id", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob", "pers_common_child_id",
                        "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality"],
                        Children.Select(c => new[] { c.Legacy, c.Id, "SSD_PH", c.Sex, c.Ethnicity, Date(c.Dob), c.Nhs, "SSD_PH", null, null, null, null, "GBR" }));
                    break;
                case SsdShape.Eclipse144:
                    // ssd_person.sql: sex M/F/U, gender 01/02/00/09, ethnicity through its own CASE (CHNE becomes CNHE, anything unknown ??).
                    File("ssd_person", Ssd("ssd_person")[..16],
                        Children.Select(c => new[] { c.Legacy, c.Id, c.Upn, c.Forename, c.Surname, c.Sex, c.Sex == "M" ? "01" : c.Sex == "F" ? "02" : "00",
                            c.Ethnicity switch { null => "??", "CHNE" => "CNHE", var e => e }, Date(c.Dob), c.Nhs, null, null, null, null, null, "GB" }));
                    break;
                case SsdShape.Mosaic144:
                    File("ssd_person", ["pers_person_id", "pers_legacy_id", "pers_forename", "pers_surname", "pers_sex", "pers_gender", "pers_ethnicity", "pers_dob",
                        "pers_single_unique_id", "pers_upn", "pers_upn_unknown", "pers_send_flag", "pers_expected_dob", "pers_death_date", "pers_is_mother", "pers_nationality"],
                        Children.Select(c => new[] { c.Id, c.Legacy, c.Forename, c.Surname, c.Sex, c.Sex, c.Ethnicity, Date(c.Dob), c.Nhs, c.Upn, null, "N", null, null, null, null }));
                    break;
                default:
                    File("ssd_person", Ssd("ssd_person")[..16],
                        Children.Select(c => new[] { c.Legacy, c.Id, c.Upn, c.Forename, c.Surname, c.Sex, c.Sex, c.Ethnicity, Date(c.Dob), c.Nhs, null, null, null, null, null, "GBR" }));
                    break;
            }
        }

        private void Families()
        {
            // Eclipse builds fami_table_id as GROUPID || PERSONID; SystemC uses the contact's EXTERNAL_ID.
            File("ssd_family", ["fami_table_id", "fami_family_id", "fami_person_id"],
                Children.Select(c => new[] { shape == SsdShape.Eclipse144 ? c.Family + c.Id : "FM" + c.Id, c.Family, c.Id }));
        }

        private void ContactsFile()
        {
            switch (shape)
            {
                case SsdShape.Canonical:
                    File("ssd_contacts", ["cont_contact_id", "cont_person_id", "cont_contact_date", "cont_contact_source_code", "cont_contact_outcome_json"],
                        Contacts.Select(c => new[] { c.Id, c.Person, Date(c.Date), c.Source, Json(c.Outcomes) }));
                    break;
                case SsdShape.Eclipse144:
                    // ssd_contacts.sql: the case system's CONTACT_BY codes (INDSELF, SCHOOLS...), and NULL as cont_contact_outcome_json.
                    File("ssd_contacts", Ssd("ssd_contacts"),
                        Contacts.Select(c => new[] { c.Id, c.Person, Date(c.Date), EclipseSource(c.Source), c.Source, null })
                            // Planted bad: the same contact id twice (the second is rejected as a duplicate).
                            .Append([Contacts[0].Id, Contacts[0].Person, Date(Contacts[0].Date), "SCHOOLS", "School", null]));
                    break;
                case SsdShape.Mosaic144:
                    // populate_ssd_contacts: NULL as the source code, the source's description, and the next actions' descriptions joined with ", ".
                    File("ssd_contacts", Ssd("ssd_contacts"),
                        Contacts.Select(c => new[] { c.Id, c.Person, Date(c.Date), null, MosaicSource(c.Source), string.Join(", ", c.Outcomes.Select(MosaicContactOutcome)) })
                            .Append(["980000299", "-1", Date(D("2024-09-09")), null, "Police", "Closure Record"]));
                    break;
                default:
                    // FACT_CONTACTS: the source's lookup id and description, and the outcome flags; no flag says early help.
                    File("ssd_contacts", Ssd("ssd_contacts"),
                        Contacts.Select((c, i) => new[]
                        {
                            c.Id, c.Person, Date(c.Date), "17" + SourceIndex(c.Source), SystemCSource(c.Source),
                            Flags([("NEW_REFERRAL_FLAG", c.Outcomes.Contains("CIN Referral")), ("EXISTING_REFERRAL_FLAG", false), ("CP_ENQUIRY_FLAG", false),
                                ("NFA_FLAG", c.Outcomes.Contains("No Further Action")), ("NON_AGENCY_ADOPTION_FLAG", false), ("PRIVATE_FOSTERING_FLAG", false),
                                ("ADVICE_FLAG", c.Outcomes.Contains("Information and Advice")), ("MISSING_FLAG", false), ("OLA_CP_FLAG", false),
                                ("OTHER_OUTCOMES_EXIST_FLAG", c.Outcomes.Contains("EH Referral"))],
                                // The script does not escape quotes in OUTCOME_COMMENTS; comments name people and must never be stored.
                                i == 2 ? PlantedComment + " and said \"help\"" : ""),
                        })
                            .Append(["980000299", "-1", Date(D("2024-09-09")), "176", "Police", Flags([("NFA_FLAG", true)], "")]));
                    break;
            }
        }

        private void EpisodesFile()
        {
            switch (shape)
            {
                case SsdShape.Canonical:
                    File("ssd_early_help_episodes", Ssd("ssd_early_help_episodes"),
                        Episodes.Select(e => new[] { e.Id, e.Person, Date(e.Start), Date(e.End), e.Reason, e.EndReason, e.Organisation, e.Worker }));
                    break;
                case SsdShape.Eclipse144:
                    // ssd_early_help_episodes.sql: the closure form's reason words, the allocated team as the organisation, the allocated worker.
                    File("ssd_early_help_episodes", Ssd("ssd_early_help_episodes"),
                        Episodes.Select(e => new[] { e.Id, e.Person, Date(e.Start), Date(e.End), e.Reason, Words(e.EndReason, eclipse: true), e.Team, e.Worker }));
                    break;
                case SsdShape.Mosaic144:
                    // populate_ssd_early_help_episodes: the worker role's ORGANISATION_ID (the team) and the worker.
                    File("ssd_early_help_episodes", Ssd("ssd_early_help_episodes"),
                        Episodes.Select(e => new[] { e.Id, e.Person, Date(e.Start), Date(e.End), e.Reason, Words(e.EndReason, eclipse: false), e.Team, e.Worker }));
                    break;
                default:
                    // FACT_CAF_EPISODE: the end reason in the council's words, the organisation code, and 'SSD_PH' as the worker.
                    File("ssd_early_help_episodes", Ssd("ssd_early_help_episodes"),
                        Episodes.Select(e => new[] { e.Id, e.Person, Date(e.Start), Date(e.End), e.Reason, Words(e.EndReason, eclipse: false), e.Organisation, "SSD_PH" }));
                    break;
            }
        }

        private static string? Words(string? code, bool eclipse) => code switch
        {
            null => null,
            "OM" => eclipse ? "Needs met" : "Outcomes met",
            "SU" => eclipse ? "Step up to social care" : "Step-up",
            "OT" => eclipse ? "No further action" : "NFA",
            "DE" => "Family disengaged",
            _ => code,
        };

        private void EpisodeDetails() =>
            File("ext_early_help_episode_details", ["exte_episode_id", "exte_team_id", "exte_level", "exte_referral_date", "exte_family_id"],
                Episodes.Select(e => new[] { e.Id, e.Team, e.Level, Date(e.Referred), Children.Single(c => c.Id == e.Person).Family }));

        private void ReferralsFile()
        {
            switch (shape)
            {
                case SsdShape.Canonical:
                    File("ssd_cin_episodes", ["cine_referral_id", "cine_person_id", "cine_referral_date", "cine_referral_source_code", "cine_referral_outcome_json",
                        "cine_referral_nfa", "cine_close_reason", "cine_close_date", "cine_referral_team"],
                        Referrals.Select(r => new[] { r.Id, r.Person, Date(r.Date), r.Source, Json(r.Outcomes.Select(o => ReferralLabel[o])), r.Nfa ? "Y" : "N", r.CloseReason, Date(r.Close), SocialCareTeam }));
                    break;
                case SsdShape.Eclipse144:
                    // ssd_cin_episodes.sql: CIN source codes, OUTCOME_ flags from the agreed next step, RC codes ('' while open), NULL team.
                    File("ssd_cin_episodes", Ssd("ssd_cin_episodes"),
                        Referrals.Select(r => new[]
                        {
                            r.Id, r.Person, Date(r.Date), "N4", r.Source, "Police", EclipseFlags(EclipseReferralFlags(r)), r.Nfa ? "Y" : "N",
                            r.CloseReason ?? "", Date(r.Close), null, SocialWorker,
                        }));
                    break;
                case SsdShape.Mosaic144:
                    File("ssd_cin_episodes", Ssd("ssd_cin_episodes"),
                        Referrals.Select(r => new[]
                        {
                            r.Id, r.Person, Date(r.Date), "N4", r.Source, "Police",
                            // The next steps' descriptions; one a council added that no mapping knows (loads with a warning).
                            string.Join(", ", r.Outcomes.Select(MosaicReferralOutcome).Concat(r.Id == "960000405" ? ["Refer to Youth Justice (YJS)"] : [])),
                            r.Nfa ? "Y" : "N", r.CloseReason, Date(r.Close), SocialCareTeam, SocialWorker,
                        }));
                    break;
                default:
                    // FACT_REFERRALS: source lookup id and description, outcome flags (no step-down key: RC9 says it), the worker's name.
                    File("ssd_cin_episodes", Ssd("ssd_cin_episodes"),
                        Referrals.Select(r => new[]
                        {
                            r.Id, r.Person, Date(r.Date), "N4", "17" + SourceIndex(r.Source), SystemCSource(r.Source),
                            Flags([("SINGLE_ASSESSMENT_FLAG", r.Outcomes.Contains("ASSESSMENT")), ("STRATEGY_DISCUSSION_FLAG", r.Outcomes.Contains("STRATEGY")),
                                ("CLA_REQUEST_FLAG", r.Outcomes.Contains("LAC")), ("NON_AGENCY_ADOPTION_FLAG", false), ("PRIVATE_FOSTERING_FLAG", false),
                                ("CP_TRANSFER_IN_FLAG", false), ("CP_CONFERENCE_FLAG", r.Outcomes.Contains("CPPLAN")), ("CARE_LEAVER_FLAG", false),
                                ("OTHER_OUTCOMES_EXIST_FLAG", r.Outcomes.Contains("CINPLAN"))], ""),
                            r.Nfa ? "Y" : "N", r.CloseReason, Date(r.Close), SocialCareTeam, Workers.Single(w => w.Id == SocialWorker).Name,
                        }));
                    break;
            }
        }

        private static IEnumerable<(string, bool)> EclipseReferralFlags(Referral r) =>
        [
            ("OUTCOME_SINGLE_ASSESSMENT_FLAG", r.Outcomes.Contains("ASSESSMENT")), ("OUTCOME_NFA_FLAG", r.Nfa),
            ("OUTCOME_STRATEGY_DISCUSSION_FLAG", r.Outcomes.Contains("STRATEGY")), ("OUTCOME_CLA_REQUEST_FLAG", false),
            ("OUTCOME_NON_AGENCY_ADOPTION_FLAG", false), ("OUTCOME_PRIVATE_FOSTERING_FLAG", false), ("OUTCOME_CP_TRANSFER_IN_FLAG", false),
            ("OUTCOME_CP_CONFERENCE_FLAG", false), ("OUTCOME_CARE_LEAVER_FLAG", false), ("OTHER_OUTCOMES_EXIST_FLAG", r.Outcomes.Contains("CINPLAN")),
        ];

        private void InvolvementsFile()
        {
            if (shape == SsdShape.Mosaic144)
            {
                // populate_ssd_involvements: no person column; invo_referral_id is the child's referral open at the time, if any.
                File("ssd_involvements", ["invo_involvements_id", "invo_professional_id", "invo_professional_role_id", "invo_professional_team", "invo_referral_id",
                    "invo_involvement_start_date", "invo_involvement_end_date", "invo_worker_change_reason"],
                    Involvements.Select(i => new[] { i.Id, i.Worker, i.Role == "CW" ? "REL.ALLOC" : "REL.IEYSF", i.Team, i.Referral ?? OpenReferral(i), Date(i.Start), Date(i.End), null }));
                return;
            }
            File("ssd_involvements", Ssd("ssd_involvements"),
                Involvements.Select(i => new[] { i.Id, i.Worker, shape == SsdShape.Eclipse144 ? "AW" : i.Role, i.Team, i.Person, Date(i.Start), Date(i.End), null, i.Referral }));
        }

        /// <summary>Mosaic links an involvement to the child's referral that overlaps it (max referral_id).</summary>
        private static string? OpenReferral(InvolvementRow i) =>
            Referrals.Where(r => r.Person == i.Person && r.Date <= (i.End ?? DateOnly.MaxValue) && (r.Close ?? DateOnly.MaxValue) >= i.Start)
                .Select(r => r.Id).Order(StringComparer.Ordinal).LastOrDefault();

        private void AssessmentsFile()
        {
            if (shape == SsdShape.Canonical)
            {
                File("ssd_cin_assessments", ["cina_assessment_id", "cina_person_id", "cina_referral_id", "cina_assessment_start_date", "cina_assessment_auth_date", "cina_assessment_team"],
                    Assessments.Select(a => new[] { a.Id, a.Person, a.Referral, Date(a.Start), Date(a.Authorised), SocialCareTeam }));
                return;
            }
            File("ssd_cin_assessments", Ssd("ssd_cin_assessments"),
                Assessments.Select(a => new[]
                {
                    a.Id, a.Person, a.Referral, Date(a.Start), "Y",
                    // SystemC's AggregatedFormAnswers: ISNULL(..., '1900-01-01') when the form has no end date.
                    a.Authorised is null && SystemC ? "1900-01-01 00:00:00.000" : Date(a.Authorised),
                    shape == SsdShape.Eclipse144 ? EclipseFlags([("OUTCOME_NFA_FLAG", false), ("OUTCOME_PROV_OF_SERVICES_FLAG", true)])
                        : shape == SsdShape.Mosaic144 ? "Provision of services" : Flags([("NFA_FLAG", false), ("PROV_OF_SERVICES_FLAG", true)], "", "TOTAL_NO_OF_OUTCOMES"),
                    "N", SocialCareTeam, SystemC ? "5203" : SocialWorker,
                }));
        }

        private void EnquiriesFile()
        {
            if (shape == SsdShape.Canonical)
            {
                File("ssd_s47_enquiry", ["s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_completed_by_team"],
                    Enquiries.Select(e => new[] { e.Id, e.Referral, e.Person, Date(e.Start), Date(e.End), e.Nfa ? "Y" : "N", SocialCareTeam }));
                return;
            }
            var outcome = shape == SsdShape.Eclipse144 ? EclipseFlags([("OUTCOME_CP_CONFERENCE_FLAG", true)])
                : Flags([("NFA_FLAG", false), ("CP_CONFERENCE_FLAG", true)], "", "TOTAL_NO_OF_OUTCOMES", "OUTCOME_COMMENTS");
            // Mosaic's ##ssd_s47_enquiry puts the worker before the team.
            var header = shape == SsdShape.Mosaic144
                ? new[] { "s47e_s47_enquiry_id", "s47e_referral_id", "s47e_person_id", "s47e_s47_start_date", "s47e_s47_end_date", "s47e_s47_nfa", "s47e_s47_outcome_json", "s47e_s47_completed_by_worker_id", "s47e_s47_completed_by_team" }
                : Ssd("ssd_s47_enquiry");
            File("ssd_s47_enquiry", header,
                Enquiries.Select(e => shape == SsdShape.Mosaic144
                    ? new[] { e.Id, e.Referral, e.Person, Date(e.Start), Date(e.End), e.Nfa ? "Y" : "N", outcome, SocialWorker, SocialCareTeam }
                    : new[] { e.Id, e.Referral, e.Person, Date(e.Start), Date(e.End), e.Nfa ? "Y" : "N", outcome, SocialCareTeam, Workers[2].StaffNumber }));
        }

        private void PlansFile()
        {
            if (shape == SsdShape.Canonical)
            {
                File("ssd_cp_plans", ["cppl_cp_plan_id", "cppl_referral_id", "cppl_person_id", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date"],
                    Plans.Select(p => new[] { p.Id, p.Referral, p.Person, Date(p.Start), Date(p.End) }));
                return;
            }
            File("ssd_cp_plans", Ssd("ssd_cp_plans"),
                Plans.Select(p => new[] { p.Id, p.Referral, null, p.Person, Date(p.Start), Date(p.End), "N", "Neglect", "Emotional abuse" }));
        }

        private void CareFile()
        {
            switch (shape)
            {
                case SsdShape.Canonical:
                    File("ssd_cla_episodes", ["clae_cla_episode_id", "clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date", "clae_cla_episode_ceased_reason"],
                        Care.Select(c => new[] { c.Id, c.Person, Date(c.Start), Date(c.Ceased), c.Reason }));
                    break;
                case SsdShape.Mosaic144:
                    File("ssd_cla_episodes", ["clae_cla_episode_id", "clae_person_id", "clae_cla_episode_start_date", "clae_cla_episode_start_reason", "clae_cla_primary_need_code",
                        "clae_cla_id", "clae_referral_id", "clae_cla_last_iro_contact_date", "clae_cla_episode_ceased_date", "clae_cla_placement_id", "clae_entered_care_date", "clae_cla_episode_ceased_reason"],
                        Care.Select(c => new[] { c.Id, c.Person, Date(c.Start), "V2", "N1", "CLA" + c.Id, null, null, Date(c.Ceased), null, Date(c.Start), c.Reason }));
                    break;
                default:
                    // 1.2.x names the ceased date clae_cla_episode_ceased; SystemC writes the ceased reason's description (CARE_REASON_END_DESC).
                    var header = Ssd("ssd_cla_episodes")[..12];
                    if (shape == SsdShape.SystemC124) header[6] = "clae_cla_episode_ceased";
                    File("ssd_cla_episodes", header,
                        Care.Select(c => new[]
                        {
                            c.Id, c.Person, null, Date(c.Start), "Accommodated under section 20", "N1", Date(c.Ceased),
                            SystemC && c.Reason == "E4A" ? "Returned home to live with parent(s), relative(s), or other person(s) with parental responsibility as part of the care planning process" : c.Reason,
                            "CLA" + c.Id, null, null, Date(c.Start),
                        }));
                    break;
            }
        }

        /// <summary>SSD files Scorecard does not read: named in the report, nothing from them stored.</summary>
        private void UnreadFiles()
        {
            // ssd_address (SystemC 1.4.5 columns): an address is planted to prove it is never stored.
            File("ssd_address", ["addr_table_id", "addr_person_id", "addr_address_type", "addr_address_start_date", "addr_address_end_date", "addr_address_postcode", "addr_address_json"],
                [["AD1", Children[0].Id, "HOME", Date(D("2020-01-01")), null, PlantedPostcode, $"{{\"ROOM\": \"\", \"FLOOR\": \"\", \"NAME\": \"\", \"NUMBER\": \"\", \"STREET\": \"{PlantedAddress}\", \"TOWN\": \"Northby\", \"UPRN\": \"\", \"EASTING\": \"\", \"NORTHING\": \"\"}}"]]);
            File("ssd_disability", ["disa_table_id", "disa_person_id", "disa_disability_code"], [["DI1", Children[3].Id, "HAND"]]);
        }

        private static string[] Ssd(string table) => Scorecard.Etl.Sources.Ssd.SsdReleases.Columns[table].ToArray();

        private static string SourceIndex(string code) => (Array.IndexOf(SourceCodes, code) + 10).ToString(CultureInfo.InvariantCulture);

        private static readonly string[] SourceCodes = ["1A", "1B", "1C", "1D", "2A", "2B", "3A", "3B", "3C", "3D", "3E", "3F", "4", "5A", "5B", "5C", "5D", "6", "7", "8", "9", "10"];

        /// <summary>SystemC's DIM_LOOKUP_CONT_SORC_ID_DESC, in one council's words; one it reads as the CIN census does, one nobody maps.</summary>
        private static string SystemCSource(string code) => code switch
        {
            "6" => "Police",
            "2A" => "Schools",
            "3A" => "Health: GP",
            "1C" => "Individual: self",
            "5D" => "Early help",
            "1A" => "Individual: family member, relative, carer",
            "8" => "Other",
            "3B" => "Health Visitor (HV)",
            _ => code,
        };

        private static string EclipseSource(string code) => code switch
        {
            "6" => "POLICE", "2A" => "SCHOOLS", "3A" => "HSERVGP", "1C" => "INDSELF", "5D" => "OTHER", "1A" => "INDFRC", "8" => "OTHER", "3B" => "HSERVHVSTR",
            _ => "UNKNOWN",
        };

        private static string MosaicSource(string code) => code switch
        {
            "6" => "Police", "2A" => "Schools", "3A" => "Health: GP", "1C" => "Individual: self", "5D" => "Early help", "1A" => "Individual: family member, relative, carer",
            "8" => "Other", "3B" => "Health: health visitor", _ => "Unknown",
        };

        private static string MosaicContactOutcome(string label) => label switch
        {
            "EH Referral" => "Early Help Referral Decision (EH)",
            "CIN Referral" => "Referral to CSSW",
            "No Further Action" => "No further action",
            _ => label,
        };

        private static string MosaicReferralOutcome(string code) => code switch
        {
            "ASSESSMENT" => "Single Assessment",
            "STRATEGY" => "Strategy discussion (CSSW)",
            "S47" => "Ongoing CP Investigation / Plan",
            "CPPLAN" => "Child Protection Plan",
            "CINPLAN" => "Develop or update child or young person in need plan",
            "LAC" => "Decision to seek accommodation (CSSW)",
            "STEPDOWN" => "Step down to Early Help (EH)",
            "NFA" => "Closure Record",
            _ => code,
        };
    }
}
