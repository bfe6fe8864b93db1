using Scorecard.Measures.Snapshot;

namespace Scorecard.Api.Tests;

/// <summary>The feed over a council that loaded only its Annex A (<see cref="AnnexAFixture"/>): what Annex A cannot say is "not available".</summary>
[Collection(FeedCollection.Name)]
public class AnnexASourceFeedTests(FeedFixture feed)
{
    [Fact]
    public async Task MeasureValues_SayNotAvailable_ForSpidergraphs_AndTheLoadIsAnAnnexA()
    {
        using var w = new TestWarehouse();
        (await w.Loader.LoadAsync(AnnexAFixture.Write(w.Folder))).Succeeded.ShouldBeTrue();
        await w.RefreshAsync(RefreshMode.Full);
        await using var factory = feed.CreateFactory(new Dictionary<string, string?> { ["Scorecard:Warehouse:ConnectionString"] = w.DatabasePath });
        using var analyst = factory.CreateClient();
        PowerBi.Headers(analyst);
        analyst.DefaultRequestHeaders.Add("X-Api-Key", FeedFixture.AnalystKey);

        var eh06 = (await PowerBi.ReadAllAsync(analyst, "/odata/MeasureValues?$filter=MeasureCode eq 'EH06' and OrgUnitId eq 'AUTHORITY' and PeriodLabel eq '2024-25 Q2' and BreakdownKind eq 'All'")).Rows.ShouldHaveSingleItem();
        eh06.GetProperty("IsAvailable").GetBoolean().ShouldBeFalse();
        eh06.GetProperty("DisplayValue").GetString().ShouldBe("not available");
        eh06.GetProperty("Value").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        var batch = (await PowerBi.ReadAllAsync(analyst, "/odata/LoadBatches")).Rows.ShouldHaveSingleItem();
        batch.GetProperty("SourceKind").GetString().ShouldBe("Annex A");
    }
}
