using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Postings;

/// <summary>A coordinator opens a submitted posting to students.</summary>
[Authorize(Roles.Coordinator)]
public sealed record ApprovePostingCommand(int PostingId) : ICommand<PostingDto>;

public sealed class ApprovePostingHandler(IAppDbContext db, IClock clock) : ICommandHandler<ApprovePostingCommand, PostingDto>
{
    public async ValueTask<PostingDto> Handle(ApprovePostingCommand command, CancellationToken cancellationToken)
    {
        var posting = await db.Postings.Include(p => p.Employer).FirstOrDefaultAsync(p => p.Id == command.PostingId, cancellationToken)
            ?? throw NotFoundException.For("Posting", command.PostingId);
        posting.Approve(posting.Employer!, clock.Today, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPostingAsync(posting.Id, cancellationToken);
    }
}
