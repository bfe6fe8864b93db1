using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Scorecard.Reports.Benchmarks;

/// <summary>A DfE published table a measure is compared with: which file, which column, where it came from and of when.</summary>
public sealed record BenchmarkSource(
    string Measure,
    string File,
    string Column,
    string Source,
    string DataDate,
    string? Url = null,
    string? NumeratorColumn = null,
    string? DenominatorColumn = null)
{
    /// <summary>Columns every DfE open-data file of local authority figures has (explore-education-statistics' standard).</summary>
    public static readonly IReadOnlyList<string> StandardColumns = ["time_period", "geographic_level", "region_name", "old_la_code", "la_name"];
}

/// <summary>The DfE's statistical neighbour groups file, with where it came from.</summary>
public sealed record NeighbourSource(string File, string Source, string DataDate);

/// <summary>What benchmarks.json says: the council's DfE number and the published tables the packs compare with.</summary>
public sealed record BenchmarkSettings(int? LaNumber, NeighbourSource? StatisticalNeighbours, IReadOnlyList<BenchmarkSource> Measures);

/// <summary>
/// One year of a DfE figure: England, the council's region, its ten statistical neighbours' average (the simple
/// mean of their published values, as the DfE's benchmarking tools show it) and the council's own published value.
/// Null where the DfE withholds a figure ("c", "x", "z") or the council has no DfE number.
/// </summary>
public sealed record DfeFigure(
    string Year,
    DfeValue England,
    string? RegionName,
    DfeValue Region,
    double? Neighbours,
    int NeighboursPublished,
    DfeValue Published);

/// <summary>A published percentage with the counts it divides, where the DfE publishes them.</summary>
public readonly record struct DfeValue(double? Percent, int? Numerator = null, int? Denominator = null)
{
    public static readonly DfeValue None = new(null);
}

/// <summary>A measure's DfE figures, newest year last.</summary>
public sealed record MeasureBenchmark(string Measure, BenchmarkSource Source, IReadOnlyList<DfeFigure> Years)
{
    public DfeFigure Latest => Years[^1];
}

/// <summary>
/// The DfE reference data shipped in report-templates/reference/ (or a council's own copy): read from files at
/// pack time, never fetched. <see cref="Load"/> refuses a file that lacks the columns it needs, naming them, so a
/// newer download in another shape fails at import, not half-way through a pack.
/// </summary>
public sealed class DfeBenchmarks
{
    public const string FolderName = "reference";
    public const string SettingsFileName = "benchmarks.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public required BenchmarkSettings Settings { get; init; }
    /// <summary>The council's name as the DfE publishes it, when its number is set.</summary>
    public string? LaName { get; init; }
    public string? RegionName { get; init; }
    /// <summary>The neighbours' names, in the DfE's order (closest first).</summary>
    public IReadOnlyList<string> NeighbourNames { get; init; } = [];
    public required IReadOnlyDictionary<string, MeasureBenchmark> Measures { get; init; }

    public MeasureBenchmark? For(string measure) => Measures.GetValueOrDefault(measure);

    /// <summary>
    /// The reference folder beside the template (a council's own folder may hold its own benchmarks.json and files),
    /// else the one shipped with the application; none when neither has benchmarks.json.
    /// </summary>
    public static DfeBenchmarks? ForTemplate(Templates.PackTemplate template)
    {
        var folders = new[] { template.SourcePath is { } path ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, FolderName) : null, ShippedFolder };
        return folders.OfType<string>().FirstOrDefault(f => File.Exists(Path.Combine(f, SettingsFileName))) is { } folder ? Load(folder) : null;
    }

    /// <summary>The reference data that comes with the product, beside the application.</summary>
    public static string ShippedFolder => Path.Combine(Templates.PackFolders.Shipped, FolderName);

    /// <summary>Reads benchmarks.json and the files it names from a reference folder.</summary>
    public static DfeBenchmarks Load(string folder)
    {
        var settingsPath = Path.Combine(folder, SettingsFileName);
        var settings = ReadSettings(settingsPath);
        var neighbours = new List<(string Number, string Name)>();
        string? laName = null, region = null;
        if (settings.LaNumber is { } la && settings.StatisticalNeighbours is { } sn)
        {
            var groups = ReadTable(Path.Combine(folder, sn.File), ["la_number", "la_name", "region", "sn1"]);
            var names = groups.ToDictionary(g => g["la_number"], g => g["la_name"]);
            var own = groups.FirstOrDefault(g => g["la_number"] == la.ToString(CultureInfo.InvariantCulture))
                ?? throw new InvalidDataException($"{sn.File} has no local authority number {la} (laNumber in {SettingsFileName}).");
            laName = own["la_name"];
            region = own["region"];
            neighbours = Enumerable.Range(1, 10).Select(i => own.GetValueOrDefault("sn" + i)).OfType<string>().Where(n => n.Length > 0)
                .Select(n => (n, names.GetValueOrDefault(n) ?? n)).ToList();
        }

        var measures = new Dictionary<string, MeasureBenchmark>(StringComparer.Ordinal);
        foreach (var source in settings.Measures)
        {
            var rows = ReadTable(Path.Combine(folder, source.File), Needed(source));
            var years = new List<DfeFigure>();
            foreach (var year in rows.Select(r => r["time_period"]).Distinct().Order(StringComparer.Ordinal))
            {
                var ofYear = rows.Where(r => r["time_period"] == year).ToList();
                DfeValue Value(IReadOnlyDictionary<string, string>? row) => row is null ? DfeValue.None : new(Number(row, source.Column), Count(row, source.NumeratorColumn), Count(row, source.DenominatorColumn));
                var laRows = ofYear.Where(r => r["geographic_level"] == "Local authority").ToDictionary(r => r["old_la_code"]);
                var own = settings.LaNumber is { } n ? laRows.GetValueOrDefault(n.ToString(CultureInfo.InvariantCulture)) : null;
                // The region as the DfE names it in this file (its spelling can differ from the neighbours file's).
                var regionName = own?["region_name"];
                var neighbourValues = neighbours.Select(x => Value(laRows.GetValueOrDefault(x.Number)).Percent).OfType<double>().ToList();
                years.Add(new DfeFigure(
                    YearLabel(year),
                    Value(ofYear.FirstOrDefault(r => r["geographic_level"] == "National")),
                    regionName,
                    regionName is null ? DfeValue.None : Value(ofYear.FirstOrDefault(r => r["geographic_level"] == "Regional" && r["region_name"] == regionName)),
                    neighbourValues.Count > 0 ? neighbourValues.Average() : null,
                    neighbourValues.Count,
                    Value(own)));
            }
            if (years.Count == 0) throw new InvalidDataException($"{source.File} has no rows.");
            measures[source.Measure] = new MeasureBenchmark(source.Measure, source, years);
        }
        return new DfeBenchmarks
        {
            Settings = settings, LaName = laName, RegionName = region,
            NeighbourNames = neighbours.Select(x => x.Name).ToList(), Measures = measures,
        };
    }

    /// <summary>What an import did: the file now used and the years it holds.</summary>
    public sealed record ImportResult(string Measure, string File, string FirstYear, string LatestYear, double? LatestEngland, string Folder);

    /// <summary>
    /// Takes a newer DfE file (downloaded by hand from explore-education-statistics) into a reference folder: checks it
    /// has the columns the measure's source reads and an England row, copies it in, and points benchmarks.json at it.
    /// A folder without benchmarks.json (a council's own) starts from the shipped settings and neighbour groups.
    /// </summary>
    public static ImportResult Import(string downloaded, string folder, string measure, string? dataDate = null)
    {
        Directory.CreateDirectory(folder);
        var settingsPath = Path.Combine(folder, SettingsFileName);
        if (!File.Exists(settingsPath))
        {
            var shipped = ReadSettings(Path.Combine(ShippedFolder, SettingsFileName));
            if (shipped.StatisticalNeighbours is { } sn) File.Copy(Path.Combine(ShippedFolder, sn.File), Path.Combine(folder, sn.File), overwrite: true);
            WriteSettings(settingsPath, shipped);
        }
        var settings = ReadSettings(settingsPath);
        var source = settings.Measures.FirstOrDefault(m => m.Measure == measure)
            ?? throw new InvalidDataException($"{settingsPath} names no DfE source for {measure}; it has {string.Join(", ", settings.Measures.Select(m => m.Measure))}.");
        var rows = ReadTable(downloaded, Needed(source));
        var national = rows.Where(r => r["geographic_level"] == "National").Select(r => r["time_period"]).Order(StringComparer.Ordinal).ToList();
        if (national.Count == 0) throw new InvalidDataException($"{Path.GetFileName(downloaded)} has no England (National) rows: is it the right table?");
        var target = Path.Combine(folder, Path.GetFileName(downloaded));
        if (!string.Equals(Path.GetFullPath(target), Path.GetFullPath(downloaded), StringComparison.Ordinal)) File.Copy(downloaded, target, overwrite: true);
        var latest = national[^1];
        var updated = source with { File = Path.GetFileName(downloaded), DataDate = dataDate ?? $"{latest}-03-31" };
        WriteSettings(settingsPath, settings with { Measures = [.. settings.Measures.Select(m => m.Measure == measure ? updated : m)] });
        var england = rows.First(r => r["geographic_level"] == "National" && r["time_period"] == latest)[source.Column];
        return new ImportResult(measure, updated.File, YearLabel(national[0]), YearLabel(latest),
            double.TryParse(england, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) ? e : null, folder);
    }

    /// <summary>The columns a source reads: the standard ones, its value, and its counts when it names them.</summary>
    private static string[] Needed(BenchmarkSource source) =>
        [.. BenchmarkSource.StandardColumns, source.Column, .. new[] { source.NumeratorColumn, source.DenominatorColumn }.OfType<string>()];

    /// <summary>A published figure; the DfE's symbols for withheld or missing values ("c", "x", "z", ".") are none.</summary>
    private static double? Number(IReadOnlyDictionary<string, string> row, string column) =>
        double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static int? Count(IReadOnlyDictionary<string, string> row, string? column) =>
        column is not null && int.TryParse(row[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static BenchmarkSettings ReadSettings(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The benchmark settings {path} do not exist.", path);
        return JsonSerializer.Deserialize<BenchmarkSettings>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
    }

    public static void WriteSettings(string path, BenchmarkSettings settings) =>
        File.WriteAllText(path, JsonSerializer.Serialize(settings, Json) + Environment.NewLine);

    /// <summary>"2025" (the DfE's reporting year, to 31 March) as the financial year it covers: "2024-25".</summary>
    public static string YearLabel(string timePeriod) =>
        int.TryParse(timePeriod, NumberStyles.None, CultureInfo.InvariantCulture, out var end) && timePeriod.Length == 4
            ? $"{end - 1}-{end % 100:00}"
            : timePeriod;

    /// <summary>A DfE open-data CSV as rows by column name; refuses a file missing a needed column, naming it.</summary>
    public static List<IReadOnlyDictionary<string, string>> ReadTable(string path, IReadOnlyCollection<string> needed)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The reference file {path} does not exist.", path);
        using var reader = new StreamReader(path);
        var header = Split(reader.ReadLine() ?? "").Select(h => h.Trim().TrimStart('\uFEFF')).ToList();
        var missing = needed.Where(n => !header.Contains(n, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException($"{Path.GetFileName(path)} lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)}; it has {string.Join(", ", header)}.");
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0) continue;
            var fields = Split(line);
            var row = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++) row[header[i]] = i < fields.Count ? fields[i] : "";
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>
    /// One line of an RFC 4180 file: the DfE's open-data files quote names with commas ("Bristol, City of") and
    /// never break a field across lines, so a line is a record.
    /// </summary>
    internal static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
