using System.Net;
using System.Text.Json;

namespace Scorecard.Api.Tests;

/// <summary>What Power BI's OData.Feed sends and does: OData 4.0 JSON, minimal metadata, nextLink until the end.</summary>
public static class PowerBi
{
    public static void Headers(HttpClient client)
    {
        client.DefaultRequestHeaders.Add("Accept", "application/json;odata.metadata=minimal;q=1.0,application/json;q=0.9");
        client.DefaultRequestHeaders.Add("OData-Version", "4.0");
        client.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        client.DefaultRequestHeaders.Add("User-Agent", "Microsoft.Data.Mashup (https://go.microsoft.com/fwlink/?LinkID=304225)");
    }

    public sealed record Export(List<JsonElement> Rows, long? Count, int Pages, List<string> NextLinks);

    /// <summary>Reads a set from its first URL through every @odata.nextLink.</summary>
    public static async Task<Export> ReadAllAsync(HttpClient client, string url, int maxPages = 1000)
    {
        var rows = new List<JsonElement>();
        var links = new List<string>();
        long? count = null;
        string? next = url;
        var pages = 0;
        while (next is not null)
        {
            (++pages).ShouldBeLessThan(maxPages, "nextLink never ends");
            using var response = await client.GetAsync(next);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{next}: {body}");
            using var json = JsonDocument.Parse(body);
            if (pages == 1 && json.RootElement.TryGetProperty("@odata.count", out var c)) count = c.GetInt64();
            foreach (var row in json.RootElement.GetProperty("value").EnumerateArray()) rows.Add(row.Clone());
            next = json.RootElement.TryGetProperty("@odata.nextLink", out var link) ? link.GetString() : null;
            if (next is not null) links.Add(next);
        }
        return new Export(rows, count, pages, links);
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(expected, $"{url}: {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.Clone();
    }
}
