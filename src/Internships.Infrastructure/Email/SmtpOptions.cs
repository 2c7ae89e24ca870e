using System.ComponentModel.DataAnnotations;

namespace Internships.Infrastructure.Email;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
}

/// <summary>
/// The mail server (section "Smtp"). With no <see cref="Host"/>, nothing goes out: each message is written as an .eml
/// file to <see cref="PickupDirectory"/>, where a person can open it.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.None;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Valley Unified Internships &lt;internships@valley.example&gt;</c>.</summary>
    public string From { get; set; } = "Internships <internships@localhost>";

    /// <summary>Where .eml files go when no host is set; a relative path is kept under the host's content root.</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>Seconds to wait for the server before an attempt counts as failed.</summary>
    [Range(1, 3600)]
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>How the outbox is delivered (section "Notifications").</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>The site's public address, for the links in messages; when unset, OpenBadges:PublicBaseUrl.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The district's contact shown in every message; when unset, OpenBadges:IssuerEmail or the sender.</summary>
    public string? ContactEmail { get; set; }

    public string? ContactPhone { get; set; }

    /// <summary>Start a dispatch as soon as a change that queued e-mail commits (besides the minutely run).</summary>
    public bool DispatchOnCommit { get; set; } = true;

    /// <summary>Messages one dispatcher run claims at a time.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>The wait after the first failed attempt; it doubles with each further failure up to <see cref="MaxRetryDelaySeconds"/>.</summary>
    public double RetryBaseDelaySeconds { get; set; } = 30;

    public double MaxRetryDelaySeconds { get; set; } = 3600;

    /// <summary>How long a claim on a message lasts; a dispatcher that dies holding it lets another take over after this.</summary>
    public int LeaseSeconds { get; set; } = 300;
}
