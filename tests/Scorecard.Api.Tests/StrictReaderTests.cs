using System.Xml;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.Edm.Csdl;

namespace Scorecard.Api.Tests;

/// <summary>
/// Microsoft.OData.Core's own reader, every validation on, with the model from the feed's $metadata: what a strict
/// .NET client (and the tools built on it) does with the feed's pages, $apply results included.
/// </summary>
[Collection(FeedCollection.Name)]
public class StrictReaderTests(FeedFixture feed)
{
    private sealed class ResponseMessage(byte[] body, string contentType) : IODataResponseMessage
    {
        private readonly Dictionary<string, string> _headers = new(StringComparer.OrdinalIgnoreCase) { ["Content-Type"] = contentType, ["OData-Version"] = "4.0" };
        public IEnumerable<KeyValuePair<string, string>> Headers => _headers;
        public int StatusCode { get; set; } = 200;
        public string? GetHeader(string headerName) => _headers.GetValueOrDefault(headerName);
        public void SetHeader(string headerName, string headerValue) => _headers[headerName] = headerValue;
        public Stream GetStream() => new MemoryStream(body);
    }

    private static async Task<IEdmModel> ModelAsync(HttpClient client)
    {
        using var xml = XmlReader.Create(new StringReader(await client.GetStringAsync("/odata/$metadata")));
        CsdlReader.TryParse(xml, out var model, out var errors).ShouldBeTrue(string.Join("; ", errors));
        return model;
    }

    /// <summary>
    /// Every row of the page as the reader gives it: property name to value. An alias has no declared type, so the
    /// reader hands it over as its JSON text ("396"), which Convert reads as a number all the same.
    /// </summary>
    private static async Task<List<Dictionary<string, object?>>> ReadAsync(HttpClient client, IEdmModel model, string set, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsByteArrayAsync();
        ((int)response.StatusCode).ShouldBe(200, $"{url}: {System.Text.Encoding.UTF8.GetString(body)}");
        var settings = new ODataMessageReaderSettings { Validations = ValidationKinds.All, EnableMessageStreamDisposal = true, MessageQuotas = new ODataMessageQuotas { MaxReceivedMessageSize = long.MaxValue } };
        using var reader = new ODataMessageReader((IODataResponseMessage)new ResponseMessage(body, response.Content.Headers.ContentType!.ToString()), settings, model);
        var entitySet = model.EntityContainer.FindEntitySet(set);
        var rows = new List<Dictionary<string, object?>>();
        var pages = reader.CreateODataResourceSetReader(entitySet, entitySet.EntityType);
        while (pages.Read())
        {
            if (pages.State == ODataReaderState.ResourceEnd && pages.Item is ODataResource resource)
                rows.Add(resource.Properties.OfType<ODataProperty>().ToDictionary(p => p.Name, p => p.Value is ODataUntypedValue raw ? raw.RawValue : (object?)p.Value));
        }
        return rows;
    }

    [Theory]
    [InlineData("Periods", "/odata/Periods")]
    [InlineData("MeasureValues", "/odata/MeasureValues?$count=true")]
    [InlineData("OutcomeScores", "/odata/OutcomeScores?$orderby=ScoreDate desc")]
    [InlineData("LoadBatches", "/odata/LoadBatches")]
    public async Task PlainPages_ReadWithEveryValidationOn(string set, string url)
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var rows = await ReadAsync(client, await ModelAsync(client), set, url);
        rows.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task ApplyAggregates_ReadWithEveryValidationOn_AliasesIncluded()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var model = await ModelAsync(client);
        // The totals by measure, read back: the same numbers as summing the plain rows (worked out from the rows
        // themselves, so the check does not depend on this council's figures).
        var grouped = await ReadAsync(client, model, "MeasureValues",
            "/odata/MeasureValues?$apply=filter(BreakdownKind eq 'All' and OrgUnitLevel eq 'Authority' and PeriodGrain eq 'FinancialYear')/groupby((MeasureCode),aggregate(Numerator with sum as Total,$count as Cells))");
        grouped.ShouldNotBeEmpty();
        var plain = await ReadAsync(client, model, "MeasureValues",
            "/odata/MeasureValues?$filter=BreakdownKind eq 'All' and OrgUnitLevel eq 'Authority' and PeriodGrain eq 'FinancialYear'&$top=100000");
        foreach (var row in grouped)
        {
            var code = (string)row["MeasureCode"]!;
            var cells = plain.Where(p => (string)p["MeasureCode"]! == code).ToList();
            Convert.ToInt64(row["Cells"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(cells.Count, code);
            Convert.ToInt64(row["Total"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(cells.Sum(c => c["Numerator"] is { } n ? Convert.ToInt64(n) : 0L), code);
        }
        var whole = await ReadAsync(client, model, "MeasureValues", "/odata/MeasureValues?$apply=aggregate($count as Rows)");
        Convert.ToInt64(whole.Single()["Rows"], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
    }

    /// <summary>Open types do not make every name a column: only the request's own aliases are allowed beyond the declared ones.</summary>
    [Theory]
    [InlineData("/odata/MeasureValues?$filter=Nope eq 1", "Nope")]
    [InlineData("/odata/MeasureValues?$orderby=Nope", "Nope")]
    [InlineData("/odata/MeasureValues?$select=MeasureCode,Nope", "Nope")]
    [InlineData("/odata/MeasureValues?$apply=groupby((Nope),aggregate($count as N))", "Nope")]
    [InlineData("/odata/MeasureValues?$apply=aggregate(Nope with sum as Total)", "Nope")]
    [InlineData("/odata/MeasureValues?$apply=filter(Nope eq 1)/aggregate($count as N)", "Nope")]
    [InlineData("/odata/MeasureValues?$apply=aggregate(Numerator with sum as Total)&$filter=Totl gt 1", "Totl")]
    public async Task NamesThatAreNeitherColumnsNorAliases_AreStillRefused(string url, string name)
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBe(400, $"{url}: {body}");
        // In the parser's words where the parser refuses it (after an aggregate it is the parser that does), else the feed's.
        body.ShouldContain($"'{name}'");
    }

    [Fact]
    public async Task AnAlias_MayBeSortedAndFilteredOn()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var model = await ModelAsync(client);
        var rows = await ReadAsync(client, model, "MeasureValues",
            "/odata/MeasureValues?$apply=groupby((MeasureCode),aggregate(Numerator with sum as Total))&$orderby=Total desc");
        var totals = rows.Select(r => Convert.ToInt64(r["Total"], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        totals.Count.ShouldBeGreaterThan(1);
        totals.ShouldBe(totals.OrderByDescending(t => t).ToList());
    }
}
