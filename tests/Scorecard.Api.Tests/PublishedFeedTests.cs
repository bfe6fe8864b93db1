using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Api.Tests;

/// <summary>MeasureValues serves the published table of the caller's audience, as it is: nothing decided in the feed.</summary>
[Collection(FeedCollection.Name)]
public class PublishedFeedTests(FeedFixture feed)
{
    [Fact]
    public async Task Board_ReadsThePartnershipTable_AndAnalysts_TheInternalOne_CellForCell()
    {
        await using var db = feed.Contexts.Create();
        var quarter = await db.Periods.Where(p => p.Grain == Scorecard.Warehouse.Calendar.PeriodGrain.FinancialQuarter && p.IsComplete).OrderByDescending(p => p.SortOrder).Select(p => p.Label).FirstAsync();
        foreach (var (key, audience) in new[] { (FeedFixture.BoardKey, Audience.Partnership), (FeedFixture.AnalystKey, Audience.Internal) })
        {
            using var client = feed.Client(key);
            var rows = (await PowerBi.ReadAllAsync(client, $"/odata/MeasureValues?$filter=PeriodLabel eq '{quarter}'")).Rows
                .ToDictionary(r => r.GetProperty("MeasureValueKey").GetInt64());
            var table = await db.Published(audience).Where(v => v.PeriodLabel == quarter).ToListAsync();
            rows.Count.ShouldBe(table.Count, audience.ToString());
            foreach (var cell in table)
            {
                var row = rows[cell.PublishedValueKey];
                var where = $"{audience} {cell.MeasureCode} {cell.OrgUnitId} {cell.BreakdownKind}={cell.BreakdownValue}";
                (row.GetProperty("DisplayValue").GetString(), row.GetProperty("IsSuppressed").GetBoolean(), row.GetProperty("State").GetString())
                    .ShouldBe((cell.DisplayValue, cell.IsSuppressed, cell.State.ToString()), where);
                Nullable(row, "Value").ShouldBe(cell.Value, where);
                NullableText(row, "Rag").ShouldBe(cell.Rag?.ToString(), where);
            }
        }
    }

    [Fact]
    public async Task Board_WithheldRows_CarryNoNumberTargetRagOrDirection()
    {
        using var board = feed.Client(FeedFixture.BoardKey);
        var withheld = await PowerBi.ReadAllAsync(board, "/odata/MeasureValues?$filter=IsSuppressed&$select=DisplayValue,Numerator,Denominator,Value,Target,Rag,DirectionVsPrevious,DirectionVsLastYear,PreviousValue,LastYearValue");
        withheld.Rows.Count.ShouldBeGreaterThan(0);
        foreach (var row in withheld.Rows)
        {
            row.GetProperty("DisplayValue").GetString().ShouldBe("c");
            foreach (var name in new[] { "Numerator", "Denominator", "Value", "Target", "Rag", "DirectionVsPrevious", "DirectionVsLastYear", "PreviousValue", "LastYearValue" })
                row.GetProperty(name).ValueKind.ShouldBe(JsonValueKind.Null, name);
        }
        // Filtering cannot find a RAG or a target on a withheld row either: they are not there to be found.
        (await board.GetStringAsync("/odata/MeasureValues/$count?$filter=IsSuppressed and (Rag ne null or Target ne null or DirectionVsPrevious ne null)")).ShouldBe("0");
    }

    [Fact]
    public async Task ProvisionalRows_HaveASettlingDate_AndNoRagOrDirection_ForEveryRole()
    {
        foreach (var key in new[] { FeedFixture.BoardKey, FeedFixture.AnalystKey })
        {
            using var client = feed.Client(key);
            var provisional = await PowerBi.ReadAllAsync(client, "/odata/MeasureValues?$filter=IsProvisional and State eq 'Value'&$select=MeasureCode,SettlesOn,Rag,DirectionVsPrevious,DirectionVsLastYear,PeriodEnd");
            provisional.Rows.Count.ShouldBeGreaterThan(0, "the generated data ends with a period that measures with a settling window have not settled");
            foreach (var row in provisional.Rows)
            {
                row.GetProperty("Rag").ValueKind.ShouldBe(JsonValueKind.Null);
                row.GetProperty("DirectionVsPrevious").ValueKind.ShouldBe(JsonValueKind.Null);
                row.GetProperty("DirectionVsLastYear").ValueKind.ShouldBe(JsonValueKind.Null);
                var settles = DateOnly.Parse(row.GetProperty("SettlesOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                settles.ShouldBeGreaterThan(DateOnly.Parse(row.GetProperty("PeriodEnd").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
                row.GetProperty("MeasureCode").GetString().ShouldBeOneOf("EH07", "EH08", "EH16", "EH17");
            }
        }
    }

    private static double? Nullable(JsonElement row, string name) => row.GetProperty(name).ValueKind == JsonValueKind.Null ? null : row.GetProperty(name).GetDouble();

    private static string? NullableText(JsonElement row, string name) => row.GetProperty(name).ValueKind == JsonValueKind.Null ? null : row.GetProperty(name).GetString();
}
