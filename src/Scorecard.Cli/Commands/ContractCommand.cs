using System.CommandLine;
using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Cli.Commands;

public static class ContractCommand
{
    public static Command Create()
    {
        var command = new Command("contract", "Print the extract contract (every file, column, type and code list) as Markdown.");
        command.SetAction(_ =>
        {
            Console.Write(ExtractContractDocument.Render());
            return 0;
        });
        return command;
    }
}
