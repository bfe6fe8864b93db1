using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Targets;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

public enum RefreshMode
{
    /// <summary>Recompute only the periods that loads since the last refresh can have changed.</summary>
    Incremental,
    Full,
}

public sealed record RefreshResult(
    string Kind,
    int PeriodsRecomputed,
    int PeriodsTotal,
    DateOnly? RecomputedFrom,
    int ValuesWritten,
    int UpToBatchId,
    IReadOnlyList<string> UnavailableMeasures,
    string Message,
    TimeSpan Elapsed)
{
    /// <summary>Seconds spent computing each measure (for the benchmark and for finding a slow one).</summary>
    public IReadOnlyDictionary<string, double> SecondsPerMeasure { get; init; } = new Dictionary<string, double>();
    /// <summary>Wall time of the three phases: reference rows and scope, computing, writing the snapshot.</summary>
    public (double Prepare, double Compute, double Write) PhaseSeconds { get; init; }
}

/// <summary>
/// Recomputes the MeasureValue snapshot from the facts: every measure, period grain, organisation unit and
/// breakdown, with targets, RAG, direction of travel and the small-number flag, in one transaction.
/// </summary>
public sealed class MeasureRefresher(WarehouseContextFactory contexts, MeasureOptions options, string targetsPath)
{
    public const string AuthorityId = "AUTHORITY";
    public static readonly PeriodGrain[] Grains = [PeriodGrain.Month, PeriodGrain.FinancialQuarter, PeriodGrain.FinancialYear, PeriodGrain.CalendarYear];

    /// <summary>
    /// How far before a changed date a measure can move: a TAF meeting counts for an episode started up to
    /// 42 days earlier, a referral for a step-up from an episode ended up to 30 days earlier.
    /// </summary>
    private int BackwardReachDays => Math.Max(options.StepWindowDays, options.FirstTafDays);

    public async Task<RefreshResult> RefreshAsync(RefreshMode mode = RefreshMode.Incremental, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        await using var db = contexts.Create();
        await WarehouseDatabase.MigrateAsync(db, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var latestBatch = await db.LoadBatches.Where(b => b.Status == LoadStatus.Succeeded).MaxAsync(b => (int?)b.LoadBatchId, ct);
        if (latestBatch is null)
            return new RefreshResult("None", 0, 0, null, 0, 0, [], "Nothing has been loaded yet: load an extract first.", clock.Elapsed);

        var targets = TargetFile.Read(targetsPath);
        var targetsHash = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(targetsPath, ct)));
        var last = await db.MeasureRefreshes.Where(r => r.FinishedAtUtc != null).OrderByDescending(r => r.MeasureRefreshId).FirstOrDefaultAsync(ct);

        var full = mode == RefreshMode.Full || last is null || last.TargetsHash != targetsHash;
        DateOnly? changedFrom = null;
        if (!full)
        {
            if (last!.UpToBatchId >= latestBatch)
                return new RefreshResult("None", 0, await db.Periods.CountAsync(ct), null, 0, latestBatch.Value, [], $"Up to date: nothing loaded since batch {last.UpToBatchId}.", clock.Elapsed);
            var affected = await (from t in db.LoadBatchTables
                                  join b in db.LoadBatches on t.LoadBatchId equals b.LoadBatchId
                                  where b.LoadBatchId > last.UpToBatchId && b.Status == LoadStatus.Succeeded && t.EarliestAffectedDate != null
                                  select t.EarliestAffectedDate).ToListAsync(ct);
            if (affected.Contains(DateOnly.MinValue)) full = true;
            else changedFrom = affected.Min();
        }

        var authority = await db.OrganisationUnits.Where(u => u.OrgUnitId == AuthorityId).Select(u => (int?)u.OrgUnitKey).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException("The warehouse has no authority unit: load an extract first.");
        var (firstDate, asOf) = await DataRangeAsync(db, ct);

        // Reference rows first, committed, so the parallel readers below see the periods they compute.
        List<Period> periods;
        HashSet<int> created;
        Dictionary<string, string> unavailable;
        bool availabilityChanged;
        Dictionary<(string, int, int?), Target> targetLookup;
        await using (var sync = await db.Database.BeginTransactionAsync(ct))
        {
            (periods, created) = await SyncPeriodsAsync(db, firstDate, asOf, ct);
            (unavailable, availabilityChanged) = await SyncCatalogueAsync(db, ct);
            targetLookup = await SyncTargetsAsync(db, targets, ct);
            await sync.CommitAsync(ct);
        }
        // A measure that became available (or stopped being) is redone in every period, not only those loads touched.
        if (availabilityChanged) full = true;

        var scopeFrom = full ? DateOnly.MinValue : changedFrom is { } c ? c.AddDays(-BackwardReachDays) : DateOnly.MaxValue;
        if (created.Count > 0) scopeFrom = new[] { scopeFrom, periods.Where(p => created.Contains(p.PeriodKey)).Min(p => p.EndDate) }.Min();
        var scope = periods.Where(p => p.EndDate >= scopeFrom).ToList();
        var scopeKeys = scope.Select(p => p.PeriodKey).ToHashSet();

        var prepared = clock.Elapsed;
        var timings = new System.Collections.Concurrent.ConcurrentDictionary<string, double>();
        var computed = new System.Collections.Concurrent.ConcurrentDictionary<string, List<MeasureRow>>();
        if (scope.Count > 0)
        {
            // Measures only read the facts, so they run side by side on their own connections (WAL lets
            // SQLite readers run while nothing writes); the snapshot is then written in one transaction.
            var todo = MeasureCatalogue.All.Where(m => !unavailable.ContainsKey(m.Code)).ToList();
            await Parallel.ForEachAsync(todo, new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4), CancellationToken = ct },
                async (measure, token) =>
                {
                    await using var reader = contexts.Create();
                    var query = new MeasureQueryContext(reader, reader.Periods.Where(p => p.EndDate >= scopeFrom), options, scope.Min(p => p.StartDate));
                    var measureClock = Stopwatch.StartNew();
                    computed[measure.Code] = await ComputeAsync(reader, query, measure, authority, token);
                    timings[measure.Code] = measureClock.Elapsed.TotalSeconds;
                    progress?.Report(measure.Code);
                });
        }

        var computedAt = clock.Elapsed;
        var written = 0;
        var comparators = await ComparatorValuesAsync(db, periods, scopeKeys, ct);
        var periodByKey = periods.ToDictionary(p => p.PeriodKey);
        var refreshedAt = DateTime.UtcNow;
        var gaps = scope.Count == 0 ? []
            : await Availability.GapsAsync(db, db.Periods.Where(p => p.EndDate >= scopeFrom), MeasureCatalogue.All.Where(m => computed.ContainsKey(m.Code)), ct);
        var units = await db.OrganisationUnits.Select(u => u.OrgUnitKey).ToListAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (scope.Count > 0)
        {
            await db.MeasureValues.Where(v => db.Periods.Any(p => p.PeriodKey == v.PeriodKey && p.EndDate >= scopeFrom)).ExecuteDeleteAsync(ct);
            foreach (var measure in MeasureCatalogue.All)
            {
                // Not available: one row per unit saying so, in place of values (a whole measure, or some of its periods).
                var gapsOf = unavailable.TryGetValue(measure.Code, out var why)
                    ? scope.ToDictionary(p => p.PeriodKey, _ => why)
                    : gaps.GetValueOrDefault(measure.Code) ?? [];
                var values = computed.TryGetValue(measure.Code, out var rows)
                    ? rows.Where(r => !gapsOf.ContainsKey(r.PeriodKey)).Select(r => ToValue(measure, r, refreshedAt, latestBatch.Value)).ToList()
                    : [];
                foreach (var (period, reason) in gapsOf)
                    foreach (var unit in units) values.Add(Availability.NotAvailable(measure.Code, period, unit, reason, refreshedAt, latestBatch.Value));
                ApplyTargetsAndDirection(measure, values, periodByKey, targetLookup, comparators);
                written += await BulkInsert.InsertAsync(db, values, ct);
            }
        }

        var kind = full ? "Full" : "Incremental";
        var message = scope.Count == 0
            ? $"{kind} refresh: batches since {last?.UpToBatchId} changed nothing a measure counts; no period recomputed."
            : full
                ? $"Full refresh: {scope.Count} periods, {written:N0} values ({MeasureCatalogue.All.Count - unavailable.Count} measures available{(gaps.Count > 0 ? $"; {string.Join(", ", gaps.Keys.Order())} not available from this source in some periods" : "")})."
                : $"Incremental refresh: {scope.Count} of {periods.Count} periods recomputed (periods ending on or after {scopeFrom:yyyy-MM-dd}), because batches {last!.UpToBatchId + 1}-{latestBatch} changed records dated from {changedFrom:yyyy-MM-dd}; {written:N0} values written.";
        // Provisional flags move on with the data, in every period, not only those recomputed.
        foreach (var measure in MeasureCatalogue.All.Where(m => m.SettlesAfterDays(options) > 0))
        {
            var settledBy = asOf.AddDays(-measure.SettlesAfterDays(options));
            await db.MeasureValues.Where(v => v.MeasureCode == measure.Code && v.IsAvailable)
                .ExecuteUpdateAsync(u => u.SetProperty(v => v.IsProvisional, v => db.Periods.Any(p => p.PeriodKey == v.PeriodKey && p.EndDate > settledBy)), ct);
        }
        db.MeasureRefreshes.Add(new MeasureRefresh
        {
            StartedAtUtc = DateTime.UtcNow - clock.Elapsed, FinishedAtUtc = DateTime.UtcNow, Kind = kind, UpToBatchId = latestBatch.Value,
            RecomputedFrom = full ? null : scopeFrom == DateOnly.MaxValue ? null : scopeFrom, PeriodsRecomputed = scope.Count, ValuesWritten = written,
            TargetsHash = targetsHash, Message = message,
        });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new RefreshResult(kind, scope.Count, periods.Count, full ? null : scopeFrom, written, latestBatch.Value,
            unavailable.Keys.Order().ToList(), message, clock.Elapsed)
        {
            SecondsPerMeasure = new Dictionary<string, double>(timings),
            PhaseSeconds = (prepared.TotalSeconds, (computedAt - prepared).TotalSeconds, (clock.Elapsed - computedAt).TotalSeconds),
        };
    }

    /// <summary>Every row a measure produces: by organisation, then its breakdowns.</summary>
    public static async Task<List<MeasureRow>> ComputeAsync(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority, CancellationToken ct)
    {
        var rows = new List<MeasureRow>();
        foreach (var q in Queries(db, query, measure, authority)) rows.AddRange(await q.ToListAsync(ct));
        if (measure.CountsAtPeriodEnd) rows = PeriodEnds.ToEveryPeriod(rows, await query.Periods.ToListAsync(ct), BreakdownGrains);
        if (measure.Breakdowns.HasFlag(Breakdowns.AuditSectionGrade))
        {
            var grades = await MeasureAggregator.ByAuditSectionAndGrade(db, measure.Members(query), authority).ToListAsync(ct);
            // The section's denominator is its graded judgements: the sum over its grades (one grade per judgement).
            var judgements = grades.GroupBy(x => (x.PeriodKey, x.OrgUnitKey, x.Section)).ToDictionary(x => x.Key, x => x.Sum(y => y.Audits));
            foreach (var g in grades)
                rows.Add(new MeasureRow
                {
                    PeriodKey = g.PeriodKey, OrgUnitKey = g.OrgUnitKey, BreakdownKind = MeasureAggregator.AuditGradePrefix + g.Section, BreakdownValue = g.Grade.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Numerator = g.Audits,
                    Denominator = judgements[(g.PeriodKey, g.OrgUnitKey, g.Section)],
                });
        }
        return rows;
    }

    /// <summary>The grouped queries behind a measure (what the SQL Server translation test checks).</summary>
    public static IEnumerable<IQueryable<MeasureRow>> Queries(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority)
    {
        var periods = measure.CountsAtPeriodEnd ? PeriodEnds.OnePerEndDate(query.Periods) : query.Periods;
        yield return MeasureAggregator.ByOrganisation(db, measure.Members(new MeasureQueryContext(db, periods, query.Options, query.ScopeStart)), authority, measure.MembersAreDistinctUnits);
        // Breakdowns by age, sex and ethnicity are for quarters and years: monthly ones are mostly small
        // numbers a board cannot publish, and they would triple the refresh.
        var breakdownPeriods = query.Periods.Where(p => BreakdownGrains.Contains(p.Grain));
        if (measure.CountsAtPeriodEnd) breakdownPeriods = PeriodEnds.OnePerEndDate(breakdownPeriods);
        var quarterly = new MeasureQueryContext(db, breakdownPeriods, query.Options, query.ScopeStart);
        if (measure.Breakdowns.HasFlag(Breakdowns.AgeBand)) yield return MeasureAggregator.ByBreakdown(db, measure.Members(quarterly), authority, MeasureAggregator.AgeBand, measure.MembersAreDistinctUnits);
        if (measure.Breakdowns.HasFlag(Breakdowns.Sex)) yield return MeasureAggregator.ByBreakdown(db, measure.Members(quarterly), authority, MeasureAggregator.Sex, measure.MembersAreDistinctUnits);
        if (measure.Breakdowns.HasFlag(Breakdowns.EthnicityGroup)) yield return MeasureAggregator.ByBreakdown(db, measure.Members(quarterly), authority, MeasureAggregator.EthnicityGroup, measure.MembersAreDistinctUnits);
    }

    /// <summary>The grains breakdowns are computed for.</summary>
    public static readonly string[] BreakdownGrains = [nameof(PeriodGrain.FinancialQuarter), nameof(PeriodGrain.FinancialYear)];

    private static MeasureValue ToValue(MeasureDefinition measure, MeasureRow r, DateTime refreshedAt, int batch)
    {
        int? denominator = measure.Denominator is null && measure.Unit == MeasureUnit.Count && !r.BreakdownKind.StartsWith(MeasureAggregator.AuditGradePrefix, StringComparison.Ordinal)
            ? null : r.Denominator;
        double? value = measure.Unit == MeasureUnit.Percentage
            ? r.Denominator == 0 ? null : 100.0 * r.Numerator / r.Denominator
            : r.Numerator;
        return new MeasureValue
        {
            MeasureCode = measure.Code, PeriodKey = r.PeriodKey, OrgUnitKey = r.OrgUnitKey, BreakdownKind = r.BreakdownKind, BreakdownValue = r.BreakdownValue,
            Numerator = r.Numerator, Denominator = denominator, Value = value,
            IsSmallNumber = Suppression.IsSmallNumber(measure.Unit, r.Numerator, denominator),
            RefreshedAtUtc = refreshedAt, LineageBatchId = batch,
        };
    }

    private static void ApplyTargetsAndDirection(MeasureDefinition measure, List<MeasureValue> values, Dictionary<int, Period> periods,
        Dictionary<(string, int, int?), Target> targets, Dictionary<(string, int, int, string, string), double?> comparators)
    {
        var own = values.ToDictionary(v => (v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue), v => v.Value);
        double? Lookup(int? periodKey, MeasureValue v)
        {
            if (periodKey is null) return null;
            var key = (v.MeasureCode, periodKey.Value, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue);
            if (own.TryGetValue(key, out var x)) return x;
            // A period outside this refresh's scope: its stored value. Absent there too means nothing was
            // counted, which for a count is 0 (a context count that falls to nothing still has a direction).
            if (comparators.TryGetValue(key, out var stored)) return stored;
            return measure.Unit == MeasureUnit.Count && periods.ContainsKey(periodKey.Value) ? 0 : null;
        }
        foreach (var v in values)
        {
            // "Not available" carries no target, RAG or direction, and no other value is compared with it.
            if (!v.IsAvailable) continue;
            var period = periods[v.PeriodKey];
            var target = targets.GetValueOrDefault((measure.Code, TargetYear(period), v.OrgUnitKey)) ?? targets.GetValueOrDefault((measure.Code, TargetYear(period), null));
            if (target is not null && v.BreakdownKind == MeasureAggregator.All)
            {
                v.Target = TargetRules.ProfiledTarget(measure, target.Value, FinancialCalendar.FinancialMonthOf(period.EndDate));
                v.Rag = TargetRules.RagFor(measure, v.Value, v.Target, target.Tolerance);
            }
            v.PreviousValue = Lookup(period.PreviousPeriodKey, v);
            v.LastYearValue = Lookup(period.SamePeriodLastYearKey, v);
            v.DirectionVsPrevious = TargetRules.DirectionFor(measure, v.Value, v.PreviousValue);
            v.DirectionVsLastYear = TargetRules.DirectionFor(measure, v.Value, v.LastYearValue);
        }
    }

    /// <summary>A calendar-year period takes the target of the financial year it ends in.</summary>
    private static int TargetYear(Period p) => p.Grain == nameof(PeriodGrain.CalendarYear) ? FinancialCalendar.FinancialYearStartOf(p.EndDate) : p.FinancialYearStart;

    private static async Task<Dictionary<(string, int, int, string, string), double?>> ComparatorValuesAsync(
        WarehouseContext db, List<Period> periods, HashSet<int> scope, CancellationToken ct)
    {
        var needed = periods.Where(p => scope.Contains(p.PeriodKey))
            .SelectMany(p => new[] { p.PreviousPeriodKey, p.SamePeriodLastYearKey })
            .Where(k => k is not null && !scope.Contains(k.Value)).Select(k => k!.Value).Distinct().ToList();
        if (needed.Count == 0) return [];
        var rows = await db.MeasureValues.Where(v => needed.Contains(v.PeriodKey))
            .Select(v => new { v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue, v.Value }).ToListAsync(ct);
        return rows.ToDictionary(v => (v.MeasureCode, v.PeriodKey, v.OrgUnitKey, v.BreakdownKind, v.BreakdownValue), v => v.Value);
    }

    /// <summary>The first and last business dates in the facts: periods run from the first one's financial year to the last.</summary>
    private static async Task<(DateOnly First, DateOnly AsOf)> DataRangeAsync(WarehouseContext db, CancellationToken ct)
    {
        // Every business date a measure can count by, so that an extract holding only, say, feedback still
        // gets its periods.
        var firsts = new List<DateOnly?>
        {
            await db.EarlyHelpEpisodes.MinAsync(e => (DateOnly?)e.StartDate, ct),
            await db.SocialCareReferrals.MinAsync(e => (DateOnly?)e.ReferralDate, ct),
            await db.Contacts.MinAsync(e => (DateOnly?)e.ContactDate, ct),
            await db.EarlyHelpAssessments.MinAsync(e => e.CompletedDate, ct),
            await db.PlanReviews.MinAsync(e => (DateOnly?)e.ReviewDate, ct),
            await db.OutcomeScores.MinAsync(e => (DateOnly?)e.ScoreDate, ct),
            await db.CaseAudits.MinAsync(e => (DateOnly?)e.AuditDate, ct),
            await db.FamilyProgrammeAttachments.MinAsync(e => (DateOnly?)e.AttachedDate, ct),
            await db.FamilyFeedback.MinAsync(e => (DateOnly?)e.ResponseDate, ct),
            await db.SocialCareAssessments.MinAsync(e => e.AuthorisedDate, ct),
            await db.ChildProtectionPlans.MinAsync(e => (DateOnly?)e.StartDate, ct),
            await db.Section47Enquiries.MinAsync(e => (DateOnly?)e.StartDate, ct),
        };
        var lasts = new List<DateOnly?>
        {
            await db.EarlyHelpEpisodes.MaxAsync(e => (DateOnly?)e.StartDate, ct),
            await db.EarlyHelpEpisodes.MaxAsync(e => e.EndDate, ct),
            await db.SocialCareReferrals.MaxAsync(e => (DateOnly?)e.ReferralDate, ct),
            await db.SocialCareReferrals.MaxAsync(e => e.CloseDate, ct),
            await db.Contacts.MaxAsync(e => (DateOnly?)e.ContactDate, ct),
            await db.EarlyHelpAssessments.MaxAsync(e => e.CompletedDate, ct),
            await db.PlanReviews.MaxAsync(e => (DateOnly?)e.ReviewDate, ct),
            await db.OutcomeScores.MaxAsync(e => (DateOnly?)e.ScoreDate, ct),
            await db.CaseAudits.MaxAsync(e => (DateOnly?)e.AuditDate, ct),
            await db.FamilyProgrammeAttachments.MaxAsync(e => (DateOnly?)e.AttachedDate, ct),
            await db.FamilyProgrammeAttachments.MaxAsync(e => e.ClaimDate, ct),
            await db.FamilyFeedback.MaxAsync(e => (DateOnly?)e.ResponseDate, ct),
            await db.SocialCareAssessments.MaxAsync(e => e.AuthorisedDate, ct),
            await db.ChildProtectionPlans.MaxAsync(e => (DateOnly?)e.StartDate, ct),
            await db.ChildProtectionPlans.MaxAsync(e => e.EndDate, ct),
            await db.Section47Enquiries.MaxAsync(e => (DateOnly?)e.StartDate, ct),
        };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var first = firsts.Where(d => d is not null).Min() ?? today;
        // Dates after today are typing errors or planned dates: the data is as of today at the latest.
        var asOf = lasts.Where(d => d is not null && d <= today).Max() ?? today;
        return (first, asOf);
    }

    private static async Task<(List<Period> All, HashSet<int> Created)> SyncPeriodsAsync(WarehouseContext db, DateOnly first, DateOnly asOf, CancellationToken ct)
    {
        var existing = await db.Periods.AsTracking().ToDictionaryAsync(p => p.PeriodKey, ct);
        var created = new HashSet<int>();
        var from = new DateOnly(FinancialCalendar.FinancialYearStartOf(first), 4, 1);
        var order = 0;
        foreach (var grain in Grains)
        {
            foreach (var rp in ReportingPeriod.Between(grain, from, asOf))
            {
                var key = KeyOf(rp);
                if (!existing.TryGetValue(key, out var p))
                {
                    p = new Period { PeriodKey = key };
                    db.Periods.Add(p);
                    existing[key] = p;
                    created.Add(key);
                }
                p.Grain = grain.ToString();
                p.Label = rp.Label;
                p.StartDate = rp.Start;
                p.EndDate = rp.End;
                p.StartDateKey = CalendarDays.DateKeyOf(rp.Start);
                p.EndDateKey = CalendarDays.DateKeyOf(rp.End);
                p.FinancialYearStart = rp.FinancialYearStart;
                p.FinancialYearLabel = FinancialCalendar.FinancialYearLabel(rp.FinancialYearStart);
                p.YearToDateStart = grain == PeriodGrain.CalendarYear ? new DateOnly(rp.Start.Year, 1, 1) : new DateOnly(rp.FinancialYearStart, 4, 1);
                p.SortOrder = ++order;
                p.IsComplete = rp.End <= asOf;
                p.PreviousPeriodKey = KeyOf(rp.Previous());
                p.SamePeriodLastYearKey = KeyOf(rp.SamePeriodLastYear());
            }
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        // Comparator keys that fall before the first period point at nothing.
        var all = existing.Values.ToList();
        var keys = all.Select(p => p.PeriodKey).ToHashSet();
        foreach (var p in all)
        {
            if (p.PreviousPeriodKey is { } k1 && !keys.Contains(k1)) p.PreviousPeriodKey = null;
            if (p.SamePeriodLastYearKey is { } k2 && !keys.Contains(k2)) p.SamePeriodLastYearKey = null;
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        return (all.Where(p => p.StartDate <= asOf).OrderBy(p => p.SortOrder).ToList(), created);
    }

    public static int KeyOf(ReportingPeriod p) => p.Grain switch
    {
        PeriodGrain.Month => 100_000_000,
        PeriodGrain.FinancialQuarter => 200_000_000,
        PeriodGrain.FinancialYear => 300_000_000,
        _ => 400_000_000,
    } + CalendarDays.DateKeyOf(p.Start);

    /// <summary>
    /// Writes the catalogue to the Measure dimension; returns the codes whose tables were never loaded, with why, and
    /// whether any measure's availability changed since the last refresh.
    /// </summary>
    private async Task<(Dictionary<string, string> Unavailable, bool Changed)> SyncCatalogueAsync(WarehouseContext db, CancellationToken ct)
    {
        var loaded = (await (from t in db.LoadBatchTables
                             join b in db.LoadBatches on t.LoadBatchId equals b.LoadBatchId
                             where b.Status == LoadStatus.Succeeded && t.RowsRead > 0
                             select t.TableName).Distinct().ToListAsync(ct)).ToHashSet();
        var existing = await db.Measures.AsTracking().ToDictionaryAsync(m => m.MeasureCode, ct);
        var unavailable = new Dictionary<string, string>(StringComparer.Ordinal);
        var changed = false;
        var order = 0;
        foreach (var m in MeasureCatalogue.All)
        {
            if (!existing.TryGetValue(m.Code, out var row))
            {
                row = new Measure { MeasureCode = m.Code, IsAvailable = true };
                db.Measures.Add(row);
            }
            var missing = m.RequiredTables.Where(t => !loaded.Contains(t)).ToList();
            if (missing.Count > 0) unavailable[m.Code] = $"Not available from this source: needs {string.Join(", ", missing)}, which has not been loaded.";
            changed |= row.IsAvailable != (missing.Count == 0);
            row.Name = m.Name;
            row.Description = m.Description;
            row.NumeratorDefinition = m.Numerator;
            row.DenominatorDefinition = m.Denominator;
            row.Unit = m.Unit.ToString();
            row.Polarity = m.Polarity.ToString();
            row.CountingUnit = m.CountingUnit;
            row.Breakdowns = m.Breakdowns.ToString();
            row.Source = m.Source;
            row.RequiredTables = string.Join(", ", m.RequiredTables);
            row.IsAvailable = missing.Count == 0;
            row.SettlesAfterDays = m.SettlesAfterDays(options);
            row.AvailabilityNote = unavailable.GetValueOrDefault(m.Code);
            row.SortOrder = ++order;
        }
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        // A measure that became unavailable keeps no stale values: its "not available" rows are written with the rest.
        var codes = unavailable.Keys.ToList();
        if (codes.Count > 0) await db.MeasureValues.Where(v => codes.Contains(v.MeasureCode) && v.IsAvailable).ExecuteDeleteAsync(ct);
        return (unavailable, changed);
    }

    private static async Task<Dictionary<(string, int, int?), Target>> SyncTargetsAsync(WarehouseContext db, TargetFile file, CancellationToken ct)
    {
        var units = await db.OrganisationUnits.ToDictionaryAsync(u => u.OrgUnitId, u => u.OrgUnitKey, ct);
        await db.Targets.ExecuteDeleteAsync(ct);
        var rows = new Dictionary<(string, int, int?), Target>();
        foreach (var t in file.Targets)
        {
            int? unit = null;
            if (t.OrgUnit is not null && t.OrgUnit != AuthorityId)
            {
                // A target for a unit this council does not have is ignored rather than failing the refresh.
                if (!units.TryGetValue(t.OrgUnit, out var k)) continue;
                unit = k;
            }
            var code = MeasureCatalogue.Find(t.Measure)!.Code;
            rows[(code, TargetFile.FinancialYearStartOf(t), unit)] = new Target
            {
                MeasureCode = code, FinancialYearStart = TargetFile.FinancialYearStartOf(t), OrgUnitKey = unit, Value = t.Value, Tolerance = t.Tolerance,
            };
        }
        db.Targets.AddRange(rows.Values);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);
        return rows;
    }
}
