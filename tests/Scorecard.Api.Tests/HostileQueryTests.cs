using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace Scorecard.Api.Tests;

/// <summary>Queries meant to hurt: each is refused with a 4xx and an OData error, quickly, and the feed carries on.</summary>
[Collection(FeedCollection.Name)]
public class HostileQueryTests(FeedFixture feed)
{
    public static TheoryData<string> Hostile => new()
    {
        "/odata/MeasureValues?$top=-1",
        "/odata/MeasureValues?$skip=999999999999",
        "/odata/EarlyHelpEpisodes?$expand=*",
        "/odata/EarlyHelpEpisodes?$expand=Person($expand=Episodes($expand=Person($expand=Episodes)))",
        "/odata/MeasureValues?$filter=" + string.Join(" or ", Enumerable.Range(0, 200).Select(i => $"Numerator eq {i}")),
        "/odata/MeasureValues?$filter=" + new string('(', 300) + "Numerator eq 1" + new string(')', 300),
        "/odata/MeasureValues?$filter=Numerator eq",
        "/odata/MeasureValues?$filter=)(",
        "/odata/MeasureValues?$filter=NoSuchColumn eq 1",
        "/odata/MeasureValues?$filter=MeasureCode eq 'EH01' or 1 eq 1; DROP TABLE Fact_MeasureValue; --",
        "/odata/MeasureValues?$orderby=Value desc,Numerator,Denominator,PeriodKey,OrgUnitKey,MeasureCode,BreakdownKind",
        "/odata/MeasureValues?$select=Nope",
        "/odata/MeasureValues?$top=abc",
        "/odata/MeasureValues?$apply=compute(Numerator mul 2 as Twice)",
        "/odata/MeasureValues?$apply=groupby((MeasureCode))/groupby((MeasureCode))/groupby((MeasureCode))/groupby((MeasureCode))",
        "/odata/MeasureValues?$apply=groupby((Nope),aggregate($count as N))",
        "/odata/MeasureValues?$apply=garbage(",
        "/odata/MeasureValues?$search=anything",
        "/odata/MeasureValues?$skiptoken=MeasureValueKey-'; DROP TABLE x;--",
        "/odata/MeasureValues('not-a-number')",
        "/odata/Contacts?$filter=contains(PersonId,'" + new string('a', 5000) + "')",
        "/odata/Measures?$filter=length(length(length(Name))) gt 1",
        "/odata/Nope",
        "/odata/MeasureValues/$ref",
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task HostileQuery_IsRefusedQuickly_WithAnODataError_AndNever500(string url)
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var clock = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(3), url);
        ((int)response.StatusCode).ShouldBeInRange(400, 499, $"{url}: {body}");
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("error").GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        body.ShouldNotContain("   at ", customMessage: "no stack trace");

        // The feed still answers.
        (await client.GetAsync("/odata/Periods?$top=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task SqlLookingStringLiterals_AreJustValues()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        foreach (var text in new[] { "x' or '1'='1", "') ; DROP TABLE \"Fact_MeasureValue\"; --", "%' OR 1=1 --", "\\\"; SELECT * FROM sqlite_master; --" })
        {
            // Quoted as OData quotes a string literal (a quote doubled), as Power BI does when it folds a filter.
            var literal = Uri.EscapeDataString(text.Replace("'", "''", StringComparison.Ordinal));
            var json = await PowerBi.GetJsonAsync(client, $"/odata/MeasureValues?$filter=MeasureCode eq '{literal}' or contains(MeasureName,'{literal}')&$count=true");
            json.GetProperty("@odata.count").GetInt32().ShouldBe(0, text);
        }
        (await PowerBi.GetJsonAsync(client, "/odata/MeasureValues?$count=true&$top=0")).GetProperty("@odata.count").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ManyHostileQueriesAtOnce_LeaveTheFeedAnswering()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var all = ((IEnumerable<object[]>)Hostile).Select(row => (string)row[0]).ToList();
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).SelectMany(_ => all).Select(async url =>
        {
            using var r = await client.GetAsync(url);
            return (int)r.StatusCode;
        }));
        responses.ShouldAllBe(status => status >= 400 && status < 500);
        (await PowerBi.GetJsonAsync(client, "/odata/Measures?$count=true&$top=1")).GetProperty("@odata.count").GetInt32().ShouldBeGreaterThan(0);
    }
}
