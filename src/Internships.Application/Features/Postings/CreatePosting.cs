using Internships.Domain.Postings;

namespace Internships.Application.Features.Postings;

/// <summary>
/// Drafts a posting. An employer admin drafts for their own organisation (employerId may be left out);
/// a coordinator drafting on an employer's behalf names the employer.
/// </summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record CreatePostingCommand : PostingFields, ICommand<PostingDto>
{
    public int? EmployerId { get; init; }
}

public sealed class CreatePostingValidator : AbstractValidator<CreatePostingCommand>
{
    public CreatePostingValidator(IAppDbContext db, IClock clock, ICurrentUser user)
    {
        RuleFor(x => x.EmployerId).NotNull().When(_ => !user.IsInRole(Roles.EmployerAdmin))
            .WithMessageKey("Postings.EmployerRequired");
        RuleFor(x => x.EmployerId)
            .MustAsync((id, ct) => db.Employers.AnyAsync(e => e.Id == id, ct))
            .When(x => x.EmployerId is not null)
            .WithMessageKey("Postings.EmployerUnknown");
        Include(new PostingFieldsValidator(db, clock));
    }
}

public sealed class CreatePostingAuthorizer(ICurrentUser user) : IResourceAuthorizer<CreatePostingCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(CreatePostingCommand request, CancellationToken cancellationToken) =>
        ValueTask.FromResult(user.IsInRole(Roles.Coordinator) || request.EmployerId is null || request.EmployerId == user.EmployerId
            ? AccessDecision.Allow
            : AccessDecision.Forbid);
}

public sealed class CreatePostingHandler(IAppDbContext db, ICurrentUser user, IClock clock) : ICommandHandler<CreatePostingCommand, PostingDto>
{
    public async ValueTask<PostingDto> Handle(CreatePostingCommand command, CancellationToken cancellationToken)
    {
        var employerId = command.EmployerId ?? user.EmployerId
            ?? throw new Common.Exceptions.ForbiddenAccessException("Your account is not linked to an employer.");
        await db.EnsureSupervisorWorksForAsync(command.SupervisorId, employerId, cancellationToken);

        var posting = new InternshipPosting(employerId, command.ToDetails(), clock.UtcNow);
        db.Postings.Add(posting);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPostingAsync(posting.Id, cancellationToken);
    }
}
