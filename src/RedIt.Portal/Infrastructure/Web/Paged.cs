namespace RedIt.Portal.Infrastructure.Web;

// One page of a list and where it lies among the others. Every list page shows one, built by
// ToPagedAsync (or ToPaged for a list in memory), with the shared _Pager partial under it.
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total) : IPaged
{
    public int PageCount => PagedExtensions.PageCount(Total, PageSize);

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;
}

// What _Pager needs, whatever the rows are.
public interface IPaged
{
    int Page { get; }

    int PageCount { get; }

    int Total { get; }

    bool HasPrevious { get; }

    bool HasNext { get; }
}
