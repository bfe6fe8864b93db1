using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Measures.Tests;

/// <summary>An extract that ends earlier than the last one: the periods that start after its date go.</summary>
public class PeriodsTheDataNoLongerReachesTests
{
    [Fact]
    public async Task AnExtractEndingBeforeAPeriodItReachedBefore_IsRefreshedInFull_AndLeavesNothingOfThatPeriod()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(ProvisionalValueTests.ToAugust);
        await w.RefreshAsync();
        // The first record is of 3 April 2024 and the last of 31 August: months April to August, the quarters 2024-25 Q1
        // (April to June) and Q2 (July to September), the financial year 2024-25 and the calendar year 2024.
        (await LabelsAsync(w)).ShouldBe(["2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-25 Q1", "2024-25 Q2", "2024-25", "2024"], ignoreOrder: true);
        var gone = await KeysAsync(w, "2024-07", "2024-08", "2024-25 Q2");

        // The review of 31 August deleted at source (one of two reviews: allowed, as a council would allow it): the data
        // ends on 30 June. July, August and Q2 start after that; the year and the calendar year started before it.
        var load = await w.Loader.LoadAsync(w.WriteExtract("to-june", ProvisionalValueTests.ToJune), new LoadOptions { AllowMassDelete = true });
        load.Status.ShouldBe(LoadStatus.Succeeded, load.Message);
        var refresh = await w.RefreshAsync();

        refresh.Kind.ShouldBe("Full");
        (await LabelsAsync(w)).ShouldBe(["2024-04", "2024-05", "2024-06", "2024-25 Q1", "2024-25", "2024"], ignoreOrder: true);
        await using (var db = w.Open())
        {
            (await db.MeasureValues.CountAsync(v => gone.Contains(v.PeriodKey))).ShouldBe(0);
            (await db.InternalMeasureValues.CountAsync(v => gone.Contains(v.PeriodKey))).ShouldBe(0);
            (await db.PartnershipMeasureValues.CountAsync(v => gone.Contains(v.PeriodKey))).ShouldBe(0);
            (await db.InternalMeasureValues.CountAsync()).ShouldBeGreaterThan(0);
        }
        // June as of 30 June: EH16 (42 days) settles on 11 August, so it is provisional again.
        (await w.ValueAsync("EH16", "2024-06"))!.IsProvisional.ShouldBeTrue();
    }

    private static async Task<List<string>> LabelsAsync(TestWarehouse w)
    {
        await using var db = w.Open();
        return await db.Periods.Select(p => p.Label).ToListAsync();
    }

    private static async Task<List<int>> KeysAsync(TestWarehouse w, params string[] labels)
    {
        await using var db = w.Open();
        var keys = await db.Periods.Where(p => labels.Contains(p.Label)).Select(p => p.PeriodKey).ToListAsync();
        keys.Count.ShouldBe(labels.Length);
        return keys;
    }
}
