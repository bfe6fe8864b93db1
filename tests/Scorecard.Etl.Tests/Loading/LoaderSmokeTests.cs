using Microsoft.EntityFrameworkCore;

namespace Scorecard.Etl.Tests.Loading;

public class LoaderSmokeTests
{
    [Fact]
    public async Task Load_LoadsEveryRow_WhenTheExtractIsClean()
    {
        using var w = new TestWarehouse();
        var extract = w.WriteExtract("clean",
            ("ssd_department.csv", Fixtures.Departments),
            ("ssd_person.csv", Fixtures.People),
            ("ssd_early_help_episodes.csv", Fixtures.Episodes));

        var result = await w.Loader.LoadAsync(extract);

        result.Message.ShouldBe("Loaded.");
        result.Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded);
        result.RowsRead.ShouldBe(9);
        result.RowsLoaded.ShouldBe(9);
        await using var db = w.Open();
        (await db.People.CountAsync()).ShouldBe(3);
        (await db.EarlyHelpEpisodes.CountAsync()).ShouldBe(3);
    }
}
