using Internships.Application.Features.Applications;
using Internships.Application.Features.Postings;
using Internships.Domain.Applications;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Student;

/// <summary>A student's applications: withdraw one, accept or decline an offer.</summary>
public sealed class ApplicationsModel(ISender sender, IStringLocalizer<StudentText> text) : AppPageModel
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
                text["Applications.WithdrawQuestion", mine.PostingTitle],
                (mine.Status == ApplicationStatus.Offered ? text["Applications.OfferGoesWithIt"] + " " : "") +
                text["Applications.WithdrawConsequences", mine.EmployerName],
                text["Applications.YesWithdraw"]), ct) is { } ask)
        {
            return ask;
        }

        var application = await sender.Send(new WithdrawApplicationCommand(applicationId), ct);
        return Done(text["Applications.Withdrew", application.PostingTitle]);
    }

    public async Task<IActionResult> OnPostAcceptAsync(int applicationId, bool confirmed, CancellationToken ct)
    {
        var mine = await sender.Send(new GetApplicationQuery(applicationId), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Applications.AcceptQuestion", mine.EmployerName, mine.PostingTitle],
                text["Applications.AcceptConsequences", mine.EmployerName],
                text["Applications.YesAccept"])
            {
                Terms = OfferTerms.Of(await sender.Send(new GetPostingQuery(mine.PostingId), ct)),
                Destructive = false,
            }, ct) is { } ask)
        {
            return ask;
        }

        var application = await sender.Send(new AcceptOfferCommand(applicationId), ct);
        return Done(text["Applications.Accepted", application.EmployerName, application.PostingTitle]);
    }

    public async Task<IActionResult> OnPostDeclineAsync(int applicationId, bool confirmed, CancellationToken ct)
    {
        var mine = await sender.Send(new GetApplicationQuery(applicationId), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Applications.DeclineQuestion", mine.EmployerName, mine.PostingTitle],
                text["Applications.DeclineConsequences", mine.EmployerName],
                text["Applications.YesDecline"]), ct) is { } ask)
        {
            return ask;
        }

        var application = await sender.Send(new DeclineOfferCommand(applicationId), ct);
        return Done(text["Applications.Declined", application.PostingTitle]);
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
