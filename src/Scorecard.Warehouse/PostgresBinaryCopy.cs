using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Scorecard.Warehouse;

/// <summary>
/// PostgreSQL's bulk path for <see cref="BulkInsert"/>: binary COPY (one prepared INSERT a row is a round trip a row
/// there: a hundred thousand snapshot values took 14 s), its rows laid out here in the format PostgreSQL
/// documents for <c>COPY ... (FORMAT BINARY)</c> and streamed through Npgsql's raw copy stream. Npgsql's own importer
/// takes each value through a parameter, bound and written one at a time (about 200 ns a value without dynamic PGO,
/// which the scorecard command ships without): a full refresh of the 40,000-child council writes some fourteen
/// million values into the snapshot and both published tables, and in a `scorecard refresh`, which starts with nothing
/// compiled, sending them took this process longer than the server took to store them. Values are written as Npgsql
/// writes them: dates and times as days and microseconds since 2000-01-01, DateOnly.MinValue/MaxValue and
/// DateTime.MinValue/MaxValue as -infinity/infinity, a timestamp with time zone only from a UTC DateTime.
/// </summary>
internal static class PostgresBinaryCopy
{
    public static async Task<int> InsertAsync<T>(NpgsqlConnection connection, ISqlGenerationHelper sql, StoreObjectIdentifier table,
        IReadOnlyList<IProperty> properties, IEnumerable<T> rows, CancellationToken ct)
    {
        var columns = properties.Select(Column<T>).ToArray();
        var command = $"COPY {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)))}) FROM STDIN (FORMAT BINARY)";
        var count = 0;
        await using var stream = await connection.BeginRawBinaryCopyAsync(command, ct);
        try
        {
            var buffer = new CopyBuffer();
            buffer.Header();
            foreach (var row in rows)
            {
                buffer.Int16((short)columns.Length);
                foreach (var column in columns) column(buffer, row);
                count++;
                if (buffer.Length >= CopyBuffer.FlushAt) await buffer.FlushAsync(stream, ct);
            }
            buffer.Int16(-1);
            await buffer.FlushAsync(stream, ct);
        }
        catch
        {
            // The COPY is abandoned rather than ended: ended, the server would read the rows sent so far, the last of
            // them cut short, and answer with an error of its own in place of this one. If the connection itself
            // failed, abandoning it fails too, and the first error is still the one reported.
            try
            {
                await stream.CancelAsync();
            }
            catch (Exception abandoning) when (abandoning is NpgsqlException or IOException or ObjectDisposedException or InvalidOperationException)
            {
            }
            throw;
        }
        return count;
    }

    internal delegate void CopyColumn<in T>(CopyBuffer buffer, T row);

    private static readonly ConcurrentDictionary<(Type Row, IProperty Property), Delegate> Columns = new();

    /// <summary>Each property's writer, made once a process (as SQLite's binders are) from its typed reader.</summary>
    private static CopyColumn<T> Column<T>(IProperty property) =>
        (CopyColumn<T>)Columns.GetOrAdd((typeof(T), property), static k =>
        {
            var (read, type) = BulkInsert.ProviderReader<T>(k.Property);
            var value = Nullable.GetUnderlyingType(type);
            var of = value is null ? nameof(ColumnOf) : nameof(NullableColumnOf);
            return (Delegate)typeof(PostgresBinaryCopy).GetMethod(of, BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(typeof(T), value ?? type).Invoke(null, [read])!;
        });

    private static CopyColumn<T> ColumnOf<T, TValue>(Func<T, TValue> read)
    {
        var write = Writer<TValue>();
        return (buffer, row) =>
        {
            if (read(row) is { } value) write(buffer, value);
            else buffer.Null();
        };
    }

    /// <summary>A column of a nullable value type: its value, when it has one, is written by its type's own writer.</summary>
    private static CopyColumn<T> NullableColumnOf<T, TValue>(Func<T, TValue?> read) where TValue : struct
    {
        var write = Writer<TValue>();
        return (buffer, row) =>
        {
            if (read(row) is { } value) write(buffer, value);
            else buffer.Null();
        };
    }

    private static Action<CopyBuffer, TValue> Writer<TValue>()
    {
        Delegate write = typeof(TValue) switch
        {
            var t when t == typeof(string) => (CopyBuffer b, string v) => b.Text(v),
            var t when t == typeof(int) => (CopyBuffer b, int v) => b.Int32Field(v),
            var t when t == typeof(long) => (CopyBuffer b, long v) => b.Int64Field(v),
            var t when t == typeof(short) => (CopyBuffer b, short v) => b.Int16Field(v),
            var t when t == typeof(bool) => (CopyBuffer b, bool v) => b.Bool(v),
            var t when t == typeof(double) => (CopyBuffer b, double v) => b.Int64Field(BitConverter.DoubleToInt64Bits(v)),
            var t when t == typeof(DateOnly) => (CopyBuffer b, DateOnly v) => b.Int32Field(Days(v)),
            var t when t == typeof(DateTime) => (CopyBuffer b, DateTime v) => b.Int64Field(Microseconds(v)),
            _ => throw new NotSupportedException($"BulkInsert cannot write a {typeof(TValue).Name} to PostgreSQL."),
        };
        return (Action<CopyBuffer, TValue>)write;
    }

    private static readonly int Epoch = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly long EpochTicks = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc).Ticks;

    /// <summary>A date as PostgreSQL's binary format has it: days since 2000-01-01; the extremes as infinities, as Npgsql writes them.</summary>
    internal static int Days(DateOnly date) =>
        date == DateOnly.MinValue ? int.MinValue : date == DateOnly.MaxValue ? int.MaxValue : date.DayNumber - Epoch;

    /// <summary>
    /// A timestamp with time zone: microseconds since 2000-01-01 UTC (ticks beyond the microsecond dropped, as Npgsql
    /// drops them). Only a UTC time says which instant it is; Npgsql refuses any other for this type, and so does this.
    /// </summary>
    internal static long Microseconds(DateTime time)
    {
        if (time == DateTime.MinValue) return long.MinValue;
        if (time == DateTime.MaxValue) return long.MaxValue;
        if (time.Kind != DateTimeKind.Utc)
            throw new ArgumentException($"A {time.Kind} DateTime cannot be written as a timestamp with time zone; only UTC can.", nameof(time));
        return (time.Ticks - EpochTicks) / 10;
    }

    /// <summary>The rows of one COPY as bytes, handed to the stream in pieces of about <see cref="FlushAt"/>.</summary>
    internal sealed class CopyBuffer
    {
        public const int FlushAt = 64 * 1024;
        // "PGCOPY\n\377\r\n\0": the format's signature.
        private static readonly byte[] Signature = [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00];
        private byte[] _bytes = new byte[FlushAt * 2];
        private int _length;

        public int Length => _length;

        public void Header()
        {
            Bytes(Signature);
            Int32(0); // flags: no OIDs
            Int32(0); // header extension length
        }

        public void Null() => Int32(-1);

        public void Bool(bool value)
        {
            Int32(1);
            Room(1)[0] = value ? (byte)1 : (byte)0;
            _length += 1;
        }

        public void Int16Field(short value)
        {
            Int32(2);
            Int16(value);
        }

        public void Int32Field(int value)
        {
            Int32(4);
            Int32(value);
        }

        public void Int64Field(long value)
        {
            Int32(8);
            BinaryPrimitives.WriteInt64BigEndian(Room(8), value);
            _length += 8;
        }

        public void Text(string value)
        {
            var most = Encoding.UTF8.GetMaxByteCount(value.Length);
            var room = Room(4 + most);
            var written = Encoding.UTF8.GetBytes(value, room[4..]);
            BinaryPrimitives.WriteInt32BigEndian(room, written);
            _length += 4 + written;
        }

        public void Int16(short value)
        {
            BinaryPrimitives.WriteInt16BigEndian(Room(2), value);
            _length += 2;
        }

        private void Int32(int value)
        {
            BinaryPrimitives.WriteInt32BigEndian(Room(4), value);
            _length += 4;
        }

        private void Bytes(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(Room(bytes.Length));
            _length += bytes.Length;
        }

        /// <summary>At least <paramref name="size"/> bytes free after what is written; the buffer grows for a long value.</summary>
        private Span<byte> Room(int size)
        {
            if (_length + size > _bytes.Length) Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + size));
            return _bytes.AsSpan(_length);
        }

        public async Task FlushAsync(Stream stream, CancellationToken ct)
        {
            await stream.WriteAsync(_bytes.AsMemory(0, _length), ct);
            _length = 0;
        }
    }
}
