using Internships.Application.Features.Dashboard;
using Internships.Web.Infrastructure.Pages;
using Mediator;

namespace Internships.Web.Pages.Coordinator;

/// <summary>The coordinators' dashboard: the programme's numbers, drawn as bars where a picture reads better.</summary>
public sealed class IndexModel(ISender sender) : AppPageModel
{
    public ProgrammeNumbersDto Numbers { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Numbers = await sender.Send(new GetProgrammeNumbersQuery(), ct);
}
