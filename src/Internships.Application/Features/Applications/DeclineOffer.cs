using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
    public async ValueTask<ApplicationDto> Handle(DeclineOfferCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.FirstOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken)
            ?? throw NotFoundException.For("Application", command.ApplicationId);
        application.DeclineOffer(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadApplicationAsync(application.Id, includeRank: true, clock.Today, cancellationToken);
    }
}
