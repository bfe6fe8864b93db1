namespace Scorecard.Api.Feed;

/// <summary>
/// What one query may ask of the server, bound from "Scorecard:Api:Limits". Power BI pages through whole sets,
/// so pages are large; anything that would make one request expensive (a long $filter, deep nesting) is refused
/// with 400 before it reaches the database. $top has no limit: the server pages it like a whole set.
/// </summary>
public sealed class FeedLimits
{
    public const string Section = "Scorecard:Api:Limits";

    /// <summary>Rows per page; the rest follows through @odata.nextLink.</summary>
    public int PageSize { get; set; } = 5000;

    /// <summary>The largest $skip: deep offsets make the database read and discard rows; follow nextLink instead.</summary>
    public int MaxSkip { get; set; } = 5_000_000;

    /// <summary>Nodes in a $filter or $apply expression tree (each comparison, literal and operator counts).</summary>
    public int MaxNodeCount { get; set; } = 100;

    /// <summary>Properties in $orderby.</summary>
    public int MaxOrderByNodeCount { get; set; } = 5;

    /// <summary>Characters in the whole query string.</summary>
    public int MaxQueryLength { get; set; } = 4096;

    /// <summary>Transformations in $apply (groupby, aggregate, filter) and properties in one groupby.</summary>
    public int MaxApplyTransformations { get; set; } = 3;
    public int MaxGroupByProperties { get; set; } = 6;

    /// <summary>Seconds a database command may run before it is abandoned.</summary>
    public int QueryTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// Plain pages (every column, metadata=minimal) written by the feed's own page writer, the same bytes several
    /// times faster; false hands every page to ASP.NET Core OData's serializer, should the two ever be found to differ.
    /// </summary>
    public bool OwnPageWriter { get; set; } = true;

    /// <summary>
    /// Those pages read from the data reader of EF Core's own command (FeedPageReader) rather than through a row
    /// object per row; false reads them through EF Core again, should a provider ever be found to differ.
    /// </summary>
    public bool ReadPagesFromDataReader { get; set; } = true;

    /// <summary>
    /// On SQLite, those pages' columns read from SQLite's statement under the data reader (SqliteColumns) rather than
    /// through the data reader's methods; false reads every column through the data reader.
    /// </summary>
    public bool ReadColumnsFromStatement { get; set; } = true;

    /// <summary>Records one drill-through may return.</summary>
    public int MaxDrillThroughRecords { get; set; } = 50_000;
}
