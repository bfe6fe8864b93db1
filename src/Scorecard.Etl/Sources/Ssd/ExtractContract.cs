using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Facts;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Sources.Ssd;

public enum ColumnKind
{
    /// <summary>A record's own identifier: pseudonymised, must be unique in the file.</summary>
    Identifier,
    /// <summary>An identifier of another record (person, episode, referral...): pseudonymised, must resolve.</summary>
    Reference,
    /// <summary>A team / department id: not personal, kept as it is.</summary>
    TeamReference,
    /// <summary>A date: yyyy-MM-dd, yyyy-MM-dd HH:mm:ss with 0 to 7 fraction digits (SQL Server datetime2 text), or dd/MM/yyyy.</summary>
    Date,
    /// <summary>Date of birth: only its month is kept, and a bad value is never echoed in a reject.</summary>
    DateOfBirth,
    Text,
    Integer,
    /// <summary>Y/N, Yes/No, 1/0, true/false.</summary>
    YesNo,
    /// <summary>One code from a code list: the code, its label, or a word the council mapping knows.</summary>
    Code,
    /// <summary>
    /// Outcomes in any form the SSD scripts write: a JSON object of Y/N flags (SystemC, Eclipse), a JSON array of
    /// labels, or labels joined with ", " (Mosaic); each flag key or label goes through the council mapping.
    /// </summary>
    Outcomes,
}

/// <summary>How a reference column finds its record.</summary>
public enum ResolveRule
{
    /// <summary>The referenced record must be in this extract or already in the warehouse, or the row is rejected.</summary>
    MustExist,
    /// <summary>An unknown value creates the referenced row (lead organisations, workers, families named by id only).</summary>
    CreateIfMissing,
}

/// <summary>A reference from a staged column to a dimension or fact, by that row's business key.</summary>
public sealed record Lookup(
    Type Entity,
    string KeyProperty,
    string NaturalKeyProperty,
    ResolveRule Rule,
    string Describes);

public sealed record ColumnSpec(
    string Name,
    ColumnKind Kind,
    bool Required,
    string Description,
    string Example,
    /// <summary>Target property on the warehouse entity (for references: the surrogate key property).</summary>
    string? Target = null,
    string? CodeSet = null,
    /// <summary>The kind of identifier, mixed into the keyed hash (person, referral, episode...).</summary>
    string? IdentifierKind = null,
    Lookup? Lookup = null,
    /// <summary>Also write the date's yyyymmdd key to this property.</summary>
    string? DateKeyTarget = null,
    int? Minimum = null,
    int? Maximum = null,
    /// <summary>Part of the natural key besides the identifier (audit section), or a key that is not pseudonymised (team id).</summary>
    bool IsKey = false,
    /// <summary>Value used when the cell is empty.</summary>
    string? Default = null,
    /// <summary>
    /// The date column that dates this attribute for incremental refresh (an end reason is dated by the
    /// end date). Null: the table's first date column, so a change counts from the record's start.
    /// </summary>
    string? DatedBy = null,
    /// <summary>Other names the column has had in SSD releases (1.2.x's clae_cla_episode_ceased): read under either.</summary>
    string[]? Aliases = null,
    /// <summary>
    /// A column read when this one is empty, a placeholder or a value no mapping knows (the source's description
    /// beside a case-system code: cont_contact_source_desc beside cont_contact_source_code).
    /// </summary>
    string? Fallback = null,
    /// <summary>Longest value kept, as the SSD metadata sizes the column; null for unbounded. A longer value is never cut.</summary>
    int? MaxLength = ValueParsers.MaxTextLength)
{
    public bool IsPseudonymised => Kind is ColumnKind.Identifier or ColumnKind.Reference;
    public bool IsNaturalKey => Kind == ColumnKind.Identifier || IsKey;
}

/// <summary>
/// A value computed from a parsed row and written to an entity property (e.g. outcome flags). <paramref name="From"/>
/// names the columns it is computed from: when a file lacks them, the stored value is kept, not recomputed from nothing.
/// When it reads one outcome code, <paramref name="FromOutcome"/> names the column and code, so a source whose outcome
/// form cannot say that code (a SystemC contact has no early help flag) is recorded as not expressing the property.
/// When the value is a flag saying the load worked out <paramref name="Marks"/> itself (a team or worker taken from
/// ssd_involvements), a file that has nothing for that property keeps the worked-out value, and the flag with it, so
/// an identical re-load changes nothing.
/// </summary>
public sealed record DerivedColumn(string Target, Type ClrType, Func<ParsedRow, object?> Compute, IReadOnlyList<string>? From = null,
    (string Column, string Code)? FromOutcome = null, string? Marks = null);

/// <summary>A check across columns of one row (end not before start...).</summary>
public sealed record RowRule(string Column, string Reason, Func<ParsedRow, bool> IsBroken);

public enum MergeMode
{
    /// <summary>Insert new natural keys, update changed rows in place.</summary>
    Upsert,
    /// <summary>Rows add detail to records that already exist (ext_early_help_episode_details).</summary>
    UpdateExisting,
}

public sealed record TableSpec(
    string Name,
    bool Required,
    string Description,
    Type Entity,
    IReadOnlyList<ColumnSpec> Columns,
    IReadOnlyList<DerivedColumn> Derived,
    IReadOnlyList<RowRule> Rules,
    MergeMode Mode = MergeMode.Upsert)
{
    public string FileName => Name + ".csv";
    public IReadOnlyList<ColumnSpec> KeyColumns => Columns.Where(c => c.IsNaturalKey).ToList();
}

/// <summary>
/// The canonical extract: CSV files shaped like the Data to Insight Standard Safeguarding Dataset (SSD),
/// plus ext_ tables for what SSD does not hold. Tables are listed in load order (referenced tables first).
/// docs/extract-contract.md is rendered from this list (`scorecard contract`), so the two cannot drift.
/// </summary>
public static class ExtractContract
{
    public const string Person = "person";
    public const string Episode = "early help episode";
    public const string Referral = "referral";

    private static Lookup PersonLookup => new(typeof(Warehouse.Dimensions.Person), nameof(Warehouse.Dimensions.Person.PersonKey), nameof(Warehouse.Dimensions.Person.PersonId), ResolveRule.MustExist, "ssd_person");
    private static Lookup TeamLookup => new(typeof(OrganisationUnit), nameof(OrganisationUnit.OrgUnitKey), nameof(OrganisationUnit.OrgUnitId), ResolveRule.MustExist, "ssd_department");
    private static Lookup EpisodeLookup => new(typeof(EarlyHelpEpisode), nameof(EarlyHelpEpisode.EpisodeKey), nameof(EarlyHelpEpisode.EpisodeId), ResolveRule.MustExist, "ssd_early_help_episodes");
    private static Lookup ReferralLookup => new(typeof(SocialCareReferral), nameof(SocialCareReferral.ReferralKey), nameof(SocialCareReferral.ReferralId), ResolveRule.MustExist, "ssd_cin_episodes");
    private static Lookup FamilyLookup => new(typeof(Family), nameof(Family.FamilyKey), nameof(Family.FamilyId), ResolveRule.CreateIfMissing, "ssd_family");
    private static Lookup LeadOrganisationLookup => new(typeof(LeadOrganisation), nameof(LeadOrganisation.LeadOrganisationKey), nameof(LeadOrganisation.Name), ResolveRule.CreateIfMissing, "lead organisations");
    private static Lookup WorkerLookup => new(typeof(Professional), nameof(Professional.ProfessionalKey), nameof(Professional.ProfessionalId), ResolveRule.CreateIfMissing, "ssd_professionals");

    private static ColumnSpec Id(string name, string kind, string target, string example) =>
        new(name, ColumnKind.Identifier, true, $"The {kind}'s id in the case system (pseudonymised on load; unique in the file).", example, target, IdentifierKind: kind);

    private static ColumnSpec PersonRef(string name, bool required = true) =>
        new(name, ColumnKind.Reference, required, "The child's person id (pseudonymised on load); must be in ssd_person or already in the warehouse.", "P100234", "PersonKey", IdentifierKind: Person, Lookup: PersonLookup);

    private static ColumnSpec TeamRef(string name, string target, string what) =>
        new(name, ColumnKind.TeamReference, false, $"{what}: a dept_team_id from ssd_department (or already in the warehouse).", "T-NORTH-1", target, Lookup: TeamLookup);

    private static ColumnSpec Date(string name, bool required, string description, string target, string example, string? dateKey = null) =>
        new(name, ColumnKind.Date, required, description, example, target, DateKeyTarget: dateKey);

    private static DateOnly? D(ParsedRow r, string column) => r.Get<DateOnly?>(column);

    /// <summary>Lead organisations are looked up by name through a unique index, which SQL Server limits to 900 bytes.</summary>
    public const int LeadOrganisationLength = 400;

    private static DerivedColumn Outcome(string target, string column, string code) =>
        new(target, typeof(bool), r => Boxes.Of(HasCode(r, column, code)), [column], (column, code));

    private static RowRule NotBefore(string endColumn, string startColumn, string what) =>
        new(endColumn, $"{what} is before {startColumn}", r => D(r, endColumn) is { } end && D(r, startColumn) is { } start && end < start);

    public static IReadOnlyList<TableSpec> Tables { get; } =
    [
        new("ssd_department", false,
            "Teams and the localities (or service areas) they sit in. A team with no parent sits directly under the authority.",
            typeof(OrganisationUnit),
            [
                new("dept_team_id", ColumnKind.TeamReference, true, "The team's id: unique in the file. Not personal, kept as it is.", "T-NORTH-1", nameof(OrganisationUnit.OrgUnitId), IsKey: true, MaxLength: 48),
                new("dept_team_name", ColumnKind.Text, true, "The team's name as staff know it.", "North Early Help Team 1", nameof(OrganisationUnit.Name), MaxLength: 255),
                new("dept_team_parent_id", ColumnKind.TeamReference, false, "The parent unit's id (a locality); it need not have a row of its own.", "L-NORTH", MaxLength: 48),
                new("dept_team_parent_name", ColumnKind.Text, false, "The parent unit's name, used when the parent has no row of its own.", "North locality", MaxLength: 255),
            ], [], []),
        new("ssd_professionals", false,
            "Workers who lead episodes. Staff ids are pseudonymised too: they sit beside children's records. Names, staff numbers and registration numbers are never read.",
            typeof(Professional),
            [
                // Mosaic's script leaves prof_professional_id empty and writes its worker id (the id its other tables use) as prof_staff_id.
                Id("prof_professional_id", "professional", nameof(Professional.ProfessionalId), "W5521") with
                {
                    Fallback = "prof_staff_id",
                    Description = "The worker's id in the case system (pseudonymised on load; unique in the file). When it is empty, prof_staff_id is read (Mosaic writes its worker id there).",
                },
                new("prof_professional_job_title", ColumnKind.Text, false, "Job title.", "Family Support Worker", nameof(Professional.Role), MaxLength: 500),
                new("prof_professional_department", ColumnKind.TeamReference, false,
                    "The worker's team: a dept_team_id, or the team's name as SystemC writes it (its DEPARTMENT_NAME), matched to ssd_department's names or a Team line of the mapping file.",
                    "T-NORTH-1", nameof(Professional.OrgUnitKey), Lookup: TeamLookup, MaxLength: 100),
            ], [], []),
        new("ssd_person", true,
            "Every child (and family member) the other tables mention. Names, UPNs, NHS numbers, legacy ids and other columns SSD carries are ignored and never stored.",
            typeof(Warehouse.Dimensions.Person),
            [
                Id("pers_person_id", Person, nameof(Warehouse.Dimensions.Person.PersonId), "P100234"),
                new("pers_sex", ColumnKind.Code, false, "M, F, U (unknown) or I (indeterminate); Male/Female and CIN census 1/2/0/9 are accepted. When empty or SSD_PH (SystemC 1.2.x writes that placeholder here), pers_gender is read instead; when both are empty, U.", "F", nameof(Warehouse.Dimensions.Person.Sex), CodeSets.Sex, Default: "U", Fallback: "pers_gender"),
                new("pers_ethnicity", ColumnKind.Code, false, "DfE ethnicity code (WBRI, MWBC, APKN, BAFR, CHNE, REFU, NOBT...).", "WBRI", nameof(Warehouse.Dimensions.Person.EthnicityCode), CodeLists.Ethnicity),
                new("pers_dob", ColumnKind.DateOfBirth, false, "Date of birth. Only the month is stored (as the 1st of the month).", "2015-06-14", nameof(Warehouse.Dimensions.Person.MonthOfBirth)),
            ],
            [new(nameof(Warehouse.Dimensions.Person.EthnicityGroup), typeof(string), r => CodeLists.EthnicityGroupOf(r.Get<string?>("pers_ethnicity")), ["pers_ethnicity"])],
            []),
        new("ssd_family", false,
            "Which people belong to which family (household). One row per family member.",
            typeof(FamilyMember),
            [
                Id("fami_table_id", "family member", nameof(FamilyMember.FamilyMemberId), "FM0001"),
                new("fami_family_id", ColumnKind.Reference, true, "The family's id (pseudonymised).", "F2001", nameof(FamilyMember.FamilyKey), IdentifierKind: "family", Lookup: FamilyLookup),
                PersonRef("fami_person_id"),
            ], [], []),
        new("ssd_contacts", false,
            "Contacts at the front door (MASH, single point of access, duty) and their outcomes.",
            typeof(Contact),
            [
                Id("cont_contact_id", "contact", nameof(Contact.ContactId), "C300001"),
                PersonRef("cont_person_id"),
                Date("cont_contact_date", true, "When the contact was received.", nameof(Contact.ContactDate), "2024-10-03", nameof(Contact.ContactDateKey)),
                new("cont_contact_source_code", ColumnKind.Code, false, "Who made the contact: CIN census source code (1A-10; Annex A prefixes such as \"a) \" are stripped), or the case system's own code through the mapping. When it maps to nothing, cont_contact_source_desc is tried.", "2A", nameof(Contact.SourceCode), CodeLists.ContactSource, Fallback: "cont_contact_source_desc"),
                new("cont_contact_outcome_json", ColumnKind.Outcomes, false, "Outcomes: a JSON object of Y/N flags (SystemC NFA_FLAG, ADVICE_FLAG, NEW_REFERRAL_FLAG...), a JSON array or one value of 'No Further Action', 'Information and Advice', 'EH Referral', 'CIN Referral', or labels joined with \", \" (Mosaic). COMMENTS inside the object are never read.", "[\"EH Referral\"]", nameof(Contact.OutcomeCodes), CodeLists.ContactOutcome, MaxLength: 4000),
            ],
            [
                Outcome(nameof(Contact.IsEarlyHelpOutcome), "cont_contact_outcome_json", CodeLists.OutcomeEarlyHelpReferral),
                Outcome(nameof(Contact.IsSocialCareOutcome), "cont_contact_outcome_json", CodeLists.OutcomeSocialCareReferral),
                Outcome(nameof(Contact.IsNoFurtherAction), "cont_contact_outcome_json", CodeLists.OutcomeNoFurtherAction),
                Outcome(nameof(Contact.IsInformationAndAdvice), "cont_contact_outcome_json", CodeLists.OutcomeInformationAndAdvice),
            ],
            []),
        new("ssd_early_help_episodes", false,
            "Early help episodes: from the start of support to its closure.",
            typeof(EarlyHelpEpisode),
            [
                Id("earl_episode_id", Episode, nameof(EarlyHelpEpisode.EpisodeId), "E400001"),
                PersonRef("earl_person_id"),
                Date("earl_episode_start_date", true, "When the episode opened.", nameof(EarlyHelpEpisode.StartDate), "2024-05-01", nameof(EarlyHelpEpisode.StartDateKey)),
                Date("earl_episode_end_date", false, "When it closed; empty while open. Not before the start.", nameof(EarlyHelpEpisode.EndDate), "2024-11-20", nameof(EarlyHelpEpisode.EndDateKey)),
                new("earl_episode_reason", ColumnKind.Text, false, "Why support was offered (free text or the council's code). Unbounded, as in SSD.", "Parenting support", nameof(EarlyHelpEpisode.Reason), MaxLength: null),
                new("earl_episode_end_reason", ColumnKind.Code, false, "Why it closed: OM outcomes met, NP no progress, DE disengaged, SU step-up to social care, MA moved away, TR transferred, OT other; or the council's words (\"Step-up\", \"NFA\") through the mapping. SSD defines no code list here.", "OM", nameof(EarlyHelpEpisode.EndReasonCode), CodeLists.EarlyHelpEndReason, DatedBy: "earl_episode_end_date"),
                new("earl_episode_organisation", ColumnKind.Text, false, "The organisation of the lead professional (school, health visiting, the LA...), as a name or the case system's code. Eclipse and Mosaic write the allocated team's id here: when it is a dept_team_id and nothing else gives the episode a team, it is the episode's team.", "Riverside Primary School", nameof(EarlyHelpEpisode.LeadOrganisationKey), Lookup: LeadOrganisationLookup, MaxLength: LeadOrganisationLength),
                new("earl_episode_worker_id", ColumnKind.Reference, false, "The lead worker's id (pseudonymised). SystemC writes the placeholder SSD_PH: the worker then comes from ssd_involvements.", "W5521", nameof(EarlyHelpEpisode.ProfessionalKey), IdentifierKind: "professional", Lookup: WorkerLookup),
            ],
            // A worker given here is the episode's own; with none (SSD_PH) the one taken from ssd_involvements is kept.
            [new(nameof(EarlyHelpEpisode.WorkerDerived), typeof(bool), _ => Boxes.Of(false), ["earl_episode_worker_id"], Marks: nameof(EarlyHelpEpisode.ProfessionalKey))],
            [NotBefore("earl_episode_end_date", "earl_episode_start_date", "earl_episode_end_date")]),
        new("ext_early_help_episode_details", false,
            "What SSD lacks about an early help episode: its team, level and referral date. Adds to episodes in ssd_early_help_episodes or already in the warehouse. Without a team here, the team comes from ssd_involvements.",
            typeof(EarlyHelpEpisode),
            [
                new("exte_episode_id", ColumnKind.Identifier, true, "The episode's earl_episode_id (pseudonymised); must exist.", "E400001", nameof(EarlyHelpEpisode.EpisodeId), IdentifierKind: Episode),
                TeamRef("exte_team_id", nameof(EarlyHelpEpisode.OrgUnitKey), "The team holding the episode"),
                new("exte_level", ColumnKind.Code, false, "SINGLE single agency, TAF multi-agency Team Around the Family, TARGETED LA targeted intensive support.", "TAF", nameof(EarlyHelpEpisode.LevelCode), CodeLists.EarlyHelpLevel),
                Date("exte_referral_date", false, "When the early help referral (request for support) was received. Not after the start.", nameof(EarlyHelpEpisode.ReferralDate), "2024-04-22"),
                new("exte_family_id", ColumnKind.Reference, false, "The family's id (pseudonymised), as in ssd_family.", "F2001", nameof(EarlyHelpEpisode.FamilyKey), IdentifierKind: "family", Lookup: FamilyLookup),
            ],
            // A team given here is the episode's own, not one taken from ssd_involvements.
            [new(nameof(EarlyHelpEpisode.TeamDerived), typeof(bool), _ => Boxes.Of(false), ["exte_team_id"], Marks: nameof(EarlyHelpEpisode.OrgUnitKey))], [], MergeMode.UpdateExisting),
        new("ssd_cin_episodes", false,
            "Children's social care referrals and the child in need episodes they open (one row per referral, NFA referrals included).",
            typeof(SocialCareReferral),
            [
                Id("cine_referral_id", Referral, nameof(SocialCareReferral.ReferralId), "R500001"),
                PersonRef("cine_person_id"),
                Date("cine_referral_date", true, "When the referral was received.", nameof(SocialCareReferral.ReferralDate), "2024-07-09", nameof(SocialCareReferral.ReferralDateKey)),
                new("cine_referral_source_code", ColumnKind.Code, false, "Referral source: CIN census code (1A-10), or the case system's own code through the mapping; cine_referral_source_desc is tried when it maps to nothing.", "6", nameof(SocialCareReferral.SourceCode), CodeLists.ContactSource, Fallback: "cine_referral_source_desc"),
                new("cine_referral_outcome_json", ColumnKind.Outcomes, false, "Referral outcomes: a JSON object of flags (SystemC SINGLE_ASSESSMENT_FLAG..., Eclipse OUTCOME_..._FLAG), a JSON array or labels; 'Step-down to Early Help' marks a step-down, wherever it sits in the value. COMMENTS are never read.", "[\"Single Assessment\"]", nameof(SocialCareReferral.OutcomeCodes), CodeLists.ReferralOutcome, MaxLength: 4000),
                new("cine_referral_nfa", ColumnKind.YesNo, false, "Y when the referral led to no further action; empty means N (SystemC writes NULL when the flag is not set).", "N", nameof(SocialCareReferral.IsNoFurtherAction), Default: "N"),
                new("cine_close_reason", ColumnKind.Code, false, "CIN closure reason RC1-RC9 (RC9: closed after assessment, referred to early help), or its description.", "RC9", nameof(SocialCareReferral.CloseReasonCode), CodeLists.CinClosureReason, DatedBy: "cine_close_date"),
                Date("cine_close_date", false, "When the CIN episode closed; empty while open. Not before the referral.", nameof(SocialCareReferral.CloseDate), "2024-09-30", nameof(SocialCareReferral.CloseDateKey)),
                TeamRef("cine_referral_team", nameof(SocialCareReferral.OrgUnitKey), "The social care team"),
            ],
            [Outcome(nameof(SocialCareReferral.IsStepDownOutcome), "cine_referral_outcome_json", CodeLists.ReferralOutcomeStepDown)],
            [NotBefore("cine_close_date", "cine_referral_date", "cine_close_date")]),
        new("ssd_involvements", false,
            "Which worker and team were allocated to a child, and when. Scorecard uses it to give an early help episode the team (and worker) the extract does not give it: see docs/ssd-sources.md for the rule.",
            typeof(Involvement),
            [
                Id("invo_involvements_id", "involvement", nameof(Involvement.InvolvementId), "INV100001"),
                new("invo_professional_id", ColumnKind.Reference, false, "The worker's id (pseudonymised); -1 means no worker.", "W5521", nameof(Involvement.ProfessionalKey), IdentifierKind: "professional", Lookup: WorkerLookup),
                new("invo_professional_role_id", ColumnKind.Text, false, "The kind of involvement in the case system's words or codes (SystemC 1.4.5: DIM_LOOKUP_INVOLVEMENT_TYPE_CODE).", "CW", nameof(Involvement.RoleCode), MaxLength: 200),
                TeamRef("invo_professional_team", nameof(Involvement.OrgUnitKey), "The worker's team for this involvement"),
                PersonRef("invo_person_id", required: false),
                Date("invo_involvement_start_date", true, "When the involvement started.", nameof(Involvement.StartDate), "2024-05-01"),
                Date("invo_involvement_end_date", false, "When it ended; empty while it goes on. Not before the start.", nameof(Involvement.EndDate), "2024-11-20"),
                new("invo_referral_id", ColumnKind.Reference, false, "The social care referral it belongs to (cine_referral_id), if any. Mosaic gives no invo_person_id: the child is the referral's.", "R500001", nameof(Involvement.ReferralKey), IdentifierKind: Referral, Lookup: ReferralLookup),
            ],
            [],
            // An involvement that names no child and no referral (Mosaic's, away from a referral) loads, and is simply never matched.
            [NotBefore("invo_involvement_end_date", "invo_involvement_start_date", "invo_involvement_end_date")]),
        new("ssd_cin_assessments", false,
            "Social care (single) assessments.",
            typeof(SocialCareAssessment),
            [
                Id("cina_assessment_id", "social care assessment", nameof(SocialCareAssessment.AssessmentId), "A600001"),
                PersonRef("cina_person_id"),
                new("cina_referral_id", ColumnKind.Reference, false, "The referral it follows (cine_referral_id).", "R500001", nameof(SocialCareAssessment.ReferralKey), IdentifierKind: Referral, Lookup: ReferralLookup),
                Date("cina_assessment_start_date", true, "When the assessment started.", nameof(SocialCareAssessment.StartDate), "2024-07-10"),
                Date("cina_assessment_auth_date", false, "When it was authorised. Not before the start. SystemC writes 1900-01-01 for none: treated as empty.", nameof(SocialCareAssessment.AuthorisedDate), "2024-08-20"),
                TeamRef("cina_assessment_team", nameof(SocialCareAssessment.OrgUnitKey), "The assessing team"),
            ],
            [], [NotBefore("cina_assessment_auth_date", "cina_assessment_start_date", "cina_assessment_auth_date")]),
        new("ssd_s47_enquiry", false,
            "Section 47 enquiries (child protection investigations).",
            typeof(Section47Enquiry),
            [
                Id("s47e_s47_enquiry_id", "section 47 enquiry", nameof(Section47Enquiry.EnquiryId), "S47000001"),
                new("s47e_referral_id", ColumnKind.Reference, false, "The referral it follows (cine_referral_id).", "R500001", nameof(Section47Enquiry.ReferralKey), IdentifierKind: Referral, Lookup: ReferralLookup),
                PersonRef("s47e_person_id"),
                Date("s47e_s47_start_date", true, "When the enquiry started.", nameof(Section47Enquiry.StartDate), "2024-07-12", nameof(Section47Enquiry.StartDateKey)),
                Date("s47e_s47_end_date", false, "When it ended; empty while it goes on. Not before the start.", nameof(Section47Enquiry.EndDate), "2024-07-30"),
                new("s47e_s47_nfa", ColumnKind.YesNo, false, "Y when the enquiry led to no further action.", "N", nameof(Section47Enquiry.IsNoFurtherAction)),
                TeamRef("s47e_s47_completed_by_team", nameof(Section47Enquiry.OrgUnitKey), "The team that completed the enquiry"),
            ],
            [], [NotBefore("s47e_s47_end_date", "s47e_s47_start_date", "s47e_s47_end_date")]),
        new("ssd_cp_plans", false,
            "Child protection plans.",
            typeof(ChildProtectionPlan),
            [
                Id("cppl_cp_plan_id", "child protection plan", nameof(ChildProtectionPlan.PlanId), "CP700001"),
                new("cppl_referral_id", ColumnKind.Reference, false, "The referral it follows (cine_referral_id).", "R500001", nameof(ChildProtectionPlan.ReferralKey), IdentifierKind: Referral, Lookup: ReferralLookup),
                PersonRef("cppl_person_id"),
                Date("cppl_cp_plan_start_date", true, "When the plan started.", nameof(ChildProtectionPlan.StartDate), "2024-08-01"),
                Date("cppl_cp_plan_end_date", false, "When it ended; empty while open.", nameof(ChildProtectionPlan.EndDate), "2025-02-01"),
            ],
            [], [NotBefore("cppl_cp_plan_end_date", "cppl_cp_plan_start_date", "cppl_cp_plan_end_date")]),
        new("ssd_cla_episodes", false,
            "Periods of being looked after.",
            typeof(LookedAfterEpisode),
            [
                Id("clae_cla_episode_id", "looked after episode", nameof(LookedAfterEpisode.EpisodeId), "LA800001"),
                PersonRef("clae_person_id"),
                Date("clae_cla_episode_start_date", true, "When the episode started.", nameof(LookedAfterEpisode.StartDate), "2024-09-12"),
                new("clae_cla_episode_ceased_date", ColumnKind.Date, false, "When it ceased; empty while looked after. SSD 1.2.x names it clae_cla_episode_ceased: either name is read.", "2025-03-01", nameof(LookedAfterEpisode.EndDate), Aliases: ["clae_cla_episode_ceased"]),
                new("clae_cla_episode_ceased_reason", ColumnKind.Code, false, "SSDA903 reason episode ceased (E11-E9, X1), or its description (SystemC writes CARE_REASON_END_DESC).", "E4A", nameof(LookedAfterEpisode.EndReasonCode), CodeLists.LookedAfterEndReason, DatedBy: "clae_cla_episode_ceased_date"),
            ],
            [], [NotBefore("clae_cla_episode_ceased_date", "clae_cla_episode_start_date", "clae_cla_episode_ceased_date")]),
        new("ext_early_help_assessments", false,
            "Early Help Assessments (EHA, formerly CAF).",
            typeof(EarlyHelpAssessment),
            [
                Id("ehas_assessment_id", "early help assessment", nameof(EarlyHelpAssessment.AssessmentId), "EHA900001"),
                new("ehas_episode_id", ColumnKind.Reference, true, "The episode (earl_episode_id).", "E400001", nameof(EarlyHelpAssessment.EpisodeKey), IdentifierKind: Episode, Lookup: EpisodeLookup),
                PersonRef("ehas_person_id"),
                Date("ehas_start_date", false, "When the assessment started.", nameof(EarlyHelpAssessment.StartDate), "2024-05-02"),
                Date("ehas_completed_date", false, "When it was completed; empty while in progress. Not before the start.", nameof(EarlyHelpAssessment.CompletedDate), "2024-05-20", nameof(EarlyHelpAssessment.CompletedDateKey)),
                new("ehas_organisation", ColumnKind.Text, false, "The organisation that completed it.", "Riverside Primary School", nameof(EarlyHelpAssessment.LeadOrganisationKey), Lookup: LeadOrganisationLookup, MaxLength: LeadOrganisationLength),
            ],
            [], [NotBefore("ehas_completed_date", "ehas_start_date", "ehas_completed_date")]),
        new("ext_plan_reviews", false,
            "Team Around the Family meetings and plan reviews.",
            typeof(PlanReview),
            [
                Id("revw_review_id", "plan review", nameof(PlanReview.ReviewId), "RV100001"),
                new("revw_episode_id", ColumnKind.Reference, true, "The episode (earl_episode_id).", "E400001", nameof(PlanReview.EpisodeKey), IdentifierKind: Episode, Lookup: EpisodeLookup),
                Date("revw_review_date", true, "When the meeting or review took place.", nameof(PlanReview.ReviewDate), "2024-06-10"),
                new("revw_review_type", ColumnKind.Code, true, "TAF (Team Around the Family meeting) or REVIEW (plan review).", "TAF", nameof(PlanReview.ReviewType), CodeLists.ReviewType),
            ], [], []),
        new("ext_outcome_scores", false,
            "Progression-of-change scores (spidergraph, Outcome Star, Rickter): one row per domain per scoring.",
            typeof(OutcomeScore),
            [
                Id("scor_score_id", "outcome score", nameof(OutcomeScore.ScoreId), "S110001"),
                new("scor_episode_id", ColumnKind.Reference, true, "The episode (earl_episode_id).", "E400001", nameof(OutcomeScore.EpisodeKey), IdentifierKind: Episode, Lookup: EpisodeLookup),
                Date("scor_score_date", true, "When it was scored.", nameof(OutcomeScore.ScoreDate), "2024-05-20"),
                new("scor_tool", ColumnKind.Text, true, "The tool (Spidergraph, Outcome Star...).", "Spidergraph", nameof(OutcomeScore.Tool)),
                new("scor_stage", ColumnKind.Code, true, "BASELINE, REVIEW or CLOSURE.", "BASELINE", nameof(OutcomeScore.Stage), CodeLists.ScoreStage),
                new("scor_domain", ColumnKind.Text, true, "The domain scored (Parenting, Health, School attendance...).", "Parenting", nameof(OutcomeScore.Domain)),
                new("scor_score", ColumnKind.Integer, true, "The score, 0 to 10 (higher is better).", "4", nameof(OutcomeScore.Score), Minimum: 0, Maximum: 10),
            ], [], []),
        new("ext_case_audits", false,
            "Case audit grades: one row per audit per section, 1 Outstanding, 2 Good, 3 Requires improvement, 4 Inadequate.",
            typeof(CaseAudit),
            [
                Id("audt_audit_id", "case audit", nameof(CaseAudit.AuditId), "AU120001"),
                new("audt_section", ColumnKind.Code, true, "ASSESSMENT, EFFECTIVENESS, REVIEW, RECORDING, VOICE or OVERALL. With the audit id, the row's key.", "OVERALL", nameof(CaseAudit.Section), CodeLists.AuditSection, IsKey: true),
                PersonRef("audt_person_id", required: false),
                new("audt_episode_id", ColumnKind.Reference, false, "The early help episode audited, if any (earl_episode_id).", "E400001", nameof(CaseAudit.EpisodeKey), IdentifierKind: Episode, Lookup: EpisodeLookup),
                TeamRef("audt_team_id", nameof(CaseAudit.OrgUnitKey), "The team whose case was audited"),
                Date("audt_audit_date", true, "When the audit was completed.", nameof(CaseAudit.AuditDate), "2024-11-15"),
                new("audt_grade", ColumnKind.Integer, true, "The auditor's grade, 1 to 4.", "2", nameof(CaseAudit.Grade), Minimum: 1, Maximum: 4),
                new("audt_moderated_grade", ColumnKind.Integer, false, "The moderator's grade, 1 to 4, when moderated.", "3", nameof(CaseAudit.ModeratedGrade), Minimum: 1, Maximum: 4),
                new("audt_auditor_id", ColumnKind.Text, false, "Who audited (kept as given; use a role or staff code, not a name).", "QA-07", nameof(CaseAudit.AuditorId)),
            ], [], []),
        new("ext_family_programme", false,
            "Families attached to the Supporting Families programme and their outcome claims.",
            typeof(FamilyProgrammeAttachment),
            [
                Id("fprg_attachment_id", "family programme attachment", nameof(FamilyProgrammeAttachment.AttachmentId), "SF130001"),
                new("fprg_family_id", ColumnKind.Reference, true, "The family (fami_family_id).", "F2001", nameof(FamilyProgrammeAttachment.FamilyKey), IdentifierKind: "family", Lookup: FamilyLookup),
                TeamRef("fprg_team_id", nameof(FamilyProgrammeAttachment.OrgUnitKey), "The team working with the family"),
                Date("fprg_attached_date", true, "When the family was attached to the programme.", nameof(FamilyProgrammeAttachment.AttachedDate), "2024-06-01"),
                Date("fprg_claim_date", false, "When a payment-by-results claim was made. Not before attachment.", nameof(FamilyProgrammeAttachment.ClaimDate), "2025-01-15"),
                new("fprg_claim_outcome", ColumnKind.Code, false, "SUCCESSFUL or REJECTED.", "SUCCESSFUL", nameof(FamilyProgrammeAttachment.ClaimOutcome), CodeLists.ClaimOutcome, DatedBy: "fprg_claim_date"),
            ], [], [NotBefore("fprg_claim_date", "fprg_attached_date", "fprg_claim_date")]),
        new("ext_family_feedback", false,
            "Families' answers to 'was the support timely and helpful?'.",
            typeof(FamilyFeedback),
            [
                Id("fdbk_feedback_id", "family feedback", nameof(FamilyFeedback.FeedbackId), "FB140001"),
                new("fdbk_family_id", ColumnKind.Reference, false, "The family (fami_family_id).", "F2001", nameof(FamilyFeedback.FamilyKey), IdentifierKind: "family", Lookup: FamilyLookup),
                new("fdbk_episode_id", ColumnKind.Reference, false, "The episode (earl_episode_id).", "E400001", nameof(FamilyFeedback.EpisodeKey), IdentifierKind: Episode, Lookup: EpisodeLookup),
                TeamRef("fdbk_team_id", nameof(FamilyFeedback.OrgUnitKey), "The team that worked with the family"),
                Date("fdbk_response_date", true, "When the family answered.", nameof(FamilyFeedback.ResponseDate), "2024-12-02"),
                new("fdbk_timely_helpful", ColumnKind.YesNo, true, "Y when the family said support was timely and helpful.", "Y", nameof(FamilyFeedback.TimelyAndHelpful)),
            ], [], []),
    ];

    public static TableSpec? Find(string tableName) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, tableName, StringComparison.OrdinalIgnoreCase));

    private static bool HasCode(ParsedRow r, string column, string code) =>
        r.Get<string?>(column) is { } codes && codes.Split('|').Contains(code);

    /// <summary>Code sets that need aliases beyond code and label.</summary>
    private static class CodeSets
    {
        public const string Sex = CodeLists.Sex;
    }
}
