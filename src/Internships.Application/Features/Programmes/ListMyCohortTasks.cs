using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>
/// The signed-in account's task list: the cohorts it trains, coaches or observes, soonest first, with how many of
/// their participants still wait on something it records.
/// </summary>
[Authorize]
public sealed record ListMyCohortTasksQuery(int Page = 1, int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<CohortTaskDto>>, IPagedRequest;

public sealed class ListMyCohortTasksHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<ListMyCohortTasksQuery, PagedResult<CohortTaskDto>>
{
    public async ValueTask<PagedResult<CohortTaskDto>> Handle(ListMyCohortTasksQuery query, CancellationToken cancellationToken)
    {
        var me = user.UserId;
        var page = await db.Cohorts.AsNoTracking().Where(c => c.TrainerUserId == me || c.CoachUserId == me || c.ObserverUserId == me)
            .OrderBy(c => c.StartsOn).ThenBy(c => c.Id).ToDtos()
            .ToPageAsync(query.Page, query.PageSize, cancellationToken);
        var tasks = new List<CohortTaskDto>();
        foreach (var cohort in page.Items)
        {
            var roles = new List<RequirementKind>();
            if (cohort.TrainerUserId == me) { roles.Add(RequirementKind.Session); }
            if (cohort.CoachUserId == me) { roles.Add(RequirementKind.Coaching); }
            if (cohort.ObserverUserId == me) { roles.Add(RequirementKind.Observation); }

            var roster = await db.ReadEnrolmentsAsync(db.ProgrammeEnrolments.Where(e => e.CohortId == cohort.Id), cancellationToken);
            var waiting = roster.Count(e => e.CompletedAt is null && e.Progress.Any(p => !p.Met && roles.Contains(p.Requirement.Kind)));
            tasks.Add(new CohortTaskDto(cohort, roles.Select(r => r switch
            {
                RequirementKind.Session => "Trainer",
                RequirementKind.Coaching => "Coach",
                _ => "Observer",
            }).ToList(), waiting));
        }

        return new PagedResult<CohortTaskDto>(tasks, page.Total, page.Page, page.PageSize);
    }
}
