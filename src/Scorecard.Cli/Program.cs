using Scorecard.Cli;

return await ScorecardCli.Build().Parse(args).InvokeAsync();
