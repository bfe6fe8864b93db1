namespace Scorecard.SampleData;

/// <summary>
/// One family's story over the extract window, held only while that family is generated and written.
/// Planned end and close dates may lie after the extract date: the writer shows those as still open.
/// </summary>
internal sealed class SimFamily(int number, string familyId, Locality locality, Team earlyHelpTeam)
{
    public int Number => number;
    public string FamilyId => familyId;
    public Locality Locality => locality;
    public Team EarlyHelpTeam => earlyHelpTeam;
    public List<SimChild> Children { get; } = [];
    public List<SimContact> Contacts { get; } = [];
    public List<SimEpisode> Episodes { get; } = [];
    public List<SimReferral> Referrals { get; } = [];

    /// <summary>Until a planned step-down starts, the front door does not open another early help episode.</summary>
    public DateOnly EarlyHelpBlockedUntil { get; set; } = DateOnly.MinValue;
}

internal sealed class SimChild(string personId, DateOnly dateOfBirth, string sex, string ethnicity, bool legacyFlag)
{
    public string PersonId => personId;
    public DateOnly DateOfBirth => dateOfBirth;
    public string Sex => sex;
    public string Ethnicity => ethnicity;
    public bool LegacyFlag => legacyFlag;
    public DateOnly EighteenthBirthday => dateOfBirth.AddYears(18);
    public List<SimEpisode> Episodes { get; } = [];
    public List<SimReferral> Referrals { get; } = [];

    /// <summary>While social care plans a step-down for this child, contacts do not start anything new.</summary>
    public DateOnly StepDownPendingUntil { get; set; } = DateOnly.MinValue;

    public bool IsChildOn(DateOnly date) => date < EighteenthBirthday;

    /// <summary>In an early help episode on this date, or due to start one (an allocated, not yet started episode).</summary>
    public bool InEarlyHelp(DateOnly date)
    {
        foreach (var e in Episodes)
            if (!e.Cancelled && e.End > date) return true;
        return false;
    }

    public bool OpenToSocialCare(DateOnly date)
    {
        foreach (var r in Referrals)
            if (r.ReferralDate <= date && r.Close > date) return true;
        return false;
    }
}

internal sealed class SimContact(SimChild child, DateOnly date, string source, string[] outcomes)
{
    public SimChild Child => child;
    public DateOnly Date => date;
    public string Source => source;
    public string[] Outcomes => outcomes;
}

/// <summary>A family's early help episode; each member child gets its own episode row with the same dates.</summary>
internal sealed class SimEpisode
{
    public required int Sequence { get; init; }
    public required DateOnly ReferralDate { get; init; }
    public required DateOnly Start { get; init; }
    public required DateOnly End { get; set; }
    public required string EndReason { get; set; }
    public required string Level { get; init; }
    public required Team Team { get; init; }
    public required string Organisation { get; init; }
    public required string Worker { get; init; }
    public required string Reason { get; init; }
    public required bool FromStepDown { get; init; }
    public List<SimChild> Members { get; } = [];

    /// <summary>Allocated but overtaken by a social care referral before it started: never written.</summary>
    public bool Cancelled { get; set; }

    /// <summary>Bumped when the ending changes, so a step-up planned for the old ending is dropped.</summary>
    public int Version { get; set; }
}

internal enum ReferralPathway
{
    NoFurtherAction,
    ClosedAfterAssessment,
    ChildInNeed,
    ChildProtection,
    LookedAfter,
}

internal sealed class SimReferral
{
    public required SimChild Child { get; init; }
    public required DateOnly ReferralDate { get; init; }
    public required string Source { get; init; }
    public required bool NoFurtherAction { get; init; }
    public required bool StepUp { get; init; }
    public ReferralPathway Pathway { get; set; }
    public DateOnly Close { get; set; }
    public string CloseReason { get; set; } = "RC8";
    public DateOnly? AssessmentStart { get; set; }
    public DateOnly? AssessmentAuthorised { get; set; }
    public DateOnly? ProtectionStart { get; set; }
    public DateOnly? ProtectionEnd { get; set; }
    public DateOnly? LookedAfterStart { get; set; }
    public DateOnly? LookedAfterEnd { get; set; }
    public string? LookedAfterEndReason { get; set; }
    public bool SteppedDown => CloseReason == "RC9";
}
