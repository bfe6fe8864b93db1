using Scorecard.Api;
using Scorecard.Api.Feed;
using Scorecard.Api.Warehouse;

// The feed on its own (IIS, a container). `scorecard serve` builds the same host from ScorecardApi.
var builder = WebApplication.CreateBuilder(args);
builder.AddScorecardApi();

var app = builder.Build();
app.UseScorecardApi();
await app.PrepareScorecardWarehouseAsync();
await app.StartAsync();
await app.WarmUpScorecardFeedAsync(app.Lifetime.ApplicationStopping);
await app.WaitForShutdownAsync();
