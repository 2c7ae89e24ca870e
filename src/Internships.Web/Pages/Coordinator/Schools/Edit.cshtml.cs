using Internships.Application.Features.Schools;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Schools;

/// <summary>Corrects a school's name, code or city.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<RecordsText> text) : AppPageModel
{
    [BindProperty] public IndexModel.SchoolInput Input { get; set; } = new();

    public string CurrentName { get; private set; } = "";

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var school = await LoadAsync(ct);
        Input = new IndexModel.SchoolInput { Name = school.Name, Code = school.Code, City = school.City, Version = school.Version };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var saved = await sender.Send(new UpdateSchoolCommand(Input.Name ?? "", Input.Code ?? "", Input.City) { SchoolId = Id, ExpectedVersion = Input.Version }, ct);
        return Done(text["Schools.Saved", saved.Name, saved.Code], "/Coordinator/Schools/Index");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task<SchoolDto> LoadAsync(CancellationToken ct)
    {
        var school = await sender.Send(new GetSchoolQuery(Id), ct);
        CurrentName = school.Name;
        return school;
    }
}
