using Internships.Domain.Common;
using Internships.Domain.Pathways;

namespace Internships.Application.Features.Pathways;

[Authorize(Roles.Coordinator)]
public sealed record CreatePathwayCommand(string Name, IndustrySector Sector, string? Description, IReadOnlyList<string>? CourseSequence)
    : ICommand<PathwayDto>, IPathwayFields;

public sealed class CreatePathwayValidator : AbstractValidator<CreatePathwayCommand>
{
    public CreatePathwayValidator() => Include(new PathwayFieldsValidator());
}

public sealed class CreatePathwayHandler(IAppDbContext db) : ICommandHandler<CreatePathwayCommand, PathwayDto>
{
    public async ValueTask<PathwayDto> Handle(CreatePathwayCommand command, CancellationToken cancellationToken)
    {
        var name = command.Name.Trim();
        if (await db.Pathways.AnyAsync(p => p.Name == name, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Pathways.NameExists, $"A pathway named {name} already exists.", name);
        }

        var pathway = new CareerPathway(name, command.Sector, command.Description, command.CourseSequence ?? []);
        db.Pathways.Add(pathway);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return PathwayDto.From(pathway);
    }
}
