using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
    public async ValueTask<PostingDto> Handle(SubmitPostingCommand command, CancellationToken cancellationToken)
    {
        var posting = await db.Postings.FirstOrDefaultAsync(p => p.Id == command.PostingId, cancellationToken)
            ?? throw NotFoundException.For("Posting", command.PostingId);
        posting.Submit(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadPostingAsync(posting.Id, cancellationToken);
    }
}
