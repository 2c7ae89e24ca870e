using Internships.Application.Features.Notifications;
using Internships.Domain.Applications;
using Internships.Domain.Common;
using Internships.Domain.Postings;

namespace Internships.Application.Features.MatchRounds;

public sealed record PublishedMatchDto(MatchRoundDto Round, int OffersMade, int AlreadyOffered, int Skipped);

/// <summary>
/// Makes a reviewed run final (the latest unless another is named): each assignment becomes an offer through the
/// normal offer and acceptance flow. A student who had applied to the posting gets the offer on that application;
/// otherwise the round's ranking stands for one. An application the student withdrew, or that was decided already,
/// is left as it is. All of it commits together, or nothing does.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record PublishMatchRoundCommand(int? RunNumber = null) : ICommand<PublishedMatchDto>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public int RoundId { get; init; }
}

public sealed class PublishMatchRoundAuthorizer(MatchRoundAccess access) : IResourceAuthorizer<PublishMatchRoundCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(PublishMatchRoundCommand request, CancellationToken cancellationToken) =>
        access.ToManageRoundAsync(request.RoundId, cancellationToken);
}

/// <remarks>
/// A district's round makes 100,000 offers in one transaction, so the new applications and their e-mails are written in
/// bulk (<see cref="IBulkWriter"/>) rather than as tracked entities saved and dispatched one by one: each new application
/// is still made by <see cref="InternshipApplication.OfferFromMatch"/>, and the e-mail its <see cref="OfferMade"/> event
/// would queue is queued for all of them at once by <see cref="OfferEmails"/> (the bulk rows are not tracked, so their
/// events are not dispatched). An offer on an application the student had made goes through the usual tracked path,
/// events and all. Everything is in the command's transaction: all of it commits, or none of it.
/// </remarks>
public sealed class PublishMatchRoundHandler(IAppDbContext db, IBulkWriter bulk, OfferEmails offerEmails, IClock clock)
    : ICommandHandler<PublishMatchRoundCommand, PublishedMatchDto>
{
    public async ValueTask<PublishedMatchDto> Handle(PublishMatchRoundCommand command, CancellationToken cancellationToken)
    {
        var round = await db.FindRoundAsync(command.RoundId, cancellationToken);
        var number = command.RunNumber ?? round.RunCount;
        round.Publish(number, clock.UtcNow);
        var run = await db.FindRunAsync(round.Id, number, cancellationToken);

        var assignments = await db.MatchOutcomes.AsNoTracking().Where(o => o.RunId == run.Id && o.PostingId != null)
            .Select(o => new { o.StudentId, PostingId = o.PostingId!.Value, ChoiceNumber = o.ChoiceNumber!.Value })
            .ToListAsync(cancellationToken);
        var postingIds = assignments.Select(a => a.PostingId).Distinct().ToList();
        var postings = await db.Postings.AsNoTracking().Where(p => postingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var stopped = postings.Values.FirstOrDefault(p => p.Status != PostingStatus.Open);
        if (stopped is not null)
        {
            var state = stopped.Status.ToString().ToLowerInvariant();
            throw new DomainRuleException(RuleKeys.Matching.PostingStoppedSinceRun,
                $"'{stopped.Title}' is {state} since run {number}; run the match again before publishing.", stopped.Title, RuleMessage.Word("State", state), number);
        }

        // The placed students' own applications to the postings they were placed in, read as keys. Not by lists of the
        // students and postings: those match the students' other applications to the round's postings too (all of them,
        // in a district's round), and SQLite answered two such lists of 100,000 and 10,000 ids in minutes.
        var existing = await db.ApplicationsOfAssignments(run.Id)
            .Select(a => new { a.Id, a.PostingId, a.StudentId, a.Status }).ToDictionaryAsync(a => (a.PostingId, a.StudentId), cancellationToken);
        var waitingIds = existing.Values.Where(a => a.Status is ApplicationStatus.Submitted or ApplicationStatus.UnderReview).Select(a => a.Id).ToList();
        var waiting = await db.Applications.Where(a => waitingIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);

        int made = 0, already = 0, skipped = 0;
        var now = clock.UtcNow;
        var newOffers = new List<InternshipApplication>();
        foreach (var assignment in assignments)
        {
            var posting = postings[assignment.PostingId];
            if (!existing.TryGetValue((assignment.PostingId, assignment.StudentId), out var application))
            {
                newOffers.Add(InternshipApplication.OfferFromMatch(posting, assignment.StudentId, round.Name, assignment.ChoiceNumber, now));
                made++;
            }
            else if (application.Status is ApplicationStatus.Submitted or ApplicationStatus.UnderReview)
            {
                waiting[application.Id].MakeOffer(posting, now);
                made++;
            }
            else if (application.Status is ApplicationStatus.Offered or ApplicationStatus.Accepted)
            {
                already++;
            }
            else
            {
                skipped++;
            }
        }

        await bulk.InsertAsync(newOffers, cancellationToken);
        await offerEmails.QueueAsync(await IdsOfAsync(run.Id, newOffers, cancellationToken), cancellationToken);

        // Saved here so the read below sees the change (and the offers on existing applications queue their e-mails); the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return new PublishedMatchDto(await db.ReadRoundAsync(round.Id, cancellationToken), made, already, skipped);
    }

    /// <summary>The ids the database gave the new applications, found by their student and posting (one application per pair).</summary>
    private async Task<List<MadeOffer>> IdsOfAsync(int runId, IReadOnlyList<InternshipApplication> offers, CancellationToken cancellationToken)
    {
        var byPair = await db.ApplicationsOfAssignments(runId).Select(a => new { a.Id, a.PostingId, a.StudentId })
            .ToDictionaryAsync(a => (a.PostingId, a.StudentId), a => a.Id, cancellationToken);
        return offers.Select(o => new MadeOffer(byPair[(o.PostingId, o.StudentId)], o.PostingId, o.StudentId)).ToList();
    }
}
