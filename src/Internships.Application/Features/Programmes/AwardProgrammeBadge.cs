using Internships.Application.Features.Badges;
using Internships.Domain.Badges;
using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>
/// A participant met the last requirement: the programme's badge is awarded to them once (filed under the enrolment,
/// so the unique award key holds against any race the enrolment's version did not stop), with every step as evidence,
/// and their e-mail follows from the award as for every badge. If they work for an organisation, its tally counts
/// them, and an organisation badge whose staff rule the count reaches is awarded to it, once.
/// </summary>
public sealed class AwardProgrammeBadge(IAppDbContext db, IClock clock) : INotificationHandler<ProgrammeCompleted>
{
    public async ValueTask Handle(ProgrammeCompleted notification, CancellationToken cancellationToken)
    {
        var enrolment = notification.Enrolment;
        var programme = await db.Programmes.FirstAsync(p => p.Id == enrolment.ProgrammeId, cancellationToken);
        var badge = await db.BadgeClasses.FirstAsync(b => b.Id == programme.BadgeClassId, cancellationToken);
        var now = clock.UtcNow;
        var recipient = AwardRecipient.Person(enrolment.ParticipantUserId, enrolment.ParticipantName, enrolment.ParticipantEmail);
        // A badge held already (from an earlier cohort) or retired since is not awarded again: the completion stands on its own.
        if (badge.IsActive && !(await db.HeldBadgeIdsAsync(recipient.Key, now, cancellationToken)).Contains(badge.Id))
        {
            var award = BadgeAward.ForProgramme(badge, recipient, enrolment.AwardKey, enrolment.Evidence(programme), now);
            db.BadgeAwards.Add(award);
            // Saved here to read back the new award's id for the enrolment; the unit of work commits.
            await db.SaveChangesAsync(cancellationToken);
            enrolment.RecordAward(award.Id);
        }

        if (enrolment.OrganisationId is { } organisationId)
        {
            await CountForOrganisationAsync(programme, organisationId, now, cancellationToken);
        }
    }

    private async Task CountForOrganisationAsync(Programme programme, int organisationId, DateTime now, CancellationToken cancellationToken)
    {
        var tally = await db.StaffCompletionTallies.FirstOrDefaultAsync(t => t.ProgrammeId == programme.Id && t.OrganisationId == organisationId, cancellationToken);
        if (tally is null)
        {
            tally = new StaffCompletionTally(programme.Id, organisationId);
            db.StaffCompletionTallies.Add(tally);
        }

        var completed = tally.Count();
        var badges = (await db.BadgeClasses.Where(b => b.IsActive && b.RecipientType == BadgeRecipientType.Organisation && b.StaffRule != null)
            .ToListAsync(cancellationToken)).Where(b => b.StaffRule!.ProgrammeId == programme.Id && b.StaffRule.StaffCount <= completed).ToList();
        if (badges.Count == 0)
        {
            return;
        }

        var organisation = await db.Employers.AsNoTracking().FirstAsync(e => e.Id == organisationId, cancellationToken);
        var recipient = AwardRecipient.Organisation(organisation.Id, organisation.Name, organisation.ContactEmail);
        var awardKey = $"staff-programme:{programme.Id}";
        var badgeIds = badges.Select(b => b.Id).ToList();
        // Once: not again after the count passes it, nor after an award for it was revoked.
        var awarded = await db.BadgeAwards.Where(a => badgeIds.Contains(a.BadgeClassId) && a.RecipientKey == recipient.Key && a.AwardKey == awardKey)
            .Select(a => a.BadgeClassId).ToListAsync(cancellationToken);
        var held = await db.HeldBadgeIdsAsync(recipient.Key, now, cancellationToken);
        foreach (var badge in badges.Where(b => !held.Contains(b.Id) && !awarded.Contains(b.Id)))
        {
            db.BadgeAwards.Add(BadgeAward.ForProgramme(badge, recipient, awardKey,
                [new BadgeEvidence(EvidenceKind.Narrative, programme.Name, $"{completed} of {organisation.Name}'s staff completed '{programme.Name}'.", null)],
                now));
        }
    }
}
