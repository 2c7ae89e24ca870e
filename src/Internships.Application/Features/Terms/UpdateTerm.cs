using System.Text.Json.Serialization;
using Internships.Domain.Common;

namespace Internships.Application.Features.Terms;

/// <summary>A coordinator renames a term or moves its dates.</summary>
[Authorize(Roles.Coordinator)]
public sealed record UpdateTermCommand(string Name, DateOnly StartDate, DateOnly EndDate) : ICommand<TermDto>, ITermFields
{
    [JsonIgnore] public int TermId { get; init; }
}

public sealed class UpdateTermValidator : AbstractValidator<UpdateTermCommand>
{
    public UpdateTermValidator() => Include(new TermFieldsValidator());
}

public sealed class UpdateTermHandler(IAppDbContext db) : ICommandHandler<UpdateTermCommand, TermDto>
{
    public async ValueTask<TermDto> Handle(UpdateTermCommand command, CancellationToken cancellationToken)
    {
        var term = await db.Terms.FirstOrDefaultAsync(t => t.Id == command.TermId, cancellationToken)
            ?? throw NotFoundException.For("Term", command.TermId);
        var name = command.Name.Trim();
        if (await db.Terms.AnyAsync(t => t.Name == name && t.Id != term.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Terms.NameExists, $"A term named {name} already exists.", name);
        }

        term.Update(name, command.StartDate, command.EndDate);
        return term.ToDto();
    }
}
