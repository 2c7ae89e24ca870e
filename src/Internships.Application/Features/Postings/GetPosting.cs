namespace Internships.Application.Features.Postings;

/// <summary>
/// A posting: any published one to anyone signed in; drafts only to their employer and coordinators. A student opening
/// an open posting (from search, most of this use case's traffic) gets it from the search catalogue, as current as the
/// search they came from (<see cref="IOpenPostingsCatalog.CurrentAsync"/>); everyone else, and every posting not open,
/// reads the database.
/// </summary>
public sealed record GetPostingQuery(int PostingId) : IQuery<PostingDto>;

public sealed class GetPostingAuthorizer(RecordAccess access, IOpenPostingsCatalog catalog, ICurrentUser user) : IResourceAuthorizer<GetPostingQuery>
{
    public async ValueTask<AccessDecision> AuthorizeAsync(GetPostingQuery request, CancellationToken cancellationToken) =>
        await GetPostingHandler.FromCatalogAsync(catalog, user, request.PostingId, cancellationToken) is not null
            ? AccessDecision.Allow // Open, so published: everyone signed in may see it.
            : await access.ToViewPostingAsync(request.PostingId, cancellationToken);
}

public sealed class GetPostingHandler(IAppDbContext db, IOpenPostingsCatalog catalog, ICurrentUser user) : IQueryHandler<GetPostingQuery, PostingDto>
{
    public async ValueTask<PostingDto> Handle(GetPostingQuery query, CancellationToken cancellationToken) =>
        await FromCatalogAsync(catalog, user, query.PostingId, cancellationToken)
        ?? await db.ReadPostingAsync(query.PostingId, cancellationToken);

    /// <summary>
    /// The open posting's page from the catalogue, for a student; null for anyone else (an employer or coordinator may
    /// have just changed it on another node, and edits with its version) or a posting that is not open.
    /// </summary>
    internal static async ValueTask<PostingDto?> FromCatalogAsync(IOpenPostingsCatalog catalog, ICurrentUser user, int postingId,
        CancellationToken cancellationToken) =>
        user.IsInRole(Roles.Student) && (await catalog.CurrentAsync(cancellationToken)).ById.TryGetValue(postingId, out var entry)
            ? entry.Page
            : null;
}
