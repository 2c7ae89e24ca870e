using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Primitives;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>Links to the previous and next page of a list, keeping the list's filters.</summary>
public sealed record Pager(int Page, int TotalPages, int Total, HttpRequest Request)
{
    public string UrlFor(int page)
    {
        var query = Request.Query.Where(q => !q.Key.Equals("page", StringComparison.OrdinalIgnoreCase))
            .Select(q => new KeyValuePair<string, StringValues>(q.Key, q.Value))
            .Append(new KeyValuePair<string, StringValues>("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Request.Path + QueryString.Create(query).ToUriComponent();
    }

    public static Pager Of<T>(Application.Common.Models.PagedResult<T> result, HttpRequest request) =>
        new(result.Page, result.TotalPages, result.Total, request);
}

/// <summary>A bar chart the server draws (Shared/_Bars): one bar a row.</summary>
public sealed record Chart(string Title, IReadOnlyList<Application.Features.Dashboard.CountBy> Rows, bool LabelsAreStates = false, string? Empty = null);
