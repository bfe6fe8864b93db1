using Scorecard.Etl.Sources.Ssd;

namespace Scorecard.Etl.Tests.Loading;

public class ContractDocumentTests
{
    [Fact]
    public void ExtractContractDoc_MatchesTheContractInCode()
    {
        var repo = Repository.Root;
        var committed = File.ReadAllText(Path.Combine(repo, "docs", "extract-contract.md")).ReplaceLineEndings("\n");

        committed.ShouldBe(ExtractContractDocument.Render(),
            "docs/extract-contract.md is out of date: run `dotnet run --project src/Scorecard.Cli -- contract > docs/extract-contract.md`");
    }

    [Fact]
    public void Contract_ListsEveryColumnOnce_AndOnlyPersonIsRequired()
    {
        ExtractContract.Tables.Where(t => t.Required).Select(t => t.Name).ShouldBe(["ssd_person"]);
        foreach (var t in ExtractContract.Tables)
        {
            t.Columns.Select(c => c.Name).ShouldBeUnique();
            t.KeyColumns.ShouldNotBeEmpty();
        }
    }

}
