using Internships.Application.Common.Security;
using Internships.Application.Features.BadgeProposals;
using Internships.Domain.Badges;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.BadgeProposals;

/// <summary>
/// Badge proposals: an employer admin's own organisation's, with the form to propose one; for a coordinator, every
/// employer's, the ones waiting for approval first by default (the review queue).
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<EmployerBadgeText> text) : AppPageModel
{
    [BindProperty] public ProposalInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public BadgeProposalStatus? Status { get; set; }

    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<BadgeProposalDto> Proposals { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public bool IsEmployer => User.IsInRole(Roles.EmployerAdmin);

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!IsEmployer && !Request.Query.ContainsKey("status"))
        {
            Status = BadgeProposalStatus.Proposed;
        }

        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var proposal = await sender.Send(new ProposeBadgeCommand(Input.Name ?? "", Input.Description ?? "", Input.Criteria ?? "", Input.TaskList, Input.Skill ?? ""), ct);
        return DoneLocal(text["Proposals.Sent", proposal.Name], $"/badge-proposals/{proposal.Id}");
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ProposalInput.PlaceErrors(ModelState);
    }

    private async Task LoadAsync(CancellationToken ct) => Proposals = await sender.Send(new ListBadgeProposalsQuery(Status, PageNumber), ct);
}
