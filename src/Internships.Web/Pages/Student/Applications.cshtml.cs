using Internships.Application.Features.Applications;
using Internships.Application.Features.Postings;
using Internships.Domain.Applications;

namespace Internships.Web.Pages.Student;

/// <summary>A student's applications: withdraw one, accept or decline an offer.</summary>
public sealed class ApplicationsModel(ISender sender) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public ApplicationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<ApplicationDto> Applications { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    /// <summary>The terms of each offer on the page (its posting's wage, hours and dates), by application.</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<KeyValuePair<string, string>>> Offers { get; private set; } =
        new Dictionary<int, IReadOnlyList<KeyValuePair<string, string>>>();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostWithdrawAsync(int applicationId, bool confirmed, CancellationToken ct)
    {
        var mine = await sender.Send(new GetApplicationQuery(applicationId), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                $"Withdraw your application to {mine.PostingTitle}?",
                (mine.Status == ApplicationStatus.Offered ? "The offer goes with it. " : "") +
                $"{mine.EmployerName} will no longer consider it. This cannot be undone: you cannot apply to this posting again.",
                "Yes, withdraw"), ct) is { } ask)
        {
            return ask;
        }

        var application = await sender.Send(new WithdrawApplicationCommand(applicationId), ct);
        return Done($"You withdrew your application to “{application.PostingTitle}”.");
    }

    public async Task<IActionResult> OnPostAcceptAsync(int applicationId, bool confirmed, CancellationToken ct)
    {
        var mine = await sender.Send(new GetApplicationQuery(applicationId), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                $"Accept the offer of {mine.EmployerName} for {mine.PostingTitle}?",
                $"You take one of its places and it becomes your placement; {mine.EmployerName} is told by e-mail. " +
                "This cannot be undone here: to change your mind afterwards, talk to your coordinator.",
                "Yes, accept the offer")
            {
                Terms = OfferTerms.Of(await sender.Send(new GetPostingQuery(mine.PostingId), ct)),
                Destructive = false,
            }, ct) is { } ask)
        {
            return ask;
        }

        var application = await sender.Send(new AcceptOfferCommand(applicationId), ct);
        return Done($"You accepted the offer of {application.EmployerName} for “{application.PostingTitle}”. Your placement is on your home page.");
    }

    public async Task<IActionResult> OnPostDeclineAsync(int applicationId, bool confirmed, CancellationToken ct)
    {
        var mine = await sender.Send(new GetApplicationQuery(applicationId), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                $"Decline the offer of {mine.EmployerName} for {mine.PostingTitle}?",
                $"{mine.EmployerName} is told by e-mail and may offer the place to someone else. This cannot be undone: " +
                "you cannot accept this offer later or apply to this posting again.",
                "Yes, decline the offer"), ct) is { } ask)
        {
            return ask;
        }

        var application = await sender.Send(new DeclineOfferCommand(applicationId), ct);
        return Done($"You declined the offer for “{application.PostingTitle}”.");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Applications = await sender.Send(new ListMyApplicationsQuery(Status, PageNumber), ct);
        var offers = new Dictionary<int, IReadOnlyList<KeyValuePair<string, string>>>();
        foreach (var offered in Applications.Items.Where(a => a.Status == ApplicationStatus.Offered))
        {
            offers[offered.Id] = OfferTerms.Of(await sender.Send(new GetPostingQuery(offered.PostingId), ct));
        }

        Offers = offers;
    }
}
