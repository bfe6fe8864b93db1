using System.Buffers.Binary;

namespace Scorecard.Etl.Sources;

/// <summary>
/// Reads a zip's central directory for what <see cref="System.IO.Compression.ZipArchiveEntry"/> does not say:
/// each entry's compression method, so that an entry Scorecard cannot decompress (bzip2, LZMA...) is named
/// in a sentence instead of failing deep inside the decompressor.
/// </summary>
internal static class ZipDirectory
{
    private const uint EndOfDirectory = 0x06054b50;
    private const uint DirectoryEntry = 0x02014b50;

    /// <summary>Entry path -> compression method; empty when the directory cannot be read this simply (zip64).</summary>
    public static IReadOnlyDictionary<string, ushort> CompressionMethods(string path)
    {
        var methods = new Dictionary<string, ushort>(StringComparer.Ordinal);
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            // The end-of-directory record is in the last 22 bytes plus a comment of up to 64 KiB.
            var tailLength = (int)Math.Min(file.Length, 22 + 0xFFFF);
            var tail = new byte[tailLength];
            file.Seek(-tailLength, SeekOrigin.End);
            file.ReadExactly(tail);
            var eocd = -1;
            for (var i = tailLength - 22; i >= 0; i--)
                if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndOfDirectory) { eocd = i; break; }
            if (eocd < 0) return methods;
            var count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(eocd + 10));
            var size = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd + 12));
            var offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(eocd + 16));
            if (count == 0xFFFF || size == 0xFFFFFFFF || offset == 0xFFFFFFFF || offset + (long)size > file.Length || size > 64 << 20) return methods;
            var directory = new byte[size];
            file.Seek(offset, SeekOrigin.Begin);
            file.ReadExactly(directory);
            var p = 0;
            for (var n = 0; n < count && p + 46 <= directory.Length; n++)
            {
                if (BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(p)) != DirectoryEntry) break;
                var flags = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(p + 8));
                var method = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(p + 10));
                var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(p + 28));
                var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(p + 30));
                var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(p + 32));
                if (p + 46 + nameLength > directory.Length) break;
                // Bit 11: the name is UTF-8; otherwise code page 437, which for the ASCII names of extract files is the same.
                var name = ((flags & 0x800) != 0 ? System.Text.Encoding.UTF8 : System.Text.Encoding.Latin1).GetString(directory, p + 46, nameLength);
                methods[name] = method;
                p += 46 + nameLength + extraLength + commentLength;
            }
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or ArgumentException)
        {
            // The archive reader itself reports a broken zip; this is only for a better sentence.
        }
        return methods;
    }

    public static string MethodName(ushort method) => method switch
    {
        1 => "Shrink (method 1)",
        6 => "Implode (method 6)",
        12 => "bzip2 (method 12)",
        14 => "LZMA (method 14)",
        93 => "Zstandard (method 93)",
        95 => "XZ (method 95)",
        98 => "PPMd (method 98)",
        99 => "AES encryption (method 99)",
        _ => $"compression method {method}",
    };
}

/// <summary>CRC-32 (the zip polynomial, reflected 0xEDB88320), slicing by eight bytes at a time.</summary>
internal static class Crc32
{
    public const uint Initial = 0xFFFFFFFF;
    private static readonly uint[] Table = Build();

    private static uint[] Build()
    {
        var t = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        for (var i = 0; i < 256; i++)
            for (var s = 1; s < 8; s++)
                t[(s * 256) + i] = (t[((s - 1) * 256) + i] >> 8) ^ t[t[((s - 1) * 256) + i] & 0xFF];
        return t;
    }

    public static uint Append(uint crc, ReadOnlySpan<byte> data)
    {
        var t = Table;
        while (data.Length >= 8)
        {
            var one = BinaryPrimitives.ReadUInt32LittleEndian(data) ^ crc;
            var two = BinaryPrimitives.ReadUInt32LittleEndian(data[4..]);
            crc = t[(7 * 256) + (one & 0xFF)] ^ t[(6 * 256) + ((one >> 8) & 0xFF)] ^ t[(5 * 256) + ((one >> 16) & 0xFF)] ^ t[(4 * 256) + (one >> 24)]
                ^ t[(3 * 256) + (two & 0xFF)] ^ t[(2 * 256) + ((two >> 8) & 0xFF)] ^ t[256 + ((two >> 16) & 0xFF)] ^ t[two >> 24];
            data = data[8..];
        }
        foreach (var b in data) crc = t[(crc ^ b) & 0xFF] ^ (crc >> 8);
        return crc;
    }

    public static uint Finish(uint crc) => ~crc;
}
