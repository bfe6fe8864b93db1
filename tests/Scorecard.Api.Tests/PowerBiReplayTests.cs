using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Scorecard.Api.Feed;

namespace Scorecard.Api.Tests;

/// <summary>What Power BI does with the feed, request by request, against the real HTTP pipeline.</summary>
[Collection(FeedCollection.Name)]
public class PowerBiReplayTests(FeedFixture feed)
{
    private static readonly XNamespace Edm = "http://docs.oasis-open.org/odata/ns/edm";

    [Fact]
    public async Task Metadata_DescribesEverySet_WithDatesAsEdmDate_StringsForCodes_AndNoNavigation()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        using var response = await client.GetAsync("/odata/$metadata");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var sets = xml.Descendants(Edm + "EntitySet").Select(e => (string)e.Attribute("Name")!).ToList();
        sets.ShouldBe(FeedModel.Sets.Select(s => s.Name), ignoreOrder: true);
        xml.Descendants(Edm + "NavigationProperty").ShouldBeEmpty();
        // Enums travel as strings: Power BI drops or mangles Edm enums.
        xml.Descendants(Edm + "EnumType").ShouldBeEmpty();

        var properties = xml.Descendants(Edm + "EntityType").SelectMany(t => t.Elements(Edm + "Property").Select(p => (Type: (string)t.Attribute("Name")!, Name: (string)p.Attribute("Name")!, EdmType: (string)p.Attribute("Type")!, Element: p))).ToList();
        properties.Single(p => p.Type == "EarlyHelpEpisode" && p.Name == "StartDate").EdmType.ShouldBe("Edm.Date");
        properties.Single(p => p.Type == "MeasureValue" && p.Name == "PeriodEnd").EdmType.ShouldBe("Edm.Date");
        properties.Single(p => p.Type == "Contact" && p.Name == "SourceCode").EdmType.ShouldBe("Edm.String");
        properties.Single(p => p.Type == "MeasureValue" && p.Name == "RefreshedAtUtc").EdmType.ShouldBe("Edm.DateTimeOffset");

        // Every property says what it is (Core.Description), and the catalogue's definitions are on MeasureCode.
        var undescribed = properties.Where(p => !p.Element.Elements(Edm + "Annotation").Any(a => (string?)a.Attribute("Term") == "Org.OData.Core.V1.Description")).ToList();
        undescribed.ShouldBeEmpty(string.Join(", ", undescribed.Select(p => $"{p.Type}.{p.Name}")));
        var measureCode = properties.Single(p => p.Type == "MeasureValue" && p.Name == "MeasureCode").Element;
        var catalogue = (string)measureCode.Elements(Edm + "Annotation").Single(a => (string?)a.Attribute("Term") == "Org.OData.Core.V1.LongDescription").Attribute("String")!;
        catalogue.ShouldContain("EH07: Step-ups to social care.");
        catalogue.ShouldContain("QA01: Case audits graded good or better.");
        xml.Descendants(Edm + "EntitySet").ShouldAllBe(s => s.Elements(Edm + "Annotation").Any(a => (string?)a.Attribute("Term") == "Org.OData.Core.V1.Description"));
        xml.Descendants(Edm + "Function").Select(f => (string)f.Attribute("Name")!).ShouldContain("DrillThrough");
    }

    [Fact]
    public async Task EverySet_ReadWithNoOptions_FollowsNextLinkToTheEnd_AndTheTotalIsTheRowCount()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var expected = await ExpectedCountsAsync();
        foreach (var set in FeedModel.Sets)
        {
            // Power BI's first request carries no options; $count comes from a request of its own.
            using var countResponse = await client.GetAsync($"/odata/{set.Name}/$count");
            var countText = await countResponse.Content.ReadAsStringAsync();
            countResponse.StatusCode.ShouldBe(HttpStatusCode.OK, $"{set.Name}/$count: {countText}");
            var total = long.Parse(countText, System.Globalization.CultureInfo.InvariantCulture);
            var export = await PowerBi.ReadAllAsync(client, $"/odata/{set.Name}");
            export.Rows.Count.ShouldBe((int)total, set.Name);
            total.ShouldBe(expected[set.Name], set.Name);
            export.Pages.ShouldBe(Math.Max(1, (int)Math.Ceiling(total / (double)FeedFixture.PageSize)), set.Name);
            // Keys are unique across pages: paging neither repeats nor skips a row.
            var key = set.RowType.GetProperties()[0].Name;
            export.Rows.Select(r => r.GetProperty(key).ToString()).Distinct().Count().ShouldBe(export.Rows.Count, set.Name);
            export.NextLinks.ShouldAllBe(l => l.StartsWith("http://localhost/odata/" + set.Name + "?", StringComparison.Ordinal));
        }
        expected["MeasureValues"].ShouldBeGreaterThan(FeedFixture.PageSize * 3);
        expected["OutcomeScores"].ShouldBeGreaterThan(FeedFixture.PageSize * 3);
    }

    [Fact]
    public async Task CountTrue_GivesTheTotalOnTheFirstPage_AndNextLinksKeepIt()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var export = await PowerBi.ReadAllAsync(client, "/odata/PlanReviews?$count=true");
        export.Count.ShouldBe(export.Rows.Count);
        export.NextLinks.ShouldNotBeEmpty();
        export.NextLinks.ShouldAllBe(l => l.Contains("$count=true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SelectFilterOnADateAndTop_AreFoldedIntoOneQuery()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var json = await PowerBi.GetJsonAsync(client, "/odata/EarlyHelpEpisodes?$select=EpisodeId,Team,Locality,StartDate&$filter=StartDate ge 2024-04-01 and StartDate lt 2025-04-01&$orderby=StartDate desc&$top=25&$count=true");
        var rows = json.GetProperty("value").EnumerateArray().ToList();
        rows.Count.ShouldBe(25);
        rows.ShouldAllBe(r => r.EnumerateObject().Select(p => p.Name).OrderBy(n => n).SequenceEqual(new[] { "EpisodeId", "Locality", "StartDate", "Team" }));
        var dates = rows.Select(r => DateOnly.Parse(r.GetProperty("StartDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        dates.ShouldAllBe(d => d >= new DateOnly(2024, 4, 1) && d < new DateOnly(2025, 4, 1));
        dates.ShouldBe(dates.OrderByDescending(d => d).ToList());

        await using var db = feed.Contexts.Create();
        var inYear = await db.EarlyHelpEpisodes.CountAsync(e => e.StartDate >= new DateOnly(2024, 4, 1) && e.StartDate < new DateOnly(2025, 4, 1));
        json.GetProperty("@odata.count").GetInt32().ShouldBe(inYear);
        json.TryGetProperty("@odata.nextLink", out _).ShouldBeFalse("$top=25 is satisfied on the first page");
    }

    [Fact]
    public async Task Apply_GroupByAndAggregate_OverMeasureValues_MatchesTheDatabase()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var json = await PowerBi.GetJsonAsync(client,
            "/odata/MeasureValues?$apply=filter(PeriodGrain eq 'FinancialYear' and BreakdownKind eq 'All' and OrgUnitLevel eq 'Locality')/groupby((MeasureCode,PeriodLabel),aggregate(Numerator with sum as Total,$count as Units))");
        var rows = json.GetProperty("value").EnumerateArray().ToList();
        rows.ShouldNotBeEmpty();

        // Against the analyst's published table, read straight from the database.
        await using var db = feed.Contexts.Create();
        var expected = await (from v in db.InternalMeasureValues
                              where v.PeriodGrain == Scorecard.Warehouse.Calendar.PeriodGrain.FinancialYear && v.BreakdownKind == "All" && v.OrgUnitLevel == Scorecard.Warehouse.Dimensions.OrgUnitLevel.Locality
                              group v by new { v.MeasureCode, v.PeriodLabel } into g
                              select new { g.Key.MeasureCode, Label = g.Key.PeriodLabel, Total = g.Sum(x => x.Numerator) ?? 0, Units = g.Count() }).ToListAsync();
        rows.Count.ShouldBe(expected.Count);
        foreach (var e in expected)
        {
            var row = rows.Single(r => r.GetProperty("MeasureCode").GetString() == e.MeasureCode && r.GetProperty("PeriodLabel").GetString() == e.Label);
            (row.GetProperty("Total").ValueKind == System.Text.Json.JsonValueKind.Null ? 0 : row.GetProperty("Total").GetInt32()).ShouldBe(e.Total);
            row.GetProperty("Units").GetInt32().ShouldBe(e.Units);
        }
    }

    [Fact]
    public async Task DrillThrough_ListsTheRecordsBehindAValue_AsManyAsItsNumerator()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var values = await PowerBi.GetJsonAsync(client,
            "/odata/MeasureValues?$filter=MeasureCode eq 'EH02' and PeriodGrain eq 'FinancialQuarter' and OrgUnitId eq 'AUTHORITY' and (BreakdownKind eq 'All' or BreakdownKind eq 'Sex') and Numerator gt 0&$select=MeasureValueKey,Numerator,BreakdownKind&$top=4");
        var checkedKinds = new HashSet<string>();
        foreach (var v in values.GetProperty("value").EnumerateArray())
        {
            var records = await PowerBi.GetJsonAsync(client, $"/odata/MeasureValues({v.GetProperty("MeasureValueKey").GetInt64()})/Scorecard.DrillThrough()");
            var list = records.GetProperty("value").EnumerateArray().ToList();
            list.Count(r => r.GetProperty("InNumerator").GetBoolean()).ShouldBe(v.GetProperty("Numerator").GetInt32());
            list.ShouldAllBe(r => r.GetProperty("RecordKind").GetString() == "EarlyHelpEpisode" && r.GetProperty("RecordId").GetString()!.Length == 32);
            checkedKinds.Add(v.GetProperty("BreakdownKind").GetString()!);
        }
        checkedKinds.ShouldNotBeEmpty();
        using var missing = await client.GetAsync("/odata/MeasureValues(999999999)/Scorecard.DrillThrough()");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DrillThrough_AnswersForEveryMeasure()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var values = await PowerBi.ReadAllAsync(client,
            "/odata/MeasureValues?$filter=OrgUnitId eq 'AUTHORITY' and BreakdownKind eq 'All' and PeriodLabel eq '2024-25'&$select=MeasureValueKey,MeasureCode,Numerator,Denominator");
        var codes = values.Rows.Select(v => v.GetProperty("MeasureCode").GetString()!).Distinct().ToList();
        codes.Count.ShouldBeGreaterThan(20);
        foreach (var v in values.Rows)
        {
            var code = v.GetProperty("MeasureCode").GetString()!;
            var records = (await PowerBi.GetJsonAsync(client, $"/odata/MeasureValues({v.GetProperty("MeasureValueKey").GetInt64()})/DrillThrough()")).GetProperty("value").EnumerateArray().ToList();
            // Records marked in the numerator number the numerator, and those in the denominator the denominator (one
            // record per counted unit: an organisation for PT01/PT02).
            if (v.GetProperty("Numerator").ValueKind == JsonValueKind.Number)
                records.Count(r => r.GetProperty("InNumerator").GetBoolean()).ShouldBe(v.GetProperty("Numerator").GetInt32(), code);
            if (v.GetProperty("Denominator").ValueKind == JsonValueKind.Number)
                records.Count(r => r.GetProperty("InDenominator").GetBoolean()).ShouldBe(v.GetProperty("Denominator").GetInt32(), code);
        }
        codes.ShouldContain("EH07");
        codes.ShouldContain("SF01");
        codes.ShouldContain("PT01");
    }

    [Fact]
    public async Task ServiceDocumentLandingPageAndHealth_TellAPersonWhatThisIs()
    {
        using var anonymous = feed.Client();
        var landing = await anonymous.GetStringAsync("/");
        landing.ShouldContain("OData.Feed(\"http://localhost/odata\"");
        landing.ShouldContain("Web API");
        landing.ShouldContain("scorecard api-key new");

        var health = await PowerBi.GetJsonAsync(anonymous, "/health");
        health.GetProperty("status").GetString().ShouldBe("Healthy");
        health.GetProperty("database").GetProperty("reachable").GetBoolean().ShouldBeTrue();
        health.GetProperty("lastSuccessfulLoad").GetProperty("loadBatchId").GetInt32().ShouldBe(1);
        health.GetProperty("lastSuccessfulLoad").GetProperty("finishedAtUtc").GetString()!.ShouldEndWith("Z");

        using var client = feed.Client(FeedFixture.AnalystKey);
        var service = await PowerBi.GetJsonAsync(client, "/odata/");
        service.GetProperty("value").EnumerateArray().Select(s => s.GetProperty("name").GetString()).ShouldBe(FeedModel.Sets.Select(s => s.Name), ignoreOrder: true);
    }

    [Fact]
    public async Task Timestamps_AreWrittenInUtc()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var batch = await PowerBi.GetJsonAsync(client, "/odata/LoadBatches?$top=1");
        var row = batch.GetProperty("value")[0];
        row.GetProperty("StartedAtUtc").GetString()!.ShouldEndWith("Z");
        row.GetProperty("RowsRejected").GetInt32().ShouldBeGreaterThan(0, "the generated extract plants bad rows");
        row.GetProperty("RowsRead").GetInt32().ShouldBe(row.GetProperty("RowsLoaded").GetInt32() + row.GetProperty("RowsRejected").GetInt32());
    }

    private async Task<Dictionary<string, long>> ExpectedCountsAsync()
    {
        await using var db = feed.Contexts.Create();
        return new Dictionary<string, long>
        {
            ["Measures"] = await db.Measures.CountAsync(),
            // The feed serves the published table (an analyst's: the internal one), not the computed snapshot.
            ["MeasureValues"] = await db.InternalMeasureValues.CountAsync(),
            ["Periods"] = await db.Periods.CountAsync(),
            ["OrgUnits"] = await db.PublishedOrgUnits.CountAsync(),
            ["CaseAudits"] = await db.CaseAudits.CountAsync(),
            ["LoadBatches"] = await db.LoadBatches.CountAsync(),
            ["LoadWarnings"] = await db.LoadWarnings.CountAsync(),
            // Read with the analyst key: the packs whose templates name analysts.
            ["Packs"] = await db.PublishedPacks.CountAsync(p => p.Roles.Contains(",Analyst,")),
            ["Contacts"] = await db.Contacts.CountAsync(),
            ["EarlyHelpEpisodes"] = await db.EarlyHelpEpisodes.CountAsync(),
            ["SocialCareReferrals"] = await db.SocialCareReferrals.CountAsync(),
            ["Assessments"] = await db.EarlyHelpAssessments.CountAsync(),
            ["PlanReviews"] = await db.PlanReviews.CountAsync(),
            ["OutcomeScores"] = await db.OutcomeScores.CountAsync(),
        };
    }
}
