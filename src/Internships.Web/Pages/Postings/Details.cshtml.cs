using Internships.Application.Common.Security;
using Internships.Application.Features.Applications;
using Internships.Application.Features.Postings;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Postings;

/// <summary>A posting, whether the student may apply ("You need the badge X"), and the application form.</summary>
public sealed class DetailsModel(ISender sender, IStringLocalizer<StudentText> text) : AppPageModel
{
    public PostingDto Posting { get; private set; } = null!;

    public MyEligibilityDto? Eligibility { get; private set; }

    [BindProperty]
    public ApplyInput Input { get; set; } = new();

    /// <summary>A coordinator reads a submitted posting in full here and approves or returns it.</summary>
    public bool CanReview => User.IsInRole(Roles.Coordinator) && Posting.Status == Domain.Postings.PostingStatus.Submitted;

    public async Task OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostApplyAsync(int id, CancellationToken ct)
    {
        var application = await sender.Send(new SubmitApplicationCommand(Input.Statement ?? "") { PostingId = id, ShareBadges = Input.ShareBadges }, ct);
        return Done(text["Posting.Applied", application.PostingTitle, application.EmployerName],
            "/Student/Applications");
    }

    public async Task<IActionResult> OnPostApproveAsync(int id, CancellationToken ct)
    {
        var posting = await sender.Send(new ApprovePostingCommand(id), ct);
        return DoneLocal($"“{posting.Title}” of {posting.EmployerName} is open to students.", $"/postings/{id}");
    }

    public async Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct)
    {
        var posting = await sender.Send(new ReturnPostingCommand(Input.Reason ?? "") { PostingId = id }, ct);
        return DoneLocal($"“{posting.Title}” went back to {posting.EmployerName} with your reason.", $"/postings/{id}");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) =>
        LoadAsync(int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);

    private async Task LoadAsync(int id, CancellationToken ct)
    {
        Posting = await sender.Send(new GetPostingQuery(id), ct);
        if (User.IsInRole(Roles.Student))
        {
            Eligibility = await sender.Send(new CheckMyEligibilityQuery(id), ct);
        }
    }

    public sealed class ApplyInput
    {
        public string? Statement { get; set; }

        public bool ShareBadges { get; set; }

        /// <summary>The coordinator's reason for returning a submitted posting to its employer.</summary>
        public string? Reason { get; set; }
    }
}
