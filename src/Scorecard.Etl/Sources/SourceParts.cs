using System.IO.Compression;
using Scorecard.Etl.Sources.AnnexA;
using Scorecard.Etl.Sources.CinCensus;

namespace Scorecard.Etl.Sources;

/// <summary>
/// A folder or zip that mixes sources, split into one extract per source: the SSD CSV files together, each CIN census
/// return and each Annex A workbook on its own, each recognised by its content. Each part then loads as its own batch
/// and succeeds or fails on its own. Census and Annex A files inside a zip are copied to a scratch folder to be read.
/// </summary>
public sealed class SourceParts : IDisposable
{
    private readonly string? _scratch;

    private SourceParts(List<(string Path, SourceFormat Format)> parts, string? scratch)
    {
        Parts = parts;
        _scratch = scratch;
    }

    public IReadOnlyList<(string Path, SourceFormat Format)> Parts { get; }

    /// <summary>The parts of a path: one (the path as it is) unless it is a folder or zip holding census or Annex A files.</summary>
    public static SourceParts Split(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path).Order(StringComparer.OrdinalIgnoreCase).ToList();
            return Of(path, files.Any(IsCsv), files);
        }
        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            List<ZipArchiveEntry> others;
            string? scratch = null;
            try
            {
                using var zip = ZipFile.OpenRead(path);
                others = zip.Entries.Where(e => e.Name.Length > 0 && (IsXml(e.Name) || IsWorkbook(e.Name))).OrderBy(e => e.Name, StringComparer.OrdinalIgnoreCase).ToList();
                if (others.Count == 0) return Single(path);
                scratch = Directory.CreateTempSubdirectory("scorecard-parts-").FullName;
                var copied = new List<string>();
                foreach (var e in others)
                {
                    var target = Path.Combine(scratch, e.Name);
                    if (File.Exists(target)) continue;
                    e.ExtractToFile(target);
                    copied.Add(target);
                }
                var parts = Of(path, zip.Entries.Any(e => IsCsv(e.Name)), copied);
                return new SourceParts([.. parts.Parts], scratch);
            }
            catch (InvalidDataException)
            {
                // The zip is unreadable: loading it as it is says so in a sentence.
                if (scratch is not null) Directory.Delete(scratch, true);
                return Single(path);
            }
        }
        return Single(path);
    }

    private static SourceParts Of(string path, bool hasCsv, List<string> files)
    {
        var parts = new List<(string, SourceFormat)>();
        foreach (var f in files)
        {
            if (IsXml(f) && CinCensusExtract.Recognises(f)) parts.Add((f, SourceFormat.CinCensus));
            else if (IsWorkbook(f) && AnnexAExtract.Recognises(f)) parts.Add((f, SourceFormat.AnnexA));
        }
        if (parts.Count == 0) return Single(path);
        if (hasCsv) parts.Insert(0, (path, SourceFormat.Ssd));
        return new SourceParts(parts, null);
    }

    private static SourceParts Single(string path) => new([(path, SourceFormat.Recognise)], null);

    private static bool IsCsv(string f) => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
    private static bool IsXml(string f) => f.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);
    private static bool IsWorkbook(string f) => f.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);

    public void Dispose()
    {
        if (_scratch is null) return;
        try
        {
            Directory.Delete(_scratch, true);
        }
        catch (IOException)
        {
            // Left in the temp folder; never fails a load.
        }
    }
}
