using Scorecard.Api.Feed;

namespace Scorecard.Api.Tests;

/// <summary>
/// The feed answers 400 for what a library refuses of the caller's query and 500 for its own faults, although both
/// throw the same general exception types: these pin which one decides.
/// </summary>
public class FeedErrorsTests
{
    [Fact]
    public void An_argument_refused_inside_Linq_is_the_callers_query()
    {
        // ElementAt(5) on three items: Enumerable itself throws ArgumentOutOfRangeException (an ArgumentException).
        var error = Catch(() => Enumerable.Range(0, 3).ElementAt(5));
        error.ShouldBeAssignableTo<ArgumentException>();
        FeedErrors.IsClientError(error).ShouldBeTrue();
    }

    [Fact]
    public void A_null_reference_in_Scorecards_own_projection_is_a_fault_although_Linq_runs_it()
    {
        // The lambda is ours (namespace Scorecard.*) and sits above Enumerable's frames: our fault, 500.
        var error = Catch(() => Enumerable.Range(0, 3).Select(Ours).ToList());
        error.ShouldBeOfType<NullReferenceException>();
        error.StackTrace!.ShouldContain("System.Linq.Enumerable");
        FeedErrors.IsClientError(error).ShouldBeFalse();
    }

    [Fact]
    public void A_not_supported_thrown_by_Scorecards_own_code_is_a_fault()
    {
        var error = Catch(() => throw new NotSupportedException("ours"));
        FeedErrors.IsClientError(error).ShouldBeFalse();
    }

    private static int Ours(int i) => i < 2 ? i : throw new NullReferenceException("ours");

    private static Exception Catch(Func<object?> act)
    {
        try { act(); }
        catch (Exception error) { return error; }
        throw new ShouldAssertException("expected an exception");
    }
}
