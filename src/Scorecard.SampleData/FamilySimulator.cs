using System.Globalization;

namespace Scorecard.SampleData;

/// <summary>
/// Lives one family through the extract window: contacts reach the front door, some open early help for the
/// family, some become social care referrals; early help closes or steps up, social care closes or steps down.
/// Events are handled in date order from a queue (ties in the order they were raised), so what happens to a
/// family depends only on the dice, never on the order of a hash set.
/// </summary>
internal sealed class FamilySimulator(SyntheticCouncilOptions options, CouncilStructure council, Dice dice)
{
    public const string NoFurtherAction = "No Further Action";
    public const string InformationAndAdvice = "Information and Advice";
    public const string EarlyHelpReferral = "EH Referral";
    public const string SocialCareReferral = "CIN Referral";

    // Contacts per child over a full window for a family of average need. With children ageing out and the
    // re-contacts that follow social care closures, this comes to about three contacts per child.
    private const double ContactsPerChild = 3.4;

    // Contact outcomes for a child not already known to social care or early help. Contacts about known
    // children are mostly passed on, so overall about 14% of contacts end in early help and 20% in social care.
    private const double EarlyHelpOutcomeShare = 0.175;
    private const double SocialCareOutcomeShare = 0.22;
    private const double InformationAndAdviceShare = 0.31;

    // Share of social care referrals that are no further action (30-40% in published figures).
    private const double ReferralNoFurtherActionShare = 0.36;

    // After a social care episode closes, the chance the child comes back through the front door and is
    // referred again within the year: what makes about a fifth of referrals re-referrals.
    private const double ReContactAfterClosure = 0.19;

    private static readonly Weighted<string> Sources = new(
        ("6", 27), ("2A", 19), ("2B", 2), ("3A", 3), ("3B", 3), ("3C", 1), ("3D", 2), ("3E", 3), ("3F", 2),
        ("1A", 6), ("1B", 1), ("1C", 2), ("1D", 1), ("4", 2), ("5A", 4), ("5B", 3), ("5C", 2), ("5D", 3),
        ("7", 3), ("8", 5), ("9", 2), ("10", 2));

    // DfE codes in roughly an English shire county's mix: about three quarters White.
    private static readonly Weighted<string> Ethnicities = new(
        ("WBRI", 66), ("WIRI", 0.5), ("WIRT", 0.4), ("WROM", 0.8), ("WOTH", 5.5),
        ("MWBC", 2), ("MWBA", 1), ("MWAS", 1.5), ("MOTH", 2),
        ("AIND", 2), ("APKN", 3), ("ABAN", 1), ("AOTH", 1),
        ("BCRB", 1), ("BAFR", 2.5), ("BOTH", 0.5), ("CHNE", 0.3), ("OOTH", 1.5),
        ("REFU", 1.2), ("NOBT", 2.3));

    // Ages on the first day: a little younger than flat, so that fewer children age out of the window's end.
    private static readonly Weighted<int> Ages = new(Enumerable.Range(0, 18).Select(a => (a, 1.2 - 0.025 * a)).ToArray());

    // Demand at the front door grows through the window (as councils have reported year on year), which also
    // offsets the caseload population ageing past 18.
    private const double DemandGrowthPerYear = 0.06;

    // How often a family comes to the front door, relative to the average (mean about 1): most rarely, a few
    // again and again, which is what makes re-referrals cluster in some families.
    private static readonly Weighted<double> Needs = new((0.25, 30), (0.6, 25), (1.0, 18), (1.6, 14), (2.6, 9), (4.5, 4));

    private static readonly Weighted<string> Sexes = new(("M", 50.5), ("F", 48.5), ("U", 1));
    private static readonly Weighted<int> FamilySizes = new((1, 36), (2, 34), (3, 20), (4, 10));

    private static readonly Weighted<(int Min, int Max)> AllocationDelays = new(((1, 14), 70), ((15, 35), 22), ((36, 70), 8));
    private static readonly Weighted<(int Min, int Max)> Durations = new(((28, 89), 7), ((90, 274), 63), ((275, 365), 15), ((366, 640), 15));
    private static readonly Weighted<string> EndReasons = new(("OM", 67), ("DE", 11), ("NP", 8), ("SU", 4), ("MA", 5), ("TR", 3), ("OT", 2));
    private static readonly Weighted<string> Levels = new(("SINGLE", 35), ("TAF", 45), ("TARGETED", 20));
    private static readonly Weighted<string> StepDownLevels = new(("TAF", 50), ("TARGETED", 50));
    private static readonly Weighted<string> Reasons = new(
        ("Parenting support", 22), ("School attendance", 14), ("Emotional wellbeing", 14), ("Behaviour", 10),
        ("Domestic abuse", 10), ("Parental mental health", 8), ("Housing", 5), ("Financial hardship", 5),
        ("Substance misuse", 4), ("Young carer", 3), ("Neglect concerns", 5));

    private static readonly Weighted<(int Min, int Max)> AssessmentDays = new(((5, 20), 15), ((21, 45), 55), ((46, 63), 22), ((64, 100), 8));
    private static readonly Weighted<ReferralPathway> Pathways = new(
        (ReferralPathway.ClosedAfterAssessment, 44), (ReferralPathway.ChildInNeed, 36),
        (ReferralPathway.ChildProtection, 15.5), (ReferralPathway.LookedAfter, 4.5));
    private static readonly Weighted<string> ChildInNeedCloseReasons = new(("RC7", 74), ("RC9", 16), ("RC5", 7), ("RC3", 3));
    private static readonly Weighted<string> LookedAfterEndReasons = new(
        ("E4A", 30), ("E13", 10), ("E41", 5), ("E45", 5), ("E46", 4), ("E47", 6), ("E11", 6), ("E8", 12), ("E3", 5), ("E5", 5), ("E4B", 7), ("E9", 2), ("X1", 3));

    private readonly DateOnly _from = options.From;
    private readonly DateOnly _until = options.Until;
    private readonly PriorityQueue<SimEvent, (int Day, int Sequence)> _queue = new();
    private int _sequence;
    private SimFamily _family = null!;

    public int NextFamilySize() => FamilySizes.Pick(dice);

    public SimFamily Simulate(int familyNumber, int firstPersonNumber, int size)
    {
        var locality = council.PickLocality(dice);
        _family = new SimFamily(familyNumber, Ids.Of("F", familyNumber), locality, dice.Pick(locality.EarlyHelpTeams));
        _queue.Clear();
        _sequence = 0;

        var familyEthnicity = Ethnicities.Pick(dice);
        for (var i = 0; i < size; i++)
        {
            // Ages 0-17 on the first day of the window; siblings mostly share the family's recorded ethnicity.
            var age = Ages.Pick(dice);
            var dob = _from.AddYears(-age).AddDays(-dice.Between(0, 364));
            var ethnicity = dice.Chance(0.9) ? familyEthnicity : Ethnicities.Pick(dice);
            _family.Children.Add(new SimChild(Ids.Of("P", firstPersonNumber + i), dob, Sexes.Pick(dice), ethnicity, dice.Chance(0.2)));
        }

        // Need is uneven: most families pass through the front door once or twice, a few again and again.
        var need = Needs.Pick(dice);
        var window = Demand(_until.DayNumber - _from.DayNumber + 1);
        foreach (var child in _family.Children)
        {
            var last = Min(_until, child.EighteenthBirthday.AddDays(-1));
            var days = last.DayNumber - _from.DayNumber + 1;
            if (days <= 0) continue;
            var contacts = dice.Poisson(ContactsPerChild * need * Demand(days) / window);
            for (var c = 0; c < contacts; c++)
                Raise(new SimEvent(EventKind.Contact, ContactDate(last), child, null, 0));
        }

        while (_queue.TryDequeue(out var e, out _))
        {
            switch (e.Kind)
            {
                case EventKind.Contact:
                case EventKind.ReContact:
                    Contact(e.Child, e.Date, e.Kind == EventKind.ReContact);
                    break;
                case EventKind.StepUp:
                    StepUp(e.Episode!, e.Date, e.Version);
                    break;
                case EventKind.StepDown:
                    OfferEarlyHelp(e.Child, e.Date, StartAfter(e.Date, (0, 30), stepDown: true), stepDown: true);
                    break;
            }
        }
        return _family;
    }

    /// <summary>Expected contacts (in days at the first day's rate) over the first <paramref name="days"/> of the window.</summary>
    private static double Demand(int days) => days + DemandGrowthPerYear * days * (double)days / (2 * 365.25);

    private void Raise(SimEvent e) => _queue.Enqueue(e, (e.Date.DayNumber, _sequence++));

    /// <summary>A contact date: fewer in August and at Christmas, when schools are closed.</summary>
    private DateOnly ContactDate(DateOnly last)
    {
        var span = last.DayNumber - _from.DayNumber;
        while (true)
        {
            var offset = dice.Between(0, span);
            var date = _from.AddDays(offset);
            var weight = (1 + DemandGrowthPerYear * offset / 365.25) / (1 + DemandGrowthPerYear * span / 365.25);
            weight *= date.Month switch { 8 => 0.55, 12 when date.Day > 20 => 0.6, 4 => 0.85, 9 or 10 or 11 or 1 or 2 or 3 => 1.0, _ => 0.92 };
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) weight *= 0.35;
            if (dice.Next() < weight) return date;
        }
    }

    private void Contact(SimChild child, DateOnly date, bool expectReferral)
    {
        if (date > _until || !child.IsChildOn(date)) return;
        var source = Sources.Pick(dice);
        string[] outcomes;
        // A child already open to social care (or about to be stepped down) is known: the contact is passed on.
        var known = child.OpenToSocialCare(date) || child.StepDownPendingUntil >= date;
        if (known) outcomes = [dice.Chance(0.6) ? InformationAndAdvice : NoFurtherAction];
        else if (expectReferral) outcomes = [SocialCareReferral];
        else if (child.InEarlyHelp(date))
        {
            // Already in early help: most contacts are passed to the lead professional; a few escalate.
            var y = dice.Next();
            outcomes = y < 0.04 ? [SocialCareReferral] : y < 0.10 ? [EarlyHelpReferral] : y < 0.7 ? [InformationAndAdvice] : [NoFurtherAction];
        }
        else
        {
            var x = dice.Next();
            if (x < EarlyHelpOutcomeShare) outcomes = dice.Chance(0.05) ? [InformationAndAdvice, EarlyHelpReferral] : [EarlyHelpReferral];
            else if (x < EarlyHelpOutcomeShare + SocialCareOutcomeShare) outcomes = dice.Chance(0.03) ? [EarlyHelpReferral, SocialCareReferral] : [SocialCareReferral];
            else if (x < EarlyHelpOutcomeShare + SocialCareOutcomeShare + InformationAndAdviceShare) outcomes = [InformationAndAdvice];
            else outcomes = [NoFurtherAction];
        }
        _family.Contacts.Add(new SimContact(child, date, source, outcomes));

        if (outcomes.Contains(SocialCareReferral)) Refer(child, date, source, stepUp: null);
        else if (outcomes.Contains(EarlyHelpReferral)) OfferEarlyHelp(child, date, StartAfter(date, AllocationDelays.Pick(dice), stepDown: false), stepDown: false);
    }

    private DateOnly StartAfter(DateOnly date, (int Min, int Max) delay, bool stepDown)
    {
        var start = date.AddDays(dice.Between(delay.Min, delay.Max));
        // A step-down is always followed by early help within 30 days, even at the edge of the window.
        return stepDown ? Min(start, _until) : start;
    }

    private void OfferEarlyHelp(SimChild index, DateOnly referralDate, DateOnly start, bool stepDown)
    {
        if (start > _until || !index.IsChildOn(start) || index.InEarlyHelp(referralDate)) return;
        if (!stepDown)
        {
            // The family is already supported, social care is about to step down, or the family says no.
            if (_family.EarlyHelpBlockedUntil >= referralDate) return;
            foreach (var c in _family.Children)
                if (c.InEarlyHelp(referralDate)) return;
            if (dice.Chance(0.05)) return;
        }

        var level = (stepDown ? StepDownLevels : Levels).Pick(dice);
        var team = _family.EarlyHelpTeam;
        var duration = Durations.Pick(dice);
        var episode = new SimEpisode
        {
            Sequence = _family.Episodes.Count,
            ReferralDate = referralDate,
            Start = start,
            End = start.AddDays(dice.Between(duration.Min, duration.Max)),
            EndReason = EndReasons.Pick(dice),
            Level = level,
            Team = team,
            Organisation = LeadOrganisation(level),
            Worker = dice.Pick(team.Workers),
            Reason = Reasons.Pick(dice),
            FromStepDown = stepDown,
        };
        // Early help works with the whole family: brothers and sisters join unless social care holds them.
        episode.Members.Add(index);
        foreach (var sibling in _family.Children)
        {
            if (sibling == index || !sibling.IsChildOn(start) || sibling.InEarlyHelp(referralDate) || sibling.OpenToSocialCare(start)
                || sibling.StepDownPendingUntil >= referralDate || dice.Chance(0.12)) continue;
            episode.Members.Add(sibling);
        }
        foreach (var member in episode.Members) member.Episodes.Add(episode);
        _family.Episodes.Add(episode);

        if (episode.EndReason == "SU" && episode.End <= _until)
        {
            // The step-up referral usually follows closure by days; sometimes social care accepts it first.
            var referral = dice.Chance(0.35) ? Max(episode.Start, episode.End.AddDays(-dice.Between(0, 20))) : episode.End.AddDays(dice.Between(0, 30));
            Raise(new SimEvent(EventKind.StepUp, referral, index, episode, episode.Version));
        }
    }

    private string LeadOrganisation(string level)
    {
        var x = dice.Next();
        return level switch
        {
            "TARGETED" => council.LocalAuthorityEarlyHelp,
            "SINGLE" => x < 0.6 ? dice.Pick(_family.Locality.Schools) : x < 0.9 ? dice.Pick(council.HealthOrganisations) : dice.Pick(council.VoluntaryOrganisations),
            _ => x < 0.4 ? dice.Pick(_family.Locality.Schools) : x < 0.6 ? dice.Pick(council.HealthOrganisations)
                : x < 0.85 ? council.LocalAuthorityEarlyHelp : dice.Pick(council.VoluntaryOrganisations),
        };
    }

    private void StepUp(SimEpisode episode, DateOnly date, int version)
    {
        if (episode.Cancelled || episode.Version != version || date > _until) return;
        foreach (var child in episode.Members)
        {
            if (!child.IsChildOn(date) || child.OpenToSocialCare(date) || child.StepDownPendingUntil >= date) continue;
            // The lead professional contacts the front door, which refers the child to social care.
            _family.Contacts.Add(new SimContact(child, date, "5D", [SocialCareReferral]));
            Refer(child, date, "5D", stepUp: episode);
            return;
        }
    }

    /// <param name="stepUp">The early help episode stepping up, when this is a step-up referral.</param>
    private void Refer(SimChild child, DateOnly date, string source, SimEpisode? stepUp)
    {
        var referral = new SimReferral
        {
            Child = child,
            ReferralDate = date,
            Source = source,
            // Step-ups are accepted: early help has already judged the risk too high for it.
            NoFurtherAction = stepUp is null && dice.Chance(ReferralNoFurtherActionShare),
            StepUp = stepUp is not null,
        };
        if (referral.NoFurtherAction)
        {
            referral.Pathway = ReferralPathway.NoFurtherAction;
            referral.Close = date.AddDays(dice.Between(0, 3));
            referral.CloseReason = "RC8";
        }
        else
        {
            PlanSocialCare(child, referral);
            // Social care taking the child on ends the family's early help: a step-up. The episode that asked
            // for it keeps the ending it planned.
            EndEarlyHelpOnReferral(child, date, stepUp);
            // A step-down needs the child out of early help by then (a step-up accepted early may still be open).
            if (referral.SteppedDown && child.InEarlyHelp(referral.Close)) referral.CloseReason = "RC8";
        }
        child.Referrals.Add(referral);
        _family.Referrals.Add(referral);

        if (referral.Close > _until) return;
        if (referral.SteppedDown)
        {
            var start = referral.Close;
            child.StepDownPendingUntil = start.AddDays(30);
            _family.EarlyHelpBlockedUntil = Max(_family.EarlyHelpBlockedUntil, start.AddDays(30));
            Raise(new SimEvent(EventKind.StepDown, start, child, null, 0));
        }
        if (dice.Chance(ReContactAfterClosure))
        {
            // Not before a planned step-down has started, so that every RC9 is followed by early help.
            var again = referral.Close.AddDays(dice.Between(referral.SteppedDown ? 31 : 7, 330));
            if (again <= _until && child.IsChildOn(again)) Raise(new SimEvent(EventKind.ReContact, again, child, null, 0));
        }
    }

    private void PlanSocialCare(SimChild child, SimReferral r)
    {
        var date = r.ReferralDate;
        var assessmentStart = date.AddDays(dice.Between(0, 5));
        var days = AssessmentDays.Pick(dice);
        var authorised = assessmentStart.AddDays(dice.Between(days.Min, days.Max));
        r.AssessmentStart = assessmentStart;
        r.AssessmentAuthorised = authorised;
        r.Pathway = Pathways.Pick(dice);
        switch (r.Pathway)
        {
            case ReferralPathway.ClosedAfterAssessment:
                r.Close = authorised.AddDays(dice.Between(0, 10));
                r.CloseReason = dice.Chance(0.42) ? "RC9" : dice.Chance(0.85) ? "RC8" : "RC7";
                break;
            case ReferralPathway.ChildInNeed:
                r.Close = authorised.AddDays(dice.Between(60, 420));
                r.CloseReason = ChildInNeedCloseReasons.Pick(dice);
                break;
            case ReferralPathway.ChildProtection:
                r.ProtectionStart = date.AddDays(dice.Between(15, 45));
                r.ProtectionEnd = r.ProtectionStart.Value.AddDays(dice.Chance(0.8) ? dice.Between(90, 365) : dice.Between(366, 720));
                r.Close = r.ProtectionEnd.Value.AddDays(dice.Between(30, 200));
                r.CloseReason = dice.Chance(0.88) ? "RC7" : dice.Chance(0.6) ? "RC9" : "RC5";
                break;
            case ReferralPathway.LookedAfter:
                r.LookedAfterStart = date.AddDays(dice.Between(3, 90));
                r.LookedAfterEnd = r.LookedAfterStart.Value.AddDays(dice.Chance(0.6) ? dice.Between(60, 365) : dice.Between(366, 1100));
                r.LookedAfterEndReason = LookedAfterEndReasons.Pick(dice);
                r.Close = r.LookedAfterEnd.Value.AddDays(dice.Between(0, 90));
                r.CloseReason = r.LookedAfterEndReason switch
                {
                    "E11" => "RC1",
                    "E41" => "RC3",
                    "E45" or "E46" or "E47" => "RC4",
                    "E3" => "RC5",
                    _ => "RC7",
                };
                break;
        }

        // Children's social care ends at 18: plans and care end then, and the case closes or passes to adults.
        var adult = child.EighteenthBirthday;
        if (r.ProtectionStart >= adult) { r.ProtectionStart = null; r.ProtectionEnd = null; }
        if (r.ProtectionEnd > adult) r.ProtectionEnd = adult;
        if (r.LookedAfterStart >= adult) { r.LookedAfterStart = null; r.LookedAfterEnd = null; r.LookedAfterEndReason = null; }
        if (r.LookedAfterEnd > adult) { r.LookedAfterEnd = adult; r.LookedAfterEndReason = "E8"; }
        if (r.Close > adult)
        {
            r.Close = Max(adult, assessmentStart);
            r.CloseReason = dice.Chance(0.3) ? "RC6" : "RC7";
        }
        // A step-down needs a child young enough for early help to pick up within 30 days.
        if (r.CloseReason == "RC9" && r.Close.AddDays(30) >= adult) r.CloseReason = "RC8";
        if (r.AssessmentAuthorised > r.Close) r.AssessmentAuthorised = Max(r.Close, assessmentStart);
    }

    private void EndEarlyHelpOnReferral(SimChild child, DateOnly date, SimEpisode? except)
    {
        foreach (var episode in child.Episodes.ToList())
        {
            if (episode == except || episode.Cancelled || episode.End <= date) continue;
            if (episode.Start > date)
            {
                // Allocated but not started: social care takes the child instead; early help goes ahead for
                // the rest of the family (a step-down for a brother or sister still happens).
                episode.Members.Remove(child);
                child.Episodes.Remove(episode);
                if (episode.Members.Count == 0) episode.Cancelled = true;
                continue;
            }
            episode.End = Min(episode.End, date.AddDays(dice.Between(0, 7)));
            episode.EndReason = "SU";
            episode.Version++;
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private enum EventKind
    {
        Contact,
        ReContact,
        StepUp,
        StepDown,
    }

    private readonly record struct SimEvent(EventKind Kind, DateOnly Date, SimChild Child, SimEpisode? Episode, int Version);
}

internal static class Ids
{
    /// <summary>"P000123": a prefix and a six-digit (or longer) number.</summary>
    public static string Of(string prefix, int number) => prefix + number.ToString("D6", CultureInfo.InvariantCulture);
}
