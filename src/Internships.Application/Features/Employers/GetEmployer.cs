namespace Internships.Application.Features.Employers;

/// <summary>An employer's profile: for coordinators and the employer's own staff.</summary>
[Authorize(Roles.Coordinator, Roles.EmployerAdmin, Roles.Supervisor)]
public sealed record GetEmployerQuery(int EmployerId) : IQuery<EmployerDto>;

public sealed class GetEmployerAuthorizer(RecordAccess access) : IResourceAuthorizer<GetEmployerQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetEmployerQuery request, CancellationToken cancellationToken) =>
        access.ToViewEmployerAsync(request.EmployerId, cancellationToken);
}

public sealed class GetEmployerHandler(IAppDbContext db) : IQueryHandler<GetEmployerQuery, EmployerDto>
{
    public async ValueTask<EmployerDto> Handle(GetEmployerQuery query, CancellationToken cancellationToken) =>
        await db.Employers.AsNoTracking().Where(e => e.Id == query.EmployerId).Select(EmployerDto.Projection)
            .FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("Employer", query.EmployerId);
}
