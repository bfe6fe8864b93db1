using Scorecard.Warehouse;

namespace Scorecard.Api.Feed.Scorecard;

/// <summary>
/// The scorecard sets as queries over the warehouse: set-based, composed by OData into one SQL statement per page.
/// </summary>
internal static class ScorecardQueries
{
    public static IQueryable<MeasureRow> Measures(WarehouseContext db) =>
        db.Measures.Select(m => new MeasureRow
        {
            MeasureCode = m.MeasureCode, Name = m.Name, Description = m.Description, Numerator = m.NumeratorDefinition,
            Denominator = m.DenominatorDefinition, Unit = m.Unit, Polarity = m.Polarity, CountingUnit = m.CountingUnit,
            Breakdowns = m.Breakdowns, Source = m.Source, RequiredTables = m.RequiredTables, IsAvailable = m.IsAvailable, SettlesAfterDays = m.SettlesAfterDays,
            AvailabilityNote = m.AvailabilityNote, SortOrder = m.SortOrder,
        });

    public static IQueryable<PeriodRow> Periods(WarehouseContext db) =>
        db.Periods.Select(p => new PeriodRow
        {
            PeriodKey = p.PeriodKey, Grain = p.Grain, Label = p.Label, StartDate = p.StartDate, EndDate = p.EndDate,
            FinancialYearStart = p.FinancialYearStart, FinancialYear = p.FinancialYearLabel, YearToDateStart = p.YearToDateStart,
            SortOrder = p.SortOrder, PreviousPeriodKey = p.PreviousPeriodKey, SamePeriodLastYearKey = p.SamePeriodLastYearKey, IsComplete = p.IsComplete,
        });

    public static IQueryable<OrgUnitRow> OrgUnits(WarehouseContext db) =>
        OrgUnitNames.Of(db).Select(u => new OrgUnitRow
        {
            OrgUnitKey = u.OrgUnitKey, OrgUnitId = u.OrgUnitId, Name = u.Name, Level = u.Level, Depth = u.Depth,
            ParentOrgUnitKey = u.ParentOrgUnitKey, ParentName = u.ParentName, Locality = u.Locality,
        });

    /// <summary>
    /// The snapshot. For a board member a small number is withheld whole: value, numerator and denominator are
    /// empty and DisplayValue says "c"; so is a previous or last-year value that was itself a small number, which
    /// needs a look at that row (an EXISTS on the snapshot's unique index, evaluated only when suppressing).
    /// DisplayValue is built in SQL from whole numbers (tenths of a percent), so every provider formats it the
    /// same way and $filter/$orderby on it still run in the database.
    /// </summary>
    public static IQueryable<MeasureValueRow> MeasureValues(WarehouseContext db, bool suppress)
    {
        var units = OrgUnitNames.Of(db);
        var values = db.MeasureValues;
        return from v in db.MeasureValues
               join m in db.Measures on v.MeasureCode equals m.MeasureCode
               join p in db.Periods on v.PeriodKey equals p.PeriodKey
               join u in units on v.OrgUnitKey equals u.OrgUnitKey
               let hidden = suppress && v.IsSmallNumber
               select new MeasureValueRow
               {
                   MeasureValueKey = v.MeasureValueKey,
                   MeasureCode = v.MeasureCode,
                   MeasureName = m.Name,
                   Unit = m.Unit,
                   Polarity = m.Polarity,
                   PeriodKey = p.PeriodKey,
                   PeriodGrain = p.Grain,
                   PeriodLabel = p.Label,
                   PeriodStart = p.StartDate,
                   PeriodEnd = p.EndDate,
                   FinancialYear = p.FinancialYearLabel,
                   PeriodSortOrder = p.SortOrder,
                   PeriodIsComplete = p.IsComplete,
                   OrgUnitKey = u.OrgUnitKey,
                   OrgUnitId = u.OrgUnitId,
                   OrgUnitName = u.Name,
                   OrgUnitLevel = u.Level,
                   Locality = u.Locality,
                   BreakdownKind = v.BreakdownKind,
                   BreakdownValue = v.BreakdownValue,
                   Numerator = hidden ? null : v.Numerator,
                   Denominator = hidden ? null : v.Denominator,
                   Value = hidden ? null : v.Value,
                   DisplayValue = !v.IsAvailable ? "not available"
                       : hidden ? "c"
                       : v.Value == null ? "-"
                       : m.Unit == "Percentage"
                           ? ((int)Math.Round(v.Value!.Value * 10) / 10).ToString() + "." + ((int)Math.Round(v.Value!.Value * 10) % 10).ToString() + "%"
                           : v.Numerator.ToString(),
                   IsSmallNumber = v.IsSmallNumber,
                   IsSuppressed = hidden,
                   IsProvisional = v.IsProvisional,
                   IsAvailable = v.IsAvailable,
                   NotAvailableReason = v.NotAvailableReason,
                   Target = v.Target,
                   Rag = v.Rag,
                   DirectionVsPrevious = v.DirectionVsPrevious,
                   DirectionVsLastYear = v.DirectionVsLastYear,
                   PreviousValue = suppress && values.Any(x => x.IsSmallNumber && x.MeasureCode == v.MeasureCode && x.PeriodKey == p.PreviousPeriodKey
                       && x.OrgUnitKey == v.OrgUnitKey && x.BreakdownKind == v.BreakdownKind && x.BreakdownValue == v.BreakdownValue) ? null : v.PreviousValue,
                   LastYearValue = suppress && values.Any(x => x.IsSmallNumber && x.MeasureCode == v.MeasureCode && x.PeriodKey == p.SamePeriodLastYearKey
                       && x.OrgUnitKey == v.OrgUnitKey && x.BreakdownKind == v.BreakdownKind && x.BreakdownValue == v.BreakdownValue) ? null : v.LastYearValue,
                   RefreshedAtUtc = v.RefreshedAtUtc,
                   LoadBatchId = v.LineageBatchId,
               };
    }
}
