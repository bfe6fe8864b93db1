using System.Net;
using Scorecard.Measures.Snapshot;

namespace Scorecard.Api.Tests;

/// <summary>The feed over a council whose SSD came in the SystemC shape, and one that loaded only its Annex A: "not available" values and the load's warnings.</summary>
[Collection(FeedCollection.Name)]
public class SsdSourceFeedTests(FeedFixture feed)
{
    [Fact]
    public async Task MeasureValues_SayNotAvailable_WhereTheSourceCannotExpressTheMeasure_AndLoadWarningsListTheOddValues()
    {
        using var w = new TestWarehouse();
        await using var factory = await FeedOverAsync(w, w.WriteExtract("x", SsdCouncil.Files(SsdShape.SystemC145, NullStyle.Null).ToArray()));
        using var analyst = Analyst(factory);

        var eh09 = await PowerBi.ReadAllAsync(analyst, "/odata/MeasureValues?$filter=MeasureCode eq 'EH09' and OrgUnitId eq 'AUTHORITY' and PeriodLabel eq '2024-25 Q2' and BreakdownKind eq 'All'");
        var row = eh09.Rows.ShouldHaveSingleItem();
        row.GetProperty("IsAvailable").GetBoolean().ShouldBeFalse();
        row.GetProperty("DisplayValue").GetString().ShouldBe("not available");
        row.GetProperty("Value").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        row.GetProperty("NotAvailableReason").GetString()!.ShouldContain("SystemC (Liquidlogic)");
        var eh01 = (await PowerBi.ReadAllAsync(analyst, "/odata/MeasureValues?$filter=MeasureCode eq 'EH01' and OrgUnitId eq 'AUTHORITY' and PeriodLabel eq '2024-25 Q2' and BreakdownKind eq 'All'")).Rows.ShouldHaveSingleItem();
        eh01.GetProperty("IsAvailable").GetBoolean().ShouldBeTrue();

        var warnings = await PowerBi.ReadAllAsync(analyst, "/odata/LoadWarnings?$filter=ColumnName eq 'earl_episode_worker_id'");
        var placeholder = warnings.Rows.ShouldHaveSingleItem();
        (placeholder.GetProperty("Value").GetString(), placeholder.GetProperty("Rows").GetInt32(), placeholder.GetProperty("Kind").GetString())
            .ShouldBe(("SSD_PH", SsdCouncil.Episodes.Length, "placeholder treated as empty"));
        var batch = (await PowerBi.ReadAllAsync(analyst, "/odata/LoadBatches")).Rows.ShouldHaveSingleItem();
        batch.GetProperty("RowsWithWarnings").GetInt32().ShouldBeGreaterThan(0);
        batch.GetProperty("SourceShape").GetString()!.ShouldStartWith("SystemC (Liquidlogic): ");

        using var board = factory.CreateClient();
        PowerBi.Headers(board);
        board.DefaultRequestHeaders.Add("X-Api-Key", FeedFixture.BoardKey);
        (await board.GetAsync("/odata/LoadWarnings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MeasureValues_SayNotAvailable_ForSpidergraphs_WhenOnlyAnAnnexAWasLoaded()
    {
        using var w = new TestWarehouse();
        await using var factory = await FeedOverAsync(w, AnnexAFixture.Write(w.Folder));
        using var analyst = Analyst(factory);

        var eh06 = (await PowerBi.ReadAllAsync(analyst, "/odata/MeasureValues?$filter=MeasureCode eq 'EH06' and OrgUnitId eq 'AUTHORITY' and PeriodLabel eq '2024-25 Q2' and BreakdownKind eq 'All'")).Rows.ShouldHaveSingleItem();
        eh06.GetProperty("IsAvailable").GetBoolean().ShouldBeFalse();
        eh06.GetProperty("DisplayValue").GetString().ShouldBe("not available");
        eh06.GetProperty("Value").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        (await PowerBi.ReadAllAsync(analyst, "/odata/LoadBatches")).Rows.ShouldHaveSingleItem().GetProperty("SourceKind").GetString().ShouldBe("Annex A");
    }

    [Fact]
    public async Task MeasureValues_SayNotAvailable_ForEarlyHelp_WhenOnlyACensusWasLoaded_AndGiveItsReferrals()
    {
        // CinCensusFixture: two referrals in 2024-25 Q2, and no early help at all.
        using var w = new TestWarehouse();
        await using var factory = await FeedOverAsync(w, CinCensusFixture.Write(w.Folder));
        using var analyst = Analyst(factory);

        string Filter(string code) => $"/odata/MeasureValues?$filter=MeasureCode eq '{code}' and OrgUnitId eq 'AUTHORITY' and PeriodLabel eq '2024-25 Q2' and BreakdownKind eq 'All'";
        var eh01 = (await PowerBi.ReadAllAsync(analyst, Filter("EH01"))).Rows.ShouldHaveSingleItem();
        eh01.GetProperty("IsAvailable").GetBoolean().ShouldBeFalse();
        eh01.GetProperty("DisplayValue").GetString().ShouldBe("not available");
        eh01.GetProperty("Value").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var cs02 = (await PowerBi.ReadAllAsync(analyst, Filter("CS02"))).Rows.ShouldHaveSingleItem();
        cs02.GetProperty("IsAvailable").GetBoolean().ShouldBeTrue();
        cs02.GetProperty("Value").GetDecimal().ShouldBe(2m);
    }

    /// <summary>Loads a source, refreshes, and serves the feed over that warehouse.</summary>
    private async Task<Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>> FeedOverAsync(TestWarehouse w, string source)
    {
        (await w.Loader.LoadAsync(source)).Succeeded.ShouldBeTrue();
        await w.RefreshAsync(RefreshMode.Full);
        return feed.CreateFactory(new Dictionary<string, string?> { ["Scorecard:Warehouse:ConnectionString"] = w.DatabasePath });
    }

    private static HttpClient Analyst(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory)
    {
        var analyst = factory.CreateClient();
        PowerBi.Headers(analyst);
        analyst.DefaultRequestHeaders.Add("X-Api-Key", FeedFixture.AnalystKey);
        return analyst;
    }
}
