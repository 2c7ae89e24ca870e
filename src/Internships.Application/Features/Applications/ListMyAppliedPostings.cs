using Internships.Domain.Applications;

namespace Internships.Application.Features.Applications;

/// <summary>Of the postings a student sees (a page of search results), those they applied to and where each application stands.</summary>
[Authorize(Roles.Student)]
public sealed record ListMyAppliedPostingsQuery(IReadOnlyList<int> PostingIds) : IQuery<IReadOnlyList<AppliedPostingDto>>;

public sealed record AppliedPostingDto(int PostingId, int ApplicationId, ApplicationStatus Status);

public sealed class ListMyAppliedPostingsValidator : AbstractValidator<ListMyAppliedPostingsQuery>
{
    public ListMyAppliedPostingsValidator() =>
        RuleFor(x => x.PostingIds).Must(ids => ids.Count <= Paging.MaxPageSize).WithMessage(_ => ValidationText.Format("Applications.AskAboutTooMany", Paging.MaxPageSize));
}

public sealed class ListMyAppliedPostingsHandler(IAppDbContext db, ICurrentUser user)
    : IQueryHandler<ListMyAppliedPostingsQuery, IReadOnlyList<AppliedPostingDto>>
{
    public async ValueTask<IReadOnlyList<AppliedPostingDto>> Handle(ListMyAppliedPostingsQuery query, CancellationToken cancellationToken)
    {
        var studentId = user.StudentId ?? throw new ForbiddenAccessException("Your account is not linked to a student record.");
        return await db.Applications.AsNoTracking()
            .Where(a => a.StudentId == studentId && query.PostingIds.Contains(a.PostingId))
            .OrderBy(a => a.PostingId)
            .Select(a => new AppliedPostingDto(a.PostingId, a.Id, a.Status))
            .ToListAsync(cancellationToken);
    }
}
