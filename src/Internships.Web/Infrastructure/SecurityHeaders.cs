namespace Internships.Web.Infrastructure;

/// <summary>
/// One header policy on every response. Pages get a content security policy without <c>unsafe-inline</c>: styles come
/// from the stylesheet and nothing runs but the product's own files, so an injected script or style is refused by the
/// browser even if a page ever let one through. Nothing may frame the product (click-jacking), types are not sniffed,
/// and a link to another site carries only our origin.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
        + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Third-party dashboards we host but did not write (the job dashboard, the API reference) use inline scripts: framing is still refused.</summary>
    public const string ThirdPartyPagePolicy = "frame-ancestors 'none'; object-src 'none'; base-uri 'self'";

    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static readonly PathString[] ThirdPartyPages = ["/jobs", "/api-docs"];

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var thirdParty = ThirdPartyPages.Any(p => context.Request.Path.StartsWithSegments(p));
            headers.ContentSecurityPolicy = thirdParty ? ThirdPartyPagePolicy : ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    });
}
