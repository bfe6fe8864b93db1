using System.IO.Compression;
using System.Security.Cryptography;

namespace Scorecard.Etl.Sources;

/// <summary>An extract: a folder of CSV files or a .zip of them.</summary>
public abstract class ExtractSource : IDisposable
{
    public abstract string Name { get; }

    /// <summary>File names (no folders), as they are in the extract.</summary>
    public abstract IReadOnlyList<string> FileNames { get; }

    public abstract Stream Open(string fileName);

    public string? FindFile(string wanted) =>
        FileNames.FirstOrDefault(f => string.Equals(f, wanted, StringComparison.OrdinalIgnoreCase));

    /// <summary>SHA-256 over every file's name and content, in name order: equal hashes mean the same extract.</summary>
    public string ComputeHash()
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        foreach (var file in FileNames.Order(StringComparer.OrdinalIgnoreCase))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file.ToLowerInvariant() + "\0"));
            using var s = Open(file);
            int read;
            while ((read = s.Read(buffer, 0, buffer.Length)) > 0) sha.AppendData(buffer, 0, read);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    public static ExtractSource Open(string path, string? fileExtension = ".csv")
    {
        if (Directory.Exists(path)) return new FolderExtractSource(path, fileExtension);
        if (File.Exists(path) && path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return new ZipExtractSource(path, fileExtension);
        throw new ExtractStructureException(File.Exists(path)
            ? $"{path} is neither a folder nor a .zip file."
            : $"The extract {path} does not exist.");
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

public sealed class FolderExtractSource(string folder, string? extension) : ExtractSource
{
    public override string Name => Path.GetFullPath(folder);

    public override IReadOnlyList<string> FileNames { get; } = Directory.EnumerateFiles(folder)
        .Select(Path.GetFileName)
        .Where(f => extension is null || f!.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        .Order(StringComparer.OrdinalIgnoreCase).ToList()!;

    public override Stream Open(string fileName) =>
        new FileStream(Path.Combine(folder, fileName), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
}

public sealed class ZipExtractSource : ExtractSource
{
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;

    public ZipExtractSource(string path, string? extension)
    {
        Name = Path.GetFullPath(path);
        try
        {
            _zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new ExtractStructureException($"{path} is not a readable zip file: {e.Message}");
        }
        // Files may sit in a folder inside the zip; names are matched without it.
        _entries = _zip.Entries
            .Where(e => e.Length > 0 || e.Name.Length > 0)
            .Where(e => e.Name.Length > 0 && (extension is null || e.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
            .GroupBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.First().Name, g => g.First(), StringComparer.OrdinalIgnoreCase);
        FileNames = _entries.Keys.Order(StringComparer.OrdinalIgnoreCase).ToList();
    }

    public override string Name { get; }
    public override IReadOnlyList<string> FileNames { get; }
    public override Stream Open(string fileName) => _entries[fileName].Open();

    public override void Dispose()
    {
        _zip.Dispose();
        base.Dispose();
    }
}

/// <summary>A problem with the extract as a whole (missing file or column, unreadable file): the batch fails and loads nothing.</summary>
public sealed class ExtractStructureException(string message) : Exception(message);
