namespace Internships.Application.Features.Guidance;

/// <summary>The signed-in student's latest interest profile and the pathways it suggests (404 before they take it).</summary>
[Authorize(Roles.Student)]
public sealed record GetMyInterestProfileQuery : IQuery<InterestProfileDto>;

public sealed class GetMyInterestProfileHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetMyInterestProfileQuery, InterestProfileDto>
{
    public async ValueTask<InterestProfileDto> Handle(GetMyInterestProfileQuery query, CancellationToken cancellationToken) =>
        await db.ReadInterestProfileAsync(user.StudentId ?? throw new ForbiddenAccessException(), cancellationToken);
}
