using Scorecard.Etl.Mapping;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Etl.Tests.Ssd;

public class OutcomeAndValueTests
{
    private static OutcomeReading Contact(string text) => OutcomeParser.Parse(text, "ContactOutcome", CouncilMapping.Default);
    private static OutcomeReading Referral(string text) => OutcomeParser.Parse(text, "ReferralOutcome", CouncilMapping.Default);

    [Fact]
    public void SystemCContactFlags_MapTheYesKeys_AndCannotSayEarlyHelp()
    {
        // As systemc_sqlserver_v1.4.5_1_20260708.sql builds cont_contact_outcome_json, with an unescaped quote in the comment.
        var r = Contact("""{"NEW_REFERRAL_FLAG": "N", "EXISTING_REFERRAL_FLAG": "N", "CP_ENQUIRY_FLAG": "N", "NFA_FLAG": "Y", "NON_AGENCY_ADOPTION_FLAG": "N", "PRIVATE_FOSTERING_FLAG": "N", "ADVICE_FLAG": "Y", "MISSING_FLAG": "N", "OLA_CP_FLAG": "N", "OTHER_OUTCOMES_EXIST_FLAG": "N", "NUMBER_OF_OUTCOMES": 2, "COMMENTS": "mum said "no" twice"}""");

        r.Format.ShouldBe(OutcomeFormat.FlagObject);
        r.Codes.ShouldBe(["NFA", "IA"]);
        r.Unmapped.ShouldBeEmpty();
        r.Expressible.ShouldNotBeNull();
        r.Expressible.ShouldBe(["CIN", "NFA", "IA"], ignoreOrder: true);
        r.Expressible.ShouldNotContain("EH");
    }

    [Fact]
    public void EclipseOutcomeFlags_MapTheOutcomePrefixedKeys()
    {
        // As ssd_cin_episodes.sql (Eclipse 1.4.4) builds it with JSON_BUILD_OBJECT(...)::TEXT.
        var r = Referral("""{"OUTCOME_SINGLE_ASSESSMENT_FLAG" : "Y", "OUTCOME_NFA_FLAG" : "N", "OUTCOME_STRATEGY_DISCUSSION_FLAG" : "Y", "OUTCOME_CLA_REQUEST_FLAG" : "N", "OTHER_OUTCOMES_EXIST_FLAG" : "N"}""");

        r.Format.ShouldBe(OutcomeFormat.OutcomeFlagObject);
        r.Codes.ShouldBe(["ASSESSMENT", "STRATEGY"]);
    }

    [Fact]
    public void AJsonArray_AndAPlainLabel_AndMosaicsJoinedLabels_AllMapTheirLabels()
    {
        Contact("""["EH Referral","CIN Referral"]""").Codes.ShouldBe(["EH", "CIN"]);
        Contact("""["EH Referral","CIN Referral"]""").Expressible.ShouldBeNull();
        Contact("EH Referral").Codes.ShouldBe(["EH"]);
        // Mosaic joins next actions' descriptions with ", "; a label may hold a comma of its own.
        var mosaic = Referral("Single Assessment, Strategy discussion (CSSW), Step down to Early Help (EH)");
        mosaic.Format.ShouldBe(OutcomeFormat.Labels);
        mosaic.Codes.ShouldBe(["ASSESSMENT", "STRATEGY", "STEPDOWN"]);
        Contact("Information & Advice").Codes.ShouldBe(["IA"]);
    }

    [Fact]
    public void UnknownLabelsAndYesKeys_AreListed_WhileTheKnownOnesStillMap()
    {
        var labels = Referral("Single Assessment, Refer to Youth Justice (YJS)");
        labels.Codes.ShouldBe(["ASSESSMENT"]);
        labels.Unmapped.ShouldBe(["Refer to Youth Justice (YJS)"]);

        var flags = Contact("""{"NFA_FLAG": "N", "EH_REFERRAL_FLAG": "Y", "COUNCIL_ONLY_FLAG": "N"}""");
        flags.Codes.ShouldBeEmpty();
        flags.Unmapped.ShouldBe(["EH_REFERRAL_FLAG"]);
    }

    [Fact]
    public void AStepDownLateInALongValue_IsFound()
    {
        // Longer than the 200 characters outcome text was once cut at.
        var labels = Enumerable.Repeat("Single Assessment", 15).Append("Step-down to Early Help");
        var r = Referral("[" + string.Join(",", labels.Select(l => $"\"{l}\"")) + "]");
        r.Codes.ShouldContain("STEPDOWN");
    }

    [Fact]
    public void BrokenJson_IsNotReadable_AndEmptyIsNothing()
    {
        Contact("{\"NFA_FLAG\": \"Y\"").Format.ShouldBe(OutcomeFormat.Invalid);
        Contact("[\"EH Referral\"").Format.ShouldBe(OutcomeFormat.Invalid);
        Contact("  ").Format.ShouldBe(OutcomeFormat.Empty);
        Contact("{}").Codes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("2024-12-10")]
    [InlineData("2024-12-10 00:00:00")]
    [InlineData("2024-12-10 00:00:00.0")]
    [InlineData("2024-12-10 00:00:00.000")]
    [InlineData("2024-12-10 13:45:07.1234567")]
    [InlineData("2024-12-10T13:45:07.12")]
    [InlineData("2024-12-10T13:45:07Z")]
    [InlineData("2024-12-10 13:45")]
    [InlineData("10/12/2024")]
    [InlineData("10/12/2024 00:00:00")]
    public void SqlServerDatetimeText_WithZeroToSevenFractionDigits_IsTheDate(string text)
    {
        ValueParsers.TryParseDate(text, out var date, out var why).ShouldBeTrue(why);
        date.ShouldBe(new DateOnly(2024, 12, 10));
    }

    [Theory]
    [InlineData("2024-12-10 00:00:00.12345678")]
    [InlineData("2024-12-10 25:00:00")]
    [InlineData("2024-02-30")]
    [InlineData("2024-12-10x")]
    public void NearMisses_AreNotDates(string text) => ValueParsers.TryParseDate(text, out _, out _).ShouldBeFalse();

    [Fact]
    public void NullTextAndEmpty_AreMissing_AndPlaceholdersAndPlaceholderDatesAreKnown()
    {
        ValueParsers.IsMissing("NULL").ShouldBeTrue();
        ValueParsers.IsMissing(" null ").ShouldBeTrue();
        ValueParsers.IsMissing("").ShouldBeTrue();
        ValueParsers.IsMissing("NULLS").ShouldBeFalse();
        ValueParsers.IsPlaceholder("-1").ShouldBeTrue();
        ValueParsers.IsPlaceholder("SSD_PH").ShouldBeTrue();
        ValueParsers.IsPlaceholder("-12").ShouldBeFalse();
        ValueParsers.TryParseDate("1900-01-01 00:00:00.000", out var sentinel, out _).ShouldBeTrue();
        ValueParsers.IsSentinel(sentinel).ShouldBeTrue();
        ValueParsers.TryParseDate("9999-12-31", out var open, out _).ShouldBeTrue();
        ValueParsers.IsSentinel(open).ShouldBeTrue();
        // A date far in the past still parses: whether it is in range is the reader's rule (the calendar for
        // events, plausibility for a date of birth), so that the reason names the range that applies.
        ValueParsers.TryParseDate("1850-01-01", out var early, out _).ShouldBeTrue();
        early.ShouldBe(new DateOnly(1850, 1, 1));
    }

    [Fact]
    public void TheShippedMappings_NeverGiveOneValueTwoCodes()
    {
        var seen = new Dictionary<(string, string), (string Code, string Shape)>();
        foreach (var (shape, entries) in CouncilMapping.ShippedDefaults())
            foreach (var e in entries)
            {
                var key = (e.List, CouncilMapping.Normalise(e.Value));
                if (seen.TryGetValue(key, out var earlier)) e.Code.ShouldBe(earlier.Code, $"{e.List} '{e.Value}' in {shape} and {earlier.Shape}");
                else seen[key] = (e.Code, shape);
            }
        seen.Count.ShouldBeGreaterThan(100);
    }
}
