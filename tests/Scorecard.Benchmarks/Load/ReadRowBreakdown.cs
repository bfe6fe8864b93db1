using System.Diagnostics;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources.Csv;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// Splits the reading thread's time (for <c>load --profile</c>) with a separate pass over the same files: the
/// loader's CsvTokenizer fetching every contract field as a string (trimmed, as the reader does), and the same
/// HMAC pseudonymisation of every identifier cell. What the reader spends beyond both is the type checks, code
/// lookups, date parsing and row rules.
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
            using var tokenizer = new CsvTokenizer(new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan), spec.FileName);
            var record = new CsvRecord();
            if (!tokenizer.ReadRecord(record)) continue;
            var header = Enumerable.Range(0, record.FieldCount).Select(i => record[i].Trim().ToString().ToLowerInvariant()).ToArray();
            tokenizer.ExpectedFields = header.Length;
            var index = spec.Columns.Select(c => Array.IndexOf(header, c.Name)).ToArray();
            tokenizer.SingleLineFields = index.Where(i => i >= 0).ToHashSet();
            var kinds = spec.Columns.Select(c => c.IsPseudonymised ? c.IdentifierKind : null).ToArray();
            var raw = new string?[spec.Columns.Count];

            var t0 = Stopwatch.GetTimestamp();
            while (tokenizer.ReadRecord(record))
            {
                for (var i = 0; i < raw.Length; i++)
                {
                    var v = index[i] >= 0 ? record[index[i]].Trim() : default;
                    raw[i] = v.IsEmpty ? null : v.ToString();
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
