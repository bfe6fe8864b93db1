using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Publishing;

/// <summary>
/// Whether a measure can be given for a period from the data loaded, and if not, why: the one place the published
/// tables ask. A cell that is not available shows "not available", never 0, and has no RAG or direction.
/// </summary>
public static class Availability
{
    /// <summary>Null when the measure is available for the period; otherwise the reason readers are shown.</summary>
    /// <remarks>
    /// Today availability is decided per measure (its source tables were never loaded: Measure.IsAvailable and
    /// AvailabilityNote, written by CatalogueSync). A source that cannot express a measure for some periods only
    /// adds its per-period reason here; the publisher, the feed, the packs and the CLI follow.
    /// </remarks>
    public static string? NotAvailableReason(Measure measure, Period period) =>
        measure.IsAvailable ? null : measure.AvailabilityNote ?? "Not available from the data loaded.";
}
