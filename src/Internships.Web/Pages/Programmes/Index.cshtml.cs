using Internships.Application.Features.Programmes;

namespace Internships.Web.Pages.Programmes;

/// <summary>The signed-in person's programmes: what they are enrolled in, and the cohorts they train, coach or observe (their task list).</summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    public PagedResult<EnrolmentDto> Enrolments { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public PagedResult<CohortTaskDto> Tasks { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Enrolments = await sender.Send(new ListMyEnrolmentsQuery(PageSize: Paging.MaxPageSize), ct);
        Tasks = await sender.Send(new ListMyCohortTasksQuery(PageSize: Paging.MaxPageSize), ct);
    }
}
