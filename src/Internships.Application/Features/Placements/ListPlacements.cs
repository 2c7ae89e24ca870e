using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Models;
using Internships.Application.Common.Security;
using Internships.Domain.Placements;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Placements;

public sealed record PlacementSummaryDto(
    int Id,
    int StudentId,
    string StudentName,
    int PostingId,
    string PostingTitle,
    int EmployerId,
    string EmployerName,
    int? SupervisorId,
    DateOnly StartDate,
    DateOnly EndDate,
    PlacementStatus Status,
    int MissingDocuments);

/// <summary>
/// Placements the caller may see: a coordinator all of them, an employer admin their organisation's, a supervisor
/// their own interns', a student their own.
/// </summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record ListPlacementsQuery(PlacementStatus? Status = null, int? EmployerId = null, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<PlacementSummaryDto>>, IPagedRequest;

public sealed class ListPlacementsHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListPlacementsQuery, PagedResult<PlacementSummaryDto>>
{
    public async ValueTask<PagedResult<PlacementSummaryDto>> Handle(ListPlacementsQuery query, CancellationToken cancellationToken)
    {
        var placements = VisibleTo(db.Placements.AsNoTracking());
        if (query.Status is { } status)
        {
            placements = placements.Where(p => p.Status == status);
        }

        if (query.EmployerId is { } employerId)
        {
            placements = placements.Where(p => p.EmployerId == employerId);
        }

        var page = await placements.OrderByDescending(p => p.StartDate).ThenByDescending(p => p.Id)
            .Select(p => new
            {
                p.Id, p.StudentId, StudentName = p.Student!.FirstName + " " + p.Student.LastName, p.PostingId, p.Posting!.Title,
                p.EmployerId, EmployerName = p.Posting.Employer!.Name, p.SupervisorId, p.StartDate, p.EndDate, p.Status, p.IsMinor,
                DocumentCount = p.Documents.Count,
            })
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);

        return new PagedResult<PlacementSummaryDto>(
            page.Items.Select(p => new PlacementSummaryDto(p.Id, p.StudentId, p.StudentName, p.PostingId, p.Title, p.EmployerId, p.EmployerName,
                p.SupervisorId, p.StartDate, p.EndDate, p.Status, Math.Max(0, (p.IsMinor ? 3 : 1) - p.DocumentCount))).ToList(),
            page.Total, page.Page, page.PageSize);
    }

    private IQueryable<Placement> VisibleTo(IQueryable<Placement> placements)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return placements;
        }

        if (user.IsInRole(Roles.EmployerAdmin) && user.EmployerId is { } employerId)
        {
            return placements.Where(p => p.EmployerId == employerId);
        }

        if (user.IsInRole(Roles.Supervisor) && user.SupervisorId is { } supervisorId)
        {
            return placements.Where(p => p.SupervisorId == supervisorId);
        }

        return user.StudentId is { } studentId ? placements.Where(p => p.StudentId == studentId) : placements.Where(_ => false);
    }
}
