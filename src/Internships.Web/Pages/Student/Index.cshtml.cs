using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Applications;
using Internships.Application.Features.Badges;
using Internships.Application.Features.Placements;
using Internships.Application.Features.Postings;
using Internships.Domain.Applications;
using Internships.Domain.Placements;

namespace Internships.Web.Pages.Student;

/// <summary>A student's home: what to do next (offers waiting, postings open to them, their applications, placement, badges).</summary>
public sealed class IndexModel(ISender sender, IClock clock) : AppPageModel
{
    /// <summary>The student's pending and active placements in full: what paperwork each still waits for.</summary>
    public IReadOnlyList<PlacementDto> PlacementDetails { get; private set; } = [];

    /// <summary>The district's today: hours may be logged from a placement's first day, not before.</summary>
    public DateOnly Today => clock.Today;

    public IReadOnlyList<ApplicationDto> Offers { get; private set; } = [];

    public PagedResult<ApplicationDto> Applications { get; private set; } = null!;

    public PagedResult<PostingSummaryDto> OpenToMe { get; private set; } = null!;

    public IReadOnlyList<PlacementSummaryDto> Placements { get; private set; } = [];

    public PagedResult<AwardDto> Badges { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Offers = (await sender.Send(new ListMyApplicationsQuery(ApplicationStatus.Offered, PageSize: 10), ct)).Items;
        Applications = await sender.Send(new ListMyApplicationsQuery(PageSize: 5), ct);
        OpenToMe = await sender.Send(new SearchPostingsQuery(EligibleOnly: true, PageSize: 5), ct);
        Placements = (await sender.Send(new ListPlacementsQuery(PageSize: 5), ct)).Items
            .Where(p => p.Status is PlacementStatus.Pending or PlacementStatus.Active).ToList();
        var details = new List<PlacementDto>();
        foreach (var placement in Placements)
        {
            details.Add(await sender.Send(new GetPlacementQuery(placement.Id), ct));
        }

        PlacementDetails = details;
        Badges = await sender.Send(new ListMyBadgesQuery(PageSize: 6), ct);
    }
}
