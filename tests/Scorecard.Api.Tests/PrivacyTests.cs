using System.Text.RegularExpressions;
using Scorecard.Api.Feed;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Api.Tests;

/// <summary>
/// The warehouse holds only keyed-hash pseudonyms: nothing the feed serves (any set, drill-through, $metadata,
/// the landing page, health, errors) may carry a case-system identifier from the extract, or the key.
/// </summary>
[Collection(FeedCollection.Name)]
public partial class PrivacyTests(FeedFixture feed)
{
    [GeneratedRegex("[A-Za-z0-9_-]+")]
    private static partial Regex Token();

    [GeneratedRegex("^[A-Z]{1,3}[0-9]{4,}$")]
    private static partial Regex ExtractIdShape();

    [Fact]
    public async Task NoExtractIdentifier_AndNoPseudonymisationKey_IsReachableThroughTheFeed()
    {
        var rawIds = RawIdentifiersInTheExtract();
        rawIds.Count.ShouldBeGreaterThan(10_000);

        using var analyst = feed.Client(FeedFixture.AnalystKey);
        var bodies = new List<string>
        {
            await analyst.GetStringAsync("/odata/$metadata"),
            await analyst.GetStringAsync("/odata/"),
            await analyst.GetStringAsync("/"),
            await analyst.GetStringAsync("/health"),
            await (await analyst.GetAsync("/odata/EarlyHelpEpisodes?$filter=EpisodeId eq 'E000001'")).Content.ReadAsStringAsync(),
            await (await analyst.GetAsync("/odata/Nope('P000001')")).Content.ReadAsStringAsync(),
        };
        foreach (var set in FeedModel.Sets)
            bodies.AddRange((await PowerBi.ReadAllAsync(analyst, $"/odata/{set.Name}")).Rows.Select(r => r.GetRawText()));
        var values = await PowerBi.GetJsonAsync(analyst, "/odata/MeasureValues?$filter=OrgUnitId eq 'AUTHORITY' and BreakdownKind eq 'All' and PeriodGrain eq 'FinancialYear' and Numerator gt 0&$select=MeasureValueKey");
        foreach (var v in values.GetProperty("value").EnumerateArray().Take(40))
        {
            using var drill = await analyst.GetAsync($"/odata/MeasureValues({v.GetProperty("MeasureValueKey").GetInt64()})/Scorecard.DrillThrough()");
            bodies.Add(await drill.Content.ReadAsStringAsync());
        }

        var tokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var body in bodies)
        {
            body.ShouldNotContain(feed.PseudonymisationKey, Case.Sensitive);
            foreach (Match m in Token().Matches(body)) tokens.Add(m.Value);
        }
        var leaked = tokens.Where(rawIds.Contains).Take(10).ToList();
        leaked.ShouldBeEmpty("case-system identifiers reached the feed");
        // Nothing even shaped like the generator's ids ("P000123", "AU000045") is served.
        tokens.Where(t => ExtractIdShape().IsMatch(t)).Take(10).ShouldBeEmpty();
        // The key's base64 text in pieces (a prefix long enough to be unique) is not there either.
        tokens.ShouldNotContain(feed.PseudonymisationKey.TrimEnd('=')[..16]);
    }

    /// <summary>Every value of every pseudonymised column (ids and references) in the generated extract's files.</summary>
    private HashSet<string> RawIdentifiersInTheExtract()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in ExtractContract.Tables)
        {
            var path = Path.Combine(feed.ExtractFolder, table.FileName);
            if (!File.Exists(path)) continue;
            var lines = File.ReadLines(path).ToList();
            var header = lines[0].Split(',');
            var columns = table.Columns.Where(c => c.IsPseudonymised).Select(c => Array.IndexOf(header, c.Name)).Where(i => i >= 0).ToList();
            foreach (var line in lines.Skip(1))
            {
                // Identifier columns come before any quoted JSON column, so a plain split finds them.
                var cells = line.Split(',');
                foreach (var i in columns)
                    if (i < cells.Length && cells[i].Trim('"') is { Length: > 0 } id) ids.Add(id);
            }
        }
        return ids;
    }
}
