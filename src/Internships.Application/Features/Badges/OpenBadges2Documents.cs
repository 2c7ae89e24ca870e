using System.Text.Json.Nodes;

namespace Internships.Application.Features.Badges;

// Open Badges 2.0 hosted verification: the documents a verifier fetches by URL, open to anyone.

[AllowAnonymous]
public sealed record GetIssuerProfileQuery : IQuery<JsonObject>;

public sealed class GetIssuerProfileHandler(IOpenBadges openBadges) : IQueryHandler<GetIssuerProfileQuery, JsonObject>
{
    public ValueTask<JsonObject> Handle(GetIssuerProfileQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(openBadges.IssuerProfile());
}

[AllowAnonymous]
public sealed record GetBadgeClassDocumentQuery(Guid BadgeId) : IQuery<JsonObject>;

public sealed class GetBadgeClassDocumentHandler(IAppDbContext db, IOpenBadges openBadges) : IQueryHandler<GetBadgeClassDocumentQuery, JsonObject>
{
    public async ValueTask<JsonObject> Handle(GetBadgeClassDocumentQuery query, CancellationToken cancellationToken)
    {
        var badge = await db.FindPublicBadgeAsync(query.BadgeId, cancellationToken);
        var endorser = badge.EndorsingEmployerId is { } id
            ? await db.Employers.Where(e => e.Id == id).Select(e => e.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        return openBadges.BadgeClassDocument(badge, endorser);
    }
}

[AllowAnonymous]
public sealed record GetBadgeImageQuery(Guid BadgeId) : IQuery<byte[]>;

public sealed class GetBadgeImageHandler(IAppDbContext db, IOpenBadges openBadges) : IQueryHandler<GetBadgeImageQuery, byte[]>
{
    public async ValueTask<byte[]> Handle(GetBadgeImageQuery query, CancellationToken cancellationToken) =>
        openBadges.Image(await db.FindPublicBadgeAsync(query.BadgeId, cancellationToken));
}

/// <summary>An award's hosted assertion; a revoked one says so, with the reason, and nothing else.</summary>
public sealed record HostedAssertion(JsonObject Document, bool Revoked);

[AllowAnonymous]
public sealed record GetAssertionDocumentQuery(Guid AwardId) : IQuery<HostedAssertion>;

public sealed class GetAssertionDocumentHandler(IAppDbContext db, IOpenBadges openBadges) : IQueryHandler<GetAssertionDocumentQuery, HostedAssertion>
{
    public async ValueTask<HostedAssertion> Handle(GetAssertionDocumentQuery query, CancellationToken cancellationToken)
    {
        var award = await db.FindPublicAwardAsync(query.AwardId, cancellationToken);
        return new HostedAssertion(openBadges.AssertionDocument(award, award.BadgeClass!), award.IsRevoked);
    }
}

/// <summary>The badge image with the OB 2.0 assertion baked in; a revoked award's image is no longer handed out (null).</summary>
[AllowAnonymous]
public sealed record GetAssertionImageQuery(Guid AwardId) : IQuery<PublicAwardDocument<byte[]?>>;

public sealed class GetAssertionImageHandler(IAppDbContext db, IOpenBadges openBadges, IPublicAwardCache cache, IClock clock)
    : IQueryHandler<GetAssertionImageQuery, PublicAwardDocument<byte[]?>>
{
    public async ValueTask<PublicAwardDocument<byte[]?>> Handle(GetAssertionImageQuery query, CancellationToken cancellationToken) =>
        await cache.CachedAsync(db, clock, query.AwardId, "assertion-image",
            award => award.IsRevoked ? null : openBadges.BakedAssertionImage(award, award.BadgeClass!), cancellationToken);
}
