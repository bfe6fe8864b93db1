using Scorecard.Measures.Snapshot;

namespace Scorecard.Measures.Tests.Measures;

/// <summary>
/// A council that has only its Annex A (<see cref="AnnexAFixture"/>): the social care measures Annex A supports come
/// out, and what it cannot say (spidergraphs, audits, TAF reviews, contact outcomes) is "not available from this source".
/// </summary>
public class AnnexASourceMeasureTests
{
    [Fact]
    public async Task AnnexAAlone_GivesReferrals_AndSaysNotAvailable_ForWhatItCannotExpress()
    {
        using var w = new TestWarehouse();
        var load = await w.Loader.LoadAsync(AnnexAFixture.Write(w.Folder));
        load.Succeeded.ShouldBeTrue(load.Message);
        await w.RefreshAsync(RefreshMode.Full);

        // List 3: K1 4 Jul, K2 5 Aug, K3 2 Sep => 3 referrals in 2024-25 Q2, one of them NFA (K3).
        (await w.CountsAsync("CS02", "2024-25 Q2")).Numerator.ShouldBe(3);
        (await w.CountsAsync("CS02N", "2024-25 Q2")).Numerator.ShouldBe(1);
        // Spidergraphs (EH06), audits (QA01) and TAF reviews (EH14) come from tables an Annex A never fills; contacts
        // resulting in early help (EH09) need a contact outcome List 1 does not have. None is 0: each is not available.
        foreach (var code in new[] { "EH06", "QA01", "EH14", "EH09" })
        {
            var v = (await w.ValueAsync(code, "2024-25 Q2")).ShouldNotBeNull(code);
            (v.IsAvailable, v.Value).ShouldBe((false, null), code);
            v.NotAvailableReason.ShouldNotBeNullOrEmpty(code);
        }
    }
}
