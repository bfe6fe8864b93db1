namespace Scorecard.SampleData;

/// <summary>
/// What the synthetic council looks like. The same options (seed included) always give byte-identical files,
/// so demos, tests and benchmarks can rely on the numbers they produce.
/// </summary>
public sealed record SyntheticCouncilOptions
{
    public int Seed { get; init; } = 20240401;

    /// <summary>Children in the council's caseload population: every one of them appears in ssd_person.</summary>
    public int Children { get; init; } = 12000;

    /// <summary>The first day of the extract's window; no event is dated before it (dates of birth can be).</summary>
    public DateOnly From { get; init; } = new(2021, 4, 1);

    /// <summary>The extract date (inclusive): anything that would end later is still open in the files.</summary>
    public DateOnly Until { get; init; } = new(2026, 9, 30);

    /// <summary>
    /// Share of extra defective rows added to the fact tables (0.05 adds about one bad row per twenty good ones).
    /// Bad rows are added, never made from good ones, so the clean data loads the same whatever this is.
    /// </summary>
    public double DirtyShare { get; init; }

    /// <summary>The fictional authority's name, used in lead organisation names.</summary>
    public string AuthorityName { get; init; } = "Northshire";

    /// <summary>
    /// The files' shape: Scorecard's own extract, or the same council as the SSD release 1.4.5 SystemC (Liquidlogic)
    /// deployment writes it (its column sets, datetimes, NULLs, outcome flag objects and placeholders).
    /// </summary>
    public ExtractShape Shape { get; init; } = ExtractShape.Canonical;

    /// <summary>The default council with a different caseload population.</summary>
    public static SyntheticCouncilOptions Sized(int children) => new() { Children = children };
}

/// <summary>The file shapes the generator can write the same council in.</summary>
public enum ExtractShape
{
    /// <summary>Scorecard's own extract: the contract's columns, as docs/extract-contract.md lists them.</summary>
    Canonical,
    /// <summary>
    /// The SSD release 1.4.5 SystemC (Liquidlogic) shape, as exported from SQL Server (deployment_extracts/systemc/live/
    /// ssd_deployment_individual_files/systemc_sqlserver_v1.4.5_1_20260708.sql in data-to-insight/ssd-data-model), plus
    /// Scorecard's ext_ tables for what SSD lacks, without the episode team (it comes from ssd_involvements).
    /// </summary>
    SsdSystemC,
}
