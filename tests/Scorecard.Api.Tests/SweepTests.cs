using System.Net;
using System.Text.Json;
using Microsoft.OData.Edm;
using Scorecard.Api.Feed;

namespace Scorecard.Api.Tests;

/// <summary>
/// Every function and operator of the OData URL conventions against every column type of every set (and of
/// DrillThrough), generated from the EDM model so a new column is swept without touching this file. Whatever the
/// feed cannot answer it must refuse with a 4xx and an OData error in plain words: never a 500.
/// </summary>
[Collection(FeedCollection.Name)]
public class SweepTests(FeedFixture feed)
{
    /// <summary>Expressions for a column of each EDM type; {0} is the column.</summary>
    private static readonly Dictionary<EdmPrimitiveTypeKind, string[]> ByType = new()
    {
        [EdmPrimitiveTypeKind.String] =
        [
            "{0} eq 'a'", "{0} ne 'a'", "{0} gt 'a'", "{0} le 'a'", "{0} eq null", "{0} in ('a','b')", "{0} has 'Red'",
            "contains({0},'a')", "startswith({0},'a')", "endswith({0},'a')", "length({0}) gt 1", "indexof({0},'a') ge 0",
            "substring({0},1) eq 'a'", "substring({0},1,2) eq 'a'", "tolower({0}) eq 'a'", "toupper({0}) eq 'A'", "trim({0}) eq 'a'",
            "concat({0},'a') eq 'aa'", "matchesPattern({0},'^A')", "isof({0},'Edm.String')", "cast({0},'Edm.String') eq 'a'",
            "cast({0},'Edm.Int32') eq 1", "{0} eq 2024-04-01", "{0} add 1 eq 2",
        ],
        [EdmPrimitiveTypeKind.Int32] = Numeric("1"),
        [EdmPrimitiveTypeKind.Int64] = Numeric("1"),
        [EdmPrimitiveTypeKind.Double] = [.. Numeric("1.5"), "{0} eq NaN", "{0} eq INF", "{0} lt -INF", "{0} eq 1e308", "{0} eq 1.7976931348623157E+308"],
        [EdmPrimitiveTypeKind.Boolean] =
        [
            "{0}", "not {0}", "{0} eq true", "{0} ne false", "{0} and true", "{0} or false", "{0} eq null", "{0} in (true,false)",
            "{0} eq 1", "{0} gt false", "isof({0},'Edm.Boolean')", "cast({0},'Edm.String') eq 'true'",
        ],
        [EdmPrimitiveTypeKind.Date] =
        [
            "{0} eq 2024-04-01", "{0} lt 2024-04-01", "{0} ge 2024-04-01", "{0} eq null", "{0} in (2024-04-01,2024-05-01)",
            "{0} lt now()", "{0} ge 2024-04-01T00:00:00Z", "{0} gt 2024-04-01T10:30:00+01:00", "{0} eq 2024-04-01T00:00:00Z",
            "{0} ne 2024-04-01T12:00:00Z", "{0} le maxdatetime()", "{0} gt mindatetime()", "{0} in (2024-04-01T00:00:00Z)",
            "year({0}) eq 2024", "month({0}) eq 4", "day({0}) eq 1", "hour({0}) eq 0", "date({0}) eq 2024-04-01",
            "{0} eq 'a'", "{0} eq 1", "{0} add duration'P1D' gt 2024-04-01", "{0} sub 2024-04-01 gt duration'P1D'",
            "isof({0},'Edm.Date')", "cast({0},'Edm.DateTimeOffset') lt now()", "{0} lt 10:00:00",
        ],
        [EdmPrimitiveTypeKind.DateTimeOffset] =
        [
            "{0} lt now()", "{0} ge 2024-04-01T00:00:00Z", "{0} eq null", "{0} ge 2024-04-01", "{0} in (2024-04-01T00:00:00Z)",
            "{0} in (2024-04-01,2024-05-01)", "year({0}) eq 2024", "month({0}) eq 4", "day({0}) eq 1", "hour({0}) eq 1",
            "minute({0}) eq 1", "second({0}) eq 1", "fractionalseconds({0}) gt 0", "date({0}) eq 2024-04-01", "time({0}) lt 10:00:00",
            "totaloffsetminutes({0}) eq 0", "{0} le maxdatetime()", "{0} gt mindatetime()", "{0} add duration'P1D' gt now()",
            "{0} sub duration'PT1H' lt now()", "isof({0},'Edm.DateTimeOffset')", "{0} eq 'a'",
        ],
    };

    private static string[] Numeric(string n) =>
    [
        "{0} eq " + n, "{0} ne " + n, "{0} gt " + n, "{0} ge " + n, "{0} lt " + n, "{0} le " + n, "{0} eq null", "{0} in (1,2)",
        "{0} add " + n + " gt 2", "{0} sub " + n + " lt 0", "{0} mul 2 gt 3", "{0} div 2 gt 1", "{0} div 0 gt 1", "{0} divby 2 gt 1",
        "{0} mod 2 eq 1", "{0} mod 0 eq 1", "-{0} lt 0", "round({0}) eq 1", "floor({0}) eq 1", "ceiling({0}) eq 1",
        "{0} eq 'a'", "{0} eq 2024-04-01", "{0} eq 2147483648", "{0} eq 99999999999999999999", "{0} eq 1.5M", "{0} eq 1e400",
        "isof({0},'Edm.Int32')", "cast({0},'Edm.String') eq '1'", "cast({0},'Edm.Double') gt 1", "{0} has 1",
    ];

    /// <summary>Whole-query options that do not depend on a column's type.</summary>
    private static readonly string[] Options =
    [
        "$filter=true", "$filter=false", "$filter=not true", "$filter=1 eq 1", "$filter=null eq null", "$filter=isof('Scorecard.Nope')",
        "$filter=isof($it,'Scorecard.MeasureValue')", "$filter=$it/Nope eq 1", "$filter=any()", "$filter=now() gt 2024-01-01T00:00:00Z",
        "$filter=geo.distance(geography'POINT(0 0)',geography'POINT(1 1)') lt 1", "$filter=contains(1,2)", "$filter=substring('abc',-1) eq 'a'",
        "$skiptoken=garbage", "$skiptoken=Nope-1", "$skiptoken=MeasureValueKey-abc", "$skiptoken=MeasureValueKey-1,Nope-2", "$skiptoken='",
        "$skiptoken=Key-99999999999999999999999", "$skiptoken=%00", "$skiptoken=PersonId-'x'", "$top=12000", "$top=2147483648",
        "$skip=-1", "$orderby=Nope", "$select=*", "$select=Nope", "$count=maybe", "$format=xml", "$format=json", "$compute=1 as x",
        "$apply=aggregate($count as N)", "$apply=groupby(($it))", "$apply=filter(true)/aggregate($count as N)", "$levels=2", "$index=1",
        "$schemaversion=1", "$nope=1", "$filter=cast('Scorecard.MeasureValue')/Value gt 1",
    ];

    private sealed record Case(string Url, string Set);

    private static IEnumerable<Case> Cases(long drillKey)
    {
        var model = FeedModel.Build();
        var sets = model.EntityContainer.EntitySets().Select(s => (Path: "/odata/" + s.Name, Type: (IEdmStructuredType)s.EntityType, s.Name)).ToList();
        var drill = (IEdmStructuredType)model.FindDeclaredType($"{FeedModel.Namespace}.DrillThroughRecord");
        sets.Add(($"/odata/MeasureValues({drillKey})/DrillThrough()", drill, "DrillThrough"));
        foreach (var (path, type, name) in sets)
        {
            foreach (var option in Options) yield return new Case($"{path}?{option}", name);
            // Every column is sorted, selected, grouped and aggregated; every function and operator meets one column of
            // each type (nullable and not) in each set, which is where a translation differs.
            var swept = new HashSet<(EdmPrimitiveTypeKind, bool)>();
            foreach (var property in type.StructuralProperties())
            {
                var kind = property.Type.AsPrimitive().PrimitiveKind();
                yield return new Case($"{path}?$orderby={property.Name} desc&$top=3", name);
                yield return new Case($"{path}?$select={property.Name}&$top=3", name);
                yield return new Case($"{path}?$apply=groupby(({property.Name}),aggregate($count as N))", name);
                yield return new Case($"{path}?$apply=aggregate({property.Name} with max as M)", name);
                yield return new Case($"{path}?$apply=aggregate({property.Name} with sum as S)", name);
                yield return new Case($"{path}?$filter={property.Name} ne null&$top=3", name);
                if (!ByType.TryGetValue(kind, out var expressions))
                    throw new InvalidOperationException($"{name}.{property.Name} is {kind}, which the sweep has no expressions for: add them.");
                if (!swept.Add((kind, property.Type.IsNullable))) continue;
                foreach (var expression in expressions)
                    yield return new Case($"{path}?$filter={Uri.EscapeDataString(string.Format(System.Globalization.CultureInfo.InvariantCulture, expression, property.Name))}&$top=3", name);
            }
        }
    }

    [Fact]
    public async Task EveryFunctionAndOperator_OnEveryColumnOfEverySet_AnswersWithout500()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        // A value with records behind it, some with an empty team or child: text functions meet nulls there.
        var value = (await PowerBi.GetJsonAsync(client, "/odata/MeasureValues?$filter=MeasureCode eq 'EH07' and BreakdownKind eq 'All' and OrgUnitLevel eq 'Authority' and Numerator gt 0&$top=1"))
            .GetProperty("value")[0].GetProperty("MeasureValueKey").GetInt64();
        var cases = Cases(value).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var answered = 0;
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, ct) =>
        {
            HttpResponseMessage response;
            string body;
            try
            {
                response = await client.GetAsync(c.Url, ct);
                body = await response.Content.ReadAsStringAsync(ct);
            }
            catch (HttpRequestException e)
            {
                // A response cut off while it was written: the client sees a broken page, worse than a 500.
                failures.Add($"cut off {Uri.UnescapeDataString(c.Url)}: {e.InnerException?.InnerException?.Message ?? e.Message}");
                return;
            }
            using var disposeResponse = response;
            var status = (int)response.StatusCode;
            if (status is >= 200 and < 300) { Interlocked.Increment(ref answered); return; }
            if (status >= 500) { failures.Add($"{status} {Uri.UnescapeDataString(c.Url)}: {body}"); return; }
            if (!response.Headers.TryGetValues("OData-Version", out _)) failures.Add($"{status} without OData-Version: {Uri.UnescapeDataString(c.Url)}");
            try
            {
                using var json = JsonDocument.Parse(body);
                var message = json.RootElement.GetProperty("error").GetProperty("message").GetString();
                if (string.IsNullOrWhiteSpace(message) || message.Contains(" at ", StringComparison.Ordinal) && message.Contains("()", StringComparison.Ordinal)
                    || message.Contains("System.", StringComparison.Ordinal) || message.Contains("Microsoft.", StringComparison.Ordinal)
                    || message.Contains("internal error", StringComparison.OrdinalIgnoreCase))
                    failures.Add($"{status} not in plain words: {Uri.UnescapeDataString(c.Url)}: {message}");
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                failures.Add($"{status} without an OData error body: {Uri.UnescapeDataString(c.Url)}: {body}");
            }
        });
        failures.ShouldBeEmpty($"{failures.Count} of {cases.Count} requests:\n" + string.Join("\n", failures.OrderBy(f => f.StartsWith("4", StringComparison.Ordinal)).ThenBy(f => f, StringComparer.Ordinal).Take(300)));
        // Most of the sweep is valid OData that the feed answers; a sweep refused wholesale would prove nothing.
        answered.ShouldBeGreaterThan(cases.Count / 3, $"{answered} of {cases.Count} answered");
    }

    public static TheoryData<string, int> DatesAgainstTimestamps => new()
    {
        // StartDate as midnight UTC at its start: 2024-04-01 is not before 2024-04-01T00:00:00Z but is before 00:00:01.
        { "StartDate ge 2024-04-01T00:00:00Z and StartDate lt 2024-04-01T00:00:01Z", 1 },
        { "StartDate gt 2024-04-01T00:00:00Z and StartDate le 2024-04-01T00:00:00Z", 0 },
        { "StartDate eq 2024-04-01T00:00:00Z", 1 },
        { "StartDate eq 2024-04-01T12:00:00Z", 0 },
        // 01:00 in UTC+1 is midnight UTC.
        { "StartDate eq 2024-04-01T01:00:00+01:00", 1 },
        { "StartDate gt 2024-03-31T23:59:59Z and StartDate lt 2024-04-01T00:00:01Z", 1 },
    };

    [Theory]
    [MemberData(nameof(DatesAgainstTimestamps))]
    public async Task ADateComparedWithATimestamp_IsTheDateAtMidnightUtc(string filter, int monthsStartingThen)
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var json = await PowerBi.GetJsonAsync(client, $"/odata/Periods?$filter=Grain eq 'Month' and ({Uri.EscapeDataString(filter)})&$count=true");
        json.GetProperty("@odata.count").GetInt32().ShouldBe(monthsStartingThen, filter);
    }

    [Fact]
    public async Task PeriodEndBeforeNow_ReadsThePastPeriods()
    {
        using var client = feed.Client(FeedFixture.AnalystKey);
        var all = (await PowerBi.GetJsonAsync(client, "/odata/Periods?$count=true&$top=0")).GetProperty("@odata.count").GetInt32();
        var past = (await PowerBi.GetJsonAsync(client, "/odata/Periods?$filter=EndDate lt now()&$count=true&$top=0")).GetProperty("@odata.count").GetInt32();
        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var byDate = (await PowerBi.GetJsonAsync(client, $"/odata/Periods?$filter=EndDate le {today}&$count=true&$top=0")).GetProperty("@odata.count").GetInt32();
        // Midnight at the start of a day is before now() for every day up to today.
        past.ShouldBe(byDate);
        past.ShouldBeGreaterThan(0);
        all.ShouldBeGreaterThanOrEqualTo(past);
    }
}
