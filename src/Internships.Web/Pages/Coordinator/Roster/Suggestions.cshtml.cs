using Internships.Application.Features.Pathways;
using Internships.Application.Features.Roster;
using Internships.Application.Features.Schools;
using Internships.Domain.Roster;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Roster;

/// <summary>
/// Pathway enrolments that students' courses suggest: tick the ones to enrol (the same enrolment as on a student's
/// page), or dismiss them so they are not suggested again.
/// </summary>
public sealed class SuggestionsModel(ISender sender, IStringLocalizer<IssuingText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? PathwayId { get; set; }
    [BindProperty(SupportsGet = true)] public int? SchoolId { get; set; }
    [BindProperty(SupportsGet = true)] public int? ImportId { get; set; }
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    [BindProperty] public List<int> SuggestionIds { get; set; } = [];

    public override string InputPrefix => "";

    public PagedResult<PathwaySuggestionDto> Suggestions { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<SchoolDto> Schools { get; private set; } = [];

    public IReadOnlyList<PathwayDto> Pathways { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var decided = await sender.Send(new ConfirmPathwaySuggestionsCommand(SuggestionIds), ct);
        return Done(text[decided.Decided == 1 ? "Roster.ConfirmedOne" : "Roster.ConfirmedMany", decided.Decided] + " " +
            text[decided.Enrolled == 1 ? "Roster.EnrolledOne" : "Roster.EnrolledMany", decided.Enrolled],
            null, new { PathwayId, SchoolId, ImportId });
    }

    public async Task<IActionResult> OnPostDismissAsync(CancellationToken ct)
    {
        var decided = await sender.Send(new DismissPathwaySuggestionsCommand(SuggestionIds), ct);
        return Done(text[decided.Decided == 1 ? "Roster.DismissedOne" : "Roster.DismissedMany", decided.Decided], null, new { PathwayId, SchoolId, ImportId });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Schools = (await sender.Send(new ListSchoolsQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Pathways = (await sender.Send(new ListPathwaysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
        Suggestions = await sender.Send(new ListPathwaySuggestionsQuery(SuggestionStatus.Pending, PathwayId, SchoolId, ImportId, PageNumber), ct);
    }
}
