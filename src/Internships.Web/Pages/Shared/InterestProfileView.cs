using Internships.Application.Features.Guidance;
using Internships.Domain.Guidance;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Pages.Shared;

/// <summary>What the interest-profile partial shows, and whether the viewer (a coordinator) may enrol from it.</summary>
public sealed record InterestProfileView(InterestProfileDto Profile, bool CanEnrol)
{
    /// <summary>A statement of the questionnaire in the request's language.</summary>
    public static string Statement(IStringLocalizer<GuidanceText> text, int number) =>
        text["Interests.Statement." + InterestQuestionnaire.Items[number - 1].Key];

    /// <summary>An interest's name and what it means in a student's words, in the request's language.</summary>
    public static string Describe(IStringLocalizer<GuidanceText> text, HollandType type) =>
        $"{text["Interests.Type." + type]}: {text["Interests.Describe." + type]}";

    /// <summary>
    /// Why a pathway is suggested, in the request's language: the student's strong interests it suits ("You enjoy helping
    /// people (Social); Teaching suits that."), or, when it suits none of them, that it is among the closest.
    /// </summary>
    public static string Reason(IStringLocalizer<GuidanceText> text, PathwaySuggestionDto suggestion)
    {
        if (suggestion.SharedTypes.Count == 0)
        {
            return text["Interests.ReasonClosest", suggestion.PathwayName];
        }

        var parts = suggestion.SharedTypes.Select(t => $"{text["Interests.Describe." + t]} ({text["Interests.Type." + t]})").ToList();
        var enjoy = parts.Count == 1 ? parts[0] : text["Interests.ListAnd", string.Join(", ", parts.Take(parts.Count - 1)), parts[^1]];
        return text[$"Interests.Reason.{Math.Min(parts.Count, 3)}", enjoy, suggestion.PathwayName];
    }
}
