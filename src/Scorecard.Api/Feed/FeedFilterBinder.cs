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
            var (left, right) = (Unconvert(node.Left), Unconvert(node.Right));
            if (IsDate(left) && IsTimestamp(right)) return CompareDate(Bind(left, context), node.OperatorKind, TimestampOf(right));
            if (IsTimestamp(left) && IsDate(right)) return CompareDate(Bind(right, context), Mirror(node.OperatorKind), TimestampOf(left));
        }
        return base.BindBinaryOperatorNode(node, context);
    }

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
