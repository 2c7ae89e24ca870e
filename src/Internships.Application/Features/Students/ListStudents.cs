using FluentValidation;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Models;
using Internships.Application.Common.Security;
using Internships.Domain.Placements;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
    bool? NotPlaced = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<StudentSummaryDto>>, IPagedRequest;

public sealed class ListStudentsValidator : AbstractValidator<ListStudentsQuery>
{
    public ListStudentsValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Grade).InclusiveBetween(Domain.Common.Grades.Lowest, Domain.Common.Grades.Highest);
    }
}

public sealed class ListStudentsHandler(IAppDbContext db) : IQueryHandler<ListStudentsQuery, PagedResult<StudentSummaryDto>>
{
    public async ValueTask<PagedResult<StudentSummaryDto>> Handle(ListStudentsQuery query, CancellationToken cancellationToken)
    {
        var students = db.Students.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var pattern = Like.Contains(query.Q);
            students = students.Where(s => EF.Functions.Like(s.LastName, pattern, Like.Escape)
                || EF.Functions.Like(s.FirstName, pattern, Like.Escape)
                || EF.Functions.Like(s.SisId, pattern, Like.Escape));
        }

        if (query.SchoolId is { } schoolId)
        {
            students = students.Where(s => s.SchoolId == schoolId);
        }

        if (query.Grade is { } grade)
        {
            students = students.Where(s => s.Grade == grade);
        }

        if (query.PathwayId is { } pathwayId)
        {
            students = students.Where(s => s.Enrolments.Any(e => e.PathwayId == pathwayId && e.EndedOn == null));
        }

        if (query.IsActive is { } isActive)
        {
            students = students.Where(s => s.IsActive == isActive);
        }

        if (query.NotPlaced is { } notPlaced)
        {
            students = students.Where(s => db.Placements.Any(p => p.StudentId == s.Id && p.Status != PlacementStatus.Ended) != notPlaced);
        }

        return await students.OrderBy(s => s.LastName).ThenBy(s => s.FirstName).ThenBy(s => s.Id)
            .Select(s => new StudentSummaryDto(s.Id, s.SisId, s.FirstName, s.LastName, s.Grade, s.SchoolId,
                db.Schools.Where(x => x.Id == s.SchoolId).Select(x => x.Name).First(), s.IsActive,
                db.Placements.Any(p => p.StudentId == s.Id && p.Status != PlacementStatus.Ended)))
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
