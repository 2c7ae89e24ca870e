using System.Linq.Expressions;
using FluentValidation;
using Internships.Domain.Evaluations;

namespace Internships.Application.Features.Evaluations;

public sealed record RubricCompetencyDto(int Id, string Key, string Name, string Description, int SortOrder, bool IsActive)
{
    public static readonly Expression<Func<RubricCompetency, RubricCompetencyDto>> Projection =
        c => new RubricCompetencyDto(c.Id, c.Key, c.Name, c.Description, c.SortOrder, c.IsActive);

    public static RubricCompetencyDto From(RubricCompetency c) => new(c.Id, c.Key, c.Name, c.Description, c.SortOrder, c.IsActive);
}

public interface IRubricCompetencyFields
{
    string Name { get; }

    string Description { get; }

    int SortOrder { get; }
}

internal sealed class RubricCompetencyFieldsValidator : AbstractValidator<IRubricCompetencyFields>
{
    public RubricCompetencyFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(80);
        RuleFor(x => x.Description).MaximumLength(500);
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 1000);
    }
}
