namespace Internships.Application.Features.Terms;

/// <summary>
/// A coordinator removes a term entered by mistake. Nothing refers to a term by id (reports keep the name and dates they
/// covered; filters take dates from it when asked), so removing one loses nothing else.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record DeleteTermCommand(int TermId) : ICommand;

public sealed class DeleteTermHandler(IAppDbContext db) : ICommandHandler<DeleteTermCommand>
{
    public async ValueTask<Unit> Handle(DeleteTermCommand command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.FirstOrDefaultAsync(t => t.Id == command.TermId, cancellationToken)
            ?? throw NotFoundException.For("Term", command.TermId);
        db.Terms.Remove(term);
        return Unit.Value;
    }
}
