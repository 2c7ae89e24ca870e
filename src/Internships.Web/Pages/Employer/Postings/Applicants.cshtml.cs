using Internships.Application.Features.Applications;
using Internships.Application.Features.Postings;
using Internships.Domain.Applications;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Employer.Postings;

/// <summary>The applicants to one of the employer's postings, with their statements: review, reject or offer.</summary>
public sealed class ApplicantsModel(ISender sender, IStringLocalizer<EmployerText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public ApplicationStatus? Status { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
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
        return Done(text["Applicants.UnderReview", $"{a.Applicant.FirstName} {a.Applicant.LastName}"], null, new { id = Id });
    }

    /// <summary>
    /// Asks first, showing the offer's terms, and warns when the offers not yet answered already equal the places left
    /// (still allowed: the first students to accept take the places).
    /// </summary>
    public async Task<IActionResult> OnPostOfferAsync(int applicationId, bool confirmed, CancellationToken ct)
    {
        var applicant = await sender.Send(new GetApplicationQuery(applicationId), ct);
        var posting = await sender.Send(new GetPostingQuery(Id), ct);
        var openOffers = (await sender.Send(new ListPostingApplicationsQuery(Id, ApplicationStatus.Offered, PageSize: 1), ct)).Total;
        var name = $"{applicant.Applicant.FirstName} {applicant.Applicant.LastName}";
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Applicants.OfferQuestion", name, posting.Title],
                text["Applicants.OfferConsequences", name],
                text["Applicants.YesOffer", name])
            {
                Terms = OfferTerms.Of(posting),
                Destructive = false,
                Warning = openOffers >= posting.RemainingSlots ? OffersWarning(openOffers, posting.RemainingSlots) : null,
            }, ct) is { } ask)
        {
            return ask;
        }

        var a = await sender.Send(new MakeOfferCommand(applicationId), ct);
        return Done(text["Applicants.Offered", $"{a.Applicant.FirstName} {a.Applicant.LastName}"], null, new { id = Id });
    }

    public async Task<IActionResult> OnPostRejectAsync(int applicationId, bool confirmed, CancellationToken ct)
    {
        var applicant = await sender.Send(new GetApplicationQuery(applicationId), ct);
        var name = $"{applicant.Applicant.FirstName} {applicant.Applicant.LastName}";
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Applicants.RejectQuestion", name, applicant.PostingTitle],
                text["Applicants.RejectConsequences", name],
                text["Applicants.YesReject"])
            {
                Reason = new ConfirmationReason(text["Applicants.RejectReason"], Required: false),
            }, ct) is { } ask)
        {
            return ask;
        }

        var a = await sender.Send(new RejectApplicationCommand(Input.Reason) { ApplicationId = applicationId }, ct);
        return Done(text["Applicants.Rejected", $"{a.Applicant.FirstName} {a.Applicant.LastName}"], null, new { id = Id });
    }

    /// <summary>"2 offers not yet answered already equal the 2 places left. You may still offer: …"</summary>
    private string OffersWarning(int openOffers, int placesLeft) => text["Applicants.OffersWarning",
        openOffers == 1 ? text["Applicants.OffersWaiting.One"] : text["Applicants.OffersWaiting.Many", Display.Number(openOffers)],
        placesLeft == 1 ? text["Applicants.PlacesLeft.One"] : text["Applicants.PlacesLeft.Many", Display.Number(placesLeft)]];

    /// <summary>The badges each applicant on the page agreed to share, by application (empty without their consent).</summary>
    public IReadOnlyDictionary<int, ApplicantBadgesDto> Badges { get; private set; } = new Dictionary<int, ApplicantBadgesDto>();

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Posting = await sender.Send(new GetPostingQuery(Id), ct);
        Applications = await sender.Send(new ListPostingApplicationsQuery(Id, Status, PageNumber, Settled: Status is null ? false : null), ct);
        Settled = Status is null ? await sender.Send(new ListPostingApplicationsQuery(Id, PageSize: Paging.MaxPageSize, Settled: true), ct) : null;
        Badges = Applications.Items.Count == 0
            ? new Dictionary<int, ApplicantBadgesDto>()
            : (await sender.Send(new ListPostingApplicantBadgesQuery(Id, Applications.Items.Select(a => a.Id).ToList()), ct)).ToDictionary(b => b.ApplicationId);
    }

    public sealed class RejectInput
    {
        public string? Reason { get; set; }
    }
}
