using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Scorecard.Api.Feed;

namespace Scorecard.Api.Tests;

/// <summary>
/// Columns read from SQLite's statement (<see cref="SqliteColumns"/>) are written exactly as the feed writes the value
/// Microsoft.Data.Sqlite reads, for the plain values and for those it leaves to the data reader: a column stored in
/// another type than its property's, text that is not valid UTF-8, text with a NUL in it, a date not written as
/// yyyy-MM-dd, an Int32 column holding more than an Int32, nulls, and values the data reader refuses.
/// </summary>
public sealed class SqliteColumnsTests
{
    [Theory]
    [InlineData("42", typeof(long), "42")]
    [InlineData("-9223372036854775808", typeof(long), "-9223372036854775808")]
    [InlineData("'17'", typeof(long), "17")]
    [InlineData("NULL", typeof(long?), "null")]
    [InlineData("7", typeof(int), "7")]
    [InlineData("NULL", typeof(int?), "null")]
    [InlineData("2.5", typeof(int), "2")]
    [InlineData("1", typeof(bool), "true")]
    [InlineData("0", typeof(bool?), "false")]
    [InlineData("396", typeof(double), "396.0")]
    [InlineData("0.1", typeof(double), "0.1")]
    [InlineData("'Tyne & Wear <East>'", typeof(string), "\"Tyne \\u0026 Wear \\u003CEast\\u003E\"")]
    [InlineData("'Zoë ✓ \"quoted\"'", typeof(string), "\"Zo\\u00EB \\u2713 \\u0022quoted\\u0022\"")]
    [InlineData("''", typeof(string), "\"\"")]
    [InlineData("NULL", typeof(string), "null")]
    [InlineData("12", typeof(string), "\"12\"")]
    [InlineData("'before' || char(0) || 'after'", typeof(string), "\"before\\u0000after\"")]
    [InlineData("CAST(x'41ff42' AS TEXT)", typeof(string), "\"A\\uFFFDB\"")]
    [InlineData("'2024-04-01'", typeof(DateOnly), "\"2024-04-01\"")]
    [InlineData("'2024-4-1'", typeof(DateOnly), "\"2024-04-01\"")]
    [InlineData("'31 February'", typeof(DateOnly), "\"2031-02-01\"")]
    [InlineData("NULL", typeof(DateOnly?), "null")]
    public void AValue_IsWrittenAsTheDataReadersValueIsWritten(string sql, Type type, string expected)
    {
        // Expected by hand (the page writer's formats: a whole double with ".0", strings escaped by its encoder, dates
        // yyyy-MM-dd; Microsoft.Data.Sqlite keeps a NUL in text, decodes bad UTF-8 as U+FFFD and parses a date leniently:
        // "31 February" is 1 February 2031), and the same as the
        // value read through the data reader and written by the page writer.
        Write(sql, type, fromStatement: true).ShouldBe(expected);
        Write(sql, type, fromStatement: false).ShouldBe(expected);
    }

    [Theory]
    [InlineData("3000000000", typeof(int))]
    [InlineData("NULL", typeof(long))]
    [InlineData("'soon'", typeof(DateOnly))]
    public void AValueTheDataReaderRefuses_IsRefusedToo(string sql, Type type)
    {
        var theirs = Should.Throw<Exception>(() => Write(sql, type, fromStatement: false));
        Should.Throw<Exception>(() => Write(sql, type, fromStatement: true)).GetType().ShouldBe(theirs.GetType());
    }

    private static string Write(string sql, Type type, bool fromStatement)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {sql} AS Value";
        using var reader = command.ExecuteReader();
        reader.Read().ShouldBeTrue();
        var statement = SqliteColumns.StatementOf(reader, command);
        statement.ShouldNotBe(0, "the reader's statement was not found on its connection");
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = FeedPageWriter.Encoder, SkipValidation = true }))
        {
            json.WriteStartObject();
            var name = JsonEncodedText.Encode("Value", FeedPageWriter.Encoder);
            var nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
            if (fromStatement)
                SqliteColumns.WriterFor(type)!.Invoke(null, System.Reflection.BindingFlags.DoNotWrapExceptions, null, [statement, reader, 0, json, name, nullable], null);
            else
                ThroughReader(reader, type, json, name, nullable);
            json.WriteEndObject();
        }
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        return text["{\"Value\":".Length..^1];
    }

    /// <summary>What the feed did before: the data reader's method for the type, then the page writer's.</summary>
    private static void ThroughReader(DbDataReader reader, Type type, Utf8JsonWriter json, JsonEncodedText name, bool nullable)
    {
        if (nullable && reader.IsDBNull(0))
        {
            json.WriteNull(name);
            return;
        }
        switch (Nullable.GetUnderlyingType(type) ?? type)
        {
            case var t when t == typeof(long): FeedPageWriter.Values.Write(json, name, reader.GetInt64(0)); break;
            case var t when t == typeof(int): FeedPageWriter.Values.Write(json, name, reader.GetInt32(0)); break;
            case var t when t == typeof(bool): FeedPageWriter.Values.Write(json, name, reader.GetBoolean(0)); break;
            case var t when t == typeof(double): FeedPageWriter.Values.Write(json, name, reader.GetDouble(0)); break;
            case var t when t == typeof(string): FeedPageWriter.Values.Write(json, name, reader.GetString(0)); break;
            case var t when t == typeof(DateOnly): FeedPageWriter.Values.Write(json, name, reader.GetFieldValue<DateOnly>(0)); break;
            default: throw new NotSupportedException(type.Name);
        }
    }
}
