using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scorecard.Api;
using Scorecard.Api.Feed;
using Scorecard.Api.Security;
using Scorecard.Api.Warehouse;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

/// <summary>`scorecard serve`: the OData feed Power BI reads, on the warehouse this command line points at.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen (semicolon-separated). Loopback by default: put a TLS reverse proxy in front for other machines.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var command = new Command("serve", "Serve the OData feed for Power BI at /odata (with a landing page at / and /health).") { urls };
        command.SetAction(ScorecardCli.Guarded(async (parse, settings, ct) =>
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = [],
                // The CLI's appsettings.json sits beside the executable, not in the folder it is run from.
                ContentRootPath = AppContext.BaseDirectory,
            });
            // --database / --provider win over configuration, exactly as for every other command.
            HostCommands.ApplySettings(builder.Configuration, settings);
            builder.Services.AddWindowsService(o => o.ServiceName = "Scorecard");
            builder.Services.AddSystemd();
            builder.WebHost.UseUrls(parse.GetValue(urls)!);
            builder.AddScorecardApi();
            var app = builder.Build();
            app.UseScorecardApi();
            await app.PrepareScorecardWarehouseAsync();
            await app.StartAsync(ct);
            // Before it says it is ready: the first export after a start no longer pays for the runtime's compiling.
            await app.WarmUpScorecardFeedAsync(ct);

            var api = builder.Configuration.GetSection(ApiOptions.Section).Get<ApiOptions>() ?? new ApiOptions();
            foreach (var url in parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries))
                AnsiConsole.MarkupLineInterpolated($"OData feed: [bold]{url.TrimEnd('/')}/odata[/]   (landing page {url.TrimEnd('/')}/, health {url.TrimEnd('/')}/health)");
            if (api.Keys.Count == 0 && api.Users.Count == 0 && !api.Entra.IsConfigured)
                AnsiConsole.MarkupLine("[yellow]No API keys, Basic users or Entra ID are configured, so every request will be refused (401).[/] " +
                    "Create a key with [bold]scorecard api-key new --role Analyst --name \"Power BI\"[/] and set the lines it prints, then start serve again.");
            else
                AnsiConsole.MarkupLineInterpolated($"Credentials configured: {api.Keys.Count} API key(s), {api.Users.Count} Basic user(s){(api.Entra.IsConfigured ? ", Entra ID" : "")}.");
            AnsiConsole.MarkupLine("[grey]Ctrl+C stops the feed.[/]");
            await app.WaitForShutdownAsync(ct);
            return 0;
        }));
        return command;
    }
}
