using Internships.Application.Common.Localization;
using Internships.Domain.Guidance;
using Internships.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Internships.Web.Infrastructure.Localization;

/// <summary>A questionnaire statement in the request's language: GuidanceText's <c>Interests.Statement.&lt;key&gt;</c>, which the page shows too.</summary>
public sealed class InterestStatementWords(IStringLocalizer<GuidanceText> text) : IInterestStatementWords
{
    public string Of(InterestItem item) =>
        text["Interests.Statement." + item.Key] is { ResourceNotFound: false } words ? words.Value : item.Text;
}
