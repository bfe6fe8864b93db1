using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Measures.Publishing;

/// <summary>A period with the ones a scorecard shows beside it: its trend window and its comparators.</summary>
public sealed record PublishedPeriod(Period Period, IReadOnlyList<Period> Trend, Period? Previous, Period? LastYear);

/// <summary>Average spidergraph score of one domain at one stage, over the episodes closed in the period that have both.</summary>
public sealed record DomainAverage(string Domain, string Stage, double Average, int Episodes);

/// <summary>The spidergraph for a period as an audience may see it: withheld when it rests on 1 to 5 episodes.</summary>
public sealed record DomainAverages(IReadOnlyList<DomainAverage> Averages, int Episodes, bool IsSuppressed);

/// <summary>One source table as last loaded: counts, rejects, and the newest business date it holds.</summary>
public sealed record SourceFreshness(string TableName, string? FileName, int LoadBatchId, DateTime? LoadedAtUtc,
    int RowsRead, int RowsLoaded, int RowsRejected, DateOnly? LatestRecordDate);

/// <summary>Rejected rows of one file and column, with one of their reasons as an example.</summary>
public sealed record RejectSummary(int LoadBatchId, string FileName, string? ColumnName, string Reason, int Rows, int FirstLine);

/// <summary>Where the published numbers came from: the refresh, the loads, each source's freshness and rejects.</summary>
public sealed record DataQuality(
    MeasureRefresh? Refresh,
    IReadOnlyList<LoadBatch> Batches,
    IReadOnlyList<SourceFreshness> Sources,
    IReadOnlyList<RejectSummary> Rejects,
    int RejectReasonsLeftOut)
{
    /// <summary>Values loaded as unknown (unknown codes, placeholders, placeholder dates...), commonest first.</summary>
    public IReadOnlyList<WarningSummary> Warnings { get; init; } = [];
    public int WarningsLeftOut { get; init; }
}

/// <summary>Values of one file, column and kind loaded as unknown: what a data-quality sheet lists.</summary>
public sealed record WarningSummary(int LoadBatchId, string FileName, string? ColumnName, string Kind, string? Value, int Rows, int? FirstLine);

/// <summary>
/// The read side of the published model for the packs and the CLI: periods, units, the published cells of an
/// audience, and the two published queries that are not cells (spidergraph averages and data freshness). Readers
/// never open the fact tables themselves.
/// </summary>
public sealed class PublishedScorecard(WarehouseContextFactory contexts)
{
    /// <summary>The latest complete period of a grain, as the snapshot knows it.</summary>
    public async Task<string> LatestCompletePeriodAsync(PeriodGrain grain, string grainWord, CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        return await db.Periods.Where(p => p.Grain == grain && p.IsComplete).OrderByDescending(p => p.SortOrder).Select(p => p.Label).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"The measure snapshot has no complete {grainWord} yet: load an extract and run `scorecard refresh` first.");
    }

    /// <summary>The period a label names, with its trend window (oldest first, the period last) and comparators.</summary>
    public async Task<PublishedPeriod> PeriodAsync(PeriodGrain grain, string grainWord, string label, int trendPeriods, CancellationToken ct = default)
    {
        var wanted = ReportingPeriod.Parse(label, grain);
        await using var db = contexts.Create();
        var key = Period.KeyOf(wanted);
        var period = await db.Periods.AsNoTracking().FirstOrDefaultAsync(p => p.PeriodKey == key, ct);
        if (period is null)
        {
            var labels = await db.Periods.Where(p => p.Grain == grain).OrderBy(p => p.SortOrder).Select(p => p.Label).ToListAsync(ct);
            throw new InvalidOperationException(labels.Count == 0
                ? $"The measure snapshot has no {grainWord}s: run `scorecard refresh` first."
                : $"The measure snapshot has no {grainWord} {wanted.Label}: its {grainWord}s run from {labels[0]} to {labels[^1]}.");
        }
        var trend = await db.Periods.AsNoTracking().Where(p => p.Grain == grain && p.SortOrder <= period.SortOrder)
            .OrderByDescending(p => p.SortOrder).Take(trendPeriods).ToListAsync(ct);
        trend.Reverse();
        var comparatorKeys = new[] { period.PreviousPeriodKey, period.SamePeriodLastYearKey }.OfType<int>().ToList();
        var comparators = await db.Periods.AsNoTracking().Where(p => comparatorKeys.Contains(p.PeriodKey)).ToDictionaryAsync(p => p.PeriodKey, ct);
        return new PublishedPeriod(period, trend,
            period.PreviousPeriodKey is { } previous ? comparators.GetValueOrDefault(previous) : null,
            period.SamePeriodLastYearKey is { } lastYear ? comparators.GetValueOrDefault(lastYear) : null);
    }

    /// <summary>The period of the same grain that starts in the same month as <paramref name="period"/>, in each financial year asked for (by its first year) that the data has.</summary>
    public async Task<Dictionary<int, Period>> SamePeriodInYearsAsync(Period period, IReadOnlyCollection<int> financialYearStarts, CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        var candidates = await db.Periods.AsNoTracking().Where(p => p.Grain == period.Grain && financialYearStarts.Contains(p.FinancialYearStart)).ToListAsync(ct);
        return candidates.Where(p => p.StartDate.Month == period.StartDate.Month).ToDictionary(p => p.FinancialYearStart);
    }

    /// <summary>Every unit in the order outputs list them.</summary>
    public async Task<List<PublishedOrgUnit>> UnitsAsync(CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        var units = await db.PublishedOrgUnits.AsNoTracking().OrderBy(u => u.SortOrder).ToListAsync(ct);
        return units.Count > 0 ? units : throw new InvalidOperationException("Nothing is published yet: load an extract and run `scorecard refresh` first.");
    }

    public async Task<Dictionary<string, Measure>> MeasuresAsync(CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        return await db.Measures.AsNoTracking().ToDictionaryAsync(m => m.MeasureCode, ct);
    }

    public async Task<MeasureRefresh?> LastRefreshAsync(CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        return await db.MeasureRefreshes.AsNoTracking().Where(r => r.FinishedAtUtc != null).OrderByDescending(r => r.MeasureRefreshId).FirstOrDefaultAsync(ct);
    }

    /// <summary>An audience's published cells of these measures, periods and units; the All breakdown unless breakdowns are asked for.</summary>
    public async Task<List<PublishedMeasureValue>> CellsAsync(Audience audience, IReadOnlyCollection<string> measures, IReadOnlyCollection<int> periods,
        IReadOnlyCollection<int>? units = null, bool breakdowns = false, CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        var query = db.Published(audience).AsNoTracking().Where(v => measures.Contains(v.MeasureCode) && periods.Contains(v.PeriodKey));
        if (units is not null) query = query.Where(v => units.Contains(v.OrgUnitKey));
        if (!breakdowns) query = query.Where(v => v.BreakdownKind == MeasureAggregator.All);
        return await query.ToListAsync(ct);
    }

    /// <summary>
    /// Average score per spidergraph domain at baseline and at closure, over the episodes closed in the period that
    /// have both, so the two shapes describe the same families: one grouped query, withheld for the partnership
    /// audience when 1 to 5 episodes are behind it.
    /// </summary>
    public async Task<DomainAverages> DomainAveragesAsync(Audience audience, Period period, CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        var (start, end) = (period.StartDate, period.EndDate);
        string baseline = CodeLists.ScoreStageBaseline, closure = CodeLists.ScoreStageClosure;
        var rows = await (from s in db.OutcomeScores
                          join e in db.EarlyHelpEpisodes on s.EpisodeKey equals e.EpisodeKey
                          where e.EndDate >= start && e.EndDate <= end
                              && (s.Stage == baseline || s.Stage == closure)
                              && db.OutcomeScores.Any(b => b.EpisodeKey == s.EpisodeKey && b.Stage == baseline)
                              && db.OutcomeScores.Any(c => c.EpisodeKey == s.EpisodeKey && c.Stage == closure)
                          group s by new { s.Domain, s.Stage } into g
                          select new { g.Key.Domain, g.Key.Stage, Average = g.Average(x => (double)x.Score), Episodes = g.Select(x => x.EpisodeKey).Distinct().Count() })
            .ToListAsync(ct);
        var averages = rows.Select(r => new DomainAverage(r.Domain, r.Stage, r.Average, r.Episodes))
            .OrderBy(r => r.Domain, StringComparer.Ordinal).ThenBy(r => r.Stage, StringComparer.Ordinal).ToList();
        var episodes = averages.Count == 0 ? 0 : averages.Max(a => a.Episodes);
        var suppressed = audience == Audience.Partnership && SmallNumbers.IsSmall(episodes);
        return new DomainAverages(suppressed ? [] : averages, suppressed ? 0 : episodes, suppressed);
    }

    /// <summary>The loads behind the last refresh, each source table's freshness, and the commonest rejects.</summary>
    public async Task<DataQuality> DataQualityAsync(DateTime generatedAtUtc, CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var refresh = await db.MeasureRefreshes.Where(r => r.FinishedAtUtc != null).OrderByDescending(r => r.MeasureRefreshId).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("The measure snapshot is empty: load an extract and run `scorecard refresh` first.");
        var upTo = refresh.UpToBatchId;
        // The snapshot was computed from everything loaded up to its batch; each source table is as its latest load left it.
        var latest = await (from t in db.LoadBatchTables
                            join b in db.LoadBatches on t.LoadBatchId equals b.LoadBatchId
                            where b.Status == LoadStatus.Succeeded && b.LoadBatchId <= upTo
                            group t by t.TableName into g
                            select new { TableName = g.Key, LoadBatchId = g.Max(x => x.LoadBatchId) }).ToListAsync(ct);
        var batchIds = latest.Select(l => l.LoadBatchId).Distinct().ToList();
        var tables = await db.LoadBatchTables.Where(t => batchIds.Contains(t.LoadBatchId)).ToListAsync(ct);
        var batches = await db.LoadBatches.Where(b => batchIds.Contains(b.LoadBatchId)).OrderBy(b => b.LoadBatchId).ToListAsync(ct);
        var batchById = batches.ToDictionary(b => b.LoadBatchId);
        var latestDates = await LatestRecordDatesAsync(db, DateOnly.FromDateTime(generatedAtUtc), ct);

        var sources = latest
            .Select(l => tables.First(t => t.LoadBatchId == l.LoadBatchId && t.TableName == l.TableName))
            .Select(t => new SourceFreshness(t.TableName, t.FileName, t.LoadBatchId, batchById.GetValueOrDefault(t.LoadBatchId)?.FinishedAtUtc,
                t.RowsRead, t.RowsInserted + t.RowsUpdated + t.RowsUnchanged, t.RowsRejected, latestDates.GetValueOrDefault(t.TableName)))
            .OrderBy(s => s.TableName, StringComparer.Ordinal).ToList();

        var files = sources.Where(s => s.FileName is not null).Select(s => (s.LoadBatchId, s.FileName!)).ToHashSet();
        // By file and column, not by reason text: reasons carry values and line numbers ("the same record is on line 36360"),
        // so every duplicate would be a group of its own. The first reason stands for the group.
        var rejects = (await db.Rejects.Where(r => batchIds.Contains(r.LoadBatchId))
                .GroupBy(r => new { r.LoadBatchId, r.FileName, r.ColumnName })
                .Select(g => new { g.Key.LoadBatchId, g.Key.FileName, g.Key.ColumnName, Reason = g.Min(r => r.Reason)!, Rows = g.Count(), FirstLine = g.Min(r => r.LineNumber) })
                .ToListAsync(ct))
            .Where(r => files.Contains((r.LoadBatchId, r.FileName)))
            .Select(r => new RejectSummary(r.LoadBatchId, r.FileName, r.ColumnName, r.Reason, r.Rows, r.FirstLine))
            .OrderByDescending(r => r.Rows).ThenBy(r => r.FileName, StringComparer.Ordinal).ThenBy(r => r.FirstLine).ToList();
        // A bad extract can fail on hundreds of columns; the sheet lists the commonest, the reject table has every row.
        const int Shown = 200;
        var warnings = (await db.LoadWarnings.Where(w => batchIds.Contains(w.LoadBatchId))
                .OrderByDescending(w => w.Rows).ThenBy(w => w.FileName).ThenBy(w => w.FirstLine).Take(Shown + 1)
                .Select(w => new WarningSummary(w.LoadBatchId, w.FileName, w.ColumnName, w.Kind, w.Value, w.Rows, w.FirstLine)).ToListAsync(ct))
            .Where(w => files.Contains((w.LoadBatchId, w.FileName))).ToList();
        var warningCount = await db.LoadWarnings.CountAsync(w => batchIds.Contains(w.LoadBatchId), ct);
        return new DataQuality(refresh, batches, sources, rejects.Take(Shown).ToList(), Math.Max(0, rejects.Count - Shown))
        {
            Warnings = warnings.Take(Shown).ToList(), WarningsLeftOut = Math.Max(0, warningCount - Math.Min(Shown, warnings.Count)),
        };
    }

    /// <summary>The newest business date each source table holds (dates after today are planned dates or typing errors).</summary>
    private static async Task<Dictionary<string, DateOnly?>> LatestRecordDatesAsync(WarehouseContext db, DateOnly today, CancellationToken ct) => new()
    {
        // Each is a MAX over the fact's indexed event date: one index seek per table.
        ["ssd_contacts"] = await db.Contacts.Where(x => x.ContactDate <= today).MaxAsync(x => (DateOnly?)x.ContactDate, ct),
        ["ssd_early_help_episodes"] = await db.EarlyHelpEpisodes.Where(x => x.StartDate <= today).MaxAsync(x => (DateOnly?)x.StartDate, ct),
        ["ssd_cin_episodes"] = await db.SocialCareReferrals.Where(x => x.ReferralDate <= today).MaxAsync(x => (DateOnly?)x.ReferralDate, ct),
        ["ssd_cin_assessments"] = await db.SocialCareAssessments.Where(x => x.StartDate <= today).MaxAsync(x => (DateOnly?)x.StartDate, ct),
        ["ssd_cp_plans"] = await db.ChildProtectionPlans.Where(x => x.StartDate <= today).MaxAsync(x => (DateOnly?)x.StartDate, ct),
        ["ssd_cla_episodes"] = await db.LookedAfterEpisodes.Where(x => x.StartDate <= today).MaxAsync(x => (DateOnly?)x.StartDate, ct),
        ["ssd_s47_enquiry"] = await db.Section47Enquiries.Where(x => x.StartDate <= today).MaxAsync(x => (DateOnly?)x.StartDate, ct),
        ["ssd_involvements"] = await db.Involvements.Where(x => x.StartDate <= today).MaxAsync(x => (DateOnly?)x.StartDate, ct),
        ["ext_early_help_assessments"] = await db.EarlyHelpAssessments.Where(x => x.CompletedDate <= today).MaxAsync(x => x.CompletedDate, ct),
        ["ext_plan_reviews"] = await db.PlanReviews.Where(x => x.ReviewDate <= today).MaxAsync(x => (DateOnly?)x.ReviewDate, ct),
        ["ext_outcome_scores"] = await db.OutcomeScores.Where(x => x.ScoreDate <= today).MaxAsync(x => (DateOnly?)x.ScoreDate, ct),
        ["ext_case_audits"] = await db.CaseAudits.Where(x => x.AuditDate <= today).MaxAsync(x => (DateOnly?)x.AuditDate, ct),
        ["ext_family_programme"] = await db.FamilyProgrammeAttachments.Where(x => x.AttachedDate <= today).MaxAsync(x => (DateOnly?)x.AttachedDate, ct),
        ["ext_family_feedback"] = await db.FamilyFeedback.Where(x => x.ResponseDate <= today).MaxAsync(x => (DateOnly?)x.ResponseDate, ct),
    };
}
