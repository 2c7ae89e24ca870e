using Internships.Application.Features.Audit;
using Internships.Domain.Audit;

namespace Internships.Web.Pages.Admin;

/// <summary>Administrators search the audit trail. It is read only: nothing here (or anywhere) changes or removes a line.</summary>
public sealed class AuditModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public string? EntityType { get; set; }
    [BindProperty(SupportsGet = true)] public string? EntityId { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserName { get; set; }
    [BindProperty(SupportsGet = true)] public AuditAction? Action { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<AuditEntryDto> Entries { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) =>
        Entries = await sender.Send(new SearchAuditTrailQuery(string.IsNullOrWhiteSpace(EntityType) ? null : EntityType, EntityId, UserName, Action,
            From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), PageNumber), ct);
}
