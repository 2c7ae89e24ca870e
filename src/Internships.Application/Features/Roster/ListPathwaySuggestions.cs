using Internships.Domain.Roster;

namespace Internships.Application.Features.Roster;

/// <summary>
/// Pathway enrolments that roster imports suggested, by status (by default those waiting for a decision), school, pathway
/// and import. (The status is not nullable: the API document cannot describe a nullable enumeration's default.)
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record ListPathwaySuggestionsQuery(
    SuggestionStatus Status = SuggestionStatus.Pending,
    int? PathwayId = null,
    int? SchoolId = null,
    int? ImportId = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<PathwaySuggestionDto>>, IPagedRequest;

public sealed class ListPathwaySuggestionsHandler(IAppDbContext db) : IQueryHandler<ListPathwaySuggestionsQuery, PagedResult<PathwaySuggestionDto>>
{
    public async ValueTask<PagedResult<PathwaySuggestionDto>> Handle(ListPathwaySuggestionsQuery query, CancellationToken cancellationToken)
    {
        var suggestions = db.PathwaySuggestions.AsNoTracking().Where(s => s.Status == query.Status);

        if (query.PathwayId is { } pathwayId)
        {
            suggestions = suggestions.Where(s => s.PathwayId == pathwayId);
        }

        if (query.ImportId is { } importId)
        {
            suggestions = suggestions.Where(s => s.ImportId == importId);
        }

        var rows = from s in suggestions
            join student in db.Students on s.StudentId equals student.Id
            join school in db.Schools on student.SchoolId equals school.Id
            join pathway in db.Pathways on s.PathwayId equals pathway.Id
            where query.SchoolId == null || student.SchoolId == query.SchoolId
            orderby school.Name, student.LastName, student.FirstName, pathway.Name, s.Id
            select new PathwaySuggestionDto(s.Id, student.Id, student.FirstName + " " + student.LastName, student.SisId, student.Grade, school.Name,
                pathway.Id, pathway.Name, s.Courses, s.Status, s.ImportId, s.SuggestedAt, s.DecidedAt, s.DecidedBy);
        return await rows.ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
