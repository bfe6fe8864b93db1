using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// Work some measures' queries must wait for, done beside the others: the episodes open at period end, which the
/// measures counted at period end read and the rest do not.
/// </summary>
/// <param name="Ready">Completes when the work is committed; faults if it failed.</param>
/// <param name="Needs">The measures that wait for it.</param>
public sealed record Prerequisite(Task Ready, IReadOnlySet<string> Needs);

/// <summary>
/// Runs the measures' queries for the periods in scope, side by side on their own connections (they only read
/// the facts; SQLite's WAL lets readers run while one connection writes). Returns every row each measure produces.
/// </summary>
public sealed class MeasureComputation(WarehouseContextFactory contexts, MeasureOptions options)
{
    /// <summary>The grains breakdowns are computed for.</summary>
    public static readonly PeriodGrain[] BreakdownGrains = [PeriodGrain.FinancialQuarter, PeriodGrain.FinancialYear];

    /// <param name="scopeOf">Each measure's scope: periods ending on or after From are computed; Start is the first day of the earliest of them.</param>
    /// <param name="waitFor">Work the measures it names wait for; the others run while it is done.</param>
    /// <param name="periodKeys">
    /// Every period of the dimension, when the periods ending before each measure's From are kept as stored (a refresh's
    /// incremental scope): a measure summed from months then takes its earlier months and quarters from them.
    /// </param>
    /// <param name="asStored">
    /// Counts whose rows come from what is stored rather than their query (a count redone only because a percentage
    /// takes its denominators from it: <see cref="MeasureRefresher.RedoneWithTheirCounts"/>), each when it has been read;
    /// null rows, and the count is counted after all.
    /// </param>
    public async Task<(ConcurrentDictionary<string, List<MeasureRow>> Rows, ConcurrentDictionary<string, double> Seconds)> RunAsync(
        IReadOnlyList<MeasureDefinition> measures, Func<MeasureDefinition, (DateOnly From, DateOnly Start)> scopeOf, int authority, IProgress<string>? progress, CancellationToken ct,
        Prerequisite? waitFor = null, IReadOnlySet<int>? periodKeys = null, IReadOnlyDictionary<string, Task<List<MeasureRow>?>>? asStored = null)
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
        // The last period's end, where every scope ends: the calendar's days are read up to it (MeasureQueryContext.PeriodDays).
        DateOnly? lastDay;
        await using (var db = contexts.Create()) lastDay = await db.Periods.MaxAsync(p => (DateOnly?)p.EndDate, ct);
        async ValueTask CountAsync(MeasureDefinition measure, CancellationToken token)
        {
            if (waitFor is not null && waitFor.Needs.Contains(measure.Code)) await waitFor.Ready.WaitAsync(token);
            await using var reader = contexts.Create();
            await ConfigureReaderAsync(reader, token, measure);
            var (scopeFrom, scopeStart) = scopes[measure.Code];
            var query = new MeasureQueryContext(reader, reader.Periods.Where(p => p.EndDate >= scopeFrom), options, scopeStart, lastDay);
            var clock = Stopwatch.StartNew();
            rows[measure.Code] = await ComputeAsync(reader, query, measure, authority, token, NumeratorOnly(measure, sameScope[measure.Code]),
                periodKeys is null || scopeFrom == DateOnly.MinValue ? null : new StoredMonths.Kept(scopeFrom, periodKeys));
            seconds[measure.Code] = clock.Elapsed.TotalSeconds;
            progress?.Report(measure.Code);
        }
        var counted = asStored is null ? measures : measures.Where(m => !asStored.ContainsKey(m.Code)).ToList();
        await Parallel.ForEachAsync(InTurn(counted, waitFor), new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(Environment.ProcessorCount, 1, 4), CancellationToken = ct },
            CountAsync);
        foreach (var measure in measures.Where(m => asStored?.ContainsKey(m.Code) == true))
        {
            if (await asStored![measure.Code] is not { } stored) await CountAsync(measure, ct);
            else
            {
                rows[measure.Code] = stored;
                progress?.Report(measure.Code);
            }
        }
        foreach (var measure in measures.Where(m => NumeratorOnly(m, sameScope[m.Code])))
            rows[measure.Code] = WithDenominators(measure, rows[measure.Code], rows[measure.DenominatorIs!]);
        return (rows, seconds);
    }

    /// <summary>
    /// The order the measures are taken in, one at a time as a connection comes free (Parallel.ForEachAsync asks for
    /// the next only then). With nothing to wait for, the catalogue's. Otherwise those that do not wait first, in the
    /// catalogue's order, while the work they do not need is done; once it is, those that wait for it (EH01 and EH05
    /// are among the longest, better started early than left for last beside an idle connection); and when nothing
    /// else is left, those that wait, to wait for it.
    /// </summary>
    private static IEnumerable<MeasureDefinition> InTurn(IReadOnlyList<MeasureDefinition> measures, Prerequisite? waitFor)
    {
        if (waitFor is null || waitFor.Ready.IsCompleted)
        {
            foreach (var measure in measures) yield return measure;
            yield break;
        }
        var waiting = new Queue<MeasureDefinition>(measures.Where(m => waitFor.Needs.Contains(m.Code)));
        var free = new Queue<MeasureDefinition>(measures.Where(m => !waitFor.Needs.Contains(m.Code)));
        while (waiting.Count + free.Count > 0)
            yield return waiting.Count > 0 && (waitFor.Ready.IsCompleted || free.Count == 0) ? waiting.Dequeue() : free.Dequeue();
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
    /// <remarks>
    /// PostgreSQL runs each reader's queries without parallel workers. The refresh already runs up to four queries side
    /// by side, one per core of the machine running it; workers inside each compete with the others for the server's
    /// cores, and the plans PostgreSQL made for them with workers repeated work (for EH06 each of the two processes built
    /// the whole per-episode aggregate of 604,026 scores). Without them a full refresh of the 40,000-child council took
    /// about a tenth less of the server's CPU (docs/performance.md).
    /// <para>
    /// For a measure whose members are distinct units (<see cref="MeasureDefinition.MembersAreDistinctUnits"/>: its
    /// queries count rows, never distinct units), PostgreSQL's reader also groups without sorting. Its rows are grouped
    /// by period, team and the breakdowns' expressions (sex, ethnic group, age band, worked out in the query), whose
    /// number of distinct values PostgreSQL cannot know; it then assumes a group for every row, judges a hash table too
    /// big for its memory, and sorts instead: 100,000 to 300,000 rows, to disk at the default work_mem, for 2,000 to
    /// 10,000 groups. Without sorts it hashes them. A distinct count needs its rows sorted, so those measures keep the
    /// server's planner as it is (without sorts PostgreSQL found worse ways to order them: EH01's breakdowns took three
    /// times as long).
    /// </para>
    /// </remarks>
    internal static async Task ConfigureReaderAsync(WarehouseContext reader, CancellationToken ct, MeasureDefinition? measure = null)
    {
        if (reader.Database.IsNpgsql())
        {
            await reader.Database.OpenConnectionAsync(ct);
            await reader.Database.ExecuteSqlRawAsync(measure?.MembersAreDistinctUnits == true
                ? "SET max_parallel_workers_per_gather = 0; SET enable_sort = off"
                : "SET max_parallel_workers_per_gather = 0", ct);
            return;
        }
        if (!reader.Database.IsSqlite()) return;
        await reader.Database.OpenConnectionAsync(ct);
        await reader.Database.ExecuteSqlRawAsync("PRAGMA mmap_size = 1073741824; PRAGMA cache_size = -16384;", ct);
    }

    /// <summary>Every row a measure produces: by organisation, then its breakdowns.</summary>
    /// <param name="kept">
    /// In an incremental refresh, what it keeps of this measure as stored (the periods ending before the date its loads
    /// changed from): a measure summed from months takes the months and quarters before that date's quarter from them
    /// (<see cref="StoredMonths"/>) rather than counting them again.
    /// </param>
    public static async Task<List<MeasureRow>> ComputeAsync(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority, CancellationToken ct,
        bool numeratorOnly = false, StoredMonths.Kept? kept = null)
    {
        if (ByMonths(measure, query))
        {
            var periods = await query.Periods.ToListAsync(ct);
            if (periods.Count == 0) return [];
            var stored = kept is null ? null : await StoredMonths.ReadAsync(db, measure, periods, kept, ct);
            var months = stored is null ? InMonthsOf(query, periods) : query.InMonths(stored.From, periods.Max(p => p.EndDate), scopeStart: stored.From);
            var counted = await ComputeAsync(db, months, measure, authority, ct, numeratorOnly);
            return MonthSums.ToPeriods(stored is null ? counted : stored.With(counted), periods, BreakdownGrains);
        }
        var rows = new List<MeasureRow>();
        if (CountedInOneQuery(measure))
            rows.AddRange(MeasureAggregator.RollUp(await TeamAndBreakdownCounts(db, query, measure, authority, numeratorOnly).ToListAsync(ct),
                await MeasureAggregator.HierarchyAsync(db, ct), BreakdownKinds(measure)));
        else
        {
            foreach (var q in RowQueries(db, query, measure, authority, numeratorOnly)) rows.AddRange(await q.ToListAsync(ct));
            if (BreakdownsInOneQuery(measure))
                rows.AddRange(MeasureAggregator.SumCells(await BreakdownCells(db, query, measure, authority, numeratorOnly).ToListAsync(ct), BreakdownKinds(measure)));
        }
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
    /// The measure's rows by organisation unit only (what the benchmark compares with hand-written SQL), by the
    /// queries the refresh runs for them.
    /// </summary>
    public static async Task<List<MeasureRow>> ByOrganisationAsync(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority, CancellationToken ct) =>
        ByMonths(measure, query) && await query.Periods.ToListAsync(ct) is { Count: > 0 } periods
            ? MonthSums.ToPeriods(await ByOrganisationAsync(db, InMonthsOf(query, periods), measure, authority, ct), periods, BreakdownGrains)
        : CountedInOneQuery(measure)
            ? MeasureAggregator.RollUp(await TeamAndBreakdownCounts(db, query, measure, authority, numeratorOnly: false).ToListAsync(ct),
                await MeasureAggregator.HierarchyAsync(db, ct), new HashSet<string> { MeasureAggregator.All })
            : await RowQueries(db, query, measure, authority).First().ToListAsync(ct);

    /// <summary>
    /// Whether every row of the measure is summed from one query's counts by team and breakdown values
    /// (<see cref="MeasureAggregator.ByTeamAndBreakdowns"/>): counts that add up, with age, sex or ethnicity
    /// breakdowns. Its members are then worked out once rather than four times.
    /// </summary>
    public static bool CountedInOneQuery(MeasureDefinition measure) =>
        measure.MembersAreDistinctUnits
        && (measure.Breakdowns & (Breakdowns.AgeBand | Breakdowns.Sex | Breakdowns.EthnicityGroup)) != 0;

    /// <summary>
    /// The grouped queries behind a measure, as the refresh sends them (what the SQL Server translation test checks):
    /// one of counts by team and breakdown values (<see cref="CountedInOneQuery"/>), or one of rows by organisation
    /// unit and one for each breakdown. With <paramref name="numeratorOnly"/>, of its numerator's members only (see
    /// <see cref="NumeratorOnly"/>).
    /// </summary>
    public static IEnumerable<IQueryable> Queries(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority, bool numeratorOnly = false) =>
        ByMonths(measure, query) ? Queries(db, query.InMonths(query.ScopeStart, query.ScopeEnd), measure, authority, numeratorOnly)
        : CountedInOneQuery(measure) ? [TeamAndBreakdownCounts(db, query, measure, authority, numeratorOnly)]
        : BreakdownsInOneQuery(measure) ? [.. RowQueries(db, query, measure, authority, numeratorOnly), BreakdownCells(db, query, measure, authority, numeratorOnly)]
        : RowQueries(db, query, measure, authority, numeratorOnly);

    /// <summary>
    /// Whether the measure is counted by calendar month and its periods summed from the months
    /// (<see cref="MeasureDefinition.AddsUpOverMonths"/>), the context not being the months already.
    /// </summary>
    private static bool ByMonths(MeasureDefinition measure, MeasureQueryContext query) => measure.AddsUpOverMonths && !query.InCalendarMonths;

    /// <summary>The context's months: from the first of its periods' start to the last one's end.</summary>
    private static MeasureQueryContext InMonthsOf(MeasureQueryContext query, List<Period> periods) =>
        query.InMonths(periods.Min(p => p.StartDate), periods.Max(p => p.EndDate));

    /// <summary>
    /// Whether a measure's age, sex and ethnicity rows are summed from one query's distinct counts by sex, ethnic group
    /// and age band together (<see cref="MeasureAggregator.ByBreakdownCells"/>): distinct children counted at the period
    /// end (EH01, EH05, EH13A/B, CS01, CS04), each with one sex, one ethnic group and one age at that day, so in one cell a
    /// period. Their members are then read for the breakdowns once rather than three times; in an incremental refresh
    /// most of their end dates are a quarter's or a year's, so the breakdowns were most of their work. Likewise a
    /// measure of distinct units each with one child and one date (<see cref="MeasureDefinition.AddsUpOverMonths"/>; EH07's
    /// step-ups, each worked out again for every query that counts them).
    /// </summary>
    public static bool BreakdownsInOneQuery(MeasureDefinition measure) =>
        (measure.CountsAtPeriodEnd || measure.AddsUpOverMonths) && !measure.MembersAreDistinctUnits
        && (measure.Breakdowns & (Breakdowns.AgeBand | Breakdowns.Sex | Breakdowns.EthnicityGroup)) != 0;

    /// <summary>The cells <see cref="MeasureAggregator.SumCells"/> sums, over one period per end date a quarter or year ends.</summary>
    private static IQueryable<MeasureAggregator.TeamBreakdownCount> BreakdownCells(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority, bool numeratorOnly) =>
        MeasureAggregator.ByBreakdownCells(db, MembersOf(measure, BreakdownContext(query, measure), numeratorOnly), authority);

    /// <summary>The periods breakdowns are computed for: quarters and years, one per end date for a measure counted at period end.</summary>
    private static MeasureQueryContext BreakdownContext(MeasureQueryContext query, MeasureDefinition measure)
    {
        // Every month's breakdowns are counted: MonthSums keeps them for the quarters and financial years that hold it.
        if (query.InCalendarMonths) return query;
        var breakdownPeriods = query.Periods.Where(p => BreakdownGrains.Contains(p.Grain));
        if (measure.CountsAtPeriodEnd) breakdownPeriods = PeriodEnds.OnePerEndDate(breakdownPeriods);
        return query.For(breakdownPeriods);
    }

    private static IQueryable<Member> MembersOf(MeasureDefinition measure, MeasureQueryContext c, bool numeratorOnly) =>
        numeratorOnly ? measure.Members(c).Where(m => m.InNumerator).Select(NumeratorMember) : measure.Members(c);

    /// <summary>
    /// A numerator member as it is, but known to be in the numerator and left out of the denominator (which comes
    /// from the count). Without it the numerator's test was written twice: once to keep the member and again in the
    /// count's filter, where both PostgreSQL and SQLite evaluated it a second time for every row (EH05's "has an EHA"
    /// lookup, for every child open at every end date and level).
    /// </summary>
    private static readonly Expression<Func<Member, Member>> NumeratorMember = BuildNumeratorMember();

    private static Expression<Func<Member, Member>> BuildNumeratorMember()
    {
        var m = Expression.Parameter(typeof(Member), "m");
        var bindings = typeof(Member).GetProperties().Select(p => Expression.Bind(p, p.Name switch
        {
            nameof(Member.InNumerator) => Expression.Constant(true),
            nameof(Member.InDenominator) => Expression.Constant(false),
            _ => (Expression)Expression.Property(m, p),
        }));
        return Expression.Lambda<Func<Member, Member>>(Expression.MemberInit(Expression.New(typeof(Member)), bindings), m);
    }

    /// <summary>
    /// The counts <see cref="MeasureAggregator.RollUp"/> sums: breakdowns in the quarters and years. An open-at-end
    /// measure is counted once per end date (for the period of lowest key, then copied by
    /// <see cref="PeriodEnds.ToEveryPeriod"/>), with breakdowns where a quarter or year ends that day.
    /// </summary>
    private static IQueryable<MeasureAggregator.TeamBreakdownCount> TeamAndBreakdownCounts(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority, bool numeratorOnly)
    {
        var breakdownPeriods = query.Periods.Where(p => BreakdownGrains.Contains(p.Grain));
        if (query.InCalendarMonths) return MeasureAggregator.ByTeamAndBreakdowns(db, MembersOf(measure, query, numeratorOnly), authority, breakdownPeriodKeys: null);
        if (!measure.CountsAtPeriodEnd)
            return MeasureAggregator.ByTeamAndBreakdowns(db, MembersOf(measure, query, numeratorOnly), authority, breakdownPeriods.Select(p => p.PeriodKey));
        var ends = PeriodEnds.OnePerEndDate(query.Periods);
        return MeasureAggregator.ByTeamAndBreakdowns(db, MembersOf(measure, query.For(ends), numeratorOnly), authority,
            ends.Where(p => breakdownPeriods.Any(b => b.EndDate == p.EndDate)).Select(p => p.PeriodKey));
    }

    private static IEnumerable<IQueryable<MeasureRow>> RowQueries(WarehouseContext db, MeasureQueryContext query, MeasureDefinition measure, int authority, bool numeratorOnly = false)
    {
        IQueryable<Member> Members(MeasureQueryContext c) => MembersOf(measure, c, numeratorOnly);
        var periods = measure.CountsAtPeriodEnd ? PeriodEnds.OnePerEndDate(query.Periods) : query.Periods;
        yield return MeasureAggregator.ByOrganisation(db, Members(query.For(periods)), authority, measure.MembersAreDistinctUnits, measure.RollUpInOneQuery);
        if (BreakdownsInOneQuery(measure)) yield break;
        // Breakdowns by age, sex and ethnicity are for quarters and years: monthly ones are mostly small
        // numbers a board cannot publish, and they would triple the refresh.
        var quarterly = BreakdownContext(query, measure);
        if (measure.Breakdowns.HasFlag(Breakdowns.AgeBand)) yield return MeasureAggregator.ByBreakdown(db, Members(quarterly), authority, MeasureAggregator.AgeBand, measure.MembersAreDistinctUnits);
        if (measure.Breakdowns.HasFlag(Breakdowns.Sex)) yield return MeasureAggregator.ByBreakdown(db, Members(quarterly), authority, MeasureAggregator.Sex, measure.MembersAreDistinctUnits);
        if (measure.Breakdowns.HasFlag(Breakdowns.EthnicityGroup)) yield return MeasureAggregator.ByBreakdown(db, Members(quarterly), authority, MeasureAggregator.EthnicityGroup, measure.MembersAreDistinctUnits);
    }
}
