using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Postings;
using Internships.Domain.Postings;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Employer.Postings;

/// <summary>An employer's postings by status: edit and submit drafts, close open ones, see applicants.</summary>
public sealed class IndexModel(ISender sender, ICurrentUser user, IStringLocalizer<EmployerText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public PostingStatus? Status { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<PostingSummaryDto> Postings { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    /// <summary>The postings by status (the tabs) and each posting's applicants by status.</summary>
    public EmployerPostingCountsDto? Counts { get; private set; }

    /// <summary>A posting's applicants by status, none when it has no applicant.</summary>
    public IReadOnlyDictionary<Domain.Applications.ApplicationStatus, int> ApplicantsOf(int postingId) =>
        Counts?.Postings.FirstOrDefault(p => p.PostingId == postingId)?.ApplicantsByStatus ?? new Dictionary<Domain.Applications.ApplicationStatus, int>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostSubmitAsync(int postingId, CancellationToken ct)
    {
        var posting = await sender.Send(new SubmitPostingCommand(postingId), ct);
        return Done(text["Postings.Submitted", posting.Title], null, new { status = PostingStatus.Submitted });
    }

    public async Task<IActionResult> OnPostCloseAsync(int postingId, bool confirmed, CancellationToken ct)
    {
        var open = await sender.Send(new GetPostingQuery(postingId), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Postings.CloseQuestion", open.Title], text["Postings.CloseConsequences"], text["Postings.YesClose"]), ct) is { } ask)
        {
            return ask;
        }

        var posting = await sender.Send(new ClosePostingCommand(postingId), ct);
        return Done(text["Postings.Closed", posting.Title], null, new { status = PostingStatus.Closed });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Postings = await sender.Send(new SearchPostingsQuery(EmployerId: user.EmployerId, Status: Status ?? PostingStatus.Open, Sort: PostingSort.Newest,
            Page: PageNumber), ct);
        Counts = user.EmployerId is { } employerId ? await sender.Send(new GetEmployerPostingCountsQuery(employerId), ct) : null;
    }
}
