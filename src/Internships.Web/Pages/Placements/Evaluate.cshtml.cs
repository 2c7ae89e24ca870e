using Internships.Application.Features.Evaluations;
using Internships.Application.Features.Placements;
using Internships.Domain.Evaluations;
using Internships.Web.Infrastructure.Pages;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Internships.Web.Pages.Placements;

/// <summary>The supervisor's midpoint or final evaluation: every rubric competency from 1 to 4, and a testimonial.</summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Internships.Application.Common.Security.Roles.Supervisor)]
public sealed class EvaluateModel(ISender sender) : AppPageModel
{
    public PlacementDto Placement { get; private set; } = null!;

    public IReadOnlyList<RubricCompetencyDto> Rubric { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public EvaluationKind Kind { get; set; }

    [BindProperty] public EvaluationInput Input { get; set; } = new();

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ratings = Input.Ratings.Select(r => new RatingInput(r.Competency ?? "", r.Score ?? 0, string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment)).ToList();
        var evaluation = await sender.Send(new SubmitEvaluationCommand(Kind, ratings, Input.Testimonial ?? "") { PlacementId = Id }, ct);
        return Done($"You submitted the {Display.Words(evaluation.Kind).ToLowerInvariant()} evaluation (average {evaluation.AverageScore:0.0} of 4).",
            "/Placements/Details", new { id = Id });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken ct)
    {
        Placement = await sender.Send(new GetPlacementQuery(Id), ct);
        Rubric = await sender.Send(new GetRubricQuery(), ct);
        if (Input.Ratings.Count == 0)
        {
            Input.Ratings = Rubric.Select(c => new RatingField { Competency = c.Key }).ToList();
        }
    }

    public sealed class EvaluationInput
    {
        public List<RatingField> Ratings { get; set; } = [];
        public string? Testimonial { get; set; }
    }

    public sealed class RatingField
    {
        public string? Competency { get; set; }
        public int? Score { get; set; }
        public string? Comment { get; set; }
    }
}
