using Internships.Application.Features.Badges;

namespace Internships.Application.Features.Applications;

/// <summary>
/// The badges of several applicants to one posting at once (the applicants page shows a page of them): the same answer
/// as <see cref="ListApplicantBadgesQuery"/> for each application, in two queries instead of two per applicant. An
/// application id that is not the posting's is left out; every student whose badges are shown counts as a view of
/// their record.
/// </summary>
[Authorize(Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record ListPostingApplicantBadgesQuery(int PostingId, IReadOnlyList<int> ApplicationIds)
    : IQuery<IReadOnlyList<ApplicantBadgesDto>>, IReadsStudentRecords<IReadOnlyList<ApplicantBadgesDto>>
{
    public IEnumerable<int> StudentsIn(IReadOnlyList<ApplicantBadgesDto> response) =>
        response.Where(a => a.Shared).Select(a => a.StudentId).Distinct();
}

public sealed class ListPostingApplicantBadgesAuthorizer(RecordAccess access) : IResourceAuthorizer<ListPostingApplicantBadgesQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(ListPostingApplicantBadgesQuery request, CancellationToken cancellationToken) =>
        access.ToManagePostingAsync(request.PostingId, cancellationToken);
}

public sealed class ListPostingApplicantBadgesHandler(IAppDbContext db, IOpenBadges openBadges, IClock clock)
    : IQueryHandler<ListPostingApplicantBadgesQuery, IReadOnlyList<ApplicantBadgesDto>>
{
    public async ValueTask<IReadOnlyList<ApplicantBadgesDto>> Handle(ListPostingApplicantBadgesQuery query, CancellationToken cancellationToken)
    {
        var ids = query.ApplicationIds.Distinct().Take(Paging.MaxPageSize).ToList();
        var applications = await db.Applications.AsNoTracking()
            .Where(a => a.PostingId == query.PostingId && ids.Contains(a.Id))
            .Select(a => new { a.Id, a.StudentId, a.SharesBadges })
            .ToListAsync(cancellationToken);
        var keys = applications.Where(a => a.SharesBadges).Select(a => HeldBadges.StudentKey(a.StudentId)).Distinct().ToList();
        var now = clock.UtcNow;
        // The award and its badge's name only: not the badge row, whose image is the largest thing in it.
        var awards = keys.Count == 0
            ? []
            : await db.BadgeAwards.AsNoTracking()
                .Where(a => keys.Contains(a.RecipientKey) && a.RevokedAt == null && (a.ExpiresAt == null || a.ExpiresAt > now))
                .OrderByDescending(a => a.IssuedAt)
                .Select(a => new { Award = a, BadgeName = a.BadgeClass!.Name })
                .ToListAsync(cancellationToken);
        var byKey = awards.ToLookup(a => a.Award.RecipientKey);

        return applications.OrderBy(a => ids.IndexOf(a.Id)).Select(a => new ApplicantBadgesDto(a.Id, a.StudentId, a.SharesBadges,
                a.SharesBadges
                    ? byKey[HeldBadges.StudentKey(a.StudentId)].Take(Paging.MaxPageSize)
                        .Select(b => new ApplicantBadgeDto(b.Award.PublicId, b.BadgeName, b.Award.IssuedAt, openBadges.LinksFor(b.Award).VerificationPage))
                        .ToList()
                    : []))
            .ToList();
    }
}
