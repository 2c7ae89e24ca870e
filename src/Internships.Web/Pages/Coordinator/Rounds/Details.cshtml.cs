using System.Text;
using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Dashboard;
using Internships.Application.Features.MatchRounds;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Rounds;

/// <summary>One round as its coordinator runs it: lock, run, review a run, change capacities, publish, scramble.</summary>
public sealed class DetailsModel(ISender sender, IClock clock, IStringLocalizer<IssuingText> text) : AppPageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    /// <summary>The run reviewed; the latest when not given.</summary>
    [BindProperty(SupportsGet = true, Name = "run")] public int? RunNumber { get; set; }

    [BindProperty] public RoundInput Input { get; set; } = new();

    public MatchRoundDto Round { get; private set; } = null!;

    public IReadOnlyList<MatchRunDto> Runs { get; private set; } = [];

    public MatchRunReviewDto? Review { get; private set; }

    public PagedResult<RoundPostingDto> Postings { get; private set; } = new([], 0, 1, Paging.MaxPageSize);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostLockAsync(bool confirmed, CancellationToken ct)
    {
        var open = await sender.Send(new GetMatchRoundQuery(Id), ct);
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Rounds.LockQuestion", open.Name],
                text["Rounds.LockConsequences", Display.Day(open.PreferenceDeadline), open.StudentsWithChoices, open.Participants],
                text["Rounds.LockConfirm"]), ct) is { } ask)
        {
            return ask;
        }

        await sender.Send(new LockMatchRoundCommand(Id), ct);
        return Done(text["Rounds.LockedDone"], null, new { Id });
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var run = await sender.Send(new RunMatchRoundCommand(Input.Seed) { RoundId = Id }, ct);
        return Done(text["Rounds.Ran", run.Number, run.Seed, run.Matched, run.Students],
            null, new { Id, run = run.Number });
    }

    public async Task<IActionResult> OnPostPublishAsync(int number, bool confirmed, CancellationToken ct)
    {
        var run = (await sender.Send(new ListMatchRunsQuery(Id), ct)).FirstOrDefault(r => r.Number == number);
        if (await AskFirstAsync(confirmed, new Confirmation(
                text["Rounds.PublishQuestion", number],
                (run is null ? "" : text["Rounds.PublishPlaced", run.Matched, run.Students] + " ") + text["Rounds.PublishConsequences"],
                text["Rounds.PublishConfirm", number]), ct) is { } ask)
        {
            return ask;
        }

        var published = await sender.Send(new PublishMatchRoundCommand(number) { RoundId = Id }, ct);
        return Done(text["Rounds.PublishedDone", number, published.OffersMade, published.AlreadyOffered, published.Skipped], null, new { Id, run = number });
    }

    public async Task<IActionResult> OnPostCapacityAsync(int postingId, CancellationToken ct)
    {
        await sender.Send(new ChangeRoundCapacityCommand(Input.Capacity) { RoundId = Id, PostingId = postingId }, ct);
        return Done(text["Rounds.CapacitySet", Input.Capacity], null, new { Id });
    }

    public async Task<IActionResult> OnPostScrambleAsync(CancellationToken ct)
    {
        var scramble = await sender.Send(new CreateScrambleRoundCommand(Input.ScrambleName ?? "", Input.ScrambleDeadline ?? clock.Today.AddDays(7))
            { RoundId = Id }, ct);
        return DoneLocal(text["Rounds.ScrambleOpened", scramble.Name, scramble.Participants, scramble.Places],
            $"/coordinator/rounds/{scramble.Id}");
    }

    public async Task<IActionResult> OnGetCsvAsync(int number, CancellationToken ct)
    {
        var csv = await sender.Send(new ExportMatchRunQuery(Id, number), ct);
        return File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"match-round-{Id}-run-{number}.csv");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    /// <summary>"1st choice: 12" rows for the bar chart.</summary>
    public IReadOnlyList<CountBy> ChoiceRows(MatchRunDto run) =>
        run.PlacedAtChoice.Select((count, index) => new CountBy(text["Rounds.Choice", index + 1], count))
            .Append(new CountBy(text["Rounds.Unmatched"], run.Unmatched)).ToList();

    private async Task LoadAsync(CancellationToken ct)
    {
        Round = await sender.Send(new GetMatchRoundQuery(Id), ct);
        Runs = await sender.Send(new ListMatchRunsQuery(Id), ct);
        var number = RunNumber ?? Round.PublishedRunNumber ?? Runs.FirstOrDefault()?.Number;
        Review = number is { } n && Runs.Any(r => r.Number == n) ? await sender.Send(new GetMatchRunQuery(Id, n), ct) : null;
        Postings = await sender.Send(new ListRoundPostingsQuery(Id, PageSize: Paging.MaxPageSize), ct);
        Input.ScrambleDeadline ??= clock.Today.AddDays(7);
    }

    public sealed class RoundInput
    {
        public long? Seed { get; set; }

        public int Capacity { get; set; }

        public string? ScrambleName { get; set; }

        public DateOnly? ScrambleDeadline { get; set; }
    }
}
