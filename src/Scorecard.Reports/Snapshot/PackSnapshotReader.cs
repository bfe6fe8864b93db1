using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Reports.Templates;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Reports.Snapshot;

/// <summary>
/// Reads what a pack needs from the measure snapshot: one query for the values of every measure, period and
/// unit the pack shows, one for the audit grades, one grouped query for the spidergraph domains, and a few
/// for the loads. Never a query per cell, so a pack takes the same time for 5 teams or 50.
/// </summary>
public sealed class PackSnapshotReader(WarehouseContextFactory contexts)
{
    private const string Baseline = "BASELINE";
    private const string Closure = "CLOSURE";

    /// <summary>The latest complete period of the template's grain, as the snapshot knows it.</summary>
    public async Task<string> LatestCompletePeriodAsync(PackTemplate template, CancellationToken ct = default)
    {
        await using var db = contexts.Create();
        var grain = template.Grain.ToString();
        return await db.Periods.Where(p => p.Grain == grain && p.IsComplete).OrderByDescending(p => p.SortOrder).Select(p => p.Label).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"The measure snapshot has no complete {template.GrainWord} yet: load an extract and run `scorecard refresh` first.");
    }

    public async Task<PackSnapshot> ReadAsync(PackTemplate template, string periodLabel, DateTime generatedAtUtc, CancellationToken ct = default)
    {
        var wanted = ReportingPeriod.Parse(periodLabel, template.Grain);
        await using var db = contexts.Create();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;

        var refresh = await db.MeasureRefreshes.Where(r => r.FinishedAtUtc != null).OrderByDescending(r => r.MeasureRefreshId).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("The measure snapshot is empty: load an extract and run `scorecard refresh` first.");

        var grain = template.Grain.ToString();
        var periodKey = MeasureRefresher.KeyOf(wanted);
        var period = await db.Periods.FirstOrDefaultAsync(p => p.PeriodKey == periodKey, ct);
        if (period is null)
        {
            var range = await db.Periods.Where(p => p.Grain == grain).GroupBy(p => p.Grain)
                .Select(g => new { First = g.Min(p => p.SortOrder), Last = g.Max(p => p.SortOrder) }).FirstOrDefaultAsync(ct);
            var labels = range is null ? [] : await db.Periods.Where(p => p.SortOrder == range.First || p.SortOrder == range.Last).OrderBy(p => p.SortOrder).Select(p => p.Label).ToListAsync(ct);
            throw new InvalidOperationException(labels.Count == 0
                ? $"The measure snapshot has no {template.GrainWord}s: run `scorecard refresh` first."
                : $"The measure snapshot has no {template.GrainWord} {wanted.Label}: its {template.GrainWord}s run from {labels[0]} to {labels[^1]}.");
        }

        var trend = await db.Periods.Where(p => p.Grain == grain && p.SortOrder <= period.SortOrder)
            .OrderByDescending(p => p.SortOrder).Take(template.TrendPeriods).ToListAsync(ct);
        trend.Reverse();
        var comparatorKeys = new[] { period.PreviousPeriodKey, period.SamePeriodLastYearKey }.Where(k => k is not null).Select(k => k!.Value).ToList();
        var comparators = await db.Periods.Where(p => comparatorKeys.Contains(p.PeriodKey)).ToDictionaryAsync(p => p.PeriodKey, ct);

        var (authority, scorecardUnits, comparisonUnits) = await UnitsAsync(db, template, ct);
        var measureRows = await db.Measures.ToDictionaryAsync(m => m.MeasureCode, ct);

        var periodKeys = trend.Select(p => p.PeriodKey).Concat(comparatorKeys).Distinct().ToList();
        var unitKeys = scorecardUnits.Concat(comparisonUnits).Append(authority).Select(u => u.OrgUnitKey).Distinct().ToList();
        var codes = template.MeasuresRead.Select(m => m.Code).ToList();
        var values = await db.MeasureValues
            .Where(v => v.BreakdownKind == MeasureAggregator.All && codes.Contains(v.MeasureCode) && periodKeys.Contains(v.PeriodKey) && unitKeys.Contains(v.OrgUnitKey))
            .ToDictionaryAsync(v => (v.MeasureCode, v.PeriodKey, v.OrgUnitKey), ct);

        var wantsAuditGrades = template.Sections.Any(s => s.HasAuditGrades) || template.Charts.Any(c => c.Kind == ChartKinds.AuditGrades);
        var grades = wantsAuditGrades ? await AuditGradesAsync(db, periodKeys, unitKeys, ct) : [];
        var domains = template.Charts.Any(c => c.Kind == ChartKinds.Spidergraph) ? await DomainAveragesAsync(db, period, ct) : [];

        return new PackSnapshot
        {
            Template = template,
            Period = period,
            TrendPeriods = trend,
            PreviousPeriod = period.PreviousPeriodKey is { } prev ? comparators.GetValueOrDefault(prev) : null,
            LastYearPeriod = period.SamePeriodLastYearKey is { } ly ? comparators.GetValueOrDefault(ly) : null,
            Authority = authority,
            ScorecardUnits = scorecardUnits,
            ComparisonUnits = comparisonUnits,
            MeasureRows = measureRows,
            Values = values,
            AuditGrades = grades,
            DomainAverages = domains,
            DataQuality = await DataQualityAsync(db, refresh, generatedAtUtc, ct),
            GeneratedAtUtc = generatedAtUtc,
        };
    }

    private static async Task<(PackUnit Authority, List<PackUnit> Scorecard, List<PackUnit> Comparison)> UnitsAsync(WarehouseContext db, PackTemplate template, CancellationToken ct)
    {
        var rows = await db.OrganisationUnits.ToListAsync(ct);
        var byKey = rows.ToDictionary(u => u.OrgUnitKey);
        var authorityRow = rows.FirstOrDefault(u => u.OrgUnitId == MeasureRefresher.AuthorityId)
            ?? throw new InvalidOperationException("The warehouse has no authority unit: load an extract first.");
        PackUnit? ToUnit(Warehouse.Dimensions.OrganisationUnit u)
        {
            OrgUnitLevel? level = u.OrgUnitKey == authorityRow.OrgUnitKey ? OrgUnitLevel.Authority
                : u.Level == nameof(OrgUnitLevel.Locality) ? OrgUnitLevel.Locality
                : u.Level == nameof(OrgUnitLevel.Team) ? OrgUnitLevel.Team
                : null;
            if (level is null) return null;
            var locality = level == OrgUnitLevel.Team && u.ParentOrgUnitKey is { } parent && byKey.TryGetValue(parent, out var p) ? p.Name : null;
            return new PackUnit(u.OrgUnitKey, u.OrgUnitId, u.Name, level.Value, locality);
        }
        // Teams sit under their locality's name, so a service manager finds theirs together.
        var units = rows.Select(ToUnit).OfType<PackUnit>()
            .OrderBy(u => u.Level).ThenBy(u => u.LocalityName, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();
        var authority = units.First(u => u.Level == OrgUnitLevel.Authority);
        return (authority,
            units.Where(u => template.ScorecardLevels.Contains(u.Level)).ToList(),
            units.Where(u => template.ComparisonLevels.Contains(u.Level)).ToList());
    }

    private static async Task<List<AuditGradeCount>> AuditGradesAsync(WarehouseContext db, List<int> periodKeys, List<int> unitKeys, CancellationToken ct)
    {
        var rows = await db.MeasureValues
            .Where(v => v.MeasureCode == "QA02" && v.BreakdownKind.StartsWith(MeasureAggregator.AuditGradePrefix) && periodKeys.Contains(v.PeriodKey) && unitKeys.Contains(v.OrgUnitKey))
            .Select(v => new { v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Numerator, v.Denominator, v.IsSmallNumber })
            .ToListAsync(ct);
        return rows
            .Where(r => int.TryParse(r.BreakdownValue, System.Globalization.CultureInfo.InvariantCulture, out _))
            .Select(r => new AuditGradeCount(r.PeriodKey, r.OrgUnitKey, r.BreakdownKind[MeasureAggregator.AuditGradePrefix.Length..],
                int.Parse(r.BreakdownValue, System.Globalization.CultureInfo.InvariantCulture), r.Numerator, r.Denominator ?? 0, r.IsSmallNumber))
            .ToList();
    }

    /// <summary>
    /// Average score per domain at baseline and at closure, over the episodes closed in the period that have
    /// both, so the two shapes on the spidergraph describe the same families. Not in the snapshot: one grouped query.
    /// </summary>
    private static async Task<List<DomainAverage>> DomainAveragesAsync(WarehouseContext db, Period period, CancellationToken ct)
    {
        var start = period.StartDate;
        var end = period.EndDate;
        var rows = await (from s in db.OutcomeScores
                          join e in db.EarlyHelpEpisodes on s.EpisodeKey equals e.EpisodeKey
                          where e.EndDate >= start && e.EndDate <= end
                              && (s.Stage == Baseline || s.Stage == Closure)
                              && db.OutcomeScores.Any(b => b.EpisodeKey == s.EpisodeKey && b.Stage == Baseline)
                              && db.OutcomeScores.Any(c => c.EpisodeKey == s.EpisodeKey && c.Stage == Closure)
                          group s by new { s.Domain, s.Stage } into g
                          select new { g.Key.Domain, g.Key.Stage, Average = g.Average(x => (double)x.Score), Episodes = g.Select(x => x.EpisodeKey).Distinct().Count() })
            .ToListAsync(ct);
        return rows.Select(r => new DomainAverage(r.Domain, r.Stage, r.Average, r.Episodes)).OrderBy(r => r.Domain, StringComparer.Ordinal).ThenBy(r => r.Stage, StringComparer.Ordinal).ToList();
    }

    private static async Task<DataQuality> DataQualityAsync(WarehouseContext db, MeasureRefresh refresh, DateTime generatedAtUtc, CancellationToken ct)
    {
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
