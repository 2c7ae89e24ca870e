using Internships.Application.Features.Badges;

namespace Internships.Web.Pages.Student;

/// <summary>The student's badge ladder to a badge (?badge=) or to what a posting requires (?posting=).</summary>
public sealed class LadderModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true, Name = "badge")] public int? BadgeClassId { get; set; }

    [BindProperty(SupportsGet = true, Name = "posting")] public int? PostingId { get; set; }

    public BadgeLadderDto Ladder { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Ladder = await sender.Send(new GetBadgeLadderQuery(BadgeClassId, PostingId), ct);
}
