using Internships.Application.Common.Models;
using Internships.Application.Features.Badges;
using Internships.Domain.Badges;
using Internships.Web.Infrastructure.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Internships.Web.Pages.Coordinator;

/// <summary>The badge catalogue: every badge class, its kind, award rule and prerequisites.</summary>
public sealed class BadgesModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public BadgeKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public bool IncludeRetired { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<BadgeClassDto> Catalogue { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) =>
        Catalogue = await sender.Send(new ListBadgeClassesQuery(Kind, null, IncludeRetired, PageNumber), ct);
}
