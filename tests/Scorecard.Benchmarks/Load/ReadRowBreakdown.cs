using System.Diagnostics;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// Splits CsvTableReader.ReadRow's time (for <c>load --profile</c>) with a separate pass over the same files:
/// CsvParser with the reader's configuration fetching every contract field (trimmed, as the reader does), and the
/// same HMAC pseudonymisation of every identifier cell. What ReadRow spends beyond both is the type checks,
/// code lookups, date parsing and row rules.
/// </summary>
internal static class ReadRowBreakdown
{
    public sealed record Result(TimeSpan Parse, TimeSpan Pseudonymise, long IdentifierCells, long Fields);

    public static Result Measure(string folder, Pseudonymiser pseudonymiser)
    {
        long parseTicks = 0, hashTicks = 0, identifiers = 0, fields = 0;
        foreach (var spec in ExtractContract.Tables)
        {
            var file = Path.Combine(folder, spec.FileName);
            if (!File.Exists(file)) continue;
            using var text = new StreamReader(file, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true,
                new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
            // The configuration CsvTableReader uses.
            using var parser = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture)
            {
                BadDataFound = _ => { },
                MissingFieldFound = null,
                TrimOptions = TrimOptions.Trim,
                IgnoreBlankLines = true,
                DetectColumnCountChanges = false,
            });
            if (!parser.Read()) continue;
            var header = Enumerable.Range(0, parser.Count).Select(i => (parser[i] ?? "").Trim().ToLowerInvariant()).ToArray();
            var index = spec.Columns.Select(c => Array.IndexOf(header, c.Name)).ToArray();
            var kinds = spec.Columns.Select(c => c.IsPseudonymised ? c.IdentifierKind : null).ToArray();
            var raw = new string?[spec.Columns.Count];

            var t0 = Stopwatch.GetTimestamp();
            while (parser.Read())
            {
                for (var i = 0; i < raw.Length; i++)
                {
                    var v = index[i] >= 0 && index[i] < parser.Count ? parser[index[i]] : null;
                    raw[i] = string.IsNullOrWhiteSpace(v) ? null : v.Trim();
                }
                fields += raw.Length;
                var t1 = Stopwatch.GetTimestamp();
                parseTicks += t1 - t0;
                for (var i = 0; i < raw.Length; i++)
                {
                    if (kinds[i] is not { } kind || raw[i] is not { } id) continue;
                    pseudonymiser.Pseudonymise(kind, id);
                    identifiers++;
                }
                t0 = Stopwatch.GetTimestamp();
                hashTicks += t0 - t1;
            }
            parseTicks += Stopwatch.GetTimestamp() - t0;
        }
        return new Result(Stopwatch.GetElapsedTime(0, parseTicks), Stopwatch.GetElapsedTime(0, hashTicks), identifiers, fields);
    }
}
