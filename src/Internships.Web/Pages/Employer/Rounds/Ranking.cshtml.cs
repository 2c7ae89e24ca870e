using Internships.Application.Common.Interfaces;
using Internships.Application.Features.MatchRounds;
using Internships.Domain.Matching;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Employer.Rounds;

/// <summary>
/// An employer ranks the students who chose its posting in a round: a number each (1 best, equal numbers tie),
/// blank to leave them after everyone ranked, or "not acceptable".
/// </summary>
public sealed class RankingModel(ISender sender, IClock clock, IStringLocalizer<EmployerText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    [BindProperty(SupportsGet = true)] public int PostingId { get; set; }

    [BindProperty] public List<CandidateInput> Input { get; set; } = [];

    public MatchRoundDto Round { get; private set; } = null!;

    public RoundPostingDto? Posting { get; private set; }

    public PagedResult<MatchCandidateDto> Candidates { get; private set; } = new([], 0, 1, Paging.MaxPageSize);

    public bool MayRank => Round.Status == MatchRoundStatus.Open && clock.Today <= Round.PreferenceDeadline;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ranking = Input.Where(c => c is { Unacceptable: false, Rank: > 0 }).Select(c => new CandidateRank(c.StudentId, c.Rank!.Value)).ToList();
        var refused = Input.Where(c => c.Unacceptable).Select(c => c.StudentId).ToList();
        await sender.Send(new RankMatchCandidatesCommand(ranking, refused) { RoundId = Id, PostingId = PostingId }, ct);
        return Done(text["Ranking.Saved", Display.Number(ranking.Count), Display.Number(refused.Count)], null, new { Id, PostingId });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Round = await sender.Send(new GetMatchRoundQuery(Id), ct);
        Candidates = await sender.Send(new ListMatchCandidatesQuery(Id, PostingId, PageSize: Paging.MaxPageSize), ct);
        Posting = (await sender.Send(new ListRoundPostingsQuery(Id, PageSize: Paging.MaxPageSize), ct)).Items.FirstOrDefault(p => p.PostingId == PostingId);
    }

    public sealed class CandidateInput
    {
        public int StudentId { get; set; }

        public int? Rank { get; set; }

        public bool Unacceptable { get; set; }
    }
}
