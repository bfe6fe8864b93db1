using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Measures.Tests;

/// <summary>What the tests comparing two ways of counting a measure share: the authority's key and the rows as sorted text.</summary>
internal static class MeasureRowKeys
{
    public static Task<int> AuthorityAsync(WarehouseContext db) =>
        db.OrganisationUnits.Where(u => u.OrgUnitId == OrganisationUnit.AuthorityId).Select(u => u.OrgUnitKey).FirstAsync();

    /// <summary>Each row as "period|unit|kind|value|numerator|denominator", in order: two lists equal when the rows are.</summary>
    public static List<string> Keys(IEnumerable<MeasureRow> rows) =>
        rows.Select(r => $"{r.PeriodKey}|{r.OrgUnitKey}|{r.BreakdownKind}|{r.BreakdownValue}|{r.Numerator}|{r.Denominator}").Order(StringComparer.Ordinal).ToList();
}
