using Internships.Application.Common.Interfaces;
using Internships.Application.Features.MatchRounds;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Rounds;

/// <summary>Matching rounds: the list, and a form to open a new one over every open posting.</summary>
public sealed class IndexModel(ISender sender, IClock clock, IStringLocalizer<IssuingText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true), FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;

    /// <summary>Only rounds still taking rankings whose deadline is within a week (the dashboard's link).</summary>
    [BindProperty(SupportsGet = true)] public bool? ClosingSoon { get; set; }

    [BindProperty] public NewRound Input { get; set; } = new();

    public PagedResult<MatchRoundDto> Rounds { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Input.PreferenceDeadline = clock.Today.AddDays(14);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var round = await sender.Send(new CreateMatchRoundCommand(Input.Name ?? "", Input.Term ?? "", Input.PreferenceDeadline, Input.MaxChoices,
            Input.AllowOtherPathways), ct);
        return DoneLocal(text["Rounds.Opened", round.Name, round.Participants, round.Postings, round.Places],
            $"/coordinator/rounds/{round.Id}");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>The district's terms, offered as the round's term.</summary>
    public IReadOnlyList<Application.Features.Terms.TermDto> Terms { get; private set; } = [];

    private async Task LoadAsync(CancellationToken ct)
    {
        Rounds = await sender.Send(new ListMatchRoundsQuery(PageNumber, ClosingSoon: ClosingSoon), ct);
        Terms = await sender.Send(new Application.Features.Terms.ListTermsQuery(), ct);
    }

    public sealed class NewRound
    {
        public string? Name { get; set; }

        public string? Term { get; set; }

        public DateOnly PreferenceDeadline { get; set; }

        public int MaxChoices { get; set; } = Domain.Matching.MatchRound.DefaultMaxChoices;

        public bool AllowOtherPathways { get; set; }
    }
}
