using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RedIt.Privacy;

internal static class Anonymiser
{
    public const string ErasedText = "(erased)";
    public const string ErasedPrefix = "erased-";

    private static readonly System.Reflection.MethodInfo _concat = typeof(string).GetMethod(nameof(string.Concat), [typeof(string), typeof(string)])!;

    public static IReadOnlyList<PropertySetter> Setters(IEntityType entityType, IEnumerable<string> propertyNames, string? flag, DateTime now)
    {
        var setters = new List<PropertySetter>();
        foreach (var name in propertyNames)
        {
            var property = entityType.FindProperty(name)
                ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no property {name} to anonymise.");

            // A key cannot be rewritten without breaking its references; the audit reports such rules.
            if (property.IsPrimaryKey())
            {
                continue;
            }

            setters.Add(new PropertySetter(property, ErasedValue(entityType, property)));
        }

        if (flag is not null)
        {
            var flagProperty = entityType.FindProperty(flag)
                ?? throw new InvalidOperationException($"{entityType.DisplayName()} has no property {flag} to mark as anonymised.");
            setters.Add(new PropertySetter(flagProperty, _ => Expression.Constant(now, flagProperty.ClrType)));
        }

        return setters;
    }

    public static bool IsUnique(IReadOnlyProperty property) =>
        property.GetContainingIndexes().Any(i => i.IsUnique) || property.GetContainingKeys().Any();

    private static Func<ParameterExpression, Expression> ErasedValue(IEntityType entityType, IProperty property)
    {
        var type = property.ClrType;
        if (property.IsNullable)
        {
            return _ => Expression.Constant(null, type);
        }

        if (type == typeof(string))
        {
            if (IsUnique(property))
            {
                // Unique columns get a value per row so the index still holds after many erasures.
                return e => Expression.Call(_concat, Expression.Constant(ErasedPrefix), KeyText(entityType, e));
            }

            var text = property.GetMaxLength() is { } max && max < ErasedText.Length ? ErasedText[..max] : ErasedText;
            return _ => Expression.Constant(text);
        }

        if (type == typeof(byte[]))
        {
            return _ => Expression.Constant(Array.Empty<byte>());
        }

        var value = type.IsValueType ? Activator.CreateInstance(type) : null;
        return _ => Expression.Constant(value, type);
    }

    private static Expression KeyText(IEntityType entityType, ParameterExpression entity)
    {
        Expression? text = null;
        foreach (var key in entityType.FindPrimaryKey()!.Properties)
        {
            Expression part = EntityQueries.Property(entity, key);
            if (key.ClrType != typeof(string))
            {
                part = Expression.Call(part, key.ClrType.GetMethod(nameof(ToString), Type.EmptyTypes)!);
            }

            text = text is null ? part : Expression.Call(_concat, Expression.Call(_concat, text, Expression.Constant("-")), part);
        }

        return text!;
    }
}
