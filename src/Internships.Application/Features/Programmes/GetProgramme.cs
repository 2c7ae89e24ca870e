namespace Internships.Application.Features.Programmes;

/// <summary>One programme with its requirements (coordinators).</summary>
[Authorize(Roles.Coordinator)]
public sealed record GetProgrammeQuery(int ProgrammeId) : IQuery<ProgrammeDto>;

public sealed class GetProgrammeHandler(IAppDbContext db) : IQueryHandler<GetProgrammeQuery, ProgrammeDto>
{
    public async ValueTask<ProgrammeDto> Handle(GetProgrammeQuery query, CancellationToken cancellationToken) =>
        await db.ReadProgrammeAsync(query.ProgrammeId, cancellationToken);
}
