using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using FluentValidation;
using FluentValidation.Results;
using Internships.Application.Common.Exceptions;
using Internships.Application.Common.Interfaces;
using Internships.Application.Common.Security;
using Internships.Domain.Badges;
using Internships.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Internships.Application.Features.Badges;

public enum RosterRowOutcome
{
    Awarded,

    /// <summary>The student already holds the badge.</summary>
    Skipped,

    /// <summary>The row could not be awarded: unknown student, missing prerequisite, bad link.</summary>
    Rejected,
}

public sealed record RosterRowResult(int Line, string SisId, RosterRowOutcome Outcome, string? Reason, Guid? AwardId);

public sealed record RosterAwardReport(int Awarded, int Skipped, int Rejected, IReadOnlyList<RosterRowResult> Rows);

/// <summary>
/// A coordinator awards a badge to a roster: a CSV with a header, column <c>sisId</c> and optional <c>evidenceNarrative</c>
/// and <c>evidenceUrl</c>. A file that cannot be read awards nothing; otherwise every row is reported as awarded,
/// skipped (already held) or rejected (with the reason).
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record BulkAwardBadgeCommand(int BadgeClassId, string Csv) : ICommand<RosterAwardReport>;

public sealed class BulkAwardBadgeValidator : AbstractValidator<BulkAwardBadgeCommand>
{
    public const int MaxBytes = 1024 * 1024;

    public BulkAwardBadgeValidator() =>
        RuleFor(x => x.Csv).NotEmpty().WithMessage("Send the roster as CSV with a header row.")
            .Must(csv => csv.Length <= MaxBytes).WithMessage("The roster must be at most 1 MB.");
}

public sealed class BulkAwardBadgeHandler(IAppDbContext db, IClock clock) : ICommandHandler<BulkAwardBadgeCommand, RosterAwardReport>
{
    public const int MaxRows = 5000;

    public async ValueTask<RosterAwardReport> Handle(BulkAwardBadgeCommand command, CancellationToken cancellationToken)
    {
        var badge = await db.BadgeClasses.FirstOrDefaultAsync(b => b.Id == command.BadgeClassId, cancellationToken)
            ?? throw NotFoundException.For("Badge", command.BadgeClassId);
        if (badge.RecipientType != BadgeRecipientType.Student)
        {
            throw new DomainRuleException($"'{badge.Name}' is a badge for organisations; a roster lists students.");
        }

        var rows = Read(command.Csv);
        var sisIds = rows.Select(r => r.SisId).Distinct().ToList();
        var students = await db.Students.AsNoTracking().Where(s => sisIds.Contains(s.SisId)).ToDictionaryAsync(s => s.SisId, cancellationToken);

        var results = new List<RosterRowResult>();
        var awardedNow = new HashSet<int>();
        foreach (var row in rows)
        {
            results.Add(await AwardRowAsync(badge, row, students, awardedNow, cancellationToken));
        }

        return new RosterAwardReport(
            results.Count(r => r.Outcome == RosterRowOutcome.Awarded),
            results.Count(r => r.Outcome == RosterRowOutcome.Skipped),
            results.Count(r => r.Outcome == RosterRowOutcome.Rejected),
            results);
    }

    private async Task<RosterRowResult> AwardRowAsync(BadgeClass badge, RosterRow row, Dictionary<string, Domain.Students.Student> students,
        HashSet<int> awardedNow, CancellationToken cancellationToken)
    {
        if (!students.TryGetValue(row.SisId, out var student))
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Rejected, "No student has this SIS id.", null);
        }

        if (row.EvidenceUrl is { } url && !BadgeRules.IsHttpUrl(url))
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Rejected, "The evidence link is not an http or https address.", null);
        }

        var recipient = AwardRecipient.Student(student.Id, student.FullName, student.Email);
        if (awardedNow.Contains(student.Id))
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Skipped, "Listed twice in this roster.", null);
        }

        try
        {
            var award = await BadgeRules.AwardByHandAsync(db, badge, recipient, BadgeRules.ManualEvidence(row.EvidenceNarrative, row.EvidenceUrl),
                clock.UtcNow, cancellationToken);
            awardedNow.Add(student.Id);
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Awarded, null, award.PublicId);
        }
        catch (ConflictException held)
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Skipped, held.Message, null);
        }
        catch (DomainRuleException refused)
        {
            return new RosterRowResult(row.Line, row.SisId, RosterRowOutcome.Rejected, refused.Message, null);
        }
    }

    /// <summary>Reads the whole file first: any problem with it is a 400 and nothing is awarded.</summary>
    private static List<RosterRow> Read(string csv)
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
            using var reader = new CsvReader(new StringReader(csv), configuration);
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

    private static string? Optional(CsvReader reader, string column) =>
        reader.HeaderRecord!.Any(h => h.Trim().Equals(column, StringComparison.OrdinalIgnoreCase)) && reader.GetField(column) is { Length: > 0 } value
            ? value.Trim()
            : null;

    private static FluentValidation.ValidationException FileProblem(string message) => new([new ValidationFailure("csv", message)]);

    private sealed record RosterRow(int Line, string SisId, string? EvidenceNarrative, string? EvidenceUrl);
}
