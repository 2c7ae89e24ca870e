using Internships.Domain.Audit;

namespace Internships.Application.Features.Audit;

/// <summary>
/// Administrators search the audit trail, newest first: by kind of record and its id, by who acted (user name, or part of
/// it), by what was done, between two instants. The trail is read only: no use case changes or removes a line.
/// </summary>
[Authorize(Roles.Admin)]
public sealed record SearchAuditTrailQuery(
    string? EntityType = null,
    string? EntityId = null,
    string? User = null,
    AuditAction? Action = null,
    DateTime? From = null,
    DateTime? To = null,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedResult<AuditEntryDto>>, IPagedRequest;

public sealed class SearchAuditTrailValidator : AbstractValidator<SearchAuditTrailQuery>
{
    public SearchAuditTrailValidator()
    {
        RuleFor(x => x.EntityType).Must(t => AuditQueries.EntityTypes.Contains(t!)).When(x => x.EntityType is not null)
            .WithMessageKey("Audit.EntityTypeOffered");
        RuleFor(x => x.EntityId).MaximumLength(64).WithMessageKey("Audit.EntityIdTooLong");
        RuleFor(x => x.User).MaximumLength(256).WithMessageKey("Audit.UserTooLong");
        RuleFor(x => x.To).GreaterThanOrEqualTo(x => x.From).When(x => x.From is not null && x.To is not null)
            .WithMessageKey("Audit.ToBeforeFrom");
    }
}

public sealed class SearchAuditTrailHandler(IAppDbContext db) : IQueryHandler<SearchAuditTrailQuery, PagedResult<AuditEntryDto>>
{
    public async ValueTask<PagedResult<AuditEntryDto>> Handle(SearchAuditTrailQuery query, CancellationToken cancellationToken)
    {
        var entries = db.AuditTrail.AsNoTracking();
        if (query.EntityType is { } type)
        {
            entries = entries.Where(a => a.EntityType == type);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityId))
        {
            var id = query.EntityId.Trim();
            entries = entries.Where(a => a.EntityId == id);
        }

        if (!string.IsNullOrWhiteSpace(query.User))
        {
            var pattern = Like.Contains(query.User.Trim());
            entries = entries.Where(a => Like.Matches(a.UserName, pattern));
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (query.From is { } from)
        {
            var utc = from.ToUniversalTime();
            entries = entries.Where(a => a.At >= utc);
        }

        if (query.To is { } to)
        {
            var utc = to.ToUniversalTime();
            entries = entries.Where(a => a.At <= utc);
        }

        return await entries.SelectDto().ToPageAsync(query.Page, query.PageSize, cancellationToken);
    }
}
