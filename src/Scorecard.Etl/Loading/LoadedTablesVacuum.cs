using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Facts;

namespace Scorecard.Etl.Loading;

/// <summary>
/// On PostgreSQL, once a load has committed: VACUUM (ANALYZE) the warehouse tables it wrote. The refresh that follows
/// a load reads most of what it counts from indexes alone, but PostgreSQL answers from an index alone only for pages
/// its visibility map marks all-visible, which only VACUUM does; until autovacuum comes round (it vacuums a table after
/// a fifth of its rows are new, at a moment of its own, often during the refresh itself), every row just written is
/// also fetched from its table, and the planner estimates from statistics taken before the load, or none. The work
/// is autovacuum's anyway; done here it comes before the refresh, not under it. SQLite and SQL Server need nothing:
/// they read their indexes alone.
/// </summary>
internal static class LoadedTablesVacuum
{
    /// <summary>Tables a load writes besides each extract table's own: episodes take their team from these.</summary>
    private static readonly string[] EpisodeTeamSources = ["ssd_department", "ssd_involvements", "ext_early_help_episode_details"];

    public static async Task RunAsync(WarehouseContext db, IReadOnlyList<TableLoadResult> tables, CancellationToken ct)
    {
        if (!db.Database.IsNpgsql()) return;
        // Records deleted at source take their dependents with them (an episode's scores): those tables changed too.
        var written = tables.Where(t => t.RowsInserted + t.RowsUpdated + t.RowsDeleted > 0).Select(t => t.Table)
            .Concat(tables.SelectMany(t => t.DependentsDeleted.Where(d => d.Value > 0).Select(d => d.Key)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var entities = ExtractContract.Tables.Where(t => written.Contains(t.Name)).Select(t => t.Entity).ToList();
        if (EpisodeTeamSources.Any(written.Contains)) entities.Add(typeof(EarlyHelpEpisode));
        var sql = db.GetService<ISqlGenerationHelper>();
        // The names are the model's, delimited by the provider: nothing here comes from outside.
        var names = entities.Distinct().Select(t => db.Model.FindEntityType(t)).OfType<IEntityType>()
            .Select(e => sql.DelimitIdentifier(e.GetTableName()!, e.GetSchema())).ToList();
        if (names.Count == 0) return;
        var vacuum = "VACUUM (ANALYZE) " + string.Join(", ", names);
        try
        {
            await db.Database.ExecuteSqlRawAsync(vacuum, ct);
        }
        catch (Exception e) when (e is DbException || (e is OperationCanceledException && ct.IsCancellationRequested))
        {
            // The load has committed, and its result stands: a server that refuses now, or a cancelled vacuum, leaves the
            // tables to autovacuum, as before (a role that may not vacuum them gets a warning from PostgreSQL, not an error).
        }
    }
}
