using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;
using Scorecard.Measures.Calculation;
using Scorecard.Measures.Snapshot;
using Scorecard.Warehouse;

namespace Scorecard.Measures.Catalogue;

/// <summary>
/// The warehouse entities a measure reads, read off its queries' expression trees (the members, as the definition
/// writes them, and the roll-up to units and breakdowns) rather than kept by hand: a list beside the definition
/// could go out of step with it, the tree cannot. An incremental refresh leaves a measure whose entities no load
/// since the last refresh changed as it was.
/// </summary>
public static class MeasureSources
{
    private static readonly ConcurrentDictionary<string, IReadOnlySet<Type>> Read = new(StringComparer.Ordinal);

    public static IReadOnlySet<Type> EntitiesRead(WarehouseContext db, MeasureDefinition measure) =>
        Read.GetOrAdd(measure.Code, _ =>
        {
            var query = new MeasureQueryContext(db, db.Periods, new MeasureOptions());
            var found = new Finder(db.Model);
            foreach (var q in MeasureComputation.Queries(db, query, measure, authority: 0)) found.Visit(q.Expression);
            if (measure.Breakdowns.HasFlag(Breakdowns.AuditSectionGrade))
                found.Visit(MeasureAggregator.ByAuditSectionAndGrade(db, measure.Members(query), 0).Expression);
            return found.Entities;
        });

    /// <summary>
    /// Every entity a tree can read: its query roots, including those behind a set the definition builds in a helper
    /// or captures from its context (<c>c.Db.PlanReviews</c>, <c>StepUps(c)</c>), which are evaluated the way EF Core
    /// evaluates them before translating; and any node typed as an entity (a navigation reads its table too).
    /// </summary>
    private sealed class Finder(IModel model) : ExpressionVisitor
    {
        public HashSet<Type> Entities { get; } = [];

        public override Expression? Visit(Expression? node)
        {
            switch (node)
            {
                case null:
                    return null;
                case EntityQueryRootExpression root:
                    Entities.Add(root.EntityType.ClrType);
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

        private void Note(Type type)
        {
            var element = type.IsGenericType && type.GetGenericArguments() is [var only] && typeof(IEnumerable<>).MakeGenericType(only).IsAssignableFrom(type) ? only : type;
            if (model.FindEntityType(element) is { } entity) Entities.Add(entity.ClrType);
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
