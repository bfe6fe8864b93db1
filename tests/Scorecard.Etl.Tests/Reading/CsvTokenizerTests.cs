using System.Text;
using Scorecard.Etl.Sources;
using Scorecard.Etl.Sources.Csv;

namespace Scorecard.Etl.Tests.Reading;

public class CsvTokenizerTests
{
    /// <summary>Every record of a text: its line, its problem and its fields (joined with '|').</summary>
    private static List<(long Line, CsvRecordProblem Problem, string Fields)> Read(string text, int expectedFields = 0, int[]? singleLine = null, Encoding? encoding = null, int maxRecordChars = CsvTokenizer.DefaultMaxRecordChars) =>
        Read(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(text)), expectedFields, singleLine, null, maxRecordChars);

    private static List<(long Line, CsvRecordProblem Problem, string Fields)> Read(Stream stream, int expectedFields = 0, int[]? singleLine = null, Encoding? declared = null, int maxRecordChars = CsvTokenizer.DefaultMaxRecordChars)
    {
        using var tokenizer = new CsvTokenizer(stream, "t.csv", declared, maxRecordChars);
        var record = new CsvRecord();
        var list = new List<(long, CsvRecordProblem, string)>();
        var first = true;
        while (tokenizer.ReadRecord(record))
        {
            list.Add((record.Line, record.Problem, string.Join("|", Enumerable.Range(0, record.FieldCount).Select(i => record[i].ToString()))));
            if (first && expectedFields > 0)
            {
                tokenizer.ExpectedFields = expectedFields;
                tokenizer.SingleLineFields = (singleLine ?? []).ToHashSet();
            }
            first = false;
        }
        return list;
    }

    [Fact]
    public void ReadRecord_CountsBlankLinesAndTheLinesOfAMultiLineField_InTheLineNumbers()
    {
        // Line 1 header; 2 blank; 3 a row; 4 blank; 5 blank; 6 a row whose third field runs over lines 6-7; 8 a row.
        var text = "a,b,notes\n\nx,1,plain\n\n\ny,2,\"two\nlines\"\nz,3,end\n";

        var records = Read(text, expectedFields: 3);

        records.Select(r => (r.Line, r.Problem)).ShouldBe([(1, CsvRecordProblem.None), (3, CsvRecordProblem.None), (6, CsvRecordProblem.None), (8, CsvRecordProblem.None)]);
        records[2].Fields.ShouldBe("y|2|two\nlines");
    }

    [Fact]
    public void ReadRecord_ReportsAnUnterminatedQuoteOnItsOwnLine_AndReadsTheNextLinesAsRows()
    {
        // The example: the quote opened on line 2 is never closed.
        var text = "id,person,start,end,reason,x,y,z\nE1,P1,2024-05-01,,\"Parenting support,,,\nE2,P2,2024-05-02,,Housing,,,\nE3,P3,2024-05-03,,School,,,\n";

        var records = Read(text, expectedFields: 8);

        records.Select(r => (r.Line, r.Problem)).ShouldBe(
            [(1, CsvRecordProblem.None), (2, CsvRecordProblem.UnterminatedQuote), (3, CsvRecordProblem.None), (4, CsvRecordProblem.None)]);
        records[2].Fields.ShouldStartWith("E2|P2|");
        records[3].Fields.ShouldStartWith("E3|P3|");
    }

    [Fact]
    public void ReadRecord_TakesAQuoteOverALineEndInAColumnThatIsRead_AsUnclosed()
    {
        // The quote opened in column 3 (a date, read) closes on line 3 in the same place: the fields would line
        // up, and line 3's ids would become line 2's date. Columns that are read never span lines.
        var text = "id,person,start\nE1,P1,\"2024-05-01\nE2,P2\",2024-05-02\nE3,P3,2024-05-03\n";

        var records = Read(text, expectedFields: 3, singleLine: [0, 1, 2]);

        records.Select(r => (r.Line, r.Problem)).ShouldBe(
            [(1, CsvRecordProblem.None), (2, CsvRecordProblem.UnterminatedQuote), (3, CsvRecordProblem.StrayQuote), (4, CsvRecordProblem.None)]);
    }

    [Fact]
    public void ReadRecord_TakesAMultiLineFieldHoldingAWholeRow_AsASwallowedRow()
    {
        // Column 3 is not read, so it may span lines; but line 3 inside it has as many delimiters as a row.
        var text = "id,person,notes\nE1,P1,\"started\nE2,P2,closed\nfinished\"\nE3,P3,x\n";

        var records = Read(text, expectedFields: 3, singleLine: [0, 1]);

        records.Select(r => (r.Line, r.Problem)).ShouldBe(
            [(1, CsvRecordProblem.None), (2, CsvRecordProblem.UnterminatedQuote), (3, CsvRecordProblem.None), (4, CsvRecordProblem.StrayQuote), (5, CsvRecordProblem.None)]);
    }

    [Fact]
    public void ReadRecord_ReportsAStrayQuote_WithoutDisturbingTheNextLine()
    {
        var records = Read("a,b\nP1,F\nP2,M\"x\nP3,\"F\"junk\nP4,F\n", expectedFields: 2);

        records.Select(r => (r.Line, r.Problem)).ShouldBe(
            [(1, CsvRecordProblem.None), (2, CsvRecordProblem.None), (3, CsvRecordProblem.StrayQuote), (4, CsvRecordProblem.StrayQuote), (5, CsvRecordProblem.None)]);
    }

    [Fact]
    public void ReadRecord_KeepsEveryFieldCount_SoTooManyAndTooFewAreSeenPerLine()
    {
        var records = Read("a,b,c\n1,2,3\n1,2\n1,2,3,4\n1,2,3\n", expectedFields: 3);

        records.Select(r => r.Fields.Split('|').Length).ShouldBe([3, 3, 2, 4, 3]);
        records.Select(r => r.Line).ShouldBe([1, 2, 3, 4, 5]);
    }

    [Fact]
    public void ReadRecord_ReadsQuotedFieldsAsRfc4180Says()
    {
        var records = Read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",  padded  \r\n\"\",,\"\"\r\n", expectedFields: 3);

        records[1].Fields.ShouldBe("x, y|say \"hi\"|padded");
        records[2].Fields.ShouldBe("||");
        records[2].Line.ShouldBe(3);
    }

    [Fact]
    public void ReadRecord_SkipsARecordLongerThanTheLimit_WithoutHoldingIt_AndReadsTheNext()
    {
        // 64 MiB in one field, generated as it is read: the tokenizer must neither hold it nor be slowed into holding it.
        var huge = new GeneratedStream("a,b\nP1,"u8.ToArray(), (byte)'x', 64L << 20, "\nP2,ok\n"u8.ToArray());
        var before = GC.GetAllocatedBytesForCurrentThread();

        var records = Read(huge, expectedFields: 2, maxRecordChars: 4096);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        records.Select(r => (r.Line, r.Problem)).ShouldBe([(1, CsvRecordProblem.None), (2, CsvRecordProblem.TooLong), (3, CsvRecordProblem.None)]);
        records[2].Fields.ShouldBe("P2|ok");
        allocated.ShouldBeLessThan(4L << 20, "memory must not grow with the length of a field");
    }

    [Fact]
    public void ReadRecord_ReportsAnUnclosedQuoteOverManyLines_OnceAndOnItsOwnLine()
    {
        // A quote never closed, followed by more text than a record may hold: reported on line 2, then the lines re-read.
        var lines = string.Concat(Enumerable.Range(3, 200).Select(i => $"P{i},F\n"));
        var records = Read("a,b\nP2,\"F\n" + lines, expectedFields: 2, maxRecordChars: 100);

        records[1].ShouldBe((2, CsvRecordProblem.UnterminatedQuote, records[1].Fields));
        records.Skip(2).Select(r => r.Line).ShouldBe(Enumerable.Range(3, 200).Select(i => (long)i));
        records.Skip(2).ShouldAllBe(r => r.Problem == CsvRecordProblem.None);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le-bom")]
    [InlineData("utf-16be-bom")]
    [InlineData("utf-8")]
    public void ReadRecord_ReadsUtf8AndUtf16_ByTheirByteOrderMarks(string form)
    {
        var text = "id,team\nPÉ1,Équipe Nord\nPÈ1,Süd\n";
        var bytes = form switch
        {
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };

        var records = Read(new MemoryStream(bytes), expectedFields: 2);

        records.Select(r => r.Fields).ShouldBe(["id|team", "PÉ1|Équipe Nord", "PÈ1|Süd"]);
    }

    [Fact]
    public void ReadRecord_RefusesTextThatIsNotUtf8_NamingTheFirstBadLine()
    {
        // Windows-1252 bytes for É (0xC9) on line 3: not valid UTF-8.
        byte[] bytes = [.. "id,team\nP1,North\nP"u8, 0xC9, .. "1,South\n"u8];

        var e = Should.Throw<ExtractStructureException>(() => Read(new MemoryStream(bytes), expectedFields: 2));

        e.Message.ShouldContain("t.csv is not valid UTF-8");
        e.Message.ShouldContain("line 3");
        e.Message.ShouldContain("--encoding windows-1252");
    }

    [Fact]
    public void ReadRecord_DecodesTheNamedEncoding_SoDifferentIdsStayDifferent()
    {
        // PÉ1, PÈ1 and PÜ1 as an old Windows export writes them (0xC9, 0xC8, 0xDC).
        byte[] bytes = [.. "id\nP"u8, 0xC9, .. "1\nP"u8, 0xC8, .. "1\nP"u8, 0xDC, .. "1\n"u8];

        var records = Read(new MemoryStream(bytes), declared: TextEncodings.Resolve("windows-1252"));

        records.Select(r => r.Fields).ShouldBe(["id", "PÉ1", "PÈ1", "PÜ1"]);
    }

    [Fact]
    public void Resolve_SaysWhatToName_WhenTheEncodingIsUnknown() =>
        Should.Throw<ArgumentException>(() => TextEncodings.Resolve("windows-9999")).Message.ShouldContain("windows-1252");

    /// <summary>A stream of a prefix, <paramref name="count"/> copies of one byte, then a suffix, made as it is read.</summary>
    private sealed class GeneratedStream(byte[] prefix, byte fill, long count, byte[] suffix) : Stream
    {
        private long _position;
        private long Total => prefix.Length + count + suffix.Length;

        public override int Read(byte[] buffer, int offset, int length)
        {
            var n = 0;
            while (n < length && _position < Total)
            {
                if (_position < prefix.Length) buffer[offset + n] = prefix[_position];
                else if (_position < prefix.Length + count)
                {
                    var run = (int)Math.Min(length - n, prefix.Length + count - _position);
                    buffer.AsSpan(offset + n, run).Fill(fill);
                    n += run;
                    _position += run;
                    continue;
                }
                else buffer[offset + n] = suffix[_position - prefix.Length - count];
                n++;
                _position++;
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => Total;
        public override long Position { get => _position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
