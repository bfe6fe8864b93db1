using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Catalogue;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Measures.Tests;

/// <summary>SQL Server cannot run here; proving every measure query translates for it is the next best thing.</summary>
public class TranslationTests
{
    public static TheoryData<string> Codes() => new(MeasureCatalogue.All.Select(m => m.Code));

    /// <summary>A SQL Server warehouse context that never connects: enough to translate queries.</summary>
    private static SqlServerWarehouseContext SqlServer() => new(new DbContextOptionsBuilder<SqlServerWarehouseContext>()
        .UseSqlServer("Server=unused;Database=Scorecard;Trusted_Connection=True").Options);

    [Theory]
    [MemberData(nameof(Codes))]
    public void MeasureQueries_TranslateForSqlServer_WithoutAConnection(string code)
    {
        var measure = MeasureCatalogue.Find(code)!;
        using var db = SqlServer();
        var context = new MeasureQueryContext(db, db.Periods.Where(p => p.EndDate >= new DateOnly(2024, 4, 1)), new MeasureOptions());

        var queries = MeasureComputation.Queries(db, context, measure, authority: 1).ToList();
        if (measure.Breakdowns.HasFlag(Breakdowns.AuditSectionGrade))
            queries.Add(MeasureAggregator.ByAuditSectionAndGrade(db, measure.Members(context), 1).Select(r => new MeasureRow { PeriodKey = r.PeriodKey }));

        foreach (var q in queries)
        {
            var sql = q.ToQueryString();
            sql.ShouldContain("GROUP BY");
            sql.ShouldContain("[Fact].");
        }
    }

    [Fact]
    public void TheOpenEpisodesRowsToWrite_TranslateForSqlServer_InTheKeysOrder_LookingOnlyAmongTheRowsHeldFromTheSameDate()
    {
        using var db = SqlServer();

        var sql = OpenAtPeriodEnd.Missing(db, new DateOnly(2024, 4, 1)).ToQueryString();

        // SQL Server takes ORDER BY in the INSERT ... SELECT the refresh makes of it (at the top, not in a subquery).
        sql.ShouldEndWith("ORDER BY [p0].[EndDate], [e].[EpisodeKey]");
        // The rows already held are compared from the same date on, stated in the subquery itself, not left for the
        // server to infer from the end date's equality (PostgreSQL does not, and read the whole table).
        sql.ShouldMatch(@"NOT EXISTS \(\s*SELECT 1\s*FROM \[Fact\]\.\[EarlyHelpOpenAtPeriodEnd\] AS \[\w+\]\s*WHERE \[\w+\]\.\[PeriodEndDate\] >= @\w+ AND");
    }

    [Fact]
    public void TheOpenEpisodesNoLongerHeld_TranslateForSqlServer_EachCheckedAgainstItsOwnEpisode()
    {
        using var db = SqlServer();

        var sql = OpenAtPeriodEnd.Stale(db, new DateOnly(2024, 4, 1)).ToQueryString();

        // The rule is written into the query (no call of the placeholder is left for EF Core to refuse), and each row is
        // compared with its own episode, found by key, not with the rule's rows for every end date (no periods read).
        sql.ShouldContain("NOT EXISTS");
        sql.ShouldContain("FROM [Fact].[EarlyHelpEpisode]");
        sql.ShouldNotContain("[Dimension].[Period]");
        sql.ShouldMatch(@"\[\w+\]\.\[EpisodeKey\] = \[\w+\]\.\[EpisodeKey\]");
        sql.ShouldMatch(@"\[\w+\]\.\[StartDate\] <= \[\w+\]\.\[PeriodEndDate\] AND \(\[\w+\]\.\[EndDate\] IS NULL OR \[\w+\]\.\[EndDate\] > \[\w+\]\.\[PeriodEndDate\]\)");
    }
}
