using System.Text.Json.Serialization;
using Internships.Domain.Common;
using Internships.Domain.Pathways;

namespace Internships.Application.Features.Pathways;

[Authorize(Roles.Coordinator)]
public sealed record UpdatePathwayCommand(string Name, IndustrySector Sector, string? Description, IReadOnlyList<string>? CourseSequence)
    : ICommand<PathwayDto>, IHasExpectedVersion, IPathwayFields
{
    [JsonIgnore]
    public int PathwayId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }

    VersionedRecord IHasExpectedVersion.Record => VersionedRecord.Of<Domain.Pathways.CareerPathway>(PathwayId);
}

public sealed class UpdatePathwayValidator : AbstractValidator<UpdatePathwayCommand>
{
    public UpdatePathwayValidator() => Include(new PathwayFieldsValidator());
}

public sealed class UpdatePathwayHandler(IAppDbContext db) : ICommandHandler<UpdatePathwayCommand, PathwayDto>
{
    public async ValueTask<PathwayDto> Handle(UpdatePathwayCommand command, CancellationToken cancellationToken)
    {
        var pathway = await db.Pathways.FirstOrDefaultAsync(p => p.Id == command.PathwayId, cancellationToken)
            ?? throw NotFoundException.For("Pathway", command.PathwayId);
        var name = command.Name.Trim();
        if (await db.Pathways.AnyAsync(p => p.Name == name && p.Id != pathway.Id, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Pathways.NameTaken, $"Another pathway is already named {name}.", name);
        }

        pathway.Update(name, command.Sector, command.Description, command.CourseSequence ?? []);
        // Saved here so the answer carries the new version (the ETag); the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return PathwayDto.From(pathway);
    }
}
