using System.Globalization;
using System.Text;
using System.Xml;
using Scorecard.Etl.Sources.CinCensus;
using static Scorecard.Benchmarks.Format;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// The CIN census reader on generated returns: a small one and one ten times larger (100 MB by default), each loaded
/// by a load-once child process so that its peak resident set is the load's alone. Memory must not grow with the
/// return. Beside it, in the same run, the SSD loader on the very rows the census was read into (the same tables, as
/// CSV files): the census's rows/s against the SSD path's is the cost of reading XML.
/// </summary>
internal sealed class CinCensusBenchmarkCommand : IBenchmarkCommand
{
    public string Name => "cin";
    public string Summary => "CIN census reader: peak memory of a 10 MB and a 100 MB generated return, rows/s beside the SSD loader on the same rows.";

    public IReadOnlyList<BenchmarkOption> Options { get; } =
    [
        new("mb", "Size of the large return in MB (default 100; the small one is a tenth)."),
        new("seed", "Random seed of the generated returns (default 20241201)."),
    ];

    public async Task<int> RunAsync(BenchmarkArguments args, CancellationToken ct)
    {
        var mb = args.Int("mb", 100);
        var seed = args.Int("seed", 20241201);
        using var scratch = new ScratchFolder("scorecard-cin-bench-");
        Console.WriteLine($"CIN census benchmark, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, load average {LoadAverage()}");
        var results = new List<(string Name, long Bytes, ChildLoad Census, ChildLoad Ssd, long ReadManaged)>();
        foreach (var size in new[] { Math.Max(1, mb / 10), mb })
        {
            var xml = scratch.File($"census-{size}mb.xml");
            var children = CensusGenerator.Write(xml, size * 1_000_000L, seed);
            var bytes = new FileInfo(xml).Length;
            // The same rows as SSD CSV files: what the census reader writes for the loader, kept for the SSD run.
            var csv = Directory.CreateDirectory(scratch.File($"ssd-{size}mb")).FullName;
            // The XML reading alone, in this process: the most managed memory it held while it read the return.
            GC.Collect();
            SQLitePCL.Batteries_V2.Init(); // the sampler also reads SQLite's memory, which needs its provider set
            var sampler = new MemorySampler(TimeSpan.FromMilliseconds(5));
            var extract = CinCensusExtract.Read(xml);
            sampler.Dispose();
            var readManaged = sampler.MaxManagedBytes;
            using (extract)
                foreach (var file in extract.FileNames)
                {
                    await using var from = extract.Open(file);
                    await using var to = File.Create(Path.Combine(csv, file));
                    await from.CopyToAsync(to, ct);
                }
            var census = await ChildLoad.RunOnScratchAsync(xml, scratch.File("census.db"), ct);
            var ssd = await ChildLoad.RunOnScratchAsync(csv, scratch.File("ssd.db"), ct);
            Console.WriteLine($"  {size} MB return ({N(bytes)} bytes, {N(children)} children): census {N(census.Rows)} rows in {census.Seconds:N2} s = {Rate(census.Rows / census.Seconds)} rows/s, " +
                $"peak {Mib(census.PeakKb)} MiB (reading the XML: at most {Mib(readManaged / 1024)} MiB managed); SSD on the same rows {Rate(ssd.Rows / ssd.Seconds)} rows/s, peak {Mib(ssd.PeakKb)} MiB; " +
                $"rejected {N(census.Rejected)} and {N(ssd.Rejected)}");
            results.Add(($"{size} MB", bytes, census, ssd, readManaged));
        }
        var (small, large) = (results[0], results[1]);
        Console.WriteLine();
        Console.WriteLine("| Return | Bytes | Rows | Census s | Census rows/s | SSD rows/s (same rows) | Census / SSD | Census peak RSS (MiB) | SSD peak RSS (MiB) | XML reading, max managed (MiB) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (name, bytes, c, s, m) in results)
            Console.WriteLine($"| {name} | {N(bytes)} | {N(c.Rows)} | {c.Seconds:N2} | {Rate(c.Rows / c.Seconds)} | {Rate(s.Rows / s.Seconds)} | {Ratio(c.Rows / c.Seconds / (s.Rows / s.Seconds))} | {Mib(c.PeakKb)} | {Mib(s.PeakKb)} | {Mib(m / 1024)} |");
        Console.WriteLine($"| **large / small** | | | | | | | **{Ratio((double)large.Census.PeakKb / small.Census.PeakKb)}** | {Ratio((double)large.Ssd.PeakKb / small.Ssd.PeakKb)} | **{Ratio((double)large.ReadManaged / small.ReadManaged)}** |");
        return 0;
    }
}

/// <summary>
/// Writes a synthetic CIN census return of about a given size, streaming (the 2024-25 shape: Sex, one to three
/// referrals per child, each with an assessment, some with a section 47 enquiry and a plan). No real data.
/// </summary>
internal static class CensusGenerator
{
    public static int Write(string path, long bytes, int seed)
    {
        var random = new Random(seed);
        using var stream = File.Create(path);
        using var w = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        w.WriteStartElement("Message");
        w.WriteStartElement("Header");
        w.WriteStartElement("CollectionDetails");
        w.WriteElementString("Collection", "CIN");
        w.WriteElementString("Year", "2025");
        w.WriteElementString("ReferenceDate", "2025-03-31");
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteStartElement("Children");
        var children = 0;
        var start = new DateOnly(2022, 4, 1);
        while (true)
        {
            w.Flush();
            if (stream.Position >= bytes) break;
            children++;
            w.WriteStartElement("Child");
            w.WriteStartElement("ChildIdentifiers");
            w.WriteElementString("LAchildID", $"CH{children:D8}");
            w.WriteElementString("UPN", $"A{random.NextInt64(100_000_000_000, 999_999_999_999)}");
            w.WriteElementString("PersonBirthDate", Iso(new DateOnly(2006, 1, 1).AddDays(random.Next(0, 6500))));
            w.WriteElementString("Sex", random.Next(2) == 0 ? "1" : "2");
            w.WriteEndElement();
            w.WriteStartElement("ChildCharacteristics");
            w.WriteElementString("Ethnicity", random.Next(5) == 0 ? "MWBC" : "WBRI");
            w.WriteStartElement("Disabilities");
            w.WriteElementString("Disability", "NONE");
            w.WriteEndElement();
            w.WriteEndElement();
            var referral = start.AddDays(random.Next(0, 900));
            for (var r = random.Next(1, 4); r > 0; r--)
            {
                var close = referral.AddDays(random.Next(5, 200));
                w.WriteStartElement("CINdetails");
                w.WriteElementString("CINreferralDate", Iso(referral));
                w.WriteElementString("ReferralSource", random.Next(3) switch { 0 => "5A", 1 => "2A", _ => "6" });
                w.WriteElementString("PrimaryNeedCode", "N1");
                w.WriteElementString("CINclosureDate", Iso(close));
                w.WriteElementString("ReasonForClosure", random.Next(6) == 0 ? "RC9" : "RC8");
                w.WriteStartElement("Assessments");
                w.WriteElementString("AssessmentActualStartDate", Iso(referral.AddDays(1)));
                w.WriteElementString("AssessmentAuthorisationDate", Iso(referral.AddDays(random.Next(5, 60))));
                w.WriteStartElement("FactorsIdentifiedAtAssessment");
                w.WriteElementString("AssessmentFactors", "1C");
                w.WriteEndElement();
                w.WriteEndElement();
                if (random.Next(4) == 0)
                {
                    w.WriteStartElement("Section47");
                    w.WriteElementString("S47ActualStartDate", Iso(referral.AddDays(2)));
                    w.WriteElementString("ICPCnotRequired", "false");
                    w.WriteEndElement();
                }
                w.WriteElementString("ReferralNFA", "0");
                if (random.Next(6) == 0)
                {
                    w.WriteStartElement("ChildProtectionPlans");
                    w.WriteElementString("CPPstartDate", Iso(referral.AddDays(20)));
                    if (close > referral.AddDays(20)) w.WriteElementString("CPPendDate", Iso(close));
                    w.WriteEndElement();
                }
                w.WriteEndElement();
                referral = close.AddDays(random.Next(10, 300));
            }
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        return children;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
