using Internships.Application.Features.Postings;

namespace Internships.Web.Infrastructure.Pages;

/// <summary>
/// What an offer is: the posting's wage, hours and dates (an offer has no terms of its own), shown to the employer making
/// it and the student answering it. Offers have no reply-by date: places go to the students who accept first.
/// </summary>
public static class OfferTerms
{
    public static IReadOnlyList<KeyValuePair<string, string>> Of(PostingDto posting) =>
    [
        new("Wage", $"{Display.Money(posting.HourlyWage)} an hour"),
        new("Hours a week", Display.Hours(posting.HoursPerWeek)),
        new("Starts", Display.Day(posting.StartDate)),
        new("Ends", Display.Day(posting.EndDate)),
        new("Reply by", "No date: the places go to the students who accept first"),
    ];
}
