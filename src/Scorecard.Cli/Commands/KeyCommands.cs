using System.CommandLine;
using Scorecard.Etl.Pseudonymisation;
using Spectre.Console;

namespace Scorecard.Cli.Commands;

public static class KeyCommands
{
    public static Command Create()
    {
        var key = new Command("key", "Pseudonymisation key tools.");
        var create = new Command("new", "Print a new random pseudonymisation key (set it as Scorecard__PseudonymisationKey; never commit it).");
        create.SetAction(_ =>
        {
            Console.WriteLine(Pseudonymiser.NewKeyText());
            return 0;
        });
        key.Add(create);

        var kind = new Argument<string>("kind") { Description = "person, early help episode, referral, family, contact..." };
        var id = new Argument<string>("id") { Description = "The case system's identifier." };
        var lookup = new Command("pseudonym", "Show the pseudonym of a case-system id under the configured key, to find a child's rows in drill-through.") { kind, id };
        lookup.SetAction(ScorecardCli.Guarded((parse, settings, _) =>
        {
            var p = settings.ResolvePseudonymiser(createKeyFileIfMissing: false);
            AnsiConsole.WriteLine(p.Pseudonymise(parse.GetValue(kind)!, parse.GetValue(id)!));
            return Task.FromResult(0);
        }));
        key.Add(lookup);
        return key;
    }
}
