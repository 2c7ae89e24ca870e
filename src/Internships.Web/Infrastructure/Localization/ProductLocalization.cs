using System.Globalization;
using System.Security.Claims;
using Internships.Application.Common.Localization;
using Internships.Infrastructure.Identity;
using Internships.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure.Localization;

/// <summary>
/// The language of each request, en-US (the default) or es-US, decided in this order: for the API, an
/// <c>Accept-Language</c> the client sent; the signed-in person's stored preference (<c>PUT /api/me/language</c>, the
/// settings page, or the language switch while signed in); the switch's cookie; the browser's <c>Accept-Language</c>.
/// Any Spanish (es, es-MX) reads as es-US and any English as en-US. The culture sets the words
/// (<c>Resources/*.resx</c>, one pair per area), the formats of dates, numbers and money (<see cref="Display"/>) and
/// <c>&lt;html lang&gt;</c>.
/// </summary>
public static class ProductLocalization
{
    /// <summary>The switch's cookie, in the framework's format ("c=es-US|uic=es-US"); a year, so it sticks.</summary>
    public const string CookieName = "internships.language";

    public static IServiceCollection AddProductLocalization(this IServiceCollection services)
    {
        // No ResourcesPath: each area's marker class (Internships.Web.Resources.StudentText) names its .resx files
        // (Resources/StudentText.resx, Resources/StudentText.es.resx) by its full name.
        services.AddLocalization();
        // The identity store's refusals and the questionnaire's statements quoted by the application, in the request's language.
        services.AddScoped<IdentityErrorDescriber, LocalizedIdentityErrorDescriber>();
        services.AddScoped<IInterestStatementWords, InterestStatementWords>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Languages.Default);
            o.SupportedCultures = [.. Languages.Cultures];
            o.SupportedUICultures = [.. Languages.Cultures];
            o.ApplyCurrentCultureToResponseHeaders = true;
            o.RequestCultureProviders =
            [
                new CustomRequestCultureProvider(http => Result(WebAuthentication.IsPageRequest(http) ? null : FromAcceptLanguage(http))),
                new CustomRequestCultureProvider(StoredPreferenceAsync),
                new CustomRequestCultureProvider(http => Result(FromCookie(http))),
                new CustomRequestCultureProvider(http => Result(FromAcceptLanguage(http))),
            ];
        });
        return services;
    }

    /// <summary>Labels from <c>[Display(Name = "…")]</c> are keys of <see cref="SharedText"/>, looked up in the request's language.</summary>
    public static IMvcBuilder AddProductLocalization(this IMvcBuilder mvc) =>
        mvc.AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedText)));

    public static IApplicationBuilder UseProductLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>The request's language: the one the localisation middleware chose, also where the request's own culture is no longer set (an exception handler).</summary>
    public static CultureInfo RequestCulture(HttpContext http) =>
        http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;

    /// <summary>Sets the switch's cookie for a year.</summary>
    public static void RememberInCookie(HttpResponse response, string language) =>
        response.Cookies.Append(CookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)), new CookieOptions
        {
            MaxAge = TimeSpan.FromDays(365), // a length of time, not a date: no clock to read
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
        });

    private static Task<ProviderCultureResult?> Result(string? language) =>
        Task.FromResult(language is null ? null : new ProviderCultureResult(language));

    private static async Task<ProviderCultureResult?> StoredPreferenceAsync(HttpContext http)
    {
        // AccountSessionValidation ran first: a user still signed in here has a usable session, and the account's state
        // (its language with it) is the one that check read and cached.
        if (http.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var claims = http.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        if (!int.TryParse(http.User.FindFirstValue(claims.UserIdClaimType), NumberStyles.None, CultureInfo.InvariantCulture, out var userId))
        {
            return null;
        }

        var state = await http.RequestServices.GetRequiredService<AccountSessions>().GetAsync(userId, http.RequestAborted);
        return await Result(Languages.Match(state?.PreferredLanguage));
    }

    private static string? FromCookie(HttpContext http) =>
        http.Request.Cookies.TryGetValue(CookieName, out var value)
        && CookieRequestCultureProvider.ParseCookieValue(value) is { } parsed && parsed.UICultures.Count > 0
            ? Languages.Match(parsed.UICultures[0].Value)
            : null;

    /// <summary>The first language of the header, by quality, that the product speaks.</summary>
    private static string? FromAcceptLanguage(HttpContext http) =>
        http.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Languages.Match(l.Value.Value))
            .FirstOrDefault(l => l is not null);
}
