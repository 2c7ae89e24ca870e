using Internships.Application.Features.Badges;
using Internships.Application.Features.Employers;
using Internships.Application.Features.Evaluations;
using Internships.Application.Features.Pathways;
using Internships.Domain.Badges;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Badges;

/// <summary>
/// The badge class editor (at /coordinator/badges/new and /coordinator/badges/{id}/edit): criteria, kind, validity,
/// prerequisites, endorsing employer, award rule; a preview of the image drawn from the name, colour and kind; and, for a
/// saved badge, its own PNG uploaded (or removed again).
/// </summary>
[RequestSizeLimit(Uploads.MaxPageBodyBytes)]
public sealed class EditModel(ISender sender, IStringLocalizer<IssuingText> text) : AppPageModel
{
    [BindProperty] public BadgeInput Input { get; set; } = new();

    [BindProperty] public ImageInput Image { get; set; } = new();

    public BadgeClassDto? Badge { get; private set; }

    public IReadOnlyList<BadgeClassDto> OtherBadges { get; private set; } = [];

    public IReadOnlyList<EmployerDto> Employers { get; private set; } = [];

    public IReadOnlyList<PathwayDto> Pathways { get; private set; } = [];

    public IReadOnlyList<RubricCompetencyDto> Rubric { get; private set; } = [];

    /// <summary>Where the preview of the drawn image is, when one was asked for.</summary>
    public string? PreviewUrl { get; private set; }

    public override string InputPrefix => Request.Query["handler"] == "UploadImage" ? "Image" : "Input";

    private int? Id => RouteData.Values.TryGetValue("id", out var id) && id is string s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : null;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } b)
        {
            Input = BadgeInput.From(b);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var current = await LoadAsync(ct);
        var saved = current is null
            ? await sender.Send(Input.ToFields<CreateBadgeClassCommand>(alignments: null), ct)
            : await sender.Send(Input.ToFields<UpdateBadgeClassCommand>(current.Alignments) with { IsActive = Input.IsActive, BadgeClassId = current.Id, ExpectedVersion = Input.Version }, ct);
        return DoneLocal(text[current is null ? "Badges.Added" : "Badges.Saved", saved.Name], $"/coordinator/badges/{saved.Id}/edit");
    }

    /// <summary>Shows the image the typed name, colour and kind would draw, without saving.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        ModelState.Clear();
        var kind = Input.Kind ?? BadgeKind.Completion;
        PreviewUrl = Url.Page("/Coordinator/Badges/Edit", "Preview", new { name = string.IsNullOrWhiteSpace(Input.Name) ? "New badge" : Input.Name, color = Input.Color, kind });
        return Page();
    }

    /// <summary>The drawn image of a name, colour and kind (the preview's picture).</summary>
    public async Task<IActionResult> OnGetPreviewAsync(string? name, string? color, BadgeKind kind, CancellationToken ct) =>
        File(await sender.Send(new PreviewBadgeImageQuery(name ?? "", color, kind), ct), "image/png");

    /// <summary>The badge's image in use now, never cached: it changes while the coordinator edits.</summary>
    public async Task<IActionResult> OnGetImageAsync(CancellationToken ct)
    {
        var badge = await sender.Send(new GetBadgeClassQuery(Id ?? 0), ct);
        Response.Headers.CacheControl = "no-store";
        return File(await sender.Send(new GetBadgeImageQuery(badge.PublicId), ct), "image/png");
    }

    public async Task<IActionResult> OnPostUploadImageAsync(CancellationToken ct)
    {
        var upload = await Uploads.ReadAsync(Image.File, ct);
        if (upload is null)
        {
            ModelState.AddModelError("Image.Png", text["Badges.ChoosePng"]);
            await LoadAsync(ct);
            return Page();
        }

        var saved = await sender.Send(new UploadBadgeImageCommand(Id ?? 0, upload.Content), ct);
        return DoneLocal(text["Badges.UsesUploaded", saved.Name], $"/coordinator/badges/{saved.Id}/edit");
    }

    public async Task<IActionResult> OnPostRemoveImageAsync(CancellationToken ct)
    {
        var saved = await sender.Send(new UploadBadgeImageCommand(Id ?? 0, null), ct);
        return DoneLocal(text["Badges.UsesDrawn", saved.Name], $"/coordinator/badges/{saved.Id}/edit");
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        // The use case names the rule's fields under "AwardRule." and each skill by its place; the page has a field for each rule
        // field and one box for the skills.
        ModelState.Move(key => key switch
        {
            "Input.AwardRule" or "Input.AwardRule.PathwayId" => "Input.RulePathwayId",
            "Input.AwardRule.CompetencyKey" => "Input.RuleCompetencyKey",
            "Input.AwardRule.MinimumScore" => "Input.RuleMinimumScore",
            _ => null,
        });
        ModelState.MoveList("Input.Skills", "Input.Skills");
    }

    /// <summary>What the form chooses from, and the badge being edited (null when adding one).</summary>
    private async Task<BadgeClassDto?> LoadAsync(CancellationToken ct)
    {
        Badge = Id is { } id ? await sender.Send(new GetBadgeClassQuery(id), ct) : null;
        OtherBadges = (await sender.Send(new ListBadgeClassesQuery(IncludeRetired: true, PageSize: Paging.MaxPageSize), ct)).Items
            .Where(b => b.Id != Id).ToList();
        Employers = (await sender.Send(new ListEmployersQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Pathways = (await sender.Send(new ListPathwaysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Rubric = await sender.Send(new GetRubricQuery(), ct);
        return Badge;
    }

    public sealed class BadgeInput
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public string? NameEs { get; set; }
        public string? DescriptionEs { get; set; }
        public string? Criteria { get; set; }
        public BadgeKind? Kind { get; set; }
        public BadgeRecipientType? RecipientType { get; set; }
        public string? Color { get; set; } = "#1f6fb2";
        public int? ValidityMonths { get; set; }
        public int? EndorsingEmployerId { get; set; }
        public string? Skills { get; set; }
        public List<int> PrerequisiteIds { get; set; } = [];

        /// <summary>Empty: awarded by hand only; 0: completing a placement in any pathway; else that pathway.</summary>
        public int? RulePathwayId { get; set; }
        public string? RuleCompetencyKey { get; set; }
        public int? RuleMinimumScore { get; set; }
        public bool IsActive { get; set; } = true;
        public bool AllowsClaims { get; set; }

        /// <summary>An organisation badge's staff rule, kept as it is (set through the API): hidden fields carry it through an edit.</summary>
        public int? StaffRuleProgrammeId { get; set; }

        public int? StaffRuleCount { get; set; }
        /// <summary>The version of the record the form was opened on: a save over someone else's change since is refused.</summary>
        public long? Version { get; set; }

        public static BadgeInput From(BadgeClassDto b) => new()
        {
            Version = b.Version,
            Name = b.Name, Description = b.Description, Criteria = b.Criteria, Kind = b.Kind, RecipientType = b.RecipientType, Color = b.Color.ToLowerInvariant(),
            ValidityMonths = b.ValidityMonths, EndorsingEmployerId = b.EndorsingEmployerId, Skills = string.Join('\n', b.Skills),
            PrerequisiteIds = b.Prerequisites.Select(p => p.Id).ToList(), RulePathwayId = b.Rule is null ? null : b.Rule.PathwayId ?? 0,
            RuleCompetencyKey = b.Rule?.CompetencyKey, RuleMinimumScore = b.Rule?.MinimumScore, IsActive = b.IsActive,
            AllowsClaims = b.AllowsClaims, NameEs = b.NameEs, DescriptionEs = b.DescriptionEs,
            StaffRuleProgrammeId = b.StaffRule?.ProgrammeId, StaffRuleCount = b.StaffRule?.StaffCount,
        };

        public T ToFields<T>(IReadOnlyList<BadgeAlignment>? alignments) where T : BadgeClassFields, new() => new()
        {
            Name = Name ?? "", Description = Description ?? "", Criteria = Criteria ?? "", Kind = Kind ?? (BadgeKind)(-1),
            RecipientType = RecipientType ?? (BadgeRecipientType)(-1), Color = string.IsNullOrWhiteSpace(Color) ? null : Color, ValidityMonths = ValidityMonths,
            EndorsingEmployerId = EndorsingEmployerId, Skills = (Skills ?? "").Split('\n').Select(s => s.Trim()).Where(s => s.Length > 0).ToList(),
            Alignments = alignments, PrerequisiteIds = PrerequisiteIds, AllowsClaims = AllowsClaims,
            NameEs = NameEs, DescriptionEs = DescriptionEs,
            StaffRule = StaffRuleProgrammeId is { } programme ? new StaffProgrammeRule(programme, StaffRuleCount ?? 0) : null,
            AwardRule = RulePathwayId is { } pathway
                ? new AwardRuleInput(pathway == 0 ? null : pathway, string.IsNullOrWhiteSpace(RuleCompetencyKey) ? null : RuleCompetencyKey, RuleMinimumScore)
                : null,
        };
    }

    public sealed class ImageInput
    {
        public IFormFile? File { get; set; }
    }
}
