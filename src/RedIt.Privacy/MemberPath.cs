using System.Linq.Expressions;

namespace RedIt.Privacy;

internal static class MemberPath
{
    public static IReadOnlyList<string> Of(LambdaExpression lambda)
    {
        var names = new List<string>();
        var body = StripConvert(lambda.Body);
        while (body is MemberExpression member)
        {
            names.Add(member.Member.Name);
            body = member.Expression is null ? null : StripConvert(member.Expression);
        }

        if (body != lambda.Parameters[0] || names.Count == 0)
        {
            throw new ArgumentException(
                $"'{lambda}' must be a chain of properties starting at the entity, like e => e.Ticket.CustomerId.",
                nameof(lambda));
        }

        names.Reverse();
        return names;
    }

    public static string Single(LambdaExpression lambda)
    {
        var path = Of(lambda);
        if (path.Count != 1)
        {
            throw new ArgumentException($"'{lambda}' must name a property of the entity itself.", nameof(lambda));
        }

        return path[0];
    }

    private static Expression StripConvert(Expression expression)
    {
        while (expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } unary)
        {
            expression = unary.Operand;
        }

        return expression;
    }
}
