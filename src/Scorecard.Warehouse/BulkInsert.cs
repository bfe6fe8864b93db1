using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Scorecard.Warehouse;

/// <summary>
/// Inserts many rows of one entity with a single prepared statement inside the caller's transaction:
/// the fast path on every provider for snapshot-sized writes, where change tracking costs more than the insert.
/// Values go through the model's value converters, so an enum is stored as its name, as EF would store it.
/// </summary>
public static class BulkInsert
{
    public static async Task<int> InsertAsync<T>(WarehouseContext db, IEnumerable<T> rows, CancellationToken ct = default) where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the warehouse model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey()).ToList();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync(ct);

        await using var cmd = connection.CreateCommand();
        cmd.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        cmd.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) " +
                          $"VALUES ({string.Join(", ", properties.Select((_, i) => "@p" + i))})";
        var parameters = new DbParameter[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            parameters[i] = cmd.CreateParameter();
            parameters[i].ParameterName = "@p" + i;
            cmd.Parameters.Add(parameters[i]);
        }
        var getters = properties.Select(Getter<T>).ToArray();
        var count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < getters.Length; i++) parameters[i].Value = getters[i](row) ?? DBNull.Value;
            if (count == 0) await cmd.PrepareAsync(ct);
            await cmd.ExecuteNonQueryAsync(ct);
            count++;
        }
        return count;
    }

    /// <summary>The property's provider value, read through a compiled delegate (reflection per cell costs more than the insert).</summary>
    private static Func<T, object?> Getter<T>(IProperty property)
    {
        var row = Expression.Parameter(typeof(T), "row");
        Expression value = Expression.Property(row, property.PropertyInfo!);
        var converter = property.GetTypeMapping().Converter;
        if (converter is not null)
        {
            // Nulls stay null: converters are written for values.
            var converted = Expression.Convert(Expression.Invoke(Expression.Constant(converter.ConvertToProviderExpression),
                Expression.Convert(value, converter.ModelClrType)), typeof(object));
            value = Nullable.GetUnderlyingType(property.ClrType) is not null || !property.ClrType.IsValueType
                ? Expression.Condition(Expression.Equal(value, Expression.Constant(null, property.ClrType)), Expression.Constant(null, typeof(object)), converted)
                : converted;
        }
        else value = Expression.Convert(value, typeof(object));
        return Expression.Lambda<Func<T, object?>>(value, row).Compile();
    }
}
