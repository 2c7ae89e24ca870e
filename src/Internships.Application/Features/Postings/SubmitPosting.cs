namespace Internships.Application.Features.Postings;

/// <summary>The employer sends a draft to the district for approval.</summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record SubmitPostingCommand(int PostingId) : ICommand<PostingDto>;

public sealed class SubmitPostingAuthorizer(RecordAccess access) : IResourceAuthorizer<SubmitPostingCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(SubmitPostingCommand request, CancellationToken cancellationToken) =>
        access.ToManagePostingAsync(request.PostingId, cancellationToken);
}

public sealed class SubmitPostingHandler(IAppDbContext db, IClock clock) : ICommandHandler<SubmitPostingCommand, PostingDto>
{
    public async ValueTask<PostingDto> Handle(SubmitPostingCommand command, CancellationToken cancellationToken) =>
        await db.ChangePostingAsync(command.PostingId, p => p.Submit(clock.UtcNow), cancellationToken);
}
