namespace Scorecard.Warehouse.Dimensions;

/// <summary>
/// The code lists the extract contract accepts. Each code has a label; readers accept either
/// (case-insensitive), and Annex A style prefixes such as "a) " are stripped before matching.
/// </summary>
public static class CodeLists
{
    public const string ContactSource = "ContactSource";
    public const string ContactOutcome = "ContactOutcome";
    public const string ReferralOutcome = "ReferralOutcome";
    public const string EarlyHelpLevel = "EarlyHelpLevel";
    public const string EarlyHelpEndReason = "EarlyHelpEndReason";
    public const string CinClosureReason = "CinClosureReason";
    public const string LookedAfterEndReason = "LookedAfterEndReason";
    public const string Sex = "Sex";
    public const string Ethnicity = "Ethnicity";
    public const string AuditSection = "AuditSection";
    public const string AuditGrade = "AuditGrade";
    public const string ScoreStage = "ScoreStage";
    public const string ReviewType = "ReviewType";
    public const string ClaimOutcome = "ClaimOutcome";

    // Contact outcomes as SSD writes them.
    public const string OutcomeNoFurtherAction = "NFA";
    public const string OutcomeInformationAndAdvice = "IA";
    public const string OutcomeEarlyHelpReferral = "EH";
    public const string OutcomeSocialCareReferral = "CIN";

    // Referral outcomes: what a children's social care referral led to.
    public const string ReferralOutcomeStepDown = "STEPDOWN";
    public const string ReferralOutcomeNoFurtherAction = "NFA";

    public const string EndReasonStepUp = "SU";
    public const string EndReasonOutcomesMet = "OM";
    public const string ClosureReasonReferredToEarlyHelp = "RC9";

    // Codes measures and packs count by.
    public const string AuditSectionOverall = "OVERALL";
    public const string ScoreStageBaseline = "BASELINE";
    public const string ScoreStageClosure = "CLOSURE";
    public const string ReviewTypeTaf = "TAF";
    public const string ClaimOutcomeSuccessful = "SUCCESSFUL";

    public static readonly IReadOnlyList<CodeListEntry> All = Build();

    private static List<CodeListEntry> Build()
    {
        var list = new List<CodeListEntry>();
        void Add(string set, params (string Code, string Label)[] codes)
        {
            for (var i = 0; i < codes.Length; i++)
                list.Add(new CodeListEntry { CodeSet = set, Code = codes[i].Code, Label = codes[i].Label, SortOrder = i + 1 });
        }

        // CIN census referral source codes: contacts and referrals share them.
        Add(ContactSource,
            ("1A", "Individual: family member, relative, carer"), ("1B", "Individual: acquaintance"),
            ("1C", "Individual: self"), ("1D", "Individual: other"),
            ("2A", "Schools"), ("2B", "Education services"),
            ("3A", "Health: GP"), ("3B", "Health: health visitor"), ("3C", "Health: school nurse"),
            ("3D", "Health: other primary health services"), ("3E", "Health: A&E"), ("3F", "Health: other"),
            ("4", "Housing"), ("5A", "LA services: social care"), ("5B", "LA services: other internal"),
            ("5C", "LA services: external"), ("5D", "Early help"), ("6", "Police"),
            ("7", "Other legal agency"), ("8", "Other"), ("9", "Anonymous"), ("10", "Unknown"));
        Add(ContactOutcome,
            (OutcomeNoFurtherAction, "No Further Action"), (OutcomeInformationAndAdvice, "Information and Advice"),
            (OutcomeEarlyHelpReferral, "EH Referral"), (OutcomeSocialCareReferral, "CIN Referral"));
        Add(ReferralOutcome,
            ("ASSESSMENT", "Single Assessment"), ("STRATEGY", "Strategy Discussion"), ("S47", "Section 47 Enquiry"),
            ("CPCONFERENCE", "Child Protection Conference"), ("CINPLAN", "Child in Need Plan"), ("CPPLAN", "Child Protection Plan"),
            ("LAC", "Looked After"), (ReferralOutcomeStepDown, "Step-down to Early Help"), (ReferralOutcomeNoFurtherAction, "No Further Action"),
            ("OTHER", "Other outcome"));
        Add(EarlyHelpLevel,
            ("SINGLE", "Single agency"), ("TAF", "Multi-agency (Team Around the Family)"), ("TARGETED", "LA targeted intensive support"));
        Add(EarlyHelpEndReason,
            (EndReasonOutcomesMet, "Outcomes met"), ("NP", "No progress"), ("DE", "Family disengaged"),
            (EndReasonStepUp, "Step-up to social care"), ("MA", "Moved away"), ("TR", "Transferred to another service"),
            ("OT", "Other"));
        Add(CinClosureReason,
            ("RC1", "Adopted"), ("RC2", "Died"), ("RC3", "Child arrangements order"), ("RC4", "Special guardianship order"),
            ("RC5", "Transferred to services of another local authority"), ("RC6", "Transferred to adult social care"),
            ("RC7", "Services ceased for any other reason, including child no longer in need"),
            ("RC8", "Case closed after assessment, no further action"),
            (ClosureReasonReferredToEarlyHelp, "Case closed after assessment, referred to early help"));
        Add(LookedAfterEndReason,
            ("E11", "Adopted: application unopposed"), ("E12", "Adopted: consent dispensed with"),
            ("E13", "Left care to live with parents or relatives (planned)"), ("E14", "Accommodation on remand ended"),
            ("E15", "Age assessment determined child aged 18 or over"), ("E16", "Child moved abroad"),
            ("E17", "Aged 18 and remained with former foster carers"), ("E2", "Died"), ("E3", "Care taken by another LA"),
            ("E41", "Residence order"), ("E45", "Special guardianship order: former foster carers"),
            ("E46", "Special guardianship order: other than former foster carers"),
            ("E47", "Special guardianship order: relatives or friends"), ("E48", "Special guardianship order: other"),
            ("E4A", "Returned home to parents or relatives (planned)"), ("E4B", "Returned home (unplanned)"),
            ("E5", "Moved into independent living (supportive accommodation)"),
            ("E6", "Moved into independent living (no formalised support)"), ("E7", "Transferred to residential care (adult)"),
            ("E8", "Period of care ceased for any other reason"), ("E9", "Sentenced to custody"), ("X1", "Episode ceases, legal status changes"));
        Add(Sex, ("M", "Male"), ("F", "Female"), ("U", "Unknown"), ("I", "Indeterminate"));
        // DfE ethnicity codes; the label's prefix is the major group used for breakdowns.
        Add(Ethnicity,
            ("WBRI", "White: British"), ("WIRI", "White: Irish"), ("WIRT", "White: Traveller of Irish heritage"),
            ("WROM", "White: Gypsy/Roma"), ("WOTH", "White: any other White background"),
            ("MWBC", "Mixed: White and Black Caribbean"), ("MWBA", "Mixed: White and Black African"),
            ("MWAS", "Mixed: White and Asian"), ("MOTH", "Mixed: any other mixed background"),
            ("AIND", "Asian: Indian"), ("APKN", "Asian: Pakistani"), ("ABAN", "Asian: Bangladeshi"),
            ("AOTH", "Asian: any other Asian background"), ("BCRB", "Black: Caribbean"), ("BAFR", "Black: African"),
            ("BOTH", "Black: any other Black background"), ("CHNE", "Other: Chinese"), ("OOTH", "Other: any other ethnic group"),
            ("REFU", "Unknown: refused"), ("NOBT", "Unknown: information not yet obtained"));
        Add(AuditSection,
            ("ASSESSMENT", "Assessment"), ("EFFECTIVENESS", "Effectiveness of work"),
            ("REVIEW", "Monitoring, evaluation and review"), ("RECORDING", "Recording"),
            ("VOICE", "Voice of the child"), (AuditSectionOverall, "Overall judgement"));
        Add(AuditGrade, ("1", "Outstanding"), ("2", "Good"), ("3", "Requires improvement"), ("4", "Inadequate"));
        Add(ScoreStage, (ScoreStageBaseline, "Baseline"), ("REVIEW", "Review"), (ScoreStageClosure, "Closure"));
        Add(ReviewType, (ReviewTypeTaf, "Team Around the Family meeting"), ("REVIEW", "Plan review"));
        Add(ClaimOutcome, (ClaimOutcomeSuccessful, "Successful claim"), ("REJECTED", "Claim rejected"));
        return list;
    }

    /// <summary>DfE major ethnic group of an ethnicity code (the prefix of its label).</summary>
    public static string EthnicityGroupOf(string? code)
    {
        if (code is null) return "Unknown";
        var entry = All.FirstOrDefault(e => e.CodeSet == Ethnicity && e.Code == code);
        return entry is null ? "Unknown" : entry.Label[..entry.Label.IndexOf(':', StringComparison.Ordinal)];
    }
}
