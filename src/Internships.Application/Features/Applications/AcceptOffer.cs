namespace Internships.Application.Features.Applications;

/// <summary>
/// The student takes the offered place. This fills one of the posting's slots; the posting's version check makes
/// concurrent accepts queue up, so a posting never has more accepted students than slots, and on a database server they
/// take turns on a lock for the posting before reading it.
/// </summary>
[Authorize(Roles.Student)]
public sealed record AcceptOfferCommand(int ApplicationId) : ICommand<ApplicationDto>;

public sealed class AcceptOfferAuthorizer(RecordAccess access) : IResourceAuthorizer<AcceptOfferCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(AcceptOfferCommand request, CancellationToken cancellationToken) =>
        access.ToActAsApplicantAsync(request.ApplicationId, cancellationToken);
}

public sealed class AcceptOfferHandler(IAppDbContext db, IClock clock) : ICommandHandler<AcceptOfferCommand, ApplicationDto>
{
    /// <summary>The lock that accepts of one posting take turns on.</summary>
    public const string PostingLock = "posting-slots";

    public async ValueTask<ApplicationDto> Handle(AcceptOfferCommand command, CancellationToken cancellationToken)
    {
        // Students accept offers of a popular posting at the same moment: they take turns (the last slot's accept closes
        // the others' applications, which would otherwise be held by their own accepts, waiting for the posting).
        var postingId = await db.Applications.Where(a => a.Id == command.ApplicationId).Select(a => (int?)a.PostingId).SingleOrDefaultAsync(cancellationToken);
        if (postingId is { } id)
        {
            await db.LockForTransactionAsync(PostingLock, id, cancellationToken);
        }

        return await db.ChangeApplicationAsync(command.ApplicationId, a => a.AcceptOffer(a.Posting!, clock.UtcNow), includeRank: true, clock, cancellationToken);
    }

}
