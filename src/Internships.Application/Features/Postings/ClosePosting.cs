using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
    public async ValueTask<PostingDto> Handle(ClosePostingCommand command, CancellationToken cancellationToken)
    {
        var posting = await db.Postings.FirstOrDefaultAsync(p => p.Id == command.PostingId, cancellationToken)
            ?? throw NotFoundException.For("Posting", command.PostingId);
        posting.Close(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPostingAsync(posting.Id, cancellationToken);
    }
}
