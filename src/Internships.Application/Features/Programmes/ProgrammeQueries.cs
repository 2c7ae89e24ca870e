using Internships.Domain.Badges;
using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>Reading programmes, cohorts and enrolments as the programme use cases answer them.</summary>
internal static class ProgrammeQueries
{
    public static RequirementDto ToDto(this ProgrammeRequirement r) =>
        new(r.Id, r.Step, r.Kind, r.Title, r.PdHours, r.SessionsRequired, r.Criteria, r.PassingScore);

    public static async Task<ProgrammeDto> ReadProgrammeAsync(this IAppDbContext db, int programmeId, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.AsNoTracking().FirstOrDefaultAsync(p => p.Id == programmeId, cancellationToken)
            ?? throw NotFoundException.For("Programme", programmeId);
        var badge = await db.BadgeClasses.Where(b => b.Id == programme.BadgeClassId).Select(b => b.Name).FirstAsync(cancellationToken);
        return programme.ToDto(badge);
    }

    public static ProgrammeDto ToDto(this Programme p, string badgeName) =>
        new(p.Id, p.Name, p.Description, p.BadgeClassId, badgeName, p.PdHoursTarget, p.FeeAmount, p.Requirements.OrderBy(r => r.Step).Select(ToDto).ToList(),
            p.Version);

    public static IQueryable<CohortDto> ToDtos(this IQueryable<Cohort> cohorts) =>
        cohorts.Select(c => new CohortDto(c.Id, c.ProgrammeId, c.Programme!.Name, c.Name, c.StartsOn, c.EndsOn, c.Capacity, c.Enrolled, c.TrainerUserId,
            c.CoachUserId, c.ObserverUserId));

    public static async Task<CohortDto> ReadCohortAsync(this IAppDbContext db, int cohortId, CancellationToken cancellationToken) =>
        await db.Cohorts.AsNoTracking().Where(c => c.Id == cohortId).ToDtos().FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("Cohort", cohortId);

    /// <summary>Enrolments with their progress, in the order given, each judged against its programme's requirements.</summary>
    public static async Task<List<EnrolmentDto>> ReadEnrolmentsAsync(this IAppDbContext db, IQueryable<ProgrammeEnrolment> enrolments,
        CancellationToken cancellationToken)
    {
        var loaded = await enrolments.AsNoTracking().Include(e => e.Entries).Include(e => e.Cohort).ToListAsync(cancellationToken);
        var programmeIds = loaded.Select(e => e.ProgrammeId).Distinct().ToList();
        var programmes = await db.Programmes.AsNoTracking().Where(p => programmeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var awardIds = loaded.Where(e => e.AwardId != null).Select(e => e.AwardId!.Value).ToList();
        var awards = await db.BadgeAwards.AsNoTracking().Where(a => awardIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.PublicId, cancellationToken);
        return loaded.Select(e => e.ToDto(programmes[e.ProgrammeId], e.AwardId is { } a ? awards[a] : null)).ToList();
    }

    public static async Task<EnrolmentDto> ReadEnrolmentAsync(this IAppDbContext db, int enrolmentId, CancellationToken cancellationToken) =>
        (await db.ReadEnrolmentsAsync(db.ProgrammeEnrolments.Where(e => e.Id == enrolmentId), cancellationToken)).FirstOrDefault()
        ?? throw NotFoundException.For("Enrolment", enrolmentId);

    private static EnrolmentDto ToDto(this ProgrammeEnrolment e, Programme programme, Guid? awardId) =>
        new(e.Id, e.CohortId, e.Cohort!.Name, e.ProgrammeId, programme.Name, e.ParticipantUserId, e.ParticipantName, e.OrganisationId, e.Fee, programme.FeeAmount,
            e.PdHoursEarned(programme), programme.PdHoursTarget, e.CompletedAt, awardId,
            programme.Requirements.OrderBy(r => r.Step).Select(r => new RequirementProgressDto(r.ToDto(), r.IsMetBy(e.Entries),
                e.Entries.Where(x => x.RequirementId == r.Id).OrderBy(x => x.Id)
                    .Select(x => new ProgressEntryDto(x.Id, x.Met, x.OccurredOn, x.Narrative, x.Url, x.Scores, x.RecordedBy, x.RecordedAt)).ToList())).ToList(),
            e.Version);

    /// <summary>The evidence a programme badge carries: every requirement met, with the steps that met it.</summary>
    public static IEnumerable<BadgeEvidence> Evidence(this ProgrammeEnrolment enrolment, Programme programme)
    {
        foreach (var requirement in programme.Requirements.OrderBy(r => r.Step))
        {
            var steps = enrolment.Entries.Where(e => e.RequirementId == requirement.Id && e.Met).ToList();
            var what = requirement.Kind switch
            {
                RequirementKind.Session => $"Attended on {string.Join(", ", steps.Select(s => s.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}",
                RequirementKind.Coaching => $"{steps.Count} coaching sessions",
                RequirementKind.Observation => $"Observed and scored {steps.LastOrDefault()?.Scores.Sum()} of {requirement.Criteria.Count * ProgrammeRequirement.MaxScore}",
                _ => "Completed",
            };
            var last = steps.LastOrDefault();
            yield return new BadgeEvidence(EvidenceKind.ProgrammeStep, $"Step {requirement.Step}: {requirement.Title}",
                $"{what}; recorded by {last?.RecordedBy}.{(last?.Narrative is { } n ? " " + n : "")}", last?.Url);
        }
    }
}
