using System.Globalization;
using System.Text;

namespace Scorecard.Etl.Sources;

/// <summary>
/// A source that is not SSD CSV (a CIN census return, an Annex A workbook), read once into the SSD tables it means,
/// written as CSV files in a scratch folder that is deleted with it. The loader then reads those files as it reads any
/// SSD extract: one set of field rules, mapping and reject policy for every source. Each row carries the line of the
/// council's own file it came from (<see cref="Ssd.CsvTableReader.SourceLineColumn"/>), so that rejects point there.
/// </summary>
public abstract class TranslatedExtract : ExtractSource
{
    private readonly List<(string Name, string Location)> _files = [];

    protected TranslatedExtract(string path, string scratchPrefix)
    {
        Name = Path.GetFullPath(path);
        Folder = Directory.CreateTempSubdirectory(scratchPrefix).FullName;
    }

    public override string Name { get; }

    /// <summary>Neither a census return (one collection year) nor an Annex A (a recent window) is a full snapshot.</summary>
    public override bool IsFullSnapshot => false;

    protected override IReadOnlyList<(string Name, string Location)> Files => _files;

    /// <summary>The scratch folder the SSD tables are written to.</summary>
    protected string Folder { get; }

    /// <summary>Makes a table's file part of the extract, once it is written.</summary>
    protected void AddFile(string fileName) => _files.Add((fileName, fileName));

    protected StreamWriter CreateTable(string fileName, string header)
    {
        var writer = new StreamWriter(Path.Combine(Folder, fileName), false, new UTF8Encoding(false), 1 << 16);
        writer.Write(header);
        writer.Write(',');
        writer.WriteLine(Ssd.CsvTableReader.SourceLineColumn);
        return writer;
    }

    public override Stream Open(string fileName) =>
        new FileStream(Path.Combine(Folder, fileName), FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    public override long SizeOf(string fileName) => new FileInfo(Path.Combine(Folder, fileName)).Length;

    /// <summary>One row: its values (null: empty), then the line of the council's file it came from.</summary>
    protected static void AppendRow(TextWriter w, string?[] values, int line)
    {
        foreach (var v in values)
        {
            if (v is not null)
            {
                if (v.AsSpan().IndexOfAny(",\"\r\n") >= 0) w.Write($"\"{v.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
                else w.Write(v);
            }
            w.Write(',');
        }
        w.WriteLine(line.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A record's name, made unique among its neighbours: two records of one kind on one day stay two records.</summary>
    protected static string Unique(HashSet<string> names, string name)
    {
        var candidate = name;
        for (var n = 2; !names.Add(candidate); n++) candidate = $"{name}/{n}";
        return candidate;
    }

    public override void Dispose()
    {
        try
        {
            Directory.Delete(Folder, true);
        }
        catch (IOException)
        {
            // A scratch folder left in the temp folder never fails a load.
        }
        base.Dispose();
    }
}
