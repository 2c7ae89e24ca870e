using Internships.Domain.Badges;

namespace Internships.Application.Features.Badges;

/// <summary>
/// Signs an award's Open Badges 3.0 credential once, in the transaction that makes the award: what the district signs is
/// fixed at issuance, and anonymous readers get the stored credential instead of a fresh RSA signature each time. A badge
/// designed with an employer carries the employer's endorsement, signed with it.
/// </summary>
public sealed class SignCredentialAtIssuance(IAppDbContext db, IOpenBadges openBadges) : INotificationHandler<BadgeAwarded>
{
    public async ValueTask Handle(BadgeAwarded notification, CancellationToken cancellationToken)
    {
        var award = notification.Award;
        var badge = award.BadgeClass ?? await db.BadgeClasses.FirstAsync(b => b.Id == award.BadgeClassId, cancellationToken);
        var endorser = badge.EndorsingEmployerId is { } employerId
            ? await db.Employers.Where(e => e.Id == employerId).Select(e => new CredentialEndorser(e.Name, e.Website)).FirstOrDefaultAsync(cancellationToken)
            : null;
        award.RecordIssuedCredential(openBadges.SignCredential(award, badge, endorser));
    }
}
