using Scorecard.Api;
using Scorecard.Api.Warehouse;

// The feed on its own (IIS, a container). `scorecard serve` builds the same host from ScorecardApi.
var builder = WebApplication.CreateBuilder(args);
builder.AddScorecardApi();

var app = builder.Build();
app.UseScorecardApi();
await app.PrepareScorecardWarehouseAsync();
await app.RunAsync();
