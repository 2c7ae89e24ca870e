using Internships.Application.Features.Applications;
using Internships.Domain.Applications;

namespace Internships.Web.Pages.Student;

/// <summary>A student's applications: withdraw one, accept or decline an offer.</summary>
public sealed class ApplicationsModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public ApplicationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<ApplicationDto> Applications { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostWithdrawAsync(int applicationId, CancellationToken ct)
    {
        var application = await sender.Send(new WithdrawApplicationCommand(applicationId), ct);
        return Done($"You withdrew your application to “{application.PostingTitle}”.");
    }

    public async Task<IActionResult> OnPostAcceptAsync(int applicationId, CancellationToken ct)
    {
        var application = await sender.Send(new AcceptOfferCommand(applicationId), ct);
        return Done($"You accepted the offer of {application.EmployerName} for “{application.PostingTitle}”. Your placement is on your home page.");
    }

    public async Task<IActionResult> OnPostDeclineAsync(int applicationId, CancellationToken ct)
    {
        var application = await sender.Send(new DeclineOfferCommand(applicationId), ct);
        return Done($"You declined the offer for “{application.PostingTitle}”.");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) =>
        Applications = await sender.Send(new ListMyApplicationsQuery(Status, PageNumber), ct);
}
