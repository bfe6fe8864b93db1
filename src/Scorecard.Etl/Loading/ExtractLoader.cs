using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Loading;

/// <summary>
/// Loads a canonical (SSD-shaped) extract into the warehouse as one batch, in one transaction:
/// either every good row lands (and every bad row is in the reject table) or nothing changes.
/// </summary>
public sealed class ExtractLoader(WarehouseContextFactory contexts, Pseudonymiser pseudonymiser)
{
    public const string SourceKind = "SSD extract";
    public const string AuthorityId = OrganisationUnit.AuthorityId;

    public async Task<LoadResult> LoadAsync(string path, LoadOptions? options = null, CancellationToken ct = default)
    {
        options ??= new LoadOptions();
        var clock = Stopwatch.StartNew();
        await using var db = contexts.Create();
        await WarehouseDatabase.MigrateAsync(db, ct);
        await MarkInterruptedBatchesAsync(db, ct);

        ExtractSource source;
        string hash;
        List<(TableSpec Spec, string File, long Size)> plan;
        try
        {
            source = ExtractSource.Open(path);
            hash = source.ComputeHash();
            // Structural checks first, before anything is written.
            plan = Plan(source);
        }
        catch (Exception e) when (e is ExtractStructureException or IOException or UnauthorizedAccessException)
        {
            if (!options.DryRun)
            {
                db.LoadBatches.Add(new LoadBatch
                {
                    SourceKind = SourceKind, SourceName = Path.GetFullPath(path), FileHash = "", StartedAtUtc = DateTime.UtcNow,
                    FinishedAtUtc = DateTime.UtcNow, Status = LoadStatus.Failed, Message = e.Message,
                });
                await db.SaveChangesAsync(ct);
            }
            return new LoadResult(null, LoadStatus.Failed, Path.GetFullPath(path), "", e.Message, [], [], clock.Elapsed);
        }
        using var _ = source;

        if (!options.DryRun && !options.Force && await db.LoadBatches.AnyAsync(b => b.FileHash == hash && b.Status == LoadStatus.Succeeded, ct))
        {
            var previous = await db.LoadBatches.Include(b => b.Tables).Where(b => b.FileHash == hash && b.Status == LoadStatus.Succeeded).OrderBy(b => b.LoadBatchId).FirstAsync(ct);
            // The earlier batch's counts come back with the answer, so a rerun can still show what is loaded.
            var tables = previous.Tables.OrderBy(t => ExtractContract.Tables.ToList().FindIndex(s => s.Name == t.TableName))
                .Select(t => new TableLoadResult(t.TableName, t.FileName, t.RowsRead, t.RowsInserted, t.RowsUpdated, t.RowsUnchanged, t.RowsRejected,
                    t.IgnoredColumns?.Split(", ") ?? [])).ToList();
            return new LoadResult(previous.LoadBatchId, LoadStatus.Skipped, source.Name, hash,
                $"This extract was already loaded in batch {previous.LoadBatchId} on {previous.StartedAtUtc:yyyy-MM-dd HH:mm} UTC; nothing changed.",
                tables, await SummariseRejectsAsync(db, previous.LoadBatchId, ct), clock.Elapsed);
        }

        var batch = new LoadBatch { SourceKind = SourceKind, SourceName = source.Name, FileHash = hash, StartedAtUtc = DateTime.UtcNow, Status = LoadStatus.Running };
        if (!options.DryRun)
        {
            // The batch row is committed on its own so that a failed load still leaves a record of the attempt.
            db.LoadBatches.Add(batch);
            await db.SaveChangesAsync(ct);
        }

        var results = new List<TableLoadResult>();
        List<RejectSummary> rejects = [];
        LoadStatus status;
        string? message = null;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                if (options.DryRun)
                {
                    db.LoadBatches.Add(batch);
                    await db.SaveChangesAsync(ct);
                }
                var connection = db.Database.GetDbConnection();
                var transaction = tx.GetDbTransaction();
                await PrepareConnectionAsync(db, ct);
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

                    var loader = new TableLoader(db, connection, transaction, dialect, spec, batch.LoadBatchId, options.Phase);
                    var before = doneBytes;
                    var result = await loader.LoadAsync(reader, totalBytes, () => before + stream.BytesRead, options.Progress, ct);
                    doneBytes += size;
                    if (spec.Entity == typeof(OrganisationUnit))
                        await new OrganisationHierarchy(db, connection, transaction, dialect, loader.StagingTable, batch.LoadBatchId, options.AuthorityName).RebuildAsync(ct);
                    await loader.DropStagingAsync(ct);
                    results.Add(result);
                    options.AfterTable?.Invoke(spec.Name);
                }

                // Every warehouse has the authority at the top, even when the extract has no ssd_department:
                // records without a team still count for the whole authority.
                if (!await db.OrganisationUnits.AnyAsync(u => u.OrgUnitId == AuthorityId, ct))
                    await new OrganisationHierarchy(db, connection, transaction, dialect, null, batch.LoadBatchId, options.AuthorityName).RebuildAsync(ct);

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

                if (options.DryRun) await tx.RollbackAsync(ct);
                else await tx.CommitAsync(ct);
                status = LoadStatus.Succeeded;
                message = batch.Message;
            }
            catch (Exception e) when (e is ExtractStructureException or DbException or IOException or InvalidOperationException or OperationCanceledException or CsvHelper.CsvHelperException || options.AfterTable is not null)
            {
                await tx.RollbackAsync(CancellationToken.None);
                status = LoadStatus.Failed;
                message = e is ExtractStructureException ? e.Message : $"The load failed and nothing was changed: {e.Message}";
                results.Clear();
            }
        }

        if (!options.DryRun)
        {
            db.ChangeTracker.Clear();
            await db.LoadBatches.Where(b => b.LoadBatchId == batch.LoadBatchId).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, status)
                .SetProperty(b => b.Message, message)
                .SetProperty(b => b.FinishedAtUtc, DateTime.UtcNow), CancellationToken.None);
        }
        return new LoadResult(options.DryRun ? null : batch.LoadBatchId, status, source.Name, hash, message, results, rejects, clock.Elapsed);
    }

    /// <summary>Which contract table each file feeds, in load order; fails on structural problems.</summary>
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
            plan.Add((spec, file, SizeOf(source, file)));
        }
        if (plan.Count == 0)
            throw new ExtractStructureException($"{source.Name} holds no extract files (expected {string.Join(", ", ExtractContract.Tables.Select(t => t.FileName))}).");
        return plan;
    }

    private static long SizeOf(ExtractSource source, string file) => source switch
    {
        FolderExtractSource => new FileInfo(Path.Combine(source.Name, file)).Length,
        _ => 0,
    };

    private static async Task PrepareConnectionAsync(WarehouseContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite()) return;
        // A fixed 32 MiB page cache (SQLite sizes its sort memory from it too), so memory does not grow with the extract;
        // big enough to hold the unique index of a large table's pseudonymised keys, which are inserted in random order.
        await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -32768; PRAGMA temp_store = FILE;", ct);
    }

    /// <summary>A process killed mid-load leaves its batch "Running"; its transaction never committed.</summary>
    private static async Task MarkInterruptedBatchesAsync(WarehouseContext db, CancellationToken ct) =>
        await db.LoadBatches.Where(b => b.Status == LoadStatus.Running).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, LoadStatus.Failed)
            .SetProperty(b => b.Message, "Interrupted: the process stopped before the load finished; nothing from it was kept."), ct);

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

/// <summary>Counts bytes read, for progress.</summary>
internal sealed class CountingStream(Stream inner) : Stream
{
    public long BytesRead { get; private set; }
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = inner.Read(buffer, offset, count);
        BytesRead += n;
        return n;
    }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
