using Internships.Application.Features.Badges;

namespace Internships.Application.Features.Applications;

/// <summary>
/// The badges an applicant holds (valid ones: not revoked, not expired), for the posting's employer admins and the
/// coordinators, only when the student agreed to share them when applying; without that consent the list is empty.
/// Each comes with its public verification page, so the employer can check it.
/// </summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record ListApplicantBadgesQuery(int ApplicationId) : IQuery<ApplicantBadgesDto>, IReadsStudentRecords<ApplicantBadgesDto>
{
    public IEnumerable<int> StudentsIn(ApplicantBadgesDto response) => response.Shared ? [response.StudentId] : [];
}

public sealed record ApplicantBadgesDto(int ApplicationId, int StudentId, bool Shared, IReadOnlyList<ApplicantBadgeDto> Badges);

public sealed record ApplicantBadgeDto(Guid AwardId, string BadgeName, DateTime IssuedAt, string VerifyUrl);

public sealed class ListApplicantBadgesAuthorizer(RecordAccess access) : IResourceAuthorizer<ListApplicantBadgesQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListApplicantBadgesQuery request, CancellationToken cancellationToken) =>
        access.ToDecideApplicationAsync(request.ApplicationId, cancellationToken);
}

public sealed class ListApplicantBadgesHandler(IAppDbContext db, IOpenBadges openBadges, IClock clock) : IQueryHandler<ListApplicantBadgesQuery, ApplicantBadgesDto>
{
    public async ValueTask<ApplicantBadgesDto> Handle(ListApplicantBadgesQuery query, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking().Where(a => a.Id == query.ApplicationId)
                .Select(a => new { a.StudentId, a.SharesBadges }).FirstOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Application", query.ApplicationId);
        if (!application.SharesBadges)
        {
            return new ApplicantBadgesDto(query.ApplicationId, application.StudentId, false, []);
        }

        var key = HeldBadges.StudentKey(application.StudentId);
        var now = clock.UtcNow;
        // The award and its badge's name only: not the badge row, whose image is the largest thing in it.
        var awards = await db.BadgeAwards.AsNoTracking()
            .Where(a => a.RecipientKey == key && a.RevokedAt == null && (a.ExpiresAt == null || a.ExpiresAt > now))
            .OrderByDescending(a => a.IssuedAt)
            .Take(Paging.MaxPageSize)
            .Select(a => new { Award = a, BadgeName = a.BadgeClass!.Name })
            .ToListAsync(cancellationToken);
        return new ApplicantBadgesDto(query.ApplicationId, application.StudentId, true,
            awards.Select(a => new ApplicantBadgeDto(a.Award.PublicId, a.BadgeName, a.Award.IssuedAt, openBadges.LinksFor(a.Award).VerificationPage)).ToList());
    }
}
