using Internships.Application.Features.Applications;
using Internships.Application.Features.Postings;
using Internships.Domain.Applications;

namespace Internships.Web.Pages.Employer.Postings;

/// <summary>The applicants to one of the employer's postings, with their statements: review, reject or offer.</summary>
public sealed class ApplicantsModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public ApplicationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public RejectInput Input { get; set; } = new();

    public PostingDto Posting { get; private set; } = null!;

    public PagedResult<ApplicationDto> Applications { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    /// <summary>With no status chosen: the declined, rejected and withdrawn applications, folded away below the ones to act on.</summary>
    public PagedResult<ApplicationDto>? Settled { get; private set; }

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostReviewAsync(int applicationId, CancellationToken ct)
    {
        var a = await sender.Send(new ReviewApplicationCommand(applicationId), ct);
        return Done($"The application of {a.Applicant.FirstName} {a.Applicant.LastName} is now under review.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostOfferAsync(int applicationId, CancellationToken ct)
    {
        var a = await sender.Send(new MakeOfferCommand(applicationId), ct);
        return Done($"You offered the internship to {a.Applicant.FirstName} {a.Applicant.LastName}. They can accept or decline it.", null, new { id = Id });
    }

    public async Task<IActionResult> OnPostRejectAsync(int applicationId, CancellationToken ct)
    {
        var a = await sender.Send(new RejectApplicationCommand(Input.Reason) { ApplicationId = applicationId }, ct);
        return Done($"You turned down the application of {a.Applicant.FirstName} {a.Applicant.LastName}.", null, new { id = Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Posting = await sender.Send(new GetPostingQuery(Id), ct);
        Applications = await sender.Send(new ListPostingApplicationsQuery(Id, Status, PageNumber, Settled: Status is null ? false : null), ct);
        Settled = Status is null ? await sender.Send(new ListPostingApplicationsQuery(Id, PageSize: Paging.MaxPageSize, Settled: true), ct) : null;
    }

    public sealed class RejectInput
    {
        public string? Reason { get; set; }
    }
}
