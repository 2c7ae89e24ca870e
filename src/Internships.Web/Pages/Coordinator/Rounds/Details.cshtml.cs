using System.Text;
using Internships.Application.Common.Interfaces;
using Internships.Application.Features.Dashboard;
using Internships.Application.Features.MatchRounds;

namespace Internships.Web.Pages.Coordinator.Rounds;

/// <summary>One round as its coordinator runs it: lock, run, review a run, change capacities, publish, scramble.</summary>
public sealed class DetailsModel(ISender sender, IClock clock) : AppPageModel
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
                $"Lock the rankings of {open.Name}?",
                $"Students and employers can no longer change their rankings, even before the deadline of {Display.Day(open.PreferenceDeadline)}; " +
                $"{open.StudentsWithChoices} of {open.Participants} students have ranked. A locked round cannot be opened again: the next step is to run the match.",
                "Yes, lock the rankings"), ct) is { } ask)
        {
            return ask;
        }

        await sender.Send(new LockMatchRoundCommand(Id), ct);
        return Done("The round is locked: rankings are final. Run the match when you are ready.", null, new { Id });
    }

    public async Task<IActionResult> OnPostRunAsync(CancellationToken ct)
    {
        var run = await sender.Send(new RunMatchRoundCommand(Input.Seed) { RoundId = Id }, ct);
        return Done($"Run {run.Number} (seed {run.Seed}) placed {run.Matched} of {run.Students} students. Review it below before publishing.",
            null, new { Id, run = run.Number });
    }

    public async Task<IActionResult> OnPostPublishAsync(int number, bool confirmed, CancellationToken ct)
    {
        var run = (await sender.Send(new ListMatchRunsQuery(Id), ct)).FirstOrDefault(r => r.Number == number);
        if (await AskFirstAsync(confirmed, new Confirmation(
                $"Publish run {number}?",
                (run is null ? "" : $"It placed {run.Matched} of {run.Students} students. ") +
                "Each placement becomes an offer, e-mailed to its student at once, and the round is over: offers cannot be taken back, " +
                "and no other run of this round can be published.",
                $"Yes, publish run {number}"), ct) is { } ask)
        {
            return ask;
        }

        var published = await sender.Send(new PublishMatchRoundCommand(number) { RoundId = Id }, ct);
        return Done($"Run {number} is published: {published.OffersMade} offers went to students ({published.AlreadyOffered} already held one, " +
            $"{published.Skipped} left as they were).", null, new { Id, run = number });
    }

    public async Task<IActionResult> OnPostCapacityAsync(int postingId, CancellationToken ct)
    {
        await sender.Send(new ChangeRoundCapacityCommand(Input.Capacity) { RoundId = Id, PostingId = postingId }, ct);
        return Done($"The posting now fills {Input.Capacity} place(s) in this round. Run the match again to see the effect.", null, new { Id });
    }

    public async Task<IActionResult> OnPostScrambleAsync(CancellationToken ct)
    {
        var scramble = await sender.Send(new CreateScrambleRoundCommand(Input.ScrambleName ?? "", Input.ScrambleDeadline ?? clock.Today.AddDays(7))
            { RoundId = Id }, ct);
        return DoneLocal($"“{scramble.Name}” is open for {scramble.Participants} unmatched students and {scramble.Places} places.",
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
        run.PlacedAtChoice.Select((count, index) => new CountBy($"Choice {index + 1}", count))
            .Append(new CountBy("Unmatched", run.Unmatched)).ToList();

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
