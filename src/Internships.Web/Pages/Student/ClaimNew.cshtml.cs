using Internships.Application.Features.BadgeClaims;
using Internships.Application.Features.Badges;
using Internships.Domain.Badges;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Student;

/// <summary>The student claims a badge that allows claims: what they did, links to the work, and a PDF if they have one.</summary>
[RequestSizeLimit(Uploads.MaxPageBodyBytes)]
public sealed class ClaimNewModel(ISender sender, IStringLocalizer<ClaimText> text) : AppPageModel
{
    [BindProperty] public ClaimInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)] public int? BadgeClassId { get; set; }

    public IReadOnlyList<BadgeClassDto> Claimable { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        await OnFailedAsync(ct);
        Input.BadgeClassId = BadgeClassId;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var claim = await sender.Send(new SubmitBadgeClaimCommand(Input.BadgeClassId ?? 0, Input.Narrative ?? "", ClaimInput.LinksOf(Input.Links))
        {
            EvidenceFile = await Uploads.ReadAsync(Input.File, ct),
        }, ct);
        return Done(text["Claims.SentForReview", claim.BadgeName], "/Student/Claims");
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        Claimable = (await sender.Send(new ListBadgeClassesQuery(RecipientType: BadgeRecipientType.Student, PageSize: Paging.MaxPageSize), cancellationToken))
            .Items.Where(b => b.AllowsClaims).ToList();
        ClaimInput.PlaceErrors(ModelState);
    }

    public sealed class ClaimInput
    {
        public int? BadgeClassId { get; set; }
        public string? Narrative { get; set; }

        /// <summary>One link a line.</summary>
        public string? Links { get; set; }
        public IFormFile? File { get; set; }

        /// <summary>The use case names each link by its place and the file as EvidenceFile; the form has one box for the links and a file field.</summary>
        public static void PlaceErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
        {
            state.MoveList("Input.Links", "Input.Links");
            state.Move(key => key == "Input.EvidenceFile" ? "Input.File" : null);
        }

        public static IReadOnlyList<string> LinksOf(string? lines) =>
            (lines ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
    }
}
