using System.Globalization;
using Internships.Domain.Badges;
using Internships.Domain.Common;
using Internships.Domain.Placements;
using Internships.Domain.Students;

namespace Internships.DemoData;

/// <summary>
/// The badge catalogue, and the badges coordinators gave by hand: trainings, employer partners, and one award made to the
/// wrong student and revoked. Badges earned by internships are not made here: completing a placement awards them.
/// </summary>
public sealed partial class DemoDistrictSeeder
{
    private const string EvidenceName = "Evidence";

    /// <summary>Every award made so far, placement ones included: what the coordinator's checks look at.</summary>
    private readonly List<BadgeAward> _awards = [];

    /// <summary>
    /// The catalogue, created when the programme began (or, for a badge designed with an employer, soon after that
    /// employer signed its partner agreement). A badge's prerequisites are saved before it, so it can name their ids.
    /// </summary>
    private async Task SeedBadgeCatalogueAsync(District district, CancellationToken cancellationToken)
    {
        foreach (var seed in DemoBadgeCatalogue.Badges)
        {
            var prerequisites = (seed.Prerequisites ?? []).Select(key => district.Badges[key]).ToList();
            if (prerequisites.Any(b => b.Id == 0))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            var endorser = seed.EndorserKey is { } key ? DemoCatalogue.Employers.Single(e => e.Key == key) : null;
            var createdOn = endorser?.Agreement is { } agreement
                ? _today.AddMonths(-agreement.SignedMonthsAgo).AddDays(_random.Number(20, 60))
                : _today.AddMonths(-30).AddDays(-_random.Number(0, 20));

            var details = new BadgeClassDetails(
                seed.Name,
                seed.Description,
                seed.Criteria,
                seed.Kind,
                seed.RecipientType,
                seed.Color,
                endorser is null ? null : district.Employers[endorser.Key].Id,
                seed.ValidityMonths,
                seed.Skills,
                Alignments(seed),
                prerequisites.Select(b => b.Id).ToList(),
                seed.Rule is { } rule
                    ? new AwardRule(rule.PathwayKey is { } pathway ? district.Pathways[pathway].Id : null, rule.CompetencyKey, rule.MinimumScore)
                    : null,
                AllowsClaims: seed.AllowsClaims,
                NameEs: seed.NameEs,
                DescriptionEs: seed.DescriptionEs);

            var badge = new BadgeClass(details, At(createdOn, _random.Number(9, 16)));
            district.Badges[seed.Key] = badge;
            db.BadgeClasses.Add(badge);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The district's career-readiness outcomes the badge stands for, and the pathways it belongs to.</summary>
    private static List<BadgeAlignment> Alignments(BadgeSeed seed)
    {
        var alignments = seed.Readiness
            .Select(code => (Code: code, Outcome: DemoBadgeCatalogue.Readiness[code]))
            .Select(r => new BadgeAlignment($"{r.Code} {r.Outcome.Name}",
                $"https://careers.valleyusd.example/readiness/{r.Code.ToLowerInvariant()}", r.Outcome.Description,
                DemoBadgeCatalogue.ReadinessFramework, r.Code))
            .ToList();
        foreach (var pathway in (seed.Pathways ?? []).Select(key => DemoCatalogue.Pathways.Single(p => p.Key == key)))
        {
            alignments.Add(new BadgeAlignment($"{pathway.Name} pathway", $"https://cte.valleyusd.example/pathways/{pathway.Key}",
                pathway.Description, DemoBadgeCatalogue.PathwayFramework, "CTE-" + pathway.Key.ToUpperInvariant()));
        }

        return alignments;
    }

    /// <summary>
    /// What coordinators awarded by hand over the past two years: the work-readiness course (most interns took it first;
    /// two awards from long ago have expired), Money Basics, the Arduino workshop, first aid (once to the wrong student,
    /// revoked and reissued), and the employer partner badge. Then the demo student shows their name on one badge and
    /// links their reflection slides to it.
    /// </summary>
    private async Task SeedManualAwardsAsync(District district, CancellationToken cancellationToken)
    {
        _awards.AddRange(db.BadgeAwards.Local.OrderBy(a => a.Id));
        var demo = district.DemoStudent;
        var students = district.Students
            .Where(s => s.IsActive && Grades.IsInternshipGrade(s.Grade) && s.ActivePathwayIds.Any() && s != demo)
            .ToList();

        foreach (var intern in district.FinishedInterns.Where(i => i.Student == demo || _random.Bool(0.6f)))
        {
            Train(district, "work-ready", intern.Student, intern.Internship.Start.AddDays(-_random.Number(20, 60)));
        }

        foreach (var student in Some(students.Where(s => s.Grade == 12), 2, district, "work-ready"))
        {
            Train(district, "work-ready", student, _today.AddDays(-_random.Number(745, 800)));
        }

        foreach (var student in Some(students, 6, district, "work-ready"))
        {
            Train(district, "work-ready", student, _today.AddDays(-_random.Number(10, 120)));
        }

        foreach (var student in Some(students.Where(s => InPathway(s, district, "business", "education")), 7, district, "financial-literacy"))
        {
            Train(district, "financial-literacy", student, _today.AddDays(-_random.Number(30, 200)));
        }

        var projects = _random.Shuffle(DemoBadgeCatalogue.WorkshopProjects).ToList();
        var makers = Some(students.Where(s => InPathway(s, district, "engineering", "software", "manufacturing", "energy")), 5, district, "arduino");
        for (var i = 0; i < makers.Count; i++)
        {
            var (name, description, slug) = projects[i % projects.Count];
            var url = $"https://makerspace.valleyusd.example/gallery/{slug}-{DemoNames.ForEmail(makers[i].FirstName)}";
            AwardByHand(district.Badges["arduino"], Recipient(makers[i]),
                [new BadgeEvidence(EvidenceKind.Artefact, EvidenceName, $"{name}: {description}", url)],
                At(_today.AddDays(-_random.Number(20, 160)), _random.Number(10, 13)));
        }

        SeedFirstAid(district, Some(students.Where(s => InPathway(s, district, "health", "education", "public", "construction")), 6, district,
            DemoBadgeCatalogue.RevokedOnceKey));

        // The two employers that hosted the most interns (last term's and this term's) are thanked as partners.
        var hosts = db.Placements.Local
            .Where(p => p.Status != PlacementStatus.Pending)
            .GroupBy(p => p.EmployerId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Take(2);
        foreach (var host in hosts)
        {
            var employer = district.Employers.Values.Single(e => e.Id == host.Key);
            AwardByHand(district.Badges["partner"], AwardRecipient.Organisation(employer.Id, employer.Name, employer.ContactEmail),
                [Narrative(string.Format(CultureInfo.InvariantCulture, DemoBadgeCatalogue.PartnerNote, host.Count()))],
                At(_today.AddDays(-_random.Number(20, 45)), _random.Number(10, 15)));
        }

        ShowOffDemoStudentsBadge(district);
        await db.SaveChangesAsync(cancellationToken);

        foreach (var award in _awards.Where(a => a.RecipientStudentId is not null && a.IsValidAt(_now)))
        {
            if (!district.HeldBadges.TryGetValue(award.RecipientStudentId!.Value, out var held))
            {
                district.HeldBadges[award.RecipientStudentId.Value] = held = [];
            }

            held.Add(award.BadgeClassId);
        }
    }

    /// <summary>First aid certifications; the first went to the wrong student, was revoked, and reissued to the right one.</summary>
    private void SeedFirstAid(District district, List<Student> certified)
    {
        var badge = district.Badges[DemoBadgeCatalogue.RevokedOnceKey];
        for (var i = 1; i < certified.Count; i++)
        {
            var issuedOn = _today.AddDays(-_random.Number(15, 150));
            var award = Train(district, DemoBadgeCatalogue.RevokedOnceKey, certified[i], issuedOn);
            if (i == 1 && award is not null)
            {
                // The coordinator picked the wrong name from the course roster; the student who took the course is certified[0].
                var noticedAt = At(issuedOn.AddDays(_random.Number(2, 5)), _random.Number(9, 12));
                award.Revoke(DemoBadgeCatalogue.RevocationReason, noticedAt);
                AwardByHand(badge, Recipient(certified[0]), [TrainingNote(district, DemoBadgeCatalogue.RevokedOnceKey, certified[0])],
                    noticedAt.AddMinutes(_random.Number(3, 20)));
            }
        }
    }

    /// <summary>A training the student finished, with the coordinator's note about it.</summary>
    private BadgeAward? Train(District district, string badgeKey, Student student, DateOnly on) =>
        AwardByHand(district.Badges[badgeKey], Recipient(student), [TrainingNote(district, badgeKey, student)], At(on, _random.Number(10, 16)));

    private BadgeEvidence TrainingNote(District district, string badgeKey, Student student)
    {
        var school = district.Schools.First(s => s.School.Id == student.SchoolId).Seed.Name;
        return Narrative(string.Format(CultureInfo.InvariantCulture, Pick(DemoBadgeCatalogue.TrainingNotes[badgeKey]), school));
    }

    /// <summary>
    /// Awards a badge by hand as a coordinator would, after the same checks: the recipient must hold its prerequisites and
    /// must not hold it already (nor have been given it by hand before); otherwise the coordinator's screen refuses.
    /// </summary>
    private BadgeAward? AwardByHand(BadgeClass badge, AwardRecipient recipient, IEnumerable<BadgeEvidence> evidence, DateTime issuedAt)
    {
        var theirs = _awards.Where(a => a.RecipientKey == recipient.Key && a.IssuedAt <= issuedAt).ToList();
        var held = theirs.Where(a => a.IsValidAt(issuedAt)).Select(a => a.BadgeClassId).ToHashSet();
        if (held.Contains(badge.Id) || !badge.PrerequisiteIds.All(held.Contains)
            || theirs.Any(a => a.BadgeClassId == badge.Id && a.AwardKey == BadgeAward.ManualAwardKey))
        {
            return null;
        }

        var award = BadgeAward.Manual(badge, recipient, evidence, issuedAt);
        _awards.Add(award);
        db.BadgeAwards.Add(award);
        return award;
    }

    /// <summary>
    /// The demo student opts to show their name on their internship badge and links the slides of the talk they gave
    /// about it, as they could from their backpack.
    /// </summary>
    private void ShowOffDemoStudentsBadge(District district)
    {
        var completionBadgeId = district.Badges["internship"].Id;
        if (district.DemoStudent is not { } demo
            || district.FinishedInterns.FirstOrDefault(i => i.Student == demo) is not { } intern
            || _awards.FirstOrDefault(a => a.PlacementId == intern.Placement.Id && a.BadgeClassId == completionBadgeId) is not { } award)
        {
            return;
        }

        var slug = $"{DemoNames.ForEmail(demo.FirstName)}-{DemoNames.ForEmail(demo.LastName)}";
        var employer = district.Employers[intern.Internship.Seed.Posting.EmployerKey].Name;
        award.ShowNamePublicly(true);
        award.AddArtefact(DemoBadgeCatalogue.ArtefactName, string.Format(CultureInfo.InvariantCulture, DemoBadgeCatalogue.ArtefactUrl, slug),
            string.Format(CultureInfo.InvariantCulture, DemoBadgeCatalogue.ArtefactDescription, employer));
    }

    /// <summary>Up to <paramref name="count"/> of the students who do not hold the badge yet, chosen at random.</summary>
    private List<Student> Some(IEnumerable<Student> students, int count, District district, string badgeKey)
    {
        var badgeId = district.Badges[badgeKey].Id;
        var holders = _awards.Where(a => a.BadgeClassId == badgeId).Select(a => a.RecipientStudentId).ToHashSet();
        return _random.Shuffle(students.Where(s => !holders.Contains(s.Id)).ToList()).Take(count).ToList();
    }

    private static bool InPathway(Student student, District district, params string[] pathwayKeys) =>
        pathwayKeys.Any(key => student.ActivePathwayIds.Contains(district.Pathways[key].Id));

    private static AwardRecipient Recipient(Student student) => AwardRecipient.Student(student);

    private static BadgeEvidence Narrative(string text) => new(EvidenceKind.Narrative, EvidenceName, text, null);
}
