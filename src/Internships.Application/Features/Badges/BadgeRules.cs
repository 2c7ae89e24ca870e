using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using ValidationException = FluentValidation.ValidationException;
using Internships.Application.Common.Localization;
using Internships.Domain.Badges;
using Internships.Domain.Common;

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
                ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("StudentId", "Choose one of the district's students.")]);
            return AwardRecipient.Student(student);
        }

        var employer = await db.Employers.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken)
            ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("EmployerId", "Choose one of the district's employers.")]);
        return AwardRecipient.Organisation(employer.Id, employer.Name, employer.ContactEmail);
    }

    /// <summary>Adds the award after checking the badge is current, the recipient holds its prerequisites and not the badge itself.</summary>
    public static async Task<BadgeAward> AwardByHandAsync(IAppDbContext db, BadgeClass badge, AwardRecipient recipient, IEnumerable<BadgeEvidence> evidence,
        DateTime now, CancellationToken cancellationToken)
    {
        await EnsureMayAwardByHandAsync(db, badge, recipient, now, cancellationToken);
        var award = BadgeAward.Manual(badge, recipient, evidence, now);
        db.BadgeAwards.Add(award);
        return award;
    }

    /// <summary>
    /// Awards the badge an approved claim asks for, under the same checks as an award by hand, filed under the claim (one
    /// award per claim: the unique award key holds against a race the claim's version did not stop).
    /// </summary>
    public static async Task<BadgeAward> AwardClaimAsync(IAppDbContext db, BadgeClass badge, AwardRecipient recipient, BadgeClaim claim, DateTime now,
        CancellationToken cancellationToken)
    {
        await EnsureMayAwardAsync(db, badge, recipient, now, claim.AwardKey, cancellationToken);
        var award = BadgeAward.ForClaim(badge, recipient, claim, now);
        db.BadgeAwards.Add(award);
        return award;
    }

    /// <summary>
    /// Whether the recipient may be given the badge by hand now: a 409 when they hold it (or held it and it was revoked or
    /// expired), a refused rule when the badge is retired or a prerequisite is missing.
    /// </summary>
    public static Task EnsureMayAwardByHandAsync(IAppDbContext db, BadgeClass badge, AwardRecipient recipient, DateTime now,
        CancellationToken cancellationToken) =>
        EnsureMayAwardAsync(db, badge, recipient, now, BadgeAward.ManualAwardKey, cancellationToken);

    /// <summary>
    /// Whether the recipient may be given the badge now on the occasion <paramref name="awardKey"/> (null: only asking,
    /// as a claim does before it is reviewed): the checks of <see cref="EnsureMayAwardByHandAsync"/>.
    /// </summary>
    public static async Task EnsureMayAwardAsync(IAppDbContext db, BadgeClass badge, AwardRecipient recipient, DateTime now, string? awardKey,
        CancellationToken cancellationToken)
    {
        if (!badge.IsActive)
        {
            throw new DomainRuleException(RuleKeys.Badges.Retired, $"'{badge.Name}' is retired and no longer awarded.", badge.Name);
        }

        var held = await db.HeldBadgeIdsAsync(recipient.Key, now, cancellationToken);
        if (held.Contains(badge.Id))
        {
            throw new ConflictException(RuleKeys.Badges.AlreadyHeld, $"{recipient.Name} already holds '{badge.Name}'.", recipient.Name, badge.Name);
        }

        var missing = badge.PrerequisiteIds.Where(p => !held.Contains(p)).ToList();
        if (missing.Count > 0)
        {
            var names = await db.BadgeClasses.Where(b => missing.Contains(b.Id)).Select(b => b.Name).ToListAsync(cancellationToken);
            throw new DomainRuleException(RuleKeys.Badges.PrerequisitesFirst, $"'{badge.Name}' requires {string.Join(", ", names.Select(n => $"'{n}'"))} first.",
                badge.Name, string.Join(", ", names.Select(n => $"«{n}»")));
        }

        if (awardKey is not null
            && await db.BadgeAwards.AnyAsync(a => a.BadgeClassId == badge.Id && a.RecipientKey == recipient.Key && a.AwardKey == awardKey, cancellationToken))
        {
            throw awardKey == BadgeAward.ManualAwardKey
                ? new ConflictException(RuleKeys.Badges.AwardedByHandBefore,
                    $"{recipient.Name} was awarded '{badge.Name}' by hand before, and it was revoked or has expired.", recipient.Name, badge.Name)
                : new ConflictException(RuleKeys.Badges.AwardedForThisBefore, $"{recipient.Name} was awarded '{badge.Name}' for this before.",
                    recipient.Name, badge.Name);
        }
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

/// <summary>
/// Reading a roster (CSV: a header, column <c>sisId</c>, optional <c>evidenceNarrative</c> and <c>evidenceUrl</c>) and
/// judging each row, to award it (<see cref="BulkAwardBadgeCommand"/>) or only to say what would happen (<see cref="PreviewRosterAwardQuery"/>).
/// </summary>
internal static class BadgeRoster
{
    public const int MaxRows = 5000;

    /// <summary>The badge a roster is for: it must exist and be for students.</summary>
    public static async Task<BadgeClass> LoadStudentBadgeAsync(IAppDbContext db, int badgeClassId, CancellationToken cancellationToken)
    {
        var badge = await db.BadgeClasses.FirstOrDefaultAsync(b => b.Id == badgeClassId, cancellationToken)
            ?? throw NotFoundException.For("Badge", badgeClassId);
        return badge.RecipientType == BadgeRecipientType.Student
            ? badge
            : throw new DomainRuleException(RuleKeys.Badges.RosterListsStudents, $"'{badge.Name}' is a badge for organisations; a roster lists students.", badge.Name);
    }

    /// <summary>
    /// Every row's outcome, in file order. With <paramref name="apply"/> the awardable rows are awarded; without, they are
    /// reported as <see cref="RosterRowOutcome.Awarded"/> with no award id: what applying would do now.
    /// </summary>
    public static async Task<RosterAwardReport> JudgeAsync(IAppDbContext db, BadgeClass badge, IReadOnlyList<RosterRow> rows, DateTime now, bool apply,
        CancellationToken cancellationToken)
    {
        var sisIds = rows.Select(r => r.SisId).Distinct().ToList();
        var students = await db.Students.AsNoTracking().Where(s => sisIds.Contains(s.SisId)).ToDictionaryAsync(s => s.SisId, cancellationToken);
        var results = new List<RosterRowResult>();
        var awardedNow = new HashSet<int>();
        foreach (var row in rows)
        {
            results.Add(await JudgeRowAsync(db, badge, row, students, awardedNow, now, apply, cancellationToken));
        }

        return new RosterAwardReport(
            results.Count(r => r.Outcome == RosterRowOutcome.Awarded),
            results.Count(r => r.Outcome == RosterRowOutcome.Skipped),
            results.Count(r => r.Outcome == RosterRowOutcome.Rejected),
            results);
    }

    private static readonly AwardBadgeValidator SingleAward = new();

    private static async Task<RosterRowResult> JudgeRowAsync(IAppDbContext db, BadgeClass badge, RosterRow row, Dictionary<string, Domain.Students.Student> students,
        HashSet<int> awardedNow, DateTime now, bool apply, CancellationToken cancellationToken)
    {
        if (!students.TryGetValue(row.SisId, out var student))
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Rejected, "No student has this SIS id.", null);
        }

        if (row.EvidenceUrl is { } url && !BadgeRules.IsHttpUrl(url))
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Rejected, "The evidence link is not an http or https address.", null);
        }

        // A row is an award by hand: it keeps to the same limits (the narrative's and the link's lengths), from the same rules.
        var single = SingleAward.Validate(new AwardBadgeCommand(student.Id, null, row.EvidenceNarrative, row.EvidenceUrl));
        if (!single.IsValid)
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Rejected, string.Join(" ", single.Errors.Select(e => e.ErrorMessage).Distinct()), null);
        }

        var recipient = AwardRecipient.Student(student);
        if (awardedNow.Contains(student.Id))
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Skipped, "Listed twice in this roster.", null);
        }

        try
        {
            Guid? awardId = null;
            if (apply)
            {
                awardId = (await BadgeRules.AwardByHandAsync(db, badge, recipient, BadgeRules.ManualEvidence(row.EvidenceNarrative, row.EvidenceUrl), now,
                    cancellationToken)).PublicId;
            }
            else
            {
                await BadgeRules.EnsureMayAwardByHandAsync(db, badge, recipient, now, cancellationToken);
            }

            awardedNow.Add(student.Id);
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Awarded, null, awardId);
        }
        catch (ConflictException held)
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Skipped, RuleText.Describe(held), null);
        }
        catch (DomainRuleException refused)
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Rejected, RuleText.Describe(refused), null);
        }
    }

    /// <summary>Reads the whole file first: any problem with it is a 400 naming the file, and nothing is awarded.</summary>
    public static List<RosterRow> Read(string csv)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            TrimOptions = TrimOptions.Trim,
            MissingFieldFound = null,
            HeaderValidated = null,
            BadDataFound = args => throw new CsvHelper.BadDataException(args.Field, args.RawRecord, args.Context, "Malformed quoting."),
        };

        var rows = new List<RosterRow>();
        try
        {
            // A spreadsheet's "CSV UTF-8" starts with a byte-order mark, which is not part of the first column's name.
            using var reader = new CsvReader(new StringReader(csv.TrimStart('\uFEFF')), configuration);
            if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is null || !reader.HeaderRecord.Any(h => h.Trim().Equals("sisId", StringComparison.OrdinalIgnoreCase)))
            {
                throw FileProblem("The first row must be a header with a 'sisId' column.");
            }

            while (reader.Read())
            {
                var sisId = reader.GetField("sisid")?.Trim() ?? "";
                if (sisId.Length == 0 && reader.Parser.Record is { } record && record.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (sisId.Length == 0)
                {
                    throw FileProblem($"Line {reader.Parser.RawRow} has no SIS id.");
                }

                if (rows.Count == MaxRows)
                {
                    throw FileProblem($"A roster has at most {MaxRows} rows.");
                }

                rows.Add(new RosterRow(reader.Parser.RawRow, sisId, Optional(reader, "evidencenarrative"), Optional(reader, "evidenceurl")));
            }
        }
        catch (CsvHelperException e)
        {
            throw FileProblem($"The file is not valid CSV near line {e.Context?.Parser?.RawRow}.");
        }

        return rows.Count > 0 ? rows : throw FileProblem("The roster lists no students.");
    }

    /// <summary>
    /// A roster is text: a binary file (a spreadsheet saved as .xlsx, an image) or text in another encoding is refused.
    /// A roster too large is read only in part: its cut-off last character is no reason to call it not UTF-8 as well.
    /// </summary>
    public static IRuleBuilderOptions<T, string> RosterCsv<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessageKey("Badges.RosterRequired")
            .Must(csv => csv is null || csv.Length <= BulkAwardBadgeValidator.MaxBytes).WithMessageKey("Badges.RosterTooLarge")
            .Must(csv => csv is null || csv.Length > BulkAwardBadgeValidator.MaxBytes || (!csv.Contains('\0') && !csv.Contains('\uFFFD')))
            .WithMessageKey("Badges.RosterNotUtf8");

    private static string? Optional(CsvReader reader, string column) =>
        reader.HeaderRecord!.Any(h => h.Trim().Equals(column, StringComparison.OrdinalIgnoreCase)) && reader.GetField(column) is { Length: > 0 } value
            ? value.Trim()
            : null;

    private static FluentValidation.ValidationException FileProblem(string message) => new([new FluentValidation.Results.ValidationFailure("csv", message)]);
}

internal sealed record RosterRow(int Line, string SisId, string? EvidenceNarrative, string? EvidenceUrl);
