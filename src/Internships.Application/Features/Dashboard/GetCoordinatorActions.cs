using Internships.Application.Features.Contacts;
using Internships.Application.Features.MatchRounds;
using Internships.Application.Features.Placements;
using Internships.Application.Features.Terms;
using Internships.Domain.Placements;
using Internships.Domain.Postings;

namespace Internships.Application.Features.Dashboard;

/// <summary>
/// What waits for the coordinators, each as a count of the rows of the list it links to: postings waiting for approval
/// (the approval queue), placements missing paperwork and placements with hours waiting (the placements list, filtered
/// by the dashboard's term and school), matching rounds whose preference deadline is within a week, and follow-ups due
/// within a week, overdue ones included. Each count uses the same query helper as its list, so they cannot disagree.
/// </summary>
[Authorize(Roles.Coordinator)]
public sealed record GetCoordinatorActionsQuery(int? TermId = null, int? SchoolId = null) : IQuery<CoordinatorActionsDto>;

public sealed record CoordinatorActionsDto(
    int PostingsWaitingForApproval,
    int PlacementsMissingPaperwork,
    int PlacementsWithHoursWaiting,
    int HourEntriesWaiting,
    int RoundsClosingSoon,
    int FollowUpsDue,
    int FollowUpsOverdue);

public sealed class GetCoordinatorActionsHandler(IAppDbContext db, IClock clock) : IQueryHandler<GetCoordinatorActionsQuery, CoordinatorActionsDto>
{
    /// <summary>The follow-ups list's default window, in days.</summary>
    public const int FollowUpDays = 7;

    public async ValueTask<CoordinatorActionsDto> Handle(GetCoordinatorActionsQuery query, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var term = await db.FindTermOrNullAsync(query.TermId, cancellationToken);
        var placements = db.Placements.AsNoTracking().Filter(db, null, null, term, query.SchoolId, null);
        var withHoursWaiting = placements.WithHoursWaiting(db);
        var followUps = db.ContactLog.AsNoTracking().FollowUpsDueBy(today.AddDays(FollowUpDays));
        return new CoordinatorActionsDto(
            await db.Postings.CountAsync(p => p.Status == PostingStatus.Submitted, cancellationToken),
            await placements.MissingPaperwork().CountAsync(cancellationToken),
            await withHoursWaiting.CountAsync(cancellationToken),
            await db.TimesheetEntries.CountAsync(t => t.Status == TimesheetStatus.Submitted && withHoursWaiting.Any(p => p.Id == t.PlacementId), cancellationToken),
            await db.MatchRounds.AsNoTracking().ClosingSoon(today).CountAsync(cancellationToken),
            await followUps.CountAsync(cancellationToken),
            await followUps.CountAsync(c => c.FollowUpDueOn < today, cancellationToken));
    }
}
