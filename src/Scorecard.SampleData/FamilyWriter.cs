using System.Globalization;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.SampleData;

/// <summary>Every extract file of one run, open together so that each family's rows go out as soon as it is lived.</summary>
internal sealed class ExtractFiles : IDisposable
{
    public ExtractFiles(string folder, Func<TableSpec, string[], TableShape?>? shape = null)
    {
        ExtractTableWriter Open(string table, params string[] extra) => new(folder, table, shape, extra);
        Departments = Open("ssd_department");
        Professionals = Open("ssd_professionals");
        // Real exports carry columns the contract does not know; the loader must ignore (and report) them.
        People = Open("ssd_person", "pers_legacy_flag");
        Families = Open("ssd_family");
        Contacts = Open("ssd_contacts");
        Episodes = Open("ssd_early_help_episodes");
        EpisodeDetails = Open("ext_early_help_episode_details");
        Referrals = Open("ssd_cin_episodes");
        Involvements = Open("ssd_involvements");
        Assessments = Open("ssd_cin_assessments");
        Enquiries = Open("ssd_s47_enquiry");
        ProtectionPlans = Open("ssd_cp_plans");
        LookedAfter = Open("ssd_cla_episodes");
        EarlyHelpAssessments = Open("ext_early_help_assessments");
        PlanReviews = Open("ext_plan_reviews");
        OutcomeScores = Open("ext_outcome_scores");
        CaseAudits = Open("ext_case_audits");
        FamilyProgramme = Open("ext_family_programme");
        FamilyFeedback = Open("ext_family_feedback");
    }

    public ExtractTableWriter Departments { get; }
    public ExtractTableWriter Professionals { get; }
    public ExtractTableWriter People { get; }
    public ExtractTableWriter Families { get; }
    public ExtractTableWriter Contacts { get; }
    public ExtractTableWriter Episodes { get; }
    public ExtractTableWriter EpisodeDetails { get; }
    public ExtractTableWriter Referrals { get; }
    public ExtractTableWriter Involvements { get; }
    public ExtractTableWriter Assessments { get; }
    public ExtractTableWriter Enquiries { get; }
    public ExtractTableWriter ProtectionPlans { get; }
    public ExtractTableWriter LookedAfter { get; }
    public ExtractTableWriter EarlyHelpAssessments { get; }
    public ExtractTableWriter PlanReviews { get; }
    public ExtractTableWriter OutcomeScores { get; }
    public ExtractTableWriter CaseAudits { get; }
    public ExtractTableWriter FamilyProgramme { get; }
    public ExtractTableWriter FamilyFeedback { get; }

    /// <summary>In contract (load) order.</summary>
    public IReadOnlyList<ExtractTableWriter> All =>
    [
        Departments, Professionals, People, Families, Contacts, Episodes, EpisodeDetails, Referrals, Involvements, Assessments,
        Enquiries, ProtectionPlans, LookedAfter, EarlyHelpAssessments, PlanReviews, OutcomeScores, CaseAudits, FamilyProgramme, FamilyFeedback,
    ];

    public void Dispose()
    {
        foreach (var writer in All) writer.Dispose();
    }
}

/// <summary>
/// Turns one lived family into rows: people, contacts, early help with its assessments, meetings, scores,
/// audits, programme and feedback, then social care. Ids come from one counter per table, in writing order.
/// </summary>
internal sealed class FamilyWriter(SyntheticCouncilOptions options, ExtractFiles files, DirtyRows dirty, Dice dice)
{
    private static readonly string[] Domains = ["Parenting", "Health", "Education", "Emotional wellbeing", "Home conditions", "Relationships"];
    private static readonly string[] AuditSections = ["ASSESSMENT", "EFFECTIVENESS", "REVIEW", "RECORDING", "VOICE", "OVERALL"];
    private static readonly Weighted<int> OverallGrades = new((1, 7), (2, 47), (3, 36), (4, 10));

    // Each episode has about a one in nine chance of being picked for audit: some 15-30 audits a quarter
    // for the default council, the size of a real case-audit programme.
    private const double AuditChance = 0.11;

    private readonly DateOnly _until = options.Until;
    private int _familyMember, _contact, _episode, _earlyHelpAssessment, _review, _score, _audit, _attachment, _feedback;
    private int _referral, _assessment, _protectionPlan, _lookedAfter, _involvement, _enquiry;

    public void Write(SimFamily family)
    {
        foreach (var child in family.Children)
        {
            files.People.Write([child.PersonId, child.Sex, child.Ethnicity, Day(child.DateOfBirth), child.LegacyFlag ? "Y" : "N"]);
            files.Families.Write([Ids.Of("FM", ++_familyMember), family.FamilyId, child.PersonId]);
        }

        // OrderBy is stable: contacts on the same day keep the order they happened in.
        foreach (var contact in family.Contacts.OrderBy(c => c.Date))
            Write(files.Contacts, [Ids.Of("C", ++_contact), contact.Child.PersonId, ContactDate(contact.Date), contact.Source, Json(contact.Outcomes)]);

        var attached = false;
        foreach (var episode in family.Episodes.Where(e => !e.Cancelled).OrderBy(e => e.Start))
            WriteEarlyHelp(family, episode, ref attached);

        foreach (var referral in family.Referrals.OrderBy(r => r.ReferralDate))
            WriteSocialCare(family, referral);
    }

    private void WriteEarlyHelp(SimFamily family, SimEpisode e, ref bool attached)
    {
        var closed = e.End <= _until;
        var lastDay = closed ? e.End : _until;

        // Meetings are the family's: the same dates appear on every member's episode.
        var meetings = new List<(DateOnly Date, string Type)>();
        var meeting = e.Start.AddDays(dice.Chance(0.8) ? dice.Between(7, 42) : dice.Between(43, 90));
        while (meeting <= lastDay)
        {
            meetings.Add((meeting, meetings.Count == 0 || dice.Chance(0.4) ? "TAF" : "REVIEW"));
            // Reviews are due every 12 weeks at most; some slip past that.
            meeting = meeting.AddDays(dice.Chance(0.85) ? dice.Between(42, 84) : dice.Between(85, 130));
        }

        var assessmentStart = Min(e.Start.AddDays(dice.Between(0, 10)), lastDay);
        var baseline = Min(e.Start.AddDays(dice.Between(0, 21)), lastDay);
        var reviewScores = meetings.Skip(1).Where(_ => dice.Chance(0.5)).Take(3).Select(m => m.Date).ToList();
        var scoredAtClosure = closed && e.EndReason is "OM" or "NP" or "DE" or "SU" && dice.Chance(e.EndReason == "SU" ? 0.5 : 0.85);
        // How far the family moves on the spidergraph by closure: most families whose outcomes were met improve.
        var progress = e.EndReason switch
        {
            "OM" => dice.Normal(1.7, 1.3),
            "NP" => dice.Normal(-0.3, 1.0),
            "DE" => dice.Normal(0.0, 1.0),
            "SU" => dice.Normal(-0.9, 1.0),
            _ => dice.Normal(0.6, 1.0),
        };
        var familyScores = Domains.Select(_ => dice.Between(2, 6)).ToArray();

        string? firstEpisodeId = null;
        SimChild? firstChild = null;
        foreach (var child in e.Members)
        {
            var id = Ids.Of("E", ++_episode);
            firstEpisodeId ??= id;
            firstChild ??= child;
            Write(files.Episodes, [id, child.PersonId, Day(e.Start), closed ? Day(e.End) : null, e.Reason, closed ? e.EndReason : null, e.Organisation, e.Worker]);
            files.EpisodeDetails.Write([id, e.Team.Id, e.Level, Day(e.ReferralDate), family.FamilyId]);
            // The lead worker's allocation to the child, in the episode's team: where an SSD extract's episodes get their team.
            files.Involvements.Write([Ids.Of("INV", ++_involvement), e.Worker, "EHW", e.Team.Id, child.PersonId, Day(e.Start), closed ? Day(e.End) : null, null]);

            if (dice.Chance(0.93))
            {
                // Usually completed in two to six weeks; an assessment still going when the case closes never is.
                var completed = assessmentStart.AddDays(dice.Between(10, 45));
                var isCompleted = dice.Chance(0.9) && completed <= lastDay;
                var organisation = dice.Chance(0.85) ? e.Organisation : e.Team.Name;
                files.EarlyHelpAssessments.Write([Ids.Of("EHA", ++_earlyHelpAssessment), id, child.PersonId, Day(assessmentStart), isCompleted ? Day(completed) : null, organisation]);
            }

            foreach (var (date, type) in meetings)
                Write(files.PlanReviews, [Ids.Of("RV", ++_review), id, Day(date), type]);

            var start = e.Start.DayNumber;
            var length = Math.Max(1, e.End.DayNumber - start);
            var scores = familyScores.Select(s => Math.Clamp(s + dice.Between(-1, 1), 1, 10)).ToArray();
            WriteScores(id, baseline, "BASELINE", scores, 0, 0);
            foreach (var date in reviewScores)
                WriteScores(id, date, "REVIEW", scores, progress, (date.DayNumber - start) / (double)length);
            if (scoredAtClosure) WriteScores(id, e.End, "CLOSURE", scores, progress, 1);
        }
        if (firstEpisodeId is null || firstChild is null) return;

        // The case-audit programme samples cases that have been open a while.
        // The date is drawn over the whole planned episode, not just the part before the extract date, so that
        // cases still open do not crowd the last quarter; audits that would fall after it are not written.
        var auditFrom = e.Start.AddDays(42);
        if (dice.Chance(AuditChance))
        {
            var auditOn = auditFrom.AddDays(dice.Between(0, Math.Max(0, e.End.DayNumber - auditFrom.DayNumber)));
            if (auditOn <= lastDay) WriteAudit(firstChild, firstEpisodeId, e.Team, auditOn);
        }

        if (closed && e.EndReason is not ("MA" or "TR") && dice.Chance(0.4))
        {
            var helpful = dice.Chance(e.EndReason switch { "OM" => 0.9, "DE" => 0.55, "SU" => 0.65, _ => 0.75 });
            Write(files.FamilyFeedback, [Ids.Of("FB", ++_feedback), family.FamilyId, firstEpisodeId, e.Team.Id, Day(Min(e.End.AddDays(dice.Between(0, 21)), _until)), helpful ? "Y" : "N"]);
        }

        // Supporting Families attaches families with multi-agency plans; a claim follows 6-12 months on.
        if (!attached && e.Level != "SINGLE" && dice.Chance(0.35))
        {
            attached = true;
            var attachedOn = Min(e.Start.AddDays(dice.Between(14, 90)), lastDay);
            var claim = attachedOn.AddDays(dice.Between(182, 365));
            var claimed = claim <= _until && dice.Chance(e.EndReason == "OM" ? 0.65 : 0.3);
            var outcome = claimed ? (dice.Chance(0.85) ? "SUCCESSFUL" : "REJECTED") : null;
            Write(files.FamilyProgramme, [Ids.Of("SF", ++_attachment), family.FamilyId, e.Team.Id, Day(attachedOn), claimed ? Day(claim) : null, outcome]);
        }
    }

    private void WriteScores(string episodeId, DateOnly date, string stage, int[] baseline, double progress, double through)
    {
        for (var d = 0; d < Domains.Length; d++)
        {
            var score = stage == "BASELINE" ? baseline[d] : (int)Math.Round(baseline[d] + progress * through + dice.Normal(0, 0.7));
            Write(files.OutcomeScores, [Ids.Of("S", ++_score), episodeId, Day(date), "Spidergraph", stage, Domains[d], Math.Clamp(score, 1, 10).ToString(CultureInfo.InvariantCulture)]);
        }
    }

    private void WriteAudit(SimChild child, string episodeId, Team team, DateOnly date)
    {
        var id = Ids.Of("AU", ++_audit);
        var overall = OverallGrades.Pick(dice);
        var moderated = dice.Chance(0.3);
        var auditor = "QA-" + dice.Between(1, 8).ToString("D2", CultureInfo.InvariantCulture);
        foreach (var section in AuditSections)
        {
            var grade = section == "OVERALL" || dice.Chance(0.65) ? overall : Math.Clamp(overall + (dice.Chance(0.5) ? 1 : -1), 1, 4);
            // Moderators mostly agree; when they do not, it is by one grade.
            string? moderatedGrade = null;
            if (moderated)
                moderatedGrade = (dice.Chance(0.8) ? grade : Math.Clamp(grade + (dice.Chance(0.5) ? 1 : -1), 1, 4)).ToString(CultureInfo.InvariantCulture);
            Write(files.CaseAudits, [id, section, child.PersonId, episodeId, team.Id, Day(date), grade.ToString(CultureInfo.InvariantCulture), moderatedGrade, auditor]);
        }
    }

    private void WriteSocialCare(SimFamily family, SimReferral r)
    {
        var closed = r.Close <= _until;
        var team = family.Locality.SocialCareTeam.Id;
        var id = Ids.Of("R", ++_referral);

        List<string> outcomes = [];
        if (r.NoFurtherAction) outcomes.Add("No Further Action");
        else
        {
            if (r.Pathway == ReferralPathway.ChildProtection) outcomes.AddRange(["Strategy Discussion", "Section 47 Enquiry"]);
            outcomes.Add("Single Assessment");
            if (r.Pathway == ReferralPathway.ChildInNeed && r.AssessmentAuthorised <= _until) outcomes.Add("Child in Need Plan");
            if (r.ProtectionStart <= _until) outcomes.Add("Child Protection Plan");
            if (r.LookedAfterStart <= _until) outcomes.Add("Looked After");
            if (closed && r.SteppedDown) outcomes.Add("Step-down to Early Help");
        }
        Write(files.Referrals, [id, r.Child.PersonId, Day(r.ReferralDate), r.Source, Json(outcomes), r.NoFurtherAction ? "Y" : "N", closed ? r.CloseReason : null, closed ? Day(r.Close) : null, team]);

        if (!r.NoFurtherAction)
        {
            // The social worker allocated for the referral; chosen from the team by number, so the dice are not disturbed.
            var workers = family.Locality.SocialCareTeam.Workers;
            files.Involvements.Write([Ids.Of("INV", ++_involvement), workers[_referral % workers.Count], "CW", team, r.Child.PersonId, Day(r.ReferralDate), closed ? Day(r.Close) : null, id]);
        }
        if (r.Pathway == ReferralPathway.ChildProtection)
        {
            // A section 47 enquiry starts within days of the referral and ends at the plan, or about three weeks on (no plan: NFA).
            var enquiryStart = r.ReferralDate.AddDays(1 + _referral % 4);
            var enquiryEnd = r.ProtectionStart ?? enquiryStart.AddDays(21);
            if (enquiryStart <= _until)
                files.Enquiries.Write([Ids.Of("S47", ++_enquiry), id, r.Child.PersonId, Day(enquiryStart), enquiryEnd <= _until ? Day(enquiryEnd) : null,
                    enquiryEnd <= _until ? (r.ProtectionStart is null ? "Y" : "N") : null, team]);
        }
        if (r.AssessmentStart is { } start && start <= _until)
        {
            var authorised = r.AssessmentAuthorised is { } a && a <= _until ? Day(a) : null;
            files.Assessments.Write([Ids.Of("A", ++_assessment), r.Child.PersonId, id, Day(start), authorised, team]);
        }
        if (r.ProtectionStart is { } planStart && planStart <= _until)
            files.ProtectionPlans.Write([Ids.Of("CP", ++_protectionPlan), id, r.Child.PersonId, Day(planStart), r.ProtectionEnd <= _until ? Day(r.ProtectionEnd.Value) : null]);
        if (r.LookedAfterStart is { } careStart && careStart <= _until)
        {
            var ceased = r.LookedAfterEnd <= _until;
            files.LookedAfter.Write([Ids.Of("LA", ++_lookedAfter), r.Child.PersonId, Day(careStart), ceased ? Day(r.LookedAfterEnd!.Value) : null, ceased ? r.LookedAfterEndReason : null]);
        }
    }

    private void Write(ExtractTableWriter writer, string?[] row)
    {
        writer.Write(row);
        dirty.After(writer, row);
    }

    /// <summary>Most contact dates are plain; some come with a time or in UK order, as exports from case systems do.</summary>
    private string ContactDate(DateOnly date)
    {
        var x = dice.Next();
        if (x < 0.05) return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " " + new TimeOnly(dice.Between(8, 18), dice.Between(0, 59), dice.Between(0, 59)).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        if (x < 0.10) return date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return Day(date);
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Json(IReadOnlyList<string> values) => "[" + string.Join(",", values.Select(v => "\"" + v + "\"")) + "]";

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
