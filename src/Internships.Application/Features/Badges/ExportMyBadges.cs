using System.Text.Json.Nodes;

namespace Internships.Application.Features.Badges;

/// <summary>
/// Everything the student has earned in portable form: each award's OB 2.0 assertion and its OB 3.0 VC-JWT,
/// to keep or to load into another backpack.
/// </summary>
[Authorize(Roles.Student)]
public sealed record ExportMyBadgesQuery : IQuery<JsonObject>;

public sealed class ExportMyBadgesHandler(IAppDbContext db, ICurrentUser user, IOpenBadges openBadges, IClock clock)
    : IQueryHandler<ExportMyBadgesQuery, JsonObject>
{
    public async ValueTask<JsonObject> Handle(ExportMyBadgesQuery query, CancellationToken cancellationToken)
    {
        var awards = await db.BadgeAwards.AsNoTracking().Include(a => a.BadgeClass)
            .Where(a => a.RecipientStudentId == user.StudentId)
            .OrderBy(a => a.IssuedAt)
            .ToListAsync(cancellationToken);
        var badges = new JsonArray();
        foreach (var award in awards)
        {
            badges.Add(new JsonObject
            {
                ["id"] = award.PublicId.ToString(),
                ["name"] = award.BadgeClass!.Name,
                ["status"] = AwardDto.StatusOf(award, clock.UtcNow).ToString(),
                ["assertion"] = openBadges.AssertionDocument(award, award.BadgeClass),
                ["credential"] = openBadges.CredentialJwt(award, award.BadgeClass),
            });
        }

        return new JsonObject
        {
            ["exportedAt"] = clock.UtcNow.ToString("O"),
            ["issuer"] = openBadges.IssuerProfile(),
            ["badges"] = badges,
        };
    }
}
