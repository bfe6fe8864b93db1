using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Scorecard.SampleData;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.TestSupport;

/// <summary>A generated extract in a temporary folder, deleted with the object.</summary>
public sealed class GeneratedFolder : IDisposable
{
    public GeneratedFolder(SyntheticCouncilOptions options)
    {
        Folder = Directory.CreateTempSubdirectory("scorecard-sample-").FullName;
        Extract = new SyntheticCouncilGenerator(options).Write(Folder);
        Options = options;
    }

    public string Folder { get; }
    public GeneratedExtract Extract { get; }
    public SyntheticCouncilOptions Options { get; }

    private readonly Dictionary<string, CsvTable> _tables = new(StringComparer.Ordinal);

    /// <summary>The table's file read back with CsvHelper (cached: the files do not change).</summary>
    public CsvTable Table(string name)
    {
        if (!_tables.TryGetValue(name, out var table))
            _tables[name] = table = CsvTable.Read(Path.Combine(Folder, name + ".csv"));
        return table;
    }

    public void Dispose()
    {
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

/// <summary>One CSV file as a header and rows of strings.</summary>
public sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _index = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
    }

    public string[] Header { get; }
    public List<string[]> Rows { get; }

    public static CsvTable Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        csv.Read().ShouldBeTrue($"{path} has no header");
        var header = csv.Record!;
        var rows = new List<string[]>();
        while (csv.Read()) rows.Add(csv.Record!);
        return new CsvTable(header, rows);
    }

    public bool Has(string column) => _index.ContainsKey(column);

    public IEnumerable<string> Column(string column)
    {
        var i = _index[column];
        return Rows.Select(r => r[i]);
    }

    public string Get(string[] row, string column) => row[_index[column]];

    public DateOnly? Date(string[] row, string column)
    {
        var text = Get(row, column);
        if (text.Length == 0) return null;
        ValueParsers.TryParseDate(text, out var date, out var why).ShouldBeTrue(why);
        return date;
    }
}
