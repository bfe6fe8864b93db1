using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;

namespace Scorecard.Measures.Tests.Catalogue;

/// <summary>
/// Reads an authority-level "All" row for a month period by its grain and start date rather than its label:
/// the month label "2011-12" (December 2011) is also the financial year label "2011-12", so a label alone
/// can name two periods (see <see cref="TestWarehouse.ValueAsync"/>, which expects one).
/// </summary>
internal static class MonthSnapshot
{
    public static async Task<(int Numerator, int? Denominator)> CountsAsync(TestWarehouse w, string measure, DateOnly month)
    {
        await using var db = w.Contexts.Create();
        var row = await (from v in db.MeasureValues
                         join p in db.Periods on v.PeriodKey equals p.PeriodKey
                         join u in db.OrganisationUnits on v.OrgUnitKey equals u.OrgUnitKey
                         where v.MeasureCode == measure && p.Grain == PeriodGrain.Month && p.StartDate == month
                             && u.OrgUnitId == "AUTHORITY" && v.BreakdownKind == "All" && v.BreakdownValue == "All"
                         select new { v.Numerator, v.Denominator }).SingleOrDefaultAsync();
        return row is null ? (0, null) : (row.Numerator, row.Denominator);
    }
}
