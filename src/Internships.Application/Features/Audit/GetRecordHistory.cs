namespace Internships.Application.Features.Audit;

/// <summary>
/// A record's history from the audit trail, newest first: every change to it (who, when, old and new values) and, for a
/// student, every view of their record. For coordinators (on the record's page) and administrators.
/// </summary>
[Authorize(Roles.Coordinator, Roles.Admin)]
public sealed record GetRecordHistoryQuery(string EntityType, string EntityId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedResult<AuditEntryDto>>, IPagedRequest;

public sealed class GetRecordHistoryValidator : AbstractValidator<GetRecordHistoryQuery>
{
    public GetRecordHistoryValidator()
    {
        RuleFor(x => x.EntityType).Must(t => AuditQueries.EntityTypes.Contains(t))
            .WithMessageKey("Audit.EntityTypeOffered");
        RuleFor(x => x.EntityId).NotEmpty().WithMessageKey("Audit.EntityIdRequired").MaximumLength(64).WithMessageKey("Audit.EntityIdTooLong");
    }
}

public sealed class GetRecordHistoryHandler(IAppDbContext db) : IQueryHandler<GetRecordHistoryQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(GetRecordHistoryQuery query, CancellationToken cancellationToken) =>
        await db.AuditTrail.AsNoTracking().Where(a => a.EntityType == query.EntityType && a.EntityId == query.EntityId)
            .SelectDto().ToPageAsync(query.Page, query.PageSize, cancellationToken);
}
