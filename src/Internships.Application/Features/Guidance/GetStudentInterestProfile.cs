namespace Internships.Application.Features.Guidance;

/// <summary>
/// A student's latest interest profile and suggested pathways, for coordinators and the student themself (404 before
/// they take it). A coordinator's read is recorded in the audit trail as a view of the student's record.
/// </summary>
[Authorize(Roles.Coordinator, Roles.Student)]
public sealed record GetStudentInterestProfileQuery(int StudentId) : IQuery<InterestProfileDto>, IReadsStudentRecords<InterestProfileDto>
{
    IEnumerable<int> IReadsStudentRecords<InterestProfileDto>.StudentsIn(InterestProfileDto response) => [response.StudentId];
}

public sealed class GetStudentInterestProfileAuthorizer(RecordAccess access) : IResourceAuthorizer<GetStudentInterestProfileQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetStudentInterestProfileQuery request, CancellationToken cancellationToken) =>
        access.ToViewStudentAsync(request.StudentId, cancellationToken);
}

public sealed class GetStudentInterestProfileHandler(IAppDbContext db) : IQueryHandler<GetStudentInterestProfileQuery, InterestProfileDto>
{
    public async ValueTask<InterestProfileDto> Handle(GetStudentInterestProfileQuery query, CancellationToken cancellationToken) =>
        await db.ReadInterestProfileAsync(query.StudentId, cancellationToken);
}
