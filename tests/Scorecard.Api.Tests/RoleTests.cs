using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Scorecard.Api.Feed;
using Scorecard.Api.Security;

namespace Scorecard.Api.Tests;

/// <summary>Who may read what, and how each credential kind Power BI offers is answered.</summary>
[Collection(FeedCollection.Name)]
public class RoleTests(FeedFixture feed)
{
    private static readonly string[] BoardSets = ["Measures", "MeasureValues", "Periods", "OrgUnits", "Packs"];

    [Fact]
    public void TemplatesName_TheFeedsRoles()
    {
        // A template's "roles" are checked against this list when it is read; the download checks the feed's own.
        Scorecard.Reports.Templates.PackTemplate.KnownRoles.ShouldBe(FeedRoles.All);
    }

    [Fact]
    public async Task Board_CannotReadRecordLevelSets_OrDrillThrough()
    {
        using var board = feed.Client(FeedFixture.BoardKey);
        foreach (var set in FeedModel.Sets.Where(s => !BoardSets.Contains(s.Name)))
        {
            using var response = await board.GetAsync($"/odata/{set.Name}");
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, set.Name);
            (await response.Content.ReadAsStringAsync()).ShouldContain("\"error\"");
        }
        foreach (var set in BoardSets)
            (await board.GetAsync($"/odata/{set}?$top=1")).StatusCode.ShouldBe(HttpStatusCode.OK, set);
        var key = (await PowerBi.GetJsonAsync(board, "/odata/MeasureValues?$top=1&$select=MeasureValueKey")).GetProperty("value")[0].GetProperty("MeasureValueKey").GetInt64();
        (await board.GetAsync($"/odata/MeasureValues({key})/Scorecard.DrillThrough()")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Board_SeesSmallNumbersAsC_WithNoNumberLeftToRecoverThem()
    {
        using var board = feed.Client(FeedFixture.BoardKey);
        using var analyst = feed.Client(FeedFixture.AnalystKey);
        var suppressed = await PowerBi.ReadAllAsync(board, "/odata/MeasureValues?$filter=IsSmallNumber");
        suppressed.Rows.Count.ShouldBeGreaterThan(0);
        foreach (var row in suppressed.Rows)
        {
            row.GetProperty("DisplayValue").GetString().ShouldBe("c");
            row.GetProperty("IsSuppressed").GetBoolean().ShouldBeTrue();
            row.GetProperty("Value").ValueKind.ShouldBe(JsonValueKind.Null);
            row.GetProperty("Numerator").ValueKind.ShouldBe(JsonValueKind.Null);
            row.GetProperty("Denominator").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        // Filtering or aggregating cannot get round it: the withheld values are null in the query itself.
        var sum = await PowerBi.GetJsonAsync(board, "/odata/MeasureValues?$apply=filter(IsSmallNumber)/aggregate(Numerator with sum as Total)");
        var total = sum.GetProperty("value")[0].GetProperty("Total");
        (total.ValueKind == JsonValueKind.Null || total.GetInt32() == 0).ShouldBeTrue(total.ToString());
        (await board.GetStringAsync("/odata/MeasureValues/$count?$filter=Numerator ge 1 and Numerator le 5 and Unit eq 'Count'")).ShouldBe("0");

        // A previous or last-year value that was itself small is withheld too.
        await using var db = feed.Contexts.Create();
        var smallKeys = await db.MeasureValues.Where(v => v.IsSmallNumber).Select(v => new { v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue }).ToListAsync();
        var smallSet = smallKeys.Select(k => (k.MeasureCode, k.PeriodKey, k.OrgUnitKey, k.BreakdownKind, k.BreakdownValue)).ToHashSet();
        var periods = await db.Periods.ToDictionaryAsync(p => p.PeriodKey, p => p.PreviousPeriodKey);
        var boardRows = await PowerBi.ReadAllAsync(board, "/odata/MeasureValues?$filter=PreviousValue ne null or not IsSmallNumber&$select=MeasureCode,PeriodKey,OrgUnitKey,BreakdownKind,BreakdownValue,PreviousValue");
        var leaks = boardRows.Rows.Where(r => r.GetProperty("PreviousValue").ValueKind != JsonValueKind.Null
            && periods[r.GetProperty("PeriodKey").GetInt32()] is { } previous
            && smallSet.Contains((r.GetProperty("MeasureCode").GetString()!, previous, r.GetProperty("OrgUnitKey").GetInt32(), r.GetProperty("BreakdownKind").GetString()!, r.GetProperty("BreakdownValue").GetString()!))).ToList();
        leaks.ShouldBeEmpty();

        // Analysts, working inside the council, see the numbers.
        var open = await PowerBi.GetJsonAsync(analyst, "/odata/MeasureValues?$filter=IsSmallNumber&$top=1");
        open.GetProperty("value")[0].GetProperty("Numerator").GetInt32().ShouldBeInRange(0, 5);
        open.GetProperty("value")[0].GetProperty("IsSuppressed").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Metadata_ListsOnlyTheSetsARoleMayRead()
    {
        static async Task<List<string>> SetsIn(HttpClient client)
        {
            var xml = XDocument.Parse(await client.GetStringAsync("/odata/$metadata"));
            return xml.Descendants(XName.Get("EntitySet", "http://docs.oasis-open.org/odata/ns/edm")).Select(e => (string)e.Attribute("Name")!).ToList();
        }
        using var board = feed.Client(FeedFixture.BoardKey);
        using var qa = feed.Client(FeedFixture.QualityAssuranceKey);
        (await SetsIn(board)).ShouldBe(BoardSets, ignoreOrder: true);
        (await SetsIn(qa)).ShouldBe([.. BoardSets, "CaseAudits"], ignoreOrder: true);
        (await qa.GetAsync("/odata/CaseAudits?$top=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await qa.GetAsync("/odata/Contacts?$top=1")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Anonymous_Gets401_WithAChallengePowerBiUnderstands()
    {
        using var anonymous = feed.Client();
        foreach (var path in new[] { "/odata/MeasureValues", "/odata/$metadata", "/odata/", "/jobs" })
        {
            using var response = await anonymous.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
            response.Headers.WwwAuthenticate.Select(h => h.Scheme).ShouldContain("Basic", path);
            (await response.Content.ReadAsStringAsync()).ShouldContain("X-Api-Key");
        }
    }

    [Fact]
    public async Task AWrongKey_Gets401_AndAKeyInTheQueryParameterWorks_WithoutTravellingIntoNextLinks()
    {
        using var wrong = feed.Client("sck_not-a-key-anyone-was-given-000000000000000");
        using var response = await wrong.GetAsync("/odata/Measures");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("not recognised");

        using var anonymous = feed.Client();
        (await anonymous.GetAsync($"/odata/Measures?api_key={Uri.EscapeDataString(FeedFixture.BoardKey + "x")}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var first = await PowerBi.GetJsonAsync(anonymous, $"/odata/OutcomeScores?api_key={Uri.EscapeDataString(FeedFixture.AnalystKey)}&$select=ScoreKey,Score");
        var next = first.GetProperty("@odata.nextLink").GetString()!;
        next.ShouldNotContain("api_key");
        next.ShouldNotContain(FeedFixture.AnalystKey);
        // Power BI's Web API credential adds the key to every request, nextLinks included.
        (await anonymous.GetAsync($"{next}&api_key={Uri.EscapeDataString(FeedFixture.AnalystKey)}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Basic_Works_AndAWrongPasswordGets401()
    {
        using var basic = feed.BasicClient();
        (await basic.GetAsync("/odata/Contacts?$top=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await basic.GetAsync("/odata/Contacts?$top=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var wrong = feed.BasicClient(password: "Tr0ub4dor&3");
        (await wrong.GetAsync("/odata/Contacts?$top=1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var unknown = feed.BasicClient(user: "nobody");
        (await unknown.GetAsync("/odata/Contacts?$top=1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task KeysAndPasswords_NeverAppearInLogs()
    {
        using var anonymous = feed.Client();
        await anonymous.GetAsync($"/odata/Periods?api_key={Uri.EscapeDataString(FeedFixture.AnalystKey)}");
        await anonymous.GetAsync($"/odata/Periods?API_KEY={Uri.EscapeDataString(FeedFixture.BoardKey)}&$top=1");
        await anonymous.GetAsync($"/odata/Periods?api_key={Uri.EscapeDataString("sck_wrong-key-typed-by-someone-99999999999")}");
        await anonymous.GetAsync($"/odata/Nope?api_key={Uri.EscapeDataString(FeedFixture.AnalystKey)}&$filter=)(");
        using var header = feed.Client(FeedFixture.QualityAssuranceKey);
        await header.GetAsync("/odata/CaseAudits?$top=1");
        await header.GetAsync("/odata/Contacts");
        using var basic = feed.BasicClient();
        await basic.GetAsync("/odata/Measures?$top=1");
        using var wrongBasic = feed.BasicClient(password: "a password that is wrong");
        await wrongBasic.GetAsync("/odata/Measures?$top=1");

        var log = string.Join("\n", feed.Logs.Lines);
        log.ShouldContain("Power BI service (Analyst)", customMessage: "the request log names the credential");
        foreach (var secret in new[] { FeedFixture.AnalystKey, FeedFixture.BoardKey, FeedFixture.QualityAssuranceKey, "sck_wrong-key-typed-by-someone-99999999999",
                     FeedFixture.BasicPassword, "a password that is wrong", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{FeedFixture.BasicUser}:{FeedFixture.BasicPassword}")) })
        {
            log.ShouldNotContain(secret, Case.Sensitive);
            log.ShouldNotContain(Uri.EscapeDataString(secret), Case.Sensitive);
        }
        log.ShouldNotContain(SecretHashing.HashKey(FeedFixture.AnalystKey));
    }
}
