namespace Internships.Application.Features.Schools;

/// <summary>Schools are district reference data: anyone signed in may read them.</summary>
public sealed record GetSchoolQuery(int SchoolId) : IQuery<SchoolDto>;

public sealed class GetSchoolHandler(IAppDbContext db) : IQueryHandler<GetSchoolQuery, SchoolDto>
{
    public async ValueTask<SchoolDto> Handle(GetSchoolQuery query, CancellationToken cancellationToken) =>
        await db.Schools.AsNoTracking().Where(s => s.Id == query.SchoolId).Select(SchoolDto.Projection)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("School", query.SchoolId);
}
