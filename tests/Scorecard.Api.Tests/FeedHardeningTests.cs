using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Scorecard.Api.Feed;
using Scorecard.Api.Warehouse;

namespace Scorecard.Api.Tests;

/// <summary>Statuses, links, secrets, compression and paging as a client that is not Power BI meets them.</summary>
[Collection(FeedCollection.Name)]
public class FeedHardeningTests(FeedFixture feed)
{
    private static async Task<string> ShouldBeODataErrorAsync(HttpResponseMessage response, HttpStatusCode status, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, $"{what}: {body}");
        response.Headers.GetValues("OData-Version").ShouldContain("4.0", what);
        using var json = JsonDocument.Parse(body);
        var message = json.RootElement.GetProperty("error").GetProperty("message").GetString();
        message.ShouldNotBeNullOrWhiteSpace(what);
        return message!;
    }

    [Fact]
    public async Task ProtocolFailures_AnswerTheirStatus_WithAnODataErrorBody()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        await ShouldBeODataErrorAsync(await client.GetAsync("/odata/NoSuchSet"), HttpStatusCode.NotFound, "unknown set");
        await ShouldBeODataErrorAsync(await client.PostAsync("/odata/Periods", new StringContent("{}", Encoding.UTF8, "application/json")), HttpStatusCode.MethodNotAllowed, "POST");
        await ShouldBeODataErrorAsync(await client.DeleteAsync("/odata/Periods(1)"), HttpStatusCode.MethodNotAllowed, "DELETE");
        using (var xml = new HttpRequestMessage(HttpMethod.Get, "/odata/Periods"))
        {
            xml.Headers.Accept.Clear();
            xml.Headers.TryAddWithoutValidation("Accept", "text/csv");
            await ShouldBeODataErrorAsync(await client.SendAsync(xml), HttpStatusCode.NotAcceptable, "Accept: text/csv");
        }
        var longFilter = "/odata/Periods?$filter=" + string.Join(" or ", Enumerable.Range(0, 400).Select(i => $"PeriodKey eq {i}"));
        (await ShouldBeODataErrorAsync(await client.GetAsync(longFilter), HttpStatusCode.RequestUriTooLong, "long address")).ShouldContain("at most");
        using (var patch = new HttpRequestMessage(HttpMethod.Patch, "/odata/Periods(1)") { Content = new StringContent("x", Encoding.UTF8, "text/plain") })
        {
            var response = await client.SendAsync(patch);
            ((int)response.StatusCode).ShouldBeOneOf(405, 415);
            await ShouldBeODataErrorAsync(response, response.StatusCode, "PATCH");
        }
    }

    public static TheoryData<string> RefusedInPlainWords => new()
    {
        "/odata/MeasureValues?$skiptoken=MeasureValueKey-'tampered'",
        "/odata/MeasureValues?$filter=Rag has 'Red'",
        "/odata/MeasureValues?$filter=hour(PeriodEnd) eq 1",
        "/odata/MeasureValues?$apply=aggregate(MeasureName with sum as Total)",
        "/odata/MeasureValues?$apply=groupby((MeasureCode),aggregate(Numerator with sum as Total))&$select=MeasureCode",
    };

    [Theory]
    [MemberData(nameof(RefusedInPlainWords))]
    public async Task QueriesTheFeedCannotRun_Answer400_InPlainWords_AndLogOneLine(string url)
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var message = await ShouldBeODataErrorAsync(await client.GetAsync(url), HttpStatusCode.BadRequest, url);
        message.ShouldNotContain("System.");
        message.ShouldNotContain("Microsoft.");
        message.ShouldNotContain("internal error", Case.Insensitive);
        message.ShouldNotContain("_");
        // The log writes the query as the request carried it: escaped as HttpClient sends it.
        var query = new Uri(new Uri("http://localhost"), url).Query;
        var lines = feed.Logs.Lines.Where(l => l.Contains(query, StringComparison.Ordinal)).ToList();
        // One line for the request: the 400 actually sent, and why.
        lines.Count(l => l.Contains("-> 400", StringComparison.Ordinal) && l.Contains(message, StringComparison.Ordinal)).ShouldBe(1, string.Join("\n", lines));
        feed.Logs.Lines.ShouldNotContain(l => l.Contains(message, StringComparison.Ordinal) && !l.Contains(" -> ", StringComparison.Ordinal), "nothing but the request log writes the refusal");
        var traces = feed.Logs.Lines.Where(l => l.Contains("   at ", StringComparison.Ordinal) && (l.Contains(query, StringComparison.Ordinal) || l.Contains(message, StringComparison.Ordinal))).ToList();
        traces.ShouldBeEmpty("no stack trace for a client's query");
    }

    public static TheoryData<string> AnsweredNow => new()
    {
        "/odata/MeasureValues?$filter=Value eq NaN",
        "/odata/MeasureValues?$filter=matchesPattern(MeasureCode,'^EH0[1-3]$')",
        "/odata/MeasureValues?$filter=isof(Value,'Edm.Double')",
        "/odata/MeasureValues?$filter=PeriodEnd in (2024-04-30,2024-05-31)",
        "/odata/MeasureValues?$filter=PeriodEnd lt now()",
        "/odata/MeasureValues?$filter=PeriodStart ge 2024-04-01T00:00:00Z",
    };

    [Theory]
    [MemberData(nameof(AnsweredNow))]
    public async Task LiteralsThatOnceFailed_AreAnswered(string url)
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        await PowerBi.GetJsonAsync(client, url + "&$top=5");
    }

    [Fact]
    public async Task DatesInAnInList_SelectThoseDates()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var two = await PowerBi.GetJsonAsync(client, "/odata/Periods?$filter=Grain eq 'Month' and StartDate in (2024-04-01,2024-05-01)&$count=true");
        two.GetProperty("@odata.count").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task DrillThrough_TextFunctionsOverEmptyColumns_AreAnswered()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var values = (await PowerBi.GetJsonAsync(client, "/odata/MeasureValues?$filter=BreakdownKind eq 'All' and OrgUnitLevel eq 'Authority' and Numerator gt 0 and (MeasureCode eq 'QA01' or MeasureCode eq 'EH07')&$top=2")).GetProperty("value");
        foreach (var v in values.EnumerateArray())
        {
            var key = v.GetProperty("MeasureValueKey").GetInt64();
            await PowerBi.GetJsonAsync(client, $"/odata/MeasureValues({key})/DrillThrough()?$filter=tolower(Team) eq 'x' or contains(PersonId,'a') or length(Team) gt 3");
        }
    }

    [Fact]
    public async Task TheWarehouseNotAnswering_Is503_InPlainWords()
    {
        // A PostgreSQL warehouse on a port nothing listens on: the feed starts (it never migrates a server) and every read fails to connect.
        await using var down = feed.CreateFactory(new Dictionary<string, string?>
        {
            ["Scorecard:Warehouse:Provider"] = "Postgres",
            ["Scorecard:Warehouse:ConnectionString"] = "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2",
        });
        using var client = FeedFixture.ClientOf(down, FeedFixture.AnalystKey);
        var message = await ShouldBeODataErrorAsync(await client.GetAsync("/odata/Periods"), HttpStatusCode.ServiceUnavailable, "database down");
        message.ShouldContain("not answering");
    }

    [PostgresFact]
    public async Task AQueryThatRunsOutOfTime_Is504_InPlainWords()
    {
        // A real timeout, not a classified exception: a PostgreSQL warehouse whose period table another session
        // holds locked, so the feed's read waits until its query timeout (1 s here) and PostgreSQL cancels it.
        await using var server = await PostgresTestWarehouse.CreateAsync();
        await using (var db = server.Contexts.Create()) await Scorecard.Warehouse.WarehouseDatabase.MigrateAsync(db, default);
        await using var slow = feed.CreateFactory(new Dictionary<string, string?>
        {
            ["Scorecard:Warehouse:Provider"] = "Postgres",
            ["Scorecard:Warehouse:ConnectionString"] = server.ConnectionString,
            ["Scorecard:Api:Limits:QueryTimeoutSeconds"] = "1",
        });
        await using var locker = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await locker.OpenAsync();
        await using var hold = await locker.BeginTransactionAsync();
        await using (var lockTable = new Npgsql.NpgsqlCommand("LOCK TABLE \"Dimension\".\"Period\" IN ACCESS EXCLUSIVE MODE", locker, hold))
            await lockTable.ExecuteNonQueryAsync();

        using var client = FeedFixture.ClientOf(slow, FeedFixture.AnalystKey);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var message = await ShouldBeODataErrorAsync(await client.GetAsync("/odata/Periods"), HttpStatusCode.GatewayTimeout, "query timeout");
        message.ShouldContain("took too long");
        // Answered at the timeout, not when the lock went (it is held until the end of the test).
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20));
        await hold.RollbackAsync();
    }

    [Fact]
    public void ATimeout_Is504_AndAStatementTheDatabaseRefuses_Is400()
    {
        FeedErrors.Classify(new TimeoutException())!.Status.ShouldBe(504);
        FeedErrors.Classify(new Npgsql.NpgsqlException("Exception while reading from stream", new TimeoutException("Timeout during reading attempt")))!.Status.ShouldBe(504);
        FeedErrors.Classify(new Microsoft.Data.Sqlite.SqliteException("interrupted", 9))!.Status.ShouldBe(504);
        FeedErrors.Classify(new Microsoft.Data.Sqlite.SqliteException("unable to open database file", 14))!.Status.ShouldBe(503);
        FeedErrors.Classify(new Microsoft.Data.Sqlite.SqliteException("no such function: x", 1))!.Status.ShouldBe(400);
        FeedErrors.Classify(new InvalidOperationException("our own bug")).ShouldBeNull();
    }

    [Fact]
    public async Task RepeatedFailures_FromOneKey_AreAnswered429_WithRetryAfter_AndOtherKeysCarryOn()
    {
        await using var host = feed.CreateFactory(new Dictionary<string, string?>
        {
            ["Scorecard:Api:FailureLimit:MaxFailures"] = "5",
            ["Scorecard:Api:FailureLimit:WindowSeconds"] = "60",
        });
        using var board = FeedFixture.ClientOf(host, FeedFixture.BoardKey);
        for (var i = 0; i < 5; i++)
            (await board.GetAsync("/odata/MeasureValues?$filter=Rag has 'Red'")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var limited = await board.GetAsync("/odata/MeasureValues?$filter=Rag has 'Red'");
        await ShouldBeODataErrorAsync(limited, HttpStatusCode.TooManyRequests, "sixth failure");
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeInRange(1, 60);
        // Even a good request waits: the caller is told to stop, not to try another query.
        (await board.GetAsync("/odata/Periods?$top=1")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        using var analyst = FeedFixture.ClientOf(host, FeedFixture.AnalystKey);
        (await analyst.GetAsync("/odata/Periods?$top=1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task WithAPublicBaseAddress_EveryLinkUsesIt_WhateverHostTheRequestCarries()
    {
        await using var host = feed.CreateFactory(new Dictionary<string, string?> { ["Scorecard:Api:PublicBaseAddress"] = "https://scorecard.northshire.gov.uk/performance" });
        using var client = FeedFixture.ClientOf(host, FeedFixture.AnalystKey);
        client.DefaultRequestHeaders.Host = "evil.example";
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil.example");
        client.DefaultRequestHeaders.Add("X-Forwarded-Prefix", "/evil");
        var page = await PowerBi.GetJsonAsync(client, "/odata/OutcomeScores");
        page.GetProperty("@odata.context").GetString().ShouldBe("https://scorecard.northshire.gov.uk/performance/odata/$metadata#OutcomeScores");
        page.GetProperty("@odata.nextLink").GetString()!.ShouldStartWith("https://scorecard.northshire.gov.uk/performance/odata/OutcomeScores?");
    }

    [Fact]
    public async Task OnKestrel_WithNoTrustedProxy_AClientsHostAndForwardedHeaders_NeverReachALink()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(feed.Settings());
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddScorecardApi();
        await using var app = builder.Build();
        app.UseScorecardApi();
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        using var client = new HttpClient { BaseAddress = address };
        PowerBi.Headers(client);
        client.DefaultRequestHeaders.Add("X-Api-Key", FeedFixture.AnalystKey);
        client.DefaultRequestHeaders.Host = "evil.example";
        client.DefaultRequestHeaders.Add("X-Forwarded-Host", "evil2.example");
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var page = await PowerBi.GetJsonAsync(client, "/odata/OutcomeScores");
        var origin = address.ToString().TrimEnd('/');
        page.GetProperty("@odata.context").GetString()!.ShouldStartWith(origin + "/odata/");
        page.GetProperty("@odata.nextLink").GetString()!.ShouldStartWith(origin + "/odata/OutcomeScores?");
        page.ToString().ShouldNotContain("evil");
    }

    /// <summary>Every way a key can be sent; none may come back in a body, a header or a link.</summary>
    public static TheoryData<string, string?, string> KeyWays => new()
    {
        { "header", FeedFixture.AnalystKey, "" },
        { "query", null, "api_key=" + FeedFixture.AnalystKey },
        { "query, other case", null, "API_KEY=" + FeedFixture.AnalystKey },
        { "header and query", FeedFixture.AnalystKey, "api_key=" + FeedFixture.AnalystKey },
        { "header and a wrong query key", FeedFixture.AnalystKey, "api_key=sck_wrong-key-0000000000000000000000000000" },
        { "query twice", null, "api_key=" + FeedFixture.AnalystKey + "&api_key=" + FeedFixture.AnalystKey },
        { "query, escaped", null, "api%5Fkey=" + Uri.EscapeDataString(FeedFixture.AnalystKey) },
    };

    [Theory]
    [MemberData(nameof(KeyWays))]
    public async Task NoKey_EverAppearsInABody_AHeader_OrALink(string way, string? header, string query)
    {
        using var client = feed.Client(header);
        client.DefaultRequestHeaders.Accept.Clear();
        client.DefaultRequestHeaders.Add("Accept", "application/json;odata.metadata=full");
        var secrets = new[] { FeedFixture.AnalystKey, "sck_wrong-key", Uri.EscapeDataString(FeedFixture.AnalystKey) };
        var sep = query.Length > 0 ? "&" + query : "";
        foreach (var url in new[] { $"/odata/OutcomeScores?$count=true{sep}", $"/odata/MeasureValues?$top=3000{sep}", $"/odata/MeasureValues(1)?{query}",
            $"/odata/Periods?$filter=Nope eq 1{sep}", $"/odata/NoSuchSet?{query}", $"/odata/$metadata?{query}", $"/odata?{query}", $"/?{query}" })
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            var headers = response.Headers.Concat(response.Content.Headers).SelectMany(h => h.Value.Select(v => $"{h.Key}: {v}")).ToList();
            foreach (var secret in secrets)
            {
                body.ShouldNotContain(secret, Case.Insensitive, $"{way}: {url}");
                headers.ShouldAllBe(h => !h.Contains(secret, StringComparison.OrdinalIgnoreCase), $"{way}: {url}");
            }
            if (url.StartsWith("/odata/OutcomeScores", StringComparison.Ordinal))
            {
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{way}: {body}");
                body.ShouldContain("@odata.nextLink");
                body.ShouldContain("@odata.id");
            }
        }
        feed.Logs.Lines.ShouldAllBe(l => !l.Contains(FeedFixture.AnalystKey, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task PagesAreCompressed_WhenTheClientAsks(string encoding)
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var plain = await client.GetByteArrayAsync("/odata/MeasureValues");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/odata/MeasureValues");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding == "gzip" ? "gzip, deflate" : "br, gzip");
        using var response = await client.SendAsync(request);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.ShouldBe([encoding]);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        await using Stream decoder = encoding == "gzip" ? new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress) : new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var inflated = new MemoryStream();
        await decoder.CopyToAsync(inflated);
        inflated.ToArray().ShouldBe(plain);
        // A page of JSON rows repeats its property names: it shrinks to well under a fifth.
        compressed.Length.ShouldBeLessThan(plain.Length / 5);
    }

    [Fact]
    public async Task TopLargerThanAPage_IsPagedByTheServer_ToExactlyThatManyRows()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var export = await PowerBi.ReadAllAsync(client, "/odata/MeasureValues?$top=" + (FeedFixture.PageSize * 2 + 500));
        export.Rows.Count.ShouldBe(FeedFixture.PageSize * 2 + 500);
        export.Pages.ShouldBe(3);
    }

    [Fact]
    public async Task EverySet_AnswersGetByKey_WithTheIdItWrites()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        (await PowerBi.GetJsonAsync(client, "/odata/MeasureValues(1)")).GetProperty("MeasureValueKey").GetInt64().ShouldBe(1);
        foreach (var set in FeedModel.Sets)
        {
            var key = FeedModel.KeyPropertyOf(set.RowType);
            var first = (await PowerBi.GetJsonAsync(client, $"/odata/{set.Name}?$top=1&$select={key}")).GetProperty("value");
            if (first.GetArrayLength() == 0) continue;
            var value = first[0].GetProperty(key);
            var literal = value.ValueKind == JsonValueKind.String ? $"'{value.GetString()}'" : value.GetRawText();
            var row = await PowerBi.GetJsonAsync(client, $"/odata/{set.Name}({literal})");
            row.GetProperty(key).GetRawText().ShouldBe(value.GetRawText(), set.Name);
            await ShouldBeODataErrorAsync(await client.GetAsync($"/odata/{set.Name}({(value.ValueKind == JsonValueKind.String ? "'none'" : "999999999")})"), HttpStatusCode.NotFound, set.Name);
        }
    }
}

/// <summary>The Capabilities annotations Power Query reads, and that each is true of the feed.</summary>
[Collection(FeedCollection.Name)]
public class CapabilitiesTests(FeedFixture feed)
{
    private static readonly System.Xml.Linq.XNamespace Edm = "http://docs.oasis-open.org/odata/ns/edm";

    /// <summary>A filter on Periods using each function the annotation lists.</summary>
    private static readonly Dictionary<string, string> Samples = new()
    {
        ["contains"] = "contains(Label,'20')", ["startswith"] = "startswith(Label,'20')", ["endswith"] = "endswith(Label,'1')",
        ["length"] = "length(Label) gt 3", ["indexof"] = "indexof(Label,'-') ge 0", ["substring"] = "substring(Label,0,4) eq '2024'",
        ["tolower"] = "tolower(Grain) eq 'month'", ["toupper"] = "toupper(Grain) eq 'MONTH'", ["trim"] = "trim(Label) eq '2024-04'",
        ["concat"] = "concat(Label,'x') eq '2024-04x'", ["year"] = "year(StartDate) eq 2024", ["month"] = "month(StartDate) eq 4",
        ["day"] = "day(StartDate) eq 1", ["now"] = "StartDate lt now()", ["round"] = "round(SortOrder) gt 1", ["floor"] = "floor(SortOrder) gt 1",
        ["ceiling"] = "ceiling(SortOrder) gt 1", ["isof"] = "isof(Label,'Edm.String')", ["cast"] = "cast(SortOrder,'Edm.Int64') gt 1",
    };

    [Fact]
    public async Task Metadata_CarriesTheCapabilitiesPowerQueryReads_AndEveryListedFunctionAnswers()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var xml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/odata/$metadata"));
        var container = xml.Descendants(Edm + "EntityContainer").Single();
        string? Bool(System.Xml.Linq.XElement target, string term) =>
            (string?)target.Elements(Edm + "Annotation").SingleOrDefault(a => (string?)a.Attribute("Term") == "Org.OData.Capabilities.V1." + term)?.Attribute("Bool");
        Bool(container, "AsynchronousRequestsSupported").ShouldBe("false");
        foreach (var set in container.Elements(Edm + "EntitySet"))
        {
            Bool(set, "TopSupported").ShouldBe("true", (string?)set.Attribute("Name"));
            Bool(set, "SkipSupported").ShouldBe("true");
            set.Elements(Edm + "Annotation").Single(a => (string?)a.Attribute("Term") == "Org.OData.Capabilities.V1.CountRestrictions")
                .Descendants(Edm + "PropertyValue").Single(p => (string?)p.Attribute("Property") == "Countable").Attribute("Bool")!.Value.ShouldBe("true");
        }
        var functions = container.Elements(Edm + "Annotation").Single(a => (string?)a.Attribute("Term") == "Org.OData.Capabilities.V1.FilterFunctions")
            .Descendants(Edm + "String").Select(s => s.Value).ToList();
        functions.ShouldBe(FeedCapabilities.FilterFunctions, ignoreOrder: true);
        foreach (var function in functions)
        {
            Samples.ShouldContainKey(function, $"{function} is listed: give it a sample here");
            await PowerBi.GetJsonAsync(client, $"/odata/Periods?$filter={Uri.EscapeDataString(Samples[function])}&$top=1");
        }
        // A strict reader finds nothing wrong with the model.
        using var reader = System.Xml.XmlReader.Create(new StringReader(xml.ToString()));
        Microsoft.OData.Edm.Csdl.CsdlReader.TryParse(reader, out var model, out var errors).ShouldBeTrue(string.Join("; ", errors));
        Microsoft.OData.Edm.Validation.EdmValidator.Validate(model, out var problems).ShouldBeTrue(string.Join("; ", problems.Select(p => p.ToString())));
    }

    [Fact]
    public async Task BoardMetadata_OffersNoDrillThrough()
    {
        using var client = feed.Client(FeedFixture.BoardKey);
        var text = await client.GetStringAsync("/odata/$metadata");
        text.ShouldNotContain("DrillThrough");
        text.ShouldContain("MeasureValues");
    }
}

[Collection(FeedCollection.Name)]
public class DescriptionTests(FeedFixture feed)
{
    [Theory]
    [InlineData("DirectionVsPrevious")]
    [InlineData("DirectionVsLastYear")]
    [InlineData("Rag")]
    [InlineData("State")]
    public async Task EveryValueAColumnTakes_IsNamedInItsMetadataDescription(string column)
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var xml = System.Xml.Linq.XDocument.Parse(await client.GetStringAsync("/odata/$metadata"));
        System.Xml.Linq.XNamespace edm = "http://docs.oasis-open.org/odata/ns/edm";
        var description = (string)xml.Descendants(edm + "EntityType").Single(t => (string?)t.Attribute("Name") == "MeasureValue")
            .Elements(edm + "Property").Single(p => (string?)p.Attribute("Name") == column)
            .Elements(edm + "Annotation").Single(a => (string?)a.Attribute("Term") == "Org.OData.Core.V1.Description").Attribute("String")!;
        var values = (await PowerBi.GetJsonAsync(client, $"/odata/MeasureValues?$apply=groupby(({column}))")).GetProperty("value")
            .EnumerateArray().Select(v => v.GetProperty(column).GetString()).Where(v => v is not null).ToList();
        values.ShouldNotBeEmpty();
        foreach (var value in values) description.ShouldContain(value!, Case.Sensitive, $"{column} takes {value}");
    }
}
