using System.Data.Common;
using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Scorecard.Etl.Loading;
using Scorecard.Etl.Sources.Ssd;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Calendar;
using Scorecard.Warehouse.Dimensions;
using Scorecard.Warehouse.Facts;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Benchmarks.Load;

/// <summary>
/// The floor a loader can be held to: the same extract rows inserted into the same (migrated) warehouse tables
/// with nothing but Microsoft.Data.Sqlite prepared INSERTs in one transaction. Each CSV is read field by field with
/// CsvHelper's CsvParser and mapped straight to the target columns: no pseudonymisation, no validation beyond
/// what typing a value needs, no staging, no set-based checks; surrogate keys of people, episodes, referrals,
/// teams, families, workers and lead organisations are resolved from dictionaries filled as rows go in.
/// ext_early_help_episode_details adds to episodes, so it is applied as prepared UPDATEs by episode key.
/// It assumes a clean extract (the benchmark generates one): a duplicate id would fail its unique index.
/// </summary>
internal sealed class RawSqliteBaseline : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly WarehouseContext _model;
    private readonly SqliteDialect _dialect = new();
    private readonly int _batchId;
    /// <summary>Natural key -> surrogate key, per referenced entity (Person, EarlyHelpEpisode, Family...).</summary>
    private readonly Dictionary<Type, Dictionary<string, long>> _keys = [];
    /// <summary>Prepared "create if missing" inserts of the dimensions that allow it (families, workers, lead organisations).</summary>
    private readonly Dictionary<Type, SqliteCommand> _creates = [];
    private readonly Dictionary<string, string> _ethnicityGroups = new(StringComparer.Ordinal);
    private readonly HashSet<Type> _referenced;

    private RawSqliteBaseline(SqliteConnection connection, WarehouseContext model, int batchId)
    {
        _connection = connection;
        _model = model;
        _batchId = batchId;
        _referenced = ExtractContract.Tables.SelectMany(t => t.Columns).Where(c => c.Lookup is not null).Select(c => c.Lookup!.Entity).ToHashSet();
        foreach (var type in _referenced) _keys[type] = new Dictionary<string, long>(StringComparer.Ordinal);
        _transaction = connection.BeginTransaction();
    }

    public List<(string Table, int Rows, int Skipped)> Tables { get; } = [];
    public int RowsRead => Tables.Sum(t => t.Rows);
    public int RowsSkipped => Tables.Sum(t => t.Skipped);

    /// <summary>
    /// Untimed set-up: the batch row every warehouse row's lineage points at (foreign keys are on, as in the
    /// product's connections), then an open connection with the product's page cache size.
    /// </summary>
    public static async Task<RawSqliteBaseline> OpenAsync(WarehouseContextFactory contexts, string databasePath, CancellationToken ct)
    {
        int batchId;
        await using (var db = contexts.Create())
        {
            var batch = new LoadBatch { SourceKind = "raw baseline", SourceName = databasePath, FileHash = "", StartedAtUtc = DateTime.UtcNow, Status = LoadStatus.Running };
            db.LoadBatches.Add(batch);
            await db.SaveChangesAsync(ct);
            batchId = batch.LoadBatchId;
        }
        SqliteConnection.ClearAllPools();
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, ForeignKeys = true, Pooling = false }.ToString());
        await connection.OpenAsync(ct);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA cache_size = -65536;";
            await pragma.ExecuteNonQueryAsync(ct);
        }
        return new RawSqliteBaseline(connection, contexts.Create(), batchId);
    }

    public bool ForeignKeysOn()
    {
        using var cmd = _connection.CreateCommand();
        cmd.Transaction = _transaction;
        cmd.CommandText = "PRAGMA foreign_keys";
        return (long)cmd.ExecuteScalar()! == 1;
    }

    /// <summary>Loads every contract file of the folder, in contract order, and commits. This is the timed part.</summary>
    public void Load(string folder, CancellationToken ct)
    {
        foreach (var spec in ExtractContract.Tables)
        {
            ct.ThrowIfCancellationRequested();
            var file = Path.Combine(folder, spec.FileName);
            if (!File.Exists(file)) continue;
            if (spec.Entity == typeof(OrganisationUnit)) LoadOrganisationUnits(spec, file);
            else LoadTable(spec, file);
        }
        // Every warehouse has the authority at the top, with or without ssd_department.
        if (!Tables.Any(t => t.Table == "ssd_department")) LoadOrganisationUnits(ExtractContract.Find("ssd_department")!, null);
        _transaction.Commit();
    }

    private EntityTable Entity(Type type) => new(_model.Model.FindEntityType(type)!, _dialect);

    private static CsvParser OpenCsv(string file, out Dictionary<string, int> header)
    {
        var text = new StreamReader(file, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
        var parser = new CsvParser(text, new CsvConfiguration(CultureInfo.InvariantCulture), leaveOpen: false);
        header = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (parser.Read())
            for (var i = 0; i < parser.Count; i++) header.TryAdd(parser[i].Trim(), i);
        return parser;
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = _transaction;
        cmd.CommandText = sql;
        for (var i = 0; i < parameters; i++) cmd.Parameters.Add(new SqliteParameter("@p" + i, null));
        cmd.Prepare();
        return cmd;
    }

    private long LastRowId() => SQLitePCL.raw.sqlite3_last_insert_rowid(_connection.Handle);

    /// <summary>One column of the target row: where its value comes from and how it is typed.</summary>
    private sealed record Binding(string Target, Func<CsvParser, object?> Value);

    private void LoadTable(TableSpec spec, string file)
    {
        using var parser = OpenCsv(file, out var header);
        var target = Entity(spec.Entity);
        var bindings = new List<Binding>();
        // Null from a binder that must resolve a reference means "not found": the row cannot go in.
        var unresolved = false;

        foreach (var c in spec.Columns.Where(c => c.Target is not null))
        {
            var index = header.TryGetValue(c.Name, out var ix) ? ix : -1;
            string? Raw(CsvParser p)
            {
                if (index < 0 || index >= p.Count) return c.Default;
                var v = p[index];
                return v.Length == 0 ? c.Default : v;
            }
            if (c.Lookup is not null && !c.IsNaturalKey)
            {
                var keys = _keys[c.Lookup.Entity];
                var create = c.Lookup.Rule == ResolveRule.CreateIfMissing ? CreateCommand(c.Lookup) : null;
                bindings.Add(new Binding(c.Target!, p =>
                {
                    if (Raw(p) is not { } id) return null;
                    if (keys.TryGetValue(id, out var key)) return key;
                    if (create is null) { unresolved = true; return null; }
                    create.Parameters[0].Value = id;
                    create.ExecuteNonQuery();
                    return keys[id] = LastRowId();
                }));
            }
            else
            {
                switch (c.Kind)
                {
                    case ColumnKind.Date:
                        bindings.Add(new Binding(c.Target!, p => Raw(p) is { } s ? ParseDate(s) : null));
                        if (c.DateKeyTarget is not null)
                            bindings.Add(new Binding(c.DateKeyTarget, p => Raw(p) is { } s ? CalendarDays.DateKeyOf(ParseDate(s)) : null));
                        break;
                    case ColumnKind.DateOfBirth:
                        bindings.Add(new Binding(c.Target!, p => Raw(p) is { } s ? FirstOfMonth(ParseDate(s)) : null));
                        break;
                    case ColumnKind.Integer:
                        bindings.Add(new Binding(c.Target!, p => Raw(p) is { } s ? int.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture) : null));
                        break;
                    case ColumnKind.YesNo:
                        bindings.Add(new Binding(c.Target!, p => Raw(p) is { } s ? s[0] is 'Y' or 'y' or '1' or 'T' or 't' : null));
                        break;
                    default:
                        bindings.Add(new Binding(c.Target!, p => Raw(p)));
                        break;
                }
            }
        }
        foreach (var d in spec.Derived)
        {
            var source = Derived(spec, d.Target);
            bindings.Add(new Binding(d.Target, p => source(p, header)));
        }

        var keyColumn = spec.KeyColumns.Count == 1 ? spec.KeyColumns[0] : null;
        var keyIndex = keyColumn is not null && header.TryGetValue(keyColumn.Name, out var ki) ? ki : -1;
        // Rows other tables refer to remember their surrogate key.
        var remember = _referenced.Contains(spec.Entity) && spec.Mode == MergeMode.Upsert ? _keys[spec.Entity] : null;

        SqliteCommand cmd;
        var values = bindings.Where(b => spec.Mode == MergeMode.Upsert || b.Target != keyColumn!.Target).ToList();
        if (spec.Mode == MergeMode.Upsert)
        {
            cmd = Prepare(
                $"INSERT INTO {target.Name} ({string.Join(", ", values.Select(b => target.Column(b.Target)))}, {target.Column("LineageBatchId")}) " +
                $"VALUES ({string.Join(", ", values.Select((_, i) => "@p" + i))}, @p{values.Count})", values.Count + 1);
        }
        else
        {
            // ext_early_help_episode_details: the episode is found by its surrogate key, from the dictionary.
            var pk = _model.Model.FindEntityType(spec.Entity)!.FindPrimaryKey()!.Properties.Single().Name;
            cmd = Prepare(
                $"UPDATE {target.Name} SET {string.Join(", ", values.Select((b, i) => $"{target.Column(b.Target)} = @p{i}"))}, {target.Column("LineageBatchId")} = @p{values.Count} " +
                $"WHERE {target.Column(pk)} = @p{values.Count + 1}", values.Count + 2);
        }
        var parameters = cmd.Parameters;
        parameters[values.Count].Value = _batchId;
        var updateKeys = spec.Mode == MergeMode.UpdateExisting ? _keys[spec.Entity] : null;

        int rows = 0, skipped = 0;
        using (cmd)
        {
            while (parser.Read())
            {
                rows++;
                unresolved = false;
                for (var i = 0; i < values.Count; i++) parameters[i].Value = values[i].Value(parser) ?? DBNull.Value;
                if (updateKeys is not null)
                {
                    if (!updateKeys.TryGetValue(parser[keyIndex], out var episodeKey)) { skipped++; continue; }
                    parameters[values.Count + 1].Value = episodeKey;
                }
                if (unresolved) { skipped++; continue; }
                cmd.ExecuteNonQuery();
                if (remember is not null) remember[parser[keyIndex]] = LastRowId();
            }
        }
        Tables.Add((spec.Name, rows, skipped));
    }

    /// <summary>The derived columns, computed from the raw cells (the contract computes them from parsed rows).</summary>
    private Func<CsvParser, Dictionary<string, int>, object?> Derived(TableSpec spec, string target)
    {
        string? Cell(CsvParser p, Dictionary<string, int> header, string column) =>
            header.TryGetValue(column, out var i) && i < p.Count && p[i].Length > 0 ? p[i] : null;
        Func<CsvParser, Dictionary<string, int>, object?> Contains(string column, string label) =>
            (p, h) => Cell(p, h, column)?.Contains(label, StringComparison.OrdinalIgnoreCase) == true;
        return (spec.Entity.Name, target) switch
        {
            (nameof(Person), nameof(Person.EthnicityGroup)) => (p, h) => Cell(p, h, "pers_ethnicity") is { } code
                ? _ethnicityGroups.TryGetValue(code, out var g) ? g : _ethnicityGroups[code] = CodeLists.EthnicityGroupOf(code)
                : "Unknown",
            (nameof(Contact), nameof(Contact.IsEarlyHelpOutcome)) => Contains("cont_contact_outcome_json", "EH Referral"),
            (nameof(Contact), nameof(Contact.IsSocialCareOutcome)) => Contains("cont_contact_outcome_json", "CIN Referral"),
            (nameof(Contact), nameof(Contact.IsNoFurtherAction)) => Contains("cont_contact_outcome_json", "No Further Action"),
            (nameof(Contact), nameof(Contact.IsInformationAndAdvice)) => Contains("cont_contact_outcome_json", "Information and Advice"),
            (nameof(SocialCareReferral), nameof(SocialCareReferral.IsStepDownOutcome)) => Contains("cine_referral_outcome_json", "Step-down to Early Help"),
            (nameof(EarlyHelpEpisode), nameof(EarlyHelpEpisode.TeamDerived)) => (_, _) => false,
            (nameof(EarlyHelpEpisode), nameof(EarlyHelpEpisode.WorkerDerived)) => (_, _) => false,
            _ => throw new InvalidOperationException($"The raw baseline does not know how to compute {spec.Entity.Name}.{target}: add it to RawSqliteBaseline.Derived."),
        };
    }

    private SqliteCommand CreateCommand(Lookup lookup)
    {
        if (_creates.TryGetValue(lookup.Entity, out var cmd)) return cmd;
        var dim = Entity(lookup.Entity);
        cmd = Prepare($"INSERT INTO {dim.Name} ({dim.Column(lookup.NaturalKeyProperty)}, {dim.Column("LineageBatchId")}) VALUES (@p0, @p1)", 2);
        cmd.Parameters[1].Value = _batchId;
        return _creates[lookup.Entity] = cmd;
    }

    /// <summary>
    /// Teams, the parents they name and the authority above them, with levels, depths and the closure table: a
    /// few hundred rows, done in memory as the product does, so both warehouses hold the same organisation rows.
    /// </summary>
    private void LoadOrganisationUnits(TableSpec spec, string? file)
    {
        var units = new List<(string Id, string Name, string? ParentId)> { (ExtractLoader.AuthorityId, "Whole authority", null) };
        var rows = 0;
        if (file is not null)
        {
            using var parser = OpenCsv(file, out var header);
            string? Cell(string column) => header.TryGetValue(column, out var i) && i < parser.Count && parser[i].Length > 0 ? parser[i] : null;
            var teams = new List<(string Id, string Name, string? ParentId, string? ParentName)>();
            while (parser.Read())
            {
                rows++;
                teams.Add((Cell("dept_team_id")!, Cell("dept_team_name")!, Cell("dept_team_parent_id"), Cell("dept_team_parent_name")));
            }
            var ids = teams.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var parent in teams.Where(t => t.ParentId is not null && !ids.Contains(t.ParentId)).DistinctBy(t => t.ParentId))
                units.Add((parent.ParentId!, parent.ParentName ?? parent.ParentId!, ExtractLoader.AuthorityId));
            units.AddRange(teams.Select(t => (t.Id, t.Name, (string?)(t.ParentId ?? ExtractLoader.AuthorityId))));
        }

        var parentOf = units.ToDictionary(u => u.Id, u => u.ParentId, StringComparer.Ordinal);
        List<string> Ancestry(string id)
        {
            var chain = new List<string>();
            for (var p = parentOf.GetValueOrDefault(id); p is not null && !chain.Contains(p); p = parentOf.GetValueOrDefault(p)) chain.Add(p);
            return chain;
        }
        var hasChildren = parentOf.Values.Where(v => v is not null).ToHashSet();
        var keys = _keys[typeof(OrganisationUnit)];
        var t = Entity(typeof(OrganisationUnit));
        using (var insert = Prepare(
            $"INSERT INTO {t.Name} ({t.Column(nameof(OrganisationUnit.OrgUnitId))}, {t.Column(nameof(OrganisationUnit.Name))}, {t.Column(nameof(OrganisationUnit.ParentOrgUnitKey))}, " +
            $"{t.Column(nameof(OrganisationUnit.Level))}, {t.Column(nameof(OrganisationUnit.Depth))}, {t.Column(nameof(OrganisationUnit.LineageBatchId))}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)", 6))
        {
            // Parents before children: the parent key is a foreign key.
            foreach (var (id, name, parentId) in units.OrderBy(u => Ancestry(u.Id).Count))
            {
                insert.Parameters[0].Value = id;
                insert.Parameters[1].Value = name;
                insert.Parameters[2].Value = parentId is null ? DBNull.Value : keys[parentId];
                insert.Parameters[3].Value = (parentId is null ? OrganisationHierarchy.AuthorityLevel : hasChildren.Contains(id) ? OrganisationHierarchy.LocalityLevel : OrganisationHierarchy.TeamLevel).ToString();
                insert.Parameters[4].Value = Ancestry(id).Count;
                insert.Parameters[5].Value = _batchId;
                insert.ExecuteNonQuery();
                keys[id] = LastRowId();
            }
        }
        var a = Entity(typeof(OrganisationUnitAncestor));
        using (var closure = Prepare(
            $"INSERT INTO {a.Name} ({a.Column(nameof(OrganisationUnitAncestor.OrgUnitKey))}, {a.Column(nameof(OrganisationUnitAncestor.AncestorOrgUnitKey))}, {a.Column(nameof(OrganisationUnitAncestor.Distance))}) VALUES (@p0, @p1, @p2)", 3))
        {
            foreach (var (id, _, _) in units)
            {
                var distance = 0;
                foreach (var ancestor in Ancestry(id).Prepend(id))
                {
                    closure.Parameters[0].Value = keys[id];
                    closure.Parameters[1].Value = keys[ancestor];
                    closure.Parameters[2].Value = distance++;
                    closure.ExecuteNonQuery();
                }
            }
        }
        if (file is not null) Tables.Add((spec.Name, rows, 0));
    }

    /// <summary>yyyy-MM-dd (optionally with a time) or dd/MM/yyyy, the forms the synthetic extract writes.</summary>
    private static DateOnly ParseDate(string s)
    {
        if (s.Length >= 10 && s[4] == '-' && s[7] == '-') return new DateOnly(Digits(s, 0, 4), Digits(s, 5, 2), Digits(s, 8, 2));
        if (s.Length >= 10 && s[2] == '/' && s[5] == '/') return new DateOnly(Digits(s, 6, 4), Digits(s, 3, 2), Digits(s, 0, 2));
        return DateOnly.Parse(s, CultureInfo.InvariantCulture);
    }

    private static DateOnly FirstOfMonth(DateOnly d) => new(d.Year, d.Month, 1);

    private static int Digits(string s, int start, int length)
    {
        var n = 0;
        for (var i = start; i < start + length; i++) n = (n * 10) + (s[i] - '0');
        return n;
    }

    public void Dispose()
    {
        foreach (var cmd in _creates.Values) cmd.Dispose();
        _transaction.Dispose();
        _connection.Dispose();
        _model.Dispose();
    }
}
