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
        new(Display.Shared("Terms.Wage"), Display.Shared("Terms.WagePerHour", Display.Money(posting.HourlyWage))),
        new(Display.Shared("Terms.HoursPerWeek"), Display.Hours(posting.HoursPerWeek)),
        new(Display.Shared("Terms.Starts"), Display.Day(posting.StartDate)),
        new(Display.Shared("Terms.Ends"), Display.Day(posting.EndDate)),
        new(Display.Shared("Terms.ReplyBy"), Display.Shared("Terms.NoReplyBy")),
    ];
}
