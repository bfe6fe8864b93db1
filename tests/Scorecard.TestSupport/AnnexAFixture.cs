using ClosedXML.Excel;

namespace Scorecard.TestSupport;

/// <summary>
/// A small Annex A workbook in the later layout councils send (sheets "List 1", "List 3"; headers in the first row;
/// dates as Excel serial numbers; codes with their letter), as the LIIA tools' sample has it. Its records fall in
/// 2024-25 Q2 (July to September 2024):
///   List 1 contacts: K1 on 2 Jul (45475), K2 on 3 Jul (45476), both from the police ("q) 6: Police").
///   List 3 referrals: K1 on 4 Jul (45477), K2 on 5 Aug (45509), K3 on 2 Sep (45537); K3's NFA.
/// So CS02 (referrals) for 2024-25 Q2 is 3 and CS02N 1; EH09 (contacts resulting in early help) cannot be said:
/// Annex A records no contact outcome. Annex A has no spidergraphs, audits or TAF reviews at all.
/// </summary>
public static class AnnexAFixture
{
    public static string Write(string folder, string name = "annex-a.xlsx")
    {
        using var wb = new XLWorkbook();
        var contacts = wb.Worksheets.Add("List 1");
        Row(contacts, 1, "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Contact", "Contact Source");
        Row(contacts, 2, "K1", "b) Female", "a) WBRI", 42370.0, 8.5, 45475.0, "q) 6: Police");
        Row(contacts, 3, "K2", "a) Male", "a) WBRI", 42736.0, 7.5, 45476.0, "q) 6: Police");
        var referrals = wb.Worksheets.Add("List 3");
        Row(referrals, 1, "Child Unique ID", "Gender", "Ethnicity", "Date of Birth", "Age", "Date of Referral", "Referral Source", "Referral NFA?", "Allocated Team", "Allocated Worker");
        Row(referrals, 2, "K1", "b) Female", "a) WBRI", 42370.0, 8.5, 45477.0, "q) 6: Police", "No", "MASH", "Worker One");
        Row(referrals, 3, "K2", "a) Male", "a) WBRI", 42736.0, 7.5, 45509.0, "q) 6: Police", "No", "MASH", "Worker Two");
        Row(referrals, 4, "K3", "a) Male", "a) WBRI", 43101.0, 6.5, 45537.0, "a) 2A: Schools", "Yes", "MASH", "Worker Two");
        var path = Path.Combine(folder, name);
        wb.SaveAs(path);
        return path;
    }

    private static void Row(IXLWorksheet ws, int row, params object[] values)
    {
        for (var c = 0; c < values.Length; c++)
            if (values[c] is double d) ws.Cell(row, c + 1).Value = d;
            else ws.Cell(row, c + 1).SetValue(values[c].ToString());
    }
}
