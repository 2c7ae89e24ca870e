using System.Linq.Expressions;
using Internships.Domain.Evaluations;

namespace Internships.Application.Features.Evaluations;

public sealed record RubricCompetencyDto(int Id, string Key, string Name, string Description, int SortOrder, bool IsActive)
{
    public static readonly Expression<Func<RubricCompetency, RubricCompetencyDto>> Projection =
        c => new RubricCompetencyDto(c.Id, c.Key, c.Name, c.Description, c.SortOrder, c.IsActive);

    public static RubricCompetencyDto From(RubricCompetency c) => new(c.Id, c.Key, c.Name, c.Description, c.SortOrder, c.IsActive);
}
