using Internships.Application.Features.Pathways;
using Internships.Domain.Pathways;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Pathways;

/// <summary>Adds a career pathway (at /coordinator/pathways/new) or edits one and its course sequence (at /coordinator/pathways/{id}/edit).</summary>
public sealed class EditModel(ISender sender, IStringLocalizer<RecordsText> text) : AppPageModel
{
    [BindProperty] public PathwayInput Input { get; set; } = new();

    public int? PathwayId { get; private set; }

    public string CurrentName { get; private set; } = "";

    public async Task OnGetAsync(int? id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } p)
        {
            Input = new PathwayInput { Name = p.Name, Sector = p.Sector, Description = p.Description, Courses = string.Join('\n', p.CourseSequence), Version = p.Version };
        }
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        PathwayId = id;
        var courses = (Input.Courses ?? "").Split('\n').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var saved = id is { } pathwayId
            ? await sender.Send(new UpdatePathwayCommand(Input.Name ?? "", Input.Sector ?? (IndustrySector)(-1), Input.Description, courses) { PathwayId = pathwayId, ExpectedVersion = Input.Version }, ct)
            : await sender.Send(new CreatePathwayCommand(Input.Name ?? "", Input.Sector ?? (IndustrySector)(-1), Input.Description, courses), ct);
        return Done(text["Pathway.Saved", saved.Name, saved.CourseSequence.Count], "/Coordinator/Schools/Index");
    }

    public override async Task OnFailedAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(PathwayId, cancellationToken);
        // The use case names the list and its lines; the page has one box for them.
        ModelState.MoveList("Input.CourseSequence", "Input.Courses");
    }

    private async Task<PathwayDto?> LoadAsync(int? id, CancellationToken ct)
    {
        PathwayId = id;
        if (id is not { } pathwayId)
        {
            return null;
        }

        var pathway = await sender.Send(new GetPathwayQuery(pathwayId), ct);
        CurrentName = pathway.Name;
        return pathway;
    }

    public sealed class PathwayInput
    {
        public string? Name { get; set; }
        public IndustrySector? Sector { get; set; }
        public string? Description { get; set; }
        public string? Courses { get; set; }
        /// <summary>The version of the record the form was opened on: a save over someone else's change since is refused.</summary>
        public long? Version { get; set; }
    }
}
