using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;

namespace Internships.Application.Features.Applications;

/// <summary>
/// The student takes the offered place. This fills one of the posting's slots; the posting's version check makes
/// concurrent accepts queue up, so a posting never has more accepted students than slots.
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
    public async ValueTask<ApplicationDto> Handle(AcceptOfferCommand command, CancellationToken cancellationToken) =>
        await db.ChangeApplicationAsync(command.ApplicationId, a => a.AcceptOffer(a.Posting!, clock.UtcNow), includeRank: true, clock, cancellationToken);
}
