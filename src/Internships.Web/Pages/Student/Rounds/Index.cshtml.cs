using Internships.Application.Common.Interfaces;
using Internships.Application.Features.MatchRounds;
using Internships.Domain.Matching;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Student.Rounds;

/// <summary>
/// A student's matching round: the postings they may rank and their ranked list, one choice per select box, first
/// choice first (works without JavaScript). Without an id, the rounds the student takes part in.
/// </summary>
public sealed class IndexModel(ISender sender, IClock clock, IStringLocalizer<StudentText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }

    [BindProperty] public List<int?> Choices { get; set; } = [];

    public PagedResult<MatchRoundDto> Rounds { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public MatchRoundDto? Round { get; private set; }

    public IReadOnlyList<RoundPostingDto> Eligible { get; private set; } = [];

    public MatchChoicesDto? Mine { get; private set; }

    /// <summary>The posting shown in each select box: the saved ranking, or after a refused one what the student chose.</summary>
    public IReadOnlyList<int> ShownChoices { get; private set; } = [];

    public bool MayRank => Round is { Status: MatchRoundStatus.Open } round && clock.Today <= round.PreferenceDeadline;

    public override string InputPrefix => nameof(Choices);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ranked = Choices.Where(c => c is > 0).Select(c => c!.Value).ToList();
        var saved = await sender.Send(new RankMyMatchChoicesCommand(ranked) { RoundId = Id!.Value }, ct);
        return Done(saved.Choices.Count == 0
            ? text["Rounds.EmptySaved"]
            : text[saved.Choices.Count == 1 ? "Rounds.OneSaved" : "Rounds.Saved", saved.Choices.Count, saved.Choices[0].Title],
            null, new { Id });
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        ShownChoices = Choices.Select(c => c ?? 0).ToList();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Rounds = await sender.Send(new ListMatchRoundsQuery(), ct);
        if (Id is not { } id)
        {
            return;
        }

        Round = await sender.Send(new GetMatchRoundQuery(id), ct);
        Mine = await sender.Send(new GetMyMatchChoicesQuery(id), ct);
        ShownChoices = Mine.Choices.Select(c => c.PostingId).ToList();
        Eligible = (await sender.Send(new ListRoundPostingsQuery(id, EligibleOnly: true, PageSize: Paging.MaxPageSize), ct)).Items;
    }
}
