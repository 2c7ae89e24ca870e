using System.Text.Json.Serialization;

namespace Internships.Application.Features.Applications;

/// <summary>The employer turns an application down, optionally saying why (the student sees it).</summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record RejectApplicationCommand(string? Reason) : ICommand<ApplicationDto>
{
    [JsonIgnore]
    public int ApplicationId { get; init; }
}

public sealed class RejectApplicationValidator : AbstractValidator<RejectApplicationCommand>
{
    public RejectApplicationValidator() => RuleFor(x => x.Reason).MaximumLength(1000).WithMessageKey("Applications.RejectReasonTooLong");
}

public sealed class RejectApplicationAuthorizer(RecordAccess access) : IResourceAuthorizer<RejectApplicationCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(RejectApplicationCommand request, CancellationToken cancellationToken) =>
        access.ToDecideApplicationAsync(request.ApplicationId, cancellationToken);
}

public sealed class RejectApplicationHandler(IAppDbContext db, IClock clock, ICurrentUser user)
    : ICommandHandler<RejectApplicationCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(RejectApplicationCommand command, CancellationToken cancellationToken) =>
        await db.ChangeApplicationAsync(command.ApplicationId, a => a.Reject(command.Reason, clock.UtcNow), user.IsInRole(Roles.Coordinator), clock, cancellationToken);
}
