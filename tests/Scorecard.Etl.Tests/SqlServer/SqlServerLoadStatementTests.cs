using System.Data;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Pseudonymisation;
using Scorecard.Etl.Sources;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.SampleData;
using Scorecard.Warehouse;

namespace Scorecard.Etl.Tests.SqlServer;

/// <summary>
/// No SQL Server runs on the build machines. These tests run the load's table loader (staging, set-based checks,
/// merge, rejects, deletions and the archive) for every table of a generated council with planted bad rows,
/// against a connection that records each statement, and parse every one with SQL Server 2017's parser
/// (TSql140Parser): the oldest release Scorecard supports. The rows SqlBulkCopy would send are checked against
/// the staging table the same statements create.
/// </summary>
public sealed class SqlServerLoadStatementTests : IClassFixture<SqlServerLoadStatementTests.Council>
{
    private readonly Council _council;

    public SqlServerLoadStatementTests(Council council) => _council = council;

    public sealed class Council : IDisposable
    {
        public GeneratedFolder Extract { get; } = new(new SyntheticCouncilOptions { Children = 150, Seed = 7, DirtyShare = 0.05 });
        public void Dispose() => Extract.Dispose();
    }

    public enum Warehouse
    {
        /// <summary>Every table empty: the first-load path (straight insert, then the checks for what it skipped).</summary>
        Empty,
        /// <summary>Every table holding records, some of which the extract no longer has: checks, merge, deletions.</summary>
        Populated,
        /// <summary>`scorecard check`: the same reading and checks, counting what a load would change.</summary>
        Check,
    }

    [Theory]
    [InlineData(Warehouse.Empty)]
    [InlineData(Warehouse.Populated)]
    [InlineData(Warehouse.Check)]
    public async Task EveryStatement_ParsesAsSqlServer2017(Warehouse warehouse)
    {
        var (statements, _) = await RunAsync(warehouse);

        statements.Count.ShouldBeGreaterThan(100);
        var failures = Parsed(statements).Where(p => p.Errors.Count > 0).Select(p => $"{p.Errors[0].Message} (column {p.Errors[0].Column}) in:\n{p.Sql}").ToList();
        failures.ShouldBeEmpty();
        // What only PostgreSQL, SQLite or SQL Server 2022 accept never reaches SQL Server.
        foreach (var foreign in new[] { "IS DISTINCT FROM", " LIMIT ", "ON CONFLICT", "||", "json_", "AS TEXT", "excluded." })
            statements.ShouldNotContain(s => s.Contains(foreign, StringComparison.OrdinalIgnoreCase), foreign);
    }

    /// <summary>
    /// SQL Server refuses an aggregate over an expression holding a subquery (Msg 130, "Cannot perform an aggregate
    /// function on an expression containing an aggregate or a subquery") when it binds the statement, after its parser
    /// has accepted it; and its IS DISTINCT FROM is a subquery (NOT EXISTS (SELECT a INTERSECT SELECT b)). The
    /// comparison that dates a load's changes once took MIN and MAX over such tests.
    /// </summary>
    [Theory]
    [InlineData(Warehouse.Empty)]
    [InlineData(Warehouse.Populated)]
    [InlineData(Warehouse.Check)]
    public async Task NoAggregate_TakesASubquery(Warehouse warehouse)
    {
        var (statements, _) = await RunAsync(warehouse);

        var found = new List<string>();
        foreach (var (sql, script, errors) in Parsed(statements))
        {
            errors.ShouldBeEmpty();
            var aggregates = new AggregatesOverSubqueries();
            script.Accept(aggregates);
            if (aggregates.Found.Count > 0) found.Add($"{string.Join(", ", aggregates.Found.Distinct())} over a subquery in:\n{sql}");
        }
        found.ShouldBeEmpty();
    }

    /// <summary>Each distinct statement as SQL Server 2017's parser reads it.</summary>
    private static IEnumerable<(string Sql, TSqlFragment Script, IList<ParseError> Errors)> Parsed(IEnumerable<string> statements)
    {
        var parser = new TSql140Parser(initialQuotedIdentifiers: true);
        foreach (var sql in statements.Distinct())
        {
            using var reader = new StringReader(sql);
            var script = parser.Parse(reader, out var errors);
            yield return (sql, script, errors);
        }
    }

    /// <summary>Aggregate calls whose arguments hold a subquery (EXISTS and IN (SELECT ...) hold one too).</summary>
    private sealed class AggregatesOverSubqueries : TSqlFragmentVisitor
    {
        private static readonly HashSet<string> Aggregates = new(["MIN", "MAX", "SUM", "COUNT", "COUNT_BIG", "AVG"], StringComparer.OrdinalIgnoreCase);
        public List<string> Found { get; } = [];

        public override void ExplicitVisit(FunctionCall node)
        {
            if (Aggregates.Contains(node.FunctionName.Value))
            {
                var inside = new Subqueries();
                foreach (var parameter in node.Parameters) parameter.Accept(inside);
                if (inside.Any) Found.Add(node.FunctionName.Value);
            }
            base.ExplicitVisit(node);
        }

        private sealed class Subqueries : TSqlFragmentVisitor
        {
            public bool Any { get; private set; }
            public override void Visit(ScalarSubquery node) => Any = true;
        }
    }

    [Fact]
    public async Task TheStatementsCoverEveryPartOfALoad()
    {
        var empty = (await RunAsync(Warehouse.Empty)).Statements;
        var populated = (await RunAsync(Warehouse.Populated)).Statements;
        var check = (await RunAsync(Warehouse.Check)).Statements;

        empty.ShouldContain(s => s.StartsWith("CREATE TABLE #stg_ssd_person (line int NOT NULL", StringComparison.Ordinal));
        empty.ShouldContain(s => s.Contains("ROW_NUMBER() OVER (PARTITION BY", StringComparison.Ordinal) && s.StartsWith("INSERT INTO [Dimension].[Person]", StringComparison.Ordinal));
        empty.ShouldContain(s => s.StartsWith("UPDATE #stg_", StringComparison.Ordinal) && s.Contains("duplicate", StringComparison.Ordinal));
        empty.ShouldContain(s => s.StartsWith("INSERT INTO [Integration].[Reject]", StringComparison.Ordinal));
        empty.ShouldContain(s => s.StartsWith("DROP TABLE IF EXISTS #stg_", StringComparison.Ordinal));

        populated.ShouldContain(s => s.StartsWith("UPDATE t SET", StringComparison.Ordinal) && s.Contains("INTERSECT", StringComparison.Ordinal));
        populated.ShouldContain(s => s.StartsWith("INSERT INTO [Fact].[Contact]", StringComparison.Ordinal) && s.Contains("NOT EXISTS (SELECT 1 FROM [Fact].[Contact] t", StringComparison.Ordinal));
        populated.ShouldContain(s => s.StartsWith("INSERT INTO [Integration].[DeletedRecord]", StringComparison.Ordinal) && s.Contains("FOR JSON PATH", StringComparison.Ordinal));
        populated.ShouldContain(s => s.StartsWith("DELETE FROM [Fact].", StringComparison.Ordinal));
        populated.ShouldContain(s => s.Contains("= NULL, [LineageBatchId] = 7", StringComparison.Ordinal));
        populated.ShouldContain(s => s.StartsWith("SELECT * INTO #stg_episode_teams FROM (", StringComparison.Ordinal) && s.Contains("SELECT TOP (1)", StringComparison.Ordinal));
        populated.ShouldContain(s => s.StartsWith("UPDATE t SET [OrgUnitKey] = x.team", StringComparison.Ordinal));

        check.ShouldContain(s => s.StartsWith("SELECT COUNT(*) FROM (SELECT", StringComparison.Ordinal) && s.Contains("INTERSECT", StringComparison.Ordinal));
        check.ShouldNotContain(s => s.StartsWith("INSERT INTO [", StringComparison.Ordinal) || s.StartsWith("DELETE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheMerge_KeepsAWorkedOutTeamOrWorker_WhereTheFileHasNone_InSqlServersSpelling()
    {
        var populated = (await RunAsync(Warehouse.Populated)).Statements;
        var check = (await RunAsync(Warehouse.Check)).Statements;
        const string keepWorker = "CASE WHEN t.[WorkerDerived] = 1 THEN t.[ProfessionalKey] END)";
        const string keepTeam = "CASE WHEN t.[TeamDerived] = 1 THEN t.[OrgUnitKey] END)";

        // ssd_early_help_episodes: the update before the insert of new keys writes the file's worker, or keeps one the
        // load worked out where the file has none, and keeps the flag with it (never x's value straight through).
        // (The upsert names the file's values x.[v<i>]; ext_early_help_episode_details' update x.v<i>, episode teams x.team.)
        var upsert = populated.Where(s => s.StartsWith("UPDATE t SET", StringComparison.Ordinal) && s.Contains("FROM [Fact].[EarlyHelpEpisode] AS t JOIN (", StringComparison.Ordinal)
            && s.Contains("x.[v", StringComparison.Ordinal)).ShouldHaveSingleItem();
        upsert.ShouldMatch(@"\[ProfessionalKey\] = COALESCE\(x\.\[v\d+\], " + System.Text.RegularExpressions.Regex.Escape(keepWorker));
        upsert.ShouldMatch(@"\[WorkerDerived\] = CASE WHEN x\.\[v\d+\] IS NULL AND t\.\[WorkerDerived\] = 1 THEN 1 ELSE x\.\[v\d+\] END");
        upsert.ShouldContain("NOT EXISTS (SELECT t.[ProfessionalKey] INTERSECT SELECT COALESCE(");
        // ext_early_help_episode_details (rows it names only): the same for the team.
        populated.ShouldContain(s => s.StartsWith("UPDATE t SET", StringComparison.Ordinal) && s.Contains("[OrgUnitKey] = COALESCE(x.v", StringComparison.Ordinal) && s.Contains(keepTeam, StringComparison.Ordinal));
        // Episode teams: a worker taken from the involvements is marked, and an earlier one is not the episode's own.
        populated.ShouldContain(s => s.StartsWith("SELECT * INTO #stg_episode_teams", StringComparison.Ordinal) && s.Contains("CASE WHEN [Fact].[EarlyHelpEpisode].[WorkerDerived] = 1 THEN NULL ELSE", StringComparison.Ordinal));
        populated.ShouldContain(s => s.StartsWith("UPDATE t SET [OrgUnitKey] = x.team", StringComparison.Ordinal) && s.Contains("[WorkerDerived] = CASE WHEN x.own_worker IS NULL AND x.worker IS NOT NULL THEN 1 ELSE 0 END", StringComparison.Ordinal));
        // A check counts as changed only what the merge would change, so it too keeps what was worked out.
        check.ShouldContain(s => s.StartsWith("SELECT COUNT(*) FROM (SELECT", StringComparison.Ordinal) && s.Contains(keepWorker, StringComparison.Ordinal));
        check.ShouldContain(s => s.Contains(keepTeam, StringComparison.Ordinal));
        // Each parses as SQL Server 2017 (as every statement does, see above).
        var parser = new TSql140Parser(initialQuotedIdentifiers: true);
        foreach (var sql in populated.Concat(check).Where(s => s.Contains("Derived] = 1", StringComparison.Ordinal)).Distinct())
        {
            using var reader = new StringReader(sql);
            parser.Parse(reader, out var errors);
            errors.ShouldBeEmpty(sql);
        }
    }

    [Fact]
    public async Task BulkCopy_SendsEachStagedValue_ToTheStagingColumnOfItsName_AndType()
    {
        var (statements, writers) = await RunAsync(Warehouse.Populated);

        writers.Count.ShouldBe(ExtractContract.Tables.Count(t => File.Exists(Path.Combine(_council.Extract.Folder, t.FileName))));
        var parser = new TSql140Parser(initialQuotedIdentifiers: true);
        foreach (var writer in writers)
        {
            var create = statements.Single(s => s.StartsWith($"CREATE TABLE {writer.Table} ", StringComparison.Ordinal));
            using var reader = new StringReader(create);
            var script = (TSqlScript)parser.Parse(reader, out var errors);
            errors.ShouldBeEmpty();
            var definitions = ((CreateTableStatement)script.Batches[0].Statements[0]).Definition.ColumnDefinitions
                .ToDictionary(c => c.ColumnIdentifier.Value, c => ((SqlDataTypeReference)c.DataType).SqlDataTypeOption);

            // Every mapping names a staging column, and every staging column is sent: by name, never by position.
            var mappings = SqlBulkCopyStagingWriter.Mappings(writer.Columns);
            mappings.Select(m => m.DestinationColumn).ShouldBe(definitions.Keys, ignoreOrder: true);
            mappings.ShouldAllBe(m => m.SourceColumn == m.DestinationColumn);
            foreach (DataColumn column in writer.Rows.Columns)
                definitions[column.ColumnName].ShouldBe(SqlTypeFor(column.DataType), $"{writer.Table}.{column.ColumnName}");
            // Every row the reader staged fitted the table SqlBulkCopy sends (it refuses a value of another type).
            writer.Rows.Rows.Count.ShouldBeGreaterThan(0, writer.Table);
        }
    }

    private static SqlDataTypeOption SqlTypeFor(Type sent) =>
        sent == typeof(int) ? SqlDataTypeOption.Int
        : sent == typeof(long) ? SqlDataTypeOption.BigInt
        : sent == typeof(bool) ? SqlDataTypeOption.Bit
        : sent == typeof(DateTime) ? SqlDataTypeOption.Date
        : sent == typeof(string) ? SqlDataTypeOption.NVarChar
        : throw new InvalidOperationException($"SqlBulkCopy would send a {sent.Name}.");

    /// <summary>The statements of one load of the council (or its check), and what each staging writer was given.</summary>
    private async Task<(List<string> Statements, List<RecordingWriter> Writers)> RunAsync(Warehouse warehouse)
    {
        var connection = new RecordingConnection(sql => Answer(warehouse, sql));
        var dialect = new RecordingDialect();
        await using var db = WarehouseContextFactory.Create(WarehouseProvider.SqlServer, connection);
        var options = new LoadOptions { DryRun = warehouse == Warehouse.Check, Today = new DateOnly(2025, 4, 1) };
        var warnings = new WarningLog();
        var session = new LoadSession(db, connection, new RecordingConnection.RecordingTransaction(connection), dialect, 7, ExtractLoader.SourceKind, options, warnings);
        var pseudonymiser = Pseudonymiser.FromKeyText(Pseudonymiser.NewKeyText());
        using var source = ExtractSource.Open(_council.Extract.Folder);
        foreach (var spec in ExtractContract.Tables)
        {
            if (source.FindFile(spec.FileName) is not { } file) continue;
            await using var stream = source.Open(file);
            using var reader = new CsvTableReader(spec, stream, file, pseudonymiser, today: options.Today, warnings: warnings);
            reader.ReadHeader().ShouldBeTrue(file);
            var loader = new TableLoader(session, spec, reader);
            try
            {
                await loader.LoadAsync(0, () => 0, null, CancellationToken.None);
            }
            catch (InvalidOperationException e) when (warehouse == Warehouse.Empty && e.Message.Contains("no row is lost unexplained", StringComparison.Ordinal))
            {
                // Nothing runs, so the first insert "inserts" nothing and the loader, rightly, refuses to account for
                // the rows: by then it has issued every statement of the path, including the checks that follow
                // a first insert that skipped rows.
            }
            if (!options.DryRun) await loader.DropStagingAsync(CancellationToken.None);
        }
        // After the tables, teams for episodes without one (from involvements or the organisation).
        if (!options.DryRun) await new EpisodeTeams(db, connection, new RecordingConnection.RecordingTransaction(connection), dialect, 7).AssignAsync(CancellationToken.None);
        return (connection.Statements, dialect.Writers);
    }

    /// <summary>What the recording server answers: enough to steer the loader down the path under test.</summary>
    private static int Answer(Warehouse warehouse, string sql)
    {
        if (sql.StartsWith("SELECT COUNT(*) FROM (SELECT TOP (1) 1 AS one FROM", StringComparison.Ordinal)) return warehouse == Warehouse.Empty ? 0 : 1;
        if (sql.Contains("HAVING COUNT(*) > 1", StringComparison.Ordinal)) return 1;
        if (warehouse == Warehouse.Empty) return 0;
        if (sql.StartsWith("SELECT COUNT(*) FROM [", StringComparison.Ordinal) && sql.Contains("[LineageBatchId] IN (SELECT", StringComparison.Ordinal)) return 5;
        if (sql.StartsWith("SELECT COUNT(*) FROM [", StringComparison.Ordinal) && !sql.Contains("WHERE", StringComparison.Ordinal)) return 1000;
        if (sql.StartsWith("INSERT INTO [Integration].[DeletedRecord]", StringComparison.Ordinal)) return 5;
        return 0;
    }

    /// <summary>SQL Server's dialect with a staging writer that keeps what SqlBulkCopy would have been given.</summary>
    private sealed class RecordingDialect : SqlServerDialect
    {
        public List<RecordingWriter> Writers { get; } = [];

        public override IStagingWriter CreateStagingWriter(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction transaction, string table,
            IReadOnlyList<(string Column, Type Type)> columns)
        {
            var writer = new RecordingWriter(table, columns);
            Writers.Add(writer);
            return writer;
        }
    }

    private sealed class RecordingWriter(string table, IReadOnlyList<(string Column, Type Type)> columns) : IStagingWriter
    {
        public string Table => table;
        public IReadOnlyList<(string Column, Type Type)> Columns => columns;
        public DataTable Rows { get; } = SqlBulkCopyStagingWriter.Shape(columns);
        public void Write(int line, bool rejected, object?[] values) => SqlBulkCopyStagingWriter.AddRow(Rows, line, rejected, values);
        public void Complete() { }
        public void Dispose() { }
    }
}
