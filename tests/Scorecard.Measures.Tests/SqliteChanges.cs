using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;

namespace Scorecard.Measures.Tests;

/// <summary>
/// SQLite's count of rows its connection has inserted, updated or deleted (<c>total_changes()</c>): for tests that a
/// step writes nothing when nothing changed. The context's connection must stay open between two readings.
/// </summary>
internal static class SqliteChanges
{
    public static async Task<long> SoFarAsync(WarehouseContext db)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "SELECT total_changes()";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
