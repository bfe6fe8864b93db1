using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Sources;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Tests.CinCensus;

/// <summary>
/// CIN census returns written here, in the shape of the DfE children in need census XML as the public fake returns of
/// data-to-insight/csc-validator-be-cin carry it: fake_data/CIN_Census_2021.xml (2020-21 to 2022-23: GenderCurrent,
/// PersonDeathDate, AssessmentInternalReviewDate), fake_data/CIN_Census_2024.xml (from 2023-24: Sex) and
/// fake_data/CIN_Census_2026.xml (2025-26: PreProceedingsandFGDM). Like those files, the headers here may give a
/// year that is not the return's, and stray text may sit between elements.
/// </summary>
public class CinCensusLoadTests
{
    private static string Header(string year, string referenceDate) => $"""
        <Header>
            <CollectionDetails><Collection>CIN</Collection><Year>{year}</Year><ReferenceDate>{referenceDate}</ReferenceDate></CollectionDetails>
            <Source><SourceLevel>L</SourceLevel><LEA>201</LEA><SoftwareCode>Local Authority</SoftwareCode><Release>ver 3.1.21</Release><SerialNo>001</SerialNo><DateTime>2024-05-23T11:14:05</DateTime></Source>
        </Header>
        """;

    private static string Census(string header, params string[] children) =>
        $"<Message>\n{header}\n<Children>\n{string.Join("\n", children)}\n</Children>\n</Message>\n";

    /// <summary>A child of the 2023-24 shape: Sex, one referral with an assessment, a section 47 enquiry and a plan.</summary>
    private const string Child2024 = """
        <Child>
            <ChildIdentifiers>
                <LAchildID>CIN0001</LAchildID><UPN>A123456789123</UPN><UPNunknown>UN3</UPNunknown>PersonBirthDate
                <PersonBirthDate>2015-03-27</PersonBirthDate><Sex>2</Sex>
            </ChildIdentifiers>
            <ChildCharacteristics><Ethnicity>WBRI</Ethnicity><Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>
            <CINdetails>
                <CINreferralDate>2024-04-03</CINreferralDate><ReferralSource>1A</ReferralSource><PrimaryNeedCode>N4</PrimaryNeedCode>
                <CINclosureDate>2024-06-20</CINclosureDate><ReasonForClosure>RC9</ReasonForClosure>
                <Assessments>
                    <AssessmentActualStartDate>2024-04-05</AssessmentActualStartDate><AssessmentAuthorisationDate>2024-05-01</AssessmentAuthorisationDate>
                    <FactorsIdentifiedAtAssessment><AssessmentFactors>1C</AssessmentFactors></FactorsIdentifiedAtAssessment>
                </Assessments>
                <Section47><S47ActualStartDate>2024-04-04</S47ActualStartDate><InitialCPCtarget>2024-04-25</InitialCPCtarget><ICPCnotRequired>false</ICPCnotRequired></Section47>
                <ReferralNFA>0</ReferralNFA>
                <ChildProtectionPlans><CPPstartDate>2024-04-20</CPPstartDate><CPPendDate>2024-06-10</CPPendDate><InitialCategoryOfAbuse>PHY</InitialCategoryOfAbuse></ChildProtectionPlans>
            </CINdetails>
        </Child>
        """;

    private static string Child(string id, string sexElement, string referral, string closure, string reason, string extra = "") => $"""
        <Child>
            <ChildIdentifiers><LAchildID>{id}</LAchildID><PersonBirthDate>2016-01-10</PersonBirthDate>{sexElement}</ChildIdentifiers>
            <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
            <CINdetails>
                <CINreferralDate>{referral}</CINreferralDate><ReferralSource>5A</ReferralSource>
                <CINclosureDate>{closure}</CINclosureDate><ReasonForClosure>{reason}</ReasonForClosure><ReferralNFA>false</ReferralNFA>
                {extra}
            </CINdetails>
        </Child>
        """;

    private static async Task<LoadResult> LoadAsync(TestWarehouse w, string xml, string name = "census.xml", LoadOptions? options = null)
    {
        var path = Path.Combine(w.Folder, name);
        await File.WriteAllTextAsync(path, xml);
        return await w.Loader.LoadAsync(path, options);
    }

    public static TheoryData<string, string, string> Shapes => new()
    {
        // 2020-21 to 2022-23: GenderCurrent (1 male, 2 female); the header agrees.
        { Census(Header("2021", "2021-03-31"), Child("G0", "<GenderCurrent>2</GenderCurrent><ExpectedPersonBirthDate>2016-02-01</ExpectedPersonBirthDate>", "2020-10-01", "2021-01-10", "RC1")), "2020-21 shape: GenderCurrent", "F" },
        { Census(Header("2023", "2023-03-31"), Child("G2", "<GenderCurrent>1</GenderCurrent>", "2022-10-01", "2023-01-10", "RC1")), "2022-23 shape: GenderCurrent", "M" },
        { Census(Header("2022", "2022-03-31"), Child("G1", "<GenderCurrent>1</GenderCurrent><PersonDeathDate>2023-01-01</PersonDeathDate>", "2021-10-01", "2022-01-10", "RC1")), "2021-22 shape: GenderCurrent", "M" },
        // 2023-24: Sex; the header's Year says 2023 while its reference date is 31 March 2024 (as the public sample's does).
        { Census(Header("2023", "2024-03-31"), Child("S1", "<Sex>2</Sex>", "2023-10-01", "2024-01-10", "RC1")), "2023-24 shape: Sex, not GenderCurrent", "F" },
        // 2024-25: Sex, header 2025.
        { Census(Header("2025", "2025-03-31"), Child("S2", "<Sex>1</Sex>", "2024-10-01", "2025-01-10", "RC1")), "2024-25 shape: Sex, not GenderCurrent", "M" },
        // 2025-26: pre-proceedings, though the header still says 2024 (as the public 2026 sample's does).
        { Census(Header("2023", "2024-03-31"), Child("P1", "<Sex>0</Sex>", "2025-10-01", "2026-01-10", "RC1",
            "<PreProceedingsandFGDM><PPStartDate>2025-11-01</PPStartDate><PPOutcome>A</PPOutcome></PreProceedingsandFGDM>")),
          "2025-26 shape: PreProceedingsandFGDM present; the header says Year 2023, reference date 2024-03-31 (not the same year: the elements decide)", "U" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task EachSchemaYearsShape_Loads_WithItsYearFromTheElements(string xml, string expectedShape, string expectedSex)
    {
        using var w = new TestWarehouse();
        var result = await LoadAsync(w, xml);

        result.Succeeded.ShouldBeTrue(result.Message);
        (result.RowsRead, result.RowsLoaded, result.RowsRejected).ShouldBe((2, 2, 0));
        result.Source.ShouldNotBeNull().ShouldContain(expectedShape);
        await using var db = w.Open();
        db.People.Single().Sex.ShouldBe(expectedSex);
        db.SocialCareReferrals.Single().CloseReasonCode.ShouldBe("RC1");
        db.LoadBatches.Single().SourceKind.ShouldBe("CIN census");
    }

    [Fact]
    public async Task AChildsRecords_LoadIntoTheirTables_AndNothingIdentifyingIsStored()
    {
        using var w = new TestWarehouse();
        var result = await LoadAsync(w, Census(Header("2024", "2024-03-31"), Child2024));

        result.Succeeded.ShouldBeTrue(result.Message);
        // One person, one referral, one assessment, one section 47 enquiry, one plan.
        (result.RowsRead, result.RowsLoaded).ShouldBe((5, 5));
        await using var db = w.Open();
        var referral = db.SocialCareReferrals.Single();
        referral.ReferralDate.ShouldBe(new DateOnly(2024, 4, 3));
        (referral.SourceCode, referral.IsNoFurtherAction).ShouldBe(("1A", false));
        db.SocialCareAssessments.Single().ReferralKey.ShouldBe(referral.ReferralKey);
        db.Section47Enquiries.Single().StartDate.ShouldBe(new DateOnly(2024, 4, 4));
        db.ChildProtectionPlans.Single().EndDate.ShouldBe(new DateOnly(2024, 6, 10));
        db.People.Single().MonthOfBirth.ShouldBe(new DateOnly(2015, 3, 1));
        var bytes = w.DatabaseBytes();
        bytes.IndexOf("CIN0001").ShouldBe(-1, "the child id is stored only as its keyed hash");
        bytes.IndexOf("A123456789123").ShouldBe(-1, "the UPN is never read");
    }

    [Fact]
    public async Task Rc9_IsAStepDown_InEh08_WhichIsNotAvailableFromTheCensusAlone()
    {
        // Three referrals close in June 2024: A with RC9 (closed after assessment, referred to early help), B with RC1,
        // C with RC8. EH08 also counts an early help episode starting within 30 days of a closure, and a census holds no
        // early help: from the census alone EH08 is not available, never a number.
        using var w = new TestWarehouse();
        var result = await LoadAsync(w, Census(Header("2024", "2024-03-31"),
            Child("A", "<Sex>1</Sex>", "2024-04-10", "2024-06-12", "RC9"),
            Child("B", "<Sex>2</Sex>", "2024-04-11", "2024-06-13", "RC1"),
            Child("C", "<Sex>2</Sex>", "2024-04-12", "2024-06-14", "RC8")));
        result.Succeeded.ShouldBeTrue(result.Message);
        await w.RefreshAsync();
        var alone = (await w.ValueAsync("EH08", "2024-06")).ShouldNotBeNull();
        (alone.IsAvailable, alone.Value).ShouldBe((false, null));
        // Every early help measure is not available from a census (EH01 open episodes, EH09 contacts); its social care
        // measures come out: CS02 counts the three referrals of April 2024.
        foreach (var code in new[] { "EH01", "EH09" })
            (await w.ValueAsync(code, "2024-06")).ShouldNotBeNull(code).IsAvailable.ShouldBeFalse(code);
        (await w.CountsAsync("CS02", "2024-04")).Numerator.ShouldBe(3);

        // Then the council's early help episodes arrive (SSD): one for D, another child, in June. None is within 30 days
        // of A's, B's or C's closure for that child, so only A's RC9 is a step-down: EH08 = 1 of the 3 June closures.
        var ssd = await w.LoadAsync(
            ("ssd_person.csv", "pers_person_id,pers_sex,pers_ethnicity,pers_dob\nD,F,WBRI,2016-02-01\n"),
            ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_end_reason\nE1,D,2024-06-15,,\n"));
        ssd.Succeeded.ShouldBeTrue(ssd.Message);
        await w.RefreshAsync();

        (await w.CountsAsync("EH08", "2024-06")).ShouldBe((1, 3));
    }

    [Fact]
    public async Task AnUnusableRequiredField_RejectsThatRecordAtItsCensusLine_AnUnknownOptionalCodeWarns_AndNeighboursLoad()
    {
        // Child M's referral has no CINreferralDate (required: it places the referral) and is rejected; child Q's
        // ReferralSource 'ZZ' is no CIN census code, so its referral loads with the source unknown and a warning.
        using var w = new TestWarehouse();
        var xml = Census(Header("2024", "2024-03-31"),
            Child("K", "<Sex>1</Sex>", "2024-04-10", "2024-06-12", "RC1"),
            Child("M", "<Sex>1</Sex>", "", "2024-06-12", "RC1"),
            Child("Q", "<Sex>1</Sex>", "2024-04-10", "2024-06-12", "RC1").Replace("<ReferralSource>5A</ReferralSource>", "<ReferralSource>ZZ</ReferralSource>"));
        var result = await LoadAsync(w, xml);

        result.Succeeded.ShouldBeTrue(result.Message);
        var referrals = result.Tables.Single(t => t.Table == "ssd_cin_episodes");
        (referrals.RowsRead, referrals.RowsLoaded, referrals.RowsRejected, referrals.RowsWithWarnings).ShouldBe((3, 2, 1, 1));
        var reject = result.Rejects.ShouldHaveSingleItem();
        reject.FileName.ShouldBe("census.xml (ssd_cin_episodes)");
        reject.ExampleReason.ShouldContain("cine_referral_date is required");
        // The rejected child's <CINdetails> element starts on this line of the census.
        var line = xml.Split('\n').Select((l, i) => (l, i)).Where(x => x.l.Contains("<CINdetails>")).ElementAt(1).i + 1;
        reject.FirstLine.ShouldBe(line);
        result.Warnings.ShouldContain(x => x.ColumnName == "cine_referral_source_code" && x.Value == "ZZ");
        await using var db = w.Open();
        db.People.Count().ShouldBe(3, "the child whose referral was rejected still loads");
        db.SocialCareReferrals.Count(r => r.SourceCode == null).ShouldBe(1);
    }

    [Fact]
    public async Task AMalformedCensus_IsASentence_AndLoadsNothing()
    {
        using var w = new TestWarehouse();
        var xml = Census(Header("2024", "2024-03-31"), Child2024, Child("B", "<Sex>1</Sex>", "2024-04-11", "2024-06-13", "RC1"))
            .Replace("</ChildIdentifiers>", "</ChildIdentifier>");
        var result = await LoadAsync(w, xml, "broken.xml");

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldNotBeNull().ShouldStartWith("broken.xml is not well-formed XML (line ");
        result.Message.ShouldContain("nothing was loaded");
        await using var db = w.Open();
        (await db.People.CountAsync()).ShouldBe(0);
        (await db.LoadBatches.SingleAsync()).Status.ShouldBe(LoadStatus.Failed);
    }

    [Fact]
    public async Task ACensusLoadedAgain_ChangesNothing_AndTakesNothingAsDeleted()
    {
        // A second, later census lacks child B: a census is one year's children in need, not a snapshot, so B stays.
        using var w = new TestWarehouse();
        var a = Child("A", "<Sex>1</Sex>", "2024-04-10", "2024-06-12", "RC1");
        var b = Child("B", "<Sex>1</Sex>", "2024-04-11", "2024-06-13", "RC1");
        (await LoadAsync(w, Census(Header("2024", "2024-03-31"), a, b))).Succeeded.ShouldBeTrue();
        (await LoadAsync(w, Census(Header("2024", "2024-03-31"), a, b), "again.xml")).Status.ShouldBe(LoadStatus.Skipped);
        var later = await LoadAsync(w, Census(Header("2025", "2025-03-31"), a), "later.xml");

        later.Succeeded.ShouldBeTrue(later.Message);
        later.RowsDeleted.ShouldBe(0);
        await using var db = w.Open();
        db.SocialCareReferrals.Count().ShouldBe(2);
    }

    [Fact]
    public async Task FormatCinCensus_ReadsAFileWhateverItsName_AndAnXmlThatIsNotACensusIsRefused()
    {
        using var w = new TestWarehouse();
        var census = await LoadAsync(w, Census(Header("2024", "2024-03-31"), Child2024), "return.txt", new LoadOptions { Format = SourceFormat.CinCensus });
        census.Succeeded.ShouldBeTrue(census.Message);

        var other = await LoadAsync(w, "<Workbook><Sheet/></Workbook>", "other.xml", new LoadOptions { Format = SourceFormat.CinCensus });
        other.Status.ShouldBe(LoadStatus.Failed);
        other.Message.ShouldBe("other.xml is XML but not a CIN census: its root element is <Workbook>, where a census has <Message>. Nothing was loaded.");
    }
}
