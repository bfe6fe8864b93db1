using System.Data;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Scorecard.Warehouse;

/// <summary>
/// SQL Server's bulk path for <see cref="BulkInsert"/>: SqlBulkCopy inside the caller's transaction, in chunks of
/// <see cref="ChunkRows"/> rows so memory stays flat. Columns are mapped by name from the EF model (a test checks
/// the mapping against the model), and values go through the model's value converters as EF would write them.
/// </summary>
public static class SqlServerBulkCopy
{
    public const int ChunkRows = 10_000;

    /// <summary>One sent column: the property it reads, the table column it fills, and the type it is sent as.</summary>
    public sealed record Column(IProperty Property, string Name, Type SentAs);

    /// <summary>The columns BulkInsert writes for an entity: every property but a store-generated key.</summary>
    public static IReadOnlyList<Column> Columns(IEntityType entity)
    {
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        return entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey())
            .Select(p => new Column(p, p.GetColumnName(table)!, SentAs(p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType)))
            .ToList();
    }

    private static Type SentAs(Type clr)
    {
        var t = Nullable.GetUnderlyingType(clr) ?? clr;
        return t == typeof(DateOnly) ? typeof(DateTime) : t;
    }

    public static async Task<int> InsertAsync<T>(WarehouseContext db, SqlConnection connection, IEnumerable<T> rows, CancellationToken ct) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var columns = Columns(entity);
        var transaction = (SqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        using var copy = new SqlBulkCopy(connection, SqlBulkCopyOptions.Default, transaction)
        {
            DestinationTableName = $"[{entity.GetSchema() ?? "dbo"}].[{entity.GetTableName()}]",
            BulkCopyTimeout = 0,
        };
        using var chunk = new DataTable { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var c in columns)
        {
            chunk.Columns.Add(c.Name, c.SentAs);
            copy.ColumnMappings.Add(c.Name, c.Name);
        }
        var getters = columns.Select(c => Getter(c.Property)).ToArray();
        var count = 0;
        foreach (var row in rows)
        {
            var values = new object[getters.Length];
            for (var i = 0; i < getters.Length; i++) values[i] = getters[i](row) ?? DBNull.Value;
            chunk.Rows.Add(values);
            count++;
            if (chunk.Rows.Count < ChunkRows) continue;
            await copy.WriteToServerAsync(chunk, ct);
            chunk.Clear();
        }
        if (chunk.Rows.Count > 0) await copy.WriteToServerAsync(chunk, ct);
        return count;
    }

    private static Func<object, object?> Getter(IProperty property)
    {
        var info = property.PropertyInfo!;
        var toProvider = property.GetTypeMapping().Converter?.ConvertToProvider;
        return row =>
        {
            var value = info.GetValue(row);
            if (value is null) return null;
            if (toProvider is not null) value = toProvider(value);
            return value is DateOnly d ? d.ToDateTime(TimeOnly.MinValue) : value;
        };
    }
}
