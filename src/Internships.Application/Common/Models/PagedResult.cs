namespace Internships.Application.Common.Models;

/// <summary>One page of a list, with the total so a client can page through it.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int TotalPages => PageSize == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>
    /// Reads one page of the query and the total. The total is counted only when the page cannot tell it: a page that
    /// is not full is the last, so most lists (a student's ten applications) cost one query, not two. The query must
    /// already be ordered.
    /// </summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var skipped = (page - 1) * pageSize;
        var items = await query.Skip(skipped).Take(pageSize).ToListAsync(cancellationToken);
        var total = TotalFromPage(items.Count, page, pageSize) ?? await query.CountAsync(cancellationToken);
        return new PagedResult<T>(items, total, page, pageSize);
    }

    /// <summary>
    /// As <see cref="ToPageAsync{T}"/>, for a page a compiled query has already limited: <paramref name="count"/> runs
    /// only when the page cannot tell the total.
    /// </summary>
    public static async Task<PagedResult<T>> ToPageAsync<T>(this IAsyncEnumerable<T> pageRows, int page, int pageSize,
        Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        await foreach (var item in pageRows.WithCancellation(cancellationToken))
        {
            items.Add(item);
        }

        var total = TotalFromPage(items.Count, page, pageSize) ?? await count(cancellationToken);
        return new PagedResult<T>(items, total, page, pageSize);
    }

    /// <summary>The total a page tells by itself (it is not full, so it is the last), or null when it must be counted.</summary>
    public static int? TotalFromPage(int itemsOnPage, int page, int pageSize) =>
        itemsOnPage < pageSize && (itemsOnPage > 0 || page == 1) ? ((page - 1) * pageSize) + itemsOnPage : null;
}

/// <summary>A list request that pages (page from 1, pageSize up to <see cref="Paging.MaxPageSize"/>).</summary>
public interface IPagedRequest
{
    int Page { get; }

    int PageSize { get; }
}
