using Internships.Domain.Guidance;

namespace Internships.Application.Common.Localization;

/// <summary>
/// A questionnaire statement in the request's language, for the messages that quote one (an unanswered statement). The
/// words live with the pages' (the web host's GuidanceText), so the host gives them; without it, the statement's English.
/// </summary>
public interface IInterestStatementWords
{
    string Of(InterestItem item);
}
