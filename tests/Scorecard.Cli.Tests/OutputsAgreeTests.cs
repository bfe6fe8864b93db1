using System.Text.Json;
using ClosedXML.Excel;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Scorecard.Api.Security;
using Scorecard.Etl.Loading;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Reports;
using Scorecard.Reports.Excel;
using Scorecard.Reports.Templates;
using Scorecard.SampleData;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Cli.Tests;

/// <summary>
/// One published model, every output: for each measure and organisation unit of a generated council's latest quarter,
/// the published table, the feed (Board and Analyst roles), the CLI scorecard (both audiences) and the packs
/// (partnership and internal) show the same value, display text and suppression, on SQLite and on PostgreSQL.
/// </summary>
[Collection(nameof(CliRunner))]
public sealed class OutputsAgreeTests : IDisposable
{
    private const string BoardKey = "sck_board-key-for-agreement-tests-000000000000";
    private const string AnalystKey = "sck_analyst-key-for-agreement-tests-1111111111";
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task EveryOutput_ShowsWhatThePublishedTableSays_OnSqlite()
    {
        var options = new WarehouseOptions { Provider = WarehouseProvider.Sqlite, ConnectionString = _cli.DatabasePath };
        await AgreeAsync(options, ["--database", _cli.DatabasePath]);
    }

    [PostgresFact]
    public async Task EveryOutput_ShowsWhatThePublishedTableSays_OnPostgres()
    {
        await using var pg = await PostgresTestWarehouse.CreateAsync();
        var options = new WarehouseOptions { Provider = WarehouseProvider.PostgreSql, ConnectionString = pg.ConnectionString };
        await AgreeAsync(options, ["--provider", "postgresql", "--database", pg.ConnectionString]);
    }

    private async Task AgreeAsync(WarehouseOptions options, string[] warehouse)
    {
        var contexts = new WarehouseContextFactory(options);
        // The generator's last two years rather than its five and a half: the latest quarter, the quarter before it and
        // the one a year before are all there, and a refresh costs by the periods it writes (a third as many).
        var council = new SyntheticCouncilOptions { Children = 700, Seed = 5, From = new DateOnly(2024, 10, 1) };
        var extract = new SyntheticCouncilGenerator(council).Write(Path.Combine(_cli.Folder, "extract"));
        var load = await new ExtractLoader(contexts, Etl.Pseudonymisation.Pseudonymiser.FromKeyText(Etl.Pseudonymisation.Pseudonymiser.NewKeyText()))
            .LoadAsync(extract.Folder, new Scorecard.Etl.Loading.LoadOptions { AuthorityName = council.AuthorityName });
        load.Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded, load.Message);
        await new MeasureRefresher(contexts, new MeasureOptions(), Repository.TargetsFile).RefreshAsync(RefreshMode.Full);

        await using var db = contexts.Create();
        var quarter = await db.Periods.Where(p => p.Grain == PeriodGrain.FinancialQuarter && p.IsComplete).OrderByDescending(p => p.SortOrder).Select(p => p.Label).FirstAsync();
        var published = new Dictionary<Audience, List<PublishedMeasureValue>>();
        foreach (var audience in new[] { Audience.Internal, Audience.Partnership })
            published[audience] = await db.Published(audience).AsNoTracking().Where(v => v.PeriodLabel == quarter && v.BreakdownKind == "All").ToListAsync();
        published[Audience.Partnership].ShouldContain(v => v.IsSuppressed, "700 children give some small numbers in a quarter");
        published[Audience.Internal].ShouldContain(v => v.IsProvisional && v.State == PublishedState.Value);

        var compared = 0;
        // The CLI scorecard, every unit, each audience.
        foreach (var (audience, word) in new[] { (Audience.Internal, "internal"), (Audience.Partnership, "partnership") })
        {
            var (exit, output) = await _cli.RunOnAsync(null, ["show", "--period", quarter, "--org-unit", "all", "--audience", word, .. warehouse]);
            exit.ShouldBe(0, output);
            var shown = ScorecardTable(output);
            foreach (var cell in published[audience])
            {
                var expected = cell.DisplayValue + (cell.IsProvisional && cell.State == PublishedState.Value ? " p" : "");
                var row = shown[(cell.MeasureCode, cell.OrgUnitName)];
                var where = $"CLI {word} {cell.MeasureCode} {cell.OrgUnitName}";
                row.Value.ShouldBe(expected, where);
                // Provisional and withheld values carry no RAG colour and no arrow.
                if (cell.State == PublishedState.Suppressed || cell.IsProvisional)
                {
                    row.Rag.ShouldBe(cell.State switch { PublishedState.Suppressed => "c", PublishedState.Value => "provisional", _ => "" }, where);
                    (row.VsPrevious + row.VsLastYear).ShouldBeEmpty(where);
                }
                compared++;
            }
        }

        // The feed, as a board member and as an analyst read it.
        await using (var factory = Feed(options))
            foreach (var (key, audience) in new[] { (BoardKey, Audience.Partnership), (AnalystKey, Audience.Internal) })
            {
                using var client = factory.CreateClient();
                client.DefaultRequestHeaders.Add("X-Api-Key", key);
                var rows = new Dictionary<long, JsonElement>();
                for (var url = $"/odata/MeasureValues?$filter=PeriodLabel eq '{quarter}' and BreakdownKind eq 'All'"; url is not null;)
                {
                    using var page = JsonDocument.Parse(await client.GetStringAsync(url));
                    foreach (var row in page.RootElement.GetProperty("value").EnumerateArray()) rows[row.GetProperty("MeasureValueKey").GetInt64()] = row.Clone();
                    url = page.RootElement.TryGetProperty("@odata.nextLink", out var next) ? next.GetString() : null;
                }
                rows.Count.ShouldBe(published[audience].Count);
                foreach (var cell in published[audience])
                {
                    var row = rows[cell.PublishedValueKey];
                    (row.GetProperty("DisplayValue").GetString(), row.GetProperty("IsSuppressed").GetBoolean(), row.GetProperty("IsProvisional").GetBoolean())
                        .ShouldBe((cell.DisplayValue, cell.IsSuppressed, cell.IsProvisional), $"feed {audience} {cell.MeasureCode} {cell.OrgUnitName}");
                    (row.GetProperty("Value").ValueKind == JsonValueKind.Null ? (double?)null : row.GetProperty("Value").GetDouble()).ShouldBe(cell.Value);
                    compared++;
                }
            }

        // The packs: the Children's Trust pack is the partnership's, the QA pack the staff's; their scorecard and comparison tables.
        foreach (var name in new[] { "childrens-trust-quarterly", "qa-audit-quarterly" })
        {
            var template = PackTemplateReader.Load(Repository.TemplatesFolder, name);
            var pack = await new BoardPackWriter(contexts).WriteAsync(template, quarter, Path.Combine(_cli.Folder, "out"));
            var cells = published[template.PublishedAudience].ToDictionary(c => (c.MeasureCode, c.OrgUnitName));
            using var workbook = new XLWorkbook(pack.WorkbookPath);
            foreach (var row in workbook.Table(ExcelWorkbookWriter.ScorecardTable).DataRange.Rows())
            {
                var cell = cells[(row.Cell(ExcelWorkbookWriter.ScorecardColumns.Code).GetString(), row.Cell(ExcelWorkbookWriter.ScorecardColumns.Area).GetString())];
                ShouldShow(row.Cell(ExcelWorkbookWriter.ScorecardColumns.ThisPeriod), cell, $"{name} scorecard");
                compared++;
            }
            foreach (var table in workbook.Worksheets.SelectMany(w => w.Tables).Where(t => t.Name.EndsWith("_Comparison", StringComparison.Ordinal)))
            {
                var areas = table.HeadersRow().Cells().Skip(3).Select(c => c.GetString()).ToList();
                foreach (var row in table.DataRange.Rows())
                    for (var a = 0; a < areas.Count; a++)
                    {
                        ShouldShow(row.Cell(4 + a), cells[(row.Cell(1).GetString(), areas[a])], $"{name} comparison");
                        compared++;
                    }
            }
        }
        compared.ShouldBeGreaterThan(500);
    }

    /// <summary>A pack cell shows the published value: the number when there is one (its format says "p" when provisional), else the text.</summary>
    private static void ShouldShow(IXLCell shown, PublishedMeasureValue cell, string where)
    {
        where += $" {cell.MeasureCode} {cell.OrgUnitName}";
        if (cell.State == PublishedState.Value)
        {
            shown.GetDouble().ShouldBe(cell.Value!.Value, 1e-9, where);
            shown.Style.NumberFormat.Format.EndsWith(" p\"", StringComparison.Ordinal).ShouldBe(cell.IsProvisional, where);
        }
        else shown.GetString().ShouldBe(cell.DisplayValue, where);
    }

    private sealed record ShownRow(string Value, string Rag, string VsPrevious, string VsLastYear);

    /// <summary>The `show` table: (code, area) to the value, RAG and direction columns, reading rows that wrap over several lines.</summary>
    private static Dictionary<(string Code, string Area), ShownRow> ScorecardTable(string output)
    {
        var cells = new Dictionary<(string, string), ShownRow>();
        string? code = null, area = null, value = null, rag = null, previous = null, lastYear = null;
        void Flush()
        {
            if (code is not null) cells[(code, area!.Trim())] = new ShownRow(value!.Trim(), rag!.Trim(), previous!.Trim(), lastYear!.Trim());
        }
        foreach (var line in output.Split('\n').Where(l => l.StartsWith('│')))
        {
            var parts = line.Split('│').Select(p => p.Trim()).ToArray();
            if (parts.Length < 9 || parts[1] == "Code") continue;
            if (parts[1].Length > 0)
            {
                Flush();
                (code, area, value, rag, previous, lastYear) = (parts[1], parts[3], parts[4], parts[6], parts[7], parts[8]);
            }
            else if (code is not null)
            {
                if (parts[3].Length > 0) area += " " + parts[3];
                if (parts[4].Length > 0) value += " " + parts[4];
                if (parts[6].Length > 0) rag += " " + parts[6];
                if (parts[7].Length > 0) previous += " " + parts[7];
                if (parts[8].Length > 0) lastYear += " " + parts[8];
            }
        }
        Flush();
        return cells;
    }

    /// <summary>The feed host (any type of the Api assembly names its entry point; "Program" is the CLI's too).</summary>
    private static WebApplicationFactory<Scorecard.Api.Feed.FeedQuery> Feed(WarehouseOptions options) =>
        new WebApplicationFactory<Scorecard.Api.Feed.FeedQuery>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Scorecard:Warehouse:Provider", options.Provider.ToString());
            b.UseSetting("Scorecard:Warehouse:ConnectionString", options.ConnectionString);
            b.UseSetting("Scorecard:PseudonymisationKey", Etl.Pseudonymisation.Pseudonymiser.NewKeyText());
            b.UseSetting("Scorecard:Jobs:Enabled", "false");
            b.UseSetting("Scorecard:Api:Keys:0:Name", "Board");
            b.UseSetting("Scorecard:Api:Keys:0:Role", FeedRoles.Board);
            b.UseSetting("Scorecard:Api:Keys:0:Sha256", SecretHashing.HashKey(BoardKey));
            b.UseSetting("Scorecard:Api:Keys:1:Name", "Analyst");
            b.UseSetting("Scorecard:Api:Keys:1:Role", FeedRoles.Analyst);
            b.UseSetting("Scorecard:Api:Keys:1:Sha256", SecretHashing.HashKey(AnalystKey));
        });

    public void Dispose() => _cli.Dispose();
}
