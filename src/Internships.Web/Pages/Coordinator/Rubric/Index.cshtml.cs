using Internships.Application.Features.Evaluations;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Coordinator.Rubric;

/// <summary>The rubric's competencies in order, retired ones included: move one up or down, add one at the end.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<PartnerText> text) : AppPageModel
{
    public IReadOnlyList<RubricCompetencyDto> Rubric { get; private set; } = [];

    [BindProperty] public CompetencyInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostMoveAsync(int competencyId, bool up, CancellationToken ct)
    {
        await LoadAsync(ct);
        var order = Rubric.Select(c => c.Id).ToList();
        var at = order.IndexOf(competencyId);
        var to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= order.Count)
        {
            return RedirectToPage();
        }

        (order[at], order[to]) = (order[to], order[at]);
        var saved = await sender.Send(new ReorderRubricCommand(order), ct);
        return Done(text["Rubric.Moved", RubricWords.Name(saved[to].Key, saved[to].Name), to + 1]);
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var last = Rubric.Count == 0 ? 0 : Rubric.Max(c => c.SortOrder);
        var added = await sender.Send(new AddRubricCompetencyCommand((Input.Key ?? "").Trim(), Input.Name ?? "", Input.Description ?? "",
            Math.Min(1000, last + ReorderRubricHandler.Step)), ct);
        return Done(text["Rubric.Added", added.Name]);
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct) => Rubric = await sender.Send(new GetRubricQuery(IncludeRetired: true), ct);

    public sealed class CompetencyInput
    {
        public string? Key { get; set; }
        public string? Name { get; set; }
        public string? Description { get; set; }
    }
}
