using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// A COPY of the successful path of <see cref="ExtractLoader.LoadAsync"/> (src/Scorecard.Etl/Loading/ExtractLoader.cs)
/// with each step timed: same statements, same order, one transaction. Error handling, dry runs and the
/// already-loaded short cut are left out; it is only for profiling a fresh load (<c>load --profile</c>).
/// </summary>
internal sealed class ProfiledExtractLoader(WarehouseContextFactory contexts, Pseudonymiser pseudonymiser, PhaseTimer timer)
{
    private const string Whole = "";

    public async Task<LoadResult> LoadAsync(string path, CancellationToken ct)
    {
        var options = new LoadOptions { Force = true };
        var clock = Stopwatch.StartNew();
        await using var db = contexts.Create();
        using (timer.Time(Whole, Phase.Migrate))
            await WarehouseDatabase.MigrateAsync(db, ct);
        using (timer.Time(Whole, Phase.Migrate))
            await db.LoadBatches.Where(b => b.Status == LoadStatus.Running).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, LoadStatus.Failed)
                .SetProperty(b => b.Message, "Interrupted: the process stopped before the load finished; nothing from it was kept."), ct);

        ExtractSource source;
        string hash;
        List<(TableSpec Spec, string File, long Size)> plan;
        using (timer.Time(Whole, Phase.HashAndPlan))
        {
            source = ExtractSource.Open(path);
            hash = source.ComputeHash();
            plan = Plan(source);
        }
        using var _ = source;

        var batch = new LoadBatch { SourceKind = ExtractLoader.SourceKind, SourceName = source.Name, FileHash = hash, StartedAtUtc = DateTime.UtcNow, Status = LoadStatus.Running };
        using (timer.Time(Whole, Phase.BatchRow))
        {
            db.LoadBatches.Add(batch);
            await db.SaveChangesAsync(ct);
        }

        var results = new List<TableLoadResult>();
        List<RejectSummary> rejects;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var connection = db.Database.GetDbConnection();
            var transaction = tx.GetDbTransaction();
            if (db.Database.IsSqlite())
                await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -65536; PRAGMA temp_store = FILE;", ct);
            var dialect = SqlDialect.For(contexts.Options.Provider);
            var totalBytes = plan.Sum(p => p.Size);
            long doneBytes = 0;

            foreach (var (spec, file, size) in plan)
            {
                var stream = new CountingStream(source.Open(file));
                using var reader = new CsvTableReader(spec, stream, file, pseudonymiser);
                if (!reader.ReadHeader())
                {
                    results.Add(new TableLoadResult(spec.Name, file, 0, 0, 0, 0, 0, []));
                    continue;
                }
                if (reader.MissingRequiredColumns.Count > 0)
                    throw new ExtractStructureException($"{file} lacks required column(s) {string.Join(", ", reader.MissingRequiredColumns)}.");

                var loader = new ProfiledTableLoader(timer, db, connection, transaction, dialect, spec, batch.LoadBatchId);
                var before = doneBytes;
                var result = await loader.LoadAsync(reader, totalBytes, () => before + stream.BytesRead, options.Progress, ct);
                doneBytes += size;
                if (spec.Entity == typeof(OrganisationUnit))
                    using (timer.Time(spec.Name, Phase.Hierarchy))
                        await new OrganisationHierarchy(db, connection, transaction, dialect, loader.StagingTable, batch.LoadBatchId, options.AuthorityName).RebuildAsync(ct);
                await loader.DropStagingAsync(ct);
                results.Add(result);
            }

            using (timer.Time(Whole, Phase.Hierarchy))
                if (!await db.OrganisationUnits.AnyAsync(u => u.OrgUnitId == ExtractLoader.AuthorityId, ct))
                    await new OrganisationHierarchy(db, connection, transaction, dialect, null, batch.LoadBatchId, options.AuthorityName).RebuildAsync(ct);

            using (timer.Time(Whole, Phase.Bookkeeping))
            {
                var rejected = results.Sum(r => r.RowsRejected);
                batch.RowsRead = results.Sum(r => r.RowsRead);
                batch.RowsInserted = results.Sum(r => r.RowsInserted);
                batch.RowsUpdated = results.Sum(r => r.RowsUpdated);
                batch.RowsUnchanged = results.Sum(r => r.RowsUnchanged);
                batch.RowsRejected = rejected;
                batch.Tables = results.Select(r => new LoadBatchTable
                {
                    LoadBatchId = batch.LoadBatchId, TableName = r.Table, FileName = r.FileName, RowsRead = r.RowsRead,
                    RowsInserted = r.RowsInserted, RowsUpdated = r.RowsUpdated, RowsUnchanged = r.RowsUnchanged, RowsRejected = r.RowsRejected,
                    IgnoredColumns = r.IgnoredColumns.Count == 0 ? null : string.Join(", ", r.IgnoredColumns),
                    EarliestAffectedDate = r.EarliestAffectedDate,
                }).ToList();
                batch.Status = LoadStatus.Succeeded;
                batch.FinishedAtUtc = DateTime.UtcNow;
                batch.Message = rejected == 0 ? "Loaded." : $"Loaded; {rejected} row(s) rejected (see the reject table).";
                await db.SaveChangesAsync(ct);
                rejects = await SummariseRejectsAsync(db, batch.LoadBatchId, ct);
            }
            using (timer.Time(Whole, Phase.Commit))
                await tx.CommitAsync(ct);
        }

        using (timer.Time(Whole, Phase.FinalStatus))
        {
            db.ChangeTracker.Clear();
            await db.LoadBatches.Where(b => b.LoadBatchId == batch.LoadBatchId).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, LoadStatus.Succeeded)
                .SetProperty(b => b.Message, batch.Message)
                .SetProperty(b => b.FinishedAtUtc, DateTime.UtcNow), CancellationToken.None);
        }
        return new LoadResult(batch.LoadBatchId, LoadStatus.Succeeded, source.Name, hash, batch.Message, results, rejects, clock.Elapsed);
    }

    private static List<(TableSpec Spec, string File, long Size)> Plan(ExtractSource source)
    {
        var plan = new List<(TableSpec, string, long)>();
        foreach (var spec in ExtractContract.Tables)
        {
            var file = source.FindFile(spec.FileName);
            if (file is null)
            {
                if (spec.Required) throw new ExtractStructureException($"The extract has no {spec.FileName}: it is required (every other table refers to it).");
                continue;
            }
            plan.Add((spec, file, source is FolderExtractSource ? new FileInfo(Path.Combine(source.Name, file)).Length : 0));
        }
        return plan;
    }

    private static async Task<List<RejectSummary>> SummariseRejectsAsync(WarehouseContext db, int batchId, CancellationToken ct)
    {
        var groups = await db.Rejects.Where(r => r.LoadBatchId == batchId)
            .GroupBy(r => new { r.FileName, r.ColumnName })
            .Select(g => new { g.Key.FileName, g.Key.ColumnName, Count = g.Count(), First = g.Min(r => r.LineNumber) })
            .ToListAsync(ct);
        var list = new List<RejectSummary>();
        foreach (var g in groups.OrderBy(g => g.FileName).ThenBy(g => g.First))
        {
            var reason = await db.Rejects.Where(r => r.LoadBatchId == batchId && r.FileName == g.FileName && r.LineNumber == g.First)
                .Select(r => r.Reason).FirstAsync(ct);
            list.Add(new RejectSummary(g.FileName, g.ColumnName, g.Count, g.First, reason));
        }
        return list;
    }
}
