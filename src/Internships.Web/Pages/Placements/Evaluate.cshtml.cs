using Internships.Application.Features.Evaluations;
using Internships.Application.Features.Placements;
using Internships.Domain.Evaluations;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Placements;

/// <summary>
/// The supervisor's midpoint or final evaluation: every rubric competency from 1 to 4, and a testimonial. A coordinator may
/// record it for a supervisor who cannot; the evaluation then says who recorded it on the supervisor's behalf.
/// </summary>
[Microsoft.AspNetCore.Authorization.Authorize(Roles = Internships.Application.Common.Security.Roles.Supervisor + "," + Internships.Application.Common.Security.Roles.Coordinator)]
public sealed class EvaluateModel(ISender sender, IStringLocalizer<PlacementText> text) : AppPageModel
{
    public PlacementDto Placement { get; private set; } = null!;

    public IReadOnlyList<RubricCompetencyDto> Rubric { get; private set; } = [];

    [BindProperty(SupportsGet = true)] public EvaluationKind Kind { get; set; }

    [BindProperty] public EvaluationInput Input { get; set; } = new();

    private int Id => int.Parse((string)RouteData.Values["id"]!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Recorded by a coordinator for the supervisor, not by the supervisor themself.</summary>
    public bool OnBehalf => !User.IsInRole(Internships.Application.Common.Security.Roles.Supervisor);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var ratings = Input.Ratings.Select(r => new RatingInput(r.Competency ?? "", r.Score ?? 0, string.IsNullOrWhiteSpace(r.Comment) ? null : r.Comment)).ToList();
        var evaluation = await sender.Send(new SubmitEvaluationCommand(Kind, ratings, Input.Testimonial ?? "") { PlacementId = Id }, ct);
        return Done(text[$"Placements.Done.Evaluated.{evaluation.Kind}" + (evaluation.RecordedOnBehalfBy is null ? "" : ".OnBehalf"),
                evaluation.AverageScore.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture)],
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
