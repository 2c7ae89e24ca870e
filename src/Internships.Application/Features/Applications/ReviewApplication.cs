namespace Internships.Application.Features.Applications;

/// <summary>The employer starts reviewing a submitted application.</summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record ReviewApplicationCommand(int ApplicationId) : ICommand<ApplicationDto>;

public sealed class ReviewApplicationAuthorizer(RecordAccess access) : IResourceAuthorizer<ReviewApplicationCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ReviewApplicationCommand request, CancellationToken cancellationToken) =>
        access.ToDecideApplicationAsync(request.ApplicationId, cancellationToken);
}

public sealed class ReviewApplicationHandler(IAppDbContext db, IClock clock, ICurrentUser user)
    : ICommandHandler<ReviewApplicationCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(ReviewApplicationCommand command, CancellationToken cancellationToken) =>
        await db.ChangeApplicationAsync(command.ApplicationId, a => a.StartReview(clock.UtcNow), user.IsInRole(Roles.Coordinator), clock, cancellationToken);
}
