using Internships.Application.Features.MatchRounds;

namespace Internships.Web.Pages.Employer.Rounds;

/// <summary>The matching rounds the organisation's postings are in, each posting linking to its ranking.</summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    public IReadOnlyList<(MatchRoundDto Round, IReadOnlyList<RoundPostingDto> Postings)> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var rounds = await sender.Send(new ListMatchRoundsQuery(), ct);
        var list = new List<(MatchRoundDto, IReadOnlyList<RoundPostingDto>)>();
        foreach (var round in rounds.Items)
        {
            list.Add((round, (await sender.Send(new ListRoundPostingsQuery(round.Id, PageSize: Paging.MaxPageSize), ct)).Items));
        }

        Rounds = list;
    }
}
