namespace Internships.Application.Features.Placements;

/// <summary>A placement with its paperwork, hours and evaluations: for the intern, their employer, their supervisor and coordinators.</summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record GetPlacementQuery(int PlacementId) : IQuery<PlacementDto>, IReadsStudentRecords<PlacementDto>
{
    IEnumerable<int> IReadsStudentRecords<PlacementDto>.StudentsIn(PlacementDto response) => [response.StudentId];
}

public sealed class GetPlacementAuthorizer(RecordAccess access) : IResourceAuthorizer<GetPlacementQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetPlacementQuery request, CancellationToken cancellationToken) =>
        access.ToViewPlacementAsync(request.PlacementId, cancellationToken);
}

public sealed class GetPlacementHandler(IAppDbContext db) : IQueryHandler<GetPlacementQuery, PlacementDto>
{
    public async ValueTask<PlacementDto> Handle(GetPlacementQuery query, CancellationToken cancellationToken) =>
        await db.ReadPlacementAsync(query.PlacementId, cancellationToken);
}
