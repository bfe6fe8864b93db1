using System.Data.Common;
using Microsoft.EntityFrameworkCore.Metadata;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse;

namespace Scorecard.Etl.Loading;

/// <summary>
/// What every table of one load shares: the connection and transaction, the provider's SQL spellings, the
/// batch, the options, the warnings, and (in a check, which merges nothing) which tables are staged, so a
/// reference can resolve against this extract as well as the warehouse.
/// </summary>
internal sealed class LoadSession(
    WarehouseContext db, DbConnection connection, DbTransaction transaction, SqlDialect dialect, int batchId, string sourceKind, LoadOptions options, WarningLog warnings, bool fullSnapshots = true)
{
    public WarehouseContext Db => db;
    public DbConnection Connection => connection;
    public DbTransaction Transaction => transaction;
    public SqlDialect Dialect => dialect;
    public int BatchId => batchId;
    public string SourceKind => sourceKind;
    public LoadOptions Options => options;

    /// <summary>The window a table's file is a full snapshot of, or null: never for a source that is not a snapshot (a census year).</summary>
    public (SnapshotWindow Window, int Years)? SnapshotOf(string table) => fullSnapshots ? options.Deletions.For(table) : null;
    public WarningLog Warnings => warnings;
    public bool DryRun => options.DryRun;

    /// <summary>In a check: the staging table of each entity staged so far, and its key columns.</summary>
    public Dictionary<Type, (string Staging, IReadOnlyList<string> Keys)> Staged { get; } = [];

    public EntityTable Entity(Type type) => new(db.Model.FindEntityType(type)!, dialect);

    public IEntityType EntityType(Type type) => db.Model.FindEntityType(type)!;

    public DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(sql, parameters);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<int> ScalarAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(sql, parameters);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The earliest of the dates a query returns as its columns (each may be null).</summary>
    public async Task<DateOnly?> EarliestAsync(string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(sql, parameters);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? EarliestOf(r, r.FieldCount) : null;
    }

    /// <summary>The earliest of the dates in the first <paramref name="count"/> columns of the reader's row (each may be null).</summary>
    public static DateOnly? EarliestOf(System.Data.Common.DbDataReader r, int count)
    {
        DateOnly? earliest = null;
        for (var i = 0; i < count; i++)
        {
            if (r.IsDBNull(i)) continue;
            var v = r.GetValue(i) switch
            {
                DateOnly d => d,
                DateTime dt => DateOnly.FromDateTime(dt),
                var o => DateOnly.Parse(Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture)!, System.Globalization.CultureInfo.InvariantCulture),
            };
            if (earliest is null || v < earliest) earliest = v;
        }
        return earliest;
    }

    /// <summary>The contract table that feeds an entity's rows (not the details table that only adds to them).</summary>
    public static TableSpec? SpecOf(Type entity) => ExtractContract.Tables.FirstOrDefault(t => t.Entity == entity && t.Mode == MergeMode.Upsert);

    public static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
