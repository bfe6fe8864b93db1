using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Measures.Catalogue;

/// <summary>
/// The warehouse entities a measure reads, and which of their properties, read off its queries' expression trees
/// (the members, as the definition writes them, and the roll-up to units and breakdowns) rather than kept by hand: a
/// list beside the definition could go out of step with it, the tree cannot. An incremental refresh leaves a measure
/// none of whose properties a load since the last refresh changed as it was.
/// </summary>
public static class MeasureSources
{
    private static readonly ConcurrentDictionary<string, RecordsRead> Read = new(StringComparer.Ordinal);

    public static IReadOnlySet<Type> EntitiesRead(WarehouseContext db, MeasureDefinition measure) => RecordsRead(db, measure).Entities;

    public static RecordsRead RecordsRead(WarehouseContext db, MeasureDefinition measure) =>
        Read.GetOrAdd(measure.Code, _ =>
        {
            var query = new MeasureQueryContext(db, db.Periods, new MeasureOptions());
            var found = new Finder(db.Model);
            foreach (var q in MeasureComputation.Queries(db, query, measure, authority: 0)) found.Query(q);
            if (measure.Breakdowns.HasFlag(Breakdowns.AuditSectionGrade))
                found.Query(MeasureAggregator.ByAuditSectionAndGrade(db, measure.Members(query), 0));
            // Whether a measure that needs a field some sources cannot express is available in a period follows the
            // loads its records came from (Availability): their lineage is read too, outside the query.
            if (measure.NeedsFields.Count > 0) found.Lineage();
            return found.Result();
        });

    /// <summary>
    /// Every entity a tree can read: its query roots, including those behind a set the definition builds in a helper
    /// or captures from its context (<c>c.Db.PlanReviews</c>, <c>StepUps(c)</c>), which are evaluated the way EF Core
    /// evaluates them before translating; and any node typed as an entity (a navigation reads its table too). Of
    /// each, the properties the tree reads: members of an entity-typed expression (a navigation reads its foreign
    /// key), <c>EF.Property</c>, and an entity compared as a whole its key. An entity the tree uses in any other way
    /// (returned by the query, passed to a method, set-compared by Distinct, Union or Contains, grouped or ordered by)
    /// counts as reading every property.
    /// </summary>
    private sealed class Finder(IModel model) : ExpressionVisitor
    {
        /// <summary>Operators that compare their rows (or the item sought) as whole values.</summary>
        private static readonly HashSet<string> ComparingRows = new(StringComparer.Ordinal) { "Distinct", "Union", "Intersect", "Except", "SequenceEqual", "Contains" };

        /// <summary>Operators with a key the rows are grouped, ordered or joined by (the second argument; a join's third and fourth).</summary>
        private static readonly HashSet<string> Keyed = new(StringComparer.Ordinal)
            { "GroupBy", "OrderBy", "OrderByDescending", "ThenBy", "ThenByDescending", "ToLookup", "ToDictionary", "DistinctBy", "GroupJoin", "Join" };

        private readonly HashSet<Type> _entities = [];
        private readonly Dictionary<Type, HashSet<string>> _properties = [];
        private readonly HashSet<Type> _whole = [];

        public void Query(IQueryable query)
        {
            // What the query returns is read whole, wherever an entity is in it.
            Whole(query.ElementType);
            Visit(query.Expression);
        }

        /// <summary>The lineage of every entity read that has one.</summary>
        public void Lineage()
        {
            foreach (var entity in _entities.ToList())
                if (model.FindEntityType(entity)?.FindProperty(LineageProperty) is { } lineage) Property(lineage.DeclaringType.ContainingEntityType, lineage);
        }

        private const string LineageProperty = "LineageBatchId";

        public RecordsRead Result() => new(_entities, _entities.ToDictionary(e => e, e => _whole.Contains(e) ? null : (IReadOnlySet<string>)(_properties.GetValueOrDefault(e) ?? [])));

        public override Expression? Visit(Expression? node)
        {
            switch (node)
            {
                case null:
                    return null;
                case EntityQueryRootExpression root:
                    _entities.Add(root.EntityType.ClrType);
                    return node;
                case ConstantExpression { Value: IQueryable constant }:
                    // A set held as a value (an in-memory one is its own expression: nothing further to read).
                    if (constant.Expression != node && constant.Expression is not ConstantExpression) Visit(constant.Expression);
                    return node;
            }
            Note(node.Type);
            if (typeof(IQueryable).IsAssignableFrom(node.Type) && node is not ConstantExpression && !Parameters.In(node)
                && Expression.Lambda<Func<object?>>(Expression.Convert(node, typeof(object))).Compile(preferInterpretation: true)() is IQueryable evaluated)
            {
                Visit(evaluated.Expression);
                return node;
            }
            return base.Visit(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression is { } source && model.FindEntityType(source.Type) is { } entity)
            {
                if (entity.FindProperty(node.Member.Name) is { } property) Property(entity, property);
                else if (entity.FindNavigation(node.Member.Name) is { } navigation) Key(navigation.ForeignKey);
                else _whole.Add(entity.ClrType);
            }
            return base.VisitMember(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var method = node.Method;
            if (method.DeclaringType == typeof(EF) && method.Name == nameof(EF.Property) && node.Arguments is [var of, ConstantExpression { Value: string name }]
                && model.FindEntityType(of.Type) is { } entity)
            {
                if (entity.FindProperty(name) is { } property) Property(entity, property);
                else _whole.Add(entity.ClrType);
            }
            else if (method.DeclaringType == typeof(Queryable) || method.DeclaringType == typeof(Enumerable))
            {
                if (ComparingRows.Contains(method.Name) && method.IsGenericMethod) Whole(method.GetGenericArguments()[0]);
                // A key that is an entity (or holds one) groups, orders or joins by the whole row.
                if (Keyed.Contains(method.Name))
                    foreach (var key in (method.Name is "Join" or "GroupJoin" ? node.Arguments.Skip(2).Take(2) : node.Arguments.Skip(1).Take(1)).Select(Unquote).OfType<LambdaExpression>())
                        Whole(key.Body.Type);
            }
            else
                foreach (var a in node.Arguments.Append(node.Object))
                    if (a is not null && model.FindEntityType(a.Type) is not null) Whole(a.Type);
            return base.VisitMethodCall(node);
        }

        protected override Expression VisitBinary(BinaryExpression node)
        {
            // An entity compared with another (or with null) is compared by its key.
            foreach (var side in new[] { node.Left, node.Right })
                if (model.FindEntityType(side.Type) is { } entity && entity.FindPrimaryKey() is { } key)
                    foreach (var p in key.Properties) Property(entity, p);
            return base.VisitBinary(node);
        }

        private static Expression Unquote(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Quote } q ? q.Operand : e;

        private void Property(IReadOnlyEntityType entity, IReadOnlyProperty property)
        {
            _entities.Add(entity.ClrType);
            if (!_properties.TryGetValue(entity.ClrType, out var set)) _properties[entity.ClrType] = set = [];
            set.Add(property.Name);
        }

        private void Key(IReadOnlyForeignKey fk)
        {
            foreach (var p in fk.Properties) Property(fk.DeclaringEntityType, p);
            foreach (var p in fk.PrincipalKey.Properties) Property(fk.PrincipalEntityType, p);
        }

        /// <summary>Every entity in a type (itself, a sequence of it, or a member of an anonymous or grouping type) is read whole.</summary>
        private void Whole(Type type, int depth = 0)
        {
            if (depth > 4 || type == typeof(string) || type.IsPrimitive) return;
            if (model.FindEntityType(type) is { } entity)
            {
                _entities.Add(entity.ClrType);
                _whole.Add(entity.ClrType);
                return;
            }
            if (type.IsGenericType)
                foreach (var argument in type.GetGenericArguments()) Whole(argument, depth + 1);
            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) != true)
                foreach (var p in type.GetProperties()) Whole(p.PropertyType, depth + 1);
        }

        private void Note(Type type)
        {
            var element = type.IsGenericType && type.GetGenericArguments() is [var only] && typeof(IEnumerable<>).MakeGenericType(only).IsAssignableFrom(type) ? only : type;
            if (model.FindEntityType(element) is { } entity) _entities.Add(entity.ClrType);
        }
    }

    /// <summary>Whether a tree uses a lambda's parameter anywhere (then it cannot be evaluated on its own).</summary>
    private sealed class Parameters : ExpressionVisitor
    {
        private bool _found;

        public static bool In(Expression node)
        {
            var p = new Parameters();
            p.Visit(node);
            return p._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found = true;
            return node;
        }
    }
}

/// <summary>
/// What a measure reads: the entities, and of each the properties (null: every property, where the measure uses a
/// record whole). An entity read with no property is read only for its rows' existence.
/// </summary>
public sealed record RecordsRead(IReadOnlySet<Type> Entities, IReadOnlyDictionary<Type, IReadOnlySet<string>?> Properties)
{
    /// <summary>
    /// Whether a change to <paramref name="entity"/> can move what the measure reads: any change to an entity it reads
    /// whole, or when the properties changed are not known (<paramref name="changed"/> null: rows added or deleted, or a
    /// load that cannot say); otherwise only a change to a property it reads.
    /// </summary>
    public bool Reads(Type entity, IReadOnlySet<string>? changed) =>
        Entities.Contains(entity) && (changed is null || Properties.GetValueOrDefault(entity) is not { } read || read.Overlaps(changed));
}
