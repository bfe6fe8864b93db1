using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Scorecard.Etl.Sources;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Etl.Loading;

/// <summary>
/// Records deleted at source. When a table's file is a full snapshot of a window, a record of the same source
/// that the warehouse holds inside that window and the file no longer has was deleted in the case system.
/// It is moved, whole, from its fact table to <see cref="DeletedRecord"/> with the batch that deleted it, in
/// the load's transaction: every measure, feed set and pack reads the fact tables, so none of them needs to
/// know about deletions, and a refresh pays nothing for them. Records that cannot stand without it (the scores
/// of a deleted episode) go with it; records that only mention it (an audit of the episode) lose the mention.
/// Nothing is deleted when the file had a row whose id could not be read, and a load that would delete more
/// than the configured share of a table stops unless mass deletion is allowed.
/// </summary>
/// <param name="held">How many records the table held before this load merged the file: the guard's measure.</param>
internal sealed class SnapshotDeletions(LoadSession session, TableSpec spec, CsvTableReader reader, string staging, int held)
{
    public sealed record Outcome(int Deleted, IReadOnlyDictionary<string, int> Dependents, DateOnly? EarliestDate, int OtherChanges);

    public static readonly Outcome None = new(0, new Dictionary<string, int>(), null, 0);
    private readonly Dictionary<string, int> _dependents = [];
    private DateOnly? _earliest;
    private int _otherChanges;

    private string Q(string name) => session.Dialect.Quote(name);

    /// <summary>
    /// The records this source holds inside the window of the file's snapshot, as a condition on the table's row
    /// <c>t</c> with its parameters: those of them the file no longer has were deleted. Null when no record can be
    /// taken as deleted (<see cref="ApplyAsync"/> says why).
    /// </summary>
    public (string Condition, (string, object?)[] Parameters)? Holds()
    {
        if (Window() is not var (dateColumn, openColumn, years) || !reader.KeysComplete) return null;
        var from = session.Options.LoadDate.AddYears(-years);
        var target = session.Entity(spec.Entity);
        var batch = session.Entity(typeof(LoadBatch));
        var inWindow = $"(t.{target.Column(dateColumn.Target!)} >= @from{(openColumn is null ? "" : $" OR t.{target.Column(openColumn.Target!)} IS NULL")})";
        return ($"t.{target.Column("LineageBatchId")} IN (SELECT b.{batch.Column(nameof(LoadBatch.LoadBatchId))} FROM {batch.Name} b WHERE b.{batch.Column(nameof(LoadBatch.SourceKind))} = @kind) " +
                $"AND {inWindow}", [("@from", from), ("@kind", session.SourceKind)]);
    }

    /// <summary>The snapshot's date column (and the column whose emptiness keeps a record open) and years; null when not configured or not usable.</summary>
    private (ColumnSpec DateColumn, ColumnSpec? OpenColumn, int Years)? Window()
    {
        if (spec.Mode != MergeMode.Upsert || session.SnapshotOf(spec.Name) is not { } config) return null;
        var (window, years) = config;
        var dateColumn = spec.Columns.FirstOrDefault(c => c.Name == window.DateColumn && c.Kind == ColumnKind.Date && c.Target is not null);
        var openColumn = window.OpenWhileEmpty is null ? null : spec.Columns.FirstOrDefault(c => c.Name == window.OpenWhileEmpty && c.Target is not null);
        return dateColumn is null || (window.OpenWhileEmpty is not null && openColumn is null) ? null : (dateColumn, openColumn, years);
    }

    /// <param name="missing">How many records the file no longer has, when the loader counted them already; null counts them here.</param>
    public async Task<Outcome> ApplyAsync(int? missing, CancellationToken ct)
    {
        if (spec.Mode != MergeMode.Upsert || session.SnapshotOf(spec.Name) is not { } config) return None;
        var (window, _) = config;
        if (Window() is null)
        {
            session.Warnings.Add(reader.FileName, null, "deletions not configured", null,
                $"{spec.Name}: deletions are configured on {window.DateColumn}{(window.OpenWhileEmpty is null ? "" : " and " + window.OpenWhileEmpty)}, which is not a date column of the table; no record was taken as deleted.");
            return None;
        }
        if (!reader.KeysComplete)
        {
            session.Warnings.Add(reader.FileName, null, "deletions not applied", null,
                $"{reader.FileName}: no record was taken as deleted, because some rows could not be read far enough to know their ids (see the rejects).");
            return None;
        }

        var (holds, parameters) = Holds()!.Value;
        var (dateColumn, _, years) = Window()!.Value;
        var from = session.Options.LoadDate.AddYears(-years);
        var target = session.Entity(spec.Entity);
        var keyMatch = string.Join(" AND ", spec.KeyColumns.Select(k => $"s.{Q(k.Name)} = t.{target.Column(k.Target!)}"));
        var where = $"{holds} AND NOT EXISTS (SELECT 1 FROM {staging} s WHERE {keyMatch})";

        var count = missing ?? await session.ScalarAsync(session.Dialect.CountsMissingByExcept
            ? $"SELECT COUNT(*) FROM (SELECT {string.Join(", ", spec.KeyColumns.Select(k => $"t.{target.Column(k.Target!)}"))} FROM {target.Name} t WHERE {holds} " +
              $"EXCEPT SELECT {string.Join(", ", spec.KeyColumns.Select(k => $"s.{Q(k.Name)}"))} FROM {staging} s) d"
            : $"SELECT COUNT(*) FROM {target.Name} t WHERE {where}", ct, parameters);
        if (count == 0) return None;
        var total = held;
        var share = session.Options.Deletions.MassDeleteShare;
        if (count > share * total && !session.Options.AllowMassDelete)
            throw new ExtractStructureException(
                $"{reader.FileName} no longer has {count:N0} of the {total:N0} records the warehouse holds for {spec.Name} ({Percent((double)count / total, "0")}), " +
                $"more than the {Percent(share)} a load may delete on its own. If the case system really deleted them, load again with --allow-mass-delete; " +
                "if the extract is incomplete, ask for a complete one. Nothing was changed.");
        if (session.DryRun) return new Outcome(count, _dependents, null, 0);

        var archived = await ArchiveAsync(spec.Entity, spec.Name, $"FROM {target.Name} t WHERE {where}", $"t.{target.Column(dateColumn.Target!)}",
            $"missing from {reader.FileName}, a full snapshot of the {years} years from {from:yyyy-MM-dd}", parameters, ct);
        await RemoveAsync(spec.Entity, spec.Name, ct);
        return new Outcome(archived, _dependents, _earliest, _otherChanges);
    }

    /// <summary>Copies rows to the archive; returns how many.</summary>
    private async Task<int> ArchiveAsync(Type entity, string tableName, string fromWhere, string eventDate, string reason, (string, object?)[] parameters, CancellationToken ct)
    {
        var type = session.EntityType(entity);
        var t = session.Entity(entity);
        var archive = session.Entity(typeof(DeletedRecord));
        var keys = (LoadSession.SpecOf(entity)?.KeyColumns.Select(k => k.Target!) ?? type.GetIndexes().First(i => i.IsUnique).Properties.Select(p => p.Name)).ToList();
        var recordId = keys.Count == 1
            ? $"t.{t.Column(keys[0])}"
            : session.Dialect.Concat(keys.Select(k => session.Dialect.CastToText($"t.{t.Column(k)}")).SelectMany((k, i) => i == 0 ? [k] : new[] { "'|'", k }).ToArray());
        var json = session.Dialect.JsonObject(type.GetProperties().Select(p => (p.Name, $"t.{t.Column(p.Name)}")));
        var sql =
            $"INSERT INTO {archive.Name} ({archive.Column(nameof(DeletedRecord.TableName))}, {archive.Column(nameof(DeletedRecord.RecordId))}, {archive.Column(nameof(DeletedRecord.RecordKey))}, " +
            $"{archive.Column(nameof(DeletedRecord.EventDate))}, {archive.Column(nameof(DeletedRecord.Record))}, {archive.Column(nameof(DeletedRecord.LineageBatchId))}, " +
            $"{archive.Column(nameof(DeletedRecord.DeletedByBatchId))}, {archive.Column(nameof(DeletedRecord.Reason))}) " +
            $"SELECT @table, {recordId}, t.{t.Column(PrimaryKey(type))}, {eventDate}, {json}, t.{t.Column("LineageBatchId")}, {session.BatchId}, @reason {fromWhere}";
        return await session.ExecuteAsync(sql, ct, [.. parameters, ("@table", tableName), ("@reason", reason)]);
    }

    /// <summary>
    /// Takes the rows just archived for <paramref name="tableName"/> out of their fact table, after dealing
    /// with the rows of other tables that refer to them; notes the earliest date they held, for the refresh.
    /// </summary>
    private async Task RemoveAsync(Type entity, string tableName, CancellationToken ct)
    {
        var type = session.EntityType(entity);
        var t = session.Entity(entity);
        var archive = session.Entity(typeof(DeletedRecord));
        var keys = $"SELECT a.{archive.Column(nameof(DeletedRecord.RecordKey))} FROM {archive.Name} a " +
                   $"WHERE a.{archive.Column(nameof(DeletedRecord.DeletedByBatchId))} = {session.BatchId} AND a.{archive.Column(nameof(DeletedRecord.TableName))} = @removed";
        (string, object?)[] parameters = [("@removed", tableName)];
        var pk = $"t.{t.Column(PrimaryKey(type))}";
        _earliest = LoadSession.Min(_earliest, await EarliestDateAsync(type, $"FROM {t.Name} t WHERE {pk} IN ({keys})", parameters, ct));

        foreach (var fk in session.Db.Model.GetEntityTypes().SelectMany(e => e.GetForeignKeys()).Where(f => f.PrincipalEntityType == type && f.DeclaringEntityType != type))
        {
            var dependent = fk.DeclaringEntityType;
            var d = session.Entity(dependent.ClrType);
            var column = $"t.{d.Column(fk.Properties.Single().Name)}";
            var refers = $"FROM {d.Name} t WHERE {column} IN ({keys})";
            if (fk.IsRequired)
            {
                var dependentSpec = LoadSession.SpecOf(dependent.ClrType);
                var dependentTable = dependentSpec?.Name ?? dependent.GetTableName()!;
                var date = dependentSpec?.Columns.FirstOrDefault(c => c.Kind == ColumnKind.Date && c.Target is not null);
                var moved = await ArchiveAsync(dependent.ClrType, dependentTable, refers, date is null ? "NULL" : $"t.{d.Column(date.Target!)}",
                    $"belonged to a record of {tableName} deleted at source", parameters, ct);
                if (moved == 0) continue;
                _dependents[dependentTable] = _dependents.GetValueOrDefault(dependentTable) + moved;
                await RemoveAsync(dependent.ClrType, dependentTable, ct);
            }
            else
            {
                _earliest = LoadSession.Min(_earliest, await EarliestDateAsync(dependent, refers, parameters, ct));
                _otherChanges += await session.ExecuteAsync(
                    $"UPDATE {d.Name} SET {d.Column(fk.Properties.Single().Name)} = NULL, {d.Column("LineageBatchId")} = {session.BatchId} " +
                    $"WHERE {d.Column(fk.Properties.Single().Name)} IN ({keys})", ct, parameters);
            }
        }
        await session.ExecuteAsync($"DELETE FROM {t.Name} WHERE {t.Column(PrimaryKey(type))} IN ({keys})", ct, parameters);
    }

    private async Task<DateOnly?> EarliestDateAsync(IEntityType type, string fromWhere, (string, object?)[] parameters, CancellationToken ct)
    {
        var t = session.Entity(type.ClrType);
        var dates = type.GetProperties().Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(DateOnly)).ToList();
        if (dates.Count == 0) return null;
        return await session.EarliestAsync($"SELECT {string.Join(", ", dates.Select(p => $"MIN(t.{t.Column(p.Name)})"))} {fromWhere}", ct, parameters);
    }

    private static string Percent(double share, string format = "0.#") => (share * 100).ToString(format, CultureInfo.InvariantCulture) + "%";

    private static string PrimaryKey(IEntityType type) => type.FindPrimaryKey()!.Properties.Single().Name;
}
