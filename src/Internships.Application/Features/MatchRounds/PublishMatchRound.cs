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

public sealed class PublishMatchRoundHandler(IAppDbContext db, IClock clock) : ICommandHandler<PublishMatchRoundCommand, PublishedMatchDto>
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
        var postings = await db.Postings.Where(p => postingIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var stopped = postings.Values.FirstOrDefault(p => p.Status != PostingStatus.Open);
        if (stopped is not null)
        {
            throw new DomainRuleException(
                $"'{stopped.Title}' is {stopped.Status.ToString().ToLowerInvariant()} since run {number}; run the match again before publishing.");
        }

        var studentIds = assignments.Select(a => a.StudentId).Distinct().ToList();
        var existing = (await db.Applications.Where(a => postingIds.Contains(a.PostingId) && studentIds.Contains(a.StudentId)).ToListAsync(cancellationToken))
            .ToDictionary(a => (a.PostingId, a.StudentId));

        int made = 0, already = 0, skipped = 0;
        var now = clock.UtcNow;
        foreach (var assignment in assignments)
        {
            var posting = postings[assignment.PostingId];
            if (!existing.TryGetValue((assignment.PostingId, assignment.StudentId), out var application))
            {
                db.Applications.Add(InternshipApplication.OfferFromMatch(posting, assignment.StudentId, round.Name, assignment.ChoiceNumber, now));
                made++;
            }
            else if (application.Status is ApplicationStatus.Submitted or ApplicationStatus.UnderReview)
            {
                application.MakeOffer(posting, now);
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

        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return new PublishedMatchDto(await db.ReadRoundAsync(round.Id, cancellationToken), made, already, skipped);
    }
}
