namespace Internships.Application.Features.Evaluations;

/// <summary>
/// A coordinator puts the rubric's competencies in a new order, first first: every competency, retired ones included, once.
/// Supervisors rate them in this order; past evaluations keep theirs.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ReorderRubricCommand(IReadOnlyList<int>? CompetencyIds) : ICommand<IReadOnlyList<RubricCompetencyDto>>;

public sealed class ReorderRubricValidator : AbstractValidator<ReorderRubricCommand>
{
    public ReorderRubricValidator(IAppDbContext db) =>
        RuleFor(x => x.CompetencyIds).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessageKey("Rubric.OrderRequired")
            .Must(ids => ids!.Distinct().Count() == ids!.Count).WithMessageKey("Rubric.ListedTwice")
            .MustAsync(async (ids, ct) => (await db.RubricCompetencies.Select(c => c.Id).ToListAsync(ct)).Order().SequenceEqual(ids!.Order()))
            .WithMessageKey("Rubric.ListEvery");
}

public sealed class ReorderRubricHandler(IAppDbContext db) : ICommandHandler<ReorderRubricCommand, IReadOnlyList<RubricCompetencyDto>>
{
    /// <summary>Positions are 10, 20, 30…: room for a competency added later between two.</summary>
    public const int Step = 10;

    public async ValueTask<IReadOnlyList<RubricCompetencyDto>> Handle(ReorderRubricCommand command, CancellationToken cancellationToken)
    {
        var competencies = await db.RubricCompetencies.ToDictionaryAsync(c => c.Id, cancellationToken);
        var ids = command.CompetencyIds!;
        for (var i = 0; i < ids.Count; i++)
        {
            var c = competencies[ids[i]];
            c.Update(c.Name, c.Description, (i + 1) * Step, c.IsActive);
        }

        return ids.Select(id => RubricCompetencyDto.From(competencies[id])).ToList();
    }
}
