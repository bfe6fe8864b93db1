using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Scorecard.Warehouse.Tests.Sql;

/// <summary>
/// SQL Server cannot run here, so its scripts are proven by the parser SQL Server tools use, for SQL Server 2017
/// (TSql140Parser): the oldest release Scorecard supports, so nothing newer (IS DISTINCT FROM, GREATEST) slips in.
/// The schema script is the one the migrations generate, every table and column is described in it, and the
/// migration history is frozen.
/// </summary>
public class WarehouseSqlScriptTests
{
    private static string SqlFolder => Path.Combine(Repository.Root, "warehouse-sql");

    public static TheoryData<string> Scripts() => new(Directory.GetFiles(SqlFolder, "*.sql").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Script_ParsesAsTransactSql(string script)
    {
        var fragment = Parse(script, out var errors);
        errors.Select(e => $"line {e.Line}: {e.Message}").ShouldBeEmpty();
        ((TSqlScript)fragment).Batches.Count.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void SchemaScript_IsExactlyTheScriptTheMigrationsGenerate()
    {
        // The whole script, not only the migration ids: a column changed in a migration (or a comment, an index)
        // changes the generated script, and the file must be regenerated from the migrations to match it.
        using var db = Contexts.SqlServer();
        var generated = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);
        var file = File.ReadAllText(Path.Combine(SqlFolder, "01-schema.sql"));
        Normalise(file).ShouldBe(Normalise(generated),
            "warehouse-sql/01-schema.sql is not the script the migrations generate: regenerate it (see warehouse-sql/README.md)");
    }

    [Fact]
    public void SchemaScript_DescribesEveryTableAndColumn_ForADba()
    {
        using var db = Contexts.SqlServer();
        var script = File.ReadAllText(Path.Combine(SqlFolder, "01-schema.sql"));
        var missing = new List<string>();
        foreach (var entity in db.GetService<IDesignTimeModel>().Model.GetEntityTypes())
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            if (string.IsNullOrWhiteSpace(entity.GetComment())) missing.Add($"{table.Schema}.{table.Name} (model)");
            if (!HasDescription(script, table.Schema!, table.Name, null)) missing.Add($"{table.Schema}.{table.Name} (script)");
            foreach (var property in entity.GetProperties())
            {
                var column = property.GetColumnName(table)!;
                if (string.IsNullOrWhiteSpace(property.GetComment())) missing.Add($"{table.Schema}.{table.Name}.{column} (model)");
                if (!HasDescription(script, table.Schema!, table.Name, column)) missing.Add($"{table.Schema}.{table.Name}.{column} (script)");
            }
        }
        missing.ShouldBeEmpty();
    }

    [Fact]
    public void MigrationHistory_IsFrozen_EveryMigrationGeneratesWhatItDidWhenItLanded()
    {
        // Each migration's SQL, per provider, against its recorded hash. A new migration is added to the record once;
        // a landed one never changes (the schema of councils that ran it would differ from ours).
        var recorded = MigrationHistory.Read();
        var problems = MigrationHistory.Check(recorded, MigrationHistory.Generate());
        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void MigrationHistory_CatchesAChangedColumn_InALandedMigration()
    {
        // InitialWarehouse for SQL Server, with one column changed as someone editing it would change it: Period.Label
        // from nvarchar(200) to nvarchar(100). Its SQL no longer matches the record, and the check names it.
        using var db = Contexts.SqlServer();
        var initial = db.GetService<IMigrationsAssembly>().Migrations.First();
        var migration = db.GetService<IMigrationsAssembly>().CreateMigration(initial.Value, db.Database.ProviderName!);
        var edited = migration.UpOperations.ToList();
        var label = edited.OfType<CreateTableOperation>().Single(t => t.Name == "Period").Columns.Single(c => c.Name == "Label");
        label.MaxLength = 100;
        label.ColumnType = "nvarchar(100)";
        var actual = MigrationHistory.Generate().Select(m => m.Provider == "SqlServer" && m.Id == initial.Key
            ? m with { Sha256 = MigrationHistory.Hash(db, edited, migration.TargetModel!) }
            : m).ToList();

        var problems = MigrationHistory.Check(MigrationHistory.Read(), actual);

        problems.ShouldHaveSingleItem().ShouldContain($"SqlServer {initial.Key}");
        problems[0].ShouldContain("changed after it landed");
    }

    [Fact]
    public void PowerBiViews_OfTheScorecard_SelectFromThePublishedTables_WithNoLogicOfTheirOwn()
    {
        var views = Views(Parse("02-powerbi-views.sql", out _)).ToDictionary(v => v.SchemaObjectName.BaseIdentifier.Value);
        foreach (var name in new[] { "OrganisationUnit", "MeasureValue", "MeasureValuePublished" })
        {
            var query = (QuerySpecification)views[name].SelectStatement.QueryExpression;
            var from = query.FromClause.TableReferences.ShouldHaveSingleItem().ShouldBeOfType<NamedTableReference>();
            from.SchemaObject.SchemaIdentifier.Value.ShouldBe("Published", name);
            // Column references only (an alias at most): no expression, no function, no join.
            query.SelectElements.ShouldAllBe(e => e is SelectScalarExpression && ((SelectScalarExpression)e).Expression is ColumnReferenceExpression, name);
        }
        ((NamedTableReference)((QuerySpecification)views["MeasureValuePublished"].SelectStatement.QueryExpression).FromClause.TableReferences[0])
            .SchemaObject.BaseIdentifier.Value.ShouldBe("PartnershipMeasureValue");
    }

    [Fact]
    public void PowerBiViews_HoldNoCaseOrFormatLogic()
    {
        var finder = new LogicFinder();
        foreach (var view in Views(Parse("02-powerbi-views.sql", out _))) view.Accept(finder);
        finder.Found.ShouldBeEmpty();
    }

    private static bool HasDescription(string script, string schema, string table, string? column) =>
        script.Contains(column is null
            ? $"'SCHEMA', N'{schema}', 'TABLE', N'{table}';"
            : $"'SCHEMA', N'{schema}', 'TABLE', N'{table}', 'COLUMN', N'{column}';", StringComparison.Ordinal);

    private static string Normalise(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").TrimEnd();

    private static TSqlFragment Parse(string script, out IList<ParseError> errors)
    {
        using var reader = new StringReader(File.ReadAllText(Path.Combine(SqlFolder, script)));
        return new TSql140Parser(initialQuotedIdentifiers: true).Parse(reader, out errors);
    }

    private static IEnumerable<CreateOrAlterViewStatement> Views(TSqlFragment script) =>
        ((TSqlScript)script).Batches.SelectMany(b => b.Statements).OfType<CreateOrAlterViewStatement>();

    /// <summary>CASE, IIF, CHOOSE and FORMAT anywhere in a view: decisions that belong to the published model.</summary>
    private sealed class LogicFinder : TSqlFragmentVisitor
    {
        public List<string> Found { get; } = [];
        public override void Visit(SearchedCaseExpression node) => Found.Add($"CASE at line {node.StartLine}");
        public override void Visit(SimpleCaseExpression node) => Found.Add($"CASE at line {node.StartLine}");
        public override void Visit(IIfCall node) => Found.Add($"IIF at line {node.StartLine}");
        public override void Visit(FunctionCall node)
        {
            if (node.FunctionName.Value.ToUpperInvariant() is "FORMAT" or "CHOOSE") Found.Add($"{node.FunctionName.Value} at line {node.StartLine}");
        }
    }
}

/// <summary>The providers' contexts, built offline: generating SQL never connects.</summary>
internal static class Contexts
{
    public static SqlServerWarehouseContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerWarehouseContext>().UseSqlServer("Server=unused").Options);

    public static IEnumerable<(string Provider, WarehouseContext Context)> All() =>
    [
        ("Sqlite", new SqliteWarehouseContext(new DbContextOptionsBuilder<SqliteWarehouseContext>().UseSqlite("Data Source=unused.db").Options)),
        ("SqlServer", SqlServer()),
        ("Postgres", new PostgresWarehouseContext(new DbContextOptionsBuilder<PostgresWarehouseContext>().UseNpgsql("Host=unused").Options)),
    ];
}

/// <summary>
/// The record of every landed migration (src/Scorecard.Warehouse/Migrations/history.txt): provider, id and the
/// SHA-256 of the SQL its Up generates. The history bookkeeping lines (which carry the EF Core version) are left out.
/// </summary>
internal static class MigrationHistory
{
    public sealed record Entry(string Provider, string Id, string Sha256);

    public static string File => Path.Combine(Repository.Root, "src", "Scorecard.Warehouse", "Migrations", "history.txt");

    public static List<Entry> Read() =>
        System.IO.File.ReadAllLines(File).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(p => new Entry(p[0], p[1], p[2])).ToList();

    public static List<Entry> Generate()
    {
        var entries = new List<Entry>();
        foreach (var (provider, db) in Contexts.All())
            using (db)
            {
                var assembly = db.GetService<IMigrationsAssembly>();
                foreach (var (id, type) in assembly.Migrations)
                {
                    var migration = assembly.CreateMigration(type, db.Database.ProviderName!);
                    entries.Add(new Entry(provider, id, Hash(db, migration.UpOperations, migration.TargetModel!)));
                }
            }
        return entries;
    }

    public static string Hash(WarehouseContext db, IReadOnlyList<MigrationOperation> operations, IModel target)
    {
        var model = db.GetService<IModelRuntimeInitializer>().Initialize(target, designTime: true, validationLogger: null);
        var sql = string.Join("\n", db.GetService<IMigrationsSqlGenerator>().Generate(operations, model)
            .Select(c => c.CommandText.ReplaceLineEndings("\n")).Where(c => !c.Contains("__EFMigrationsHistory", StringComparison.Ordinal)));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));
    }

    /// <summary>What differs between the record and the migrations: a changed landed migration, or one not yet recorded.</summary>
    public static List<string> Check(IReadOnlyList<Entry> recorded, IReadOnlyList<Entry> actual)
    {
        var problems = new List<string>();
        var known = recorded.ToDictionary(e => (e.Provider, e.Id));
        foreach (var e in actual)
        {
            if (!known.TryGetValue((e.Provider, e.Id), out var r))
                problems.Add($"{e.Provider} {e.Id} is new: once it is final, add this line to {File}: {e.Provider} {e.Id} {e.Sha256}");
            else if (r.Sha256 != e.Sha256)
                problems.Add($"{e.Provider} {e.Id} was changed after it landed: add a new migration instead of editing this one.");
        }
        foreach (var r in recorded.Where(r => !actual.Any(e => e.Provider == r.Provider && e.Id == r.Id)))
            problems.Add($"{r.Provider} {r.Id} is recorded but no longer in the assembly: landed migrations are never removed.");
        return problems;
    }
}
