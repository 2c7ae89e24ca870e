using Internships.Domain.Common;
using Internships.Domain.Evaluations;

namespace Internships.Application.Features.Evaluations;

/// <summary>A coordinator adds a competency to the rubric; its key is how award rules refer to it.</summary>
[Authorize(Roles.Coordinator)]
public sealed record AddRubricCompetencyCommand(string Key, string Name, string Description, int SortOrder)
    : ICommand<RubricCompetencyDto>, IRubricCompetencyFields;

public sealed class AddRubricCompetencyValidator : AbstractValidator<AddRubricCompetencyCommand>
{
    public AddRubricCompetencyValidator()
    {
        RuleFor(x => x.Key).Cascade(CascadeMode.Stop).NotEmpty().WithMessageKey("Rubric.KeyRequired")
            .MaximumLength(40).WithMessageKey("Rubric.KeyTooLong")
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessageKey("Rubric.KeyFormat");
        Include(new RubricCompetencyFieldsValidator());
    }
}

public sealed class AddRubricCompetencyHandler(IAppDbContext db) : ICommandHandler<AddRubricCompetencyCommand, RubricCompetencyDto>
{
    public async ValueTask<RubricCompetencyDto> Handle(AddRubricCompetencyCommand command, CancellationToken cancellationToken)
    {
        if (await db.RubricCompetencies.AnyAsync(c => c.Key == command.Key, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Evaluations.CompetencyExists, $"The rubric already has a competency '{command.Key}'.", command.Key);
        }

        var competency = new RubricCompetency(command.Key, command.Name, command.Description, command.SortOrder);
        db.RubricCompetencies.Add(competency);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return RubricCompetencyDto.From(competency);
    }
}
