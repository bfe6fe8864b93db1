using Scorecard.Warehouse;
using Scorecard.Warehouse.Publishing;

namespace Scorecard.Api.Feed.Scorecard;

/// <summary>
/// The scorecard sets as queries over the warehouse: set-based, composed by OData into one SQL statement per page.
/// MeasureValues selects from the published table of the caller's audience and decides nothing itself.
/// </summary>
internal static class ScorecardQueries
{
    public static IQueryable<MeasureRow> Measures(WarehouseContext db) =>
        db.Measures.Select(m => new MeasureRow
        {
            MeasureCode = m.MeasureCode, Name = m.Name, Description = m.Description, Numerator = m.NumeratorDefinition,
            Denominator = m.DenominatorDefinition, Unit = m.Unit.ToString(), Polarity = m.Polarity.ToString(), CountingUnit = m.CountingUnit,
            Breakdowns = m.Breakdowns, Source = m.Source, RequiredTables = m.RequiredTables, IsAvailable = m.IsAvailable, SettlesAfterDays = m.SettlesAfterDays,
            AvailabilityNote = m.AvailabilityNote, SortOrder = m.SortOrder,
        });

    public static IQueryable<PeriodRow> Periods(WarehouseContext db) =>
        db.Periods.Select(p => new PeriodRow
        {
            PeriodKey = p.PeriodKey, Grain = p.Grain.ToString(), Label = p.Label, StartDate = p.StartDate, EndDate = p.EndDate,
            FinancialYearStart = p.FinancialYearStart, FinancialYear = p.FinancialYearLabel, YearToDateStart = p.YearToDateStart,
            SortOrder = p.SortOrder, PreviousPeriodKey = p.PreviousPeriodKey, SamePeriodLastYearKey = p.SamePeriodLastYearKey, IsComplete = p.IsComplete,
        });

    public static IQueryable<OrgUnitRow> OrgUnits(WarehouseContext db) =>
        db.PublishedOrgUnits.Select(u => new OrgUnitRow
        {
            OrgUnitKey = u.OrgUnitKey, OrgUnitId = u.OrgUnitId, Name = u.Name, Level = u.Level.ToString(), Depth = u.Depth,
            ParentOrgUnitKey = u.ParentOrgUnitKey, ParentName = u.ParentName, Locality = u.Locality, SortOrder = u.SortOrder,
        });

    /// <summary>The published scorecard of an audience: board members read the partnership table, everyone else the internal one.</summary>
    public static IQueryable<MeasureValueRow> MeasureValues(WarehouseContext db, Audience audience) =>
        db.Published(audience).Select(v => new MeasureValueRow
        {
            MeasureValueKey = v.PublishedValueKey,
            MeasureCode = v.MeasureCode,
            MeasureName = v.MeasureName,
            Unit = v.Unit.ToString(),
            Polarity = v.Polarity.ToString(),
            PeriodKey = v.PeriodKey,
            PeriodGrain = v.PeriodGrain.ToString(),
            PeriodLabel = v.PeriodLabel,
            PeriodStart = v.PeriodStart,
            PeriodEnd = v.PeriodEnd,
            FinancialYear = v.FinancialYear,
            PeriodSortOrder = v.PeriodSortOrder,
            PeriodIsComplete = v.PeriodIsComplete,
            OrgUnitKey = v.OrgUnitKey,
            OrgUnitId = v.OrgUnitId,
            OrgUnitName = v.OrgUnitName,
            OrgUnitLevel = v.OrgUnitLevel.ToString(),
            Locality = v.Locality,
            BreakdownKind = v.BreakdownKind,
            BreakdownValue = v.BreakdownValue,
            State = v.State.ToString(),
            Numerator = v.Numerator,
            Denominator = v.Denominator,
            Value = v.Value,
            DisplayValue = v.DisplayValue,
            IsSmallNumber = v.IsSmallNumber,
            IsSuppressed = v.IsSuppressed,
            IsProvisional = v.IsProvisional,
            SettlesOn = v.SettlesOn,
            IsAvailable = v.State != PublishedState.NotAvailable,
            NotAvailableReason = v.State == PublishedState.NotAvailable ? v.Note : null,
            Target = v.Target,
            Rag = v.Rag == null ? null : v.Rag.ToString(),
            DirectionVsPrevious = v.DirectionVsPrevious == null ? null : v.DirectionVsPrevious.ToString(),
            DirectionVsLastYear = v.DirectionVsLastYear == null ? null : v.DirectionVsLastYear.ToString(),
            PreviousValue = v.PreviousValue,
            LastYearValue = v.LastYearValue,
            Note = v.Note,
            RefreshedAtUtc = v.RefreshedAtUtc,
            LoadBatchId = v.LineageBatchId,
        });
}
