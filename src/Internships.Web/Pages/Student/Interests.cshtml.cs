using Internships.Application.Common.Exceptions;
using Internships.Application.Features.Guidance;
using Internships.Web.Pages.Shared;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Student;

/// <summary>
/// Pathway guidance: the interest questionnaire on one page (no script), and, once taken, the pathways it suggests
/// with the reasons; the student may take it again.
/// </summary>
public sealed class InterestsModel(ISender sender, IStringLocalizer<GuidanceText> text) : AppPageModel
{
    /// <summary>The statements' errors are under "Answers[i]", no prefix.</summary>
    public override string InputPrefix => "";

    [BindProperty(SupportsGet = true)] public bool Retake { get; set; }

    public InterestQuestionnaireDto Questionnaire { get; private set; } = new([], []);

    public InterestProfileDto? Profile { get; private set; }

    /// <summary>The answers shown checked: the ones just posted, or the latest profile's when taking it again.</summary>
    public IReadOnlyList<int?> Answers { get; private set; } = [];

    /// <summary>The form shows when the student has no profile yet, asked to take it again, or sent answers that were refused.</summary>
    public bool ShowForm => Profile is null || Retake || !ModelState.IsValid;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Read by hand: an unanswered statement sends nothing, and indexed binding would stop at the first gap.
        Answers = Enumerable.Range(0, Domain.Guidance.InterestQuestionnaire.Count)
            .Select(i => int.TryParse(Request.Form[$"Answers[{i}]"], out var value) ? value : (int?)null)
            .ToList();
        var profile = await sender.Send(new SubmitInterestProfileCommand(Answers), ct);
        var best = profile.Suggestions.FirstOrDefault()?.PathwayName;
        return Done(best is null ? text["Interests.Saved"] : text["Interests.SavedBest", best], null, new { });
    }

    public override Task OnFailedAsync(CancellationToken cancellationToken)
    {
        // The use case names a statement in English; the page names it in the student's language.
        for (var i = 0; i < Domain.Guidance.InterestQuestionnaire.Count; i++)
        {
            if (ModelState[$"Answers[{i}]"] is { Errors.Count: > 0 } entry)
            {
                entry.Errors.Clear();
                entry.Errors.Add(text["Interests.ChooseAnswer", InterestProfileView.Statement(text, i + 1)]);
            }
        }

        return LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Questionnaire = await sender.Send(new GetInterestQuestionnaireQuery(), ct);
        try
        {
            Profile = await sender.Send(new GetMyInterestProfileQuery(), ct);
        }
        catch (NotFoundException)
        {
            Profile = null;
        }

        if (Answers.Count == 0)
        {
            Answers = Profile is not null && Retake ? Profile.Answers.Select(a => (int?)a).ToList() : new int?[Questionnaire.Items.Count];
        }
    }
}
