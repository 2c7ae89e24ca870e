namespace Internships.Application.Features.Applications;

/// <summary>The student withdraws an application they have not yet accepted.</summary>
[Authorize(Roles.Student)]
public sealed record WithdrawApplicationCommand(int ApplicationId) : ICommand<ApplicationDto>;

public sealed class WithdrawApplicationAuthorizer(RecordAccess access) : IResourceAuthorizer<WithdrawApplicationCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(WithdrawApplicationCommand request, CancellationToken cancellationToken) =>
        access.ToActAsApplicantAsync(request.ApplicationId, cancellationToken);
}

public sealed class WithdrawApplicationHandler(IAppDbContext db, IClock clock) : ICommandHandler<WithdrawApplicationCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(WithdrawApplicationCommand command, CancellationToken cancellationToken) =>
        await db.ChangeApplicationAsync(command.ApplicationId, a => a.Withdraw(clock.UtcNow), includeRank: true, clock, cancellationToken);
}
