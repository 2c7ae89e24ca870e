namespace Internships.Application.Features.Applications;

[Authorize(Roles.Student)]
public sealed record DeclineOfferCommand(int ApplicationId) : ICommand<ApplicationDto>;

public sealed class DeclineOfferAuthorizer(RecordAccess access) : IResourceAuthorizer<DeclineOfferCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(DeclineOfferCommand request, CancellationToken cancellationToken) =>
        access.ToActAsApplicantAsync(request.ApplicationId, cancellationToken);
}

public sealed class DeclineOfferHandler(IAppDbContext db, IClock clock) : ICommandHandler<DeclineOfferCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(DeclineOfferCommand command, CancellationToken cancellationToken) =>
        await db.ChangeApplicationAsync(command.ApplicationId, a => a.DeclineOffer(clock.UtcNow), includeRank: true, clock, cancellationToken);
}
