using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Scorecard.Warehouse;

/// <summary>
/// Database errors as sentences a user can act on: what happened to the warehouse and what to do, never a
/// provider's error number. Everything that reports a database failure to a person goes through here.
/// </summary>
public static class WarehouseErrors
{
    public static bool IsDatabaseError(Exception e) => e is DbException || e.InnerException is DbException or SocketException;

    public static string Describe(Exception e, WarehouseOptions? options = null)
    {
        var where = Where(options);
        return (e as DbException ?? e.InnerException as DbException) switch
        {
            SqliteException s => (s.SqliteErrorCode, s.SqliteExtendedErrorCode) switch
            {
                (10 or 14, _) when Directory.Exists(where) => $"{where} is a folder, not a warehouse file: name a file with --database (for example data/scorecard.db).",
                (14, _) => $"The warehouse file {where} cannot be opened: check that its folder exists and that you may write there, or choose another file with --database.",
                (8, _) => $"The warehouse file {where} is read-only: loading needs permission to write it (and its folder). `scorecard check` works on a read-only warehouse.",
                (5 or 6, _) => $"The warehouse {where} is busy: another load or refresh is writing to it. Try again when it has finished.",
                (13, _) => $"The disk holding the warehouse {where} is full: free some space and try again.",
                (11, _) => $"The warehouse file {where} is damaged: restore it from a backup, or start a new warehouse with --database.",
                (26, _) => $"{where} is not a Scorecard warehouse (not a SQLite database): check the --database option.",
                (10, _) => $"The warehouse file {where} could not be read or written (a disk or file system error): check the disk and try again.",
                (23, _) => $"The warehouse file {where} may not be opened by this user: check its permissions.",
                _ => $"The warehouse {where} reported an error it did not explain further ({Clean(s.Message)}).",
            },
            PostgresException p => p.SqlState switch
            {
                "28P01" or "28000" => $"PostgreSQL refused the user name or password for {where}: check the connection string.",
                "3D000" => $"The PostgreSQL database {where} does not exist: create it (CREATE DATABASE) or correct the connection string.",
                "42501" => $"The PostgreSQL user may not do this in {where} ({Clean(p.MessageText)}): grant it rights on the database, or use the user that owns it.",
                "53100" => $"The disk of the PostgreSQL server holding {where} is full: free some space and try again.",
                "53300" => $"The PostgreSQL server holding {where} has no free connections: try again later, or raise max_connections.",
                "57P01" or "57P02" or "57P03" => $"The PostgreSQL server holding {where} is starting up or shutting down: try again in a minute.",
                "40001" or "40P01" => $"Another load or refresh was writing to {where} at the same time: try again.",
                _ => $"PostgreSQL reported a problem with {where}: {Clean(p.MessageText)}.",
            },
            NpgsqlException n when n.InnerException is SocketException or TimeoutException || n.Message.Contains("connect", StringComparison.OrdinalIgnoreCase) =>
                $"The PostgreSQL server for {where} cannot be reached: check that it is running and that the host and port in the connection string are right.",
            { } other => $"The warehouse {where} reported a problem: {Clean(other.Message)}.",
            null => Clean(e.Message),
        };
    }

    /// <summary>The database, named without a password.</summary>
    private static string Where(WarehouseOptions? options)
    {
        if (options is null) return "(see --database)";
        try
        {
            return options.Provider switch
            {
                WarehouseProvider.Sqlite => options.ConnectionString is { } cs && cs.Contains('=', StringComparison.Ordinal)
                    ? new SqliteConnectionStringBuilder(cs).DataSource
                    : Path.GetFullPath(options.ConnectionString ?? WarehouseOptions.DefaultSqlitePath),
                WarehouseProvider.PostgreSql => new NpgsqlConnectionStringBuilder(options.ConnectionString) is var b ? $"{b.Database} on {b.Host}:{b.Port}" : "",
                _ => "(see --database)",
            };
        }
        catch (ArgumentException)
        {
            return "(see --database)";
        }
    }

    /// <summary>A provider's message without its "SQLite Error 14:" style prefix.</summary>
    private static string Clean(string message)
    {
        var m = System.Text.RegularExpressions.Regex.Replace(message, @"^SQLite Error \d+: ", "").Trim().Trim('\'').TrimEnd('.').Trim('\'');
        return m;
    }
}
