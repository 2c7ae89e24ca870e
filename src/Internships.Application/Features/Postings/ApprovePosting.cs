namespace Internships.Application.Features.Postings;

/// <summary>A coordinator opens a submitted posting to students.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ApprovePostingCommand(int PostingId) : ICommand<PostingDto>;

public sealed class ApprovePostingHandler(IAppDbContext db, IClock clock) : ICommandHandler<ApprovePostingCommand, PostingDto>
{
    public async ValueTask<PostingDto> Handle(ApprovePostingCommand command, CancellationToken cancellationToken) =>
        await db.ChangePostingAsync(command.PostingId, p => p.Approve(p.Employer!, clock.Today, clock.UtcNow), cancellationToken);
}
