using System.Text.Json.Serialization;
using FluentValidation;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Domain.Evaluations;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Evaluations;

/// <summary>The career-readiness rubric supervisors rate interns against, in order.</summary>
public sealed record GetRubricQuery(bool IncludeRetired = false) : IQuery<IReadOnlyList<RubricCompetencyDto>>;

public sealed class GetRubricHandler(IAppDbContext db) : IQueryHandler<GetRubricQuery, IReadOnlyList<RubricCompetencyDto>>
{
    public async ValueTask<IReadOnlyList<RubricCompetencyDto>> Handle(GetRubricQuery query, CancellationToken cancellationToken) =>
        await db.RubricCompetencies.AsNoTracking().Where(c => query.IncludeRetired || c.IsActive)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(RubricCompetencyDto.Projection).ToListAsync(cancellationToken);
}

/// <summary>A coordinator adds a competency to the rubric; its key is how award rules refer to it.</summary>
[Authorize(Roles.Coordinator)]
public sealed record AddRubricCompetencyCommand(string Key, string Name, string Description, int SortOrder)
    : ICommand<RubricCompetencyDto>, IRubricCompetencyFields;

public sealed class AddRubricCompetencyValidator : AbstractValidator<AddRubricCompetencyCommand>
{
    public AddRubricCompetencyValidator()
    {
        RuleFor(x => x.Key).NotEmpty().MaximumLength(40)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("'Key' is lower-case words joined by hyphens, e.g. data-literacy.");
        Include(new RubricCompetencyFieldsValidator());
    }
}

public sealed class AddRubricCompetencyHandler(IAppDbContext db) : ICommandHandler<AddRubricCompetencyCommand, RubricCompetencyDto>
{
    public async ValueTask<RubricCompetencyDto> Handle(AddRubricCompetencyCommand command, CancellationToken cancellationToken)
    {
        if (await db.RubricCompetencies.AnyAsync(c => c.Key == command.Key, cancellationToken))
        {
            throw new ConflictException($"The rubric already has a competency '{command.Key}'.");
        }

        var competency = new RubricCompetency(command.Key, command.Name, command.Description, command.SortOrder);
        db.RubricCompetencies.Add(competency);
        // Saved here for the new id the answer carries; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return RubricCompetencyDto.From(competency);
    }
}

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
