using Internships.Domain.Badges;

namespace Internships.Application.Features.BadgeProposals;

/// <summary>Who may see and act on a badge proposal, its fields' limits, and reading proposals: what the proposal use cases share.</summary>
internal static class BadgeProposalRules
{
    /// <summary>What the caller wants to do with a proposal.</summary>
    public enum Need
    {
        /// <summary>See it or change it while it waits: coordinators and the proposing employer's admins.</summary>
        Edit,

        /// <summary>Approve or decline: coordinators only (the proposing employer's admins get 403).</summary>
        Review,
    }

    public static async ValueTask<AccessDecision> AccessAsync(IAppDbContext db, ICurrentUser user, int proposalId, Need need, CancellationToken cancellationToken)
    {
        var employerId = await db.BadgeProposals.Where(p => p.Id == proposalId).Select(p => (int?)p.EmployerId).FirstOrDefaultAsync(cancellationToken);
        if (employerId is null)
        {
            return AccessDecision.NotFound;
        }

        if (user.IsInRole(Roles.Coordinator))
        {
            return AccessDecision.Allow;
        }

        if (!(user.IsInRole(Roles.EmployerAdmin) && user.EmployerId == employerId))
        {
            return AccessDecision.NotFound;
        }

        return need == Need.Edit ? AccessDecision.Allow : AccessDecision.Forbid;
    }

    /// <summary>The proposals the caller sees: every one for a coordinator, their own organisation's for an employer admin.</summary>
    public static IQueryable<BadgeProposal> VisibleTo(this IQueryable<BadgeProposal> proposals, ICurrentUser user)
    {
        if (user.IsInRole(Roles.Coordinator))
        {
            return proposals;
        }

        var employerId = user.IsInRole(Roles.EmployerAdmin) ? user.EmployerId : null;
        return employerId is null ? proposals.Where(_ => false) : proposals.Where(p => p.EmployerId == employerId);
    }

    public static BadgeProposalDetails ToDetails(this IBadgeProposalFields f) =>
        new(f.Name, f.Description, f.Criteria, f.Tasks ?? [], f.Skill);

    /// <summary>A proposal to change; the authorizer has already decided the caller may.</summary>
    public static async Task<BadgeProposal> LoadProposalAsync(this IAppDbContext db, int proposalId, CancellationToken cancellationToken) =>
        await db.BadgeProposals.FirstOrDefaultAsync(p => p.Id == proposalId, cancellationToken)
        ?? throw NotFoundException.For("Badge proposal", proposalId);

    /// <summary>Saves a change to a proposal and reads it back.</summary>
    public static async Task<BadgeProposalDto> SaveAndReadAsync(this IAppDbContext db, int proposalId, CancellationToken cancellationToken)
    {
        // Saved here so the read below sees the change; the unit of work commits.
        await db.SaveChangesAsync(cancellationToken);
        return await db.ReadProposalAsync(proposalId, cancellationToken);
    }

    public static async Task<BadgeProposalDto> ReadProposalAsync(this IAppDbContext db, int proposalId, CancellationToken cancellationToken) =>
        await db.BadgeProposals.AsNoTracking().Where(p => p.Id == proposalId).ToDtos(db).FirstOrDefaultAsync(cancellationToken)
        ?? throw NotFoundException.For("Badge proposal", proposalId);

    public static IQueryable<BadgeProposalDto> ToDtos(this IQueryable<BadgeProposal> proposals, IAppDbContext db) =>
        from p in proposals
        join e in db.Employers on p.EmployerId equals e.Id
        select new BadgeProposalDto(p.Id, p.EmployerId, e.Name, p.Name, p.Description, p.Criteria, p.Tasks, p.Skill, p.Status, p.ProposedBy,
            p.ProposedAt, p.DeclineReason, p.ReviewedBy, p.ReviewedAt, p.BadgeClassId, p.Version);
}

/// <summary>What an employer's admin writes about a badge they propose, and a coordinator may change before approving it.</summary>
public interface IBadgeProposalFields
{
    string Name { get; }

    string Description { get; }

    string Criteria { get; }

    IReadOnlyList<string>? Tasks { get; }

    string Skill { get; }
}

/// <summary>The limits of a proposal's fields, the same for a new proposal and a revised one.</summary>
internal sealed class BadgeProposalFieldsValidator : AbstractValidator<IBadgeProposalFields>
{
    public BadgeProposalFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().WithMessageKey("BadgeProposals.NameRequired")
            .MaximumLength(BadgeProposal.MaxNameLength).WithMessageKey("BadgeProposals.NameTooLong");
        RuleFor(x => x.Description).NotEmpty().WithMessageKey("BadgeProposals.DescriptionRequired")
            .MaximumLength(BadgeProposal.MaxDescriptionLength).WithMessageKey("BadgeProposals.DescriptionTooLong");
        RuleFor(x => x.Criteria).NotEmpty().WithMessageKey("BadgeProposals.CriteriaRequired")
            .MaximumLength(BadgeProposal.MaxCriteriaLength).WithMessageKey("BadgeProposals.CriteriaTooLong");
        RuleFor(x => x.Skill).NotEmpty().WithMessageKey("BadgeProposals.SkillRequired")
            .MaximumLength(BadgeProposal.MaxSkillLength).WithMessageKey("BadgeProposals.SkillTooLong");
        RuleFor(x => x.Tasks).Must(t => t is null || t.Count <= BadgeProposal.MaxTasks).WithMessageKey("BadgeProposals.TooManyTasks");
        RuleForEach(x => x.Tasks).NotEmpty().WithMessageKey("BadgeProposals.TaskEmpty")
            .MaximumLength(BadgeProposal.MaxTaskLength).WithMessageKey("BadgeProposals.TaskTooLong");
    }
}
