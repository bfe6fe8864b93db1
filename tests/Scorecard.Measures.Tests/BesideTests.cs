using Scorecard.Measures.Snapshot;

namespace Scorecard.Measures.Tests;

/// <summary>
/// A refresh's own work failing while work it started beside still runs: the failure goes on only once that work has
/// ended, and it is the refresh's own failure that is reported (<see cref="Beside"/>).
/// </summary>
public class BesideTests
{
    [Fact]
    public async Task AFailure_WaitsForTheWorkBeside_AndIsTheOneReported()
    {
        var beside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var run = Beside.WhileAsync<int>(beside.Task, () => throw new InvalidOperationException("the write failed"));

        // The work beside is still running: the failure has not gone on.
        await Task.Delay(50);
        run.IsCompleted.ShouldBeFalse();

        // It ends with its own failure; the one reported is the caller's.
        beside.SetException(new TimeoutException("beside"));
        (await Should.ThrowAsync<InvalidOperationException>(() => run)).Message.ShouldBe("the write failed");
    }

    [Fact]
    public async Task Success_DoesNotWaitForTheWorkBeside()
    {
        var beside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        (await Beside.WhileAsync(beside.Task, () => Task.FromResult(42))).ShouldBe(42);
        beside.Task.IsCompleted.ShouldBeFalse();
    }
}
