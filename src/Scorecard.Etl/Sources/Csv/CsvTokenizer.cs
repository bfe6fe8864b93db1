using System.Buffers;
using System.Text;

namespace Scorecard.Etl.Sources.Csv;

/// <summary>
/// Streams a CSV file (RFC 4180, comma-separated) into records of raw fields, each with the physical line it
/// starts on. Built for the files councils really send:
/// <list type="bullet">
/// <item>A malformed record never carries its neighbours with it. A quoted field may span lines, but when
/// the quote is not closed where the row should end (end of file, the wrong number of fields, or more text
/// than a record may hold) the record is reported on its own first line and reading starts again on the next
/// line, which is kept in memory for exactly that purpose.</item>
/// <item>Memory is bounded: a record keeps at most <c>maxRecordChars</c> characters; a longer field is
/// skipped to its end without being held, and the record is reported as too long.</item>
/// <item>Text is decoded strictly: UTF-8 (with or without a byte order mark) or UTF-16 with a byte order
/// mark, or the encoding the user named. Bytes that are not valid in it stop the file with a sentence that
/// names the line, rather than becoming U+FFFD (which would make different ids one pseudonym).</item>
/// </list>
/// Blank lines are skipped but counted. Fields are not interpreted here: that is the table reader's job.
/// </summary>
public sealed class CsvTokenizer : IDisposable
{
    /// <summary>1 Mi characters: far beyond any value the contract reads, small enough to hold twice.</summary>
    public const int DefaultMaxRecordChars = 1 << 20;

    /// <summary>A header with more columns than this is not an extract file.</summary>
    public const int MaxColumns = 4096;

    private const int BlockBytes = 1 << 16;
    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\"\r\n");
    private static readonly SearchValues<char> QuotedStops = SearchValues.Create("\"\r\n");

    private readonly Stream _stream;
    private readonly string _fileName;
    private readonly Encoding? _declared;
    private readonly int _maxRecordChars;
    private readonly byte[] _bytes = new byte[BlockBytes];
    private int _bytesStart, _bytesEnd;
    private Decoder _decoder = null!;
    private Encoding _encoding = null!;
    private char[] _buf = new char[BlockBytes + 64];
    private int _pos, _end;
    private bool _started, _streamDone, _overflow, _dropping;
    // Where to start again when a multi-line record turns out to be malformed: the line after its first.
    private int _mark = -1;
    private long _markLine;
    private long _line = 1;
    private int _continuationDelimiters;
    private int _maxStored = MaxColumns + 1;

    /// <param name="declared">The encoding the user named (null: UTF-8). A byte order mark always wins.</param>
    public CsvTokenizer(Stream stream, string fileName, Encoding? declared = null, int maxRecordChars = DefaultMaxRecordChars)
    {
        _stream = stream;
        _fileName = fileName;
        _declared = declared;
        _maxRecordChars = maxRecordChars;
    }

    /// <summary>Fields a row should have (the header's count, set after the header is read; 0 while unknown).</summary>
    public int ExpectedFields
    {
        get;
        set
        {
            field = value;
            // One field more than expected is kept, so a row with too many fields can be told from one with enough.
            _maxStored = value > 0 ? value + 1 : MaxColumns + 1;
        }
    }

    /// <summary>
    /// Fields (by position) whose values never span lines: the columns the reader uses. A quoted field there
    /// that runs over a line end is taken as an unclosed quote, so text from the lines after it is never read
    /// as this row's value. Fields not listed (columns nobody reads, such as comments) may span lines, unless a
    /// line inside them holds as many delimiters as a whole row: then it is a row, swallowed by a missing quote.
    /// </summary>
    public IReadOnlySet<int> SingleLineFields { get; set; } = new HashSet<int>();

    /// <summary>
    /// Asked about each field (by position and text) that ran over a line end, outside <see cref="SingleLineFields"/>:
    /// false takes it as an unclosed quote, as if it were single-line. Lets a used column span lines only when its
    /// value proves whole (a JSON object that parses cannot be a row swallowed by a missing quote). Null: every such
    /// field may span lines.
    /// </summary>
    public Func<int, ReadOnlySpan<char>, bool>? MultiLineFieldAccepted { get; set; }

    /// <summary>The encoding the file is read in (known after the first record).</summary>
    public string EncodingName => _encoding?.WebName ?? "";

    /// <summary>Reads the next record; false at the end of the file.</summary>
    /// <exception cref="ExtractStructureException">The file's bytes are not valid in its encoding.</exception>
    public bool ReadRecord(CsvRecord record)
    {
        if (!_started) Start();
        while (true)
        {
            record.Reset();
            _dropping = false;
            _overflow = false;
            while (true)
            {
                if (!HasData()) return false;
                var c = _buf[_pos];
                if (c is not ('\r' or '\n')) break;
                ConsumeLineBreak();
            }
            record.Line = _line;
            _mark = -1;
            _continuationDelimiters = 0;
            ParseRecord(record);
            if (_mark >= 0)
            {
                // A quoted field ran over lines. Keep that reading only if the row came out whole.
                if (record.Problem == CsvRecordProblem.None && ExpectedFields > 0 && record.FieldCount != ExpectedFields)
                    record.Fail(CsvRecordProblem.UnterminatedQuote);
                if (record.Problem == CsvRecordProblem.None && MultiLineFieldAccepted is { } accepted && !MultiLineFieldsAccepted(record, accepted))
                    record.Fail(CsvRecordProblem.UnterminatedQuote);
                if (record.Problem != CsvRecordProblem.None)
                {
                    _pos = _mark;
                    _line = _markLine;
                }
                _mark = -1;
            }
            _overflow = false;
            // A line of spaces is a blank line, not a row of one empty field.
            if (record.Problem == CsvRecordProblem.None && record.FieldCount == 1 && !record.AnyQuoted && record.Stored == 1 && record.Lengths[0] == 0)
                continue;
            return true;
        }
    }

    private static bool MultiLineFieldsAccepted(CsvRecord record, Func<int, ReadOnlySpan<char>, bool> accepted)
    {
        for (var i = 0; i < record.Stored; i++)
        {
            var text = record[i];
            if (text.IndexOfAny('\r', '\n') >= 0 && !accepted(i, text)) return false;
        }
        return true;
    }

    private void ParseRecord(CsvRecord r)
    {
        var field = 0;
        bool more;
        do
        {
            var keep = field < _maxStored && !_dropping;
            if (keep)
            {
                if (field >= r.Starts.Length)
                {
                    Array.Resize(ref r.Starts, r.Starts.Length * 2);
                    Array.Resize(ref r.Lengths, r.Lengths.Length * 2);
                }
                r.Starts[field] = r.Length;
            }
            more = ParseField(r, field);
            if (keep && !_dropping)
            {
                r.Lengths[field] = r.Length - r.Starts[field];
                r.Stored = field + 1;
            }
            field++;
        }
        while (more);
        r.FieldCount = field;
    }

    /// <summary>Reads one field; true when a delimiter follows (consumed), false at the end of the record.</summary>
    private bool ParseField(CsvRecord r, int field)
    {
        SkipBlanks();
        if (!HasData()) return EndOfData(r, inQuotes: false);
        if (_buf[_pos] == '"')
        {
            r.AnyQuoted = true;
            _pos++;
            return ParseQuoted(r, field);
        }
        return ParseUnquoted(r, field);
    }

    private bool ParseUnquoted(CsvRecord r, int field)
    {
        var start = r.Length;
        while (true)
        {
            if (!HasData())
            {
                TrimEnd(r, start, field);
                return EndOfData(r, inQuotes: false);
            }
            var span = _buf.AsSpan(_pos, _end - _pos);
            var i = span.IndexOfAny(UnquotedStops);
            if (i < 0)
            {
                Append(r, field, span);
                _pos = _end;
                continue;
            }
            Append(r, field, span[..i]);
            _pos += i;
            var c = _buf[_pos];
            if (c == '"')
            {
                r.Fail(CsvRecordProblem.StrayQuote);
                Append(r, field, "\"");
                _pos++;
                continue;
            }
            TrimEnd(r, start, field);
            if (c == ',')
            {
                _pos++;
                return true;
            }
            ConsumeLineBreak();
            return false;
        }
    }

    private bool ParseQuoted(CsvRecord r, int field)
    {
        while (true)
        {
            if (!HasData()) return EndOfData(r, inQuotes: true);
            var span = _buf.AsSpan(_pos, _end - _pos);
            var i = span.IndexOfAny(QuotedStops);
            if (i < 0)
            {
                if (_mark >= 0) _continuationDelimiters += span.Count(',');
                Append(r, field, span);
                _pos = _end;
                continue;
            }
            if (_mark >= 0) _continuationDelimiters += span[..i].Count(',');
            Append(r, field, span[..i]);
            _pos += i;
            var c = _buf[_pos++];
            if (c == '"')
            {
                if (HasData() && _buf[_pos] == '"')
                {
                    Append(r, field, "\"");
                    _pos++;
                    continue;
                }
                if (_overflow) return EndOfData(r, inQuotes: true);
                // The closing quote: only blanks may stand between it and the delimiter or line end.
                SkipBlanks();
                if (!HasData()) return EndOfData(r, inQuotes: false);
                c = _buf[_pos];
                if (c == ',')
                {
                    _pos++;
                    return true;
                }
                if (c is '\r' or '\n')
                {
                    ConsumeLineBreak();
                    return false;
                }
                r.Fail(CsvRecordProblem.StrayQuote);
                return ParseUnquoted(r, field);
            }
            // A line break inside quotes: part of the field, unless the record turns out malformed.
            var swallowedRow = _mark >= 0 && ExpectedFields > 1 && _continuationDelimiters >= ExpectedFields - 1;
            _continuationDelimiters = 0;
            if (c == '\r' && HasData() && _buf[_pos] == '\n')
            {
                _pos++;
                Append(r, field, "\r\n");
            }
            else Append(r, field, c == '\r' ? "\r" : "\n");
            _line++;
            if (_mark < 0)
            {
                _mark = _pos;
                _markLine = _line;
            }
            if (swallowedRow || SingleLineFields.Contains(field))
            {
                r.Fail(CsvRecordProblem.UnterminatedQuote);
                return false;
            }
        }
    }

    /// <summary>No more data: the end of the file, or a multi-line record that outgrew what may be held to re-read it.</summary>
    private bool EndOfData(CsvRecord r, bool inQuotes)
    {
        if (inQuotes || _overflow) r.Fail(CsvRecordProblem.UnterminatedQuote);
        return false;
    }

    private void Append(CsvRecord r, int field, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || field >= _maxStored || _dropping) return;
        if (r.Length + text.Length > _maxRecordChars)
        {
            // Keep scanning to the record's end, but hold nothing more of it.
            _dropping = true;
            r.Fail(CsvRecordProblem.TooLong, field);
            return;
        }
        if (r.Length + text.Length > r.Chars.Length)
            Array.Resize(ref r.Chars, Math.Min(Math.Max(r.Chars.Length * 2, r.Length + text.Length), _maxRecordChars));
        text.CopyTo(r.Chars.AsSpan(r.Length));
        r.Length += text.Length;
    }

    private void TrimEnd(CsvRecord r, int start, int field)
    {
        if (field >= _maxStored || _dropping) return;
        while (r.Length > start && r.Chars[r.Length - 1] is ' ' or '\t') r.Length--;
    }

    private void SkipBlanks()
    {
        while (HasData() && _buf[_pos] is ' ' or '\t') _pos++;
    }

    private void ConsumeLineBreak()
    {
        var c = _buf[_pos++];
        if (c == '\r' && HasData() && _buf[_pos] == '\n') _pos++;
        _line++;
    }

    private bool HasData() => _pos < _end || Refill();

    private void Start()
    {
        _started = true;
        // Up to four bytes, to see a byte order mark.
        while (_bytesEnd < 4)
        {
            var n = _stream.Read(_bytes, _bytesEnd, 4 - _bytesEnd);
            if (n == 0) break;
            _bytesEnd += n;
        }
        var head = _bytes.AsSpan(0, _bytesEnd);
        (_encoding, var skip) = head switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (Strict(new UTF8Encoding(false)), 3),
            [0xFF, 0xFE, ..] => (Strict(Encoding.Unicode), 2),
            [0xFE, 0xFF, ..] => (Strict(Encoding.BigEndianUnicode), 2),
            _ => (_declared is null ? Strict(new UTF8Encoding(false)) : Strict(_declared), 0),
        };
        _bytesStart = skip;
        _decoder = _encoding.GetDecoder();
    }

    /// <summary>The same encoding, throwing on bytes it cannot decode instead of substituting a character.</summary>
    private static Encoding Strict(Encoding e) => e switch
    {
        UTF8Encoding => new UTF8Encoding(false, throwOnInvalidBytes: true),
        UnicodeEncoding => new UnicodeEncoding(bigEndian: e.CodePage == 1201, byteOrderMark: false, throwOnInvalidBytes: true),
        _ => Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
    };

    private bool Refill()
    {
        if (_streamDone || _overflow) return false;
        if (_mark < 0)
        {
            _pos = 0;
            _end = 0;
        }
        else if (_mark > 0)
        {
            // Keep everything from the restart point.
            Array.Copy(_buf, _mark, _buf, 0, _end - _mark);
            _pos -= _mark;
            _end -= _mark;
            _mark = 0;
        }
        const int need = BlockBytes + 8;
        if (_buf.Length - _end < need)
        {
            if (_mark >= 0 && _end >= _maxRecordChars)
            {
                _overflow = true;
                return false;
            }
            Array.Resize(ref _buf, Math.Max(_buf.Length * 2, _end + need));
        }
        while (true)
        {
            if (_bytesStart >= _bytesEnd)
            {
                _bytesStart = 0;
                _bytesEnd = _stream.Read(_bytes, 0, _bytes.Length);
            }
            var count = _bytesEnd - _bytesStart;
            var flush = count == 0;
            int chars;
            try
            {
                chars = _decoder.GetChars(_bytes, _bytesStart, count, _buf, _end, flush);
            }
            catch (DecoderFallbackException e)
            {
                throw EncodingError(e, count);
            }
            _bytesStart = _bytesEnd;
            _end += chars;
            if (flush)
            {
                _streamDone = true;
                return chars > 0;
            }
            if (chars > 0) return true;
        }
    }

    private ExtractStructureException EncodingError(DecoderFallbackException e, int count)
    {
        // The bad byte's line: the line being read, plus the line breaks still unread before it.
        var before = Math.Clamp(e.Index, 0, count);
        var prefix = Encoding.GetEncoding(_encoding.CodePage).GetString(_bytes, _bytesStart, before);
        var line = _line + CountLineBreaks(_buf.AsSpan(_pos, _end - _pos)) + CountLineBreaks(prefix);
        var name = _encoding is UTF8Encoding ? "UTF-8" : _encoding is UnicodeEncoding ? "UTF-16" : _encoding.WebName;
        return new ExtractStructureException(_declared is not null && _encoding.CodePage == _declared.CodePage && _encoding is not UTF8Encoding
            ? $"{_fileName} has bytes that are not valid {name} on line {line}: check which encoding the file was saved in and name it with --encoding."
            : $"{_fileName} is not valid {name}: the first bad byte is on line {line}. Save the file as UTF-8, or name the encoding it was saved in (for an older Windows export: --encoding windows-1252).");
    }

    private static long CountLineBreaks(ReadOnlySpan<char> text)
    {
        long n = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))) n++;
        return n;
    }

    public void Dispose() => _stream.Dispose();
}
