using Internships.Domain.Common;
using Internships.Domain.Terms;

namespace Internships.Application.Features.Terms;

/// <summary>A coordinator names a term of the school year and its dates; its name is unique.</summary>
[Authorize(Roles.Coordinator)]
public sealed record CreateTermCommand(string Name, DateOnly StartDate, DateOnly EndDate) : ICommand<TermDto>, ITermFields;

public sealed class CreateTermValidator : AbstractValidator<CreateTermCommand>
{
    public CreateTermValidator() => Include(new TermFieldsValidator());
}

public sealed class CreateTermHandler(IAppDbContext db) : ICommandHandler<CreateTermCommand, TermDto>
{
    public async ValueTask<TermDto> Handle(CreateTermCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Terms.AnyAsync(t => t.Name == name, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Terms.NameExists, $"A term named {name} already exists.", name);
        }

        var term = new Term(name, command.StartDate, command.EndDate);
        db.Terms.Add(term);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return term.ToDto();
    }
}
