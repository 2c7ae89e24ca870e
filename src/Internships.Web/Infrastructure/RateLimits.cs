using System.Globalization;
using Internships.Infrastructure;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Internships.Web.Infrastructure;

/// <summary>How many attempts a window allows: from one client address, and for one account (section <c>RateLimits</c>).</summary>
public sealed class RateLimitRule
{
    public int PerAddress { get; set; }

    public int PerAccount { get; set; }

    public TimeSpan Window { get; set; }
}

public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    public RateLimitRule SignIn { get; set; } = new() { PerAddress = 30, PerAccount = 10, Window = TimeSpan.FromMinutes(5) };

    public RateLimitRule Refresh { get; set; } = new() { PerAddress = 120, PerAccount = 30, Window = TimeSpan.FromMinutes(5) };

    public RateLimitRule PasswordReset { get; set; } = new() { PerAddress = 10, PerAccount = 3, Window = TimeSpan.FromMinutes(15) };

    public RateLimitRule Invitation { get; set; } = new() { PerAddress = 20, PerAccount = 5, Window = TimeSpan.FromMinutes(15) };

    /// <summary>What anyone may read without signing in (badge pages, Open Badges documents, keys, status lists): per address only.</summary>
    public RateLimitRule PublicDocuments { get; set; } = new() { PerAddress = 600, Window = TimeSpan.FromMinutes(1) };

    public RateLimitRule For(string policy) => policy switch
    {
        RateLimits.SignIn => SignIn,
        RateLimits.Refresh => Refresh,
        RateLimits.PasswordReset => PasswordReset,
        RateLimits.Invitation => Invitation,
        RateLimits.PublicDocuments => PublicDocuments,
        _ => throw new ArgumentOutOfRangeException(nameof(policy), policy, "No such rate limit."),
    };
}

/// <summary>
/// Limits on the ways in, against guessing: signing in (both steps), refreshing a token, asking for and using a password
/// reset, and accepting an invitation, on the API and on the pages. Each is counted per client address (the rate-limiting
/// middleware, on the endpoint) and per account (<see cref="AccountAttempts"/>, once the request names one). Over either
/// limit the answer is 429 with <c>Retry-After</c>, a problem for the API and a page for people; the same for an address
/// that has an account and one that has not. Behind a reverse proxy the client address is the proxy's unless forwarded
/// headers are configured.
/// </summary>
public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Refresh = "refresh";
    public const string PasswordReset = "password-reset";
    public const string Invitation = "invitation";
    public const string PublicDocuments = "public-documents";

    private static readonly string[] Policies = [SignIn, Refresh, PasswordReset, Invitation];

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RateLimitOptions>(configuration, RateLimitOptions.Section);
        services.AddSingleton<AccountAttempts>();
        services.AddRateLimiter(o =>
        {
            o.OnRejected = (context, cancellationToken) => RefuseAsync(context.HttpContext,
                context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : null, cancellationToken);
            foreach (var policy in Policies)
            {
                o.AddPolicy(policy, http =>
                {
                    // Showing a form is free; sending it counts.
                    if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                    {
                        return RateLimitPartition.GetNoLimiter("read");
                    }

                    return PerAddress(http, policy);
                });
            }

            // Reading counts here: these are the anonymous documents someone could pull in bulk or use to make the host sign.
            o.AddPolicy(PublicDocuments, http => PerAddress(http, PublicDocuments));
        });
        return services;
    }

    private static RateLimitPartition<string> PerAddress(HttpContext http, string policy)
    {
        var rule = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value.For(policy);
        return RateLimitPartition.GetFixedWindowLimiter(policy + "|" + ClientAddress(http), _ => Window(rule.PerAddress, rule.Window));
    }

    internal static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = Math.Max(1, permits), Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>429 with <c>Retry-After</c>: problem details on the API, the status page for people.</summary>
    public static async ValueTask RefuseAsync(HttpContext http, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var seconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromMinutes(1)).TotalSeconds);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Max(1, seconds).ToString(CultureInfo.InvariantCulture);
        if (WebAuthentication.IsPageRequest(http))
        {
            // The status-code pages show what happened and what to do.
            return;
        }

        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too many attempts",
                Detail = $"Too many attempts in a short while: wait {Math.Max(1, seconds)} seconds, then try again.",
            },
        });
    }
}

public static class PageAttempts
{
    /// <summary>A form shown again with the message, answered 429 with <c>Retry-After</c> (the per-account limit on a page).</summary>
    public static PageResult TooManyAttempts(this PageModel page, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        page.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        page.ModelState.AddModelError(string.Empty, $"Too many attempts in a short while: wait {seconds} seconds, then try again.");
        return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
    }
}

/// <summary>The per-account half of <see cref="RateLimits"/>: attempts counted by the account a request names (an e-mail address, a token).</summary>
public sealed class AccountAttempts : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public AccountAttempts(IOptions<RateLimitOptions> options) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        {
            var rule = options.Value.For(key[..key.IndexOf('|', StringComparison.Ordinal)]);
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => RateLimits.Window(rule.PerAccount, rule.Window));
        });

    /// <summary>Counts an attempt for the account; null when it may go ahead, else how long to wait.</summary>
    public TimeSpan? TryAttempt(string policy, string account)
    {
        using var lease = _limiter.AttemptAcquire($"{policy}|{account.Trim().ToUpperInvariant()}");
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter
            : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
