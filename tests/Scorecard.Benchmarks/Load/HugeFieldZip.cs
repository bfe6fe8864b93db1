using System.IO.Compression;
using System.Text;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// A zip holding an ssd_person.csv with one enormous field (a quoted value of <c>mib</c> MiB of one letter, in a
/// column the loader ignores) between two ordinary rows. Deflate shrinks it about a thousandfold, so a few MiB on
/// disk unpack to a field that, held as text, would need twice its size in memory.
/// </summary>
internal static class HugeFieldZip
{
    public static void Write(string path, int mib)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var s = zip.CreateEntry("extract/ssd_person.csv", CompressionLevel.Optimal).Open();
        s.Write("pers_person_id,pers_sex,pers_notes\nP1,F,\""u8);
        var block = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
        for (var i = 0; i < mib; i++) s.Write(block);
        s.Write("\"\nP2,M,short\n"u8);
    }
}
