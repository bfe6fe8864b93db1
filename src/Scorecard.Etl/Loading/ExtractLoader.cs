using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources;
using Scorecard.Etl.Sources.CinCensus;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Loading;

/// <summary>
/// Loads a canonical (SSD-shaped) extract into the warehouse as one batch, in one transaction: either every
/// good row lands (every bad row is in the reject table, every record deleted at source is archived) or
/// nothing changes. One extract, one outcome: a file that cannot be read fails the whole extract.
/// Whether loading changes anything is decided by the warehouse's contents, not by the file: an extract
/// loaded before is applied again when that changes something, and leaves no trace when it does not.
/// </summary>
public sealed class ExtractLoader(WarehouseContextFactory contexts, Pseudonymiser pseudonymiser)
{
    public const string SourceKind = ExtractSource.SsdKind;
    public const string AuthorityId = OrganisationUnit.AuthorityId;

    private sealed record PlannedTable(TableSpec Spec, string File, long Size);

    private sealed record Loaded(List<TableLoadResult> Tables, List<RejectSummary> Rejects, string Hash, int Changes, SourceEvidence Evidence, string? Described)
    {
        /// <summary>What the source says of itself (a census's year), else what its columns and values showed.</summary>
        public string Describe() => Described ?? Evidence.Describe();
    }

    /// <summary>
    /// Loads (or checks) a path that may mix sources: a folder or zip holding SSD CSV files, CIN census returns and
    /// Annex A workbooks loads as one extract per source, each its own batch that succeeds or fails on its own.
    /// </summary>
    public async Task<IReadOnlyList<LoadResult>> LoadEachSourceAsync(string path, LoadOptions? options = null, CancellationToken ct = default)
    {
        options ??= new LoadOptions();
        if (options.Format != SourceFormat.Recognise) return [await LoadAsync(path, options, ct)];
        using var parts = SourceParts.Split(path);
        var results = new List<LoadResult>();
        foreach (var (part, format) in parts.Parts)
            results.Add(await LoadAsync(part, options.WithFormat(format), ct));
        return results;
    }

    public async Task<LoadResult> LoadAsync(string path, LoadOptions? options = null, CancellationToken ct = default)
    {
        options ??= new LoadOptions();
        if (options.DryRun) return await CheckAsync(path, options, ct);
        var clock = Stopwatch.StartNew();
        var fullPath = Path.GetFullPath(path);
        await using var db = contexts.Create();
        await WarehouseDatabase.MigrateAsync(db, ct);
        await MarkInterruptedBatchesAsync(db, ct);

        var (source, plan, unreadable) = OpenExtract(path, options);
        if (unreadable is not null)
        {
            // The attempt is recorded, though nothing was read.
            db.LoadBatches.Add(new LoadBatch
            {
                SourceKind = options.Format switch { SourceFormat.CinCensus => CinCensusExtract.Kind, SourceFormat.AnnexA => Sources.AnnexA.AnnexAExtract.Kind, _ => SourceKind }, SourceName = fullPath, FileHash = "", StartedAtUtc = DateTime.UtcNow,
                FinishedAtUtc = DateTime.UtcNow, Status = LoadStatus.Failed, Message = unreadable,
            });
            await db.SaveChangesAsync(ct);
            return new LoadResult(null, LoadStatus.Failed, fullPath, "", unreadable, [], [], clock.Elapsed);
        }
        using var _ = source;
        var (unread, other) = UnreadFiles(source, plan);

        // The batch row is committed on its own so that a failed load still leaves a record of the attempt.
        var batch = new LoadBatch { SourceKind = source.SourceKind, SourceName = source.Name, FileHash = "", StartedAtUtc = DateTime.UtcNow, Status = LoadStatus.Running };
        db.LoadBatches.Add(batch);
        await db.SaveChangesAsync(ct);

        var warnings = WarningsOf(source);
        Loaded? loaded = null;
        LoadStatus status;
        string? message;
        int? earlierBatch = null;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            try
            {
                loaded = await LoadTablesAsync(db, tx, contexts.Options.Provider, source, plan, batch.LoadBatchId, options, warnings, ct);
                var changes = loaded.Changes;
                // Every warehouse has the authority at the top, even when the extract has no ssd_department:
                // records without a team still count for the whole authority.
                if (!await db.OrganisationUnits.AnyAsync(u => u.OrgUnitId == AuthorityId, ct))
                {
                    await new OrganisationHierarchy(db, db.Database.GetDbConnection(), tx.GetDbTransaction(), SqlDialect.For(contexts.Options.Provider), null, batch.LoadBatchId, options.AuthorityName).RebuildAsync(ct);
                    changes++;
                }

                // Early help episodes the extract gives no team take one from ssd_involvements or their organisation (docs/ssd-sources.md).
                if (loaded.Tables.Any(r => r.Table is "ssd_involvements" or "ssd_early_help_episodes" or "ext_early_help_episode_details" or "ssd_department" && r.RowsLoaded > 0))
                {
                    var teamsClock = Stopwatch.StartNew();
                    var changedFrom = await new EpisodeTeams(db, db.Database.GetDbConnection(), tx.GetDbTransaction(), SqlDialect.For(contexts.Options.Provider), batch.LoadBatchId).AssignAsync(ct);
                    options.Phase?.Invoke("ssd_early_help_episodes", "episode teams", teamsClock.Elapsed);
                    if (changedFrom is { } from)
                    {
                        changes++;
                        var tables = loaded.Tables;
                        var i = tables.FindIndex(r => r.Table == "ssd_involvements");
                        if (i < 0) i = tables.FindIndex(r => r.Table == "ssd_early_help_episodes");
                        if (i < 0) i = tables.FindIndex(r => r.Table == "ext_early_help_episode_details");
                        // Teams and workers moved beside the table's own columns: every property, not only those the file changed.
                        if (i >= 0) tables[i] = tables[i] with { EarliestAffectedDate = tables[i].EarliestAffectedDate is { } e && e < from ? e : from, ChangedProperties = null };
                    }
                }

                // A new team is a new unit of every measure in every period (its counts of 0 included): the load cannot
                // say which periods that changes, so the next refresh is a full one. New people, by contrast, change
                // nothing until facts about them arrive, and the facts carry their dates.
                var teamList = loaded.Tables.FindIndex(r => r.Table == "ssd_department" && r.RowsInserted > 0);
                if (teamList >= 0) loaded.Tables[teamList] = loaded.Tables[teamList] with { EarliestAffectedDate = DateOnly.MinValue };

                var rejected = loaded.Tables.Sum(r => r.RowsRejected);
                earlierBatch = await db.LoadBatches.Where(b => b.FileHash == loaded.Hash && b.Status == LoadStatus.Succeeded).OrderBy(b => b.LoadBatchId)
                    .Select(b => (int?)b.LoadBatchId).FirstOrDefaultAsync(ct);
                if (changes == 0 && (rejected == 0 || earlierBatch is not null))
                {
                    // A true no-op: nothing of this attempt is kept (its rejects, if any, are the earlier batch's too).
                    await tx.RollbackAsync(ct);
                    status = LoadStatus.Skipped;
                    message = earlierBatch is { } earlier
                        ? $"Nothing to change: the warehouse already holds every record of this extract as it is here (it was loaded in batch {earlier})."
                        : "Nothing to change: the warehouse already holds every record of this extract as it is here.";
                }
                else
                {
                    batch.FileHash = loaded.Hash;
                    batch.RowsRead = loaded.Tables.Sum(r => r.RowsRead);
                    batch.RowsInserted = loaded.Tables.Sum(r => r.RowsInserted);
                    batch.RowsUpdated = loaded.Tables.Sum(r => r.RowsUpdated);
                    batch.RowsUnchanged = loaded.Tables.Sum(r => r.RowsUnchanged);
                    batch.RowsRejected = rejected;
                    batch.RowsDeleted = loaded.Tables.Sum(r => r.RowsDeleted + r.DependentsDeleted.Values.Sum());
                    batch.RowsWithWarnings = loaded.Tables.Sum(r => r.RowsWithWarnings);
                    batch.SourceRelease = loaded.Evidence.Release;
                    batch.SourceShape = Truncate(loaded.Describe(), 1000);
                    batch.UnreadFiles = Truncate(Join(unread.Concat(other)), 2000);
                    batch.Tables = loaded.Tables.Select(r => new LoadBatchTable
                    {
                        LoadBatchId = batch.LoadBatchId, TableName = r.Table, FileName = r.FileName, RowsRead = r.RowsRead,
                        RowsInserted = r.RowsInserted, RowsUpdated = r.RowsUpdated, RowsUnchanged = r.RowsUnchanged, RowsRejected = r.RowsRejected,
                        RowsDeleted = r.RowsDeleted, RowsWithWarnings = r.RowsWithWarnings,
                        IgnoredColumns = Truncate(Join(r.IgnoredColumns), 2000), RenamedColumns = Truncate(Join(r.RenamedColumns), 1000),
                        AbsentColumns = Join(r.AbsentColumns), NotExpressed = Truncate(Join(r.NotExpressed), 1000),
                        EarliestAffectedDate = r.EarliestAffectedDate,
                        // A list too long to store is stored as null: every property.
                        ChangedProperties = r.ChangedProperties is { Count: > 0 } changed && Join(changed) is { Length: <= LoadBatchTable.ChangedPropertiesLength } list ? list : null,
                    }).ToList();
                    db.LoadWarnings.AddRange(warnings.All.Select(w => new LoadWarning
                    {
                        LoadBatchId = batch.LoadBatchId, FileName = w.FileName, ColumnName = w.ColumnName, Kind = w.Kind, CodeList = w.CodeList,
                        Value = Truncate(w.Value, 200), Rows = w.Rows, FirstLine = w.FirstLine, Message = Truncate(w.Message, 1000)!,
                    }));
                    batch.Status = LoadStatus.Succeeded;
                    batch.FinishedAtUtc = DateTime.UtcNow;
                    batch.Message = Summary(rejected, batch.RowsDeleted, batch.RowsWithWarnings);
                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    status = LoadStatus.Succeeded;
                    message = batch.Message;
                }
            }
            catch (Exception e)
            {
                await tx.RollbackAsync(CancellationToken.None);
                status = LoadStatus.Failed;
                message = Sentence(e);
                loaded = null;
            }
        }

        db.ChangeTracker.Clear();
        try
        {
            if (status == LoadStatus.Skipped)
                await db.LoadBatches.Where(b => b.LoadBatchId == batch.LoadBatchId).ExecuteDeleteAsync(CancellationToken.None);
            else
                await db.LoadBatches.Where(b => b.LoadBatchId == batch.LoadBatchId).ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Status, status)
                    .SetProperty(b => b.Message, message)
                    .SetProperty(b => b.FinishedAtUtc, DateTime.UtcNow), CancellationToken.None);
        }
        catch (DbException)
        {
            // The warehouse cannot be written at all now (a full disk): the batch stays "Running" and the next
            // load marks it interrupted. The message already says why the load failed.
        }
        if (status == LoadStatus.Succeeded && loaded is not null) await LoadedTablesVacuum.RunAsync(db, loaded.Tables, ct);
        var batchId = status switch { LoadStatus.Skipped => earlierBatch, _ => batch.LoadBatchId };
        return Result(batchId, status, source.Name, loaded?.Hash ?? "", message, loaded, clock.Elapsed, warnings, unread, other);
    }

    private static LoadResult Result(int? batchId, LoadStatus status, string sourceName, string hash, string? message, Loaded? loaded, TimeSpan elapsed,
        WarningLog warnings, List<string> unread, List<string> other) =>
        new(batchId, status, sourceName, hash, message, loaded?.Tables ?? [], loaded?.Rejects ?? [], elapsed)
        {
            Warnings = warnings.All,
            Source = loaded is null || loaded.Tables.Count == 0 ? null : loaded.Describe(),
            SourceRelease = loaded?.Evidence.Release, SourceShape = loaded?.Evidence.Shape,
            UnreadFiles = unread, OtherFiles = other,
        };

    /// <summary>
    /// Validates an extract against the warehouse without changing it: the warehouse is opened read-only, no
    /// batch is recorded or marked, and a warehouse that does not exist is not created.
    /// </summary>
    private async Task<LoadResult> CheckAsync(string path, LoadOptions options, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var (source, plan, unreadable) = OpenExtract(path, options);
        if (unreadable is not null) return new LoadResult(null, LoadStatus.Failed, Path.GetFullPath(path), "", unreadable, [], [], clock.Elapsed);
        using var _ = source;
        var (unread, other) = UnreadFiles(source, plan);
        await using var warehouse = await CheckWarehouse.OpenAsync(contexts, ct);
        var warnings = WarningsOf(source);
        if (warehouse.Note is { } note) warnings.Add(source.Name, null, "check without the warehouse", null, note);
        await using var tx = await warehouse.Db.Database.BeginTransactionAsync(ct);
        try
        {
            var loaded = await LoadTablesAsync(warehouse.Db, tx, warehouse.Provider, source, plan, 0, options, warnings, ct);
            var rejected = loaded.Tables.Sum(t => t.RowsRejected);
            return Result(null, LoadStatus.Succeeded, source.Name, loaded.Hash,
                $"Checked; nothing was changed.{(rejected > 0 ? $" A load would reject {rejected:N0} row(s)." : "")}", loaded, clock.Elapsed, warnings, unread, other);
        }
        catch (Exception e)
        {
            return Result(null, LoadStatus.Failed, source.Name, "", Sentence(e), null, clock.Elapsed, warnings, unread, other);
        }
        finally
        {
            await tx.RollbackAsync(CancellationToken.None);
        }
    }

    private async Task<Loaded> LoadTablesAsync(WarehouseContext db, IDbContextTransaction tx, WarehouseProvider provider, ExtractSource source, List<PlannedTable> plan,
        int batchId, LoadOptions options, WarningLog warnings, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = tx.GetDbTransaction();
        await PrepareConnectionAsync(db, ct);
        var dialect = SqlDialect.For(provider);
        var session = new LoadSession(db, connection, transaction, dialect, batchId, source.SourceKind, options, warnings, source.IsFullSnapshot);
        var totalBytes = plan.Sum(p => p.Size);
        long doneBytes = 0;
        var results = new List<TableLoadResult>();
        var rejects = new List<RejectSummary>();
        var fileHashes = new List<(string File, string Hash)>();
        var changes = 0;
        var evidence = new SourceEvidence();

        foreach (var (spec, file, size) in plan)
        {
            await using var stream = new HashingStream(source.Open(file));
            var shown = source.DisplayName(file);
            using var reader = new CsvTableReader(spec, stream, shown, pseudonymiser, options.Mapping, evidence, options.Encoding, options.LoadDate, warnings);
            if (!reader.ReadHeader())
            {
                fileHashes.Add((file, stream.Finish()));
                doneBytes += size;
                if (spec.Required)
                    throw new ExtractStructureException($"{shown} is empty: it is required (every other table refers to it). Nothing was loaded.");
                warnings.Add(shown, null, "empty file", null,
                    $"{shown} is empty: it was skipped, and no stored record was changed or taken as deleted because of it.");
                continue;
            }
            if (reader.MissingRequiredColumns.Count > 0)
                throw new ExtractStructureException($"{shown} lacks required column(s) {string.Join(", ", reader.MissingRequiredColumns)}.");

            var loader = new TableLoader(session, spec, reader);
            var before = doneBytes;
            var (result, tableRejects) = await loader.LoadAsync(totalBytes, () => before + stream.BytesRead, options.Progress, ct);
            fileHashes.Add((file, stream.Finish()));
            doneBytes += size;
            if (result.RowsRead == 0)
            {
                if (spec.Required)
                    throw new ExtractStructureException($"{shown} has a header but no rows: it is required (every other table refers to it). Nothing was loaded.");
                warnings.Add(shown, null, "no rows", null,
                    spec.Mode == MergeMode.Upsert && session.SnapshotOf(spec.Name) is not null
                        ? $"{shown} has a header but no rows: as a full snapshot, it says every record of its window was deleted."
                        : $"{shown} has a header but no rows.");
            }
            changes += result.RowsInserted + result.RowsUpdated + result.RowsDeleted + result.DependentsDeleted.Values.Sum() + result.OtherChanges;
            if (!options.DryRun)
            {
                if (spec.Entity == typeof(OrganisationUnit) &&
                    await new OrganisationHierarchy(db, connection, transaction, dialect, loader.StagingTable, batchId, options.AuthorityName).RebuildAsync(ct))
                    changes++;
                await loader.DropStagingAsync(ct);
            }
            results.Add(result);
            rejects.AddRange(tableRejects);
            options.AfterTable?.Invoke(spec.Name);
        }
        // A file's warnings include what was said of the file as a whole once it was read (no rows, deletions not applied).
        results = results.Select(r => r.FileName is { } f ? r with { Warnings = warnings.For(f).Summaries() } : r).ToList();
        return new Loaded(results, rejects, CombinedHash(fileHashes), changes, evidence, source.Describe());
    }

    /// <summary>The extract and its plan, or why it cannot be read at all.</summary>
    private (ExtractSource Source, List<PlannedTable> Plan, string? Unreadable) OpenExtract(string path, LoadOptions options)
    {
        ExtractSource? source = null;
        try
        {
            source = ExtractSource.Open(path, format: options.Format, mapping: options.Mapping);
            return (source, Plan(source), null);
        }
        catch (Exception e) when (e is ExtractStructureException or IOException or UnauthorizedAccessException)
        {
            source?.Dispose();
            return (null!, [], Sentence(e));
        }
    }

    /// <summary>Which contract table each file feeds, in load order; fails on structural problems.</summary>
    private static List<PlannedTable> Plan(ExtractSource source)
    {
        var plan = new List<PlannedTable>();
        foreach (var spec in ExtractContract.Tables)
        {
            var file = source.FindFile(spec.FileName);
            if (file is null)
            {
                if (spec.Required) throw new ExtractStructureException($"The extract has no {spec.FileName}: it is required (every other table refers to it).");
                continue;
            }
            plan.Add(new PlannedTable(spec, file, source.SizeOf(file)));
        }
        if (plan.Count == 0)
            throw new ExtractStructureException($"{source.Name} holds no extract files (expected {string.Join(", ", ExtractContract.Tables.Select(t => t.FileName))}).");
        return plan;
    }

    /// <summary>SHA-256 over every loaded file's name and content hash, in name order: equal hashes mean the same extract.</summary>
    private static string CombinedHash(IEnumerable<(string File, string Hash)> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (file, hash) in files.OrderBy(f => f.File, StringComparer.OrdinalIgnoreCase))
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{file.ToLowerInvariant()}\0{hash}\0"));
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string Summary(int rejected, int deleted, int warned)
    {
        var parts = new List<string>();
        if (rejected > 0) parts.Add($"{rejected} row(s) rejected (see the reject table)");
        if (warned > 0) parts.Add($"{warned} row(s) loaded with warnings (an optional field loaded as unknown)");
        if (deleted > 0) parts.Add($"{deleted} record(s) deleted at source were archived");
        return parts.Count == 0 ? "Loaded." : $"Loaded; {string.Join("; ", parts)}.";
    }

    /// <summary>SSD files the contract does not read (named, with why for the personal ones), and any other files.</summary>
    private static (List<string> Unread, List<string> Other) UnreadFiles(ExtractSource source, List<PlannedTable> plan)
    {
        var read = plan.Select(p => p.File).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rest = source.FileNames.Where(f => !read.Contains(f)).ToList();
        return (rest.Where(f => SsdReleases.TableOf(f) is not null).Select(SsdReleases.DescribeUnread).ToList(),
                rest.Where(f => SsdReleases.TableOf(f) is null).ToList());
    }

    /// <summary>A load's warnings, starting with what reading the source said of its layout.</summary>
    private static WarningLog WarningsOf(ExtractSource source)
    {
        var warnings = new WarningLog();
        foreach (var w in source.SourceWarnings) warnings.For(w.File).Add(null, w.Kind, w.CodeList, w.Value, 1, w.Line, w.Message);
        return warnings;
    }

    private static string? Join(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? null : text;
    }

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..(max - 1)] + "…";

    /// <summary>What a failed load tells its user: a sentence, never a stack trace.</summary>
    private string Sentence(Exception e) => e switch
    {
        ExtractStructureException => e.Message,
        OperationCanceledException => "The load was cancelled; nothing was changed.",
        NotSupportedException => e.Message,
        _ when WarehouseErrors.IsDatabaseError(e) => $"The load failed and nothing was changed. {WarehouseErrors.Describe(e, contexts.Options)}",
        UnauthorizedAccessException => $"A file of the extract cannot be read ({e.Message}): check its permissions. Nothing was loaded.",
        IOException => $"A file of the extract cannot be read ({e.Message}). Nothing was loaded.",
        _ => $"The load failed and nothing was changed: {e.Message}",
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
}

/// <summary>Counts and hashes the bytes of one file as they are read, so the extract is read once.</summary>
internal sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private string? _hash;

    public long BytesRead { get; private set; }

    /// <summary>The file's SHA-256, reading whatever is left unread first.</summary>
    public string Finish()
    {
        if (_hash is not null) return _hash;
        var buffer = new byte[1 << 16];
        while (Read(buffer, 0, buffer.Length) > 0) { }
        return _hash = Convert.ToHexStringLower(_sha.GetHashAndReset());
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _sha.AppendData(buffer[..n]);
        BytesRead += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            _sha.Dispose();
        }
        base.Dispose(disposing);
    }
}
