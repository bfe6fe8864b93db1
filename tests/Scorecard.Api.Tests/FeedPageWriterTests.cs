using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Api.Feed;
using Scorecard.Api.Security;

namespace Scorecard.Api.Tests;

/// <summary>
/// The feed's own page writer against ASP.NET Core OData's serializer: a second host over the same warehouse with
/// the writer turned off answers every request through the library, and the two answers must be the same bytes.
/// </summary>
[Collection(FeedCollection.Name)]
public class FeedPageWriterTests(FeedFixture feed)
{
    private WebApplicationFactory<Program> LibraryHost() =>
        feed.CreateFactory(new Dictionary<string, string?> { ["Scorecard:Api:Limits:OwnPageWriter"] = "false" });

    /// <summary>Every set, for every role that reads it, in several query shapes, and the page after through its nextLink.</summary>
    public static IEnumerable<(string Key, string Url)> PlainPages()
    {
        foreach (var set in FeedModel.Sets)
        {
            var key = FeedModel.KeyPropertyOf(set.RowType);
            var other = set.RowType.GetProperties().Where(p => p.CanWrite).Select(p => p.Name).First(n => n != key);
            var keys = set.Policy == FeedPolicies.Scorecard ? new[] { FeedFixture.AnalystKey, FeedFixture.BoardKey } : [FeedFixture.AnalystKey];
            foreach (var apiKey in keys)
            {
                yield return (apiKey, $"/odata/{set.Name}");
                yield return (apiKey, $"/odata/{set.Name}?$count=true&$orderby={other} desc");
                yield return (apiKey, $"/odata/{set.Name}?$skip=5&$top=2500");
                yield return (apiKey, $"/odata/{set.Name}?$filter={key} ne null&$count=true");
            }
        }
    }

    [Fact]
    public async Task EveryPlainPage_IsByteForByteWhatTheLibraryWrites()
    {
        await using var library = LibraryHost();
        var checkedPages = 0;
        var rows = 0;
        var nextLinks = 0;
        var readAheadBefore = FeedPageReader.PagesReadAhead;
        var fromStatementBefore = FeedPageReader.PagesReadFromStatement;
        var pagesWithRows = 0;
        foreach (var (key, first) in PlainPages())
        {
            using var own = FeedFixture.ClientOf(feed.Factory, key);
            using var theirs = FeedFixture.ClientOf(library, key);
            string? url = first;
            // The first page and the one its nextLink names: the link the writer built must be the library's too.
            for (var page = 0; page < 2 && url is not null; page++)
            {
                var before = FeedPageWriter.PagesWritten;
                var (readBefore, aheadBefore) = (FeedPageReader.PagesRead, FeedPageReader.PagesReadAhead);
                using var mine = await own.GetAsync(url);
                var written = FeedPageWriter.PagesWritten - before;
                // Read for this request, or read ahead during the request before it and answered from there (a request
                // may also read the page after its own, so more than one page may have been read meanwhile).
                var read = FeedPageReader.PagesRead - readBefore + (FeedPageReader.PagesReadAhead - aheadBefore);
                using var expected = await theirs.GetAsync(url);
                var mineBody = await mine.Content.ReadAsByteArrayAsync();
                var expectedBody = await expected.Content.ReadAsByteArrayAsync();
                mine.StatusCode.ShouldBe(HttpStatusCode.OK, $"{url}: {System.Text.Encoding.UTF8.GetString(mineBody)}");
                written.ShouldBe(1, $"{url} was not written by the feed's own writer");
                // And its rows came straight from the data reader of EF Core's command, not through row objects.
                read.ShouldBeGreaterThanOrEqualTo(1, $"{url} was not read from the data reader");
                mine.Content.Headers.ContentType!.ToString().ShouldBe(expected.Content.Headers.ContentType!.ToString(), url);
                mine.Headers.GetValues("OData-Version").ShouldBe(expected.Headers.GetValues("OData-Version"), url);
                // Parsed first, so a difference is reported as the value that differs; then byte for byte.
                using var a = JsonDocument.Parse(mineBody);
                using var b = JsonDocument.Parse(expectedBody);
                JsonElement.DeepEquals(a.RootElement, b.RootElement).ShouldBeTrue($"{url} differs from the library's page");
                mineBody.SequenceEqual(expectedBody).ShouldBeTrue($"{url}: same values, different bytes");
                checkedPages++;
                rows += a.RootElement.GetProperty("value").GetArrayLength();
                if (a.RootElement.GetProperty("value").GetArrayLength() > 0) pagesWithRows++;
                url = a.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
                if (url is not null) nextLinks++;
            }
        }
        // Not a comparison of empty pages: this council has thousands of rows in most sets, and several sets run past
        // one 2,000-row page.
        checkedPages.ShouldBeGreaterThan(PlainPages().Count());
        rows.ShouldBeGreaterThan(50_000);
        nextLinks.ShouldBeGreaterThan(10);
        // Pages after a first page in the set's own order were read while the first was being read by the client, and
        // answered from there: the comparisons above hold them to the library's bytes too.
        (FeedPageReader.PagesReadAhead - readAheadBefore).ShouldBeGreaterThan(5);
        // And their columns were read from SQLite's statement (SqliteColumns), every page with rows of every set (an
        // empty page has no statement standing on a row): the byte comparisons above are of those pages.
        (FeedPageReader.PagesReadFromStatement - fromStatementBefore).ShouldBeGreaterThanOrEqualTo(pagesWithRows);
    }

    /// <summary>
    /// A whole export through its nextLinks: every page after the first was read ahead (the second from the first
    /// page's query, each later one by the query of the $skiptoken in the nextLink of the page before), and every page
    /// is the library's, byte for byte.
    /// </summary>
    [Fact]
    public async Task AWholeExport_IsReadAheadPageByPage_AndIsTheLibrarysExport()
    {
        await using var library = LibraryHost();
        using var own = FeedFixture.ClientOf(feed.Factory, FeedFixture.AnalystKey);
        using var theirs = FeedFixture.ClientOf(library, FeedFixture.AnalystKey);
        var before = FeedPageReader.PagesReadAhead;
        string? url = "/odata/MeasureValues?$filter=MeasureValueKey ne null";
        var pages = 0;
        while (url is not null)
        {
            var mine = await own.GetByteArrayAsync(url);
            var expected = await theirs.GetByteArrayAsync(url);
            mine.SequenceEqual(expected).ShouldBeTrue($"{url} differs from the library's page");
            pages++;
            using var json = JsonDocument.Parse(mine);
            url = json.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }
        // This council's MeasureValues run to several pages (more than the three a chain of read-aheads needs to show).
        pages.ShouldBeGreaterThan(3);
        (FeedPageReader.PagesReadAhead - before).ShouldBe(pages - 1);
    }

    /// <summary>
    /// What the feed does with SQLite's connections, in the mode this process runs in (multi-thread unless the
    /// environment turns it off: tests/SqliteModeAtStart.cs): four clients export the same set at once, each page after
    /// the first read ahead on its request's connection once the page before was answered, while a measure refresh runs
    /// in the same process on Hangfire's worker. Every caller's export is, page for page, the one it gets alone.
    /// </summary>
    [Fact]
    public async Task FourCallersExportingAtOnce_BesideARefreshJob_EachGetTheExportTheyGetAlone()
    {
        await using var host = feed.CreateFactory(jobs: true);
        HttpClient Caller(string key) => FeedFixture.ClientOf(host, key);
        // Two with the same key (Power BI refreshing two queries of one report at once: the same caller asks for the
        // same nextLinks, and only one of them is answered each page read ahead), an administrator and a Basic user.
        var callers = new[] { FeedFixture.AnalystKey, FeedFixture.AnalystKey, FeedFixture.AdminKey }.Select(Caller).Append(BasicCaller(host)).ToList();
        const string set = "/odata/OutcomeScores";
        var alone = new List<List<byte[]>>();
        foreach (var caller in callers) alone.Add(await ExportAsync(caller, set));
        alone[0].Count.ShouldBeGreaterThan(3, "the export runs to several pages");
        var readAheadBefore = FeedPageReader.PagesReadAhead;

        using var admin = Caller(FeedFixture.AdminKey);
        using var queued = await admin.PostAsync("/jobs/refresh", null);
        queued.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var jobId = (await queued.Content.ReadAsStringAsync()).Split('"').SkipWhile(s => s != "jobId").Skip(2).First();
        var together = await Task.WhenAll(callers.Select(c => ExportAsync(c, set)));

        for (var i = 0; i < callers.Count; i++)
        {
            together[i].Count.ShouldBe(alone[i].Count, $"caller {i}");
            for (var page = 0; page < alone[i].Count; page++)
                together[i][page].SequenceEqual(alone[i][page]).ShouldBeTrue($"caller {i}, page {page + 1}");
        }
        (FeedPageReader.PagesReadAhead - readAheadBefore).ShouldBeGreaterThan(0);
        var monitor = host.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        string? state = null;
        while (DateTime.UtcNow < deadline && state is not ("Succeeded" or "Failed"))
        {
            state = monitor.JobDetails(jobId)?.History.FirstOrDefault()?.StateName;
            await Task.Delay(200);
        }
        state.ShouldBe("Succeeded");
        foreach (var caller in callers) caller.Dispose();
    }

    private static HttpClient BasicCaller(WebApplicationFactory<Program> host)
    {
        var client = FeedFixture.ClientOf(host, null);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{FeedFixture.BasicUser}:{FeedFixture.BasicPassword}")));
        return client;
    }

    /// <summary>Every page of an export through its nextLinks, as bytes.</summary>
    private static async Task<List<byte[]>> ExportAsync(HttpClient client, string first)
    {
        var pages = new List<byte[]>();
        string? url = first;
        while (url is not null)
        {
            var page = await client.GetByteArrayAsync(url);
            pages.Add(page);
            using var json = JsonDocument.Parse(page);
            url = json.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
        }
        return pages;
    }

    /// <summary>
    /// The warehouse changes in the middle of an export: rows of the second page are deleted after the first page is
    /// answered. The third page, read ahead after the second, is still what its nextLink reads from the warehouse as
    /// it now is (the library's page for that link over the same file), because it is read by that link's
    /// $skiptoken and not by counting rows from where the second page began.
    /// </summary>
    [Fact]
    public async Task AWarehouseChangedMidExport_StillGetsTheLibrarysNextPage()
    {
        var copy = Path.Combine(Path.GetTempPath(), $"scorecard-readahead-{Guid.NewGuid():N}.db");
        try
        {
            using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={feed.DatabasePath}"))
            {
                source.Open();
                using var vacuum = source.CreateCommand();
                vacuum.CommandText = $"VACUUM INTO '{copy}'";
                vacuum.ExecuteNonQuery();
            }
            var onCopy = new Dictionary<string, string?> { ["Scorecard:Warehouse:ConnectionString"] = copy };
            await using var own = feed.CreateFactory(onCopy);
            await using var library = feed.CreateFactory(new Dictionary<string, string?>(onCopy) { ["Scorecard:Api:Limits:OwnPageWriter"] = "false" });
            using var mine = FeedFixture.ClientOf(own, FeedFixture.AnalystKey);
            using var theirs = FeedFixture.ClientOf(library, FeedFixture.AnalystKey);
            var before = FeedPageReader.PagesReadAhead;

            using var first = JsonDocument.Parse(await mine.GetStringAsync("/odata/MeasureValues"));
            var second = first.RootElement.GetProperty("@odata.nextLink").GetString()!;
            // The first page ends at the 2,000th key (its nextLink says so); delete 100 rows a little after it, in the second page.
            var lastOfFirst = long.Parse(second[(second.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            using (var warehouse = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={copy}"))
            {
                warehouse.Open();
                using var delete = warehouse.CreateCommand();
                delete.CommandText = "DELETE FROM Published_InternalMeasureValue WHERE PublishedValueKey > $from AND PublishedValueKey <= $from + 100";
                delete.Parameters.AddWithValue("$from", lastOfFirst + 500);
                delete.ExecuteNonQuery().ShouldBe(100);
            }

            using var secondPage = JsonDocument.Parse(await mine.GetStringAsync(second));
            var third = secondPage.RootElement.GetProperty("@odata.nextLink").GetString()!;
            var thirdPage = await mine.GetByteArrayAsync(third);
            (FeedPageReader.PagesReadAhead - before).ShouldBe(2, "the second and third pages were not both read ahead");
            var expected = await theirs.GetByteArrayAsync(third);
            thirdPage.SequenceEqual(expected).ShouldBeTrue("the third page is not the library's for its nextLink");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(copy);
        }
    }

    /// <summary>
    /// A page read ahead is answered only to the credential it was read for: another key following the same nextLink
    /// has it read for itself, and the first key still gets the page read ahead for it.
    /// </summary>
    [Fact]
    public async Task APageReadAhead_IsAnsweredOnlyToTheCallerItWasReadFor()
    {
        using var analyst = FeedFixture.ClientOf(feed.Factory, FeedFixture.AnalystKey);
        using var board = FeedFixture.ClientOf(feed.Factory, FeedFixture.BoardKey);
        using var first = JsonDocument.Parse(await analyst.GetStringAsync("/odata/MeasureValues"));
        var next = first.RootElement.GetProperty("@odata.nextLink").GetString()!;

        var before = FeedPageReader.PagesReadAhead;
        using var boards = await board.GetAsync(next);
        boards.StatusCode.ShouldBe(HttpStatusCode.OK);
        (FeedPageReader.PagesReadAhead - before).ShouldBe(0, "the board key was answered the page read ahead for the analyst key");

        using var analysts = await analyst.GetAsync(next);
        analysts.StatusCode.ShouldBe(HttpStatusCode.OK);
        (FeedPageReader.PagesReadAhead - before).ShouldBe(1, "the analyst key's page was not the one read ahead for it");
        // The page read ahead is the library's page for that key (the board key's page may differ: roles can see different values).
        await using var library = LibraryHost();
        using var theirs = FeedFixture.ClientOf(library, FeedFixture.AnalystKey);
        var expected = await theirs.GetByteArrayAsync(next);
        (await analysts.Content.ReadAsByteArrayAsync()).SequenceEqual(expected).ShouldBeTrue();
    }

    /// <summary>
    /// The warm-up at start reads, through the whole pipeline and the feed's own reader and writer, the first pages of
    /// every set (here two, at most, of each), writes one log line for all of them and none per request, and leaves no
    /// page read ahead behind it.
    /// </summary>
    [Fact]
    public async Task TheWarmUp_ReadsTheFirstPagesOfEverySet_LogsOneLine_AndKeepsNoPageReadAhead()
    {
        var (written, waiting) = (FeedPageWriter.PagesWritten, FeedPageReader.ReadAheads.Count);
        // Started as the feed starts (Program.cs): the warm-up runs once the host has started, and says when it is done.
        await using var host = feed.CreateFactory(new Dictionary<string, string?> { ["Scorecard:Api:WarmUp:Pages"] = "2" });
        using var client = FeedFixture.ClientOf(host, FeedFixture.AnalystKey);
        for (var waited = 0; waited < 600 && !feed.Logs.Lines.Any(l => l.Contains("Warmed up the feed", StringComparison.Ordinal)); waited++) await Task.Delay(100);
        (FeedPageWriter.PagesWritten - written).ShouldBeGreaterThan(0, "the warm-up did not run");

        // Each set has ceil(rows / page size) pages, an empty set one: the warm-up reads two of them, or fewer if there are fewer.
        var expected = 0;
        foreach (var set in FeedModel.Sets)
        {
            var rows = int.Parse(await client.GetStringAsync($"/odata/{set.Name}/$count"), System.Globalization.CultureInfo.InvariantCulture);
            expected += Math.Clamp((rows + FeedFixture.PageSize - 1) / FeedFixture.PageSize, 1, 2);
        }
        expected.ShouldBeGreaterThan(FeedModel.Sets.Count, "some set of this council has more than one page, so the warm-up follows a nextLink");
        (FeedPageWriter.PagesWritten - written).ShouldBe(expected);
        FeedPageReader.ReadAheads.Count.ShouldBe(waiting, "a page read ahead for the warm-up would wait for no one");
        feed.Logs.Lines.ShouldContain(l => l.Contains($"Warmed up the feed: {expected} pages of {FeedModel.Sets.Count} sets", StringComparison.Ordinal));
        feed.Logs.Lines.ShouldNotContain(l => l.Contains("Scorecard.Api.Requests", StringComparison.Ordinal) && l.Contains(FeedWarmUp.CallerName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACompressedPage_DecompressesToTheLibrarysPage()
    {
        await using var library = LibraryHost();
        async Task<(string? Encoding, byte[] Body)> Gzip(WebApplicationFactory<Program> host)
        {
            using var client = FeedFixture.ClientOf(host, FeedFixture.AnalystKey);
            client.DefaultRequestHeaders.Add("Accept-Encoding", "gzip, deflate");
            using var response = await client.GetAsync("/odata/OutcomeScores");
            await using var unzip = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
            using var plain = new MemoryStream();
            await unzip.CopyToAsync(plain);
            return (response.Content.Headers.ContentEncoding.SingleOrDefault(), plain.ToArray());
        }
        var before = FeedPageWriter.PagesWritten;
        var mine = await Gzip(feed.Factory);
        (FeedPageWriter.PagesWritten - before).ShouldBe(1);
        var theirs = await Gzip(library);
        mine.Encoding.ShouldBe("gzip");
        theirs.Encoding.ShouldBe("gzip");
        mine.Body.SequenceEqual(theirs.Body).ShouldBeTrue();
    }

    /// <summary>What the writer does not write goes to the library unchanged (and is still the library's answer).</summary>
    public static TheoryData<string, string?> LibraryPages => new()
    {
        { "/odata/MeasureValues?$select=MeasureCode,Value&$top=50", null },
        { "/odata/MeasureValues?$apply=groupby((MeasureCode),aggregate(Numerator with sum as Total))", null },
        { "/odata/Periods", "application/json;odata.metadata=full" },
        { "/odata/Periods", "application/json;odata.metadata=none" },
        { "/odata/OutcomeScores?$top=20", "application/json;odata.metadata=minimal;IEEE754Compatible=true" },
        { "/odata/Periods(120210401)", null },
        { "/odata/Periods/$count", null },
    };

    [Theory]
    [MemberData(nameof(LibraryPages))]
    public async Task OtherAnswers_AreTheLibrarys(string url, string? accept)
    {
        await using var library = LibraryHost();
        async Task<byte[]> Get(WebApplicationFactory<Program> host)
        {
            using var client = FeedFixture.ClientOf(host, FeedFixture.AnalystKey);
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            if (accept is not null)
            {
                request.Headers.Accept.Clear();
                request.Headers.TryAddWithoutValidation("Accept", accept);
            }
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(body));
            return body;
        }
        var before = FeedPageWriter.PagesWritten;
        var mine = await Get(feed.Factory);
        (FeedPageWriter.PagesWritten - before).ShouldBe(0, "the feed's writer took a page it should have left to the library");
        var theirs = await Get(library);
        mine.SequenceEqual(theirs).ShouldBeTrue();
    }

    /// <summary>
    /// Doubles: a whole number keeps ".0" (the library writes a count of 396 as 396.0, as the page comparison sees),
    /// a fraction its shortest round-trip digits; NaN and the infinities, which SQLite cannot store and so no page
    /// of this council holds, are the strings OData's JSON format gives them.
    /// </summary>
    [Theory]
    [InlineData(396.0, "396.0")]
    [InlineData(33.333333333333336, "33.333333333333336")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(double.NaN, "\"NaN\"")]
    [InlineData(double.PositiveInfinity, "\"INF\"")]
    [InlineData(double.NegativeInfinity, "\"-INF\"")]
    public void Doubles_AreWrittenAsODataWritesThem(double value, string expected)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            FeedPageWriter.Values.Write(json, JsonEncodedText.Encode("V"), value);
            json.WriteEndObject();
        }
        System.Text.Encoding.UTF8.GetString(buffer.ToArray()).ShouldBe($"{{\"V\":{expected}}}");
    }
}
