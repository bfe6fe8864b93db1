using System.Buffers.Text;
using System.Data.Common;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Data.Sqlite;

namespace Scorecard.Api.Feed;

/// <summary>
/// Reads a page's columns from SQLite's statement itself, for <see cref="FeedPageReader"/>, and writes each as the
/// feed's page writer writes the value Microsoft.Data.Sqlite would have read. Through Microsoft.Data.Sqlite every
/// value is two or three calls into SQLite, each taking and releasing the statement's SafeHandle and going through
/// SQLitePCLRaw's provider: measured, that was a quarter of the server's CPU on a large export, more than SQLite's own
/// work (docs/performance.md). Here each value is one short call on the statement's pointer, and text goes from
/// SQLite's UTF-8 straight into the JSON without becoming a string. The data reader still runs the query, binds its
/// parameters and steps from row to row; only the columns of the row it stands on are read here. Whatever is not the
/// plain case (a column stored in another type than its property's, text that is not valid UTF-8, a date not written
/// as yyyy-MM-dd) is read through the data reader as before, so the values, and the bytes written, are the same.
/// </summary>
internal static unsafe partial class SqliteColumns
{
    private const int Integer = 1, Float = 2, Text = 3, Null = 5;

    /// <summary>
    /// The statement the data reader is reading: the one statement on its connection that has been stepped and not yet
    /// reset, with the command's SQL. Zero when there is not exactly one such (the page is then read through the data
    /// reader), or when SQLite's library cannot be called directly.
    /// </summary>
    public static nint StatementOf(DbDataReader reader, DbCommand command)
    {
        if (reader is not SqliteDataReader || command.Connection is not SqliteConnection { Handle: { IsInvalid: false } db }) return 0;
        try
        {
            var sql = command.CommandText.Trim();
            nint found = 0;
            for (var statement = NextStatement(db.DangerousGetHandle(), 0); statement != 0; statement = NextStatement(db.DangerousGetHandle(), statement))
            {
                if (StatementBusy(statement) == 0 || Marshal.PtrToStringUTF8(StatementSql(statement))?.Trim() != sql) continue;
                if (found != 0) return 0;
                found = statement;
            }
            return found;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>The method that writes a column of this type from the statement; null for a type read through the data reader.</summary>
    public static System.Reflection.MethodInfo? WriterFor(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(long) => typeof(SqliteColumns).GetMethod(nameof(WriteInt64)),
            var t when t == typeof(int) => typeof(SqliteColumns).GetMethod(nameof(WriteInt32)),
            var t when t == typeof(bool) => typeof(SqliteColumns).GetMethod(nameof(WriteBoolean)),
            var t when t == typeof(double) => typeof(SqliteColumns).GetMethod(nameof(WriteDouble)),
            var t when t == typeof(string) => typeof(SqliteColumns).GetMethod(nameof(WriteString)),
            var t when t == typeof(DateOnly) => typeof(SqliteColumns).GetMethod(nameof(WriteDate)),
            _ => null,
        };

    // Each writer: (statement, reader, column, json, name, may be null). A null in a column that may not be null is
    // left to the data reader, which refuses it as it always has.

    public static void WriteInt64(nint statement, DbDataReader reader, int column, Utf8JsonWriter json, JsonEncodedText name, bool nullable)
    {
        switch (ColumnType(statement, column))
        {
            case Integer: json.WriteNumber(name, ColumnInt64(statement, column)); break;
            case Null when nullable: json.WriteNull(name); break;
            default: FeedPageWriter.Values.Write(json, name, reader.GetInt64(column)); break;
        }
    }

    public static void WriteInt32(nint statement, DbDataReader reader, int column, Utf8JsonWriter json, JsonEncodedText name, bool nullable)
    {
        switch (ColumnType(statement, column))
        {
            case Integer when ColumnInt64(statement, column) is var value and >= int.MinValue and <= int.MaxValue: json.WriteNumber(name, (int)value); break;
            case Null when nullable: json.WriteNull(name); break;
            default: FeedPageWriter.Values.Write(json, name, reader.GetInt32(column)); break;
        }
    }

    public static void WriteBoolean(nint statement, DbDataReader reader, int column, Utf8JsonWriter json, JsonEncodedText name, bool nullable)
    {
        switch (ColumnType(statement, column))
        {
            case Integer: json.WriteBoolean(name, ColumnInt64(statement, column) != 0); break;
            case Null when nullable: json.WriteNull(name); break;
            default: FeedPageWriter.Values.Write(json, name, reader.GetBoolean(column)); break;
        }
    }

    public static void WriteDouble(nint statement, DbDataReader reader, int column, Utf8JsonWriter json, JsonEncodedText name, bool nullable)
    {
        switch (ColumnType(statement, column))
        {
            case Float or Integer: FeedPageWriter.Values.Write(json, name, ColumnDouble(statement, column)); break;
            case Null when nullable: json.WriteNull(name); break;
            default: FeedPageWriter.Values.Write(json, name, reader.GetDouble(column)); break;
        }
    }

    public static void WriteString(nint statement, DbDataReader reader, int column, Utf8JsonWriter json, JsonEncodedText name, bool nullable)
    {
        var type = ColumnType(statement, column);
        if (type == Null && nullable)
        {
            json.WriteNull(name);
            return;
        }
        if (type == Text && TryText(statement, column, out var text) && Utf8.IsValid(text))
        {
            // The same bytes Utf8JsonWriter writes for the string Microsoft.Data.Sqlite would have decoded from them.
            json.WriteString(name, text);
            return;
        }
        FeedPageWriter.Values.Write(json, name, reader.GetString(column));
    }

    public static void WriteDate(nint statement, DbDataReader reader, int column, Utf8JsonWriter json, JsonEncodedText name, bool nullable)
    {
        var type = ColumnType(statement, column);
        if (type == Null && nullable)
        {
            json.WriteNull(name);
            return;
        }
        // EF Core stores a date as yyyy-MM-dd text: a valid one is written as it is stored, which is how the page
        // writer formats the date Microsoft.Data.Sqlite parses from it.
        if (type == Text && TryText(statement, column, out var text) && text.Length == 10 && text[4] == (byte)'-' && text[7] == (byte)'-'
            && Utf8Parser.TryParse(text[..4], out int year, out var y) && y == 4 && Utf8Parser.TryParse(text[5..7], out int month, out var m) && m == 2
            && Utf8Parser.TryParse(text[8..], out int day, out var d) && d == 2
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            json.WriteString(name, text);
            return;
        }
        FeedPageWriter.Values.Write(json, name, reader.GetFieldValue<DateOnly>(column));
    }

    /// <summary>The column's text as SQLite holds it, all its bytes (a NUL in it included, as Microsoft.Data.Sqlite reads it).</summary>
    private static bool TryText(nint statement, int column, out ReadOnlySpan<byte> text)
    {
        var start = ColumnText(statement, column);
        text = start is null ? default : new ReadOnlySpan<byte>(start, ColumnBytes(statement, column));
        return start is not null;
    }

    // SQLite's own functions on the statement's pointer: each returns at once and never calls back (the connection
    // is this request's alone, so even serialized its mutex is never waited for), so the call is made without the
    // runtime's GC transition.
    private const string Library = "e_sqlite3";

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type"), SuppressGCTransition]
    private static partial int ColumnType(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64"), SuppressGCTransition]
    private static partial long ColumnInt64(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_double"), SuppressGCTransition]
    private static partial double ColumnDouble(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_text"), SuppressGCTransition]
    private static partial byte* ColumnText(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes"), SuppressGCTransition]
    private static partial int ColumnBytes(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_next_stmt")]
    private static partial nint NextStatement(nint db, nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_stmt_busy")]
    private static partial int StatementBusy(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_sql")]
    private static partial nint StatementSql(nint statement);
}
