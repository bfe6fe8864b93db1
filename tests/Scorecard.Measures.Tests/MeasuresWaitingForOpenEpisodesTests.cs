using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Measures.Tests;

/// <summary>
/// The refresh writes the episodes open at period end beside the measures that do not read them (on a database server,
/// and on SQLite when it writes a few end dates: <see cref="Prerequisite"/>): a measure that reads them must not start
/// before they are written, the others must not wait for them, and a failure to write them is the refresh's failure.
/// </summary>
public class MeasuresWaitingForOpenEpisodesTests
{
    private static async Task<TestWarehouse> RefreshedAsync()
    {
        var w = new TestWarehouse();
        await w.LoadAsync(("ssd_person.csv", "pers_person_id\nP1\n"),
            ("ssd_early_help_episodes.csv", "earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date\nE1,P1,2024-05-01,2024-08-15\n"));
        await w.RefreshAsync(RefreshMode.Full);
        return w;
    }

    private static async Task<(Dictionary<string, List<MeasureRow>> Rows, int Authority, Dictionary<int, DateOnly> EndOf)> RunAsync(
        TestWarehouse w, IReadOnlyList<MeasureDefinition> measures, Prerequisite waitFor, IProgress<string> progress)
    {
        int authority;
        Dictionary<int, DateOnly> endOf;
        await using (var db = w.Open())
        {
            authority = db.OrganisationUnits.Single(u => u.OrgUnitId == OrganisationUnit.AuthorityId).OrgUnitKey;
            endOf = db.Periods.ToDictionary(p => p.PeriodKey, p => p.EndDate);
        }
        var (rows, _) = await new MeasureComputation(w.Contexts, w.Options).RunAsync(measures, _ => (DateOnly.MinValue, DateOnly.MinValue), authority, progress, CancellationToken.None, waitFor);
        return (rows.ToDictionary(), authority, endOf);
    }

    /// <summary>Reports each measure as it finishes, in order, on the thread that finished it.</summary>
    private sealed class Finished(Action<string> then) : IProgress<string>
    {
        public List<string> Codes { get; } = [];
        public void Report(string value)
        {
            lock (Codes) Codes.Add(value);
            then(value);
        }
    }

    [Fact]
    public async Task AMeasureThatReadsThem_WaitsForThem_AndOneThatDoesNot_RunsFirst()
    {
        using var w = await RefreshedAsync();
        // EH01 reads the open episodes and comes first in the catalogue; EH02 (episodes started) does not. The write
        // "fails" only once EH02 has finished, so EH02 was computed while EH01 waited: had EH01 not waited, it would have
        // finished (one episode, a few milliseconds) and no failure would have reached it.
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = new Finished(code => { if (code == "EH02") written.TrySetException(new InvalidOperationException("the open episodes were not written")); });
        var measures = new[] { MeasureCatalogue.Find("EH01")!, MeasureCatalogue.Find("EH02")! };

        var failure = await Should.ThrowAsync<InvalidOperationException>(() => RunAsync(w, measures, new Prerequisite(written.Task, new HashSet<string> { "EH01" }), finished));

        failure.Message.ShouldBe("the open episodes were not written");
        finished.Codes.ShouldBe(["EH02"]);
    }

    [Fact]
    public async Task OnceTheyAreWritten_EveryMeasureIsComputed()
    {
        using var w = await RefreshedAsync();
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finished = new Finished(code => { if (code == "EH02") written.TrySetResult(); });
        var measures = new[] { MeasureCatalogue.Find("EH01")!, MeasureCatalogue.Find("EH02")! };

        var (rows, authority, endOf) = await RunAsync(w, measures, new Prerequisite(written.Task, new HashSet<string> { "EH01" }), finished);

        finished.Codes.ShouldBe(["EH02", "EH01"]);
        // E1 (1 May to 15 August 2024) is open on 31 May, 30 June and 31 July 2024: the authority counts 1 child in the
        // periods ending on those days (the months, and the quarter ending 30 June) and 0 in every other.
        var counted = rows["EH01"].Where(r => r.OrgUnitKey == authority && r.BreakdownKind == "All" && r.Numerator > 0).ToList();
        counted.ShouldAllBe(r => r.Numerator == 1);
        counted.Select(r => endOf[r.PeriodKey]).Distinct().Order().ShouldBe([new DateOnly(2024, 5, 31), new DateOnly(2024, 6, 30), new DateOnly(2024, 7, 31)]);
    }
}
