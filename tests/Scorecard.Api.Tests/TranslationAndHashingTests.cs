using Microsoft.EntityFrameworkCore;
using Scorecard.Api.Feed;
using Scorecard.Api.Feed.Freshness;
using Scorecard.Api.Feed.Records;
using Scorecard.Api.Feed.Scorecard;
using Scorecard.Api.Security;
using Scorecard.Warehouse;

namespace Scorecard.Api.Tests;

public class TranslationAndHashingTests
{
    public static TheoryData<WarehouseProvider> ServerProviders => new() { WarehouseProvider.SqlServer, WarehouseProvider.PostgreSql };

    /// <summary>
    /// SQL Server is the production target and cannot run here: every set's query (with what OData adds: a
    /// filter, an order and a page) must translate for it, and for PostgreSQL, with no connection.
    /// </summary>
    [Theory]
    [MemberData(nameof(ServerProviders))]
    public void EverySetsQuery_TranslatesToSql_ForTheServerWarehouses(WarehouseProvider provider)
    {
        var connection = provider == WarehouseProvider.SqlServer ? "Server=.;Database=Scorecard;Trusted_Connection=True;TrustServerCertificate=True" : "Host=localhost;Database=scorecard";
        using var db = new WarehouseContextFactory(new WarehouseOptions { Provider = provider, ConnectionString = connection }).Create();
        var sql = new List<string>
        {
            ScorecardQueries.Measures(db).Where(m => m.IsAvailable).OrderBy(m => m.MeasureCode).Take(10).ToQueryString(),
            ScorecardQueries.Periods(db).Where(p => p.StartDate >= new DateOnly(2024, 4, 1)).OrderBy(p => p.PeriodKey).Take(10).ToQueryString(),
            ScorecardQueries.OrgUnits(db).Where(u => u.Locality == "North locality").Take(10).ToQueryString(),
            ScorecardQueries.MeasureValues(db, Scorecard.Warehouse.Publishing.Audience.Internal).Where(v => v.DisplayValue != "-" && v.PeriodEnd < new DateOnly(2025, 1, 1)).OrderBy(v => v.MeasureValueKey).Take(10).ToQueryString(),
            ScorecardQueries.MeasureValues(db, Scorecard.Warehouse.Publishing.Audience.Partnership).Where(v => v.Value > 5).OrderBy(v => v.MeasureValueKey).Take(10).ToQueryString(),
            ScorecardQueries.MeasureValues(db, Scorecard.Warehouse.Publishing.Audience.Partnership).GroupBy(v => v.MeasureCode).Select(g => new { g.Key, Total = g.Sum(v => v.Numerator) }).ToQueryString(),
            FreshnessQueries.LoadBatches(db).OrderByDescending(b => b.LoadBatchId).Take(1).ToQueryString(),
            LoadWarningQueries.LoadWarnings(db).Where(w => w.CodeList != null).OrderByDescending(w => w.Rows).Take(10).ToQueryString(),
            RecordQueries.Contacts(db).Where(c => c.ContactDate >= new DateOnly(2024, 4, 1)).OrderBy(c => c.ContactKey).Take(10).ToQueryString(),
            RecordQueries.EarlyHelpEpisodes(db).Where(e => e.Team == "North Early Help Team 1" && e.IsOpen).OrderBy(e => e.EpisodeKey).Take(10).ToQueryString(),
            RecordQueries.SocialCareReferrals(db).Where(r => r.CloseReason != null).OrderBy(r => r.ReferralKey).Take(10).ToQueryString(),
            RecordQueries.Assessments(db).Where(a => a.IsCompleted).OrderBy(a => a.AssessmentKey).Take(10).ToQueryString(),
            RecordQueries.PlanReviews(db).Where(r => r.ReviewType != null).OrderBy(r => r.ReviewKey).Take(10).ToQueryString(),
            RecordQueries.OutcomeScores(db).Where(s => s.Locality != null).OrderBy(s => s.ScoreKey).Take(10).ToQueryString(),
            RecordQueries.CaseAudits(db).Where(a => a.IsGoodOrBetter).OrderBy(a => a.CaseAuditKey).Take(10).ToQueryString(),
        };
        sql.ShouldAllBe(s => s.Contains("SELECT", StringComparison.Ordinal));
        FeedModel.Sets.Count.ShouldBe(14);
    }

    [Fact]
    public void Keys_AreStoredAsSha256_AndCompareOnlyWithTheirOwnHash()
    {
        var key = SecretHashing.NewKey();
        key.ShouldStartWith(SecretHashing.KeyPrefix);
        var hash = SecretHashing.HashKey(key);
        hash.Length.ShouldBe(64);
        hash.ShouldNotContain(key[SecretHashing.KeyPrefix.Length..]);
        SecretHashing.KeyMatches(key, hash).ShouldBeTrue();
        SecretHashing.KeyMatches(key + "x", hash).ShouldBeFalse();
        SecretHashing.KeyMatches(key, "not hex").ShouldBeFalse();
        SecretHashing.NewKey().ShouldNotBe(key);
    }

    [Fact]
    public void Passwords_AreSaltedPbkdf2_AndVerifyOnlyTheRightPassword()
    {
        var a = SecretHashing.HashPassword("a long enough password", iterations: 10_000);
        var b = SecretHashing.HashPassword("a long enough password", iterations: 10_000);
        a.ShouldNotBe(b, "each hash has its own salt");
        a.ShouldStartWith("pbkdf2-sha256$10000$");
        SecretHashing.PasswordMatches("a long enough password", a).ShouldBeTrue();
        SecretHashing.PasswordMatches("a long enough passwore", a).ShouldBeFalse();
        SecretHashing.PasswordMatches("a long enough password", "pbkdf2-sha256$10$x$y").ShouldBeFalse();
        SecretHashing.PasswordMatches("a long enough password", "garbage").ShouldBeFalse();
    }

    [Fact]
    public void RequestLog_BlanksTheKeyParameter_WhateverItsCase()
    {
        RequestLog.Redact(new Microsoft.AspNetCore.Http.QueryString("?$top=1&API_KEY=secret&x=2"), "api_key").ShouldBe("?$top=1&API_KEY=***&x=2");
        RequestLog.Redact(new Microsoft.AspNetCore.Http.QueryString("?api%5Fkey=secret"), "api_key").ShouldBe("?api%5Fkey=***");
        RequestLog.Redact(Microsoft.AspNetCore.Http.QueryString.Empty, "api_key").ShouldBe("");
    }
}
