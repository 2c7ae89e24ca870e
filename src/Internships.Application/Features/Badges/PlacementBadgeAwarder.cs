using Internships.Domain.Badges;
using Internships.Domain.Common;
using Internships.Domain.Evaluations;
using Internships.Domain.Placements;

namespace Internships.Application.Features.Badges;

/// <summary>
/// Works out which badges a completed placement earns and adds the awards it has not had yet. Idempotent: an award
/// already made for this placement is never made again, and the unique (badge, recipient, placement) key stops a
/// concurrent duplicate at the database. The caller saves.
/// </summary>
public sealed class PlacementBadgeAwarder(IAppDbContext db, IClock clock)
{
    /// <param name="issuedAt">When the awards are made: the completion itself, or now for a later re-run.</param>
    public async Task<IReadOnlyList<BadgeAward>> AddNewAwardsAsync(int placementId, DateTime? issuedAt, CancellationToken cancellationToken)
    {
        var placement = await db.Placements
            .Include(p => p.Student)
            .Include(p => p.Posting!).ThenInclude(p => p.Pathways)
            .Include(p => p.Posting!).ThenInclude(p => p.Employer)
            .FirstAsync(p => p.Id == placementId, cancellationToken);
        if (placement.Status != PlacementStatus.Completed)
        {
            throw new DomainRuleException(RuleKeys.Badges.CompletedPlacementOnly, "Only a completed placement earns badges.");
        }

        var now = clock.UtcNow;
        var issued = issuedAt ?? now;
        var student = placement.Student!;
        var recipient = AwardRecipient.Student(student);
        var awardKey = BadgeAward.PlacementAwardKey(placement.Id);
        var alreadyAwarded = await db.BadgeAwards.Where(a => a.RecipientKey == recipient.Key && a.AwardKey == awardKey)
            .Select(a => a.BadgeClassId).ToListAsync(cancellationToken);
        var held = await db.HeldBadgeIdsAsync(recipient.Key, now, cancellationToken);
        var final = await db.Evaluations.AsNoTracking()
            .FirstOrDefaultAsync(e => e.PlacementId == placement.Id && e.Kind == EvaluationKind.Final, cancellationToken);
        var candidates = (await db.BadgeClasses.Where(b => b.IsActive && b.RecipientType == BadgeRecipientType.Student).ToListAsync(cancellationToken))
            .Where(b => b.Rule is not null && !alreadyAwarded.Contains(b.Id))
            .ToList();
        var pathwayIds = placement.Posting!.Pathways.Select(p => p.PathwayId).ToList();

        // A badge earned now can be the prerequisite of another earned by the same placement: repeat until nothing new.
        var awards = new List<BadgeAward>();
        List<BadgeEvidence>? evidence = null;
        for (var earnedMore = true; earnedMore;)
        {
            earnedMore = false;
            foreach (var badge in candidates.Where(b => awards.All(a => a.BadgeClassId != b.Id)))
            {
                if (badge.Rule!.Matches(pathwayIds, key => final?.ScoreFor(key)) && badge.PrerequisiteIds.All(held.Contains))
                {
                    evidence ??= await EvidenceAsync(placement, final, cancellationToken);
                    awards.Add(BadgeAward.ForPlacement(badge, recipient, placement.Id, evidence, issued));
                    held.Add(badge.Id);
                    earnedMore = true;
                }
            }
        }

        db.BadgeAwards.AddRange(awards);
        return awards;
    }

    /// <summary>What shows the internship happened: where and how long, what the student did, what their supervisor said.</summary>
    private async Task<List<BadgeEvidence>> EvidenceAsync(Placement placement, Evaluation? final, CancellationToken cancellationToken)
    {
        var approved = await db.TimesheetEntries.AsNoTracking()
            .Where(t => t.PlacementId == placement.Id && t.Status == TimesheetStatus.Approved)
            .OrderByDescending(t => t.WorkDate)
            .Select(t => new { t.Hours, t.Tasks })
            .ToListAsync(cancellationToken);
        var posting = placement.Posting!;
        var evidence = new List<BadgeEvidence>
        {
            new(EvidenceKind.Placement, "Internship",
                $"Completed {approved.Sum(t => t.Hours):0.##} approved hours as {posting.Title} at {posting.Employer!.Name}, " +
                $"{placement.StartDate:MMMM d, yyyy} to {placement.EndDate:MMMM d, yyyy}.", null),
        };

        var tasks = approved.Select(t => t.Tasks).Distinct().Take(12).Select(t => t.Length > 200 ? t[..197] + "..." : t).ToList();
        if (tasks.Count > 0)
        {
            evidence.Add(new BadgeEvidence(EvidenceKind.TasksPerformed, "Tasks performed", string.Join("\n", tasks.Select(t => "- " + t)), null));
        }

        if (final is not null)
        {
            var supervisor = await db.Supervisors.AsNoTracking().FirstAsync(s => s.Id == final.SupervisorId, cancellationToken);
            var role = supervisor.JobTitle is { } title ? $", {title}" : "";
            evidence.Add(new BadgeEvidence(EvidenceKind.Testimonial, "Supervisor's testimonial",
                $"\"{final.Testimonial}\" ({supervisor.FullName}{role}, {posting.Employer!.Name})", null));
        }

        return evidence;
    }
}
