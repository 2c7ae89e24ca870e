using Internships.Application.Features.Badges;
using Internships.Domain.Applications;

namespace Internships.Application.Features.Postings;

/// <summary>
/// Whether the signed-in student may apply to a posting, and if not why ("You need the badge 'X' to apply."), by the
/// same rules <see cref="InternshipApplication.Submit"/> applies. Shown on the posting page before the student applies.
/// </summary>
[Authorize(Roles.Student)]
public sealed record CheckMyEligibilityQuery(int PostingId) : IQuery<MyEligibilityDto>;

/// <summary>
/// <paramref name="ApplicationId"/> is the student's application to the posting when they already applied;
/// <paramref name="Problems"/> is empty when they may apply now.
/// </summary>
public sealed record MyEligibilityDto(bool CanApply, int? ApplicationId, ApplicationStatus? ApplicationStatus, IReadOnlyList<string> Problems);

public sealed class CheckMyEligibilityAuthorizer(RecordAccess access) : IResourceAuthorizer<CheckMyEligibilityQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(CheckMyEligibilityQuery request, CancellationToken cancellationToken) =>
        access.ToViewPostingAsync(request.PostingId, cancellationToken);
}

public sealed class CheckMyEligibilityHandler(IAppDbContext db, ICurrentUser user, IClock clock)
    : IQueryHandler<CheckMyEligibilityQuery, MyEligibilityDto>
{
    public async ValueTask<MyEligibilityDto> Handle(CheckMyEligibilityQuery query, CancellationToken cancellationToken)
    {
        var studentId = user.StudentId ?? throw new ForbiddenAccessException("Your account is not linked to a student record.");
        var student = await db.Students.AsNoTracking().Include(s => s.Enrolments).FirstOrDefaultAsync(s => s.Id == studentId, cancellationToken)
            ?? throw new ForbiddenAccessException("Your account is not linked to a student record.");
        var posting = await db.Postings.AsNoTracking().Include(p => p.Pathways).Include(p => p.RequiredBadges).ThenInclude(b => b.BadgeClass)
                .FirstOrDefaultAsync(p => p.Id == query.PostingId, cancellationToken)
            ?? throw NotFoundException.For("Posting", query.PostingId);

        var existing = await db.Applications.AsNoTracking().Where(a => a.PostingId == posting.Id && a.StudentId == studentId)
            .Select(a => new { a.Id, a.Status }).FirstOrDefaultAsync(cancellationToken);
        if (existing is not null)
        {
            return new MyEligibilityDto(false, existing.Id, existing.Status, ["You have already applied to this posting."]);
        }

        var problems = new List<string>();
        if (!posting.AcceptsApplicationsOn(clock.Today))
        {
            problems.Add("This posting is not taking applications.");
        }

        var held = await db.HeldBadgeIdsAsync(HeldBadges.StudentKey(studentId), clock.UtcNow, cancellationToken);
        problems.AddRange(posting.EligibilityProblems(student, student.ActivePathwayIds.ToList(), held));
        return new MyEligibilityDto(problems.Count == 0, null, null, problems);
    }
}
