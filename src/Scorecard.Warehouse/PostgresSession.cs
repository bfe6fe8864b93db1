using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Scorecard.Warehouse;

/// <summary>
/// The settings each PostgreSQL session Scorecard opens starts with: JIT compilation off.
/// </summary>
/// <remarks>
/// PostgreSQL compiles a query's expressions to machine code when its planner estimates the query costly
/// (<c>jit_above_cost</c>, 100,000 by default). Once the warehouse's tables have statistics, the measure queries of a
/// refresh pass that mark, and the compiling costs more than it saves: a repeated full refresh of the 40,000-child council
/// took 2-5 more CPU seconds on the server with it, about a fifth of the server's work (docs/performance.md). It is set
/// on each opening, not in the connection string's <c>Options</c>, because connection poolers such as PgBouncer refuse
/// startup options; and it is a session's setting, so the server's default stays for everyone else.
/// <c>Scorecard:Warehouse:PostgreSqlJit=true</c> keeps the server's setting.
/// </remarks>
public sealed class PostgresSession : DbConnectionInterceptor
{
    public const string Settings = "SET jit = off";

    private static readonly PostgresSession Instance = new();

    public static DbContextOptionsBuilder<TContext> Configure<TContext>(DbContextOptionsBuilder<TContext> builder, bool keepJit)
        where TContext : DbContext =>
        keepJit ? builder : builder.AddInterceptors(Instance);

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Settings;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Settings;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
