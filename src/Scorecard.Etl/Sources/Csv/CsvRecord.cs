namespace Scorecard.Etl.Sources.Csv;

/// <summary>Why the tokenizer could not read a record as fields. The record's line is reported; its text is not.</summary>
public enum CsvRecordProblem
{
    None,
    /// <summary>A quoted field is not closed where the row should end: the lines after it are read as rows of their own.</summary>
    UnterminatedQuote,
    /// <summary>A quote inside an unquoted field, or text after a closing quote.</summary>
    StrayQuote,
    /// <summary>The record is longer than the tokenizer keeps; the rest of it was skipped without being held.</summary>
    TooLong,
}

/// <summary>
/// One record as raw fields, reused from record to record: field text lives in one char buffer that is
/// bounded by the tokenizer's record limit, so memory does not grow with the length of a field.
/// </summary>
public sealed class CsvRecord
{
    internal char[] Chars = new char[1024];
    internal int Length;
    internal int[] Starts = new int[32];
    internal int[] Lengths = new int[32];
    internal int Stored;

    /// <summary>Physical line (1-based) on which the record starts, counting blank lines and the lines of multi-line fields.</summary>
    public long Line { get; internal set; }

    /// <summary>Fields in the record, counted even beyond those kept.</summary>
    public int FieldCount { get; internal set; }

    public CsvRecordProblem Problem { get; internal set; }

    /// <summary>For <see cref="CsvRecordProblem.TooLong"/>: the field (0-based) at which the record outgrew the limit.</summary>
    public int ProblemField { get; internal set; } = -1;

    /// <summary>True when a field started with a quote (a quoted empty field is still a field, not a blank line).</summary>
    internal bool AnyQuoted;

    /// <summary>The text of field <paramref name="index"/>; empty when the record has no such field.</summary>
    public ReadOnlySpan<char> this[int index] => index < Stored ? Chars.AsSpan(Starts[index], Lengths[index]) : default;

    public bool Has(int index) => index < Stored;

    internal void Reset()
    {
        Length = 0;
        Stored = 0;
        FieldCount = 0;
        Problem = CsvRecordProblem.None;
        ProblemField = -1;
        AnyQuoted = false;
    }

    internal void Fail(CsvRecordProblem problem, int field = -1)
    {
        if (Problem != CsvRecordProblem.None) return;
        Problem = problem;
        ProblemField = field;
    }
}
