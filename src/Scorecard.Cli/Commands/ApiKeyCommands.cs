using System.CommandLine;
using Scorecard.Api.Security;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

/// <summary>
/// `scorecard api-key`: credentials for the OData feed. The secret is printed once, here; the server is given
/// only its hash, through environment variables or appsettings, never through the repository.
/// </summary>
public static class ApiKeyCommands
{
    public static Command Create()
    {
        var group = new Command("api-key", "Create credentials for the OData feed (an API key for Power BI's Web API credential, or a Basic user).");
        group.Add(CreateKey());
        group.Add(CreateUser());
        return group;
    }

    private static Option<string> RoleOption() => new("--role")
    {
        Description = $"What the holder may read: {string.Join(", ", FeedRoles.All)}.",
        DefaultValueFactory = _ => FeedRoles.Analyst,
    };

    private static Option<int> IndexOption(string what) => new("--index")
    {
        Description = $"Position in the configured list of {what} (0 for the first; use the next free number when you add one).",
        DefaultValueFactory = _ => 0,
    };

    private static Command CreateKey()
    {
        var role = RoleOption();
        var name = new Option<string>("--name") { Description = "Who or what holds the key (shown in logs instead of the key).", DefaultValueFactory = _ => "Power BI" };
        var index = IndexOption("keys");
        var command = new Command("new", "Print a new API key once, and the configuration lines holding its SHA-256 hash.") { role, name, index };
        command.SetAction(parse =>
        {
            var r = CheckedRole(parse.GetValue(role));
            if (r is null) return 1;
            var key = SecretHashing.NewKey();
            var hash = SecretHashing.HashKey(key);
            var n = parse.GetValue(index);
            var holder = parse.GetValue(name)!;
            AnsiConsole.MarkupLineInterpolated($"New API key for [bold]{holder}[/] ({r}). It is shown this once: give it to its holder now.");
            Console.WriteLine();
            Console.WriteLine($"  {key}");
            Console.WriteLine();
            PrintSettings("Keys", n, [("Name", holder), ("Role", r), ("Sha256", hash)]);
            AnsiConsole.MarkupLine("In Power BI: Get data > OData feed, the feed URL, then the [bold]Web API[/] credential with this key " +
                "(OData.Feed(url, null, [[ApiKeyName=\"api_key\"]])). Scripts can send it in the X-Api-Key header instead.");
            return 0;
        });
        return command;
    }

    private static Command CreateUser()
    {
        var role = RoleOption();
        var user = new Option<string>("--user") { Description = "The user name to sign in with.", Required = true };
        var index = IndexOption("users");
        var passwordFromStdin = new Option<bool>("--password-stdin") { Description = "Read the password from standard input instead of generating one." };
        var command = new Command("user", "Create a Basic user: prints the password once (or reads yours) and the configuration lines holding its salted PBKDF2 hash.")
            { role, user, index, passwordFromStdin };
        command.SetAction(parse =>
        {
            var r = CheckedRole(parse.GetValue(role));
            if (r is null) return 1;
            var generated = !parse.GetValue(passwordFromStdin);
            var password = generated ? SecretHashing.NewPassword() : (Console.In.ReadLine() ?? "").TrimEnd('\r', '\n');
            if (password.Length < 12)
            {
                AnsiConsole.MarkupLine("[red]error:[/] use a password of at least 12 characters.");
                return 1;
            }
            var name = parse.GetValue(user)!;
            AnsiConsole.MarkupLineInterpolated($"Basic user [bold]{name}[/] ({r}).");
            if (generated)
            {
                AnsiConsole.MarkupLine("Password, shown this once:");
                Console.WriteLine();
                Console.WriteLine($"  {password}");
                Console.WriteLine();
            }
            PrintSettings("Users", parse.GetValue(index), [("Name", name), ("Role", r), ("PasswordHash", SecretHashing.HashPassword(password))]);
            AnsiConsole.MarkupLine("In Power BI choose the [bold]Basic[/] credential. Basic sends the password with every request: serve the feed over HTTPS.");
            return 0;
        });
        return command;
    }

    private static string? CheckedRole(string? role)
    {
        var r = FeedRoles.Normalise(role);
        if (r is null) AnsiConsole.MarkupLineInterpolated($"[red]error:[/] '{role}' is not a role. Use one of {string.Join(", ", FeedRoles.All)}.");
        return r;
    }

    private static void PrintSettings(string list, int index, (string Name, string Value)[] values)
    {
        AnsiConsole.MarkupLine("Give the feed these settings (keep them in your secret store or the service's environment, never in the repository):");
        Console.WriteLine();
        Console.WriteLine("  # environment variables");
        foreach (var (name, value) in values) Console.WriteLine($"  Scorecard__Api__{list}__{index}__{name}={Quote(value)}");
        Console.WriteLine();
        Console.WriteLine("  # or appsettings.json");
        var fields = string.Join(", ", values.Select(v => $"\"{v.Name}\": \"{v.Value}\""));
        Console.WriteLine($"  \"Scorecard\": {{ \"Api\": {{ \"{list}\": [ {{ {fields} }} ] }} }}");
        Console.WriteLine();
    }

    /// <summary>Quotes a value for a shell when it needs it ('$' in a PBKDF2 hash, spaces in a name).</summary>
    private static string Quote(string value) => value.Any(c => char.IsWhiteSpace(c) || c is '$' or '"' or '\'') ? $"'{value}'" : value;
}
