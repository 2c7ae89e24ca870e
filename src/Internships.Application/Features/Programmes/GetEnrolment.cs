namespace Internships.Application.Features.Programmes;

/// <summary>A participant's progress checklist: for the participant, the cohort's trainer, coach and observer, and coordinators.</summary>
[Authorize]
public sealed record GetEnrolmentQuery(int EnrolmentId) : IQuery<EnrolmentDto>;

public sealed class GetEnrolmentAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<GetEnrolmentQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetEnrolmentQuery request, CancellationToken cancellationToken) =>
        ProgrammeRules.EnrolmentAccessAsync(db, user, request.EnrolmentId, ProgrammeRules.Need.View, cancellationToken);
}

public sealed class GetEnrolmentHandler(IAppDbContext db) : IQueryHandler<GetEnrolmentQuery, EnrolmentDto>
{
    public async ValueTask<EnrolmentDto> Handle(GetEnrolmentQuery query, CancellationToken cancellationToken) =>
        await db.ReadEnrolmentAsync(query.EnrolmentId, cancellationToken);
}
