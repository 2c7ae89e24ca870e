namespace Internships.Application.Features.StateReporting;

/// <summary>
/// The district's CALPADS defaults (configuration section <c>Calpads</c>): whether its internships are LEA-sponsored and
/// certified-supervised unless a placement says otherwise, and the coded values of the Internship Employer Performance
/// Evaluation code set (keys: DoesNotMeetExpectations, PartiallyMeetsExpectations, MeetsExpectations, AboveExpectations),
/// which replace the defaults of <see cref="WblrLayout"/> when the state's code set changes.
/// </summary>
public sealed record CalpadsSettings(bool LeaSponsored, bool CertifiedSupervised, IReadOnlyDictionary<string, string> EvaluationCodes)
{
    public static CalpadsSettings Default { get; } = new(true, false, new Dictionary<string, string>());

    public string CodeFor(EmployerEvaluation evaluation) =>
        EvaluationCodes.TryGetValue(evaluation.ToString(), out var code) && !string.IsNullOrWhiteSpace(code) ? code.Trim() : WblrLayout.DefaultCode(evaluation);
}
