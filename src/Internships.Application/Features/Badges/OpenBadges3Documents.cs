using System.Text.Json.Nodes;

namespace Internships.Application.Features.Badges;

// Open Badges 3.0: signed credentials, the status lists that revoke them, and the keys that verify them. Open to anyone.

/// <summary>The award's VC-JWT, served from the node's cache while the award is unchanged (see <see cref="IPublicAwardCache"/>).</summary>
[AllowAnonymous]
public sealed record GetCredentialJwtQuery(Guid AwardId) : IQuery<PublicAwardDocument<string>>;

public sealed class GetCredentialJwtHandler(IAppDbContext db, IOpenBadges openBadges, IPublicAwardCache cache, IClock clock)
    : IQueryHandler<GetCredentialJwtQuery, PublicAwardDocument<string>>
{
    public async ValueTask<PublicAwardDocument<string>> Handle(GetCredentialJwtQuery query, CancellationToken cancellationToken) =>
        await cache.CachedAsync(db, clock, query.AwardId, "credential", award => openBadges.CredentialJwt(award, award.BadgeClass!), cancellationToken);
}

/// <summary>The badge image with the VC-JWT baked in; a revoked award's image is no longer handed out (null).</summary>
[AllowAnonymous]
public sealed record GetCredentialImageQuery(Guid AwardId) : IQuery<PublicAwardDocument<byte[]?>>;

public sealed class GetCredentialImageHandler(IAppDbContext db, IOpenBadges openBadges, IPublicAwardCache cache, IClock clock)
    : IQueryHandler<GetCredentialImageQuery, PublicAwardDocument<byte[]?>>
{
    public async ValueTask<PublicAwardDocument<byte[]?>> Handle(GetCredentialImageQuery query, CancellationToken cancellationToken) =>
        await cache.CachedAsync(db, clock, query.AwardId, "credential-image",
            award => award.IsRevoked ? null : openBadges.BakedCredentialImage(award, award.BadgeClass!), cancellationToken);
}

/// <summary>Status list <c>List</c> (from 1): a signed bitstring in which each revoked award's bit is set. Lists past the
/// last award's are not in use: 404.</summary>
[AllowAnonymous]
public sealed record GetStatusListQuery(int List) : IQuery<string>;

public sealed class GetStatusListValidator : AbstractValidator<GetStatusListQuery>
{
    public GetStatusListValidator() => RuleFor(x => x.List).GreaterThanOrEqualTo(1).WithMessageKey("Badges.StatusListNumber");
}

public sealed class GetStatusListHandler(IAppDbContext db, IOpenBadges openBadges) : IQueryHandler<GetStatusListQuery, string>
{
    public async ValueTask<string> Handle(GetStatusListQuery query, CancellationToken cancellationToken)
    {
        var length = openBadges.StatusListLength;
        var highestAwardId = await db.BadgeAwards.MaxAsync(a => (int?)a.Id, cancellationToken) ?? 0;
        var listsInUse = Math.Max(1, (highestAwardId - 1) / length + 1);
        if (query.List > listsInUse)
        {
            throw Common.Exceptions.NotFoundException.For("Status list", query.List);
        }

        // List n covers the awards with ids (n-1)·length+1 … n·length; an award's bit is its place in that range.
        var firstId = (query.List - 1) * length + 1;
        var lastId = firstId + length - 1;
        var revokedIds = await db.BadgeAwards.AsNoTracking()
            .Where(a => a.RevokedAt != null && a.Id >= firstId && a.Id <= lastId)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        return openBadges.StatusListCredentialJwt(query.List, revokedIds.Select(id => id - firstId));
    }
}

/// <summary>One of the issuer's public keys: where a credential's "kid" points.</summary>
[AllowAnonymous]
public sealed record GetIssuerKeyQuery(string Thumbprint) : IQuery<JsonObject>;

public sealed class GetIssuerKeyHandler(IOpenBadges openBadges) : IQueryHandler<GetIssuerKeyQuery, JsonObject>
{
    public ValueTask<JsonObject> Handle(GetIssuerKeyQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(openBadges.PublicKey(query.Thumbprint) ?? throw Common.Exceptions.NotFoundException.For("Key", query.Thumbprint));
}

[AllowAnonymous]
public sealed record GetIssuerKeysQuery : IQuery<JsonObject>;

public sealed class GetIssuerKeysHandler(IOpenBadges openBadges) : IQueryHandler<GetIssuerKeysQuery, JsonObject>
{
    public ValueTask<JsonObject> Handle(GetIssuerKeysQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(openBadges.Jwks());
}
