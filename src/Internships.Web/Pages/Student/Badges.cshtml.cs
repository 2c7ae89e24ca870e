using Internships.Application.Features.Badges;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Student;

/// <summary>The student's backpack: each badge with its public page, share links and the baked images.</summary>
public sealed class BadgesModel(ISender sender, IStringLocalizer<StudentText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    public PagedResult<AwardDto> Awards { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    /// <summary>The award whose publication choice was just refused: its card shows why.</summary>
    public Guid? PublicationAwardId { get; private set; }

    /// <summary>The messages of the refused choice, to show on its card.</summary>
    public IEnumerable<string> PublicationErrors =>
        ModelState.Where(e => e.Key.Length > 0).SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVisibilityAsync(Guid awardId, bool showName, CancellationToken ct)
    {
        var award = await sender.Send(new SetAwardNameVisibilityCommand(showName) { AwardId = awardId }, ct);
        return Done(award.ShowRecipientName
            ? text["Backpack.NameShown", award.BadgeName]
            : text["Backpack.NameHidden", award.BadgeName]);
    }

    public async Task<IActionResult> OnPostPublicationAsync(Guid awardId, bool showDetails, bool guardianConsented, string? guardianName,
        CancellationToken ct)
    {
        PublicationAwardId = awardId;
        var award = await sender.Send(new SetAwardDetailsPublicationCommand(showDetails, guardianConsented, guardianName) { AwardId = awardId }, ct);
        return Done(award.Publication.DetailsShown
            ? text["Backpack.DetailsShown", award.BadgeName]
            : text["Backpack.KindsOnly", award.BadgeName]);
    }

    public async Task<IActionResult> OnPostRecipientAsync(bool opaque, CancellationToken ct)
    {
        var recipient = await sender.Send(new SetMyBadgeRecipientCommand(opaque), ct);
        return Done(recipient.Opaque
            ? text["Backpack.Anonymous", recipient.Address]
            : text["Backpack.OwnAddress"]);
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>The address future badges are made out to.</summary>
    public BadgeRecipientDto Recipient { get; private set; } = new(false, "");

    private async Task LoadAsync(CancellationToken ct)
    {
        Awards = await sender.Send(new ListMyBadgesQuery(PageNumber), ct);
        Recipient = await sender.Send(new GetMyBadgeRecipientQuery(), ct);
    }

    public static string LinkedInShare(string url) => "https://www.linkedin.com/sharing/share-offsite/?url=" + Uri.EscapeDataString(url);
}
