namespace Internships.Application.Features.Applications;

/// <summary>
/// The employer offers the applicant a place. Offers may outnumber slots; accepting is what takes a slot,
/// so the first students to accept get the places.
/// </summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record MakeOfferCommand(int ApplicationId) : ICommand<ApplicationDto>;

public sealed class MakeOfferAuthorizer(RecordAccess access) : IResourceAuthorizer<MakeOfferCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(MakeOfferCommand request, CancellationToken cancellationToken) =>
        access.ToDecideApplicationAsync(request.ApplicationId, cancellationToken);
}

public sealed class MakeOfferHandler(IAppDbContext db, IClock clock, ICurrentUser user) : ICommandHandler<MakeOfferCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(MakeOfferCommand command, CancellationToken cancellationToken) =>
        await db.ChangeApplicationAsync(command.ApplicationId, a => a.MakeOffer(a.Posting!, clock.UtcNow), user.IsInRole(Roles.Coordinator), clock, cancellationToken);
}
