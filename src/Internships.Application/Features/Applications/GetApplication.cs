namespace Internships.Application.Features.Applications;

/// <summary>One application: for its student, the posting's employer admins and coordinators.</summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Coordinator)]
public sealed record GetApplicationQuery(int ApplicationId) : IQuery<ApplicationDto>, IReadsStudentRecords<ApplicationDto>
{
    IEnumerable<int> IReadsStudentRecords<ApplicationDto>.StudentsIn(ApplicationDto response) => [response.Applicant.StudentId];
}

public sealed class GetApplicationAuthorizer(RecordAccess access) : IResourceAuthorizer<GetApplicationQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetApplicationQuery request, CancellationToken cancellationToken) =>
        access.ToViewApplicationAsync(request.ApplicationId, cancellationToken);
}

public sealed class GetApplicationHandler(IAppDbContext db, ICurrentUser user, IClock clock) : IQueryHandler<GetApplicationQuery, ApplicationDto>
{
    public async ValueTask<ApplicationDto> Handle(GetApplicationQuery query, CancellationToken cancellationToken) =>
        await db.ReadApplicationAsync(query.ApplicationId,
            includeRank: user.IsInRole(Roles.Student) || user.IsInRole(Roles.Coordinator), clock.Today, cancellationToken);
}
