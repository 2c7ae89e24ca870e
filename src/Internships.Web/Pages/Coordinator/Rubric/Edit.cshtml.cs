using Internships.Application.Features.Evaluations;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Rubric;

/// <summary>Renames a competency, rewrites its description, or retires it (or brings it back); its place is set on the rubric page.</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<PartnerText> text) : AppPageModel
{
    public RubricCompetencyDto Competency { get; private set; } = null!;

    [BindProperty] public CompetencyInput Input { get; set; } = new();

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        Input = new CompetencyInput { Name = Competency.Name, Description = Competency.Description, IsActive = Competency.IsActive };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }

        var saved = await sender.Send(new UpdateRubricCompetencyCommand(Input.Name ?? "", Input.Description ?? "", Competency.SortOrder, Input.IsActive)
        {
            CompetencyId = Id,
        }, ct);
        return Done(text[saved.IsActive ? "Rubric.Saved" : "Rubric.SavedRetired", RubricWords.Name(saved.Key, saved.Name)], "/Coordinator/Rubric/Index");
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        Competency = (await sender.Send(new GetRubricQuery(IncludeRetired: true), ct)).FirstOrDefault(c => c.Id == Id)!;
        return Competency is not null;
    }

    public sealed class CompetencyInput
    {
        public string? Name { get; set; }
        public string? Description { get; set; }
        public bool IsActive { get; set; }
    }
}
