namespace Internships.Application.Features.MatchRounds;

/// <summary>
/// Who may see a round: coordinators all of them; a student the rounds they take part in; an employer admin the
/// rounds its postings take part in. Anyone else is told the round does not exist.
/// </summary>
public sealed class MatchRoundAccess(IAppDbContext db, ICurrentUser user)
{
    public bool IsCoordinator => user.IsInRole(Roles.Coordinator);

    public async ValueTask<AccessDecision> ToViewRoundAsync(int roundId, CancellationToken cancellationToken)
    {
        if (!await db.MatchRounds.AnyAsync(r => r.Id == roundId, cancellationToken))
        {
            return AccessDecision.NotFound;
        }

        if (IsCoordinator)
        {
            return AccessDecision.Allow;
        }

        if (user.StudentId is { } studentId && user.IsInRole(Roles.Student)
            && await db.MatchParticipants.AnyAsync(p => p.RoundId == roundId && p.StudentId == studentId, cancellationToken))
        {
            return AccessDecision.Allow;
        }

        if (user.EmployerId is { } employerId && user.IsInRole(Roles.EmployerAdmin)
            && await db.MatchRounds.Where(r => r.Id == roundId).SelectMany(r => r.Postings)
                .AnyAsync(rp => db.Postings.Any(p => p.Id == rp.PostingId && p.EmployerId == employerId), cancellationToken))
        {
            return AccessDecision.Allow;
        }

        return AccessDecision.NotFound;
    }

    /// <summary>A student acting on their own choices in a round they take part in.</summary>
    public async ValueTask<AccessDecision> ToRankAsStudentAsync(int roundId, CancellationToken cancellationToken) =>
        user.StudentId is { } studentId
        && await db.MatchParticipants.AnyAsync(p => p.RoundId == roundId && p.StudentId == studentId, cancellationToken)
            ? AccessDecision.Allow
            : AccessDecision.NotFound;

    /// <summary>The posting's employer admin, or a coordinator, ranking the students who chose it in this round.</summary>
    public async ValueTask<AccessDecision> ToRankForPostingAsync(int roundId, int postingId, CancellationToken cancellationToken)
    {
        var employerId = await db.MatchRounds.Where(r => r.Id == roundId).SelectMany(r => r.Postings)
            .Where(rp => rp.PostingId == postingId)
            .Select(rp => db.Postings.Where(p => p.Id == rp.PostingId).Select(p => (int?)p.EmployerId).FirstOrDefault())
            .FirstOrDefaultAsync(cancellationToken);
        if (employerId is null)
        {
            return AccessDecision.NotFound;
        }

        return IsCoordinator || (user.IsInRole(Roles.EmployerAdmin) && user.EmployerId == employerId)
            ? AccessDecision.Allow
            : AccessDecision.NotFound;
    }

    /// <summary>Coordinators only; for anyone else whom the round concerns, 403, otherwise 404.</summary>
    public async ValueTask<AccessDecision> ToManageRoundAsync(int roundId, CancellationToken cancellationToken)
    {
        var view = await ToViewRoundAsync(roundId, cancellationToken);
        return view == AccessDecision.Allow && !IsCoordinator ? AccessDecision.Forbid : view;
    }
}
