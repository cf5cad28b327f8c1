using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Query;

namespace RedIt.Privacy;

// The engine knows entity types only at run time, so queries are composed as expression trees
// and the few typed EF calls are reached through one generic method each.
internal static class EntityQueries
{
    private static readonly MethodInfo _toUpper = typeof(string).GetMethod(nameof(string.ToUpper), Type.EmptyTypes)!;

    private static readonly MethodInfo _setMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), 1, Type.EmptyTypes)!;
    private static readonly MethodInfo _namedSetMethod = typeof(DbContext).GetMethod(nameof(DbContext.Set), 1, [typeof(string)])!;

    public static IQueryable Query(DbContext db, IEntityType entityType)
    {
        var set = entityType.HasSharedClrType
            ? _namedSetMethod.MakeGenericMethod(entityType.ClrType).Invoke(db, [entityType.Name])!
            : _setMethod.MakeGenericMethod(entityType.ClrType).Invoke(db, null)!;
        var query = (IQueryable)set;
        return query.Provider.CreateQuery(Expression.Call(
            typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking), [entityType.ClrType], query.Expression));
    }

    public static IQueryable Where(IQueryable query, LambdaExpression predicate) =>
        query.Provider.CreateQuery(Expression.Call(
            typeof(Queryable), nameof(Queryable.Where), [query.ElementType], query.Expression, Expression.Quote(predicate)));

    public static IQueryable<object?[]> SelectRows(IQueryable query, IEntityType entityType, IReadOnlyList<IProperty> columns, int? take = null)
    {
        var ordered = query.Expression;
        var first = true;
        foreach (var key in entityType.FindPrimaryKey()!.Properties)
        {
            var e = Expression.Parameter(query.ElementType, "e");
            ordered = Expression.Call(
                typeof(Queryable),
                first ? nameof(Queryable.OrderBy) : nameof(Queryable.ThenBy),
                [query.ElementType, key.ClrType],
                ordered,
                Expression.Quote(Expression.Lambda(Property(e, key), e)));
            first = false;
        }

        var row = Expression.Parameter(query.ElementType, "e");
        var values = Expression.NewArrayInit(typeof(object), columns.Select(c => Expression.Convert(Property(row, c), typeof(object))));
        var selected = Expression.Call(
            typeof(Queryable), nameof(Queryable.Select), [query.ElementType, typeof(object[])], ordered, Expression.Quote(Expression.Lambda(values, row)));
        if (take is { } count)
        {
            selected = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(object[])], selected, Expression.Constant(count));
        }

        return query.Provider.CreateQuery<object?[]>(selected);
    }

    public static Task<int> CountAsync(IQueryable query, CancellationToken cancellationToken) =>
        Invoke(nameof(CountCoreAsync), query.ElementType, query, cancellationToken);

    public static Task<int> DeleteAsync(IQueryable query, CancellationToken cancellationToken) =>
        Invoke(nameof(DeleteCoreAsync), query.ElementType, query, cancellationToken);

    public static Task<int> UpdateAsync(IQueryable query, IReadOnlyList<PropertySetter> setters, CancellationToken cancellationToken) =>
        Invoke(nameof(UpdateCoreAsync), query.ElementType, query, setters, cancellationToken);

    public static Expression Property(Expression entity, IReadOnlyProperty property) =>
        Expression.Call(typeof(EF), nameof(EF.Property), [property.ClrType], entity, Expression.Constant(property.Name));

    // Reading the value through a field of a constant makes EF send it as a parameter, so plans are reused.
    public static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }

    public static Expression KeyEquals(ParameterExpression entity, IReadOnlyList<IProperty> properties, IReadOnlyList<object?> values)
    {
        Expression? body = null;
        for (var i = 0; i < properties.Count; i++)
        {
            var property = properties[i];
            var equal = Expression.Equal(Property(entity, property), Parameter(values[i], property.ClrType));
            body = body is null ? equal : Expression.AndAlso(body, equal);
        }

        return body ?? Expression.Constant(false);
    }

    // Matches any of the given primary keys: a parameterised IN list for single keys.
    public static Expression KeyIn(ParameterExpression entity, IReadOnlyList<IProperty> properties, IReadOnlyList<object?[]> keys)
    {
        if (properties.Count == 1)
        {
            var property = properties[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(property.ClrType))!;
            foreach (var key in keys)
            {
                list.Add(key[0]);
            }

            return Expression.Call(
                typeof(Enumerable), nameof(Enumerable.Contains), [property.ClrType], Parameter(list, list.GetType()), Property(entity, property));
        }

        Expression body = Expression.Constant(false);
        foreach (var key in keys)
        {
            body = Expression.OrElse(body, KeyEquals(entity, properties, key));
        }

        return body;
    }

    public static Expression SubjectEquals(ParameterExpression entity, IReadOnlyList<string> path, Guid personId)
    {
        Expression subject = entity;
        foreach (var member in path)
        {
            subject = Expression.PropertyOrField(subject, member);
        }

        var person = Parameter(personId, typeof(Guid));
        if (subject.Type == typeof(Guid?))
        {
            return Expression.Equal(subject, Expression.Convert(person, typeof(Guid?)));
        }

        if (subject.Type == typeof(Guid))
        {
            return Expression.Equal(subject, person);
        }

        throw new InvalidOperationException($"The subject {string.Join('.', path)} of {entity.Type.Name} is a {subject.Type.Name}, not a Guid.");
    }

    // The person's rows: those whose subject is the person and, where the rule allows it, those
    // without a subject that name the person's confirmed address (`emailUpper`, upper case).
    public static Expression BelongsTo(ParameterExpression entity, PrivacyRule rule, Guid personId, string? emailUpper)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var bySubject = SubjectEquals(entity, rule.SubjectPath, personId);
        if (emailUpper is null || rule.FoundByEmail is null)
        {
            return bySubject;
        }

        // PrivacyModelAudit makes sure such a subject is one Guid? property of the row itself.
        var subject = Expression.PropertyOrField(entity, rule.SubjectPath[0]);
        var email = Expression.PropertyOrField(entity, rule.FoundByEmail);
        var sameAddress = Expression.Equal(Expression.Call(email, _toUpper), Parameter(emailUpper, typeof(string)));
        return Expression.OrElse(bySubject, Expression.AndAlso(Expression.Equal(subject, Expression.Constant(null, typeof(Guid?))), sameAddress));
    }

    public static LambdaExpression Lambda(IEntityType entityType, Func<ParameterExpression, Expression> body)
    {
        var e = Expression.Parameter(entityType.ClrType, "e");
        return Expression.Lambda(body(e), e);
    }

    private static Task<int> Invoke(string method, Type elementType, params object[] arguments) =>
        (Task<int>)typeof(EntityQueries).GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(elementType)
            .Invoke(null, arguments)!;

    private static Task<int> CountCoreAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.CountAsync(cancellationToken);

    private static Task<int> DeleteCoreAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) =>
        query.ExecuteDeleteAsync(cancellationToken);

    private static Task<int> UpdateCoreAsync<T>(IQueryable<T> query, IReadOnlyList<PropertySetter> setters, CancellationToken cancellationToken) =>
        query.ExecuteUpdateAsync(builder => SetAll(builder, setters), cancellationToken);

    private static void SetAll<T>(UpdateSettersBuilder<T> builder, IReadOnlyList<PropertySetter> setters)
    {
        foreach (var setter in setters)
        {
            var e = Expression.Parameter(typeof(T), "e");
            var funcType = typeof(Func<,>).MakeGenericType(typeof(T), setter.Property.ClrType);
            var property = Expression.Lambda(funcType, Property(e, setter.Property), e);
            var value = Expression.Lambda(funcType, setter.Value(e), e);
            SetPropertyMethod<T>().MakeGenericMethod(setter.Property.ClrType).Invoke(builder, [property, value]);
        }
    }

    // The overload whose value is itself a lambda, so a value can depend on the row (e.g. its key).
    private static MethodInfo SetPropertyMethod<T>() => typeof(UpdateSettersBuilder<T>)
        .GetMethods()
        .Single(m => m.Name == nameof(UpdateSettersBuilder<T>.SetProperty)
            && m.IsGenericMethodDefinition
            && m.GetParameters() is [_, { ParameterType: { IsGenericType: true } valueType }]
            && valueType.GetGenericTypeDefinition() == typeof(Expression<>));
}
