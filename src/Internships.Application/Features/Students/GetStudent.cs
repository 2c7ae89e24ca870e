namespace Internships.Application.Features.Students;

/// <summary>A student's record: for coordinators and for the student themself.</summary>
[Authorize(Roles.Coordinator, Roles.Student)]
public sealed record GetStudentQuery(int StudentId) : IQuery<StudentDto>, IReadsStudentRecords<StudentDto>
{
    IEnumerable<int> IReadsStudentRecords<StudentDto>.StudentsIn(StudentDto response) => [response.Id];
}

public sealed class GetStudentAuthorizer(RecordAccess access) : IResourceAuthorizer<GetStudentQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetStudentQuery request, CancellationToken cancellationToken) =>
        access.ToViewStudentAsync(request.StudentId, cancellationToken);
}

public sealed class GetStudentHandler(IAppDbContext db) : IQueryHandler<GetStudentQuery, StudentDto>
{
    public async ValueTask<StudentDto> Handle(GetStudentQuery query, CancellationToken cancellationToken) =>
        await db.ReadStudentAsync(query.StudentId, cancellationToken);
}
