using Internships.Application.Features.Dashboard;
using Internships.Application.Features.Schools;
using Internships.Application.Features.Terms;
using Internships.Application.Features.Guidance;

namespace Internships.Web.Pages.Coordinator;

/// <summary>
/// The coordinators' dashboard for a term and a school (or the whole district): the programme's numbers, the breakdowns a
/// funder asks for, and the two numbers to act on, which link to the lists they count.
/// </summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? TermId { get; set; }
    [BindProperty(SupportsGet = true)] public int? SchoolId { get; set; }

    public DashboardDto Numbers { get; private set; } = null!;

    /// <summary>What waits for the coordinators, each count linking to the list it counts.</summary>
    public CoordinatorActionsDto Actions { get; private set; } = null!;

    /// <summary>Interest in each pathway from the students' questionnaires (the school filter applies, not the term).</summary>
    public PathwayInterestDto Interest { get; private set; } = null!;

    /// <summary>Badge claims waiting for a reviewer, district-wide.</summary>
    public int ClaimsWaiting { get; private set; }

    public IReadOnlyList<TermDto> Terms { get; private set; } = [];

    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Terms = await sender.Send(new ListTermsQuery(), ct);
        Schools = (await sender.Send(new ListSchoolsQuery(Page: 1, PageSize: 100), ct)).Items;
        Numbers = await sender.Send(new GetDashboardQuery(TermId, SchoolId), ct);
        Actions = await sender.Send(new GetCoordinatorActionsQuery(TermId, SchoolId), ct);
        Interest = await sender.Send(new GetPathwayInterestQuery(SchoolId), ct);
        ClaimsWaiting = await sender.Send(new Application.Features.BadgeClaims.CountWaitingBadgeClaimsQuery(), ct);
    }

    /// <summary>A list's address with the dashboard's filters.</summary>
    public string Link(string path, string query) =>
        path + "?" + query + (TermId is { } t ? $"&termId={t}" : "") + (SchoolId is { } s ? $"&schoolId={s}" : "");
}
