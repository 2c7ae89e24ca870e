using Internships.Application.Features.Pathways;
using Internships.Application.Features.Schools;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Schools;

/// <summary>The district's schools (add one) and career pathways with their course sequences.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<RecordsText> text) : AppPageModel
{
    public PagedResult<SchoolDto> Schools { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);

    public IReadOnlyList<PathwayDto> Pathways { get; private set; } = [];

    [BindProperty] public SchoolInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var school = await sender.Send(new CreateSchoolCommand(Input.Name ?? "", Input.Code ?? "", Input.City), ct);
        return Done(text["Schools.Added", school.Name, school.Code]);
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Schools = await sender.Send(new ListSchoolsQuery(PageSize: Paging.MaxPageSize), ct);
        Pathways = (await sender.Send(new ListPathwaysQuery(PageSize: Paging.MaxPageSize), ct)).Items;
    }

    public sealed class SchoolInput
    {
        public string? Name { get; set; }
        public string? Code { get; set; }
        public string? City { get; set; }
        /// <summary>The version of the record the form was opened on: a save over someone else's change since is refused.</summary>
        public long? Version { get; set; }
    }
}
