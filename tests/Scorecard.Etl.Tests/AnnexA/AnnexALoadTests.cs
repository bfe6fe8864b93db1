using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Mapping;
using Scorecard.Etl.Sources;
using Scorecard.Warehouse.Integration;
using LoadOptions = Scorecard.Etl.Loading.LoadOptions;

namespace Scorecard.Etl.Tests.AnnexA;

/// <summary>
/// Annex A workbooks written here in the shapes councils send: the Ofsted Annex A template (ofsted-template-2015-01:
/// sheets List_1 ... List_11, a title row "List 3: Referral" above the headers, dates as Excel serial numbers) and the
/// later layout (sheets "List 1" ..., headers in the first row, codes with their letter as "q) 6: Police", #N/A where
/// a lookup found nothing), as the LIIA tools' sample workbook has it.
/// </summary>
public class AnnexALoadTests
{
    /// <summary>Writes a workbook: each sheet's name, and its rows (null: an empty cell; a double: a number cell).</summary>
    private static string Workbook(string folder, string name, params (string Sheet, object?[][] Rows)[] sheets)
    {
        using var wb = new XLWorkbook();
        foreach (var (sheet, rows) in sheets)
        {
            var ws = wb.Worksheets.Add(sheet);
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++)
                    switch (rows[r][c])
                    {
                        case null: break;
                        case double d: ws.Cell(r + 1, c + 1).Value = d; break;
                        case DateTime t: ws.Cell(r + 1, c + 1).Value = t; break;
                        case var v: ws.Cell(r + 1, c + 1).SetValue(v.ToString()); break;
                    }
        }
        var path = Path.Combine(folder, name);
        wb.SaveAs(path);
        return path;
    }

    // Excel serial dates: 45390 = 2024-04-08, 45391 = 2024-04-09, 45418 = 2024-05-06, 42370 = 2016-01-01.
    private static object?[][] Referrals(params object?[][] rows) =>
        [["List 3: Referral"], [], ["CHILD ID", "gender", "Ethnicity", "Date Of Birth", "Date of referral", "Source of referral", "Referral NFA?", "Allocated Team", "Allocated Worker"], .. rows];

    [Fact]
    public async Task TheTemplatesShape_Loads_HeaderBelowTheFirstRow_WordingAndCase_PrefixedCodes_SerialDates_NA_AndAMissingList()
    {
        using var w = new TestWarehouse();
        var path = Workbook(w.Folder, "annex-a.xlsx",
            ("List 1", [
                ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Contact", "Contact Source"],
                ["K1", "b) Female", "a) WBRI", 42370.0, 8.3, 45390.0, "q) 6: Police"],
                ["K2", "a) Male", "#N/A", "n/a", 7.0, new DateTime(2024, 4, 9), "b) 1B: Individual"],
            ]),
            ("List_3", Referrals(
                ["K1", "Female", "WBRI", 42370.0, 45391.0, "q) 6: Police", "No", "MASH", "Alex Worker"],
                ["K3", "Male", "WBRI", "#N/A", "06/05/2024", "a) 2A: Schools", "yes", "#N/A", "Sam Worker"])),
            ("List 9", [["Child Unique ID"], ["K9"]]));

        var result = await w.Loader.LoadAsync(path);

        result.Succeeded.ShouldBeTrue(result.Message);
        // 3 children, 2 contacts, 2 referrals and their 2 allocated workers. K1's allocated team 'MASH' is no team the
        // warehouse or the mapping knows: the referral and its involvement load with the team unknown, and warn.
        (result.RowsRead, result.RowsLoaded, result.RowsRejected, result.RowsWithWarnings).ShouldBe((9, 9, 0, 2));
        result.Unmapped.ShouldHaveSingleItem().ShouldBe(new UnmappedValue("Team", "MASH", 2, "annex-a.xlsx (List 3) line 4"));
        result.Source.ShouldNotBeNull().ShouldContain("read List 1 ('List 1', headers on row 1), List 3 ('List_3', headers on row 3)");
        result.Source.ShouldContain("not used List 9 ('List 9': care leavers)");
        result.Source.ShouldContain("missing List 4 (assessments), List 5 (section 47 enquiries), List 7 (child protection plans)");
        await using var db = w.Open();
        var contacts = db.Contacts.OrderBy(c => c.ContactDate).ToList();
        contacts.Select(c => (c.ContactDate, c.SourceCode)).ShouldBe([(new DateOnly(2024, 4, 8), "6"), (new DateOnly(2024, 4, 9), "1B")]);
        var referrals = db.SocialCareReferrals.OrderBy(r => r.ReferralDate).ToList();
        referrals.Select(r => (r.ReferralDate, r.SourceCode, r.IsNoFurtherAction)).ShouldBe([(new DateOnly(2024, 4, 9), "6", false), (new DateOnly(2024, 5, 6), "2A", true)]);
        var k1 = db.People.Single(p => p.PersonId == w.Id("person", "K1"));
        (k1.Sex, k1.EthnicityCode, k1.MonthOfBirth).ShouldBe(("F", "WBRI", new DateOnly(2016, 1, 1)));
        var k2 = db.People.Single(p => p.PersonId == w.Id("person", "K2"));
        (k2.EthnicityCode, k2.MonthOfBirth).ShouldBe((null, null), "#N/A and n/a are missing, not odd values");
        db.LoadBatches.Single().SourceKind.ShouldBe("Annex A");
        // List 3's allocated workers: K1's referral is Alex Worker's, K3's Sam Worker's, each known only by its keyed hash.
        var workers = db.Involvements.Select(i => new { i.ReferralKey, Worker = db.Professionals.Where(p => p.ProfessionalKey == i.ProfessionalKey).Select(p => p.ProfessionalId).Single() }).ToList();
        workers.Select(x => x.Worker).Order().ShouldBe(new[] { w.Id("professional", "Alex Worker"), w.Id("professional", "Sam Worker") }.Order());
        workers.ShouldAllBe(x => x.ReferralKey != null);
        var bytes = w.DatabaseBytes();
        bytes.IndexOf("Alex Worker").ShouldBe(-1, "allocated workers' names are never stored");
        bytes.IndexOf("Sam Worker").ShouldBe(-1);
    }

    [Fact]
    public async Task AnUnknownOptionalCodeWarns_AnUnusableRequiredFieldRejectsItsRowWithItsSheetRow_AndNeighboursLoad()
    {
        // Row 4 (K1): source 'Carrier pigeon' is no code: the referral loads with its source unknown, and a warning.
        // Row 5 (K2): the referral date 'soon' is not a date, and the date is required: that row is rejected.
        // Row 6 (K3): loads.
        using var w = new TestWarehouse();
        var path = Workbook(w.Folder, "annex-a.xlsx", ("List 3", Referrals(
            ["K1", "Female", "WBRI", 42370.0, 45391.0, "Carrier pigeon", "No"],
            ["K2", "Female", "WBRI", 42370.0, "soon", "a) 2A: Schools", "No"],
            ["K3", "Male", "WBRI", 42370.0, 45392.0, "a) 2A: Schools", "No"])));

        var result = await w.Loader.LoadAsync(path);

        result.Succeeded.ShouldBeTrue(result.Message);
        var list3 = result.Tables.Single(t => t.Table == "ssd_cin_episodes");
        (list3.RowsRead, list3.RowsLoaded, list3.RowsRejected, list3.RowsWithWarnings).ShouldBe((3, 2, 1, 1));
        var reject = result.Rejects.ShouldHaveSingleItem();
        (reject.FileName, reject.FirstLine).ShouldBe(("annex-a.xlsx (List 3)", 5));
        reject.ExampleReason.ShouldContain("cine_referral_date");
        result.Warnings.ShouldContain(x => x.ColumnName == "cine_referral_source_code" && x.Value == "Carrier pigeon" && x.FirstLine == 4);
        result.Source.ShouldNotBeNull().ShouldContain("missing List 1 (contacts)");
    }

    [Fact]
    public async Task AHeaderNoMappingKnows_IsReadOnceTheCouncilsMappingFileNamesIt()
    {
        using var w = new TestWarehouse();
        var path = Workbook(w.Folder, "annex-a.xlsx",
            ("List 1", [["Child Unique ID", "Date of Contact"], ["K1", 45390.0]]),
            ("List 3", [["Child Unique ID", "When referred", "Referral Source"], ["K1", 45391.0, "a) 2A: Schools"]]));
        // Checked without the line: List 3 cannot be read, the report says why, and the header is offered for the
        // starter mapping file (what `check --write-mapping` writes).
        var without = await w.Loader.LoadAsync(path, new LoadOptions { DryRun = true });
        without.Succeeded.ShouldBeTrue(without.Message);
        without.Source.ShouldNotBeNull().ShouldContain("List 3 ('List 3') has no column for ReferralDate (add an AnnexAColumn line to the mapping file for its header)");
        without.Unmapped.ShouldHaveSingleItem().ShouldBe(new UnmappedValue("AnnexAColumn", "When referred", 1, "annex-a.xlsx (List 3) line 1"));

        var file = Path.Combine(w.Folder, "mapping.csv");
        await File.WriteAllTextAsync(file, "list,value,code\nAnnexAColumn,When referred,ReferralDate\n");
        var result = await w.Loader.LoadAsync(path, new LoadOptions { Mapping = CouncilMapping.Load(file) });

        result.Succeeded.ShouldBeTrue(result.Message);
        await using var db = w.Open();
        db.SocialCareReferrals.Single().ReferralDate.ShouldBe(new DateOnly(2024, 4, 9));
    }

    [Fact]
    public async Task AnAnnexAAndACensus_DescribingTheSameReferrals_LoadThemOnce()
    {
        // The census holds child K1's referral of 9 April 2024 (and closes it RC9); List 3 of the Annex A holds the same
        // referral and one more, K2's of 10 April. After both: two referrals, not three; the Annex A's load found one
        // record already in the warehouse, and kept the census's closure.
        using var w = new TestWarehouse();
        var census = Path.Combine(w.Folder, "census.xml");
        await File.WriteAllTextAsync(census, """
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>
            <Children><Child><ChildIdentifiers><LAchildID>K1</LAchildID><Sex>2</Sex></ChildIdentifiers>
            <CINdetails><CINreferralDate>2024-04-09</CINreferralDate><ReferralSource>2A</ReferralSource><ReferralNFA>0</ReferralNFA>
            <CINclosureDate>2024-06-01</CINclosureDate><ReasonForClosure>RC9</ReasonForClosure></CINdetails></Child></Children></Message>
            """);
        (await w.Loader.LoadAsync(census)).Succeeded.ShouldBeTrue();
        var path = Workbook(w.Folder, "annex-a.xlsx", ("List 3", Referrals(
            ["K1", "Female", "WBRI", 42370.0, 45391.0, "a) 2A: Schools", "No"],
            ["K2", "Male", "WBRI", 42370.0, 45392.0, "a) 2A: Schools", "No"])));

        var result = await w.Loader.LoadAsync(path);

        result.Succeeded.ShouldBeTrue(result.Message);
        var list3 = result.Tables.Single(t => t.Table == "ssd_cin_episodes");
        (list3.RowsInserted, list3.RowsUpdated + list3.RowsUnchanged).ShouldBe((1, 1));
        // The report's count: K1's referral, and K1 as a person (the census loaded K1 too), both last written by the
        // census: an overlap between sources, not a re-load.
        (result.RowsMatched, result.RowsMatchedOtherSource).ShouldBe((2, 2));
        await using (var db = w.Open())
        {
            db.SocialCareReferrals.Count().ShouldBe(2);
            db.SocialCareReferrals.Single(r => r.ReferralDate == new DateOnly(2024, 4, 9)).CloseReasonCode.ShouldBe("RC9", "a column the workbook does not have never erases");
        }

        // A later Annex A names K2's referral again (and K2) and adds K3's: those two matches are a re-load of the
        // same source, none an overlap.
        var later = Workbook(w.Folder, "annex-a-later.xlsx", ("List 3", Referrals(
            ["K2", "Male", "WBRI", 42370.0, 45392.0, "a) 2A: Schools", "No"],
            ["K3", "Male", "WBRI", 42370.0, 45393.0, "a) 2A: Schools", "No"])));
        var reload = await w.Loader.LoadAsync(later);
        reload.Succeeded.ShouldBeTrue(reload.Message);
        (reload.RowsMatched, reload.RowsMatchedOtherSource).ShouldBe((2, 0));
    }

    [Fact]
    public async Task EveryListsAllocatedWorkerAndTeam_AndList8_AreRead_WorkersOnlyByTheirKeyedHash()
    {
        // The council's teams come from its SSD department file (T-FD "Front Door", T-AS "Assessment Service"); its
        // mapping file says its Annex A's "Assessment Team A" is T-AS. Every list names an allocated worker and team:
        //   List 3 K1 referral 9 Apr 2024 (45391), team "Front Door" (a team's own name: no line needed), Alex Worker
        //   List 4 K1 assessment 10 Apr (45392), authorised 18 Apr (45400), "Assessment Team A" (the mapping's line), Bo Worker
        //   List 5 K1 section 47 11 Apr (45393), "Nowhere Team" (nobody's: the enquiry loads, its team unknown, and warns), Cy Worker
        //   List 7 K1 plan from 8 May (45420), "Front Door", Di Worker (a plan has no team of its own: the involvement has it)
        //   List 8 K2 looked after 9 Jan (45300) to 29 Mar 2024 (45380), ceased "E4A: Returned home ...", Eve Worker
        using var w = new TestWarehouse();
        var ssd = Directory.CreateDirectory(Path.Combine(w.Folder, "ssd")).FullName;
        await File.WriteAllTextAsync(Path.Combine(ssd, "ssd_department.csv"), "dept_team_id,dept_team_name\nT-FD,Front Door\nT-AS,Assessment Service\n");
        await File.WriteAllTextAsync(Path.Combine(ssd, "ssd_person.csv"), "pers_person_id,pers_sex\nS1,F\n");
        var teamsLoad = await w.Loader.LoadAsync(ssd);
        teamsLoad.Succeeded.ShouldBeTrue(teamsLoad.Message);
        var mappingFile = Path.Combine(w.Folder, "mapping.csv");
        await File.WriteAllTextAsync(mappingFile, "list,value,code\nTeam,Assessment Team A,T-AS\n");
        object?[] person = ["K1", "a) Male", "a) WBRI", 42370.0];
        string[] header = ["Child Unique ID", "Gender", "Ethnicity", "Date of Birth"];
        var path = Workbook(w.Folder, "annex-a.xlsx",
            ("List 3", [[.. header, "Date of Referral", "Allocated Team", "Allocated Worker"], [.. person, 45391.0, "Front Door", "Alex Worker"]]),
            ("List 4", [[.. header, "Continuous Assessment Start Date", "Continuous Assessment Date of Authorisation", "Allocated Team", "Allocated Worker"],
                [.. person, 45392.0, 45400.0, "Assessment Team A", "Bo Worker"]]),
            ("List 5", [[.. header, "Strategy discussion initiating Section 47 Enquiry Start Date", "Allocated Team", "Allocated Worker"],
                [.. person, 45393.0, "Nowhere Team", "Cy Worker"]]),
            ("List 7", [[.. header, "Child Protection Plan Start Date", "Child Protection Plan End Date", "Allocated Team", "Allocated Worker"],
                [.. person, 45420.0, null, "Front Door", "Di Worker"]]),
            ("List 8", [[.. header, "Date Started to be Looked After", "Date Ceased to be Looked After ", "Reason Ceased to be Looked After", "Allocated Team", "Allocated Worker"],
                ["K2", "b) Female", "a) WBRI", 42370.0, 45300.0, 45380.0, "E4A: Returned home to live with parents or relatives", null, "Eve Worker"]]));

        var result = await w.Loader.LoadAsync(path, new LoadOptions { Mapping = CouncilMapping.Load(mappingFile) });

        result.Succeeded.ShouldBeTrue(result.Message);
        result.Source.ShouldNotBeNull().ShouldContain("List 8 ('List 8', headers on row 1)");
        // "Nowhere Team" is offered for the council's mapping file (what `check --write-mapping` writes), from the
        // enquiry and from Cy Worker's involvement.
        result.Unmapped.ShouldHaveSingleItem().ShouldSatisfyAllConditions(u => u.List.ShouldBe("Team"), u => u.Value.ShouldBe("Nowhere Team"), u => u.Rows.ShouldBe(2));
        await using var db = w.Open();
        var teams = db.OrganisationUnits.ToDictionary(o => o.OrgUnitKey, o => o.OrgUnitId);
        teams[db.SocialCareReferrals.Single().OrgUnitKey!.Value].ShouldBe("T-FD");
        teams[db.SocialCareAssessments.Single().OrgUnitKey!.Value].ShouldBe("T-AS");
        db.Section47Enquiries.Single().OrgUnitKey.ShouldBeNull();
        var involvements = db.Involvements.ToList();
        var byWorker = involvements.ToDictionary(i => db.Professionals.Single(p => p.ProfessionalKey == i.ProfessionalKey).ProfessionalId);
        byWorker.Keys.Order().ShouldBe(new[] { "Alex Worker", "Bo Worker", "Cy Worker", "Di Worker", "Eve Worker" }.Select(n => w.Id("professional", n)).Order());
        var di = byWorker[w.Id("professional", "Di Worker")];
        (teams[di.OrgUnitKey!.Value], di.StartDate, di.RoleCode).ShouldBe(("T-FD", new DateOnly(2024, 5, 8), "Annex A List 7 allocated worker"));
        byWorker[w.Id("professional", "Alex Worker")].ReferralKey.ShouldBe(db.SocialCareReferrals.Single().ReferralKey);
        var looked = db.LookedAfterEpisodes.Single();
        (looked.StartDate, looked.EndDate, looked.EndReasonCode).ShouldBe((new DateOnly(2024, 1, 9), new DateOnly(2024, 3, 29), "E4A"));
        var bytes = w.DatabaseBytes();
        foreach (var name in new[] { "Alex Worker", "Bo Worker", "Cy Worker", "Di Worker", "Eve Worker" })
            bytes.IndexOf(name).ShouldBe(-1, "allocated workers' names are never stored");
    }

    [Fact]
    public async Task CellsAsSpreadsheetsOtherThanExcelWriteThem_AreRead_InlineStrings_FormulaResults_Errors_Booleans_NoReferences()
    {
        // The xlsx cell forms of the Office Open XML spec (ECMA-376 part 1, 18.3.1.4 c and 18.18.11 ST_CellType) that
        // ClosedXML never writes but other tools do: inline strings (t="inlineStr"), a formula's text result (t="str"),
        // a formula's error (t="e": "#N/A" where a VLOOKUP found nothing, as the LIIA sample's lists have), booleans
        // (t="b"), an ISO date (t="d"), cells without a reference (the next column), and a row number that skips rows.
        //   row 2: K1 (formula result), 9 Apr 2024 (45391), source #N/A (missing: no warning), NFA TRUE, Alex Worker
        //   row 3: K2, 10 Apr (45392), "a) 2A: Schools", NFA FALSE, no worker; its cells carry no reference
        //   row 5: K3, 11 Apr 2024 as an ISO date cell, the source's cell left out
        using var w = new TestWarehouse();
        var path = Path.Combine(w.Folder, "other-tool.xlsx");
        using (var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            static Cell Inline(string reference, string text) => new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) };
            static Cell Value(string? reference, string value, CellValues? type = null) =>
                new() { CellReference = reference, DataType = type is { } t ? new EnumValue<CellValues>(t) : null, CellValue = new CellValue(value) };
            sheet.Worksheet = new Worksheet(new SheetData(
                new Row(Inline("A1", "Child Unique ID"), Inline("B1", "Date of Referral"), Inline("C1", "Referral Source"), Inline("D1", "Referral NFA?"), Inline("E1", "Allocated Worker")) { RowIndex = 1 },
                new Row(new Cell(new CellFormula("TRIM(\"K1 \")"), new CellValue("K1")) { CellReference = "A2", DataType = CellValues.String },
                    Value("B2", "45391"), new Cell(new CellFormula("VLOOKUP(Z2,Z:Z,1,FALSE)"), new CellValue("#N/A")) { CellReference = "C2", DataType = CellValues.Error },
                    Value("D2", "1", CellValues.Boolean), Inline("E2", "Alex Worker")) { RowIndex = 2 },
                new Row(Inline(null!, "K2"), Value(null, "45392"), Inline(null!, "a) 2A: Schools"), Value(null, "0", CellValues.Boolean)) { RowIndex = 3 },
                new Row(Inline("A5", "K3"), Value("B5", "2024-04-11T00:00:00", CellValues.Date), Value("D5", "0", CellValues.Boolean)) { RowIndex = 5 }));
            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "List 3", SheetId = 1, Id = workbook.GetIdOfPart(sheet) }));
        }

        var result = await w.Loader.LoadAsync(path);

        result.Succeeded.ShouldBeTrue(result.Message);
        var list3 = result.Tables.Single(t => t.Table == "ssd_cin_episodes");
        (list3.RowsRead, list3.RowsLoaded, list3.RowsWithWarnings).ShouldBe((3, 3, 0), string.Join("; ", result.Rejects.Select(r => $"{r.FirstLine} {r.ExampleReason}")));
        await using var db = w.Open();
        db.SocialCareReferrals.OrderBy(r => r.ReferralDate).Select(r => new { r.ReferralDate, r.SourceCode, r.IsNoFurtherAction }).ToList()
            .Select(r => (r.ReferralDate, r.SourceCode, r.IsNoFurtherAction))
            .ShouldBe([(new DateOnly(2024, 4, 9), null, true), (new DateOnly(2024, 4, 10), "2A", false), (new DateOnly(2024, 4, 11), null, false)]);
        db.People.Count().ShouldBe(3);
        db.Professionals.Single().ProfessionalId.ShouldBe(w.Id("professional", "Alex Worker"));
    }

    [Fact]
    public async Task AWorkbookWithNoListScorecardReads_IsASentence()
    {
        using var w = new TestWarehouse();
        var path = Workbook(w.Folder, "other.xlsx", ("Summary", [["Total", 3.0]]));

        var result = await w.Loader.LoadAsync(path, new LoadOptions { Format = SourceFormat.AnnexA });

        result.Status.ShouldBe(LoadStatus.Failed);
        result.Message.ShouldBe("other.xlsx has none of the Annex A lists Scorecard reads (List 1, List 3, List 4, List 5, List 7, List 8), found by sheet names such as 'List 3' or 'List_3'. Nothing was loaded.");
    }
}

public class MixedSourceTests
{
    [Fact]
    public async Task AFolderMixingAllThreeSources_LoadsOneBatchPerSource_EachSucceedingOrFailingOnItsOwn()
    {
        // The folder holds SSD files (ssd_person.csv), a census return, an Annex A workbook, and a damaged census.
        // Four batches: the SSD files together, each census on its own (the damaged one fails and loads nothing), the
        // workbook on its own. The children: S1 (SSD), C1 (census), A1 (Annex A) => three people.
        using var w = new TestWarehouse();
        var folder = Directory.CreateDirectory(Path.Combine(w.Folder, "inbox")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "ssd_person.csv"), "pers_person_id,pers_sex,pers_ethnicity,pers_dob\nS1,F,WBRI,2015-01-01\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "census.xml"), """
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails></Header>
            <Children><Child><ChildIdentifiers><LAchildID>C1</LAchildID><Sex>1</Sex></ChildIdentifiers>
            <CINdetails><CINreferralDate>2024-05-01</CINreferralDate><ReferralNFA>0</ReferralNFA></CINdetails></Child></Children></Message>
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "damaged.xml"), "<Message><Children><Child></Children></Message>");
        using (var wb = new XLWorkbook())
        {
            var ws = wb.Worksheets.Add("List 3");
            ws.Cell(1, 1).SetValue("Child Unique ID");
            ws.Cell(1, 2).SetValue("Date of Referral");
            ws.Cell(2, 1).SetValue("A1");
            ws.Cell(2, 2).Value = 45391.0;
            wb.SaveAs(Path.Combine(folder, "annex-a.xlsx"));
        }

        var results = await w.Loader.LoadEachSourceAsync(folder);

        results.Select(r => (Path.GetFileName(r.SourceName), r.Status)).ShouldBe([
            ("inbox", LoadStatus.Succeeded), ("annex-a.xlsx", LoadStatus.Succeeded), ("census.xml", LoadStatus.Succeeded), ("damaged.xml", LoadStatus.Failed)]);
        results[3].Message.ShouldNotBeNull().ShouldContain("is not well-formed XML");
        await using var db = w.Open();
        db.People.Count().ShouldBe(3);
        db.SocialCareReferrals.Count().ShouldBe(2);
        db.LoadBatches.OrderBy(b => b.LoadBatchId).Select(b => b.SourceKind).ToList().ShouldBe(["SSD extract", "Annex A", "CIN census", "CIN census"]);

        // The same files in a zip split the same way (the census and workbook are read from a scratch copy).
        using var zipped = new TestWarehouse();
        var zip = Path.Combine(zipped.Folder, "inbox.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(folder, zip);
        var fromZip = await zipped.Loader.LoadEachSourceAsync(zip);
        fromZip.Select(r => (Path.GetFileName(r.SourceName), r.Status)).ShouldBe([
            ("inbox.zip", LoadStatus.Succeeded), ("annex-a.xlsx", LoadStatus.Succeeded), ("census.xml", LoadStatus.Succeeded), ("damaged.xml", LoadStatus.Failed)]);
        fromZip.Sum(r => r.RowsLoaded).ShouldBe(results.Sum(r => r.RowsLoaded));
    }
}
