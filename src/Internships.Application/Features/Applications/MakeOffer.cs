using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
    public async ValueTask<ApplicationDto> Handle(MakeOfferCommand command, CancellationToken cancellationToken)
    {
        var application = await db.Applications.Include(a => a.Posting).FirstOrDefaultAsync(a => a.Id == command.ApplicationId, cancellationToken)
            ?? throw NotFoundException.For("Application", command.ApplicationId);
        application.MakeOffer(application.Posting!, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadApplicationAsync(application.Id, user.IsInRole(Roles.Coordinator), clock.Today, cancellationToken);
    }
}
