using System.Text.Json.Serialization;
using Internships.Application.Features.Badges;
using Internships.Domain.Applications;
using Internships.Domain.Common;

namespace Internships.Application.Features.Applications;

/// <summary>A student applies to an open posting they are eligible for, with a short statement. Once per posting.</summary>
[Authorize(Roles.Student)]
public sealed record SubmitApplicationCommand(string Statement) : ICommand<ApplicationDto>
{
    [JsonIgnore]
    public int PostingId { get; init; }

    /// <summary>The student agrees that the posting's employer may see the badges they hold, and verify them. Off unless sent.</summary>
    public bool ShareBadges { get; init; }
}

public sealed class SubmitApplicationValidator : AbstractValidator<SubmitApplicationCommand>
{
    public const int MaxStatementLength = 2000;

    public SubmitApplicationValidator() =>
        RuleFor(x => x.Statement).NotEmpty().WithMessageKey("Applications.StatementRequired")
            .MaximumLength(MaxStatementLength).WithMessageKey("Applications.StatementTooLong");
}

public sealed class SubmitApplicationAuthorizer(RecordAccess access) : IResourceAuthorizer<SubmitApplicationCommand>
{
    public ValueTask<AccessDecision> AuthorizeAsync(SubmitApplicationCommand request, CancellationToken cancellationToken) =>
        access.ToViewPostingAsync(request.PostingId, cancellationToken);
}

public sealed class SubmitApplicationHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : ICommandHandler<SubmitApplicationCommand, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(SubmitApplicationCommand command, CancellationToken cancellationToken)
    {
        var studentId = user.StudentId ?? throw new ForbiddenAccessException("Your account is not linked to a student record.");
        var student = await db.Students.Include(s => s.Enrolments).FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken)
            ?? throw new ForbiddenAccessException("Your account is not linked to a student record.");
        var posting = await db.Postings.Include(p => p.Pathways).Include(p => p.RequiredBadges).ThenInclude(b => b.BadgeClass)
                .FirstOrDefaultAsync(p => p.Id == command.PostingId, cancellationToken)
            ?? throw NotFoundException.For("Posting", command.PostingId);

        if (await db.Applications.AnyAsync(a => a.PostingId == posting.Id && a.StudentId == studentId, cancellationToken))
        {
            throw new ConflictException(RuleKeys.Applications.AlreadyApplied, "You have already applied to this posting.");
        }

        var lowestRank = await db.Applications
            .Where(a => a.StudentId == studentId
                && (a.Status == ApplicationStatus.Submitted || a.Status == ApplicationStatus.UnderReview || a.Status == ApplicationStatus.Offered))
            .MaxAsync(a => (int?)a.Rank, cancellationToken) ?? 0;

        var heldBadgeIds = await db.HeldBadgeIdsAsync(HeldBadges.StudentKey(studentId), clock.UtcNow, cancellationToken);
        var application = InternshipApplication.Submit(posting, student, student.ActivePathwayIds.ToList(), command.Statement,
            lowestRank + 1, clock.Today, clock.UtcNow, heldBadgeIds);
        application.ShareBadgesWithEmployer(command.ShareBadges);
        db.Applications.Add(application);
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadApplicationAsync(application.Id, includeRank: true, clock.Today, cancellationToken);
    }
}
