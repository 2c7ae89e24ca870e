namespace Internships.Application.Features.Postings;

/// <summary>Stops a posting taking applicants; undecided applications are closed with it.</summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record ClosePostingCommand(int PostingId) : ICommand<PostingDto>;

public sealed class ClosePostingAuthorizer(RecordAccess access) : IResourceAuthorizer<ClosePostingCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ClosePostingCommand request, CancellationToken cancellationToken) =>
        access.ToManagePostingAsync(request.PostingId, cancellationToken);
}

public sealed class ClosePostingHandler(IAppDbContext db, IClock clock) : ICommandHandler<ClosePostingCommand, PostingDto>
{
    public async ValueTask<PostingDto> Handle(ClosePostingCommand command, CancellationToken cancellationToken) =>
        await db.ChangePostingAsync(command.PostingId, p => p.Close(clock.UtcNow), cancellationToken);
}
