using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace RedIt.Portal.Infrastructure.Web;

public static class PagedExtensions
{
    public const int DefaultPageSize = 20;

    // Two SQL commands however long the list: the count, then one page. The query comes ordered
    // (end with a unique key, such as ThenBy(r => r.Id)) so that a page holds the same rows on
    // every visit. A page number outside the list shows its first or last page.
    public static Task<Paged<T>> ToPagedAsync<T>(
        this IOrderedQueryable<T> query, int page, int pageSize = DefaultPageSize, CancellationToken cancellationToken = default) =>
        query.ToPagedAsync(row => row, page, pageSize, cancellationToken);

    // The same, with a projection applied to the page only (a list without the columns it never shows).
    public static async Task<Paged<TResult>> ToPagedAsync<TSource, TResult>(
        this IOrderedQueryable<TSource> query,
        Expression<Func<TSource, TResult>> select,
        int page,
        int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        return await query.ToPagedAsync(select, page, pageSize, await query.CountAsync(cancellationToken), cancellationToken);
    }

    // The same for a caller that counted the rows already, with other counts in one query (the
    // desk's tabs): counting them again would read every matching row a second time.
    public static async Task<Paged<TResult>> ToPagedAsync<TSource, TResult>(
        this IOrderedQueryable<TSource> query,
        Expression<Func<TSource, TResult>> select,
        int page,
        int pageSize,
        int total,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        page = Math.Clamp(page, 1, PageCount(total, pageSize));
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).Select(select).ToListAsync(cancellationToken);
        return new Paged<TResult>(items, page, pageSize, total);
    }

    // For a list that is in memory already, such as the development mailbox.
    public static Paged<T> ToPaged<T>(this IReadOnlyList<T> items, int page, int pageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        page = Math.Clamp(page, 1, PageCount(items.Count, pageSize));
        return new Paged<T>(items.Skip((page - 1) * pageSize).Take(pageSize).ToList(), page, pageSize, items.Count);
    }

    // An empty list still has one (empty) page.
    public static int PageCount(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);
}
