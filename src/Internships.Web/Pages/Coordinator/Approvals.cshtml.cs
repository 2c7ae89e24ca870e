using Internships.Application.Features.Postings;
using Internships.Domain.Postings;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator;

/// <summary>The posting approval queue: approve a submitted posting, or return it to its employer with a reason.</summary>
public sealed class ApprovalsModel(ISender sender, IStringLocalizer<CoordinatorText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public ReturnInput Input { get; set; } = new();

    public PagedResult<PostingSummaryDto> Queue { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    /// <summary>The posting whose approval or return was refused: its card shows why.</summary>
    public int? FailedPostingId { get; private set; }

    public async Task<IActionResult> OnPostApproveAsync(int postingId, CancellationToken ct)
    {
        FailedPostingId = postingId;
        var posting = await sender.Send(new ApprovePostingCommand(postingId), ct);
        return Done(text["Approvals.Approved", posting.Title, posting.EmployerName]);
    }

    public async Task<IActionResult> OnPostReturnAsync(int postingId, CancellationToken ct)
    {
        FailedPostingId = postingId;
        var posting = await sender.Send(new ReturnPostingCommand(Input.Reason ?? "") { PostingId = postingId }, ct);
        return Done(text["Approvals.Returned", posting.Title, posting.EmployerName]);
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) =>
        Queue = await sender.Send(new SearchPostingsQuery(Status: PostingStatus.Submitted, Sort: PostingSort.Deadline, Page: PageNumber), ct);

    public sealed class ReturnInput
    {
        public string? Reason { get; set; }
    }
}
