namespace Internships.Application.Features.Programmes;

/// <summary>A cohort's roster with each participant's progress: for coordinators and the cohort's trainer, coach and observer.</summary>
[Authorize]
public sealed record GetCohortRosterQuery(int CohortId) : IQuery<CohortRosterDto>;

public sealed class GetCohortRosterAuthorizer(IAppDbContext db, ICurrentUser user) : IResourceAuthorizer<GetCohortRosterQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetCohortRosterQuery request, CancellationToken cancellationToken) =>
        ProgrammeRules.CohortAccessAsync(db, user, request.CohortId, null, cancellationToken);
}

public sealed class GetCohortRosterHandler(IAppDbContext db) : IQueryHandler<GetCohortRosterQuery, CohortRosterDto>
{
    public async ValueTask<CohortRosterDto> Handle(GetCohortRosterQuery query, CancellationToken cancellationToken)
    {
        var cohort = await db.ReadCohortAsync(query.CohortId, cancellationToken);
        var programme = await db.ReadProgrammeAsync(cohort.ProgrammeId, cancellationToken);
        var enrolments = await db.ReadEnrolmentsAsync(
            db.ProgrammeEnrolments.Where(e => e.CohortId == query.CohortId).OrderBy(e => e.ParticipantName).ThenBy(e => e.Id), cancellationToken);
        return new CohortRosterDto(cohort, programme.Requirements, enrolments.OrderBy(e => e.ParticipantName, StringComparer.OrdinalIgnoreCase).ThenBy(e => e.Id).ToList());
    }
}
