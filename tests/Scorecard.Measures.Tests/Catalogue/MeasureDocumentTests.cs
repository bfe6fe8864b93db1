using Scorecard.Measures.Catalogue;

namespace Scorecard.Measures.Tests.Catalogue;

public class MeasureDocumentTests
{
    [Fact]
    public void MeasuresDoc_IsTheCatalogueInCode()
    {
        var committed = File.ReadAllText(Path.Combine(Repository.Root, "docs", "measures.md")).ReplaceLineEndings("\n");
        committed.ShouldBe(MeasureCatalogueDocument.Render(),
            "docs/measures.md is out of date: run `dotnet run --project src/Scorecard.Cli -- measures > docs/measures.md`");
    }

    [Fact]
    public void QA02_IsDefinedAsAuditsByOverallGrade_InTheCatalogueAndTheDoc()
    {
        // One thing, said the same everywhere: audits graded (by overall grade), with the sections as a breakdown.
        var qa02 = MeasureCatalogue.Find("QA02")!;
        qa02.CountingUnit.ShouldBe("Audit");
        qa02.Description.ShouldStartWith("Case audits in the period with an overall grade, counted by their final overall grade");
        MeasureCatalogueDocument.Render().ShouldContain("| QA02 | Audit grade distribution | Count | Context | Audit |");
    }
}
