using System.Globalization;

namespace Scorecard.Benchmarks;

/// <summary>One benchmark subcommand (load, and later refresh, odata, pack...).</summary>
internal interface IBenchmarkCommand
{
    string Name { get; }
    string Summary { get; }
    /// <summary>Hidden commands are plumbing (the child process of a memory measurement), not listed in the usage.</summary>
    bool Hidden => false;
    IReadOnlyList<BenchmarkOption> Options { get; }
    Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct);
}

/// <summary>An option: <c>--name value</c>, or a flag (<c>--name</c>) when <paramref name="IsFlag"/>.</summary>
internal sealed record BenchmarkOption(string Name, string Description, bool IsFlag = false);

internal sealed class BenchmarkUsageException(string message) : Exception(message);

/// <summary>The parsed <c>--name value</c> options of one command.</summary>
internal sealed class BenchmarkArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.OrdinalIgnoreCase);

    public static BenchmarkArguments Parse(ReadOnlySpan<string> args, IReadOnlyList<BenchmarkOption> options)
    {
        var parsed = new BenchmarkArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help") { parsed._values["help"] = null; continue; }
            if (!arg.StartsWith("--", StringComparison.Ordinal)) throw new BenchmarkUsageException($"unexpected argument '{arg}'.");
            var name = arg[2..];
            string? value = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0) (name, value) = (name[..eq], name[(eq + 1)..]);
            var option = options.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new BenchmarkUsageException($"unknown option --{name} (known: {string.Join(", ", options.Select(o => "--" + o.Name))}).");
            if (!option.IsFlag && value is null)
            {
                if (i + 1 >= args.Length) throw new BenchmarkUsageException($"--{name} needs a value.");
                value = args[++i];
            }
            parsed._values[option.Name] = value;
        }
        return parsed;
    }

    public bool Has(string name) => _values.ContainsKey(name);

    public string? String(string name) => _values.TryGetValue(name, out var v) ? v : null;

    public int Int(string name, int fallback, int minimum = 1)
    {
        if (String(name) is not { } text) return fallback;
        if (!int.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < minimum)
            throw new BenchmarkUsageException($"--{name} must be a whole number of at least {minimum}, not '{text}'.");
        return n;
    }
}

/// <summary>A benchmark that reads its own arguments (pack, odata): listed like the others, run with the raw arguments.</summary>
internal sealed class RawBenchmarkCommand(string name, string summary, Func<string[], Task<int>> run) : IBenchmarkCommand
{
    public string Name => name;
    public string Summary => summary;
    public IReadOnlyList<BenchmarkOption> Options => [];
    public bool Hidden { get; init; }
    public Task<int> RunRawAsync(string[] args) => run(args);
    public Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct) => throw new InvalidOperationException("Run with the raw arguments.");
}
