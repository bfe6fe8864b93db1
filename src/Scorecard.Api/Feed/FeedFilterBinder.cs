using System.Linq.Expressions;
using Microsoft.AspNetCore.OData.Query.Expressions;
using Microsoft.OData;
using Microsoft.OData.Edm;
using Microsoft.OData.UriParser;

namespace Scorecard.Api.Feed;

/// <summary>
/// $filter as ASP.NET Core OData binds it, plus one rule the URL conventions leave to the service: a date column
/// compared with a timestamp (PeriodEnd lt now(), StartDate ge 2024-04-01T00:00:00Z, what JavaScript query builders
/// write for a date) compares the date as midnight UTC at its start. The timestamp must be a literal, now(),
/// mindatetime() or maxdatetime(); it becomes a date bound, so the database compares dates with its index as usual.
/// </summary>
public sealed class FeedFilterBinder : FilterBinder
{
    public override Expression BindBinaryOperatorNode(BinaryOperatorNode node, QueryBinderContext context)
    {
        if (node.OperatorKind is BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual or BinaryOperatorKind.LessThan
            or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual)
        {
            // NaN is never stored (no database keeps it), so nothing equals it or is ordered against it.
            if (IsNaN(node.Left) || IsNaN(node.Right)) return Expression.Constant(node.OperatorKind == BinaryOperatorKind.NotEqual);
            var (left, right) = (Unconvert(node.Left), Unconvert(node.Right));
            if (IsDate(left) && IsTimestamp(right)) return CompareDate(Bind(left, context), node.OperatorKind, TimestampOf(right));
            if (IsTimestamp(left) && IsDate(right)) return CompareDate(Bind(right, context), Mirror(node.OperatorKind), TimestampOf(left));
        }
        return base.BindBinaryOperatorNode(node, context);
    }

    /// <summary>
    /// StartDate in (2024-04-01, 2024-05-01): the list's dates as the column's own type (the default binder makes a
    /// list of the parser's Date type, which a DateOnly column cannot be compared with). Timestamps in the list
    /// count as their date when they are midnight UTC and match nothing otherwise, as with eq.
    /// </summary>
    public override Expression BindInNode(InNode node, QueryBinderContext context)
    {
        var left = Unconvert(node.Left);
        if (IsDate(left) && node.Right is CollectionConstantNode list)
        {
            var column = Bind(left, context);
            var dates = list.Collection.Select(c => c.Value switch
            {
#pragma warning disable CS0618 // ODL 8's parser still gives Edm.Date literals as its own Date type.
                Date d => (DateOnly?)new DateOnly(d.Year, d.Month, d.Day),
#pragma warning restore CS0618
                DateOnly d => d,
                DateTimeOffset t when t.UtcDateTime.TimeOfDay == TimeSpan.Zero => DateOnly.FromDateTime(t.UtcDateTime),
                _ => null,
            }).Where(d => d is not null).Select(d => d!.Value).Distinct().ToList();
            if (dates.Count == 0) return Expression.Constant(false);
            return column.Type == typeof(DateOnly)
                ? Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(DateOnly)], Expression.Constant(dates), column)
                : Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(DateOnly?)], Expression.Constant(dates.Select(d => (DateOnly?)d).ToList()), column);
        }
        return base.BindInNode(node, context);
    }

    /// <summary>
    /// isof(Column,'Edm.X') asks whether a column is of a type, which the model answers without the database (no
    /// database can evaluate a .NET type test); matchesPattern is Regex.IsMatch, which the SQLite provider runs
    /// as REGEXP (other providers refuse it with a 400 in plain words).
    /// </summary>
    public override Expression BindSingleValueFunctionCallNode(SingleValueFunctionCallNode node, QueryBinderContext context)
    {
        var arguments = node.Parameters.ToList();
        if (node.Name == "isof" && arguments is [SingleValueNode { TypeReference: { } type } value, ConstantNode { Value: string typeName }] && value is not ResourceRangeVariableReferenceNode)
            return Expression.Constant(string.Equals(type.FullName(), typeName, StringComparison.Ordinal));
        if (node.Name == "matchesPattern" && arguments is [SingleValueNode input, ConstantNode { Value: string pattern }])
            return Expression.Call(typeof(System.Text.RegularExpressions.Regex), nameof(System.Text.RegularExpressions.Regex.IsMatch), null, Bind(input, context), Expression.Constant(pattern));
        return base.BindSingleValueFunctionCallNode(node, context);
    }

    private static bool IsNaN(SingleValueNode node) => node switch
    {
        ConstantNode { Value: double d } => double.IsNaN(d),
        ConstantNode { Value: float f } => float.IsNaN(f),
        ConvertNode { Source: var source } => IsNaN(source),
        _ => false,
    };

    /// <summary>
    /// The date d as midnight UTC against the instant t: with D the UTC date of t, d &lt; t is d &lt; D when t is
    /// midnight and d &lt;= D otherwise; d &gt; t is d &gt; D; d = t only when t is midnight and d = D.
    /// </summary>
    private static Expression CompareDate(Expression date, BinaryOperatorKind op, DateTimeOffset timestamp)
    {
        var utc = timestamp.UtcDateTime;
        var day = DateOnly.FromDateTime(utc);
        var midnight = utc.TimeOfDay == TimeSpan.Zero;
        Expression bound = Expression.Constant(date.Type == typeof(DateOnly) ? day : (DateOnly?)day, date.Type);
        return op switch
        {
            BinaryOperatorKind.LessThan => midnight ? Expression.LessThan(date, bound) : Expression.LessThanOrEqual(date, bound),
            BinaryOperatorKind.LessThanOrEqual => Expression.LessThanOrEqual(date, bound),
            BinaryOperatorKind.GreaterThan => Expression.GreaterThan(date, bound),
            BinaryOperatorKind.GreaterThanOrEqual => midnight ? Expression.GreaterThanOrEqual(date, bound) : Expression.GreaterThan(date, bound),
            BinaryOperatorKind.Equal => midnight ? Expression.Equal(date, bound) : Expression.Constant(false),
            _ => midnight ? Expression.NotEqual(date, bound) : Expression.Constant(true),
        };
    }

    private static BinaryOperatorKind Mirror(BinaryOperatorKind op) => op switch
    {
        BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
        BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
        BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        _ => op,
    };

    /// <summary>The parser promotes the date side to a timestamp (a ConvertNode): the comparison is decided here instead.</summary>
    private static SingleValueNode Unconvert(SingleValueNode node) => node is ConvertNode { Source: var source } && IsDate(source) ? source : node;

    private static bool IsDate(SingleValueNode node) => node.TypeReference?.IsDate() == true;

    private static bool IsTimestamp(SingleValueNode node) => node.TypeReference?.IsDateTimeOffset() == true;

    private static DateTimeOffset TimestampOf(SingleValueNode node) => node switch
    {
        ConstantNode { Value: DateTimeOffset value } => value,
        ConvertNode { Source: var source } => TimestampOf(source),
        SingleValueFunctionCallNode { Name: "now" } => DateTimeOffset.UtcNow,
        SingleValueFunctionCallNode { Name: "mindatetime" } => DateTimeOffset.MinValue,
        SingleValueFunctionCallNode { Name: "maxdatetime" } => DateTimeOffset.MaxValue,
        _ => throw new ODataException("A date column can be compared with a date (2024-04-01), a timestamp literal (2024-04-01T00:00:00Z) or now(); comparing it with a timestamp column is not offered."),
    };
}
