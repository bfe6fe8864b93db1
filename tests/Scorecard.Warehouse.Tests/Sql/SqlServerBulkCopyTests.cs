using Microsoft.EntityFrameworkCore;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Integration;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Warehouse.Tests.Sql;

/// <summary>
/// The SqlBulkCopy path of BulkInsert maps columns by name from the EF model. SQL Server cannot run here, so the
/// mapping is checked against the schema script generated from the same model's migrations (warehouse-sql/01-schema.sql,
/// parsed with SQL Server 2017's parser): every column sent exists, with a type that takes the value sent, and every
/// column the table requires is sent.
/// </summary>
public class SqlServerBulkCopyTests
{
    private static readonly Lazy<Dictionary<string, List<ColumnDefinition>>> Tables = new(() =>
    {
        var parser = new TSql140Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(File.ReadAllText(Path.Combine(Repository.Root, "warehouse-sql", "01-schema.sql")));
        var script = (TSqlScript)parser.Parse(reader, out var errors);
        errors.ShouldBeEmpty();
        var tables = new Dictionary<string, List<ColumnDefinition>>(StringComparer.OrdinalIgnoreCase);
        foreach (var create in script.Batches.SelectMany(b => b.Statements).SelectMany(Flatten).OfType<CreateTableStatement>())
            tables[$"{create.SchemaObjectName.SchemaIdentifier?.Value}.{create.SchemaObjectName.BaseIdentifier.Value}"] = create.Definition.ColumnDefinitions.ToList();
        // Columns added by later migrations.
        foreach (var alter in script.Batches.SelectMany(b => b.Statements).SelectMany(Flatten).OfType<AlterTableAddTableElementStatement>())
            tables[$"{alter.SchemaObjectName.SchemaIdentifier?.Value}.{alter.SchemaObjectName.BaseIdentifier.Value}"].AddRange(alter.Definition.ColumnDefinitions);
        return tables;
    });

    // The idempotent script wraps each statement in IF NOT EXISTS ... BEGIN ... END, with EXEC for some.
    private static IEnumerable<TSqlStatement> Flatten(TSqlStatement statement) => statement switch
    {
        IfStatement i => new[] { i.ThenStatement, i.ElseStatement }.Where(s => s is not null).SelectMany(s => Flatten(s!)),
        BeginEndBlockStatement b => b.StatementList.Statements.SelectMany(Flatten),
        _ => [statement],
    };

    public static TheoryData<string> BulkWrittenEntities() => new(nameof(CalendarDate), nameof(MeasureValue));

    [Theory]
    [MemberData(nameof(BulkWrittenEntities))]
    public void Mapping_MatchesTheTableTheModelMakes(string entityName)
    {
        using var db = new SqlServerWarehouseContext(new DbContextOptionsBuilder<SqlServerWarehouseContext>().UseSqlServer("Server=unused", WarehouseContextFactory.SqlServerOptions).Options);
        var entity = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == entityName);
        var columns = SqlServerBulkCopy.Columns(entity);
        var table = Tables.Value[$"{entity.GetSchema()}.{entity.GetTableName()}"];

        columns.ShouldNotBeEmpty();
        foreach (var c in columns)
        {
            var definition = table.SingleOrDefault(d => d.ColumnIdentifier.Value == c.Name);
            definition.ShouldNotBeNull($"{entityName}.{c.Property.Name} is sent to column {c.Name}, which the table lacks");
            Accepts(((SqlDataTypeReference)definition.DataType).SqlDataTypeOption, c.SentAs).ShouldBeTrue($"{c.Name}: {c.SentAs.Name} into {((SqlDataTypeReference)definition.DataType).SqlDataTypeOption}");
        }
        // Every NOT NULL column without a default or identity is sent (else every row would fail).
        foreach (var d in table.Where(d => d.Constraints.OfType<NullableConstraintDefinition>().Any(n => !n.Nullable) && d.IdentityOptions is null && d.DefaultConstraint is null))
            columns.ShouldContain(c => c.Name == d.ColumnIdentifier.Value, $"{entityName}: required column {d.ColumnIdentifier.Value} is not sent");
    }

    private static bool Accepts(SqlDataTypeOption type, Type sent) => type switch
    {
        SqlDataTypeOption.Int => sent == typeof(int),
        SqlDataTypeOption.BigInt => sent == typeof(long),
        SqlDataTypeOption.SmallInt => sent == typeof(short),
        SqlDataTypeOption.Bit => sent == typeof(bool),
        SqlDataTypeOption.Float => sent == typeof(double),
        SqlDataTypeOption.Date => sent == typeof(DateTime),
        SqlDataTypeOption.DateTime2 => sent == typeof(DateTime),
        SqlDataTypeOption.NVarChar => sent == typeof(string),
        _ => false,
    };

    [Fact]
    public void TheContextTranslatesForSqlServer2017()
    {
        using var db = new SqlServerWarehouseContext(new DbContextOptionsBuilder<SqlServerWarehouseContext>().UseSqlServer("Server=unused", WarehouseContextFactory.SqlServerOptions).Options);
        // A list parameter: at compatibility level 160 EF Core sends it as JSON read by OPENJSON ... WITH; at 140 too,
        // but nothing newer. The query must parse as SQL Server 2017 T-SQL.
        var ids = new[] { 1, 2, 3 };
        var sql = db.LoadBatches.Where(b => ids.Contains(b.LoadBatchId) && b.Status == LoadStatus.Succeeded).OrderByDescending(b => b.LoadBatchId).Select(b => b.FinishedAtUtc).Take(1).ToQueryString();
        using var reader = new StringReader(sql);
        new TSql140Parser(true).Parse(reader, out var errors);
        errors.Select(e => e.Message).ShouldBeEmpty(sql);
    }
}
