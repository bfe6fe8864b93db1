using System.Globalization;
using System.Text;

namespace Scorecard.TestSupport;

/// <summary>
/// Builds one extract CSV file (header + rows) for a test extract. Typed cells through <see cref="Add"/>
/// (null is empty, DateOnly is yyyy-MM-dd, a cell with a comma, quote or newline is quoted as RFC 4180 says),
/// or rows already written as CSV lines through <see cref="Lines"/>.
/// </summary>
public sealed class Csv(string file, params string[] columns)
{
    private readonly StringBuilder _text = new(string.Join(",", columns) + "\n");

    public string File { get; } = file;
    public int Rows { get; private set; }

    public Csv Add(params object?[] cells)
    {
        if (cells.Length != columns.Length) throw new ArgumentException($"{File}: {cells.Length} cells for {columns.Length} columns.");
        _text.Append(string.Join(",", cells.Select(Cell))).Append('\n');
        Rows++;
        return this;
    }

    /// <summary>Rows written as the CSV lines they are.</summary>
    public Csv Lines(params string[] rows)
    {
        foreach (var row in rows) _text.Append(row).Append('\n');
        Rows += rows.Length;
        return this;
    }

    public (string File, string Csv) ToFile() => (File, _text.ToString());

    public static implicit operator (string File, string Csv)(Csv csv) => csv.ToFile();

    /// <summary>A file from a header line and row lines.</summary>
    public static (string File, string Csv) Of(string name, string header, params string[] rows) =>
        new Csv(name, header.Split(',')).Lines(rows).ToFile();

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Cell(object? value)
    {
        var s = value switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return s.Contains(',') || s.Contains('"') || s.Contains('\n') ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
    }
}
