using System.Diagnostics;
using DuckDB.NET.Data;
using Microsoft.EntityFrameworkCore;
using Scorecard.Warehouse;

namespace Scorecard.Benchmarks.Refresh;

/// <summary>
/// The anchor: the rows the hand-written EH01 and EH07 queries read, copied from the warehouse into an
/// in-memory DuckDB database (one thread), where the same SQL runs. A column store with vectorised hash
/// joins and aggregates is about as fast as this work gets on one core; the project's time over DuckDB's
/// says how far the warehouse's own engine is from it. The copy is not timed.
/// </summary>
internal sealed class ColumnarAnchor : IDisposable
{
    private readonly DuckDBConnection _duck;

    private ColumnarAnchor(DuckDBConnection duck) => _duck = duck;

    public long RowsCopied { get; private set; }

    public static async Task<ColumnarAnchor> CopyAsync(WarehouseContextFactory contexts, CancellationToken ct)
    {
        var duck = new DuckDBConnection("Data Source=:memory:");
        await duck.OpenAsync(ct);
        var anchor = new ColumnarAnchor(duck);
        anchor.Execute("SET threads TO 1");
        anchor.Execute("CREATE TABLE Dimension_Period (PeriodKey INTEGER NOT NULL, StartDate DATE NOT NULL, EndDate DATE NOT NULL)");
        anchor.Execute("CREATE TABLE Dimension_OrganisationUnitAncestor (OrgUnitKey INTEGER NOT NULL, AncestorOrgUnitKey INTEGER NOT NULL)");
        anchor.Execute("""
            CREATE TABLE Fact_EarlyHelpEpisode (EpisodeKey BIGINT NOT NULL, PersonKey INTEGER NOT NULL, OrgUnitKey INTEGER,
                StartDate DATE NOT NULL, EndDate DATE, EndReasonCode VARCHAR)
            """);
        anchor.Execute("""
            CREATE TABLE Fact_SocialCareReferral (ReferralKey BIGINT NOT NULL, PersonKey INTEGER NOT NULL, OrgUnitKey INTEGER,
                ReferralDate DATE NOT NULL, IsNoFurtherAction BOOLEAN NOT NULL)
            """);

        await using var db = contexts.Create();
        using (var rows = duck.CreateAppender("Dimension_Period"))
            await foreach (var p in db.Periods.AsNoTracking().Select(p => new { p.PeriodKey, p.StartDate, p.EndDate }).AsAsyncEnumerable().WithCancellation(ct))
            {
                rows.CreateRow().AppendValue(p.PeriodKey).AppendValue(p.StartDate).AppendValue(p.EndDate).EndRow();
                anchor.RowsCopied++;
            }
        using (var rows = duck.CreateAppender("Dimension_OrganisationUnitAncestor"))
            await foreach (var a in db.OrganisationUnitAncestors.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
            {
                rows.CreateRow().AppendValue(a.OrgUnitKey).AppendValue(a.AncestorOrgUnitKey).EndRow();
                anchor.RowsCopied++;
            }
        using (var rows = duck.CreateAppender("Fact_EarlyHelpEpisode"))
            await foreach (var e in db.EarlyHelpEpisodes.AsNoTracking()
                               .Select(e => new { e.EpisodeKey, e.PersonKey, e.OrgUnitKey, e.StartDate, e.EndDate, e.EndReasonCode })
                               .AsAsyncEnumerable().WithCancellation(ct))
            {
                rows.CreateRow().AppendValue(e.EpisodeKey).AppendValue(e.PersonKey).AppendValue(e.OrgUnitKey)
                    .AppendValue(e.StartDate).AppendValue(e.EndDate).AppendValue(e.EndReasonCode).EndRow();
                anchor.RowsCopied++;
            }
        using (var rows = duck.CreateAppender("Fact_SocialCareReferral"))
            await foreach (var r in db.SocialCareReferrals.AsNoTracking()
                               .Select(r => new { r.ReferralKey, r.PersonKey, r.OrgUnitKey, r.ReferralDate, r.IsNoFurtherAction })
                               .AsAsyncEnumerable().WithCancellation(ct))
            {
                rows.CreateRow().AppendValue(r.ReferralKey).AppendValue(r.PersonKey).AppendValue(r.OrgUnitKey)
                    .AppendValue(r.ReferralDate).AppendValue(r.IsNoFurtherAction).EndRow();
                anchor.RowsCopied++;
            }
        return anchor;
    }

    /// <summary>Runs a measure's hand-written query in DuckDB: its time and its rows (period, unit, numerator, denominator).</summary>
    public (TimeSpan Elapsed, List<(int, int, int, int)> Rows) Run(string code, int authorityKey)
    {
        using var cmd = _duck.CreateCommand();
        cmd.CommandText = HandWrittenSql.For(code, SqlDialect.DuckDb, authorityKey);
        var clock = Stopwatch.StartNew();
        var list = new List<(int, int, int, int)>();
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                list.Add((Convert.ToInt32(r.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(1), System.Globalization.CultureInfo.InvariantCulture),
                          Convert.ToInt32(r.GetValue(2), System.Globalization.CultureInfo.InvariantCulture), Convert.ToInt32(r.GetValue(3), System.Globalization.CultureInfo.InvariantCulture)));
        return (clock.Elapsed, list);
    }

    private void Execute(string sql)
    {
        using var cmd = _duck.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => _duck.Dispose();
}
