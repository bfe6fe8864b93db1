using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Scorecard.Reports.Excel;

/// <summary>
/// ClosedXML writes print titles as relative references ("Definitions!4:4"); Excel reads them, but LibreOffice and
/// other readers do not repeat such rows on continuation pages. The saved workbook's print titles are made absolute
/// ("Definitions!$4:$4", "'Data quality'!$A:$A") so header rows repeat on every printed page.
/// </summary>
internal static partial class PrintTitles
{
    public const string Name = "_xlnm.Print_Titles";

    public static void MakeAbsolute(string path)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var names = document.WorkbookPart?.Workbook.DefinedNames;
        if (names is null) return;
        foreach (var name in names.Elements<DefinedName>().Where(n => n.Name?.Value == Name))
            name.Text = Absolute(name.Text);
        document.WorkbookPart!.Workbook.Save();
    }

    /// <summary>"Sheet!4:4,Sheet!A:B" -> "Sheet!$4:$4,Sheet!$A:$B".</summary>
    internal static string Absolute(string reference) => Part().Replace(reference, m => $"!${m.Groups[1].Value}:${m.Groups[2].Value}");

    [GeneratedRegex(@"!\$?([A-Z]+|\d+):\$?([A-Z]+|\d+)")]
    private static partial Regex Part();
}
