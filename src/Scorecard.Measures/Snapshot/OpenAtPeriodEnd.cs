using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using Microsoft.EntityFrameworkCore.Storage;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Facts;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Snapshot;

/// <summary>
/// The one place that says which early help episodes are open at a period end: started on or before the end date,
/// and not ended by it (an episode ending on the end date is no longer open on it). The refresh writes the rows
/// (<see cref="EarlyHelpOpenAtPeriodEnd"/>) for the end dates it recomputes, and the measures counted at period end
/// (EH01, EH05, EH13A/B, EH14), computed after that, read them: the range join that finds the episodes spanning each
/// end date, the costliest part of those measures, is then done once a refresh rather than four times a measure.
/// </summary>
public static class OpenAtPeriodEnd
{
    /// <summary>The rule itself: an episode is open on a day when it started on or before it and had not ended by it.</summary>
    private static readonly Expression<Func<EarlyHelpEpisode, DateOnly, bool>> OpenOnRule =
        (e, day) => e.StartDate <= day && (e.EndDate == null || e.EndDate > day);

    /// <summary>The rows for every period end date on or after <paramref name="since"/>, each end date once.</summary>
    public static IQueryable<EarlyHelpOpenAtPeriodEnd> Rows(WarehouseContext db, DateOnly since) => WithTheRule(
        from end in db.Periods.Where(p => p.EndDate >= since).Select(p => p.EndDate).Distinct()
        from e in db.EarlyHelpEpisodes
        where OpenOn(e, end)
        select new EarlyHelpOpenAtPeriodEnd
        {
            PeriodEndDate = end, EpisodeKey = e.EpisodeKey, EpisodeId = e.EpisodeId, PersonKey = e.PersonKey,
            OrgUnitKey = e.OrgUnitKey, StartDate = e.StartDate,
        });

    /// <summary>
    /// Brings the rows of every end date on or after <paramref name="since"/> (DateOnly.MinValue: all of them, written
    /// whole) up to date in the caller's transaction, and returns the rows written. Episodes a load changed can move in
    /// or out of an end date only on or after the earliest date it changed, so rows before it stay as they were.
    /// </summary>
    public static async Task<int> RebuildAsync(WarehouseContext db, DateOnly since, CancellationToken ct)
    {
        // Only the rows that moved: those no longer open (or whose episode changed) out, the rest stay, and only the
        // missing are written below. A month's closures take a few hundred rows out of ten thousand, and deleting and
        // writing the rest again was most of what this step wrote. The same statements write the table whole
        // (since DateOnly.MinValue), with the date as their parameter: a refresh of every period and one of a few
        // send one shape each, compiled once a process, rather than a delete of every row and an insert of every
        // row beside them that only the full refresh sent.
        await Stale(db, since).ExecuteDeleteAsync(ct);
        // NOT IN a list of the end dates, which every provider makes once: SQLite has no index on a period's end date and
        // looked each row's up in every period (0.07-0.12 s for the few end dates of an incremental refresh).
        await db.EarlyHelpOpenAtPeriodEnd.Where(o => o.PeriodEndDate >= since && !db.Periods.Select(p => p.EndDate).Contains(o.PeriodEndDate)).ExecuteDeleteAsync(ct);
        var rows = Missing(db, since);
        // INSERT ... SELECT with EF Core's own translation of the rows' query, so the rows never leave the database and
        // the rule above stays the only statement of it on every provider. The select lists its columns in the order
        // of the projection, which is the order named here (a test compares the table with the query's rows).
        await db.Database.OpenConnectionAsync(ct);
        await using var command = rows.CreateDbCommand();
        string[] columns =
        [
            nameof(EarlyHelpOpenAtPeriodEnd.PeriodEndDate), nameof(EarlyHelpOpenAtPeriodEnd.EpisodeKey), nameof(EarlyHelpOpenAtPeriodEnd.EpisodeId),
            nameof(EarlyHelpOpenAtPeriodEnd.PersonKey), nameof(EarlyHelpOpenAtPeriodEnd.OrgUnitKey), nameof(EarlyHelpOpenAtPeriodEnd.StartDate),
        ];
        var names = columns.Select(c => PlainSql.Column<EarlyHelpOpenAtPeriodEnd>(db, c));
        command.CommandText = $"INSERT INTO {PlainSql.Table<EarlyHelpOpenAtPeriodEnd>(db)} ({string.Join(", ", names)})\n{command.CommandText}";
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// The rows on or after <paramref name="since"/> whose episode no longer makes them: it is not open on the row's end
    /// date any more, or its child, team or start changed, or it is gone. Each row is checked against its own episode,
    /// found by key, rather than against the rule's rows for every end date: on PostgreSQL the rule's rows (1.35 million for
    /// a council of 200,000 children) were built and hashed to be compared, every episode fetched from its table for
    /// each end date because a DELETE keeps a reference to each row it joins, and the statement took 7.8 s there against
    /// 1.6 s this way (docs/performance.md). The rows whose end date is no longer a period's go by their own statement
    /// in <see cref="RebuildAsync"/>.
    /// </summary>
    internal static IQueryable<EarlyHelpOpenAtPeriodEnd> Stale(WarehouseContext db, DateOnly since) => WithTheRule(
        db.EarlyHelpOpenAtPeriodEnd.Where(o => o.PeriodEndDate >= since && !db.EarlyHelpEpisodes.Any(e => e.EpisodeKey == o.EpisodeKey
            && OpenOn(e, o.PeriodEndDate) && e.EpisodeId == o.EpisodeId && e.PersonKey == o.PersonKey && e.OrgUnitKey == o.OrgUnitKey
            && e.StartDate == o.StartDate)));

    /// <summary>
    /// The rows <see cref="RebuildAsync"/> adds: the rule's rows for the end dates on or after <paramref name="since"/>
    /// that the table does not hold, in the key's order. Each row then goes at the end of the key's index rather than
    /// somewhere inside it. On PostgreSQL, whose distinct end dates come out of a hash in no order, writing the whole
    /// table of the 40,000-child council into a copy took 1.58-1.75 s this way against 1.97-2.05 s; SQLite already reads
    /// the end dates in order (0.90-0.92 s against 0.93-1.04 s).
    /// <para>
    /// The rows held are looked for among those on or after <paramref name="since"/> only, which the end date's equality
    /// already implies: PostgreSQL does not carry a range across an equality, and hashed the whole table to compare an
    /// incremental refresh's few end dates with it (1.34 million rows in 16 batches through temporary files for a council
    /// of 200,000 children: 0.65-0.85 s against 0.20-0.22 s this way, which reads the key's index from that date).
    /// </para>
    /// </summary>
    internal static IQueryable<EarlyHelpOpenAtPeriodEnd> Missing(WarehouseContext db, DateOnly since) =>
        Rows(db, since).Where(r => !db.EarlyHelpOpenAtPeriodEnd.Any(o => o.PeriodEndDate >= since && o.PeriodEndDate == r.PeriodEndDate && o.EpisodeKey == r.EpisodeKey))
            .OrderBy(r => r.PeriodEndDate).ThenBy(r => r.EpisodeKey);

    /// <summary>
    /// After the whole table is rewritten (<paramref name="since"/> DateOnly.MinValue) and committed, on PostgreSQL:
    /// VACUUM (ANALYZE) it. The measures read it by index only (end date, child, team), but PostgreSQL can answer from an
    /// index alone only for pages its visibility map marks as all-visible, which only VACUUM does; until autovacuum comes
    /// round, every row just written is also fetched from the table (531,524 fetches in one EH05 query of a full
    /// refresh), and the planner estimates from statistics taken before the rewrite, or none. It runs outside a
    /// transaction, as VACUUM must, and costs about a tenth of a second for the 40,000-child council. After an
    /// incremental refresh's few end dates it would cost more than the fetches it saves (VACUUM reads both indexes
    /// whole to clear the rows deleted), so it is left to autovacuum. Other providers need nothing: SQLite and SQL
    /// Server read their indexes alone.
    /// </summary>
    public static async Task TidyAsync(WarehouseContext db, DateOnly since, CancellationToken ct)
    {
        if (since != DateOnly.MinValue || !db.Database.IsNpgsql()) return;
        // The name is the model's, delimited by the provider: nothing here comes from outside.
        var vacuum = "VACUUM (ANALYZE) " + PlainSql.Table<EarlyHelpOpenAtPeriodEnd>(db);
        await db.Database.ExecuteSqlRawAsync(vacuum, ct);
    }

    /// <summary>
    /// Stands for <see cref="OpenOnRule"/> in the queries above: <see cref="WithTheRule"/> writes the rule in its place
    /// before EF Core sees them, so the rows to write and the rows to take out are found by the same rule, stated once.
    /// </summary>
    private static bool OpenOn(EarlyHelpEpisode episode, DateOnly day) =>
        throw new InvalidOperationException($"{nameof(OpenOn)} is only for queries that {nameof(WithTheRule)} writes the rule into.");

    private static IQueryable<T> WithTheRule<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(new RuleWriter().Visit(query.Expression));

    /// <summary>Replaces each call of <see cref="OpenOn"/> with the rule's body, its episode and day those of the call.</summary>
    private sealed class RuleWriter : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method.DeclaringType == typeof(OpenAtPeriodEnd) && node.Method.Name == nameof(OpenOn)
                ? new ReplacingExpressionVisitor([.. OpenOnRule.Parameters], [Visit(node.Arguments[0]), Visit(node.Arguments[1])]).Visit(OpenOnRule.Body)
                : base.VisitMethodCall(node);
    }
}
