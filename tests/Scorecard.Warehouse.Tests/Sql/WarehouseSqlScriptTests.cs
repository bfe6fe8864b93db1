using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Scorecard.Warehouse.Tests.Sql;

/// <summary>
/// SQL Server cannot run here, so its scripts are proven by the parser SQL Server tools use, for SQL Server 2017
/// (TSql140Parser): the oldest release Scorecard supports, so nothing newer (IS DISTINCT FROM, GREATEST) slips in.
/// </summary>
public class WarehouseSqlScriptTests
{
    public static TheoryData<string> Scripts() => new(Directory.GetFiles(Path.Combine(Repository.Root, "warehouse-sql"), "*.sql").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_ParsesAsTransactSql(string script)
    {
        var parser = new TSql140Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Repository.Root, "warehouse-sql", script)));

        var fragment = parser.Parse(reader, out var errors);

        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
        ((TSqlScript)fragment).Batches.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void SchemaScript_IsUpToDateWithTheMigrations()
    {
        // The script is generated from the migrations; every migration must be in it.
        using var db = new SqlServerWarehouseContext(new DbContextOptionsBuilder<SqlServerWarehouseContext>().UseSqlServer("Server=unused").Options);
        var script = File.ReadAllText(Path.Combine(Repository.Root, "warehouse-sql", "01-schema.sql"));
        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();

        migrations.ShouldNotBeEmpty();
        foreach (var id in migrations)
            script.ShouldContain(id, customMessage: "warehouse-sql/01-schema.sql is out of date: regenerate it (see warehouse-sql/README.md)");
    }

}
