using System.CommandLine;
using System.Globalization;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Publishing;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;
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

    public static Command CreateShow()
    {
        var period = new Option<string?>("--period", "-p") { Description = "Quarter label such as 2026-27 Q2, or any period label (default: the latest complete quarter)." };
        var orgUnit = new Option<string?>("--org-unit") { Description = "A team or locality id, or 'all' for every unit (default: the whole authority)." };
        var audience = new Option<string>("--audience")
        {
            Description = "internal (every number) or partnership (what the board and published packs see: small numbers withheld).",
            DefaultValueFactory = _ => "internal",
        };
        var command = new Command("show", "Print the published scorecard for a period, as the packs and the feed show it.") { period, orgUnit, audience };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var who = parse.GetValue(audience)!.Trim().ToLowerInvariant() switch
            {
                "internal" => Audience.Internal,
                "partnership" or "board" => Audience.Partnership,
                var other => throw new ArgumentException($"Unknown audience '{other}': use internal or partnership."),
            };
            await PrintScorecardAsync(settings, parse.GetValue(period), parse.GetValue(orgUnit), who, ct);
            return 0;
        }));
        return command;
    }

    /// <summary>
    /// The published scorecard of an audience for a period (default: the latest complete quarter) and a unit (default:
    /// the authority; "all" for every unit). It prints the published cells as they are: nothing is worked out here.
    /// </summary>
    public static async Task PrintScorecardAsync(ScorecardSettings settings, string? periodLabel = null, string? orgUnit = null, Audience audience = Audience.Internal, CancellationToken ct = default)
    {
        var published = new PublishedScorecard(new WarehouseContextFactory(settings.Warehouse));
        string label;
        if (periodLabel is { Length: > 0 }) label = periodLabel.Trim();
        else
        {
            try { label = await published.LatestCompletePeriodAsync(PeriodGrain.FinancialQuarter, "quarter", ct); }
            catch (InvalidOperationException)
            {
                AnsiConsole.MarkupLine("[yellow]No complete quarter in the data yet.[/]");
                return;
            }
        }
        var grain = ReportingPeriod.TryParse(label, out var parsed) ? parsed.Grain
            : throw new ArgumentException($"'{label}' is not a period label: use 2024-11 (month), 2024-25 Q3 (quarter), 2024-25 (financial year) or 2024 (calendar year).");
        var grainWord = grain switch { PeriodGrain.Month => "month", PeriodGrain.FinancialQuarter => "quarter", PeriodGrain.FinancialYear => "year", _ => "period" };
        var period = await published.PeriodAsync(grain, grainWord, label, 1, ct);
        var units = await published.UnitsAsync(ct);
        var chosen = orgUnit?.Trim() switch
        {
            null or "" => units.Where(u => u.OrgUnitId == OrganisationUnit.AuthorityId).ToList(),
            "all" => units,
            var id => units.Where(u => u.OrgUnitId == id).ToList() is { Count: > 0 } one ? one : throw new ArgumentException($"Unknown organisation unit '{id}'."),
        };
        var cells = await published.CellsAsync(audience, MeasureCatalogue.All.Select(m => m.Code).ToList(), [period.Period.PeriodKey], chosen.Select(u => u.OrgUnitKey).ToList(), ct: ct);
        var byCell = cells.ToDictionary(c => (c.MeasureCode, c.OrgUnitKey));
        var authorityName = units.First(u => u.OrgUnitId == OrganisationUnit.AuthorityId).Name;

        var table = new Table().Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(authorityName)}: early help scorecard, {period.Period.Label}[/]")
            .AddColumns("Code", "Measure", "Area", "Value", "Target", "RAG", $"vs previous {grainWord}", $"vs same {grainWord} last year");
        table.Columns[3].RightAligned();
        table.Columns[4].RightAligned();
        foreach (var unit in chosen)
        {
            foreach (var m in MeasureCatalogue.All)
            {
                if (!byCell.TryGetValue((m.Code, unit.OrgUnitKey), out var c)) continue;
                var value = c.State == PublishedState.NotAvailable ? $"[grey]{c.DisplayValue}[/]" : Markup.Escape(c.DisplayValue) + (c.IsProvisional && c.State == PublishedState.Value ? " [yellow]p[/]" : "");
                var target = c.Target is { } t ? DisplayText.Number(c.Unit, t) : "";
                table.AddRow(c.MeasureCode, Markup.Escape(c.MeasureName), Markup.Escape(unit.Name), value, target, RagCell(c), Arrow(c, c.DirectionVsPrevious), Arrow(c, c.DirectionVsLastYear));
            }
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("[grey]Arrows show which way the value moved; colour says whether that is better (green) or worse (red) for the measure.[/]");
        AnsiConsole.MarkupLine(audience == Audience.Internal
            ? "[grey]Internal: small numbers are not withheld. For publication use --audience partnership.[/]"
            : $"[grey]Partnership: {Markup.Escape(SmallNumbers.Legend)}[/]");
        // Why a measure is not available from this source, once per measure (the same reason for every unit).
        foreach (var reason in cells.Where(c => c.State == PublishedState.NotAvailable && c.Note is not null).GroupBy(c => c.MeasureCode).Select(g => $"{g.Key}: {g.First().Note}"))
            AnsiConsole.MarkupLineInterpolated($"[grey]{reason}[/]");
        var settling = cells.Where(c => c.IsProvisional && c.SettlesOn is not null).GroupBy(c => c.MeasureCode).Select(g => $"{g.Key} {DisplayText.Date(g.Max(c => c.SettlesOn!.Value))}").ToList();
        if (settling.Count > 0)
            AnsiConsole.MarkupLineInterpolated($"[grey]p = provisional: records dated after the period can still change it, so it has no RAG or direction yet. Settles on: {string.Join("; ", settling)}.[/]");
    }

    private static string RagCell(PublishedMeasureValue c) => c switch
    {
        { State: PublishedState.Suppressed } => SmallNumbers.Symbol,
        { State: PublishedState.Value, IsProvisional: true } => "[yellow]provisional[/]",
        { Rag: Rag.Green } => "[black on green] G [/]",
        { Rag: Rag.Amber } => "[black on orange1] A [/]",
        { Rag: Rag.Red } => "[white on red] R [/]",
        _ => "",
    };

    /// <summary>The published direction as arrow and word; its colour, by the measure's polarity, whether that is good.</summary>
    private static string Arrow(PublishedMeasureValue c, Direction? direction)
    {
        if (direction is not { } d) return "";
        var (arrow, word) = DisplayText.Direction(d, c.Polarity);
        return d switch
        {
            Direction.Improving => $"[green]{arrow} {word}[/]",
            Direction.Worsening => $"[red]{arrow} {word}[/]",
            _ => $"[grey]{arrow} {word}[/]",
        };
    }
}
