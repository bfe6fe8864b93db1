using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// Runs the measures' queries for the periods in scope, side by side on their own connections (they only read
/// the facts; SQLite's WAL lets readers run while nothing writes). Returns every row each measure produces.
/// </summary>
public sealed class MeasureComputation(WarehouseContextFactory contexts, MeasureOptions options)
{
    /// <summary>The grains breakdowns are computed for.</summary>
    public static readonly PeriodGrain[] BreakdownGrains = [PeriodGrain.FinancialQuarter, PeriodGrain.FinancialYear];

    /// <param name="scopeOf">Each measure's scope: periods ending on or after From are computed; Start is the first day of the earliest of them.</param>
    public async Task<(ConcurrentDictionary<string, List<MeasureRow>> Rows, ConcurrentDictionary<string, double> Seconds)> RunAsync(
        IReadOnlyList<MeasureDefinition> measures, Func<MeasureDefinition, (DateOnly From, DateOnly Start)> scopeOf, int authority, IProgress<string>? progress, CancellationToken ct)
    {
        var rows = new ConcurrentDictionary<string, List<MeasureRow>>();
        var seconds = new ConcurrentDictionary<string, double>();
        // The counts a percentage can take its denominators from: those computed in this run over the same periods
        // (an incremental refresh redoes each measure from its own date).
        var scopes = measures.ToDictionary(m => m.Code, scopeOf);
        var sameScope = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var group in measures.GroupBy(m => scopes[m.Code]))
        {
            var codes = group.Select(m => m.Code).ToHashSet();
            foreach (var code in codes) sameScope[code] = codes;
        }
        await Parallel.ForEachAsync(measures, new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4), CancellationToken = ct },
            async (measure, token) =>
            {
                await using var reader = contexts.Create();
                await ConfigureReaderAsync(reader, token);
                var (scopeFrom, scopeStart) = scopes[measure.Code];
                var query = new MeasureQueryContext(reader, reader.Periods.Where(p => p.EndDate >= scopeFrom), options, scopeStart);
                var clock = Stopwatch.StartNew();
                rows[measure.Code] = await ComputeAsync(reader, query, measure, authority, token, NumeratorOnly(measure, sameScope[measure.Code]));
                seconds[measure.Code] = clock.Elapsed.TotalSeconds;
                progress?.Report(measure.Code);
            });
        foreach (var measure in measures.Where(m => NumeratorOnly(m, sameScope[m.Code])))
            rows[measure.Code] = WithDenominators(measure, rows[measure.Code], rows[measure.DenominatorIs!]);
        return (rows, seconds);
    }

    /// <summary>
    /// A percentage whose denominator is another measure's count (<see cref="MeasureDefinition.DenominatorIs"/>: EH05's
    /// is EH01, children open at period end) counts only its numerator when that count is computed beside it; the
    /// denominators are the count's values (<see cref="WithDenominators"/>). Counting them again cost as much as the
    /// count itself: for EH05 and EH13A/B, the distinct children open at every period end and level. Only when the
    /// count is computed over the same periods, and has every breakdown the measure has (QA02, QA01's count, has none of QA01's). A test checks every such
    /// declaration against both measures' own queries.
    /// </summary>
    public static bool NumeratorOnly(MeasureDefinition measure, IReadOnlySet<string> computedWithIt) =>
        measure.DenominatorIs is { } count && computedWithIt.Contains(count)
        && BreakdownKinds(measure).IsSubsetOf(BreakdownKinds(MeasureCatalogue.Find(count)!));

    /// <summary>
    /// The measure's numerators with the denominators of the count it names: one row for every cell of the count in
    /// the breakdowns the measure has (numerator 0 where none of its records is in the numerator).
    /// </summary>
    public static List<MeasureRow> WithDenominators(MeasureDefinition measure, IReadOnlyList<MeasureRow> numerators, IReadOnlyList<MeasureRow> count)
    {
        var kinds = BreakdownKinds(measure);
        var own = numerators.ToDictionary(r => (r.PeriodKey, r.OrgUnitKey, r.BreakdownKind, r.BreakdownValue), r => r.Numerator);
        return count.Where(c => kinds.Contains(c.BreakdownKind)).Select(c => new MeasureRow
        {
            PeriodKey = c.PeriodKey, OrgUnitKey = c.OrgUnitKey, BreakdownKind = c.BreakdownKind, BreakdownValue = c.BreakdownValue,
            Numerator = own.GetValueOrDefault((c.PeriodKey, c.OrgUnitKey, c.BreakdownKind, c.BreakdownValue)),
            Denominator = c.Numerator,
        }).ToList();
    }

    /// <summary>The breakdown kinds a measure's rows carry: the organisation rows ("All") and each breakdown it has.</summary>
    public static IReadOnlySet<string> BreakdownKinds(MeasureDefinition measure)
    {
        var kinds = new HashSet<string> { MeasureAggregator.All };
        if (measure.Breakdowns.HasFlag(Breakdowns.AgeBand)) kinds.Add(MeasureAggregator.AgeBand);
        if (measure.Breakdowns.HasFlag(Breakdowns.Sex)) kinds.Add(MeasureAggregator.Sex);
        if (measure.Breakdowns.HasFlag(Breakdowns.EthnicityGroup)) kinds.Add(MeasureAggregator.EthnicityGroup);
        return kinds;
    }

    /// <summary>
    /// SQLite reads the measures' pages through a memory map rather than a read call per page: the queries scan
    /// the same fact tables many times, and the system calls were about a tenth of a full refresh's CPU time. The
    /// grouping sorts get a 16 MiB cache (the default 2 MiB spilled them to temporary files: 0.4 CPU s of a full
    /// refresh of the 40,000-child council in system calls).
    /// </summary>
    private static async Task ConfigureReaderAsync(WarehouseContext reader, CancellationToken ct)
    {
        if (!reader.Database.IsSqlite()) return;
        await reader.Database.OpenConnectionAsync(ct);
        await reader.Database.ExecuteSqlRawAsync("PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -16384;", ct);
    }

    /// <summary>Every row a measure produces: by organisation, then its breakdowns.</summary>
    public static async Task<List<MeasureRow>> ComputeAsync(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority, CancellationToken ct, bool numeratorOnly = false)
    {
        var rows = new List<MeasureRow>();
        foreach (var q in Queries(db, query, measure, authority, numeratorOnly)) rows.AddRange(await q.ToListAsync(ct));
        if (measure.CountsAtPeriodEnd) rows = PeriodEnds.ToEveryPeriod(rows, await query.Periods.ToListAsync(ct), BreakdownGrains);
        if (measure.Breakdowns.HasFlag(Breakdowns.AuditSectionGrade))
        {
            var grades = await MeasureAggregator.ByAuditSectionAndGrade(db, measure.Members(query), authority).ToListAsync(ct);
            // The section's denominator is its graded judgements: the sum over its grades (one grade per judgement).
            var sectionTotals = grades.GroupBy(g => (g.PeriodKey, g.OrgUnitKey, g.Section)).ToDictionary(g => g.Key, g => g.Sum(x => x.Audits));
            foreach (var g in grades)
                rows.Add(new MeasureRow
                {
                    PeriodKey = g.PeriodKey, OrgUnitKey = g.OrgUnitKey, BreakdownKind = MeasureAggregator.AuditGradePrefix + g.Section,
                    BreakdownValue = g.Grade.ToString(CultureInfo.InvariantCulture),
                    Numerator = g.Audits,
                    Denominator = sectionTotals[(g.PeriodKey, g.OrgUnitKey, g.Section)],
                });
        }
        return rows;
    }

    /// <summary>
    /// The grouped queries behind a measure (what the SQL Server translation test checks); with
    /// <paramref name="numeratorOnly"/>, of its numerator's members only (see <see cref="NumeratorOnly"/>).
    /// </summary>
    public static IEnumerable<IQueryable<MeasureRow>> Queries(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority, bool numeratorOnly = false)
    {
        IQueryable<Member> Members(MeasureQueryContext c) => numeratorOnly ? measure.Members(c).Where(m => m.InNumerator) : measure.Members(c);
        var periods = measure.CountsAtPeriodEnd ? PeriodEnds.OnePerEndDate(query.Periods) : query.Periods;
        yield return MeasureAggregator.ByOrganisation(db, Members(new MeasureQueryContext(db, periods, query.Options, query.ScopeStart)), authority, measure.MembersAreDistinctUnits, measure.RollUpInOneQuery);
        // Breakdowns by age, sex and ethnicity are for quarters and years: monthly ones are mostly small
        // numbers a board cannot publish, and they would triple the refresh.
        var breakdownPeriods = query.Periods.Where(p => BreakdownGrains.Contains(p.Grain));
        if (measure.CountsAtPeriodEnd) breakdownPeriods = PeriodEnds.OnePerEndDate(breakdownPeriods);
        var quarterly = new MeasureQueryContext(db, breakdownPeriods, query.Options, query.ScopeStart);
        if (measure.Breakdowns.HasFlag(Breakdowns.AgeBand)) yield return MeasureAggregator.ByBreakdown(db, Members(quarterly), authority, MeasureAggregator.AgeBand, measure.MembersAreDistinctUnits);
        if (measure.Breakdowns.HasFlag(Breakdowns.Sex)) yield return MeasureAggregator.ByBreakdown(db, Members(quarterly), authority, MeasureAggregator.Sex, measure.MembersAreDistinctUnits);
        if (measure.Breakdowns.HasFlag(Breakdowns.EthnicityGroup)) yield return MeasureAggregator.ByBreakdown(db, Members(quarterly), authority, MeasureAggregator.EthnicityGroup, measure.MembersAreDistinctUnits);
    }
}
