using System.Text.Json.Serialization;

namespace Internships.Application.Features.Evaluations;

/// <summary>A coordinator renames, reorders or retires a competency (past evaluations keep what they said).</summary>
[Authorize(Roles.Coordinator)]
public sealed record UpdateRubricCompetencyCommand(string Name, string Description, int SortOrder, bool IsActive)
    : ICommand<RubricCompetencyDto>, IRubricCompetencyFields
{
    [JsonIgnore]
    public int CompetencyId { get; init; }
}

public sealed class UpdateRubricCompetencyValidator : AbstractValidator<UpdateRubricCompetencyCommand>
{
    public UpdateRubricCompetencyValidator() => Include(new RubricCompetencyFieldsValidator());
}

public sealed class UpdateRubricCompetencyHandler(IAppDbContext db) : ICommandHandler<UpdateRubricCompetencyCommand, RubricCompetencyDto>
{
    public async ValueTask<RubricCompetencyDto> Handle(UpdateRubricCompetencyCommand command, CancellationToken cancellationToken)
    {
        var competency = await db.RubricCompetencies.FirstOrDefaultAsync(c => c.Id == command.CompetencyId, cancellationToken)
            ?? throw NotFoundException.For("Competency", command.CompetencyId);
        competency.Update(command.Name, command.Description, command.SortOrder, command.IsActive);
        return RubricCompetencyDto.From(competency);
    }
}
