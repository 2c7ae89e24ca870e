namespace Internships.Application.Features.Reports;

/// <summary>A report's status (Queued, Running, Ready, Failed), for whoever may see it.</summary>
[Authorize(Roles.Student, Roles.EmployerAdmin, Roles.Supervisor, Roles.Coordinator)]
public sealed record GetReportQuery(int ReportId) : IQuery<ReportDto>;

public sealed class GetReportAuthorizer(IAppDbContext db, ICurrentUser user, RecordAccess access) : IResourceAuthorizer<GetReportQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetReportQuery request, CancellationToken cancellationToken) =>
        ReportAccess.ToViewReportAsync(db, user, access, request.ReportId, cancellationToken);
}

public sealed class GetReportHandler(IAppDbContext db, ICurrentUser user) : IQueryHandler<GetReportQuery, ReportDto>
{
    public async ValueTask<ReportDto> Handle(GetReportQuery query, CancellationToken cancellationToken) =>
        (await db.ToDtosAsync([await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.Id == query.ReportId, cancellationToken)
            ?? throw NotFoundException.For("Report", query.ReportId)], user, cancellationToken)).Single();
}
