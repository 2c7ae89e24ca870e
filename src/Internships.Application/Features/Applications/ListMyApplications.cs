using Internships.Domain.Applications;
using Internships.Domain.Schools;

namespace Internships.Application.Features.Applications;

/// <summary>The signed-in student's applications, their choices in the order they ranked them.</summary>
[Authorize(Roles.Student)]
public sealed record ListMyApplicationsQuery(ApplicationStatus? Status = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<ApplicationDto>>, IPagedRequest;

/// <summary>
/// Students look at their applications more than at anything else but search, so the page is one compiled query
/// (<c>EF.CompileAsyncQuery</c>):
/// building, funcletizing and looking up its LINQ tree took more of each request's time than SQLite did. Its shape is
/// <see cref="ApplicationQueries.SelectDto"/>'s, as every other reader of applications sees them (a test compares the two).
/// </summary>
public sealed class ListMyApplicationsHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IQueryHandler<ListMyApplicationsQuery, PagedResult<ApplicationDto>>
{
    private static readonly Func<DbContext, int, ApplicationStatus?, DateOnly, int, int, IAsyncEnumerable<ApplicationDto>> PageOfMine =
        EF.CompileAsyncQuery((DbContext context, int studentId, ApplicationStatus? status, DateOnly adultBornOnOrBefore, int skip, int take) =>
            context.Set<InternshipApplication>().AsNoTracking()
                .Where(a => a.StudentId == studentId && (status == null || a.Status == status))
                .OrderBy(a => a.Rank).ThenBy(a => a.Id)
                .Skip(skip).Take(take)
                .Select(a => new ApplicationDto(
                    a.Id,
                    a.PostingId,
                    a.Posting!.Title,
                    a.Posting.EmployerId,
                    a.Posting.Employer!.Name,
                    new ApplicantDto(a.StudentId, a.Student!.FirstName, a.Student.LastName, a.Student.Grade,
                        context.Set<School>().Where(s => s.Id == a.Student.SchoolId).Select(s => s.Name).First(),
                        a.Student.DateOfBirth > adultBornOnOrBefore),
                    a.Statement,
                    a.Rank,
                    a.Status,
                    a.SubmittedAt,
                    a.StatusChangedAt,
                    a.DecisionNote)));

    public async ValueTask<PagedResult<ApplicationDto>> Handle(ListMyApplicationsQuery query, CancellationToken cancellationToken)
    {
        var studentId = user.StudentId ?? throw new ForbiddenAccessException("Your account is not linked to a student record.");
        return await PageOfMine(db.AsDbContext(), studentId, query.Status, ApplicationQueries.AdultBornOnOrBefore(clock.Today),
                (query.Page - 1) * query.PageSize, query.PageSize)
            .ToPageAsync(query.Page, query.PageSize,
                ct => db.Applications.CountAsync(a => a.StudentId == studentId && (query.Status == null || a.Status == query.Status), ct),
                cancellationToken);
    }
}
