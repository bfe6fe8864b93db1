using System.Text;
using Scorecard.Etl.Pseudonymisation;

namespace Scorecard.Etl.Tests.Loading;

public class PseudonymisationTests
{
    [Fact]
    public void Pseudonymise_DependsOnTheKeyAndTheKindOfIdentifier()
    {
        var a = Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText());
        var b = Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText());

        a.Pseudonymise("person", "P1001").ShouldBe(a.Pseudonymise("person", " P1001 "));
        a.Pseudonymise("person", "P1001").ShouldNotBe(b.Pseudonymise("person", "P1001"));
        a.Pseudonymise("person", "1001").ShouldNotBe(a.Pseudonymise("referral", "1001"));
        a.Pseudonymise("person", "P1001").Length.ShouldBe(32);
    }

    [Fact]
    public void Pseudonymise_IsHmacSha256OfKindAndId()
    {
        // Worked by hand: HMAC-SHA256 with a 32-byte key of 0x01 over "person\0P1", first 16 bytes as hex.
        var key = Enumerable.Repeat((byte)1, 32).ToArray();
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("person\0P1"))[..16]);

        new Pseudonymiser(key).Pseudonymise("person", "P1").ShouldBe(expected);
    }

    [Fact]
    public void Constructor_RefusesAShortKey() =>
        Should.Throw<ArgumentException>(() => new Pseudonymiser(new byte[16]));

    [Fact]
    public async Task Load_LeavesNoChildIdentifierInTheDatabaseFile()
    {
        using var w = new TestWarehouse();
        // Long, distinctive ids: two-letter ids would turn up by chance in the file's binary pages.
        static string Distinct(string csv) => csv
            .Replace("P100", "CHILD-ID-100", StringComparison.Ordinal)
            .Replace("W1", "WORKER-ID-1", StringComparison.Ordinal).Replace("W2", "WORKER-ID-2", StringComparison.Ordinal)
            .Replace("\nE", "\nEPISODE-ID-", StringComparison.Ordinal);
        var extract = w.WriteExtract("x",
            ("ssd_department.csv", Fixtures.Departments),
            ("ssd_person.csv", Distinct(Fixtures.People)),
            ("ssd_early_help_episodes.csv", Distinct(Fixtures.Episodes) + "\nEPISODE-ID-9,CHILD-ID-7777,2024-05-01,,Parenting,,Health Visiting,WORKER-ID-3\n"));

        var result = await w.Loader.LoadAsync(extract);
        result.RowsRejected.ShouldBe(1); // the dangling CHILD-ID-7777, whose reject shows only its pseudonym
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var bytes = Directory.GetFiles(w.Folder, "warehouse.db*").SelectMany(File.ReadAllBytes).ToArray();
        var text = Encoding.UTF8.GetString(bytes);
        // (Full dates of birth cannot be looked for in the file: the date dimension holds every day. See below.)
        foreach (var raw in new[] { "CHILD-ID", "WORKER-ID", "EPISODE-ID", "Amelia", "Oliver" })
            text.ShouldNotContain(raw, Case.Sensitive, $"'{raw}' from the extract is in the database file");
        text.ShouldContain(w.Pseudonymiser.Pseudonymise("person", "CHILD-ID-1001"));
        await using var db = w.Open();
        db.People.Select(p => p.MonthOfBirth).AsEnumerable().ShouldAllBe(m => m!.Value.Day == 1);
    }
}
