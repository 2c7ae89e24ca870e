using Internships.Application.Common.Security;
using Internships.Application.Features.BadgeProposals;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.BadgeProposals;

/// <summary>
/// One badge proposal: while it waits, its employer's admin and the coordinators change it; a coordinator approves it
/// (it joins the catalogue with the employer as co-designer) or declines it with a reason, asked first.
/// </summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<EmployerBadgeText> text) : AppPageModel
{
    [BindProperty] public ProposalInput Input { get; set; } = new();

    public BadgeProposalDto Proposal { get; private set; } = null!;

    public bool IsCoordinator => User.IsInRole(Roles.Coordinator);

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Input = ProposalInput.Of(Proposal);
    }

    public async Task<IActionResult> OnPostReviseAsync(CancellationToken ct)
    {
        var saved = await sender.Send(new ReviseBadgeProposalCommand(Input.Name ?? "", Input.Description ?? "", Input.Criteria ?? "", Input.TaskList, Input.Skill ?? "")
        {
            ProposalId = Id, ExpectedVersion = Input.Version,
        }, ct);
        return Done(text["Proposal.Saved", saved.Name], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostApproveAsync(CancellationToken ct)
    {
        var approved = await sender.Send(new ApproveBadgeProposalCommand(Id) { ExpectedVersion = Input.Version }, ct);
        return Done(text["Proposal.Approved", approved.Name, approved.EmployerName], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostDeclineAsync(bool confirmed, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Proposal.DeclineQuestion", Proposal.EmployerName, Proposal.Name],
                text["Proposal.DeclineConsequences", Proposal.EmployerName],
                text["Proposal.YesDecline"])
            {
                Reason = new ConfirmationReason(text["Proposal.DeclineReason"], Required: true),
            }, ct) is { } ask)
        {
            return ask;
        }

        var declined = await sender.Send(new DeclineBadgeProposalCommand(Input.Reason ?? "") { ProposalId = Id }, ct);
        return Done(text["Proposal.Declined", declined.Name], null, new { id = Id });
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ProposalInput.PlaceErrors(ModelState);
    }

    private async Task LoadAsync(CancellationToken ct) => Proposal = await sender.Send(new GetBadgeProposalQuery(Id), ct);
}
