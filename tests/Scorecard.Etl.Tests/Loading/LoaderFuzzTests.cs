using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Sources.Csv;
using Scorecard.Warehouse.Integration;
using Xunit.Abstractions;

namespace Scorecard.Etl.Tests.Loading;

/// <summary>
/// Mutates a valid small extract at random (bytes, quotes, delimiters, line breaks, encodings, truncation, a
/// damaged zip) and loads each mutant into the same warehouse. After each load: a sentence or success, never an
/// exception's words; read = loaded + rejected; the warehouse unchanged, or changed only in rows that carry this
/// load's batch (and records it archived as deleted); no planted identifier stored. Fixed seed; bounded by
/// count and by time, so it costs the suite seconds.
/// </summary>
public class LoaderFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261130;
    private const int MaxMutants = 150;
    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(40);
    private static readonly LoadOptions Options = new() { Today = new DateOnly(2026, 11, 30) };

    private static readonly string[] Planted = ["CHILD-ID", "EPISODE-ID", "CONTACT-ID", "SCORE-ID", "1998-07-19", "1999-03-23", "2001-11-05"];

    private static Dictionary<string, string> ValidExtract()
    {
        var people = new StringBuilder("pers_person_id,pers_sex,pers_ethnicity,pers_dob,pers_forename\n");
        string[] dobs = ["1998-07-19", "1999-03-23", "2001-11-05"];
        for (var i = 1; i <= 12; i++) people.Append($"CHILD-ID-{i:000},{(i % 2 == 0 ? "F" : "M")},WBRI,{dobs[i % 3]},Name{i}\n");
        var episodes = new StringBuilder("earl_episode_id,earl_person_id,earl_episode_start_date,earl_episode_end_date,earl_episode_reason,earl_episode_end_reason\n");
        for (var i = 1; i <= 12; i++) episodes.Append($"EPISODE-ID-{i:000},CHILD-ID-{i:000},2024-0{i % 9 + 1}-1{i % 9},{(i % 3 == 0 ? $"2025-01-1{i % 9}" : "")},\"Support, family\",{(i % 3 == 0 ? "OM" : "")}\n");
        var contacts = new StringBuilder("cont_contact_id,cont_person_id,cont_contact_date,cont_contact_source_code,cont_contact_outcome_json\n");
        for (var i = 1; i <= 16; i++) contacts.Append($"CONTACT-ID-{i:000},CHILD-ID-{i % 12 + 1:000},2024-0{i % 9 + 1}-0{i % 9 + 1},2A,\"[\"\"EH Referral\"\"]\"\n");
        var scores = new StringBuilder("scor_score_id,scor_episode_id,scor_score_date,scor_tool,scor_stage,scor_domain,scor_score\n");
        for (var i = 1; i <= 16; i++) scores.Append($"SCORE-ID-{i:000},EPISODE-ID-{i % 12 + 1:000},2024-10-0{i % 9 + 1},Spidergraph,BASELINE,Health,{i % 11}\n");
        return new()
        {
            ["ssd_person.csv"] = people.ToString(),
            ["ssd_early_help_episodes.csv"] = episodes.ToString(),
            ["ssd_contacts.csv"] = contacts.ToString(),
            ["ext_outcome_scores.csv"] = scores.ToString(),
        };
    }

    [Fact]
    public async Task Load_KeepsEveryPromise_ForRandomlyDamagedExtracts()
    {
        using var w = new TestWarehouse();
        var random = new Random(Seed);
        var valid = ValidExtract();
        (await w.Loader.LoadAsync(Write(w, "valid", valid.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value))), Options)).Status.ShouldBe(LoadStatus.Succeeded);
        var clock = Stopwatch.StartNew();
        var loads = 0;
        var outcomes = new Dictionary<LoadStatus, int>();

        for (var n = 0; n < MaxMutants && clock.Elapsed < TimeBudget; n++)
        {
            var files = valid.ToDictionary(f => f.Key, f => Encoding.UTF8.GetBytes(f.Value));
            var mutations = new List<string>();
            foreach (var _ in Enumerable.Range(0, random.Next(1, 4)))
            {
                var file = files.Keys.ElementAt(random.Next(files.Count));
                mutations.Add($"{file}: {Mutate(files, file, random)}");
            }
            var path = Write(w, $"m{n}", files);
            if (random.Next(8) == 0) path = Zip(path, random, mutations);
            var before = await StateAsync(w);
            var encoding = random.Next(6) == 0 ? TextEncodings.Resolve("windows-1252") : null;

            var result = await w.Loader.LoadAsync(path, new LoadOptions { Today = Options.Today, Encoding = encoding });

            loads++;
            var what = $"mutant {n} ({string.Join("; ", mutations)}): {result.Status} {result.Message}";
            outcomes[result.Status] = outcomes.GetValueOrDefault(result.Status) + 1;
            result.Message.ShouldNotBeNullOrWhiteSpace(what);
            foreach (var words in new[] { "Exception", "   at ", "System.", "SQLite Error" }) result.Message.ShouldNotContain(words, Case.Sensitive, what);
            foreach (var t in result.Tables) (t.RowsLoaded + t.RowsRejected).ShouldBe(t.RowsRead, $"{t.Table}: {what}");
            var shown = string.Join("\n", result.Rejects.Select(r => r.ExampleReason).Concat(result.Warnings.Select(x => x.Message)).Append(result.Message));
            foreach (var planted in Planted) shown.ShouldNotContain(planted, Case.Sensitive, what);

            var after = await StateAsync(w);
            if (result.Status != LoadStatus.Succeeded)
            {
                after.Text.ShouldBe(before.Text, what);
                continue;
            }
            var batch = result.BatchId!.Value;
            foreach (var (table, rows) in after.Rows)
            {
                // A row this load added or changed carries its batch; a row it removed was archived by it.
                foreach (var row in rows.Except(before.Rows[table])) row.Lineage.ShouldBe(batch, $"{table} {row.Text}: {what}");
                var removed = before.Rows[table].Select(r => r.Key).Except(rows.Select(r => r.Key)).ToList();
                removed.Count.ShouldBe(after.ArchivedBy.GetValueOrDefault((table, batch)), $"{table}: {what}");
            }
        }

        output.WriteLine($"{loads} mutants in {clock.Elapsed.TotalSeconds:N1} s: {string.Join(", ", outcomes.Select(o => $"{o.Key} {o.Value}"))}");
        loads.ShouldBeGreaterThan(20, "the time budget left too few loads to mean anything");
        outcomes.Keys.ShouldContain(LoadStatus.Succeeded);
        outcomes.Keys.ShouldContain(LoadStatus.Failed);
        SqliteConnection.ClearAllPools();
        var database = Encoding.UTF8.GetString(Directory.GetFiles(w.Folder, "warehouse.db*").SelectMany(File.ReadAllBytes).ToArray());
        foreach (var planted in Planted) database.ShouldNotContain(planted, Case.Sensitive);
    }

    /// <summary>One random change to one file; returns what it did, for the failure message.</summary>
    private static string Mutate(Dictionary<string, byte[]> files, string file, Random random)
    {
        var bytes = files[file].ToList();
        int At() => random.Next(bytes.Count + 1);
        string done;
        switch (random.Next(12))
        {
            case 0:
                var i = random.Next(bytes.Count);
                bytes[i] = (byte)random.Next(256);
                done = $"byte {i} set";
                break;
            case 1:
                var q = At();
                bytes.Insert(q, (byte)'"');
                done = $"quote at {q}";
                break;
            case 2:
                var c = At();
                bytes.Insert(c, (byte)',');
                done = $"comma at {c}";
                break;
            case 3:
                var commas = bytes.Select((b, k) => (b, k)).Where(x => x.b == ',').Select(x => x.k).ToList();
                var d = commas[random.Next(commas.Count)];
                bytes.RemoveAt(d);
                done = $"comma at {d} removed";
                break;
            case 4:
                var breaks = bytes.Select((b, k) => (b, k)).Where(x => x.b == '\n').Select(x => x.k).ToList();
                var lb = breaks[random.Next(breaks.Count)];
                bytes.RemoveAt(lb);
                done = $"line break at {lb} removed";
                break;
            case 5:
                var nl = At();
                bytes.InsertRange(nl, random.Next(2) == 0 ? "\n"u8.ToArray() : "\r\n\r\n"u8.ToArray());
                done = $"line break at {nl}";
                break;
            case 6:
                var cut = random.Next(bytes.Count);
                bytes.RemoveRange(cut, bytes.Count - cut);
                done = $"truncated at {cut}";
                break;
            case 7:
                var text = Encoding.UTF8.GetString(bytes.ToArray()).Replace("CHILD", "CHÏLD", StringComparison.Ordinal);
                var (name, encoded) = random.Next(4) switch
                {
                    0 => ("UTF-16 with BOM", (byte[])[.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]),
                    1 => ("UTF-16 without BOM", Encoding.Unicode.GetBytes(text)),
                    2 => ("windows-1252", TextEncodings.Resolve("windows-1252")!.GetBytes(text)),
                    _ => ("UTF-8 with BOM", (byte[])[.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]),
                };
                bytes = [.. encoded];
                done = $"re-encoded as {name}";
                break;
            case 8:
                var z = At();
                bytes.Insert(z, 0);
                done = $"NUL at {z}";
                break;
            case 9:
                var lines = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
                var dup = random.Next(lines.Count);
                lines.Insert(dup, lines[dup]);
                bytes = [.. Encoding.UTF8.GetBytes(string.Join('\n', lines))];
                done = $"line {dup + 1} repeated";
                break;
            case 10:
                // A quote before field j of one line and after field j of the next: the shape that, read naively,
                // makes the next line's ids part of this line's value.
                var all = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
                var a = random.Next(1, Math.Max(2, all.Count - 2));
                if (a + 1 >= all.Count) { done = "no pair of lines"; break; }
                var j = random.Next(1, 5);
                string Quote(string line, bool before)
                {
                    var cells = line.Split(',');
                    if (j >= cells.Length) return line;
                    cells[j] = before ? "\"" + cells[j] : cells[j] + "\"";
                    return string.Join(',', cells);
                }
                all[a] = Quote(all[a], before: true);
                all[a + 1] = Quote(all[a + 1], before: false);
                bytes = [.. Encoding.UTF8.GetBytes(string.Join('\n', all))];
                done = $"quotes around field {j + 1} of lines {a + 1} and {a + 2}";
                break;
            default:
                var rows = Encoding.UTF8.GetString(bytes.ToArray()).Split('\n').ToList();
                var gone = random.Next(1, Math.Max(2, rows.Count));
                if (gone < rows.Count) rows.RemoveAt(gone);
                bytes = [.. Encoding.UTF8.GetBytes(string.Join('\n', rows))];
                done = $"line {gone + 1} removed";
                break;
        }
        files[file] = [.. bytes];
        return done;
    }

    private static string Write(TestWarehouse w, string name, Dictionary<string, byte[]> files)
    {
        var dir = w.WriteExtract(name);
        foreach (var (file, bytes) in files) File.WriteAllBytes(Path.Combine(dir, file), bytes);
        return dir;
    }

    /// <summary>The folder as a zip, sometimes with a damaged byte.</summary>
    private static string Zip(string folder, Random random, List<string> mutations)
    {
        var zip = folder + ".zip";
        ZipFile.CreateFromDirectory(folder, zip);
        if (random.Next(2) == 0)
        {
            var bytes = File.ReadAllBytes(zip);
            var i = random.Next(bytes.Length);
            bytes[i] ^= (byte)(1 + random.Next(255));
            File.WriteAllBytes(zip, bytes);
            mutations.Add($"zipped, byte {i} of the zip damaged");
        }
        else mutations.Add("zipped");
        return zip;
    }

    private sealed record Row(string Key, int? Lineage, string Text);

    private sealed record State(Dictionary<string, List<Row>> Rows, Dictionary<(string Table, int Batch), int> ArchivedBy)
    {
        public string Text => string.Join("\n", Rows.OrderBy(t => t.Key, StringComparer.Ordinal).SelectMany(t => t.Value.Select(r => $"{t.Key} {r.Text}").Order(StringComparer.Ordinal)));
    }

    /// <summary>Every row of the tables an extract feeds, and how many records each batch archived per extract table.</summary>
    private static async Task<State> StateAsync(TestWarehouse w)
    {
        await using var db = w.Open();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var rows = new Dictionary<string, List<Row>>();
        foreach (var (table, entity) in new[] { ("Dimension_Person", "ssd_person"), ("Fact_EarlyHelpEpisode", "ssd_early_help_episodes"), ("Fact_Contact", "ssd_contacts"), ("Fact_OutcomeScore", "ext_outcome_scores") })
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT * FROM \"{table}\"";
            await using var r = await cmd.ExecuteReaderAsync();
            var list = new List<Row>();
            var lineage = r.GetOrdinal("LineageBatchId");
            while (await r.ReadAsync())
                list.Add(new Row(Convert.ToString(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)!, r.GetInt32(lineage),
                    string.Join("|", Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)))));
            rows[entity] = list;
        }
        var archived = (await db.DeletedRecords.GroupBy(d => new { d.TableName, d.DeletedByBatchId }).Select(g => new { g.Key.TableName, g.Key.DeletedByBatchId, Count = g.Count() }).ToListAsync())
            .ToDictionary(g => (g.TableName, g.DeletedByBatchId), g => g.Count);
        return new State(rows, archived);
    }
}
