using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Publishing;

/// <summary>
/// Whether a published cell can give the measure from the data loaded, and if not, why: the one place the published
/// tables ask. A cell that is not available shows "not available", never 0, and has no RAG or direction.
/// </summary>
/// <remarks>
/// The refresh decides availability (<see cref="Snapshot.Availability"/>): a measure whose source tables were never
/// loaded is not available anywhere (Measure.IsAvailable and AvailabilityNote), and a measure whose records came, for
/// some periods, from a source that cannot express what it needs has "not available" snapshot rows there, with the
/// reason. The publisher, the feed, the packs and the CLI follow.
/// </remarks>
public static class Availability
{
    public const string NeverLoaded = "Not available from the data loaded.";

    /// <summary>Null when the measure is available everywhere; otherwise the reason readers are shown.</summary>
    public static string? NotAvailableReason(Measure measure) =>
        measure.IsAvailable ? null : measure.AvailabilityNote ?? NeverLoaded;

    /// <summary>Null when the snapshot row gives a value; otherwise why it cannot.</summary>
    public static string? NotAvailableReason(MeasureValue value) =>
        value.IsAvailable ? null : value.NotAvailableReason ?? NeverLoaded;
}
