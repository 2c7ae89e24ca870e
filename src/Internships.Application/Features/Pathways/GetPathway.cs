namespace Internships.Application.Features.Pathways;

/// <summary>Pathways are the programme's public catalogue: anyone signed in may read them.</summary>
public sealed record GetPathwayQuery(int PathwayId) : IQuery<PathwayDto>;

public sealed class GetPathwayHandler(IAppDbContext db) : IQueryHandler<GetPathwayQuery, PathwayDto>
{
    public async ValueTask<PathwayDto> Handle(GetPathwayQuery query, CancellationToken cancellationToken) =>
        await db.Pathways.AsNoTracking().Where(p => p.Id == query.PathwayId).Select(PathwayDto.Projection)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("Pathway", query.PathwayId);
}
