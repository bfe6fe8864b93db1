namespace Scorecard.Measures.Snapshot;

/// <summary>Work a refresh starts on another thread and does its own work beside.</summary>
internal static class Beside
{
    /// <summary>
    /// Runs <paramref name="main"/> while <paramref name="beside"/> runs. If <paramref name="main"/> fails before
    /// <paramref name="beside"/> has ended, its failure goes on only once <paramref name="beside"/> has ended (whose own
    /// failure, if any, is not the one reported): <paramref name="beside"/> uses what the caller lets go when the failure
    /// reaches it (the refresh's connection).
    /// </summary>
    public static async Task<T> WhileAsync<T>(Task beside, Func<Task<T>> main)
    {
        try
        {
            return await main();
        }
        catch when (!beside.IsCompleted)
        {
            await beside.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }
    }
}
