using System.Diagnostics;
using System.Runtime;

namespace Scorecard.Benchmarks.Refresh;

/// <summary>
/// What the runtime and EF Core compiled during a refresh: methods the JIT compiled (and its time, on whichever
/// thread), and queries EF Core translated and compiled because their shape was not yet in its cache. The first
/// incremental refresh in a process runs code and queries a full refresh does not; these say how much of its time that is.
/// </summary>
internal sealed record RuntimeWork(long JitMethods, double JitSeconds, int QueriesCompiled, int Gen2Collections = 0, int Collections = 0,
    double GcPauseSeconds = 0, long AllocatedBytes = 0)
{
    private static int _queriesCompiled;
    private static IDisposable? _subscription;

    /// <summary>Counts EF Core's query compilations from here on (EF Core raises the event only while someone listens).</summary>
    public static void Listen() => _subscription ??= DiagnosticListener.AllListeners.Subscribe(new Listeners());

    public static RuntimeWork Now() => new(JitInfo.GetCompiledMethodCount(), JitInfo.GetCompilationTime().TotalSeconds, Volatile.Read(ref _queriesCompiled),
        GC.CollectionCount(2), GC.CollectionCount(0), GC.GetTotalPauseDuration().TotalSeconds, GC.GetTotalAllocatedBytes());

    public static RuntimeWork operator -(RuntimeWork after, RuntimeWork before) =>
        new(after.JitMethods - before.JitMethods, after.JitSeconds - before.JitSeconds, after.QueriesCompiled - before.QueriesCompiled,
            after.Gen2Collections - before.Gen2Collections, after.Collections - before.Collections, after.GcPauseSeconds - before.GcPauseSeconds,
            after.AllocatedBytes - before.AllocatedBytes);

    /// <summary>
    /// The tiering settings the process runs with: from its runtimeconfig.json, unless the environment overrides them
    /// (DOTNET_TieredPGO, DOTNET_TieredCompilation, DOTNET_TC_QuickJitForLoops), which is said too.
    /// </summary>
    public static string Settings()
    {
        static string Of(string property, string variable) =>
            Environment.GetEnvironmentVariable(variable) is { } set ? $"{variable}={set} (environment)" : $"{property}={AppContext.GetData(property) ?? "default"}";
        return string.Join(", ", Of("System.Runtime.TieredPGO", "DOTNET_TieredPGO"), Of("System.Runtime.TieredCompilation.QuickJitForLoops", "DOTNET_TC_QuickJitForLoops"),
            Of("System.Runtime.TieredCompilation", "DOTNET_TieredCompilation"));
    }

    public override string ToString() => $"{QueriesCompiled} queries compiled, {JitMethods:N0} methods jitted in {JitSeconds:N2} s; " +
        $"{AllocatedBytes / 1048576.0:N0} MiB allocated, {Collections:N0} collections ({Gen2Collections:N0} of the whole heap), paused {GcPauseSeconds:N2} s";

    private sealed class Listeners : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.EntityFrameworkCore") value.Subscribe(new Events(), name => name == CompilationStarting);
        }
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }

    private const string CompilationStarting = "Microsoft.EntityFrameworkCore.Query.QueryCompilationStarting";

    private sealed class Events : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == CompilationStarting) Interlocked.Increment(ref _queriesCompiled);
        }
        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }
}
