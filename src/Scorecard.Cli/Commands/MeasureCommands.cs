using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Measures.Targets;
using Scorecard.Warehouse;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

public static class MeasureCommands
{
    public static Command CreateRefresh()
    {
        var full = new Option<bool>("--full") { Description = "Recompute every period, not only those loads since the last refresh can have changed." };
        var command = new Command("refresh", "Recompute the measure snapshot (MeasureValue) from the warehouse: incremental by default.") { full };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            await RunRefreshAsync(settings, parse.GetValue(full) ? RefreshMode.Full : RefreshMode.Incremental, ct);
            return 0;
        }));
        return command;
    }

    public static async Task<RefreshResult> RunRefreshAsync(ScorecardSettings settings, RefreshMode mode, CancellationToken ct)
    {
        var refresher = new MeasureRefresher(new WarehouseContextFactory(settings.Warehouse), settings.Measures, settings.Packs.TargetsPath);
        RefreshResult? result = null;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Computing measures", maxValue: MeasureCatalogue.All.Count);
                var progress = new Progress<string>(code =>
                {
                    task.Description = $"Computing {code}";
                    task.Increment(1);
                });
                result = await refresher.RefreshAsync(mode, progress, ct);
                task.Value = task.MaxValue;
            });
        AnsiConsole.MarkupLineInterpolated($"{result!.Message} ({result.Elapsed.TotalSeconds:N1} s)");
        if (Environment.GetEnvironmentVariable("SCORECARD_TIMINGS") == "1")
            foreach (var (code, seconds) in result.SecondsPerMeasure.OrderByDescending(x => x.Value))
                AnsiConsole.MarkupLineInterpolated($"[grey]  {code}: {seconds:N2} s[/]");
        if (result.UnavailableMeasures.Count > 0)
            AnsiConsole.MarkupLineInterpolated($"[grey]Not available from this source (their tables were never loaded): {string.Join(", ", result.UnavailableMeasures)}[/]");
        return result;
    }

    public static Command CreateExplain()
    {
        var measure = new Argument<string>("measure") { Description = "Measure code, e.g. EH07." };
        var period = new Argument<string>("period") { Description = "Period label: 2024-11, 2024-25 Q3, 2024-25 or 2024." };
        var orgUnit = new Option<string?>("--org-unit") { Description = "A team or locality id (default: the whole authority)." };
        var limit = new Option<int>("--limit") { Description = "Most records to list.", DefaultValueFactory = _ => 50 };
        var command = new Command("explain", "List the pseudonymised records behind a measure value (drill-through).") { measure, period, orgUnit, limit };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var explainer = new MeasureExplainer(new WarehouseContextFactory(settings.Warehouse), settings.Measures);
            var d = await explainer.ExplainAsync(parse.GetValue(measure)!, parse.GetValue(period)!, parse.GetValue(orgUnit), ct);
            AnsiConsole.MarkupLineInterpolated($"[bold]{d.Measure.Code} {d.Measure.Name}[/], {d.PeriodLabel}, {d.OrgUnitName}");
            AnsiConsole.MarkupLineInterpolated($"Numerator: {d.Numerator:N0} {d.Measure.CountingUnit.ToLowerInvariant()}(s): {d.Measure.Numerator}");
            if (d.Denominator is { } den)
                AnsiConsole.MarkupLineInterpolated($"Denominator: {den:N0}: {d.Measure.Denominator}");
            var table = new Table().Border(TableBorder.Simple).AddColumns("Record", "Id (pseudonymised)", "Child (pseudonymised)", "Team", "Date", "Numerator", "Denominator");
            foreach (var r in d.Records.OrderByDescending(r => r.InNumerator).Take(parse.GetValue(limit)))
                table.AddRow(r.RecordKind, r.RecordId, r.PersonId ?? "", Markup.Escape(r.Team ?? "(authority)"), r.EventDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    r.InNumerator ? "yes" : "", r.InDenominator ? "yes" : "");
            AnsiConsole.Write(table);
            if (d.Records.Count > parse.GetValue(limit))
                AnsiConsole.MarkupLineInterpolated($"[grey]{d.Records.Count - parse.GetValue(limit):N0} more record(s); use --limit.[/]");
            AnsiConsole.MarkupLine("[grey]Find a child's case-system id's pseudonym with `scorecard key pseudonym person <id>`.[/]");
            return 0;
        }));
        return command;
    }

    public static Command CreateScorecard()
    {
        var command = new Command("show", "Print the whole authority's scorecard for the latest complete financial quarter (as the demo does).");
        command.SetAction(ScorecardCli.Guarded(async (_, settings, ct) =>
        {
            await PrintScorecardAsync(settings, ct);
            return 0;
        }));
        return command;
    }

    /// <summary>The authority's scorecard for the latest complete financial quarter.</summary>
    public static async Task PrintScorecardAsync(ScorecardSettings settings, CancellationToken ct)
    {
        await using var db = new WarehouseContextFactory(settings.Warehouse).Create();
        var quarter = await db.Periods.Where(p => p.Grain == "FinancialQuarter" && p.IsComplete).OrderByDescending(p => p.EndDate).FirstOrDefaultAsync(ct);
        if (quarter is null)
        {
            AnsiConsole.MarkupLine("[yellow]No complete quarter in the data yet.[/]");
            return;
        }
        var values = await (from v in db.MeasureValues
                            join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                            where v.PeriodKey == quarter.PeriodKey && u.OrgUnitId == MeasureRefresher.AuthorityId && v.BreakdownKind == "All"
                            select v).ToDictionaryAsync(v => v.MeasureCode, ct);
        var measures = await db.Measures.OrderBy(m => m.SortOrder).ToListAsync(ct);
        var authorityName = await db.OrganisationUnits.Where(u => u.OrgUnitId == MeasureRefresher.AuthorityId).Select(u => u.Name).FirstAsync(ct);

        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(authorityName)}: early help scorecard, {quarter.Label}[/]")
            .AddColumns("Code", "Measure", "Value", "Target", "RAG", "vs previous quarter", "vs same quarter last year");
        table.Columns[2].RightAligned();
        table.Columns[3].RightAligned();
        var notAvailable = new List<string>();
        foreach (var m in measures)
        {
            var definition = MeasureCatalogue.Find(m.MeasureCode)!;
            if (!m.IsAvailable)
            {
                table.AddRow(m.MeasureCode, Markup.Escape(m.Name), "[grey]not available[/]", "", "", "", "");
                notAvailable.Add($"{m.MeasureCode}: {m.AvailabilityNote}");
                continue;
            }
            values.TryGetValue(m.MeasureCode, out var v);
            if (v is { IsAvailable: false })
            {
                table.AddRow(m.MeasureCode, Markup.Escape(m.Name), "[grey]not available[/]", "", "", "", "");
                notAvailable.Add($"{m.MeasureCode}: {v.NotAvailableReason}");
                continue;
            }
            var shown = v is null ? (definition.Unit == MeasureUnit.Count ? "0" : "-") : Format(definition, v.Value);
            if (v?.IsProvisional == true) shown += " [yellow]p[/]";
            table.AddRow(m.MeasureCode, Markup.Escape(m.Name), shown, v?.Target is { } t ? Format(definition, t) : "",
                RagCell(v?.Rag), Arrow(v?.DirectionVsPrevious, v?.Value, v?.PreviousValue), Arrow(v?.DirectionVsLastYear, v?.Value, v?.LastYearValue));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]Arrows show which way the value moved; colour says whether that is better (green) or worse (red) for the measure. Unsuppressed: for internal use.[/]");
        foreach (var line in notAvailable) AnsiConsole.MarkupLineInterpolated($"[grey]{line}[/]");
        if (values.Values.Any(v => v.IsProvisional))
            AnsiConsole.MarkupLine("[grey]p = provisional: records dated after the quarter (a referral up to 30 days after a closure, a TAF up to 42 days after a start) can still change it.[/]");
    }

    private static string Format(MeasureDefinition d, double? value) => value is null ? "-"
        : d.Unit == MeasureUnit.Percentage ? value.Value.ToString("0.0", CultureInfo.InvariantCulture) + "%"
        : value.Value.ToString("#,##0", CultureInfo.InvariantCulture);

    private static string RagCell(string? rag) => rag switch
    {
        Rag.Green => "[black on green] G [/]",
        Rag.Amber => "[black on orange1] A [/]",
        Rag.Red => "[white on red] R [/]",
        _ => "",
    };

    /// <summary>The arrow shows the movement; its colour, by the measure's polarity, whether that is good.</summary>
    public static string Arrow(string? direction, double? value, double? comparator)
    {
        if (direction is null || value is null || comparator is null) return "";
        var arrow = value > comparator ? "▲" : value < comparator ? "▼" : "►";
        return direction switch
        {
            Direction.Improving => $"[green]{arrow} improving[/]",
            Direction.Worsening => $"[red]{arrow} worsening[/]",
            Direction.NoChange => "[grey]► no change[/]",
            _ => $"[grey]{arrow}[/]",
        };
    }
}
