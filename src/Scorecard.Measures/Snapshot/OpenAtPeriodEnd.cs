using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Scorecard.Warehouse;
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
    /// <summary>The rows for every period end date on or after <paramref name="since"/>, each end date once.</summary>
    public static IQueryable<EarlyHelpOpenAtPeriodEnd> Rows(WarehouseContext db, DateOnly since) =>
        from end in db.Periods.Where(p => p.EndDate >= since).Select(p => p.EndDate).Distinct()
        from e in db.EarlyHelpEpisodes
        where e.StartDate <= end && (e.EndDate == null || e.EndDate > end)
        select new EarlyHelpOpenAtPeriodEnd
        {
            PeriodEndDate = end, EpisodeKey = e.EpisodeKey, EpisodeId = e.EpisodeId, PersonKey = e.PersonKey,
            OrgUnitKey = e.OrgUnitKey, StartDate = e.StartDate,
        };

    /// <summary>
    /// Brings the rows of every end date on or after <paramref name="since"/> (DateOnly.MinValue: all of them, written
    /// whole) up to date in the caller's transaction, and returns the rows written. Episodes a load changed can move in
    /// or out of an end date only on or after the earliest date it changed, so rows before it stay as they were.
    /// </summary>
    public static async Task<int> RebuildAsync(WarehouseContext db, DateOnly since, CancellationToken ct)
    {
        // Only the rows that moved: those no longer open (or whose episode changed) out, the rest stay, and only the
        // missing are written below. A month's closures take a few hundred rows out of ten thousand, and deleting and
        // writing the rest again was most of what this step wrote. The same two statements write the table whole
        // (since DateOnly.MinValue), with the date as their parameter: a refresh of every period and one of a few
        // send one shape each, compiled once a process, rather than a delete of every row and an insert of every
        // row beside them that only the full refresh sent.
        var open = Rows(db, since);
        await db.EarlyHelpOpenAtPeriodEnd.Where(o => o.PeriodEndDate >= since && !open.Any(r => r.PeriodEndDate == o.PeriodEndDate
            && r.EpisodeKey == o.EpisodeKey && r.EpisodeId == o.EpisodeId && r.PersonKey == o.PersonKey && r.OrgUnitKey == o.OrgUnitKey
            && r.StartDate == o.StartDate)).ExecuteDeleteAsync(ct);
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
    /// The rows <see cref="RebuildAsync"/> adds: the rule's rows for the end dates on or after <paramref name="since"/>
    /// that the table does not hold, in the key's order. Each row then goes at the end of the key's index rather than
    /// somewhere inside it. On PostgreSQL, whose distinct end dates come out of a hash in no order, writing the whole
    /// table of the 40,000-child council into a copy took 1.58-1.75 s this way against 1.97-2.05 s; SQLite already reads
    /// the end dates in order (0.90-0.92 s against 0.93-1.04 s).
    /// </summary>
    internal static IQueryable<EarlyHelpOpenAtPeriodEnd> Missing(WarehouseContext db, DateOnly since) =>
        Rows(db, since).Where(r => !db.EarlyHelpOpenAtPeriodEnd.Any(o => o.PeriodEndDate == r.PeriodEndDate && o.EpisodeKey == r.EpisodeKey))
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
}
