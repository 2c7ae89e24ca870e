using FluentValidation;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Domain.Badges;
using Internships.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Badges;

/// <summary>What awarding a badge by hand, one at a time or from a roster, must respect, and the evidence and links that go with an award.</summary>
internal static class BadgeRules
{
    /// <summary>The student or the organisation a badge goes to, or a 400 naming the field when there is no such record.</summary>
    public static async Task<AwardRecipient> RecipientAsync(IAppDbContext db, int? studentId, int? employerId, CancellationToken cancellationToken)
    {
        if (studentId is { } sid)
        {
            var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == sid, cancellationToken)
                ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("StudentId", $"Student {sid} does not exist.")]);
            return AwardRecipient.Student(student.Id, student.FullName, student.Email);
        }

        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken)
            ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("EmployerId", $"Employer {employerId} does not exist.")]);
        return AwardRecipient.Organisation(employer.Id, employer.Name, employer.ContactEmail);
    }

    /// <summary>Adds the award after checking the badge is current, the recipient holds its prerequisites and not the badge itself.</summary>
    public static async Task<BadgeAward> AwardByHandAsync(IAppDbContext db, BadgeClass badge, AwardRecipient recipient, IEnumerable<BadgeEvidence> evidence,
        DateTime now, CancellationToken cancellationToken)
    {
        if (!badge.IsActive)
        {
            throw new DomainRuleException($"'{badge.Name}' is retired and no longer awarded.");
        }

        var held = await db.HeldBadgeIdsAsync(recipient.Key, now, cancellationToken);
        if (held.Contains(badge.Id))
        {
            throw new ConflictException($"{recipient.Name} already holds '{badge.Name}'.");
        }

        var missing = badge.PrerequisiteIds.Where(p => !held.Contains(p)).ToList();
        if (missing.Count > 0)
        {
            var names = await db.BadgeClasses.Where(b => missing.Contains(b.Id)).Select(b => b.Name).ToListAsync(cancellationToken);
            throw new DomainRuleException($"'{badge.Name}' requires {string.Join(", ", names.Select(n => $"'{n}'"))} first.");
        }

        if (await db.BadgeAwards.AnyAsync(a => a.BadgeClassId == badge.Id && a.RecipientKey == recipient.Key && a.AwardKey == BadgeAward.ManualAwardKey,
                cancellationToken))
        {
            throw new ConflictException($"{recipient.Name} was awarded '{badge.Name}' by hand before, and it was revoked or has expired.");
        }

        var award = BadgeAward.Manual(badge, recipient, evidence, now);
        db.BadgeAwards.Add(award);
        return award;
    }

    public static bool IsHttpUrl(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>The evidence a coordinator gives with an award by hand: a narrative, a link, or both.</summary>
    public static IEnumerable<BadgeEvidence> ManualEvidence(string? narrative, string? url)
    {
        if (!string.IsNullOrWhiteSpace(narrative) || !string.IsNullOrWhiteSpace(url))
        {
            yield return new BadgeEvidence(url is null ? EvidenceKind.Narrative : EvidenceKind.Artefact, "Evidence",
                string.IsNullOrWhiteSpace(narrative) ? null : narrative.Trim(), string.IsNullOrWhiteSpace(url) ? null : url.Trim());
        }
    }

    /// <summary>LinkedIn's "Add to profile" link for a certification, filled in so the student only has to confirm.</summary>
    public static string LinkedInAddToProfileUrl(string name, string organization, BadgeAward award, string certificateUrl)
    {
        var parameters = new List<(string, string)>
        {
            ("startTask", "CERTIFICATION_NAME"),
            ("name", name),
            ("organizationName", organization),
            ("issueYear", award.IssuedAt.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("issueMonth", award.IssuedAt.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        if (award.ExpiresAt is { } expires)
        {
            parameters.Add(("expirationYear", expires.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            parameters.Add(("expirationMonth", expires.Month.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        parameters.Add(("certUrl", certificateUrl));
        parameters.Add(("certId", award.PublicId.ToString()));
        return "https://www.linkedin.com/profile/add?" + string.Join("&", parameters.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));
    }
}
