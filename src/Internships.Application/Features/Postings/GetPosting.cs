namespace Internships.Application.Features.Postings;

/// <summary>A posting: any published one to anyone signed in; drafts only to their employer and coordinators.</summary>
public sealed record GetPostingQuery(int PostingId) : IQuery<PostingDto>;

public sealed class GetPostingAuthorizer(RecordAccess access) : IResourceAuthorizer<GetPostingQuery>
{
    public ValueTask<AccessDecision> AuthorizeAsync(GetPostingQuery request, CancellationToken cancellationToken) =>
        access.ToViewPostingAsync(request.PostingId, cancellationToken);
}

public sealed class GetPostingHandler(IAppDbContext db) : IQueryHandler<GetPostingQuery, PostingDto>
{
    public async ValueTask<PostingDto> Handle(GetPostingQuery query, CancellationToken cancellationToken) =>
        await db.ReadPostingAsync(query.PostingId, cancellationToken);
}
