using Internships.Application.Features.Terms;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Students;

/// <summary>
/// Students by name or SIS id, school, grade, pathway, whether still enrolled, and whether not yet placed (no placement
/// but ended ones): for coordinators.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ListStudentsQuery(
    string? Q = null,
    int? SchoolId = null,
    int? Grade = null,
    int? PathwayId = null,
    bool? IsActive = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize,
    bool? NotPlaced = null,
    int? TermId = null) : IQuery<PagedResult<StudentSummaryDto>>, IPagedRequest;

public sealed class ListStudentsValidator : AbstractValidator<ListStudentsQuery>
{
    public ListStudentsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100).WithMessageKey("Students.SearchTooLong");
        RuleFor(x => x.Grade).InclusiveBetween(Domain.Common.Grades.Lowest, Domain.Common.Grades.Highest)
            .WithMessageKey("Students.GradeRange");
    }
}

public sealed class ListStudentsHandler(IAppDbContext db) : IQueryHandler<ListStudentsQuery, PagedResult<StudentSummaryDto>>
{
    public async ValueTask<PagedResult<StudentSummaryDto>> Handle(ListStudentsQuery query, CancellationToken cancellationToken)
    {
        var students = db.Students.AsNoTracking().Filter(db, query, await db.FindTermOrNullAsync(query.TermId, cancellationToken));
        return await students.OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.Id)
            .Select(s => new StudentSummaryDto(s.Id, s.SisId, s.FirstName, s.LastName, s.Grade, s.SchoolId,
                db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First(), s.IsActive,
                db.Placements.Any(p => p.StudentId == s.Id && p.Status != PlacementStatus.Ended)))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
