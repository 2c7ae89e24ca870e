using Internships.Domain.Programmes;

namespace Internships.Application.Features.Programmes;

/// <summary>Who may see and act on cohorts and enrolments, and recording a step: what the programme use cases share.</summary>
internal static class ProgrammeRules
{
    /// <summary>
    /// A cohort: coordinators manage it; its trainer, coach and observer see its roster (and the trainer takes
    /// attendance); anyone else may not know it exists.
    /// </summary>
    public static async ValueTask<AccessDecision> CohortAccessAsync(IAppDbContext db, ICurrentUser user, int cohortId, RequirementKind? recording,
        CancellationToken cancellationToken)
    {
        var cohort = await db.Cohorts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == cohortId, cancellationToken);
        if (cohort is null)
        {
            return AccessDecision.NotFound;
        }

        var isStaff = user.UserId is { } me && cohort.IsStaffedBy(me);
        if (!isStaff && !user.IsInRole(Roles.Coordinator))
        {
            return AccessDecision.NotFound;
        }

        return recording is not { } kind || (user.UserId is { } id && cohort.RecorderOf(kind) == id) ? AccessDecision.Allow : AccessDecision.Forbid;
    }

    /// <summary>What the caller wants to do with an enrolment.</summary>
    public enum Need
    {
        /// <summary>See it: the participant, the cohort's trainer, coach and observer, coordinators.</summary>
        View,

        /// <summary>Record the fee: coordinators.</summary>
        Fee,

        /// <summary>Mark an online module complete: the participant.</summary>
        Module,

        /// <summary>Log a coaching session: the cohort's coach.</summary>
        Coaching,

        /// <summary>Score an observation: the cohort's observer.</summary>
        Observation,
    }

    public static async ValueTask<AccessDecision> EnrolmentAccessAsync(IAppDbContext db, ICurrentUser user, int enrolmentId, Need need,
        CancellationToken cancellationToken)
    {
        var enrolment = await db.ProgrammeEnrolments.AsNoTracking().Where(e => e.Id == enrolmentId)
            .Select(e => new { e.ParticipantUserId, e.Cohort })
            .FirstOrDefaultAsync(cancellationToken);
        if (enrolment is null || user.UserId is not { } me)
        {
            return AccessDecision.NotFound;
        }

        var isParticipant = enrolment.ParticipantUserId == me;
        var isCoordinator = user.IsInRole(Roles.Coordinator);
        if (!isParticipant && !isCoordinator && !enrolment.Cohort!.IsStaffedBy(me))
        {
            return AccessDecision.NotFound;
        }

        var allowed = need switch
        {
            Need.View => true,
            Need.Fee => isCoordinator,
            Need.Module => isParticipant,
            Need.Coaching => enrolment.Cohort!.CoachUserId == me,
            _ => enrolment.Cohort!.ObserverUserId == me,
        };
        return allowed ? AccessDecision.Allow : AccessDecision.Forbid;
    }

    /// <summary>An enrolment to change, with its progress and cohort; the authorizer has already decided the caller may.</summary>
    public static async Task<ProgrammeEnrolment> LoadEnrolmentAsync(this IAppDbContext db, int enrolmentId, CancellationToken cancellationToken) =>
        await db.ProgrammeEnrolments.Include(e => e.Entries).Include(e => e.Cohort).FirstOrDefaultAsync(e => e.Id == enrolmentId, cancellationToken)
        ?? throw NotFoundException.For("Enrolment", enrolmentId);

    /// <summary>
    /// Records a step against requirement <paramref name="step"/> of the enrolment's programme, which must be of
    /// <paramref name="kind"/> (else a 400 naming the step); the last requirement met completes the enrolment.
    /// </summary>
    public static async Task RecordStepAsync(this IAppDbContext db, ProgrammeEnrolment enrolment, int step, RequirementKind kind,
        Func<ProgrammeRequirement, ProgressEntry> entry, DateTime now, CancellationToken cancellationToken)
    {
        var programme = await db.Programmes.FirstAsync(p => p.Id == enrolment.ProgrammeId, cancellationToken);
        var requirement = programme.RequirementAt(step, kind);
        enrolment.Record(programme, requirement, entry(requirement), now);
    }

    /// <summary>Records one participant's step (see <see cref="RecordStepAsync"/>) and answers the enrolment as it is then.</summary>
    public static async Task<EnrolmentDto> RecordStepAndReadAsync(this IAppDbContext db, int enrolmentId, int step, RequirementKind kind,
        Func<ProgrammeRequirement, ProgressEntry> entry, DateTime now, CancellationToken cancellationToken)
    {
        var enrolment = await db.LoadEnrolmentAsync(enrolmentId, cancellationToken);
        await db.RecordStepAsync(enrolment, step, kind, entry, now, cancellationToken);
        // Saved here so the read below sees the step (and the badge it may have earned); the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadEnrolmentAsync(enrolmentId, cancellationToken);
    }

    /// <summary>The programme's requirement at <paramref name="step"/>, which must be of <paramref name="kind"/>; a 400 naming the step otherwise.</summary>
    public static ProgrammeRequirement RequirementAt(this Programme programme, int step, RequirementKind kind) =>
        programme.Requirements.FirstOrDefault(r => r.Step == step && r.Kind == kind)
        ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure("Step",
            ValidationText.Get("Programmes.StepNotOfKind").Replace("{kind}", kind.ToString(), StringComparison.Ordinal))]);

    /// <summary>An account named by its id or, without one, by its e-mail address (as the coordinator's pages ask); null when neither is given.</summary>
    public static async Task<AccountDto?> FindByIdOrEmailAsync(this IIdentityService accounts, int? userId, string? email, CancellationToken cancellationToken) =>
        userId is { } id ? await accounts.FindAccountAsync(id, cancellationToken)
        : string.IsNullOrWhiteSpace(email) ? null
        : await accounts.FindAccountByEmailAsync(email, cancellationToken);

    /// <summary>The id of the account named by id or e-mail address (see <see cref="FindByIdOrEmailAsync"/>); the validator has checked it exists.</summary>
    public static async Task<int?> AccountIdAsync(this IIdentityService accounts, int? userId, string? email, CancellationToken cancellationToken) =>
        userId ?? (await accounts.FindByIdOrEmailAsync(null, email, cancellationToken))?.Id;

    /// <summary>The steps' limits: shared by every use case that records one.</summary>
    public static IRuleBuilderOptions<T, string?> StepNarrative<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(ProgrammeEnrolment.MaxNarrativeLength).WithMessageKey("Programmes.NarrativeTooLong");

    public static IRuleBuilderOptions<T, string?> StepUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(ProgrammeEnrolment.MaxUrlLength).WithMessageKey("Programmes.UrlTooLong")
            .Must(u => u is null || Badges.BadgeRules.IsHttpUrl(u.Trim())).WithMessageKey("Programmes.UrlNotHttp");
}
