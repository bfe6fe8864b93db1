using System.CommandLine;
using Scorecard.Measures.Catalogue;

namespace Scorecard.Cli.Commands;

public static class MeasuresDocumentCommand
{
    public static Command Create()
    {
        var command = new Command("measures", "Print the measure catalogue (every definition, unit, polarity and settling window) as Markdown.");
        command.SetAction(_ =>
        {
            Console.Write(MeasureCatalogueDocument.Render());
            return 0;
        });
        return command;
    }
}
