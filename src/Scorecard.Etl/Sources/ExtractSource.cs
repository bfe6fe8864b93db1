using System.IO.Compression;

namespace Scorecard.Etl.Sources;

/// <summary>
/// An extract: a folder of CSV files or a .zip of them. One extract is one load with one outcome, so anything
/// that makes a file ambiguous or unreadable (two files for one table, a damaged or encrypted zip entry)
/// stops the whole load with a sentence that says what to do.
/// </summary>
public abstract class ExtractSource : IDisposable
{
    public abstract string Name { get; }

    /// <summary>What kind of source this is, as load batches record it. Deletions at source are judged only against loads of the same kind.</summary>
    public virtual string SourceKind => SsdKind;

    public const string SsdKind = "SSD extract";

    /// <summary>
    /// Whether a file of this source holds every record of its window (so a record it lacks was deleted at source).
    /// A census return holds one collection year's children in need, not a snapshot: nothing is taken as deleted from it.
    /// </summary>
    public virtual bool IsFullSnapshot => true;

    /// <summary>What the source says of itself (a census's year and why), or null when its files' columns and values tell.</summary>
    public virtual string? Describe() => null;

    /// <summary>What reading the source found worth saying before any row (an Annex A header no mapping knows).</summary>
    public virtual IReadOnlyList<SourceWarning> SourceWarnings => [];

    /// <summary>How a file is named in the load report and the reject table.</summary>
    public virtual string DisplayName(string fileName) => fileName;

    /// <summary>File names (no folders), as they are in the extract.</summary>
    public IReadOnlyList<string> FileNames => Files.Select(f => f.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Every file: its name without folders, and where it is (its path in a zip).</summary>
    protected abstract IReadOnlyList<(string Name, string Location)> Files { get; }

    /// <summary>Opens a file found by <see cref="FindFile"/>. Reading it to the end verifies it (a zip entry's checksum).</summary>
    public abstract Stream Open(string fileName);

    /// <summary>Uncompressed size in bytes.</summary>
    public abstract long SizeOf(string fileName);

    /// <summary>The file for a table (any case, any folder), or null.</summary>
    /// <exception cref="ExtractStructureException">Two files would feed the same table.</exception>
    public string? FindFile(string wanted)
    {
        var matches = Files.Where(f => string.Equals(f.Name, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (matches.Count > 1)
            throw new ExtractStructureException(
                $"The extract has {matches.Count} files for {wanted}: {string.Join(" and ", matches.Select(m => m.Location).Order(StringComparer.Ordinal))}. " +
                "Keep only the one to load; nothing was loaded.");
        return matches.Count == 1 ? matches[0].Name : null;
    }

    public static ExtractSource Open(string path, string? fileExtension = ".csv", SourceFormat format = SourceFormat.Recognise, Mapping.CouncilMapping? mapping = null)
    {
        if (format == SourceFormat.AnnexA || (format == SourceFormat.Recognise && File.Exists(path) && AnnexA.AnnexAExtract.Recognises(path)))
        {
            if (!File.Exists(path)) throw new ExtractStructureException($"An Annex A is one workbook (.xlsx); {path} is not a file.");
            return AnnexA.AnnexAExtract.Read(path, mapping ?? Mapping.CouncilMapping.Default);
        }
        if (format == SourceFormat.CinCensus || (format == SourceFormat.Recognise && File.Exists(path) && !IsZip(path) && CinCensus.CinCensusExtract.Recognises(path)))
        {
            if (!File.Exists(path)) throw new ExtractStructureException($"A CIN census is one XML file; {path} is not a file.");
            return CinCensus.CinCensusExtract.Read(path);
        }
        if (Directory.Exists(path)) return new FolderExtractSource(path, fileExtension);
        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return new ZipExtractSource(path, fileExtension);
        throw new ExtractStructureException(File.Exists(path)
            ? $"{path} is neither a folder, a .zip, a CIN census return (XML with a <Message> root) nor an Annex A workbook (.xlsx with 'List n' sheets)."
            : $"The extract {path} does not exist.");
    }

    private static bool IsZip(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>A warning about a source's layout: the file (as <see cref="ExtractSource.DisplayName"/> names it), and a value a mapping list could name.</summary>
public sealed record SourceWarning(string File, string Kind, string? CodeList, string? Value, int Line, string Message);

/// <summary>Which kind of source a path is: recognised from its content unless the user says (load --format).</summary>
public enum SourceFormat
{
    Recognise,
    Ssd,
    CinCensus,
    AnnexA,
}

public sealed class FolderExtractSource(string folder, string? extension) : ExtractSource
{
    public override string Name => Path.GetFullPath(folder);

    protected override IReadOnlyList<(string Name, string Location)> Files { get; } = Directory.EnumerateFiles(folder)
        .Select(Path.GetFileName)
        .Where(f => extension is null || f!.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        .Select(f => (f!, f!))
        .ToList();

    public override Stream Open(string fileName) =>
        new FileStream(Path.Combine(folder, fileName), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    public override long SizeOf(string fileName) => new FileInfo(Path.Combine(folder, fileName)).Length;
}

public sealed class ZipExtractSource : ExtractSource
{
    private readonly ZipArchive _zip;
    private readonly List<ZipArchiveEntry> _entries;
    private readonly IReadOnlyDictionary<string, ushort> _methods;

    public ZipExtractSource(string path, string? extension)
    {
        Name = Path.GetFullPath(path);
        try
        {
            _zip = ZipFile.OpenRead(path);
            // Files may sit in a folder inside the zip; names are matched without it.
            _entries = _zip.Entries
                .Where(e => e.Name.Length > 0 && (extension is null || e.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
                .ToList();
        }
        catch (InvalidDataException e)
        {
            throw new ExtractStructureException($"{path} is not a readable zip file ({e.Message.TrimEnd('.')}). Ask for the extract again; nothing was loaded.");
        }
        _methods = ZipDirectory.CompressionMethods(path);
        Files = _entries.Select(e => (e.Name, e.FullName)).ToList();
    }

    public override string Name { get; }
    protected override IReadOnlyList<(string Name, string Location)> Files { get; }

    public override long SizeOf(string fileName) => Entry(fileName).Length;

    public override Stream Open(string fileName)
    {
        var entry = Entry(fileName);
        if (entry.IsEncrypted)
            throw new ExtractStructureException(
                $"{entry.FullName} in {Path.GetFileName(Name)} is password-protected, and Scorecard does not read encrypted zips. " +
                "Send the extract without a password (protect it in transit instead); nothing was loaded.");
        if (_methods.TryGetValue(entry.FullName, out var method) && method is not (0 or 8 or 9))
            throw new ExtractStructureException(
                $"{entry.FullName} in {Path.GetFileName(Name)} is compressed with {ZipDirectory.MethodName(method)}, which Scorecard cannot read. " +
                "Zip the files again with the standard method (deflate, what Windows and most tools use by default); nothing was loaded.");
        try
        {
            return new VerifiedEntryStream(entry.Open(), entry, Path.GetFileName(Name));
        }
        catch (InvalidDataException e)
        {
            throw VerifiedEntryStream.Damaged(entry, Path.GetFileName(Name), e.Message);
        }
    }

    private ZipArchiveEntry Entry(string fileName) => _entries.Single(e => e.Name == fileName);

    public override void Dispose()
    {
        _zip.Dispose();
        base.Dispose();
    }
}

/// <summary>
/// A zip entry's content, checked as it is read: the CRC-32 and length the zip records must match what
/// decompresses, or the entry is damaged and the extract is refused (nothing invented from garbage loads).
/// </summary>
internal sealed class VerifiedEntryStream(Stream inner, ZipArchiveEntry entry, string zipName) : Stream
{
    private uint _crc = Crc32.Initial;
    private long _length;
    private bool _verified;

    public static ExtractStructureException Damaged(ZipArchiveEntry entry, string zipName, string why) =>
        new($"{entry.FullName} in {zipName} is damaged ({why.TrimEnd('.')}). Ask for the extract again; nothing was loaded.");

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        int n;
        try
        {
            n = inner.Read(buffer);
        }
        catch (InvalidDataException e)
        {
            throw Damaged(entry, zipName, e.Message);
        }
        if (n > 0)
        {
            _crc = Crc32.Append(_crc, buffer[..n]);
            _length += n;
        }
        else if (!_verified && buffer.Length > 0)
        {
            _verified = true;
            if (_length != entry.Length)
                throw Damaged(entry, zipName, $"it holds {_length:N0} bytes where the zip says {entry.Length:N0}");
            if (Crc32.Finish(_crc) != entry.Crc32)
                throw Damaged(entry, zipName, "its contents do not match the checksum the zip records");
        }
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => entry.Length;
    public override long Position { get => _length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}

/// <summary>A problem with the extract as a whole (missing file or column, unreadable file): the batch fails and loads nothing.</summary>
public sealed class ExtractStructureException(string message) : Exception(message);
